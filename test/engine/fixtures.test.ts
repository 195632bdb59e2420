/**
 * Golden fixtures: each folder of `test/fixtures/` holds one Ruby/Python pair a beginner's course
 * shows side by side, and `expected.txt` is its comparison rendered for a person to review: every
 * difference with where it is, then the line alignment. A change in what the engine finds shows
 * up as a readable diff of that file. Regenerate with
 * `npx vitest run test/engine/fixtures.test.ts -u` and read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compare } from '../../src/index.js';
import { languageForFile } from '../../src/languages/registry.js';
import type { CompareResult, Difference, Token } from '../../src/types.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

const fixtureNames = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Fixture {
  /** The two files' names: `left.rb`, `right.py`. */
  leftFile: string;
  rightFile: string;
  leftCode: string;
  rightCode: string;
  result: CompareResult;
}

/** The fixture's file for one side (`left.rb`), whose extension names its language. */
function sideFile(name: string, side: 'left' | 'right'): { file: string; language: string } {
  const file = readdirSync(new URL(`${name}/`, FIXTURES)).find((f) => f.startsWith(`${side}.`));
  const language = file && languageForFile(file);
  if (!file || !language) throw new Error(`${name} has no ${side}.<ext> of a known language`);
  return { file, language: language.id };
}

function load(name: string): Fixture {
  const read = (file: string) => readFileSync(new URL(`${name}/${file}`, FIXTURES), 'utf8');
  const left = sideFile(name, 'left');
  const right = sideFile(name, 'right');
  const leftCode = read(left.file);
  const rightCode = read(right.file);
  const result = compare(
    { language: left.language, code: leftCode },
    { language: right.language, code: rightCode },
  );
  return { leftFile: left.file, rightFile: right.file, leftCode, rightCode, result };
}

/** `end@7:1`; newlines and tabs made visible so a token never breaks the golden file's layout. */
const showToken = (t: Token) =>
  `${t.text.replaceAll('\n', '\\n').replaceAll('\t', '\\t')}@${t.line}:${t.column}`;

const showTokens = (tokens: Token[]) => (tokens.length ? tokens.map(showToken).join(', ') : '–');

/** The lines of a file as the contract counts them: a final newline does not start another line. */
const linesOf = (code: string) => code.replace(/\r?\n$/, '').split(/\r?\n/);

/**
 * The golden text: a header, one block per difference, the rows with each line's text so a
 * reviewer sees what was aligned with what, then syntax errors if any.
 */
function render(
  name: string,
  { leftFile, rightFile, leftCode, rightCode, result }: Fixture,
): string {
  const out: string[] = [
    `# ${name}: ${leftFile} (${result.left.language}) vs ${rightFile} (${result.right.language})`,
    `${result.differences.length} differences`,
    '',
  ];
  for (const d of result.differences) {
    out.push(
      `${d.id} ${d.kind} ${d.category}`,
      `  ${d.summary}`,
      `  why: ${d.explanation || '(no explanation)'}`,
      `  left: ${showTokens(d.left)}`,
      `  right: ${showTokens(d.right)}`,
      '',
    );
  }
  if (result.notice) out.push(`notice: ${result.notice}`, '');

  const left = linesOf(leftCode);
  const right = linesOf(rightCode);
  const leftWidth = Math.max(...left.map((line) => line.length));
  out.push('rows:');
  for (const row of result.rows) {
    const numbers = `${row.left ?? '–'} ↔ ${row.right ?? '–'}`.padEnd(9);
    const leftText = (row.left === null ? '' : (left[row.left - 1] ?? '?')).padEnd(leftWidth);
    const rightText = row.right === null ? '' : (right[row.right - 1] ?? '?');
    out.push(`${numbers} ${leftText} │ ${rightText}`.trimEnd());
  }

  const errors = [
    ...result.left.errors.map((e) => `left ${e.line}:${e.column} ${e.message}`),
    ...result.right.errors.map((e) => `right ${e.line}:${e.column} ${e.message}`),
  ];
  if (errors.length) out.push('', 'syntax errors:', ...errors);
  return `${out.join('\n')}\n`;
}

describe.each(fixtureNames)('fixture %s', (name) => {
  const fixture = load(name);

  test('both sides parse without syntax errors', () => {
    expect(fixture.result.left.errors).toEqual([]);
    expect(fixture.result.right.errors).toEqual([]);
  });

  test('every line of both sides appears in exactly one row, in order', () => {
    const lefts = fixture.result.rows.flatMap((row) => (row.left === null ? [] : [row.left]));
    const rights = fixture.result.rows.flatMap((row) => (row.right === null ? [] : [row.right]));
    const count = (code: string) => linesOf(code).length;
    expect(lefts).toEqual(Array.from({ length: count(fixture.leftCode) }, (_, i) => i + 1));
    expect(rights).toEqual(Array.from({ length: count(fixture.rightCode) }, (_, i) => i + 1));
  });

  // Defined only for the pairs with a Ruby side, so that no other pair counts a skipped test.
  const rubySide = (['left', 'right'] as const).find((s) => fixture.result[s].language === 'ruby');
  if (rubySide) {
    test("Ruby's lines that hold only `end` stand against a gap or another block's closing line", () => {
      const other = rubySide === 'left' ? 'right' : 'left';
      const rubyCode = rubySide === 'left' ? fixture.leftCode : fixture.rightCode;
      const otherLines = linesOf(other === 'left' ? fixture.leftCode : fixture.rightCode);
      const endLines = linesOf(rubyCode).flatMap((text, i) =>
        text.trim() === 'end' ? [i + 1] : [],
      );
      const partners = endLines.map((line) => {
        const partner = fixture.result.rows.find((r) => r[rubySide] === line)?.[other] ?? null;
        // A `}` or an `end` that closes the other side's block is the `end`'s counterpart, not
        // code, also with the call it ends (`});`, `end)` after a function handed to a method).
        const text = otherLines[(partner ?? 0) - 1]?.trim() ?? '';
        const closing = /^(\}|end)[)\]]*;?$/.test(text);
        return partner === null || closing ? 'closer' : partner;
      });
      expect(partners).toEqual(endLines.map(() => 'closer'));
    });
  }

  test('matches its reviewed golden file', async () => {
    await expect(render(name, fixture)).toMatchFileSnapshot(`../fixtures/${name}/expected.txt`);
  });
});

/** `text@line:col` of each token, the golden file's notation, for short table-like expectations. */
const places = (tokens: Token[]) => tokens.map(showToken);

/**
 * What each topic is there to show, checked outright so that regenerating the golden files can
 * not quietly lose it: [fixture, category, kind, left places, right places].
 */
const promises: [string, string, string, string[], string[]][] = [
  ['elsif-elif', 'keyword', 'changed', ['elsif@5:1'], ['elif@5:1']],
  ['unless-if-not', 'keyword', 'changed', ['unless@3:1'], ['if@3:1', 'not@3:4']],
  ['while-loop', 'block-end', 'left-only', ['end@6:1'], []],
  ['each-for', 'block-start', 'changed', ['do@3:13'], [':@3:20']],
  ['implicit-return', 'statement', 'right-only', [], ['return@2:5']],
  ['hashes-dicts', 'delimiter', 'changed', ['=>@1:16', '=>@1:30'], [':@1:14', ':@1:26']],
  ['nil-none', 'literal', 'changed', ['nil@1:15'], ['None@1:15']],
  ['booleans', 'literal', 'changed', ['true@1:13', 'false@2:9'], ['True@1:13', 'False@2:9']],
  ['logical-operators', 'operator', 'changed', ['&&@5:14'], ['and@5:14']],
  ['logical-operators', 'operator', 'changed', ['||@8:13'], ['or@7:13']],
  ['logical-operators', 'operator', 'changed', ['!@8:16', '!@11:6'], ['not@7:16', 'not@9:7']],
  ['case-match', 'keyword', 'changed', ['case@3:1'], ['match@3:1']],
  ['class-initialize', 'naming', 'changed', ['initialize@2:7'], ['__init__@2:9']],
  ['class-initialize', 'statement', 'right-only', [], ['self@2:18', 'self@5:15']],
  ['require-import', 'keyword', 'changed', ['require@1:1'], ['import@1:1']],
];

describe('each topic shows what it is there to show', () => {
  test.each(promises)('%s: %s %s %j ↔ %j', (name, category, kind, left, right) => {
    const found = load(name).result.differences.map((d) => ({
      category: d.category,
      kind: d.kind,
      left: places(d.left),
      right: places(d.right),
    }));
    expect(found).toContainEqual({ category, kind, left, right });
  });

  test("a dictionary's `:` is not taken for the `:` that opens a block", () => {
    const { result } = load('hashes-dicts');
    const blockColons = result.differences
      .filter((d) => d.category === 'block-start')
      .flatMap((d) => places(d.right));
    expect(blockColons).toEqual([':@7:30']);
  });

  test('an explicit `return` on both sides is no difference', () => {
    const { result } = load('implicit-return');
    const returns = result.differences.flatMap((d) => [...d.left, ...d.right]);
    expect(returns.filter((t) => t.text === 'return').map(showToken)).toEqual(['return@2:5']);
  });

  test('comments written alike in both languages are no difference', () => {
    const { result } = load('comments');
    expect(result.differences.filter((d) => d.category === 'comment')).toEqual([]);
  });
});

/** The source text a difference covers on one side, from its first token to the end of its last. */
function span(code: string, tokens: Token[]): string {
  const lines = code.split('\n');
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last || first.line !== last.line) return tokens.map((t) => t.text).join(' ');
  return (lines[first.line - 1] ?? '').slice(first.column - 1, last.column - 1 + last.text.length);
}

/** A difference reduced to what the contract promises about it: category, kind and places. */
const essentials = (d: Difference) => ({
  category: d.category,
  kind: d.kind,
  left: d.left.map((t) => [t.text, t.line, t.column]),
  right: d.right.map((t) => [t.text, t.line, t.column]),
});

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

describe("the lesson's own pair (the contract, checked exactly)", () => {
  const fixture = load('lesson-odd-even');

  // The seeds live next to the repository, not in it; a checkout without them has nothing to compare.
  test.skipIf(!existsSync(SEEDS))('is a copy of the seed files the lesson shows', () => {
    expect(fixture.leftCode).toBe(readFileSync(new URL('odd-even.rb', SEEDS), 'utf8'));
    expect(fixture.rightCode).toBe(readFileSync(new URL('odd-even.py', SEEDS), 'utf8'));
  });

  test('finds exactly the five differences: end, `:`, `()`, puts/print, age.odd?', () => {
    const found = fixture.result.differences
      .map(essentials)
      .sort((a, b) => a.category.localeCompare(b.category));
    expect(found).toEqual([
      { category: 'block-end', kind: 'left-only', left: [['end', 7, 1]], right: [] },
      {
        category: 'block-start',
        kind: 'right-only',
        left: [],
        right: [
          [':', 3, 16],
          [':', 5, 5],
        ],
      },
      {
        category: 'builtin',
        kind: 'changed',
        left: [
          ['puts', 4, 3],
          ['puts', 6, 3],
        ],
        right: [
          ['print', 4, 5],
          ['print', 6, 5],
        ],
      },
      {
        category: 'call-parens',
        kind: 'right-only',
        left: [],
        right: [
          ['(', 4, 10],
          [')', 4, 23],
          ['(', 6, 10],
          [')', 6, 24],
        ],
      },
      {
        category: 'expression',
        kind: 'changed',
        left: expect.any(Array),
        right: expect.any(Array),
      },
    ]);
  });

  test('the expression difference covers exactly `age.odd?` and `age % 2 == 1`', () => {
    const expression = fixture.result.differences.find((d) => d.category === 'expression');
    expect(expression && span(fixture.leftCode, expression.left)).toBe('age.odd?');
    expect(expression && span(fixture.rightCode, expression.right)).toBe('age % 2 == 1');
  });

  test('gives the differences ids d1… in display order', () => {
    expect(fixture.result.differences.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
  });

  test("aligns lines 1–6 with each other and Ruby's `end` on line 7 with nothing", () => {
    expect(fixture.result.rows).toEqual([
      { left: 1, right: 1 },
      { left: 2, right: 2 },
      { left: 3, right: 3 },
      { left: 4, right: 4 },
      { left: 5, right: 5 },
      { left: 6, right: 6 },
      { left: 7, right: null },
    ]);
  });

  test('reports no syntax errors on either side', () => {
    expect(fixture.result.left.errors).toEqual([]);
    expect(fixture.result.right.errors).toEqual([]);
  });
});
