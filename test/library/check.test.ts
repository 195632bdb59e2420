// `juxta check`'s promises: it reports every broken snippet by file (metadata, syntax, output), says
// what it could not check instead of passing silently, and finds nothing wrong in the bundled library.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLibrary, formatCheckReport } from '../../src/library/check.js';
import { isInstalled } from '../../src/library/run.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';

const CI = process.env.CI === 'true';
let interpretersInstalled = false;

beforeAll(async () => {
  interpretersInstalled = (await isInstalled('ruby')) && (await isInstalled('python3'));
});

/** Tests that run programs need both interpreters: skipped without them, failed under CI. */
function needInterpreters(skip: (note: string) => never): void {
  if (interpretersInstalled) return;
  const why = 'ruby and python3 must both be installed to run the programs';
  if (CI) throw new Error(`${why}; CI=true requires them`);
  skip(why);
}

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'juxta-check-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeSnippet(name: string, files: Record<string, string>): Promise<void> {
  const all: Record<string, string> = {
    'basics/topic.json': JSON.stringify({ title: 'Basics', order: 1 }),
    [`basics/${name}/snippet.json`]: JSON.stringify({
      title: name,
      order: 1,
      level: 'beginner',
      notes: '',
    }),
    ...Object.fromEntries(Object.entries(files).map(([f, c]) => [`basics/${name}/${f}`, c])),
  };
  for (const [path, content] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const HELLO = { 'main.rb': 'puts "hi"\n', 'main.py': 'print("hi")\n', 'output.txt': 'hi\n' };

describe('checkLibrary', () => {
  it('passes a sound snippet', async ({ skip }) => {
    needInterpreters(skip);
    await writeSnippet('hello', HELLO);
    expect(await checkLibrary(root)).toEqual({ snippets: 1, problems: [], skipped: [] });
  });

  it('reports a program whose output differs from output.txt, naming the line', async ({
    skip,
  }) => {
    needInterpreters(skip);
    await writeSnippet('hello', { ...HELLO, 'main.py': 'print("hello")\n' });
    const report = await checkLibrary(root);
    expect(report.problems).toEqual([
      {
        file: 'basics/hello/main.py',
        message: 'prints something other than output.txt: line 1: expected "hi", got "hello"',
      },
    ]);
  });

  it('reports a program that fails, with the last line of its error', async ({ skip }) => {
    needInterpreters(skip);
    await writeSnippet('hello', { ...HELLO, 'main.rb': 'puts "hi"\nraise "boom"\n' });
    const report = await checkLibrary(root);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.file).toBe('basics/hello/main.rb');
    expect(report.problems[0]?.message).toMatch(/^ruby main\.rb failed with exit status 1: .*boom/);
  });

  it('kills a program that runs too long', async ({ skip }) => {
    needInterpreters(skip);
    await writeSnippet('hello', { ...HELLO, 'main.py': 'while True:\n    pass\n' });
    const report = await checkLibrary(root, { timeoutMs: 500 });
    expect(report.problems).toEqual([
      { file: 'basics/hello/main.py', message: 'python3 main.py did not finish within 0.5 s' },
    ]);
  });

  it('gives a program no input: one that reads stdin does not hang', async ({ skip }) => {
    needInterpreters(skip);
    await writeSnippet('hello', {
      ...HELLO,
      'main.py': 'import sys\nsys.stdin.read()\nprint("hi")\n',
    });
    expect((await checkLibrary(root, { timeoutMs: 5000 })).problems).toEqual([]);
  });

  it('reports syntax errors found by the engine, by file and line', async () => {
    await writeSnippet('hello', { ...HELLO, 'main.py': 'if True\n    print("hi")\n' });
    const report = await checkLibrary(root, { run: false });
    expect(report.problems.length).toBeGreaterThanOrEqual(1);
    expect(report.problems.every((p) => p.file === 'basics/hello/main.py')).toBe(true);
    expect(report.problems[0]?.message).toMatch(/^syntax error at line 1, column \d+: /);
  });

  it('includes the loader problems', async () => {
    await writeSnippet('hello', { 'main.rb': 'puts "hi"\n', 'main.py': 'print("hi")\n' });
    const report = await checkLibrary(root, { run: false });
    expect(report.snippets).toBe(0);
    expect(report.problems.map((p) => p.file)).toEqual(['basics/hello/output.txt']);
  });

  it('says so when it does not run the programs, and finds no output problems then', async () => {
    await writeSnippet('hello', { ...HELLO, 'output.txt': 'something else\n' });
    const report = await checkLibrary(root, { run: false });
    expect(report).toEqual({
      snippets: 1,
      problems: [],
      skipped: ['running the programs was turned off: outputs not checked'],
    });
  });

  it('skips a language whose interpreter is missing, saying which', async ({ skip }) => {
    if (!(await isInstalled('python3'))) {
      if (CI) throw new Error('python3 must be installed under CI=true');
      skip('python3 is not installed');
    }
    await writeSnippet('hello', { ...HELLO, 'main.rb': 'puts "wrong"\n' });
    const report = await checkLibrary(root, { interpreters: { ruby: 'juxta-no-such-ruby' } });
    expect(report.problems).toEqual([]);
    expect(report.skipped).toEqual([
      'juxta-no-such-ruby not installed: outputs of Ruby programs not checked',
    ]);
  });

  it('throws for a folder that does not exist', async () => {
    await expect(checkLibrary(join(root, 'nope'))).rejects.toMatchObject({
      code: 'invalid-snippet',
    });
  });
});

describe('the bundled library', () => {
  // Running every program is outputs.test.ts's job (one test per program, clearer failures); run
  // here too, it would double the suite's slowest part.
  it('is sound: every snippet loads and parses', async () => {
    const report = await checkLibrary(DEFAULT_SNIPPETS_DIR, { run: false });
    expect(report.problems).toEqual([]);
    expect(report.snippets).toBeGreaterThanOrEqual(40);
    expect(formatCheckReport(report)).toBe(
      `Checked ${report.snippets} snippets: no problems.\n` +
        'Not checked: running the programs was turned off: outputs not checked\n',
    );
  });
});

describe('formatCheckReport', () => {
  it('prints a verdict, then a line per problem and per skipped check', () => {
    const text = formatCheckReport({
      snippets: 2,
      problems: [
        { file: 'a/b/snippet.json', field: 'title', message: '"title" is missing' },
        { file: 'a/b/main.py', message: 'the program is empty' },
      ],
      skipped: ['ruby not installed: outputs of Ruby programs not checked'],
    });
    expect(text).toBe(
      [
        'Checked 2 snippets: 2 problems.',
        '  a/b/snippet.json (title): "title" is missing',
        '  a/b/main.py: the program is empty',
        'Not checked: ruby not installed: outputs of Ruby programs not checked',
        '',
      ].join('\n'),
    );
  });

  it('says when all is well', () => {
    expect(formatCheckReport({ snippets: 1, problems: [], skipped: [] })).toBe(
      'Checked 1 snippet: no problems.\n',
    );
  });
});
