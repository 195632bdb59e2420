/**
 * `juxta check [DIR]`: proves a snippet library sound. Every snippet must load (see load.ts), every
 * program must parse without syntax errors, and where the interpreters are installed every program
 * must print exactly its snippet's output.txt, which is what makes the two sides equivalent.
 */
import { join } from 'node:path';
import { compare } from '../index.js';
import type { LanguageId, Snippet } from '../types.js';
import { formatProblem, loadLibrary, programFileName, type LibraryProblem } from './load.js';
import {
  DEFAULT_TIMEOUT_MS,
  describeMismatch,
  interpreterFor,
  isInstalled,
  languageName,
  programSpec,
  runProgram,
  type ProgramRun,
  type Interpreters,
} from './run.js';

export interface CheckOptions {
  /** Run the programs and compare their output with output.txt (default `true`). */
  run?: boolean;
  /** Override the command that runs a language (`{ python: 'python3.12' }`). */
  interpreters?: Interpreters;
  /** How many programs run at the same time (default 4). */
  concurrency?: number;
  /** Milliseconds a program may run before it is killed (default 10 000). */
  timeoutMs?: number;
}

export interface CheckReport {
  /** How many snippets loaded and were checked. */
  snippets: number;
  /** Everything wrong, sorted by file. `[]` means the library is sound. */
  problems: LibraryProblem[];
  /** What could not be checked and why: `ruby not installed: outputs of Ruby programs not checked`. */
  skipped: string[];
}

const DEFAULT_CONCURRENCY = 4;

/** Checks the library in `dir`. Throws a `JuxtaError` only when `dir` cannot be read at all. */
export async function checkLibrary(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const { snippets, problems } = await loadLibrary(dir);
  const skipped: string[] = [];

  for (const snippet of snippets) problems.push(...(await checkSyntax(snippet)));

  if (options.run === false) {
    skipped.push('running the programs was turned off: outputs not checked');
  } else {
    const commands = new Map<LanguageId, string>();
    const wanted = [...new Set(snippets.flatMap((s) => s.languages))];
    for (const language of wanted) {
      const command = interpreterFor(language, options.interpreters);
      if (!(await isInstalled(command))) {
        skipped.push(
          `${command} not installed: outputs of ${languageName(language)} programs not checked`,
        );
      } else {
        commands.set(language, command);
      }
    }
    const runs = snippets.flatMap((snippet) =>
      snippet.languages
        .filter((language) => commands.has(language))
        .map((language) => ({ snippet, language, command: commands.get(language) as string })),
    );
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const outcomes = await mapConcurrently(
      runs,
      options.concurrency ?? DEFAULT_CONCURRENCY,
      ({ snippet, language, command }) => checkOutput(dir, snippet, language, command, timeoutMs),
    );
    for (const problem of outcomes) if (problem) problems.push(problem);
  }

  problems.sort(
    (a, b) => a.file.localeCompare(b.file, 'en') || (a.field ?? '').localeCompare(b.field ?? ''),
  );
  return { snippets: snippets.length, problems, skipped };
}

/** The report as the CLI prints it: a verdict line, then one line per problem and per skipped check. */
export function formatCheckReport(report: CheckReport): string {
  const count = `${report.snippets} snippet${report.snippets === 1 ? '' : 's'}`;
  const lines =
    report.problems.length === 0
      ? [`Checked ${count}: no problems.`]
      : [
          `Checked ${count}: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}.`,
          ...report.problems.map((p) => `  ${formatProblem(p)}`),
        ];
  for (const reason of report.skipped) lines.push(`Not checked: ${reason}`);
  return lines.join('\n') + '\n';
}

/** Syntax errors of each side, as the engine reports them to learners. */
async function checkSyntax(snippet: Snippet): Promise<LibraryProblem[]> {
  const [first, ...others] = snippet.languages as [LanguageId, ...LanguageId[]];
  const problems: LibraryProblem[] = [];
  const reported = new Set<LanguageId>();
  for (const other of others) {
    try {
      const result = await compare(
        { language: first, code: snippet.code[first] ?? '' },
        { language: other, code: snippet.code[other] ?? '' },
      );
      for (const side of [result.left, result.right]) {
        if (reported.has(side.language)) continue;
        reported.add(side.language);
        for (const error of side.errors) {
          problems.push({
            file: `${snippet.id}/${programFileName(side.language)}`,
            message: `syntax error at line ${error.line}, column ${error.column}: ${error.message}`,
          });
        }
      }
    } catch (error) {
      problems.push({
        file: snippet.id,
        message: `the engine could not compare ${programFileName(first)} with ${programFileName(other)}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return problems;
}

/** Runs one side of a snippet and says how its output differs from output.txt, if it does. */
async function checkOutput(
  dir: string,
  snippet: Snippet,
  language: LanguageId,
  command: string,
  timeoutMs: number,
): Promise<LibraryProblem | undefined> {
  const fileName = programFileName(language);
  const file = `${snippet.id}/${fileName}`;
  let run: ProgramRun;
  try {
    run = await runProgram(
      command,
      fileName,
      join(dir, snippet.id),
      timeoutMs,
      programSpec(language),
    );
  } catch (error) {
    return { file, message: `could not start ${command}: ${(error as Error).message}` };
  }
  if (run.timedOut) {
    return { file, message: `${command} ${fileName} did not finish within ${timeoutMs / 1000} s` };
  }
  if (run.exitCode !== 0) {
    const lastLine = run.stderr.trim().split('\n').at(-1) ?? '';
    return {
      file,
      message: `${command} ${fileName} failed with exit status ${run.exitCode}${lastLine ? `: ${lastLine}` : ''}`,
    };
  }
  const mismatch = describeMismatch(snippet.expectedOutput, run.stdout);
  return mismatch
    ? { file, message: `prints something other than output.txt: ${mismatch}` }
    : undefined;
}

/** `fn` over `items`, at most `limit` at a time, answers in the order of `items`. */
async function mapConcurrently<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
