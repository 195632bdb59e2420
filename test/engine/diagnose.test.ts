/**
 * Syntax errors become messages a beginner can act on: each row of the languages' tables is
 * checked with its exact words and position, clean code gives none, and no input makes it throw.
 */
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/engine/diagnose.js';
import { parse } from '../../src/engine/parse.js';
import type { LanguageModule } from '../../src/languages/language.js';
import { python } from '../../src/languages/python/index.js';
import { ruby } from '../../src/languages/ruby/index.js';
import type { Diagnostic } from '../../src/types.js';

function errorsOf(code: string, language: LanguageModule): Diagnostic[] {
  const { root } = parse(code, language);
  return diagnose(root, code, language);
}

/** `[line, column, message]` rows read more easily in a table than objects. */
type Expected = [number, number, string][];
const rows = (diagnostics: Diagnostic[]): Expected =>
  diagnostics.map((d) => [d.line, d.column, d.message]);

describe('the contract', () => {
  test("Python's `if` without `:` in the lesson's code: line 3, column 16", () => {
    const code =
      'age = 12\n\nif age % 2 == 1\n    print("age is odd")\nelse:\n    print("age is even")\n';
    expect(errorsOf(code, python)).toEqual([
      { line: 3, column: 16, message: 'Python expects `:` at the end of an `if` line' },
    ]);
  });

  test("the lesson's own pair parses cleanly", () => {
    const rb = 'age = 12\n\nif age.odd?\n  puts "age is odd"\nelse\n  puts "age is even"\nend\n';
    const py =
      'age = 12\n\nif age % 2 == 1:\n    print("age is odd")\nelse:\n    print("age is even")\n';
    expect(errorsOf(rb, ruby)).toEqual([]);
    expect(errorsOf(py, python)).toEqual([]);
  });
});

// Each case: code, then every diagnostic expected for it.
const pythonCases: [string, string, Expected][] = [
  [
    '`while` without `:`',
    'while x\n    y()\n',
    [[1, 8, 'Python expects `:` at the end of a `while` line']],
  ],
  [
    '`def` without `:`',
    'def f(x)\n    return x\n',
    [[1, 9, 'Python expects `:` at the end of a `def` line']],
  ],
  [
    '`for` without `:`',
    'for i in range(3)\n    print(i)\n',
    [[1, 18, 'Python expects `:` at the end of a `for` line']],
  ],
  [
    '`class` without `:`',
    'class A\n    pass\n',
    [[1, 8, 'Python expects `:` at the end of a `class` line']],
  ],
  [
    '`else` without `:`',
    'if x == 1:\n    pass\nelse\n    pass\n',
    [[3, 5, 'Python expects `:` at the end of an `else` line']],
  ],
  [
    '`elif` without `:`',
    'if x:\n    pass\nelif y\n    pass\n',
    [[3, 7, 'Python expects `:` at the end of an `elif` line']],
  ],
  [
    '`try`/`except` without `:`',
    'try\n    f()\nexcept ValueError\n    pass\n',
    [
      [1, 4, 'Python expects `:` at the end of a `try` line'],
      [3, 18, 'Python expects `:` at the end of an `except` line'],
    ],
  ],
  [
    '`with` without `:`',
    'with open(p) as f\n    f.read()\n',
    [[1, 18, 'Python expects `:` at the end of a `with` line']],
  ],
  [
    'a comment after the missing `:`',
    'if x  # check\n    y()\n',
    [[1, 5, 'Python expects `:` at the end of an `if` line']],
  ],
  [
    'Ruby `do` for `:`',
    'for x in y do\n    z\n',
    [[1, 12, 'Python expects `:` at the end of a `for` line, not `do`']],
  ],
  [
    'a `{` for `:`',
    'if x {\n  y\n}\n',
    [[1, 6, 'Python expects `:` at the end of an `if` line, not `{`']],
  ],
  [
    'Ruby `then`',
    'if x then\n    y\n',
    [[1, 6, 'Python expects `:` at the end of an `if` line, not `then`']],
  ],
  [
    '`elsif`',
    'if x:\n    1\nelsif y:\n    2\n',
    [[3, 1, 'Python writes `elif` where Ruby writes `elsif`']],
  ],
  [
    '`else if`',
    'if x:\n    1\nelse if y:\n    2\n',
    [[3, 1, 'Python writes `elif` where other languages write `else if`']],
  ],
  [
    "Ruby's `end`",
    'if x:\n    1\nend\n',
    [
      [
        3,
        1,
        'Python has no `end`: a block ends where the indentation goes back, so remove this line',
      ],
    ],
  ],
  [
    '`then` mid-line',
    'if x then y()\n',
    [
      [1, 6, 'Python has no `then`: end the line with `:` instead'],
      [1, 14, 'Python expects `:` at the end of an `if` line'],
    ],
  ],
  ['`&&`', 'if a && b:\n    1\n', [[1, 6, 'Python writes `and` where other languages write `&&`']]],
  ['`||`', 'if a || b:\n    1\n', [[1, 6, 'Python writes `or` where other languages write `||`']]],
  ['`++`', 'def f(x):\n    return x++\n', [[2, 13, 'Python has no `++`: write `+= 1`']]],
  ['`unless`', 'unless x:\n    y\n', [[1, 1, 'Python has no `unless`: write `if not`']]],
  [
    'the `? :` operator',
    'x = y ? 1 : 2\n',
    [
      [
        1,
        7,
        'Python writes `a if condition else b` where other languages write `condition ? a : b`',
      ],
    ],
  ],
  ['`puts x`', 'puts x\n', [[1, 1, 'Python prints with `print(...)`; `puts` is Ruby']]],
  [
    '`print` without parentheses',
    'print "hi"\n',
    [[1, 6, 'Python needs parentheses around what `print` prints: `print(...)`']],
  ],
  [
    'an `if` with no indented block',
    'if x:\nprint(1)\n',
    [[2, 1, 'Python expects an indented block after the `if` on line 1']],
  ],
  [
    'an `if` at the end of the file',
    'if x:\n',
    [[1, 6, 'Python expects an indented block after the `if` on line 1']],
  ],
  [
    'an indent for no reason',
    'x = 1\n    y = 2\n',
    [
      [
        2,
        5,
        'Python did not expect this line to be indented: only the lines after one ending in `:` are indented, so line it up with the line above',
      ],
    ],
  ],
  [
    'a dedent to no level used before',
    'def f():\n    return 1\n  x = 2\n',
    [
      [
        3,
        3,
        "This line's indentation does not match any line above it: Python needs it lined up exactly with the block it belongs to",
      ],
    ],
  ],
  [
    'an unclosed `(`',
    'x = (1 + 2\ny = 3\n',
    [[1, 11, 'This `(` on line 1 is never closed: add `)`']],
  ],
  [
    'an unclosed `[` with continuation lines',
    'xs = [1,\n      2\nprint(xs)\n',
    [[2, 8, 'This `[` on line 1 is never closed: add `]`']],
  ],
  [
    'an unclosed `{`',
    "x = {'a': 1\ny = 2\n",
    [[1, 12, 'This `{` on line 1 is never closed: add `}`']],
  ],
  ['a stray `)`', 'x = 1)\n', [[1, 6, 'This `)` has no `(` before it to close: remove it']]],
  [
    'an unclosed string',
    'x = "abc\ny = 1\n',
    [[1, 9, 'This string on line 1 is never closed: add `"` at its end']],
  ],
  [
    'an unclosed f-string',
    'x = f"abc {y}\nz = 1\n',
    [[1, 14, 'This string on line 1 is never closed: add `"` at its end']],
  ],
  [
    'something no table knows',
    'x = = 1\n',
    [
      [
        1,
        5,
        'Python cannot make sense of `=` here: check this line for a missing or extra word or symbol',
      ],
    ],
  ],
  [
    // The import and the dict parsed well; tree-sitter's ERROR starts at them all the same.
    'a stray word after a statement is found on its own line, not where the ERROR starts',
    'import math @@@\n\nprice = 19.987\n',
    [
      [
        1,
        13,
        'Python cannot make sense of `@` here: check this line for a missing or extra word or symbol',
      ],
    ],
  ],
  [
    'a stray word after a closing `}` is found on its line, not at the name assigned',
    'PRICES = {\n    "tea": 3,\n} @@@\n\n\ndef total(items):\n    return 0\n',
    [
      [
        3,
        4,
        'Python cannot make sense of `@` here: check this line for a missing or extra word or symbol',
      ],
    ],
  ],
];

const rubyCases: [string, string, Expected][] = [
  [
    'an `if` without `end`',
    'if x\n  puts 1\n',
    [[2, 9, 'Ruby expects `end` to close the `if` on line 1']],
  ],
  [
    'a `do` block without `end`',
    '[1, 2].each do |x|\n  p x\n',
    [[2, 6, 'Ruby expects `end` to close the `do` on line 1']],
  ],
  [
    'a `while … do` without `end`',
    'while x do\n  y\n',
    [[2, 4, 'Ruby expects `end` to close the `while` on line 1']],
  ],
  [
    'an inner `if` without `end`, by indentation',
    'def a\n  if x\n    1\nend\n',
    [[3, 6, 'Ruby expects `end` to close the `if` on line 2']],
  ],
  [
    'a `def` without `end` between others',
    'class A\n  def f\n    if x\n      1\n    end\n\n  def g\n    2\n  end\nend\n',
    [[5, 8, 'Ruby expects `end` to close the `def` on line 2']],
  ],
  [
    'a modifier `if` needs no `end`',
    'x = 1 if y\nif z\n  w\n',
    [[3, 4, 'Ruby expects `end` to close the `if` on line 2']],
  ],
  [
    'a stray `end`',
    'def f(x)\n  x + 1\nend\nend\n',
    [[4, 1, 'This `end` has no block to close: remove it']],
  ],
  [
    '`elif`',
    'if x\n  1\nelif y\n  2\nend\n',
    [[3, 1, 'Ruby writes `elsif` where Python writes `elif`']],
  ],
  [
    'a Python `:` after `if`',
    'if x:\n  1\nend\n',
    [
      [
        1,
        5,
        'Ruby does not end a line with `:`: start the block on the next line and close it with `end`',
      ],
    ],
  ],
  [
    'Python `try`/`except`',
    'begin\n  x = 1\nexcept Exception\n  puts 2\nend\n',
    [[3, 1, 'Ruby writes `rescue` where Python writes `except`']],
  ],
  [
    'an unclosed `(`',
    'x = (1 + 2\nputs x\n',
    [[1, 11, 'This `(` on line 1 is never closed: add `)`']],
  ],
  ['a call never closed', 'puts("a"\n', [[1, 9, 'This `(` on line 1 is never closed: add `)`']]],
  ['a stray `)`', 'x = 1)\n', [[1, 6, 'This `)` has no `(` before it to close: remove it']]],
  [
    'an unclosed string',
    'puts "hi\n',
    [[1, 9, 'This string on line 1 is never closed: add `"` at its end']],
  ],
  [
    "an unclosed '' string",
    "x = 'abc\ny = 1\n",
    [[1, 9, "This string on line 1 is never closed: add `'` at its end"]],
  ],
  [
    'something no table knows',
    'x = = 1\n',
    [
      [
        1,
        5,
        'Ruby cannot make sense of `=` here: check this line for a missing or extra word or symbol',
      ],
    ],
  ],
  [
    // tree-sitter wraps the method that parsed well in the ERROR it makes for the stray word.
    "a stray word after a method's `end` is found on its own line, not at the `def`",
    'def twice\n  yield\nend @@@\n\ndef once\n  yield\nend\n',
    [
      [
        3,
        5,
        'Ruby cannot make sense of `@@@` here: check this line for a missing or extra word or symbol',
      ],
    ],
  ],
];

describe('Python', () => {
  test.each(pythonCases)('%s', (_name, code, expected) => {
    expect(rows(errorsOf(code, python))).toEqual(expected);
  });
});

describe('Ruby', () => {
  test.each(rubyCases)('%s', (_name, code, expected) => {
    expect(rows(errorsOf(code, ruby))).toEqual(expected);
  });
});

describe('clean code gives no diagnostics', () => {
  test('Python that tree-sitter and Python both accept, with the tricky layouts', () => {
    const code = [
      'import os',
      '',
      '@decorator',
      'class Foo(Base):',
      '    """Doc',
      '  string with odd indent \\\\N{x}',
      '    """',
      '',
      '    def __init__(self, x: int = 1) -> None:',
      '        self.x = x  # comment',
      '        if x > 1 and \\',
      '                x < 5:',
      '            pass',
      '        elif x: return',
      '        else:',
      '            y = [',
      '                1,',
      '      2,',
      '            ]',
      '            s = """',
      'no indent',
      '"""',
      '# comment at column 1',
      '            while True:',
      '                break',
      '',
      '    async def go(self):',
      '        match self.x:',
      '            case 1:',
      '                pass',
      '',
      'match = 5',
      'end = match + 1',
      'f = lambda x: x',
      'for i in range(10): print(i)',
      'def tabbed():',
      '\treturn 1',
      '',
    ].join('\n');
    expect(errorsOf(code, python)).toEqual([]);
  });

  test('Ruby with modifiers, endless methods, heredocs and a method named `end`', () => {
    const code = [
      'class Bar < Base',
      '  def initialize(x = 1)',
      '    puts "hi #{x}" if x',
      '    y = if x then 1 else 2 end',
      '    [1, 2].each { |i| p i }',
      '    while x do x -= 1 end',
      '    text = <<~EOS',
      '      if unbalanced (',
      '    EOS',
      '    x ? h[:a] : (1..2).end',
      '  end',
      '',
      '  def self.go = 42',
      'end',
      'x = 1 while false',
      '',
    ].join('\n');
    expect(errorsOf(code, ruby)).toEqual([]);
  });

  test('empty code', () => {
    expect(errorsOf('', python)).toEqual([]);
    expect(errorsOf('', ruby)).toEqual([]);
  });
});

describe('the list itself', () => {
  test('is sorted by position, one per spot, and at most 20', () => {
    const code = Array.from({ length: 60 }, (_, i) => `if x${i}\n    y()\n`).join('');
    const found = errorsOf(code, python);
    expect(found).toHaveLength(20);
    const keys = found.map((d) => d.line * 1e6 + d.column);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(keys.length);
    expect(found[0]).toEqual({
      line: 1,
      column: 6,
      message: 'Python expects `:` at the end of an `if` line',
    });
  });

  test('does not pile a knock-on message onto an explained mistake', () => {
    // tree-sitter also stumbles on the `else` two lines on; only the cause is reported.
    const code = 'if age % 2 == 1\n    print("odd")\nelse:\n    print("even")\n';
    expect(errorsOf(code, python)).toHaveLength(1);
  });
});

describe('robustness: never throws, always a list of well-formed diagnostics', () => {
  const deep = (open: string, close: string, n: number) =>
    `x = ${open.repeat(n)}1${close.repeat(n)}\n`;
  const inputs: [string, string][] = [
    ['NUL bytes', '\u0000\u0000if\u0000'],
    ['a lone surrogate', 'if \ud800 x\n'],
    ['a lone low surrogate in a string', 'x = "\udc00\n'],
    ['CRLF line ends', 'if x:\r\n    y\r\nelse\r\n    z\r\n'],
    ['CR line ends', 'if x\r    y\rend\r'],
    ['tabs', 'if x:\n\tif y\n\t\tz\n'],
    ['10,000 nested brackets', deep('(', ')', 10_000)],
    ['10,000 unclosed brackets', deep('[', '', 10_000)],
    ['10,000 stray closers', deep('', ')', 10_000)],
    ['only closers and quotes', ')]}"\'`'.repeat(2000)],
    ['emoji', 'print("😀" \nif 😀:\n'],
  ];
  for (const [name, code] of inputs) {
    test.each([
      ['Python', python],
      ['Ruby', ruby],
    ] as const)(`${name} in %s`, (_n, language) => {
      const found = errorsOf(code, language);
      expect(Array.isArray(found)).toBe(true);
      expect(found.length).toBeLessThanOrEqual(20);
      for (const d of found) {
        expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
        expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
        expect(d.message.length).toBeGreaterThan(0);
      }
    });
  }

  test('CRLF positions count the line as a person sees it', () => {
    expect(rows(errorsOf('if x:\r\n    y\r\nelse\r\n    z\r\n', python))).toEqual([
      [3, 5, 'Python expects `:` at the end of an `else` line'],
    ]);
  });

  test('columns count UTF-16 code units', () => {
    // `😀` is two UTF-16 code units: the missing `:` goes after column 10.
    expect(rows(errorsOf('if "😀" == x\n    y()\n', python))).toEqual([
      [1, 13, 'Python expects `:` at the end of an `if` line'],
    ]);
  });

  test('a 1 MB file is diagnosed in linear time', () => {
    // Mostly clean code (tree-sitter's own recovery from errors everywhere is what is slow to
    // parse), ending with mistakes so that every check runs.
    const chunk = 'def f(x):\n    if x > 1:\n        return (x + 1)\n    return x\n';
    const tail = 'if x\n    y = (1,\nwhile z\n';
    const small = chunk.repeat(500) + tail;
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length)) + tail;
    const time = (code: string) => {
      const { root } = parse(code, python);
      const start = performance.now();
      const found = diagnose(root, code, python);
      return { ms: performance.now() - start, found };
    };
    time(small);
    const a = time(small);
    const b = time(big);
    const shape = (found: Diagnostic[]) => found.map((d) => d.message.replace(/\d+/g, 'N'));
    expect(shape(b.found)).toEqual(shape(a.found));
    expect(b.found.length).toBeGreaterThan(0);
    // 33× the input; a quadratic pass would take ~1000× as long. Allow generous noise.
    expect(b.ms).toBeLessThan(Math.max(a.ms, 1) * 33 * 8 + 500);
  });

  test('a tree shaped in a way no check expects still gets an answer', () => {
    const code = 'if x\n  y\n';
    const { root } = parse(code, ruby);
    // A child that is not a node breaks every check; the fallback still reports the ERROR.
    const broken = { ...root, children: [...root.children, null as never] };
    expect(diagnose(broken, code, ruby)).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'Ruby cannot make sense of this line: check it for a missing or extra word or symbol',
      },
    ]);
  });
});

describe('regressions', () => {
  test('a `def` after a method call on its line still needs its `end` (`ruby2_keywords def`)', () => {
    const code = [
      'class A',
      '  def initialize(obj)',
      '    @obj = obj',
      '',
      '  ruby2_keywords def go(*args)',
      '    args',
      '  end',
      'end',
      '',
    ].join('\n');
    expect(rows(errorsOf(code, ruby))).toEqual([
      [3, 15, 'Ruby expects `end` to close the `def` on line 2'],
    ]);
  });

  test('`return if x` is a modifier, not a block', () => {
    expect(rows(errorsOf('def f(x)\n  return if x\n  if y\n    1\nend\n', ruby))).toEqual([
      [4, 6, 'Ruby expects `end` to close the `if` on line 3'],
    ]);
  });

  test("Ruby's `%w(…)` closes with a `)` that is not a stray bracket", () => {
    expect(rows(errorsOf('x = %w(a b)\nif q\n', ruby))).toEqual([
      [2, 5, 'Ruby expects `end` to close the `if` on line 2'],
    ]);
  });

  test('a `print(...)` with a stray `)` is not taken for Python 2 `print`', () => {
    expect(rows(errorsOf('print("a" "b"))\n', python))).toEqual([
      [1, 15, 'This `)` has no `(` before it to close: remove it'],
    ]);
  });

  test('a one-line `if x: y` has its `:` mid-line', () => {
    expect(rows(errorsOf('if x: y()\nz = (\n', python))).toEqual([
      [2, 6, 'This `(` on line 2 is never closed: add `)`'],
    ]);
  });
});

describe("the lesson's Python with each `:` removed", () => {
  const lesson =
    'age = 12\n\nif age % 2 == 1:\n    print("age is odd")\nelse:\n    print("age is even")\n';
  test.each([
    [3, 'an `if`'],
    [5, 'an `else`'],
  ])('line %i', (line, what) => {
    const lines = lesson.split('\n');
    lines[line - 1] = (lines[line - 1] as string).replace(/:$/, '');
    const found = errorsOf(lines.join('\n'), python);
    expect(found).toEqual([
      {
        line,
        column: (lines[line - 1] as string).length + 1,
        message: `Python expects \`:\` at the end of ${what} line`,
      },
    ]);
  });

  test("the lesson's Ruby without its `end`", () => {
    const code = 'age = 12\n\nif age.odd?\n  puts "age is odd"\nelse\n  puts "age is even"\n';
    expect(errorsOf(code, ruby)).toEqual([
      { line: 6, column: 21, message: 'Ruby expects `end` to close the `if` on line 3' },
    ]);
  });
});

describe('Ruby habits in Python', () => {
  test('a whole Ruby `if … elsif … end` written in Python', () => {
    const code = 'if x\n  puts "a"\nelsif y\n  puts "b"\nend\n';
    expect(rows(errorsOf(code, python))).toEqual([
      [1, 5, 'Python expects `:` at the end of an `if` line'],
      [2, 3, 'Python prints with `print(...)`; `puts` is Ruby'],
      [3, 1, 'Python writes `elif` where Ruby writes `elsif`'],
      [4, 3, 'Python prints with `print(...)`; `puts` is Ruby'],
      [
        5,
        1,
        'Python has no `end`: a block ends where the indentation goes back, so remove this line',
      ],
    ]);
  });

  test('a `do` block', () => {
    const code = '[1, 2].each do |x|\n  print(x)\nend\n';
    expect(rows(errorsOf(code, python))[0]).toEqual([
      1,
      13,
      'Python has no `do` blocks: loop with `for x in items:` and indent the body',
    ]);
  });

  test('an open bracket in a `while` line is reported as the bracket, not a missing `:`', () => {
    expect(rows(errorsOf('while (x > 1\n    x -= 1\n', python))).toEqual([
      [2, 11, 'This `(` on line 1 is never closed: add `)`'],
    ]);
  });
});

describe('Python habits in Ruby', () => {
  test('`def f(x):` with no `end`', () => {
    expect(rows(errorsOf('def f(x):\n    return x\n', ruby))).toEqual([
      [
        1,
        9,
        'Ruby does not end a line with `:`: start the block on the next line and close it with `end`',
      ],
      [2, 13, 'Ruby expects `end` to close the `def` on line 1'],
    ]);
  });
});
