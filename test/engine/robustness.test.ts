/**
 * The engine never throws for any string of code, and every answer keeps the contract's promises
 * (tokens, rows, differences), for hand-picked nasty inputs and for random and mutated code.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, isJuxtaError } from '../../src/index.js';
import { checkInvariants } from './invariants.js';

const seed = (name: string) =>
  readFileSync(new URL(`../fixtures/lesson-odd-even/${name}`, import.meta.url), 'utf8');
const RUBY = seed('left.rb');
const PYTHON = seed('right.py');

function both(ruby: string, python: string) {
  const result = compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });
  checkInvariants(result, ruby, python);
  return result;
}

describe('inputs a beginner (or a fuzzer) may paste', () => {
  const cases: Record<string, string> = {
    empty: '',
    'only a newline': '\n',
    'only comments': '# just a comment\n# and another\n',
    CRLF: 'x = 1\r\nif x\r\n  puts x\r\nend\r\n',
    'lone CR': 'x = 1\ry = 2\r',
    tabs: 'if x\n\tputs "tab"\nend\n',
    'NUL bytes': 'x = "a\u0000b"\u0000\n\u0000',
    'lone surrogates': 'x = "\ud800"\ny = \udc00\n',
    emoji: 's = "😀 é"; t = 1\n',
    'unclosed everything': '(((( [[[ {{{ "abc',
    'stray closers': ')))]]]}}} end end',
    'no final newline': 'puts 1',
    'many blank lines': '\n\n\n\n',
  };
  for (const [name, code] of Object.entries(cases)) {
    it(`${name}: never throws, keeps the contract`, () => {
      both(code, code);
      both(RUBY, code);
      both(code, PYTHON);
    });
  }

  it('10,000 nested brackets', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    both(deep, deep);
    both('x = ' + '('.repeat(10_000), 'x = ' + '('.repeat(10_000));
  });

  it('a 1 MB file', () => {
    const ruby = RUBY.repeat(Math.ceil(1_000_000 / RUBY.length));
    const python = PYTHON.repeat(Math.ceil(1_000_000 / PYTHON.length));
    const result = both(ruby, python);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.notice).toMatch(/line by line/);
  });

  it('past the structural limit, lines pair by their text, line breaks aside', () => {
    const lines = RUBY.split('\n').length - 1;
    const ruby = RUBY.repeat(Math.ceil(50_001 / lines));
    const crlf = ruby.replace(/\n/g, '\r\n');
    const result = compare({ language: 'ruby', code: ruby }, { language: 'ruby', code: crlf });
    checkInvariants(result, ruby, crlf);
    expect(result.notice).toMatch(/line by line/);
    expect(result.rows).toHaveLength(ruby.split('\n').length - 1);
    expect(result.rows.every((row, i) => row.left === i + 1 && row.right === i + 1)).toBe(true);
  });

  it('a CRLF copy of the lesson finds the same differences as the original', () => {
    const plain = both(RUBY, PYTHON);
    const crlf = both(RUBY.replace(/\n/g, '\r\n'), PYTHON.replace(/\n/g, '\r\n'));
    expect(crlf.differences.map((d) => d.summary)).toEqual(plain.differences.map((d) => d.summary));
    expect(crlf.rows).toEqual(plain.rows);
  });
});

describe('languages', () => {
  it('an unknown language id throws an error naming the known ones', () => {
    let error: unknown;
    try {
      compare({ language: 'cobol', code: '' }, { language: 'python', code: '' });
    } catch (e) {
      error = e;
    }
    expect(isJuxtaError(error) && error.code).toBe('unknown-language');
    expect(String((error as Error).message)).toMatch(/"cobol".*"ruby".*"python"/);
  });

  it('compares a language with itself', () => {
    const result = compare({ language: 'ruby', code: RUBY }, { language: 'ruby', code: RUBY });
    checkInvariants(result, RUBY, RUBY);
    expect(result.differences).toEqual([]);
    expect(result.rows.every((r) => r.left === r.right)).toBe(true);
  });
});

describe('property: random and mutated code', () => {
  const mutate = (code: string, edits: { at: number; cut: number; insert: string }[]) => {
    let out = code;
    for (const e of edits) {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + e.insert + out.slice(at + e.cut);
    }
    return out;
  };
  const edit = fc.record({
    at: fc.nat(),
    cut: fc.nat({ max: 6 }),
    insert: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        'end',
        ':',
        '(',
        ')',
        'do',
        '{',
        '}',
        '\n',
        '\t',
        '#{',
        'elsif',
        '"',
        "'",
        '\u0000',
        '\ud800',
      ),
    ),
  });

  it('mutated lesson code keeps the contract', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (l, r) => {
        both(mutate(RUBY, l), mutate(PYTHON, r));
      }),
      { numRuns: 300 },
    );
  });

  it('random strings keep the contract', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        (l, r) => {
          both(l, r);
        },
      ),
      { numRuns: 300 },
    );
  });
});
