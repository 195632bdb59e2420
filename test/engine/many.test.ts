// N-way comparison: three or four programs at once. Its promise is that any two sides agree with
// the two-way comparison of that pair; these tests hold it to that over the whole library, with
// every language each snippet is written in.
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { compareMany, sidePairs } from '../../src/engine/many.js';
import { isJuxtaError } from '../../src/errors.js';
import { loadLibrary } from '../../src/library/load.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';
import type { CompareManyResult, Row, SourceInput, Token } from '../../src/types.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const rubyLesson = readFileSync(new URL('odd-even.rb', SEEDS), 'utf8');
const pythonLesson = readFileSync(new URL('odd-even.py', SEEDS), 'utf8');

/** The rows of sides `i` and `j`, as the two-way comparison of that pair would list them. */
function project(result: CompareManyResult, i: number, j: number): Row[] {
  return result.rows
    .map((r) => ({ left: r.lines[i] ?? null, right: r.lines[j] ?? null }))
    .filter((r) => r.left !== null || r.right !== null);
}

const place = (t: Token) => `${t.line}:${t.column}:${t.text}`;

/** Checks everything an N-way result promises about `sides`. */
function expectAgreement(sides: SourceInput[], result: CompareManyResult) {
  expect(result.sides.map((s) => s.language)).toEqual(sides.map((s) => s.language));
  // Every line of every side in exactly one row, in order.
  result.sides.forEach((_, s) => {
    const lines = result.rows.flatMap((r) => (r.lines[s] === null ? [] : [r.lines[s]]));
    const count = compare(sides[s]!, sides[s]!).rows.length;
    expect(lines).toEqual(Array.from({ length: count }, (_, n) => n + 1));
  });
  for (const [i, j] of sidePairs(sides.length)) {
    const pair = compare(sides[i]!, sides[j]!);
    // Rows: the first side's pairs exactly; any pair's lines that the pair aligns, where the
    // alignments of all the pairs can hold them together.
    if (i === 0) expect(project(result, i, j)).toEqual(pair.rows);
    // Differences: each of the pair's is inside exactly one N-way difference, on both sides.
    for (const d of pair.differences) {
      const holders = result.differences.filter((m) => {
        const left = new Set((m.places[i] ?? []).map(place));
        const right = new Set((m.places[j] ?? []).map(place));
        return d.left.every((t) => left.has(place(t))) && d.right.every((t) => right.has(place(t)));
      });
      expect(holders.length, `${d.summary} is in one N-way difference`).toBeGreaterThanOrEqual(1);
    }
  }
  // And nothing more: every token an N-way difference marks is marked by a pair's difference.
  for (const d of result.differences) {
    expect(d.summary).not.toBe('');
    d.places.forEach((tokens, s) => {
      const marked = new Set(
        sidePairs(sides.length)
          .filter(([i, j]) => i === s || j === s)
          .flatMap(([i, j]) =>
            compare(sides[i]!, sides[j]!).differences.flatMap((p) =>
              (i === s ? p.left : p.right).map(place),
            ),
          ),
      );
      for (const t of tokens) expect(marked.has(place(t))).toBe(true);
    });
  }
}

describe('compareMany', () => {
  it('lays the lesson out three ways: the two Rubies alike, Python apart', () => {
    const sides = [
      { language: 'ruby', code: rubyLesson },
      { language: 'python', code: pythonLesson },
      { language: 'ruby', code: rubyLesson.replace('age.odd?', 'age % 2 == 1') },
    ];
    const result = compareMany(sides);
    expect(result.rows.map((r) => r.lines)).toEqual([
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
      [4, 4, 4],
      [5, 5, 5],
      [6, 6, 6],
      [7, null, 7],
    ]);
    const summaries = result.differences.map((d) => d.summary);
    expect(summaries).toContain(
      'Ruby (side 1) and Ruby (side 3) write `end` on line 7; Python does not.',
    );
    expect(summaries).toContain(
      'Python writes `()` on lines 4 and 6; Ruby (side 1) and Ruby (side 3) do not.',
    );
    expect(summaries).toContain(
      'Ruby (side 1) writes `age.odd?` on line 3; Python and Ruby (side 3) write `age % 2 == 1` on line 3.',
    );
    expect(result.differences.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expectAgreement(sides, result);
  });

  it('gives two sides exactly what compare gives them', () => {
    const sides = [
      { language: 'ruby', code: rubyLesson },
      { language: 'python', code: pythonLesson },
    ];
    const many = compareMany(sides);
    const two = compare(sides[0]!, sides[1]!);
    expect(many.rows).toEqual(two.rows.map((r) => ({ lines: [r.left, r.right] })));
    expect(many.differences.map((d) => d.places)).toEqual(
      two.differences.map((d) => [d.left, d.right]),
    );
  });

  it('refuses fewer than two or more than four sides, and unknown languages', () => {
    const side = { language: 'ruby', code: 'puts 1' };
    for (const sides of [[], [side], [side, side, side, side, side]]) {
      expect(() => compareMany(sides)).toThrowError(/2 to 4 programs/);
    }
    expect(() => compareMany([side, side, null as unknown as SourceInput])).toThrowError(
      /The third side must be an object/,
    );
    try {
      compareMany([side, { language: 'cobol', code: '' }]);
      expect.unreachable();
    } catch (error) {
      expect(isJuxtaError(error) && error.code).toBe('unknown-language');
    }
  });
});

const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);

describe('every snippet of the library, in all its languages at once', () => {
  for (const snippet of snippets) {
    // A snippet in two languages is compared three ways with its first language twice.
    const languages = snippet.languages.slice(0, 4);
    if (languages.length === 2) languages.push(languages[0]!);
    test(`${snippet.id}: ${languages.join(', ')}`, () => {
      const sides = languages.map((language) => ({
        language,
        code: snippet.code[language] as string,
      }));
      expectAgreement(sides, compareMany(sides));
    });
  }
});
