/**
 * Reads a snippet library folder into `Snippet`s. The format is written by hand by instructors
 * (see docs/snippets.md, "Adding a snippet"), so every mistake in it becomes a `LibraryProblem`
 * naming the file and the field to fix, never a crash: one bad snippet must not hide the others.
 *
 * Layout: `<dir>/<topic>/topic.json` and `<dir>/<topic>/<name>/{snippet.json, output.txt, main.<ext>…}`.
 * The folder may also come from a stranger (`juxta serve --snippets DIR`): files are read only
 * through files.ts (regular files inside the folder, size caps, bounded open files), and JSON is
 * checked for depth before anything walks it.
 */
import type { Dirent } from 'node:fs';
import { posix } from 'node:path';
import { z } from 'zod';
import { JuxtaError } from '../errors.js';
import { languageModule, languages } from '../languages/registry.js';
import type { LanguageId, Snippet, SnippetSummary } from '../types.js';
import { kindOf, libraryReader, ONLY_REGULAR, systemReason, type LibraryReader } from './files.js';

/** One thing wrong with a library folder, said so that an instructor can fix it. */
export interface LibraryProblem {
  /** The file (or folder) at fault, relative to the library folder: `control-flow/odd-even/snippet.json`. */
  file: string;
  /** The field at fault inside that file, when there is one: `title`, `notes[2]`. */
  field?: string;
  message: string;
}

/** A topic or snippet left out of the library, with everything wrong with it. */
export interface SkippedEntry {
  kind: 'topic' | 'snippet';
  /** The topic's folder name, or the snippet's id (`control-flow/odd-even`). */
  id: string;
  /** At least one, in the order they were found: the first is the cause, when one led to others. */
  problems: LibraryProblem[];
}

export interface LoadedLibrary {
  /** Every well-formed snippet, sorted by topic order, then snippet order, then id. */
  snippets: Snippet[];
  /** Everything that kept a snippet or topic out of `snippets`. `[]` for a clean library. */
  problems: LibraryProblem[];
  /** What was left out, one entry per topic or snippet, sorted by id. `[]` for a clean library. */
  skipped: SkippedEntry[];
}

/**
 * The most bytes each kind of file may hold (docs/snippets.md, "Limits"). Generous for a teaching
 * snippet of 5–25 lines; a file past its cap is refused without being read into memory whole.
 */
export const MAX_FILE_BYTES = {
  'topic.json': 16 * 1024,
  'snippet.json': 64 * 1024,
  'output.txt': 64 * 1024,
  program: 64 * 1024,
} as const;

/** How deep arrays and objects may nest in topic.json and snippet.json; the format needs 2. */
export const MAX_JSON_DEPTH = 8;

// The program files a snippet may hold come from the language registry, so a language added there
// can be used in snippets at once: each module names its program file (`main.rb`, `Main.java`).
// Read at each call: a language may be registered after this module loads.
const languageOrder = (): LanguageId[] => languages.map((l) => l.id);

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
  let reader: LibraryReader;
  let entries: Dirent[];
  try {
    reader = await libraryReader(dir);
    entries = await reader.list('');
  } catch (error) {
    throw new JuxtaError(
      'invalid-snippet',
      `Cannot read the snippet library folder ${dir}: ${reason(error)}. Give the path of a folder that holds one folder per topic.`,
    );
  }
  const skipped: SkippedEntry[] = [];
  const topics = await Promise.all(
    visible(entries)
      .sort((a, b) => compareText(a.name, b.name))
      .map((entry) => loadTopic(reader, entry, skipped)),
  );
  const snippets = topics
    .filter((t): t is LoadedTopic => t !== undefined)
    .sort((a, b) => a.order - b.order || compareText(a.folder, b.folder))
    .flatMap((t) => t.snippets.sort((a, b) => a.order - b.order || compareText(a.id, b.id)));
  skipped.sort((a, b) => compareText(a.id, b.id) || compareText(a.kind, b.kind));
  const problems = skipped.flatMap((s) => s.problems).sort(byFileAndField);
  return { snippets, problems, skipped };
}

function byFileAndField(a: LibraryProblem, b: LibraryProblem): number {
  return compareText(a.file, b.file) || compareText(a.field ?? '', b.field ?? '');
}

/** A problem as one line of text for a log or a terminal: `a/b/snippet.json (title): …`. */
export function formatProblem(problem: LibraryProblem): string {
  return printable(
    `${problem.file}${problem.field ? ` (${problem.field})` : ''}: ${problem.message}`,
  );
}

/** A skipped topic or snippet as one warning line: its first problem, and how many more. */
export function formatSkipped(entry: SkippedEntry): string {
  const [first, ...more] = entry.problems;
  const rest = more.length
    ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'}: juxta check lists them all)`
    : '';
  return `skipped ${entry.kind} ${printable(entry.id)}: ${first ? formatProblem(first) : 'unusable'}${rest}`;
}

/** How much loaded and how much was left out, in one line: `48 snippets loaded; 2 snippets skipped`. */
export function formatLoadSummary({ snippets, skipped }: LoadedLibrary): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const loaded = `${count(snippets.length, 'snippet')} loaded`;
  if (skipped.length === 0) return loaded;
  const topics = skipped.filter((s) => s.kind === 'topic').length;
  const parts = [
    ...(skipped.length > topics ? [count(skipped.length - topics, 'snippet')] : []),
    ...(topics > 0 ? [count(topics, 'topic')] : []),
  ];
  return `${loaded}; ${parts.join(' and ')} skipped`;
}

/** What `GET /api/snippets` lists about a snippet. */
export function toSummary(s: Snippet): SnippetSummary {
  return { id: s.id, title: s.title, topic: s.topic, languages: [...s.languages] };
}

/** The language whose program file is named `fileName` (`main.rb`, `Main.java`), or `undefined`. */
export function languageOfProgramFile(fileName: string): LanguageId | undefined {
  return languageOrder().find((id) => programFileName(id) === fileName);
}

/** The file name a snippet uses for its program in `language`: `main.rb`. */
export function programFileName(language: LanguageId): string {
  return languageModule(language).program.fileName;
}

interface LoadedTopic {
  folder: string;
  order: number;
  snippets: Snippet[];
}

async function loadTopic(
  reader: LibraryReader,
  entry: Dirent,
  skipped: SkippedEntry[],
): Promise<LoadedTopic | undefined> {
  const folder = entry.name;
  // Regular files beside the topics (a README) are the instructor's business; anything else is
  // probably meant as a topic and is said to be left out.
  if (entry.isFile()) return undefined;
  const own: LibraryProblem[] = [];
  const topic = await readTopic(reader, entry, own);
  if (!topic) {
    skipped.push({ kind: 'topic', id: folder, problems: own });
    return undefined;
  }
  let entries: Dirent[];
  try {
    entries = await reader.list(folder);
  } catch (error) {
    own.push({ file: folder, message: `the folder cannot be read: ${reason(error)}` });
    skipped.push({ kind: 'topic', id: folder, problems: own });
    return undefined;
  }
  const loaded = await Promise.all(
    visible(entries)
      .filter((e) => !e.isFile())
      .map((e) => loadSnippet(reader, folder, e, topic.title, skipped)),
  );
  return {
    folder,
    order: topic.order,
    snippets: loaded.filter((s): s is Snippet => s !== undefined),
  };
}

/** The topic's metadata, or `undefined` with the problems in `own`. */
async function readTopic(
  reader: LibraryReader,
  entry: Dirent,
  own: LibraryProblem[],
): Promise<z.infer<typeof topicSchema> | undefined> {
  const folder = entry.name;
  const skipped = 'its snippets are left out until it is fixed';
  if (!entry.isDirectory()) {
    own.push({ file: folder, message: `is a ${kindOf(entry)}, not a folder: ${ONLY_REGULAR}` });
    return undefined;
  }
  if (!FOLDER_NAME.test(folder)) {
    own.push({
      file: folder,
      message: `topic folder name "${folder}" must be lower-case words joined by "-" (it becomes part of each snippet's id); ${skipped}`,
    });
    return undefined;
  }
  const file = posix.join(folder, 'topic.json');
  const topic = await readJson(reader, file, topicSchema, MAX_FILE_BYTES['topic.json'], own);
  if (!topic) own.push({ file, message: `topic "${folder}": ${skipped}` });
  return topic;
}

async function loadSnippet(
  reader: LibraryReader,
  topicFolder: string,
  entry: Dirent,
  topicTitle: string,
  skipped: SkippedEntry[],
): Promise<Snippet | undefined> {
  const id = `${topicFolder}/${entry.name}`;
  const own: LibraryProblem[] = [];
  let snippet: Snippet | undefined;
  if (entry.isDirectory()) snippet = await readSnippet(reader, id, entry.name, topicTitle, own);
  else own.push({ file: id, message: `is a ${kindOf(entry)}, not a folder: ${ONLY_REGULAR}` });
  if (own.length === 0) return snippet;
  skipped.push({ kind: 'snippet', id, problems: own });
  return undefined;
}

async function readSnippet(
  reader: LibraryReader,
  id: string,
  name: string,
  topicTitle: string,
  problems: LibraryProblem[],
): Promise<Snippet | undefined> {
  const folder = id;
  if (!FOLDER_NAME.test(name)) {
    problems.push({
      file: folder,
      message: `snippet folder name "${name}" must be lower-case words joined by "-" (it becomes the id "${id}")`,
    });
  }

  let entries: Dirent[];
  try {
    entries = await reader.list(folder);
  } catch (error) {
    problems.push({ file: folder, message: `the folder cannot be read: ${reason(error)}` });
    return undefined;
  }
  const code: Record<LanguageId, string> = {};
  // In name order, so that problems come in the same order on every disk: an entry's first
  // problem is the one its warning line shows, and the cause comes before what follows from it.
  for (const file of visible(entries).sort((a, b) => compareText(a.name, b.name))) {
    if (file.name === 'snippet.json' || file.name === 'output.txt') continue;
    const language = languageOfProgramFile(file.name);
    const path = posix.join(folder, file.name);
    // Judged by name, whatever it is: a link named main.rb is refused as a link, by files.ts.
    if (!language) {
      problems.push({
        file: path,
        message: `unexpected ${kindOf(file)}: a snippet folder holds snippet.json, output.txt and one program per language named ${knownProgramNames()}`,
      });
      continue;
    }
    const text = await readText(reader, path, MAX_FILE_BYTES.program, problems);
    if (text === undefined) continue;
    if (text.trim() === '') problems.push({ file: path, message: 'the program is empty' });
    code[language] = text;
  }
  const languages = languageOrder().filter((l) => l in code);
  if (languages.length < 2) {
    problems.push({
      file: folder,
      message: `a snippet needs programs in at least two languages to compare (${knownProgramNames()}); found ${languages.length === 0 ? 'none' : languages.map(programFileName).join(', ')}`,
    });
  }

  const meta = await readJson(
    reader,
    posix.join(folder, 'snippet.json'),
    snippetSchema,
    MAX_FILE_BYTES['snippet.json'],
    problems,
  );
  const expectedOutput = await readText(
    reader,
    posix.join(folder, 'output.txt'),
    MAX_FILE_BYTES['output.txt'],
    problems,
  );
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
  reader: LibraryReader,
  file: string,
  schema: z.ZodObject & z.ZodType<T>,
  maxBytes: number,
  problems: LibraryProblem[],
): Promise<T | undefined> {
  const text = await readText(reader, file, maxBytes, problems);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `not valid JSON: ${reason(error)}` });
    return undefined;
  }
  // Checked before zod and describeIssue walk it: both recurse, and would overflow the stack.
  if (nestedDeeperThan(data, MAX_JSON_DEPTH)) {
    problems.push({
      file,
      message: `arrays and objects nest more than ${MAX_JSON_DEPTH} deep; the format needs 2 at most (the object, and a list of notes)`,
    });
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
    // Keys are whatever the file holds: a few, each cut short, keep the message one readable line.
    const keys = issue.keys.slice(0, 5).map(abbreviate);
    const more =
      issue.keys.length > keys.length ? ` and ${issue.keys.length - keys.length} more` : '';
    return {
      file,
      field: keys.join(', ') + more,
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}${more}; the fields are ${fields.map((k) => `"${k}"`).join(', ')} (a typo?)`,
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

/** Entries an instructor's tools may leave (`.DS_Store`, `.git`) are not part of the library. */
function visible(entries: Dirent[]): Dirent[] {
  return entries.filter((e) => !e.name.startsWith('.'));
}

/** The text of a library file; a problem and `undefined` when it is missing or refused. */
async function readText(
  reader: LibraryReader,
  file: string,
  maxBytes: number,
  problems: LibraryProblem[],
): Promise<string | undefined> {
  const read = await reader.read(file, maxBytes);
  if (read.kind === 'text') return read.text;
  problems.push({
    file,
    message: read.kind === 'missing' ? `${describeFile(file)} is missing` : read.message,
  });
  return undefined;
}

/** Whether arrays and objects in `value` nest deeper than `limit`; walks without recursing. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

function describeFile(file: string): string {
  if (file.endsWith('output.txt')) return 'output.txt (what every program prints when run)';
  if (file.endsWith('snippet.json')) return 'snippet.json (title, order, level, notes)';
  if (file.endsWith('topic.json')) return 'topic.json (the topic\'s "title" and "order")';
  return 'the file';
}

function knownProgramNames(): string {
  return languageOrder().map(programFileName).join(', ');
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such folder';
    if (code) return systemReason(error);
    return error.message;
  }
  return String(error);
}

/**
 * Names and messages come from the disk (folder names, JSON keys, parser messages quoting a file):
 * control and bidirectional characters are escaped so that one problem stays one honest line.
 */
function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Zl}\p{Zp}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
