/**
 * `juxta compare` never crashes (issue 15): every input gives a result (exit 0), a usage error
 * (exit 2) or a one-line "too large" / "too complex" message (exit 3), never a stack trace, a hang
 * or an exhausted heap. One test per crash the issue found, run through the installed bin as a
 * person would run it, so the stack and heap are a real process's.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, main, type Io } from '../../src/cli/main.js';
import { toText } from '../../src/present/text.js';
import { DEFAULT_COMPARE_TIMEOUT_MS } from '../../src/server/app.js';
import type { CompareResult } from '../../src/index.js';

const BIN = fileURLToPath(new URL('../../bin/juxta.js', import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/lesson-odd-even/${name}`, import.meta.url));
const RB = fixture('left.rb');
const PY = fixture('right.py');
const DIR = mkdtempSync(join(tmpdir(), 'juxta-limits-'));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the bin; `stdin` is a file to read standard input from, or text to pipe in. */
function juxta(args: string[], stdin?: { file: string } | { text: string }): Promise<Run> {
  const started = performance.now();
  const input = stdin && 'file' in stdin ? openSync(stdin.file, 'r') : undefined;
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: [input ?? 'pipe', 'pipe', 'pipe'],
  });
  if (input !== undefined) closeSync(input);
  if (stdin && 'text' in stdin) child.stdin?.end(stdin.text);
  else child.stdin?.end();
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) =>
    child.once('close', (status) =>
      done({ status, stdout, stderr, ms: performance.now() - started }),
    ),
  );
}

/** What every refusal looks like: one line on stderr, no stack trace, nothing on stdout. */
function expectOneLine(run: Run, status: number, message: RegExp) {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^juxta: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
}

describe('juxta compare within its limits', () => {
  it('prints 130,000 lines a side, or says in one line that they are too complex to compare in time', async () => {
    // The text presenter once spread every row into Math.max's arguments: a stack overflow here.
    const lines = Array.from({ length: 130_000 }, (_, i) => `x${i} = ${i}\n`).join('');
    const rb = join(DIR, 'long.rb');
    const py = join(DIR, 'long.py');
    writeFileSync(rb, lines);
    writeFileSync(py, lines);
    const run = await juxta(['compare', rb, py, '--max-bytes', String(3 * 1024 * 1024)]);
    if (run.status === 0) {
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^130000 x129999 = 129999 +│ 130000 x129999 = 129999$/m);
      expect(run.stdout).toContain('longer than 50,000 lines');
    } else {
      expectOneLine(run, 3, /too complex to compare within the time budget of 5,000 ms/);
    }
    // The budget is 5 s; the rest is start-up, reading and printing, on a machine that may be busy.
    expect(run.ms).toBeLessThan(30_000);
  }, 60_000);

  // Parentheses overflowed the engine's recursion (exit 1 and a stack trace); braces took 63 s in
  // the text presenter, which looked for each marked token's column from the start of its line.
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ] as const) {
    it(`answers 40,000 nested ${open}${close} with a result, or one "too complex" line and status 3`, async () => {
      const code = `x = ${open.repeat(40_000)}1${close.repeat(40_000)}\n`;
      const rb = join(DIR, 'nested.rb');
      const py = join(DIR, 'nested.py');
      writeFileSync(rb, code);
      writeFileSync(py, code);
      const run = await juxta(['compare', rb, py]);
      if (run.status === 0) {
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(/^1 x = [[({]/m);
      } else {
        expectOneLine(run, 3, /too complex to compare/);
      }
      expect(run.ms).toBeLessThan(30_000);
    });
  }

  it('refuses two 50 MB files at once, by their size, with status 3', async () => {
    const rb = join(DIR, 'huge.rb');
    const py = join(DIR, 'huge.py');
    // Sparse files: 50 MB each as far as stat and read are concerned, nothing on the disk.
    for (const file of [rb, py]) {
      writeFileSync(file, '');
      truncateSync(file, 50 * 1024 * 1024);
    }
    const run = await juxta(['compare', rb, py]);
    expectOneLine(
      run,
      3,
      /the left file ".*huge\.rb" is too large: 52,428,800 bytes, over the limit of 4,194,304 bytes.*--max-bytes/,
    );
    expect(run.ms).toBeLessThan(5_000);
  });

  it('refuses a file over a lowered --max-bytes', async () => {
    expectOneLine(
      await juxta(['compare', RB, PY, '--max-bytes', '50']),
      3,
      new RegExp(`left\\.rb" is too large: ${statSync(RB).size} bytes, over the limit of 50 bytes`),
    );
  });

  it('answers a comparison past --timeout with one "too complex" line and status 3', async () => {
    const code = Array.from({ length: 20_000 }, (_, i) => `if a${i}\n  b\nend\n`).join('');
    const rb = join(DIR, 'slow.rb');
    writeFileSync(rb, code);
    expectOneLine(
      await juxta(['compare', rb, PY, '--timeout', '1']),
      3,
      /too complex to compare within the time budget of 1 ms.*--timeout/,
    );
  });

  it('refuses /dev/zero as a device, not a program, with one line', async () => {
    const run = await juxta(['compare', '/dev/zero', PY, '--left-language', 'ruby']);
    expectOneLine(run, 2, /the left file "\/dev\/zero": it is a device, not a regular file/);
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(DIR, 'pipe.py');
    execFileSync('mkfifo', [fifo]);
    const run = await juxta(['compare', RB, fifo]);
    expectOneLine(run, 2, /the right file ".*pipe\.py": it is a named pipe \(FIFO\)/);
    expect(run.ms).toBeLessThan(5_000);
  });

  it('reads one side from standard input with "-"', async () => {
    const run = await juxta(['compare', '-', PY, '--left-language', 'ruby', '--format', 'json'], {
      text: '# from a pipe\nputs 1\n',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as CompareResult;
    expect(result.left.tokens[0]?.text).toBe('# from a pipe');
  });

  it('stops reading standard input past --max-bytes, even from /dev/zero', async () => {
    const run = await juxta(['compare', '-', PY, '--left-language', 'ruby'], { file: '/dev/zero' });
    expectOneLine(run, 3, /standard input \(the left program\) is too large: more than the limit/);
  });

  it('stops quietly when its reader closes the pipe early, as `| head` does', async () => {
    const code = Array.from({ length: 20_000 }, (_, i) => `x${i} = ${i}\n`).join('');
    const rb = join(DIR, 'many.rb');
    writeFileSync(rb, code);
    const child = spawn(
      process.execPath,
      [BIN, 'compare', rb, PY, '--format', 'json', '--timeout', '60000'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((done) => child.once('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  const usage: [string, string[], RegExp][] = [
    [
      'standard input without a language',
      ['compare', '-', PY],
      /left program comes from standard input \("-"\).*--left-language/,
    ],
    ['standard input on both sides', ['compare', '-', '-'], /only one side can be read/],
    [
      'a --max-bytes that is not a number',
      ['compare', RB, PY, '--max-bytes', '4MB'],
      /--max-bytes must be a whole number from 1 to 268,435,456, not "4MB"/,
    ],
    ['a --max-bytes of 0', ['compare', RB, PY, '--max-bytes', '0'], /--max-bytes must be/],
    [
      'a --timeout past an hour',
      ['compare', RB, PY, '--timeout', '3600001'],
      /--timeout must be a whole number from 1 to 3,600,000/,
    ],
  ];
  for (const [name, args, message] of usage) {
    it(`exits 2 with one line for ${name}`, async () => {
      expectOneLine(await juxta(args), 2, message);
    });
  }
});

describe('the pieces behind the limits', () => {
  it('has the service’s time budget as its default', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(DEFAULT_COMPARE_TIMEOUT_MS);
  });

  it('presents any number of rows as text', () => {
    const count = 300_000;
    const lines = Array.from({ length: count }, (_, i) => `n = ${i}`).join('\n');
    const result: CompareResult = {
      left: { language: 'ruby', tokens: [], errors: [] },
      right: { language: 'python', tokens: [], errors: [] },
      differences: [],
      rows: Array.from({ length: count }, (_, i) => ({ left: i + 1, right: i + 1 })),
    };
    const text = toText(result, lines, lines, {
      color: false,
      width: 80,
      leftName: 'Ruby',
      rightName: 'Python',
    });
    expect(text).toMatch(/^300000 n = 299999 +│ 300000 n = 299999$/m);
  });

  it('reads "-" from the stdin it is given, in process', async () => {
    let stdout = '';
    const io: Io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      env: {},
      stdin: Readable.from([Buffer.from('age = 12\n')]),
    };
    expect(await main(['compare', RB, '-', '--right-language', 'python'], io)).toBe(0);
    expect(stdout).toMatch(/^1 age = 12 +│ 1 age = 12$/m);
  });
});
