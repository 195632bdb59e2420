/**
 * The `juxta` command: `compare` two files, `serve` the web view and API, `check` a snippet
 * library. Usage problems exit with status 2 and one line on stderr naming the problem; input past
 * a limit (too large, too complex) with status 3 and one line, never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compare } from '../engine/compare.js';
import { compareMany, MAX_SIDES, MIN_SIDES } from '../engine/many.js';
import { isJuxtaError, JuxtaError } from '../errors.js';
import { knownExtensions, languageForFile, languageModule } from '../languages/registry.js';
import { DEFAULT_SNIPPETS_DIR } from '../paths.js';
import { toHtml } from '../present/html.js';
import { toMarkdown } from '../present/markdown.js';
import { toSvg } from '../present/svg.js';
import { toText, toTextMany } from '../present/text.js';
import type { CompareResult, SourceInput } from '../types.js';
import {
  InputTooLarge,
  readFileSource,
  readStdinSource,
  type SourceOrigin,
} from './read-source.js';

/** The largest file `compare` reads unless `--max-bytes` says otherwise: 4 MB, far past a lesson. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
/** What `--max-bytes` may be raised to: past it, a file's text no longer fits a JavaScript string. */
const MAX_MAX_BYTES = 256 * 1024 * 1024;
/**
 * The time budget of one comparison: the service's (`DEFAULT_COMPARE_TIMEOUT_MS` in
 * src/server/app.ts, which a test keeps equal), without loading the service to read it.
 */
export const DEFAULT_TIMEOUT_MS = 5_000;
/** What `--timeout` may be raised to: an hour. */
const MAX_TIMEOUT_MS = 3_600_000;

export const USAGE = `Usage:
  juxta compare <left-file> <right-file> [--format text|json|html|svg|markdown]
                [--left-language ID] [--right-language ID]
                [--max-bytes N] [--timeout MS]
  juxta compare <file> <file> <file> [<file>] [--format text|json]
  juxta serve [--port N] [--host H] [--snippets DIR] [--compare-threads N]
  juxta check [DIR]
  juxta --help | --version

compare   Show how two equivalent programs differ in syntax, aligned side by side
          (three or four at once: one column each).
          The language of each file comes from its extension (${knownExtensions()}).
          "-" reads one side from standard input (name its language with
          --left-language or --right-language). A file over --max-bytes
          (default ${DEFAULT_MAX_BYTES.toLocaleString('en')}) or a comparison over --timeout
          (default ${DEFAULT_TIMEOUT_MS.toLocaleString('en')} ms) exits with status 3.
serve     Serve the web view and the HTTP API (default http://localhost:3000;
          PORT and HOST set the defaults). --snippets serves your own library.
          --compare-threads (or COMPARE_THREADS) sets how many worker threads
          compare (default: one fewer than the CPUs, 1 to 4; 0: none).
check     Check a snippet library folder (default: the bundled one): metadata,
          syntax, and, where the interpreters are installed, that every program
          prints the expected output.
`;

/** What a command writes and returns; `main` is testable without a process. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
  /** Read for a `-` argument of `compare`; without it, `-` is a usage error. */
  stdin?: AsyncIterable<Buffer | string>;
}

const usage = (message: string) => new JuxtaError('usage', message);

/** Runs the CLI; resolves to the exit status. `serve` resolves only when the server stops. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'compare':
        return await compareCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${await version()}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw usage(`Unknown command "${command}". Run "juxta --help" for the commands.`);
    }
  } catch (error) {
    if (
      isJuxtaError(error) &&
      (error.code === 'usage' ||
        error.code === 'unknown-language' ||
        error.code === 'invalid-snippet')
    ) {
      io.stderr.write(`juxta: ${error.message}\n`);
      return 2;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      // Some of node's messages run over several lines and end in a full stop: one line here.
      const message = error.message.replace(/\s*\n\s*/g, ' ').replace(/\.+$/, '');
      io.stderr.write(`juxta: ${message}. Run "juxta --help" for usage.\n`);
      return 2;
    }
    const limit = limitMessage(error);
    if (limit !== undefined) {
      io.stderr.write(`juxta: ${limit}\n`);
      return 3;
    }
    // A bug of ours: one line that can be reported, not a stack trace (JUXTA_DEBUG shows it).
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr.write(
      `juxta: internal error (${oneLine(shown)}); please report it with the command that caused it.\n`,
    );
    if (io.env.JUXTA_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/**
 * The one-line message for input past a limit (exit status 3), or `undefined` for any other error.
 * The service answers the same inputs with 422 (src/server/errors.ts).
 */
function limitMessage(error: unknown): string | undefined {
  if (error instanceof InputTooLarge) return error.message;
  if (isJuxtaError(error) && error.code === 'too-complex') return error.message;
  if (error instanceof RangeError) {
    // The engine recursed deeper than the stack allows: code nested too deeply.
    if (/call stack/i.test(error.message)) {
      return 'too complex to compare: the code is nested too deeply. Try a shorter or less deeply nested piece of code.';
    }
    // A string or array past what V8 can hold: the result is too large to print.
    if (/invalid (string|array|typed array) length|allocation failed/i.test(error.message)) {
      return 'too large to present: the comparison does not fit in memory as text. Compare a shorter piece of each program.';
    }
  }
  return undefined;
}

async function version(): Promise<string> {
  const { PACKAGE_ROOT } = await import('../paths.js');
  const pkg = JSON.parse(await readFile(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function languageOf(path: string, flag: string | undefined, which: 'left' | 'right'): string {
  if (flag !== undefined) return languageModule(flag).info.id;
  if (path === '-') {
    throw usage(
      `the ${which} program comes from standard input ("-"), which has no extension: name its language with --${which}-language.`,
    );
  }
  const found = languageForFile(path);
  if (!found) {
    throw usage(
      `cannot tell the language of the ${which} file "${path}" from its extension; Juxta knows ${knownExtensions()}. Name it with --${which}-language.`,
    );
  }
  return found.id;
}

/** A whole number of `flag` from 1 to `max`, or the default when the flag is absent. */
function boundedInteger(value: string | undefined, flag: string, max: number, fallback: number) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > max) {
    throw usage(
      `${flag} must be a whole number from 1 to ${max.toLocaleString('en')}, not "${value}".`,
    );
  }
  return n;
}

const FORMATS = ['text', 'json', 'html', 'svg', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

async function compareCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'left-language': { type: 'string' },
      'right-language': { type: 'string' },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  if (positionals.length < MIN_SIDES || positionals.length > MAX_SIDES) {
    throw usage(
      `compare needs two to four files, got ${positionals.length}: juxta compare <left-file> <right-file> [<file> [<file>]].`,
    );
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    const last = FORMATS.length - 1;
    throw usage(
      `unknown format "${values.format}": use ${FORMATS.slice(0, last).join(', ')} or ${FORMATS[last]}.`,
    );
  }
  const maxBytes = boundedInteger(
    values['max-bytes'],
    '--max-bytes',
    MAX_MAX_BYTES,
    DEFAULT_MAX_BYTES,
  );
  const timeoutMs = boundedInteger(values.timeout, '--timeout', MAX_TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
  if (positionals.length > 2) {
    return compareManyCommand(positionals, values, format, { maxBytes, timeoutMs }, io);
  }
  const [leftPath, rightPath] = positionals as [string, string];
  if (leftPath === '-' && rightPath === '-') {
    throw usage('only one side can be read from standard input ("-"); give the other as a file.');
  }
  const leftLanguage = languageOf(leftPath, values['left-language'], 'left');
  const rightLanguage = languageOf(rightPath, values['right-language'], 'right');
  // One after the other, so that a refused left file is reported before the right one is read.
  const leftCode = await readSource({ path: leftPath, which: 'left' }, maxBytes, io);
  const rightCode = await readSource({ path: rightPath, which: 'right' }, maxBytes, io);
  const result: CompareResult = withinBudget(timeoutMs, () =>
    compare(
      { language: leftLanguage, code: leftCode },
      { language: rightLanguage, code: rightCode },
      { timeoutMs },
    ),
  );
  const leftName = languageModule(leftLanguage).info.name;
  const rightName = languageModule(rightLanguage).info.name;
  const fileName = (path: string) => (path === '-' ? 'standard input' : basename(path));
  const title = `${fileName(leftPath)} (${leftName}) and ${fileName(rightPath)} (${rightName})`;
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else if (format === 'html') {
    io.stdout.write(toHtml(result, leftCode, rightCode, { leftName, rightName, title }));
  } else if (format === 'svg') {
    io.stdout.write(toSvg(result, leftCode, rightCode, { leftName, rightName, title }));
  } else if (format === 'markdown') {
    io.stdout.write(
      toMarkdown(result, leftCode, rightCode, {
        leftName,
        rightName,
        leftLanguage,
        rightLanguage,
        title,
      }),
    );
  } else {
    const color = io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
    io.stdout.write(
      toText(result, leftCode, rightCode, {
        color,
        width: io.stdout.columns ?? 100,
        leftName,
        rightName,
      }),
    );
  }
  return 0;
}

/** Runs a comparison; past the time budget, the CLI's one-line message says what to do. */
function withinBudget<T>(timeoutMs: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isJuxtaError(error) && error.code === 'too-complex') {
      throw new JuxtaError(
        'too-complex',
        `too complex to compare within the time budget of ${timeoutMs.toLocaleString('en')} ms. Compare a shorter piece of each program, or raise the budget with --timeout.`,
      );
    }
    throw error;
  }
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** `juxta compare a b c [d]`: three or four programs at once, as text or JSON. */
async function compareManyCommand(
  paths: string[],
  values: { 'left-language'?: string; 'right-language'?: string },
  format: Format,
  limits: { maxBytes: number; timeoutMs: number },
  io: Io,
): Promise<number> {
  if (values['left-language'] !== undefined || values['right-language'] !== undefined) {
    throw usage(
      "--left-language and --right-language name the sides of two files; with three or four, each file's extension names its language.",
    );
  }
  if (format !== 'text' && format !== 'json') {
    throw usage(
      `--format ${format} shows two programs; for three or four, use --format text or --format json.`,
    );
  }
  const sides: SourceInput[] = [];
  for (const [n, path] of paths.entries()) {
    const which = ORDINALS[n] ?? String(n + 1);
    if (path === '-') {
      throw usage(
        'standard input ("-") has no extension to name its language: with three or four programs, give files.',
      );
    }
    const language = languageForFile(path);
    if (!language) {
      throw usage(
        `cannot tell the language of the ${which} file "${path}" from its extension; Juxta knows ${knownExtensions()}.`,
      );
    }
    sides.push({
      language: language.id,
      code: await readFileSource({ path, which }, limits.maxBytes),
    });
  }
  const result = withinBudget(limits.timeoutMs, () =>
    compareMany(sides, { timeoutMs: limits.timeoutMs }),
  );
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const color = io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
    io.stdout.write(
      toTextMany(
        result,
        sides.map((s) => s.code),
        {
          color,
          width: io.stdout.columns ?? 100,
          names: sides.map((s) => languageModule(s.language).info.name),
        },
      ),
    );
  }
  return 0;
}

function readSource(origin: SourceOrigin, maxBytes: number, io: Io): Promise<string> {
  if (origin.path !== '-') return readFileSource(origin, maxBytes);
  if (!io.stdin) throw usage('standard input ("-") cannot be read here.');
  return readStdinSource(io.stdin, origin, maxBytes);
}

function portFrom(value: string | undefined, source: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw usage(`${source} must be a port number from 0 to 65535, not "${value}".`);
  }
  return port;
}

/** Most compare threads a command line may ask for: each holds an engine of its own. */
const MAX_COMPARE_THREADS = 64;

function threadsFrom(value: string | undefined, source: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const threads = Number(value);
  if (!/^\d+$/.test(value.trim()) || threads > MAX_COMPARE_THREADS) {
    throw usage(
      `${source} must be a number of threads from 0 to ${MAX_COMPARE_THREADS}, not "${value}".`,
    );
  }
  return threads;
}

async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      snippets: { type: 'string' },
      'compare-threads': { type: 'string' },
    },
  });
  void positionals;
  const compareThreads =
    threadsFrom(values['compare-threads'], '--compare-threads') ??
    threadsFrom(io.env.COMPARE_THREADS, 'COMPARE_THREADS');
  const port = portFrom(values.port, '--port') ?? portFrom(io.env.PORT, 'PORT') ?? 3000;
  const host = values.host ?? (io.env.HOST || undefined) ?? 'localhost';
  const snippetsDir =
    values.snippets !== undefined ? resolve(values.snippets) : DEFAULT_SNIPPETS_DIR;
  const { startServer, installShutdown } = await import('../server/serve.js');
  let handle;
  try {
    handle = await startServer({ port, host, snippetsDir, compareThreads });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw usage(`port ${port} on ${host} is already in use: pick another with --port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw usage(`cannot listen on host "${host}": ${code}.`);
    if (code === 'EACCES')
      throw usage(`no permission to listen on port ${port}: pick one above 1024 with --port.`);
    throw error;
  }
  io.stderr.write(`Juxta is serving at ${handle.url}\n`);
  installShutdown(handle);
  await new Promise<void>((done) => handle.server.once('close', () => done()));
  return 0;
}

async function checkCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw usage('check takes at most one folder: juxta check [DIR].');
  const dir = positionals[0] !== undefined ? resolve(positionals[0]) : DEFAULT_SNIPPETS_DIR;
  const { checkLibrary, formatCheckReport } = await import('../library/check.js');
  const report = await checkLibrary(dir);
  io.stdout.write(formatCheckReport(report));
  return report.problems.length === 0 ? 0 : 1;
}
