/**
 * Reads a snippet library folder into `Snippet`s. The format is written by hand by instructors
 * (see docs/snippets.md, "Adding a snippet"), so every mistake in it becomes a `LibraryProblem`
 * naming the file and the field to fix, never a crash: one bad snippet must not hide the others.
 *
 * Layout: `<dir>/<topic>/topic.json` and `<dir>/<topic>/<name>/{snippet.json, output.txt, main.<ext>…}`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { z } from 'zod';
import { JuxtaError } from '../errors.js';
import { languageForFile, languages } from '../languages/registry.js';
import type { LanguageId, Snippet, SnippetSummary } from '../types.js';

/** One thing wrong with a library folder, said so that an instructor can fix it. */
export interface LibraryProblem {
  /** The file (or folder) at fault, relative to the library folder: `control-flow/odd-even/snippet.json`. */
  file: string;
  /** The field at fault inside that file, when there is one: `title`, `notes[2]`. */
  field?: string;
  message: string;
}

export interface LoadedLibrary {
  /** Every well-formed snippet, sorted by topic order, then snippet order, then id. */
  snippets: Snippet[];
  /** Everything that kept a snippet or topic out of `snippets`. `[]` for a clean library. */
  problems: LibraryProblem[];
}

// The program files a snippet may hold come from the language registry, so a language added there
// can be used in snippets at once: `main` plus the language's first extension (`main.rb`).
const LANGUAGE_ORDER: LanguageId[] = languages.map((l) => l.id);

/** Folder names become ids and URLs (`/?snippet=control-flow/odd-even`), so keep them plain. */
const FOLDER_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

const topicSchema = z.strictObject({
  title: z.string().trim().min(1),
  order: z.number().int().nonnegative(),
});

const snippetSchema = z.strictObject({
  title: z.string().trim().min(1),
  order: z.number().int().nonnegative(),
  level: z.enum(LEVELS),
  // An array reads better for notes of several lines in hand-written JSON; lines are joined.
  notes: z.union([z.string(), z.array(z.string())]),
});

/** What each field should hold, said in every message about it so that the fix is obvious. */
const FIELD_HINTS: Record<string, string> = {
  title: 'a non-empty string, e.g. "Odd or even"',
  order: 'a whole number ≥ 0; lower comes first',
  level: `one of ${LEVELS.map((l) => `"${l}"`).join(', ')}`,
  notes: 'a string, or an array of strings (one per line)',
};

/** Reads the library in `dir`. Throws only when `dir` itself cannot be read. */
export async function loadLibrary(dir: string): Promise<LoadedLibrary> {
  const topicFolders = await listTopicFolders(dir);
  const problems: LibraryProblem[] = [];
  const topics = await Promise.all(topicFolders.map((name) => loadTopic(dir, name, problems)));
  const snippets = topics
    .filter((t): t is LoadedTopic => t !== undefined)
    .sort((a, b) => a.order - b.order || compareText(a.folder, b.folder))
    .flatMap((t) => t.snippets.sort((a, b) => a.order - b.order || compareText(a.id, b.id)));
  problems.sort((a, b) => compareText(a.file, b.file) || compareText(a.field ?? '', b.field ?? ''));
  return { snippets, problems };
}

/** What `GET /api/snippets` lists about a snippet. */
export function toSummary(s: Snippet): SnippetSummary {
  return { id: s.id, title: s.title, topic: s.topic, languages: [...s.languages] };
}

/** The language of a program file name such as `main.rb`, or `undefined`. */
export function languageOfProgramFile(fileName: string): LanguageId | undefined {
  return languageForFile(fileName)?.id;
}

/** The file name a snippet uses for its program in `language`: `main.rb`. */
export function programFileName(language: LanguageId): string {
  const extension = languages.find((l) => l.id === language)?.extensions[0];
  if (extension) return `main${extension}`;
  throw new JuxtaError(
    'unknown-language',
    `No snippet file name is known for language "${language}".`,
  );
}

interface LoadedTopic {
  folder: string;
  order: number;
  snippets: Snippet[];
}

async function listTopicFolders(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new JuxtaError(
      'invalid-snippet',
      `Cannot read the snippet library folder ${dir}: ${reason(error)}. Give the path of a folder that holds one folder per topic.`,
    );
  }
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort(compareText);
}

async function loadTopic(
  dir: string,
  folder: string,
  problems: LibraryProblem[],
): Promise<LoadedTopic | undefined> {
  const skipped = 'its snippets are left out until it is fixed';
  if (!FOLDER_NAME.test(folder)) {
    problems.push({
      file: folder,
      message: `topic folder name "${folder}" must be lower-case words joined by "-" (it becomes part of each snippet's id); ${skipped}`,
    });
    return undefined;
  }
  const topic = await readJson(dir, posix.join(folder, 'topic.json'), topicSchema, problems);
  if (!topic) {
    problems.push({
      file: posix.join(folder, 'topic.json'),
      message: `topic "${folder}": ${skipped}`,
    });
    return undefined;
  }
  const entries = await listFolder(dir, folder, problems);
  const names = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name);
  const loaded = await Promise.all(
    names.map((name) => loadSnippet(dir, folder, name, topic.title, problems)),
  );
  return {
    folder,
    order: topic.order,
    snippets: loaded.filter((s): s is Snippet => s !== undefined),
  };
}

async function loadSnippet(
  dir: string,
  topicFolder: string,
  name: string,
  topicTitle: string,
  problems: LibraryProblem[],
): Promise<Snippet | undefined> {
  const id = `${topicFolder}/${name}`;
  const folder = posix.join(topicFolder, name);
  // Collected apart from the shared list: other snippets load concurrently and add to theirs.
  const own: LibraryProblem[] = [];
  const snippet = await readSnippet(dir, id, folder, name, topicTitle, own);
  problems.push(...own);
  return own.length === 0 ? snippet : undefined;
}

async function readSnippet(
  dir: string,
  id: string,
  folder: string,
  name: string,
  topicTitle: string,
  problems: LibraryProblem[],
): Promise<Snippet | undefined> {
  if (!FOLDER_NAME.test(name)) {
    problems.push({
      file: folder,
      message: `snippet folder name "${name}" must be lower-case words joined by "-" (it becomes the id "${id}")`,
    });
  }

  const files = (await listFolder(dir, folder, problems)).filter((e) => !e.name.startsWith('.'));
  const code: Record<LanguageId, string> = {};
  for (const file of files) {
    if (file.name === 'snippet.json' || file.name === 'output.txt') continue;
    const language = languageOfProgramFile(file.name);
    const path = posix.join(folder, file.name);
    if (!file.isFile() || !file.name.startsWith('main.') || !language) {
      problems.push({
        file: path,
        message: `unexpected ${file.isFile() ? 'file' : 'folder'}: a snippet folder holds snippet.json, output.txt and one program per language named ${knownProgramNames()}`,
      });
      continue;
    }
    const text = await readText(dir, path, problems);
    if (text === undefined) continue;
    if (text.trim() === '') problems.push({ file: path, message: 'the program is empty' });
    code[language] = text;
  }
  const languages = LANGUAGE_ORDER.filter((l) => l in code);
  if (languages.length < 2) {
    problems.push({
      file: folder,
      message: `a snippet needs programs in at least two languages to compare (${knownProgramNames()}); found ${languages.length === 0 ? 'none' : languages.map(programFileName).join(', ')}`,
    });
  }

  const meta = await readJson(dir, posix.join(folder, 'snippet.json'), snippetSchema, problems);
  const expectedOutput = await readText(dir, posix.join(folder, 'output.txt'), problems);
  if (!meta || expectedOutput === undefined) return undefined;

  return {
    id,
    title: meta.title,
    topic: topicTitle,
    languages,
    notes: Array.isArray(meta.notes) ? meta.notes.join('\n') : meta.notes,
    // Keep the sides in the registry's order whatever order readdir gave.
    code: Object.fromEntries(languages.map((l) => [l, code[l] as string])),
    order: meta.order,
    level: meta.level,
    expectedOutput,
  };
}

/** Reads and validates one JSON file; records a problem and answers `undefined` when it is unusable. */
async function readJson<T extends Record<string, unknown>>(
  dir: string,
  file: string,
  schema: z.ZodObject & z.ZodType<T>,
  problems: LibraryProblem[],
): Promise<T | undefined> {
  const text = await readText(dir, file, problems);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `not valid JSON: ${reason(error)}` });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields = Object.keys(schema.shape);
  for (const issue of parsed.error.issues) problems.push(describeIssue(file, fields, data, issue));
  return undefined;
}

/** Turns a zod issue into a problem that names the field and says what it should hold. */
function describeIssue(
  file: string,
  fields: string[],
  data: unknown,
  issue: z.core.$ZodIssue,
): LibraryProblem {
  if (issue.code === 'unrecognized_keys') {
    return {
      file,
      field: issue.keys.join(', '),
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; the fields are ${fields.map((k) => `"${k}"`).join(', ')} (a typo?)`,
    };
  }
  if (issue.path.length === 0) {
    return { file, message: `must be a JSON object with the fields ${fields.join(', ')}` };
  }
  const field = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
  const top = String(issue.path[0]);
  // zod 4 leaves the offending input out of its issues, so look at the data itself.
  const missing = issue.path.length === 1 && !Object.hasOwn(data as object, top);
  const hint = FIELD_HINTS[top];
  const should = hint ? `; it should be ${hint}` : '';
  if (missing) return { file, field, message: `"${field}" is missing${should}` };
  const value = issue.path.reduce<unknown>(
    (at, key) => (at as Record<PropertyKey, unknown>)?.[key],
    data,
  );
  const shown = `"${field}" is ${abbreviate(JSON.stringify(value) ?? String(value))}`;
  return {
    file,
    field,
    message: hint ? `${shown}${should}` : `${shown}: ${issue.message}`,
  };
}

/** A value short enough to quote in a one-line message. */
function abbreviate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** The entries of a folder inside the library; a problem and `[]` when it cannot be read. */
async function listFolder(dir: string, folder: string, problems: LibraryProblem[]) {
  try {
    return await readdir(join(dir, folder), { withFileTypes: true });
  } catch (error) {
    problems.push({ file: folder, message: `the folder cannot be read: ${reason(error)}` });
    return [];
  }
}

async function readText(
  dir: string,
  file: string,
  problems: LibraryProblem[],
): Promise<string | undefined> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    problems.push({
      file,
      message: missing ? `${describeFile(file)} is missing` : `cannot be read: ${reason(error)}`,
    });
    return undefined;
  }
}

function describeFile(file: string): string {
  if (file.endsWith('output.txt')) return 'output.txt (what every program prints when run)';
  if (file.endsWith('snippet.json')) return 'snippet.json (title, order, level, notes)';
  if (file.endsWith('topic.json')) return 'topic.json (the topic\'s "title" and "order")';
  return 'the file';
}

function knownProgramNames(): string {
  return LANGUAGE_ORDER.map(programFileName).join(', ');
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such folder';
    if (code === 'ENOTDIR') return 'not a folder';
    if (code === 'EACCES') return 'permission denied';
    return error.message;
  }
  return String(error);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
