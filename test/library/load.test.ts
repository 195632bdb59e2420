// The loader's promises: a malformed snippet becomes a problem naming the file and the field, never
// a throw; the bundled library loads cleanly and holds the lesson's pair exactly as the lesson wrote it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JuxtaError } from '../../src/errors.js';
import { loadLibrary, toSummary } from '../../src/library/load.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';

// The lesson's own pair, kept byte for byte in the engine's fixtures (whose test checks it against
// the seeds the project started from); the snippet must never drift from what the lesson shows.
const LESSON_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'lesson-odd-even',
);

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'juxta-library-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes `files` (path relative to the library → content) into the throwaway library. */
async function writeLibrary(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const TOPIC = JSON.stringify({ title: 'Basics', order: 1 });
const META = JSON.stringify({ title: 'Hello', order: 1, level: 'beginner', notes: 'Say hello.' });

/** A well-formed snippet at `basics/<name>`, with `overrides` replacing (or, when null, removing) files. */
function snippet(
  name: string,
  overrides: Record<string, string | null> = {},
): Record<string, string> {
  const files: Record<string, string | null> = {
    'snippet.json': META,
    'main.rb': 'puts "hi"\n',
    'main.py': 'print("hi")\n',
    'output.txt': 'hi\n',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(files)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([file, content]) => [`basics/${name}/${file}`, content]),
  );
}

describe('loadLibrary on hand-written folders', () => {
  it('loads a well-formed snippet with every field', async () => {
    await writeLibrary({ 'basics/topic.json': TOPIC, ...snippet('hello') });
    const { snippets, problems } = await loadLibrary(root);
    expect(problems).toEqual([]);
    expect(snippets).toEqual([
      {
        id: 'basics/hello',
        title: 'Hello',
        topic: 'Basics',
        languages: ['ruby', 'python'],
        notes: 'Say hello.',
        code: { ruby: 'puts "hi"\n', python: 'print("hi")\n' },
        order: 1,
        level: 'beginner',
        expectedOutput: 'hi\n',
      },
    ]);
    expect(toSummary(snippets[0]!)).toEqual({
      id: 'basics/hello',
      title: 'Hello',
      topic: 'Basics',
      languages: ['ruby', 'python'],
    });
  });

  it('joins notes given as an array of lines', async () => {
    const meta = JSON.stringify({ title: 'T', order: 1, level: 'beginner', notes: ['one', 'two'] });
    await writeLibrary({
      'basics/topic.json': TOPIC,
      ...snippet('hello', { 'snippet.json': meta }),
    });
    const { snippets } = await loadLibrary(root);
    expect(snippets[0]?.notes).toBe('one\ntwo');
  });

  it('sorts by topic order, then snippet order, whatever the folder names', async () => {
    const meta = (order: number) =>
      JSON.stringify({ title: `n${order}`, order, level: 'beginner', notes: '' });
    await writeLibrary({
      'a-later/topic.json': JSON.stringify({ title: 'Later', order: 2 }),
      'z-first/topic.json': JSON.stringify({ title: 'First', order: 1 }),
      ...Object.fromEntries(
        Object.entries(snippet('b', { 'snippet.json': meta(2) })).map(([p, c]) => [
          p.replace('basics/', 'z-first/'),
          c,
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(snippet('a', { 'snippet.json': meta(3) })).map(([p, c]) => [
          p.replace('basics/', 'z-first/'),
          c,
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(snippet('c', { 'snippet.json': meta(1) })).map(([p, c]) => [
          p.replace('basics/', 'a-later/'),
          c,
        ]),
      ),
    });
    const { snippets, problems } = await loadLibrary(root);
    expect(problems).toEqual([]);
    expect(snippets.map((s) => s.id)).toEqual(['z-first/b', 'z-first/a', 'a-later/c']);
  });

  it('reports malformed JSON by file, and still loads the other snippets', async () => {
    await writeLibrary({
      'basics/topic.json': TOPIC,
      ...snippet('good'),
      ...snippet('broken', { 'snippet.json': '{ "title": "x", ' }),
    });
    const { snippets, problems } = await loadLibrary(root);
    expect(snippets.map((s) => s.id)).toEqual(['basics/good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'basics/broken/snippet.json' });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('names a missing field and says what it should hold', async () => {
    const meta = JSON.stringify({ order: 1, level: 'beginner', notes: '' });
    await writeLibrary({
      'basics/topic.json': TOPIC,
      ...snippet('hello', { 'snippet.json': meta }),
    });
    const { snippets, problems } = await loadLibrary(root);
    expect(snippets).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'basics/hello/snippet.json',
        field: 'title',
        message: expect.stringMatching(/"title" is missing; it should be a non-empty string/),
      },
    ]);
  });

  it('names an ill-typed field, an array element, an unknown level and a misspelt field', async () => {
    const meta = JSON.stringify({
      title: 'T',
      order: 'first',
      level: 'expert',
      notes: ['fine', 3],
      tittle: 'typo',
    });
    await writeLibrary({
      'basics/topic.json': TOPIC,
      ...snippet('hello', { 'snippet.json': meta }),
    });
    const { problems } = await loadLibrary(root);
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(Object.keys(byField).sort()).toEqual(['level', 'notes', 'order', 'tittle']);
    expect(byField.order).toBe(
      '"order" is "first"; it should be a whole number ≥ 0; lower comes first',
    );
    expect(byField.notes).toMatch(
      /^"notes" is \["fine",3\]; it should be a string, or an array of strings/,
    );
    expect(byField.level).toMatch(/"beginner", "intermediate", "advanced"/);
    expect(byField.tittle).toMatch(/unknown field "tittle".*a typo/);
    expect(problems.every((p) => p.file === 'basics/hello/snippet.json')).toBe(true);
  });

  it('reports a missing output.txt', async () => {
    await writeLibrary({ 'basics/topic.json': TOPIC, ...snippet('hello', { 'output.txt': null }) });
    const { snippets, problems } = await loadLibrary(root);
    expect(snippets).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'basics/hello/output.txt',
        message: expect.stringMatching(/output\.txt .* is missing/),
      },
    ]);
  });

  it('reports a program file with an unknown extension and a misspelt program name', async () => {
    await writeLibrary({
      'basics/topic.json': TOPIC,
      ...snippet('hello', { 'main.go': 'package main\n', 'mian.py': 'print(1)\n' }),
    });
    const { snippets, problems } = await loadLibrary(root);
    expect(snippets).toEqual([]);
    expect(problems.map((p) => p.file)).toEqual(['basics/hello/main.go', 'basics/hello/mian.py']);
    expect(problems[0]?.message).toMatch(/unexpected file.*main\.rb, main\.py/);
  });

  it('needs two languages and a non-empty program', async () => {
    await writeLibrary({
      'basics/topic.json': TOPIC,
      ...snippet('lonely', { 'main.py': null }),
      ...snippet('blank', { 'main.py': '  \n' }),
    });
    const { snippets, problems } = await loadLibrary(root);
    expect(snippets).toEqual([]);
    expect(problems).toEqual([
      { file: 'basics/blank/main.py', message: 'the program is empty' },
      {
        file: 'basics/lonely',
        message: expect.stringMatching(/at least two languages .* found main\.rb$/),
      },
    ]);
  });

  it('leaves out a topic without a usable topic.json, saying why', async () => {
    await writeLibrary({ ...snippet('hello') });
    const { snippets, problems } = await loadLibrary(root);
    expect(snippets).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/topic\.json .* is missing/),
      expect.stringMatching(/snippets are left out/),
    ]);
  });

  it('rejects folder names that would make awkward ids', async () => {
    await writeLibrary({ 'basics/topic.json': TOPIC, ...snippet('Hello World') });
    const { snippets, problems } = await loadLibrary(root);
    expect(snippets).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'basics/Hello World' });
    expect(problems[0]?.message).toMatch(/lower-case words joined by "-"/);
  });

  it('throws a JuxtaError naming a folder that does not exist', async () => {
    const missing = join(root, 'nope');
    const attempt = loadLibrary(missing);
    await expect(attempt).rejects.toBeInstanceOf(JuxtaError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-snippet' });
    await expect(attempt).rejects.toThrow(missing);
  });

  it('throws when the path is a file, not a folder', async () => {
    await writeFile(join(root, 'file.txt'), 'x');
    await expect(loadLibrary(join(root, 'file.txt'))).rejects.toThrow(/not a folder/);
  });
});

describe('the bundled library', () => {
  it('loads with no problems and covers a course: at least 40 snippets in at least 10 topics', async () => {
    const { snippets, problems } = await loadLibrary(DEFAULT_SNIPPETS_DIR);
    expect(problems).toEqual([]);
    expect(snippets.length).toBeGreaterThanOrEqual(40);
    expect(new Set(snippets.map((s) => s.topic)).size).toBeGreaterThanOrEqual(10);
    // Every snippet in Ruby, Python and JavaScript; at least 25 in Java and in Elixir (issue 13).
    for (const s of snippets)
      expect(s.languages).toEqual(expect.arrayContaining(['ruby', 'python', 'javascript']));
    for (const language of ['java', 'elixir']) {
      expect(snippets.filter((s) => s.languages.includes(language)).length).toBeGreaterThanOrEqual(
        25,
      );
    }
  });

  it("holds the lesson's odd/even pair exactly as the lesson wrote it", async () => {
    const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);
    const lesson = snippets.find((s) => s.id === 'control-flow/odd-even');
    expect(lesson?.topic).toBe('Control flow');
    expect(lesson?.code.ruby).toBe(await readFile(join(LESSON_DIR, 'left.rb'), 'utf8'));
    expect(lesson?.code.python).toBe(await readFile(join(LESSON_DIR, 'right.py'), 'utf8'));
  });
});
