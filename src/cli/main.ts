/**
 * The `juxta` command: `compare` two files, `serve` the web view and API, `check` a snippet
 * library. Usage problems exit with status 2 and one line on stderr naming the problem.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compare } from '../engine/compare.js';
import { isJuxtaError, JuxtaError } from '../errors.js';
import { knownExtensions, languageForFile, languageModule } from '../languages/registry.js';
import { DEFAULT_SNIPPETS_DIR } from '../paths.js';
import { toHtml } from '../present/html.js';
import { toText } from '../present/text.js';

export const USAGE = `Usage:
  juxta compare <left-file> <right-file> [--format text|json|html]
                [--left-language ID] [--right-language ID]
  juxta serve [--port N] [--host H] [--snippets DIR] [--compare-threads N]
  juxta check [DIR]
  juxta --help | --version

compare   Show how two equivalent programs differ in syntax, aligned side by side.
          The language of each file comes from its extension (${knownExtensions()}).
serve     Serve the web view and the HTTP API (default http://localhost:3000;
          PORT and HOST set the defaults). --snippets serves your own library.
          --compare-threads (or COMPARE_THREADS) sets how many worker threads
          compare (default: one fewer than the CPUs, 1 to 4; 0: none).
check     Check a snippet library folder (default: the bundled one): metadata,
          syntax, and, where ruby and python3 are installed, that both sides
          print the expected output.
`;

/** What a command writes and returns; `main` is testable without a process. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
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
    throw error;
  }
}

async function version(): Promise<string> {
  const { PACKAGE_ROOT } = await import('../paths.js');
  const pkg = JSON.parse(await readFile(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

async function readSource(path: string, which: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    throw usage(`cannot read the ${which} file "${path}": ${why}.`);
  }
}

function languageOf(path: string, flag: string | undefined, which: 'left' | 'right'): string {
  if (flag !== undefined) return languageModule(flag).info.id;
  const found = languageForFile(path);
  if (!found) {
    throw usage(
      `cannot tell the language of the ${which} file "${path}" from its extension; Juxta knows ${knownExtensions()}. Name it with --${which}-language.`,
    );
  }
  return found.id;
}

async function compareCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'left-language': { type: 'string' },
      'right-language': { type: 'string' },
    },
  });
  if (positionals.length !== 2) {
    throw usage(
      `compare needs two files, got ${positionals.length}: juxta compare <left-file> <right-file>.`,
    );
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'html') {
    throw usage(`unknown format "${format}": use text, json or html.`);
  }
  const [leftPath, rightPath] = positionals as [string, string];
  const leftLanguage = languageOf(leftPath, values['left-language'], 'left');
  const rightLanguage = languageOf(rightPath, values['right-language'], 'right');
  const [leftCode, rightCode] = await Promise.all([
    readSource(leftPath, 'left'),
    readSource(rightPath, 'right'),
  ]);
  const result = compare(
    { language: leftLanguage, code: leftCode },
    { language: rightLanguage, code: rightCode },
  );
  const leftName = languageModule(leftLanguage).info.name;
  const rightName = languageModule(rightLanguage).info.name;
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else if (format === 'html') {
    io.stdout.write(
      toHtml(result, leftCode, rightCode, {
        leftName,
        rightName,
        title: `${basename(leftPath)} (${leftName}) and ${basename(rightPath)} (${rightName})`,
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
