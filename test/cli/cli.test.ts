/**
 * The `juxta` command line as the contract promises it: formats, language inference, and exit
 * status 2 with a one-line message for every usage problem.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import type { CompareManyResult, CompareResult } from '../../src/index.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/lesson-odd-even/${name}`, import.meta.url));
const RB = fixture('left.rb');
const PY = fixture('right.py');
const FOLDER = join(mkdtempSync(join(tmpdir(), 'juxta-cli-')), 'folder.py');
mkdirSync(FOLDER);

async function run(args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

describe('juxta compare', () => {
  it('prints the lesson pair side by side with its five differences', async () => {
    const { status, stdout, stderr } = await run(['compare', RB, PY]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('5 differences:');
    expect(stdout).toContain(
      'Ruby ends the `if` block with the keyword `end` on line 7; Python does not.',
    );
    expect(stdout).toContain('Python puts `:` at the end of lines 3 and 5; Ruby does not.');
    expect(stdout).toContain(
      'Python puts `()` around what `print` prints on lines 4 and 6; Ruby does not.',
    );
    // Line 7 of Ruby stands against a gap: nothing after the separator.
    expect(stdout).toMatch(/^7 end\s+│$/m);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours the text only on a terminal, and never with NO_COLOR', async () => {
    expect((await run(['compare', RB, PY], { tty: true })).stdout).toContain('\u001b[');
    expect(
      (await run(['compare', RB, PY], { tty: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b[');
  });

  it('--format json prints one CompareResult and nothing else', async () => {
    const { status, stdout } = await run(['compare', RB, PY, '--format', 'json']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as CompareResult;
    expect(result.left.language).toBe('ruby');
    expect(result.right.language).toBe('python');
    expect(result.differences.map((d) => d.category).sort()).toEqual([
      'block-end',
      'block-start',
      'builtin',
      'call-parens',
      'expression',
    ]);
    expect(result.rows.at(-1)).toEqual({ left: 7, right: null });
  });

  it('--format html prints a standalone page with the code escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juxta-cli-'));
    const evil = join(dir, 'evil.rb');
    writeFileSync(evil, 'puts "<script>alert(1)</script>"\n');
    const { status, stdout } = await run(['compare', evil, PY, '--format', 'html']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).not.toContain('<script>');
    expect(stdout).toContain('&lt;script&gt;');
  });

  it('names the language with --left-language when the extension says nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juxta-cli-'));
    const noExtension = join(dir, 'program');
    writeFileSync(noExtension, 'puts 1\n');
    expect((await run(['compare', noExtension, PY])).status).toBe(2);
    const { status } = await run(['compare', noExtension, PY, '--left-language', 'ruby']);
    expect(status).toBe(0);
  });

  it('exits 0 when a file has syntax errors, and reports them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juxta-cli-'));
    const broken = join(dir, 'broken.py');
    writeFileSync(broken, 'if age % 2 == 1\n    print("odd")\n');
    const { status, stdout } = await run(['compare', RB, broken, '--format', 'json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as CompareResult).right.errors.length).toBeGreaterThan(0);
  });

  const usage: [string, string[], RegExp][] = [
    [
      'a missing file',
      ['compare', 'nope.rb', PY],
      /cannot read the left file "nope.rb": no such file/,
    ],
    [
      'a folder',
      ['compare', RB, FOLDER],
      /cannot read the right file ".*folder\.py": it is a folder/,
    ],
    [
      'an unknown extension',
      ['compare', 'a.txt', PY],
      /cannot tell the language of the left file "a.txt"/,
    ],
    [
      'an unknown language',
      ['compare', RB, PY, '--right-language', 'cobol'],
      /Unknown language "cobol"/,
    ],
    ['an unknown format', ['compare', RB, PY, '--format', 'xml'], /unknown format "xml"/],
    ['one file only', ['compare', RB], /compare needs two to four files, got 1/],
    ['an unknown flag', ['compare', RB, PY, '--colour'], /Unknown option '--colour'/],
    ['an unknown command', ['frobnicate'], /Unknown command "frobnicate"/],
    ['a bad port', ['serve', '--port', 'eighty'], /--port must be a port number/],
    [
      'a bad number of compare threads',
      ['serve', '--compare-threads=-1'],
      /--compare-threads must be a number of threads from 0 to 64, not "-1"/,
    ],
    [
      'an option value that starts with a dash',
      ['serve', '--port', '-1'],
      /argument is ambiguous\. .*use '--port=-XYZ'\. Run "juxta --help" for usage\.\n$/,
    ],
    [
      'too many compare threads',
      ['serve', '--compare-threads', '65'],
      /--compare-threads must be a number of threads from 0 to 64/,
    ],
  ];
  for (const [name, args, message] of usage) {
    it(`exits 2 with one line on stderr for ${name}`, async () => {
      const { status, stdout, stderr } = await run(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }
});

describe('juxta compare with three or four files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juxta-nway-'));
  const RB2 = join(dir, 'modulo.rb');
  writeFileSync(RB2, readFileSync(RB, 'utf8').replace('age.odd?', 'age % 2 == 1'));

  it('prints one column per program and each difference once', async () => {
    const { status, stdout, stderr } = await run(['compare', RB, PY, RB2]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\s+Ruby\s+│\s+Python\s+│\s+Ruby$/m);
    // Line 7: both Rubies' `end`, Python's cell empty.
    expect(stdout).toMatch(/^7 end\s+│\s+│ 7 end$/m);
    expect(stdout).toContain('5 differences:');
    expect(stdout).toContain(
      'Ruby (side 1) and Ruby (side 3) write `end` on line 7; Python does not.',
    );
  });

  it('--format json prints one CompareManyResult', async () => {
    const { status, stdout } = await run(['compare', RB, PY, RB2, '--format', 'json']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as CompareManyResult;
    expect(result.sides.map((s) => s.language)).toEqual(['ruby', 'python', 'ruby']);
    expect(result.rows.at(-1)).toEqual({ lines: [7, null, 7] });
  });

  it('refuses what only two files can have, and five files', async () => {
    for (const args of [
      [RB, PY, RB2, '--format', 'html'],
      [RB, PY, RB2, '--left-language', 'ruby'],
      [RB, PY, '-'],
      [RB, PY, RB2, RB, PY],
      [RB, PY, join(dir, 'notes.txt')],
    ]) {
      const { status, stdout, stderr } = await run(['compare', ...args]);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^juxta: .+\n$/);
    }
  });
});

describe('the installed bin', () => {
  it('runs through npx-style invocation of bin/juxta.js with the contract exit codes', async () => {
    const bin = fileURLToPath(new URL('../../bin/juxta.js', import.meta.url));
    const ok = await promisify(execFile)(process.execPath, [
      bin,
      'compare',
      RB,
      PY,
      '--format',
      'json',
    ]);
    expect((JSON.parse(ok.stdout) as CompareResult).differences).toHaveLength(5);
    const failed = await promisify(execFile)(process.execPath, [
      bin,
      'compare',
      'nope.rb',
      PY,
    ]).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(2);
    expect('stderr' in failed && failed.stderr).toMatch(/^juxta: cannot read the left file/);
  });

  it('prints its version and help', async () => {
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('juxta compare <left-file> <right-file>');
  });
});
