/**
 * Elixir's beginner mistakes become messages a learner can act on: each row of its table
 * (src/languages/elixir/syntax-errors.ts) with its exact words and position, clean code gives
 * none, and no input makes it throw. The mistakes are those of the issue: a missing `do` or `end`,
 * `->` in the wrong place, and the habits of Ruby and Python (`else if`, `return`, `+=`).
 */
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/engine/diagnose.js';
import { parse } from '../../src/engine/parse.js';
import { elixir } from '../../src/languages/elixir/index.js';
import type { Diagnostic } from '../../src/types.js';

function errorsOf(code: string): Diagnostic[] {
  const { root } = parse(code, elixir);
  return diagnose(root, code, elixir);
}

type Expected = [number, number, string][];
const rows = (diagnostics: Diagnostic[]): Expected =>
  diagnostics.map((d) => [d.line, d.column, d.message]);

const STRAY_END =
  'This `end` has no `do` to close: a block opens with `do` at the end of its first line (`if x do`)';

const cases: [string, string, Expected][] = [
  [
    'an `if` without its `end`',
    'age = 12\n\nif rem(age, 2) == 1 do\n  IO.puts("odd")\nelse\n  IO.puts("even")\n',
    [[6, 18, 'Elixir expects `end` to close the `if … do` on line 3']],
  ],
  [
    'an `if` without its `do` (the grammar reads no error: `else` and `end` become names)',
    'if rem(age, 2) == 1\n  IO.puts("odd")\nelse\n  IO.puts("even")\nend\n',
    [
      [1, 20, 'Elixir expects `do` at the end of an `if` line'],
      [3, 1, 'This `else` belongs to no block: the `if` line above needs `do` at its end'],
      [5, 1, STRAY_END],
    ],
  ],
  [
    'an inner block without its `end` (indentation says which)',
    'defmodule M do\n  def f(x) do\n    if x do\n      1\n  end\nend\n',
    [[4, 8, 'Elixir expects `end` to close the `if … do` on line 3']],
  ],
  [
    'a `def` opened with `->`',
    'defmodule M do\n  def add(a, b) ->\n    a + b\n  end\nend\n',
    [
      [2, 17, 'Elixir expects `do` at the end of a `def` line, not `->`'],
      [5, 1, STRAY_END],
    ],
  ],
  [
    '`->` on a `def` line',
    'def add(a, b) -> a + b end\n',
    [
      [
        1,
        15,
        '`->` belongs in a clause of `case`, `cond` or `fn` (`pattern -> code`); `def` and `if` open their block with `do`',
      ],
      [1, 27, 'Elixir expects `do` at the end of a `def` line'],
    ],
  ],
  [
    '`->` outside any clause',
    'x = 1\nx -> IO.puts(x)\n',
    [
      [
        2,
        3,
        '`->` belongs in a clause of `case`, `cond` or `fn` (`pattern -> code`); `def` and `if` open their block with `do`',
      ],
    ],
  ],
  [
    "Python's `:` for `do`",
    'defmodule M do\n  def square(n):\n    n * n\n  end\nend\n',
    [
      [2, 17, 'Elixir expects `do` at the end of a `def` line'],
      [5, 1, STRAY_END],
    ],
  ],
  [
    'a `{` for `do`',
    'if x > 1 {\n  IO.puts(x)\n}\n',
    [[1, 10, 'Elixir expects `do` at the end of an `if` line, not `{`']],
  ],
  [
    "Ruby's `then` for `do`",
    'if x > 1 then\n  IO.puts(x)\nend\n',
    [
      [1, 10, 'Elixir expects `do` at the end of an `if` line, not `then`'],
      [3, 1, STRAY_END],
    ],
  ],
  [
    'an `fn` without its `end`',
    'Enum.each(list, fn x ->\n  IO.puts(x)\n)\n',
    [[2, 13, 'Elixir expects `end` to close the `fn` on line 1']],
  ],
  [
    '`else if`',
    'if x do\n  1\nelse if y do\n  2\nend\n',
    [
      [
        3,
        1,
        'Elixir has no `else if`: write the conditions as the clauses of a `cond` block, `condition -> …`',
      ],
      [4, 4, 'Elixir expects `end` to close the `if … do` on line 1'],
    ],
  ],
  [
    '`elsif`',
    'elsif x > 1 do\n  1\nend\n',
    [
      [
        1,
        1,
        'Elixir has no `elsif`: write the conditions as the clauses of a `cond` block, `condition -> …`',
      ],
    ],
  ],
  [
    '`return`',
    'return 5\n',
    [
      [
        1,
        1,
        'Elixir has no `return`: a function gives back the value of its last expression, so write the value alone',
      ],
    ],
  ],
  [
    '`while`',
    'while x > 0 do\n  x\nend\n',
    [
      [
        1,
        1,
        'Elixir has no `while` loop: walk a range or list with `Enum.each`, or write a function that calls itself',
      ],
    ],
  ],
  ['`puts`', 'puts "hi"\n', [[1, 1, 'Elixir prints with `IO.puts(...)`']]],
  [
    '`+=`',
    'x += 1\n',
    [[1, 3, 'Elixir has no `+=`: bind the name again to the new value, `x = x + 1`']],
  ],
  [
    'a string never closed',
    'IO.puts("hi)\n',
    [[1, 13, 'This string on line 1 is never closed: add `"` at its end']],
  ],
  [
    'a `(` never closed',
    'IO.puts("hi"\n',
    [[1, 13, 'This `(` on line 1 is never closed: add `)`']],
  ],
];

describe('Elixir', () => {
  test.each(cases)('%s', (_name, code, expected) => {
    expect(rows(errorsOf(code))).toEqual(expected);
  });
});

describe('clean Elixir gives no diagnostics', () => {
  test('blocks, one-line blocks, clauses, pipes, words that look like stray ones', () => {
    const code = [
      'defmodule Shop do',
      '  @moduledoc "A shop"',
      '  def total(items), do: Enum.sum(items)',
      '',
      '  def price(0), do: :free',
      '  def price(n) when n > 0 do',
      '    cond do',
      '      n > 100 -> :big',
      '      true -> :small',
      '    end',
      '  end',
      '',
      '  defp label(x) do',
      '    case x do',
      '      {:ok, v} -> "ok #{v}"',
      '      _ -> "end"',
      '    end',
      '  end',
      'end',
      '',
      'items = [1, 2] ++ [3]',
      'items |> Enum.map(fn x -> x * 2 end) |> IO.inspect(label: "end")',
      'if Shop.total(items) > 3, do: IO.puts("big"), else: IO.puts("small")',
      'for x <- items, do: IO.puts(x)',
      'try do',
      '  raise ArgumentError, "bad"',
      'rescue',
      '  e in ArgumentError -> IO.puts(e.message)',
      'after',
      '  IO.puts("done")',
      'end',
      '',
    ].join('\n');
    expect(errorsOf(code)).toEqual([]);
  });

  test('empty code', () => {
    expect(errorsOf('')).toEqual([]);
  });
});

describe('robustness: never throws, always a list of well-formed diagnostics', () => {
  const inputs: [string, string][] = [
    ['NUL bytes', '\u0000\u0000if\u0000 do'],
    ['a lone surrogate', 'if \ud800 x do\n'],
    ['CRLF line ends', 'if x do\r\n  y\r\nelse\r\n  z\r\n'],
    ['10,000 nested brackets', `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`],
    ['10,000 unclosed `do`s', 'if x do\n'.repeat(10_000)],
    ['10,000 stray `end`s', 'end\n'.repeat(10_000)],
    ['only arrows and closers', '-> end ) } ]'.repeat(2000)],
  ];
  test.each(inputs)('%s', (_name, code) => {
    const found = errorsOf(code);
    expect(Array.isArray(found)).toBe(true);
    expect(found.length).toBeLessThanOrEqual(20);
    for (const d of found) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(typeof d.message).toBe('string');
    }
  });
});
