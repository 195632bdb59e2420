// The one-folder claim: a language is its module. Starlark (test/languages/starlark.ts), which
// nothing in src/ knows, is registered at run time and compared with Ruby and Python, loaded from
// a snippet folder and compared from the command line. And nothing outside src/languages/<id>/ and
// the registry names a language.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import {
  compare,
  compareMany,
  languageForFile,
  languages,
  registerLanguage,
} from '../../src/index.js';
import { checkLibrary } from '../../src/library/check.js';
import { loadLibrary } from '../../src/library/load.js';
import { starlark } from './starlark.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const RUBY = readFileSync(new URL('odd-even.rb', SEEDS), 'utf8');
const PYTHON = readFileSync(new URL('odd-even.py', SEEDS), 'utf8');
// The lesson's Python is Starlark too.
const STARLARK = PYTHON;

beforeAll(() => {
  registerLanguage(starlark);
});

describe('a language registered at run time', () => {
  it('is listed and known by its extensions', () => {
    expect(languages).toContainEqual({
      id: 'starlark',
      name: 'Starlark',
      extensions: ['.star', '.bzl'],
    });
    expect(languageForFile('BUILD.bzl')?.id).toBe('starlark');
  });

  it('cannot take an id or an extension that is taken', () => {
    expect(() => registerLanguage(starlark)).toThrowError(/already registered/);
    expect(() =>
      registerLanguage({
        ...starlark,
        info: { ...starlark.info, id: 'other', extensions: ['.rb'] },
      }),
    ).toThrowError(/claims an extension of "ruby"/);
  });

  it('compares with Ruby in its own words: the lesson’s differences, the lines aligned', () => {
    const result = compare(
      { language: 'ruby', code: RUBY },
      { language: 'starlark', code: STARLARK },
    );
    expect(result.right.errors).toEqual([]);
    expect(result.rows.at(-1)).toEqual({ left: 7, right: null });
    expect(result.rows.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ left: n, right: n })));
    const said = result.differences.map((d) => `${d.category}: ${d.summary} ${d.explanation}`);
    expect(said).toContainEqual(
      expect.stringMatching(
        /^block-end: Ruby .*`end`.* Starlark ends a block where its indentation ends/,
      ),
    );
    expect(said).toContainEqual(
      expect.stringMatching(
        /^block-start: Starlark .*`:`.* Starlark ends the line that opens a block with `:`/,
      ),
    );
    expect(said).toContainEqual(
      expect.stringMatching(
        /^builtin: .*`puts`.*`print`.*Starlark’s built-in function for printing a line/,
      ),
    );
    // Its words are its own: nothing Python says is said of Starlark.
    for (const d of result.differences)
      expect(`${d.summary} ${d.explanation}`).not.toMatch(/Python/);
  });

  it('takes part in an N-way comparison', () => {
    const result = compareMany([
      { language: 'ruby', code: RUBY },
      { language: 'python', code: PYTHON },
      { language: 'starlark', code: STARLARK },
    ]);
    expect(result.rows.at(-1)).toEqual({ lines: [7, null, null] });
    expect(result.differences.map((d) => d.summary)).toContain(
      'Ruby writes `end` on line 7; Python and Starlark do not.',
    );
  });

  it('is a snippet language: main.star loads, and check says its interpreter is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juxta-starlark-'));
    mkdirSync(join(dir, 'basics', 'odd-even'), { recursive: true });
    writeFileSync(join(dir, 'basics', 'topic.json'), '{ "title": "Basics", "order": 1 }');
    const folder = join(dir, 'basics', 'odd-even');
    writeFileSync(
      join(folder, 'snippet.json'),
      '{ "title": "Odd or even", "order": 1, "level": "beginner", "notes": [] }',
    );
    writeFileSync(join(folder, 'main.rb'), RUBY);
    writeFileSync(join(folder, 'main.star'), STARLARK);
    writeFileSync(join(folder, 'output.txt'), 'age is even\n');
    const { snippets, problems } = await loadLibrary(dir);
    expect(problems).toEqual([]);
    expect(snippets[0]?.languages).toEqual(['ruby', 'starlark']);
    const report = await checkLibrary(dir, { interpreters: { ruby: 'juxta-no-such-ruby' } });
    expect(report.problems).toEqual([]);
    expect(report.skipped).toContain(
      'starlark not installed: outputs of Starlark programs not checked',
    );
  });

  it('is compared from the command line by its extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juxta-starlark-cli-'));
    writeFileSync(join(dir, 'odd-even.rb'), RUBY);
    writeFileSync(join(dir, 'odd_even.star'), STARLARK);
    let stdout = '';
    const io: Io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      env: {},
    };
    expect(await main(['compare', join(dir, 'odd-even.rb'), join(dir, 'odd_even.star')], io)).toBe(
      0,
    );
    expect(stdout).toMatch(/Ruby\s+│\s+Starlark/);
  });
});

describe('nothing outside the language modules names a language', () => {
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));
  // Where a language may be named: its own folder, the registry that lists the modules.
  const allowed = (path: string) =>
    /^src\/languages\/[a-z]+\//.test(path) || path === 'src/languages/registry.ts';
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
      return path.endsWith('.ts') && !allowed(path) ? [path] : [];
    });
  const bundled = languages.filter((l) => l.id !== 'starlark');
  const words = bundled.flatMap((l) => [l.id, l.name]);

  /** The text of every string and template literal in a TypeScript file (comments may give examples). */
  function literals(path: string): string[] {
    const file = ts.createSourceFile(
      path,
      readFileSync(join(ROOT, path), 'utf8'),
      ts.ScriptTarget.Latest,
    );
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
      node.forEachChild(visit);
    };
    visit(file);
    return found;
  }

  it.each(['src', 'web/src'].flatMap(sources))('%s names no language in its strings', (path) => {
    for (const text of literals(path)) {
      for (const word of words) {
        expect(text, `${path}: "${text}" names ${word}`).not.toMatch(new RegExp(`\\b${word}\\b`));
      }
    }
  });
});
