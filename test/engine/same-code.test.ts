// Never flag the same thing: code that Ruby and Python write alike, character for character, and
// that means the same in both, is no difference at all. The programs are random, built from the
// syntax the two languages share: assignments, arithmetic, comparisons, lists, indexing, strings,
// calls of the program's own functions with parentheses, comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';

const name = fc.constantFrom('a', 'b', 'count', 'total', 'items', 'name', 'price', 'x1');
const number = fc.oneof(fc.nat({ max: 999 }).map(String), fc.constantFrom('1.5', '0.25'));
const text = fc.constantFrom('"hi"', '"two words"', "'single'", '""');
const atom = fc.oneof(name, number, text);

/**
 * An expression both languages read alike and evaluate alike: arithmetic, with at most one
 * comparison on top (Python chains `a < b < c`, Ruby does not, so a chain means two things).
 */
const arithmetic: fc.Arbitrary<string> = fc.letrec((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc
      .tuple(tie('expr'), fc.constantFrom('+', '-', '*'), atom)
      .map(([l, op, r]) => `${l} ${op} ${r}`),
    tie('expr').map((e) => `(${e})`),
    fc.array(atom, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    fc.tuple(name, fc.nat({ max: 3 })).map(([n, i]) => `${n}[${i}]`),
    fc
      .tuple(fc.constantFrom('helper', 'combine', 'check'), fc.array(atom, { maxLength: 3 }))
      .map(([f, args]) => `${f}(${args.join(', ')})`),
  ),
})).expr as fc.Arbitrary<string>;

const expression = fc.oneof(
  arithmetic,
  fc
    .tuple(arithmetic, fc.constantFrom('<', '>', '==', '!=', '<=', '>='), arithmetic)
    .map(([l, op, r]) => `${l} ${op} ${r}`),
);

const statement = fc.oneof(
  fc.tuple(name, expression).map(([n, e]) => `${n} = ${e}`),
  fc.tuple(name, fc.constantFrom('+=', '-=', '*='), atom).map(([n, op, v]) => `${n} ${op} ${v}`),
  fc.constantFrom('# a comment', '# TODO: tidy up'),
  fc.constant(''),
);

const program = fc
  .array(statement, { minLength: 1, maxLength: 12 })
  .map((lines) => lines.join('\n'));

describe('code written alike in both languages', () => {
  it('is never a difference', () => {
    fc.assert(
      fc.property(program, (code) => {
        const result = compare({ language: 'ruby', code }, { language: 'python', code });
        // Only code both sides parse is written alike in both languages.
        fc.pre(result.left.errors.length === 0 && result.right.errors.length === 0);
        expect(result.differences.map((d) => d.summary)).toEqual([]);
        expect(result.rows.every((r) => r.left === r.right)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
