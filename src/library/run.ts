/**
 * Runs snippet programs with the real interpreters, the proof that both sides of a snippet are
 * equivalent: each must print exactly the snippet's output.txt.
 */
import { execFile } from 'node:child_process';
import type { ProgramSpec } from '../languages/language.js';
import { languageModule } from '../languages/registry.js';
import type { LanguageId } from '../types.js';

/** Commands that override the defaults, by language: `{ python: 'python3.12' }`. */
export type Interpreters = Partial<Record<LanguageId, string>>;

export const DEFAULT_TIMEOUT_MS = 10_000;

/** The outcome of running one program. */
export interface ProgramRun {
  /** What it printed on stdout. */
  stdout: string;
  stderr: string;
  /** Its exit status, or `null` when it was killed. */
  exitCode: number | null;
  timedOut: boolean;
}

/**
 * Runs one program file with `command` in its own folder, as its language's `program` spec says:
 * no shell, stdin closed, killed after `timeoutMs`. Rejects only when the command cannot be
 * started (it is not installed).
 */
export function runProgram(
  command: string,
  file: string,
  cwd: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  spec: Pick<ProgramSpec, 'args' | 'env'> = {},
): Promise<ProgramRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      [...(spec.args ?? []), file],
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 1024 * 1024,
        env: { ...process.env, ...spec.env },
      },
      (error, stdout, stderr) => {
        // Not installed: a spawn failure, not a program that failed.
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(error);
          return;
        }
        const exitCode = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ stdout, stderr, exitCode, timedOut: Boolean(error?.killed) });
      },
    );
    // A program waiting for input would otherwise hang until the timeout.
    child.stdin?.end();
  });
}

/** Whether `command` can be started at all. */
export async function isInstalled(command: string): Promise<boolean> {
  try {
    await new Promise<void>((resolve, reject) => {
      const child = execFile(command, ['--version'], { timeout: DEFAULT_TIMEOUT_MS }, (error) =>
        error ? reject(error) : resolve(),
      );
      child.stdin?.end();
    });
    return true;
  } catch {
    return false;
  }
}

/** The command that runs `language`: the override if given, else its module's. */
export function interpreterFor(language: LanguageId, overrides: Interpreters = {}): string {
  return overrides[language] ?? languageModule(language).program.command;
}

/** How `language`'s programs are named and run. */
export function programSpec(language: LanguageId): ProgramSpec {
  return languageModule(language).program;
}

/** The name a person reads for `language`: `Ruby`. */
export function languageName(language: LanguageId): string {
  return languageModule(language).info.name;
}

/** Where `actual` first departs from `expected`, line by line; `undefined` when they are equal. */
export function describeMismatch(expected: string, actual: string): string | undefined {
  // Windows checkouts may turn output.txt's newlines into CRLF; a program's newline is the same line end.
  const want = expected.replace(/\r\n/g, '\n');
  const got = actual.replace(/\r\n/g, '\n');
  if (want === got) return undefined;
  const wantLines = lines(want);
  const gotLines = lines(got);
  for (let i = 0; i < Math.max(wantLines.length, gotLines.length); i++) {
    if (wantLines[i] !== gotLines[i]) {
      const expectedText =
        wantLines[i] === undefined ? 'the output to end' : JSON.stringify(wantLines[i]);
      const gotText =
        gotLines[i] === undefined ? 'nothing (the output ended)' : JSON.stringify(gotLines[i]);
      return `line ${i + 1}: expected ${expectedText}, got ${gotText}`;
    }
  }
  return want.endsWith('\n')
    ? 'the last line does not end with a newline'
    : 'the output ends with a newline that output.txt does not have';
}

/** The lines of `text`; a final newline ends the last line rather than starting another. */
function lines(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}
