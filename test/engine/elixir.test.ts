/**
 * Elixir beside Ruby and Python: what each Elixir fixture is there to show, checked outright so
 * that regenerating the golden files cannot quietly lose it, and the contract's invariants over
 * mutated and random Elixir code.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { compare } from '../../src/index.js';
import { languageForFile } from '../../src/languages/registry.js';
import type { CompareResult, Token } from '../../src/types.js';
import { checkInvariants } from './invariants.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

function load(name: string): { left: string; right: string; result: CompareResult } {
  const other = name.endsWith('-ruby') ? 'right.rb' : 'right.py';
  const read = (file: string) => readFileSync(new URL(`${name}/${file}`, FIXTURES), 'utf8');
  const left = read('left.exs');
  const right = read(other);
  const result = compare(
    { language: 'elixir', code: left },
    { language: languageForFile(other)?.id ?? '', code: right },
  );
  return { left, right, result };
}

const places = (tokens: Token[]) => tokens.map((t) => `${t.text}@${t.line}:${t.column}`);

/** [fixture, category, kind, Elixir's places, the other side's places]. */
const promises: [string, string, string, string[], string[]][] = [
  // The lesson: `do` where Python writes `:`, `end` where Python has nothing.
  ['elixir-lesson-odd-even-python', 'block-start', 'changed', ['do@3:21'], [':@3:16']],
  ['elixir-lesson-odd-even-python', 'block-end', 'left-only', ['end@7:1'], []],
  [
    'elixir-lesson-odd-even-ruby',
    'builtin',
    'changed',
    ['IO@4:3', '.@4:5', 'puts@4:6', 'IO@6:3', '.@6:5', 'puts@6:6'],
    ['puts@4:3', 'puts@6:3'],
  ],
  // The functions' module is one difference; the functions themselves pair with the other's.
  [
    'elixir-functions-python',
    'statement',
    'left-only',
    ['defmodule@1:1', 'Greeting@1:11', 'do@1:20', 'end@9:1'],
    [],
  ],
  ['elixir-functions-python', 'statement', 'right-only', [], ['return@2:5', 'return@6:5']],
  [
    'elixir-functions-ruby',
    'statement',
    'changed',
    ['Greeting@11:9', '.@11:17', 'square@11:18'],
    ['square@9:6'],
  ],
  // `cond` is the chain of conditions: `true ->` is its `else`, and it needs no `elsif`.
  ['elixir-cond-ruby', 'keyword', 'changed', ['cond@3:1', 'do@3:6'], ['if@3:1']],
  ['elixir-cond-ruby', 'keyword', 'right-only', [], ['elsif@5:1']],
  ['elixir-cond-ruby', 'keyword', 'changed', ['true@6:3'], ['else@7:1']],
  ['elixir-case-python', 'keyword', 'changed', ['_@6:3'], ['case@8:5', '_@8:10']],
  ['elixir-unless-python', 'keyword', 'changed', ['unless@3:1'], ['if@3:1', 'not@3:4']],
  // A loop is a function calling itself: the `while` pairs with the function, bodies align.
  [
    'elixir-recursion-ruby',
    'expression',
    'changed',
    ['def@4:3', 'run@4:7', '(@4:10', 'count@4:11', ')@4:16'],
    ['while@3:1', 'count@3:7', '>@3:13', '0@3:15'],
  ],
  ['elixir-recursion-ruby', 'builtin', 'changed', ['IO@5:5', '.@5:7', 'puts@5:8'], ['puts@4:3']],
  [
    'elixir-recursion-ruby',
    'expression',
    'changed',
    ['run@6:5', '(@6:8', 'count@6:9', '-@6:15', '1@6:17', ')@6:18'],
    ['count@5:3', '-=@5:9', '1@5:12'],
  ],
  [
    'elixir-rebinding-python',
    'expression',
    'changed',
    ['total@2:1', '=@2:7', 'total@2:9', '+@2:15', '5@2:17'],
    ['total@2:1', '+=@2:7', '5@2:10'],
  ],
  // `Enum.each` with a function is a loop; its `fn` and `->` stand where Ruby's block does.
  ['elixir-enum-each-ruby', 'keyword', 'changed', ['Enum@3:1', '.@3:5', 'each@3:6'], ['each@3:8']],
  ['elixir-enum-each-ruby', 'block-start', 'changed', ['fn@3:19'], ['do@3:13']],
  ['elixir-enum-each-ruby', 'delimiter', 'changed', ['->@3:28'], ['|@3:16', '|@3:22']],
  [
    'elixir-for-range-python',
    'keyword',
    'changed',
    ['for@1:1', '<-@1:7', 'for@5:1', '<-@5:7'],
    ['for@1:1', 'in@1:7', 'for@4:1', 'in@4:7'],
  ],
  // A pipe hands its value to the call after it, as a method is called on its receiver.
  [
    'elixir-pipes-ruby',
    'builtin',
    'changed',
    ['|>@4:1', 'Enum@4:4', '.@4:8', 'map@4:9'],
    ['map@4:4'],
  ],
  ['elixir-fn-lambda-python', 'keyword', 'changed', ['fn@1:10'], ['lambda@1:10']],
  ['elixir-fn-lambda-python', 'statement', 'left-only', ['.@2:15'], []],
  ['elixir-fn-lambda-ruby', 'statement', 'changed', ['.@2:15'], ['.@2:12', 'call@2:13']],
  // False friends: `/` gives a decimal in Elixir, in Ruby only with a decimal on a side, so the
  // Ruby program writes `7 / 2.0` where Elixir writes `7 / 2`: both give 3.5, and the difference
  // is the `.0`, told as the literal it is. `round` rounds halves away from zero (not in Python);
  // where the two act alike, nothing is said.
  ['elixir-integer-division-ruby', 'literal', 'changed', ['2@2:13'], ['2.0@2:10']],
  [
    'elixir-round-half-python',
    'behaviour',
    'changed',
    ['round@1:9', '(@1:14', '2.5@1:15', ')@1:18'],
    ['round@1:7', '(@1:12', '2.5@1:13', ')@1:16'],
  ],
  [
    'elixir-truthiness-python',
    'behaviour',
    'changed',
    ['Enum@2:4', '.@2:8', 'empty?@2:9', '(@2:15', 'items@2:16', ')@2:21'],
    ['not@2:4', 'items@2:8'],
  ],
  ['elixir-default-parameters-ruby', 'delimiter', 'changed', ['\\\\@2:28'], ['=@1:26']],
  ['elixir-maps-ruby', 'delimiter', 'left-only', ['%@1:8', '%@3:9'], []],
  [
    'elixir-pattern-matching-python',
    'expression',
    'changed',
    [
      '{@1:1',
      'a@1:2',
      ',@1:3',
      'b@1:5',
      '}@1:6',
      '=@1:8',
      '{@1:10',
      '1@1:11',
      ',@1:12',
      '2@1:14',
      '}@1:15',
    ],
    ['a@1:1', ',@1:2', 'b@1:4', '=@1:6', '1@1:8', ',@1:9', '2@1:11'],
  ],
];

describe('each Elixir topic shows what it is there to show', () => {
  test.each(promises)('%s: %s %s %j ↔ %j', (name, category, kind, left, right) => {
    const found = load(name).result.differences.map((d) => ({
      category: d.category,
      kind: d.kind,
      left: places(d.left),
      right: places(d.right),
    }));
    expect(found).toContainEqual({ category, kind, left, right });
  });

  test('`/` and `round` that act alike in both languages are no false friend', () => {
    const division = compare(
      { language: 'elixir', code: 'IO.puts(7 / 2)\n' },
      { language: 'python', code: 'print(7 / 2)\n' },
    );
    const rounding = compare(
      { language: 'elixir', code: 'IO.puts(round(2.5))\n' },
      { language: 'ruby', code: 'puts 2.5.round\n' },
    );
    for (const result of [division, rounding]) {
      expect(result.differences.filter((d) => d.category === 'behaviour')).toEqual([]);
    }
  });

  test("the module's functions stand on the rows of the other side's functions", () => {
    const { result } = load('elixir-functions-ruby');
    // `def square` (Elixir line 2) against `def square` (Ruby line 1); `defmodule` alone.
    expect(result.rows).toContainEqual({ left: 2, right: 1 });
    expect(result.rows).toContainEqual({ left: 1, right: null });
    expect(result.rows).toContainEqual({ left: 9, right: null });
  });

  test('a statement only one side has stands against no line of the other', () => {
    const { result } = load('elixir-recursion-ruby');
    // Ruby's `count = 3` and Elixir's stopping clause `def run(0)` have no counterpart.
    expect(result.rows).toContainEqual({ left: null, right: 1 });
    expect(result.rows).toContainEqual({ left: 2, right: null });
    expect(result.rows).toContainEqual({ left: 4, right: 3 });
  });

  test('every explanation of the Elixir fixtures is there, and none names the other language', () => {
    for (const name of ['elixir-recursion-ruby', 'elixir-pipes-python', 'elixir-maps-ruby']) {
      for (const d of load(name).result.differences) {
        expect(d.explanation, d.summary).not.toBe('');
      }
    }
  });
});

describe('property: mutated and random Elixir keeps the contract', () => {
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
      fc.constantFrom('end', 'do', 'do:', '->', 'fn', '|>', '(', ')', '%{', '"', '#{', '\n', ':'),
    ),
  });
  const sources = ['elixir-recursion-ruby', 'elixir-pipes-ruby', 'elixir-raise-rescue-python'].map(
    (name) => load(name),
  );

  it('mutated Elixir against Ruby and Python', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(edit, { maxLength: 8 }),
        (source, edits) => {
          const code = mutate(source.left, edits);
          const language = source.result.right.language;
          const result = compare({ language: 'elixir', code }, { language, code: source.right });
          checkInvariants(result, code, source.right);
          const reversed = compare({ language, code: source.right }, { language: 'elixir', code });
          checkInvariants(reversed, source.right, code);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random strings as Elixir', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (code) => {
        const result = compare({ language: 'elixir', code }, { language: 'ruby', code });
        checkInvariants(result, code, code);
      }),
      { numRuns: 200 },
    );
  });
});
