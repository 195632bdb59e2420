/**
 * JavaScript's table of beginner mistakes, and the engine's brace-block support it drives: each
 * mistake gets its exact words and place, and, where one edit explains it, the repair that the
 * comparison then reads (a `}` on a line of its own at its block's indentation, a `)` before the
 * `{` or `;` a line ends with, `===` for `=` in a condition). Clean code gives no message.
 */
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/engine/diagnose.js';
import { parse } from '../../src/engine/parse.js';
import { applyRepair, findRepair } from '../../src/engine/repair.js';
import { compare } from '../../src/index.js';
import { javascript } from '../../src/languages/javascript/index.js';
import type { Diagnostic } from '../../src/types.js';
import { checkInvariants } from './invariants.js';

function errorsOf(code: string): Diagnostic[] {
  const { root } = parse(code, javascript);
  return diagnose(root, code, javascript);
}

/** The code as the comparison reads it: repaired by one edit, or `null` when none explains it. */
function repaired(code: string): string | null {
  const repair = findRepair(code, javascript, errorsOf(code));
  return repair ? applyRepair(code, repair) : null;
}

type Expected = [number, number, string][];
const rows = (diagnostics: Diagnostic[]): Expected =>
  diagnostics.map((d) => [d.line, d.column, d.message]);

const EQUALS =
  'This `=` puts a value into a variable; to compare two values in a condition, JavaScript writes `===`';

// Each case: code, every diagnostic expected, and the code as repaired (`null`: left as it is).
const cases: [string, string, Expected, string | null][] = [
  [
    'a `}` left out at the end',
    'if (x) {\n  a();\n',
    [[2, 7, 'This `{` on line 1 is never closed: add `}`']],
    'if (x) {\n  a();\n}\n',
  ],
  [
    "an inner block's `}` left out: indentation names it, not the outer one",
    'function f(x) {\n  if (x > 1) {\n    return 1;\n  return 2;\n}\n',
    [[3, 14, 'This `{` on line 2 is never closed: add `}`']],
    'function f(x) {\n  if (x > 1) {\n    return 1;\n  }\n  return 2;\n}\n',
  ],
  [
    "an `else` block's `}` left out",
    'if (x) {\n  a();\n} else {\n  b();\n',
    [[4, 7, 'This `{` on line 3 is never closed: add `}`']],
    'if (x) {\n  a();\n} else {\n  b();\n}\n',
  ],
  [
    "a loop's `}` left out before a line at the loop's indentation",
    'for (const x of xs) {\n  if (x) {\n    a();\n  }\n\nb();\n',
    [[4, 4, 'This `{` on line 1 is never closed: add `}`']],
    'for (const x of xs) {\n  if (x) {\n    a();\n  }\n}\n\nb();\n',
  ],
  [
    'a call never closed, before its `;`',
    'console.log("hi";\n',
    [[1, 18, 'This `(` on line 1 is never closed: add `)`']],
    'console.log("hi");\n',
  ],
  [
    "a condition's `)` left out, before the `{`",
    'if (x > 1 {\n  a();\n}\n',
    [[2, 7, 'This `(` on line 1 is never closed: add `)`']],
    'if (x > 1) {\n  a();\n}\n',
  ],
  [
    "an object's `}` left out on one line",
    'const o = { a: 1;\nb();\n',
    [[1, 18, 'This `{` on line 1 is never closed: add `}`']],
    'const o = { a: 1};\nb();\n',
  ],
  [
    '`=` for `===` in an `if`',
    'if (x = 5) {\n  a();\n}\n',
    [[1, 7, EQUALS]],
    'if (x === 5) {\n  a();\n}\n',
  ],
  [
    '`=` for `===` in a `while`',
    'while (n = 0) {\n  n++;\n}\n',
    [[1, 10, EQUALS]],
    'while (n === 0) {\n  n++;\n}\n',
  ],
  [
    '`=` for `===` in a `do … while`',
    'do {\n  n++;\n} while (n = 3);\n',
    [[3, 12, EQUALS]],
    'do {\n  n++;\n} while (n === 3);\n',
  ],
  [
    'a stray `}`',
    'if (x) {\n  a();\n}}\n',
    [[3, 2, 'This `}` has no `{` before it to close: remove it']],
    'if (x) {\n  a();\n}\n',
  ],
  [
    'a string never closed, before its `);`',
    'console.log("hi);\n',
    [[1, 18, 'This string on line 1 is never closed: add `"` at its end']],
    'console.log("hi");\n',
  ],
  [
    'a template literal never closed',
    'const t = `abc;\nf();\n',
    [[1, 16, 'This string on line 1 is never closed: add `` ` `` at its end']],
    'const t = `abc`;\nf();\n',
  ],
  [
    "Python's `elif`",
    'if (x) {\n  a();\n} elif (y) {\n  b();\n}\n',
    [[3, 3, 'JavaScript writes `else if` where Python writes `elif`']],
    'if (x) {\n  a();\n} else if (y) {\n  b();\n}\n',
  ],
  [
    "Ruby's `elsif`",
    'if (x) {\n  a();\n} elsif (y) {\n  b();\n}\n',
    [[3, 3, 'JavaScript writes `else if` where Ruby writes `elsif`']],
    'if (x) {\n  a();\n} else if (y) {\n  b();\n}\n',
  ],
  [
    "Python's `and`",
    'if (a and b) {\n  c();\n}\n',
    [[1, 7, 'JavaScript writes `&&` where Python writes `and`']],
    'if (a && b) {\n  c();\n}\n',
  ],
  [
    "Python's `or`",
    'if (a or b) {\n  c();\n}\n',
    [[1, 7, 'JavaScript writes `||` where Python writes `or`']],
    'if (a || b) {\n  c();\n}\n',
  ],
  [
    'a condition without parentheses',
    'if x {\n  a();\n}\n',
    [[1, 3, 'JavaScript puts the condition of an `if` in parentheses: `if (…)`']],
    'if (x) {\n  a();\n}\n',
  ],
  [
    'a `while` without parentheses',
    'while x > 1 {\n  a();\n}\n',
    [[1, 6, 'JavaScript puts the condition of a `while` in parentheses: `while (…)`']],
    'while (x > 1) {\n  a();\n}\n',
  ],
  [
    "Python's `:` after a condition",
    'if (x):\n  a();\n',
    [
      [
        1,
        7,
        'JavaScript does not end a line with `:`: open the block with `{` and close it with `}`',
      ],
    ],
    null,
  ],
  [
    "Python's `def`",
    'def f(x) {\n  return x;\n}\n',
    [[1, 1, 'JavaScript defines a function with `function`, not `def`']],
    null,
  ],
  [
    "Ruby's `end` for a `}`",
    'function f(x) {\n  return x;\nend\n',
    [
      [2, 12, 'This `{` on line 1 is never closed: add `}`'],
      [3, 1, 'JavaScript has no `end`: a block ends with `}`'],
    ],
    'function f(x) {\n  return x;\n}\nend\n',
  ],
  [
    "Ruby's `puts`",
    'puts "hi"\n',
    [[1, 1, 'JavaScript prints with `console.log(...)`; `puts` is Ruby']],
    null,
  ],
  [
    "Ruby's `unless`",
    'unless (x) {\n  a();\n}\n',
    [[1, 1, 'JavaScript has no `unless`: write `if (!condition)`']],
    null,
  ],
  [
    "Ruby's `->`",
    'const f = (x) -> x * 2;\n',
    [[1, 15, 'JavaScript writes an arrow function with `=>`, not `->`']],
    null,
  ],
];

describe('JavaScript mistakes', () => {
  test.each(cases)('%s', (_name, code, expected, fixed) => {
    expect(rows(errorsOf(code))).toEqual(expected);
    expect(repaired(code)).toBe(fixed);
  });
});

describe('clean JavaScript gives no diagnostics', () => {
  test('conditions, loops, classes, templates, objects and the assignments meant as such', () => {
    const code = [
      'import { readFileSync } from "node:fs";',
      '',
      'class Dog extends Animal {',
      '  #secret = 1;',
      '  constructor(name) {',
      '    super(name);',
      '    this.name = name;',
      '  }',
      '',
      '  get label() {',
      '    return `${this.name} (${this.#secret})`;',
      '  }',
      '}',
      '',
      'let m;',
      'while ((m = pattern.exec(text)) !== null) {',
      '  if ((found = m[0])) console.log(found);',
      '}',
      'for (let i = 0; i < 3; i++) {}',
      'const o = {',
      '  a: 1,',
      '  "b c": [1, 2, { d: 3 }],',
      '};',
      'switch (x) {',
      '  case 1:',
      '  case 2:',
      '    break;',
      '  default:',
      '    y = x ? 1 : 2;',
      '}',
      'const f = (a, b = {}) => ({ ...b, a });',
      'const re = /[({]/g; // brackets in a regex are not brackets',
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
    ['NUL bytes', '\u0000\u0000if\u0000'],
    ['a lone surrogate', 'if (\ud800) {\n'],
    ['10,000 nested braces', `${'{'.repeat(10_000)}${'}'.repeat(10_000)}\n`],
    ['10,000 unclosed braces', `${'if (x) {\n'.repeat(10_000)}`],
    ['10,000 stray closers', '}'.repeat(10_000)],
    ['only closers and quotes', ')]}"\'`'.repeat(2000)],
    ['an unclosed template with an unclosed substitution', 'x = `a ${b\n'],
  ];
  test.each(inputs)('%s', (_name, code) => {
    const found = errorsOf(code);
    expect(found.length).toBeLessThanOrEqual(20);
    for (const d of found) {
      expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
      expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
      expect(d.message.length).toBeGreaterThan(0);
    }
  });
});

describe('a repaired side compares as the program it was meant to be', () => {
  test("the lesson in JavaScript without its last `}` still pairs with Ruby's, line for line", () => {
    const js =
      'const age = 12;\n\nif (age % 2 === 1) {\n  console.log("odd");\n} else {\n  console.log("even");\n';
    const rb = 'age = 12\n\nif age.odd?\n  puts "odd"\nelse\n  puts "even"\nend\n';
    const result = compare({ language: 'javascript', code: js }, { language: 'ruby', code: rb });
    checkInvariants(result, js, rb);
    expect(result.left.errors).toEqual([
      { line: 6, column: 23, message: 'This `{` on line 5 is never closed: add `}`' },
    ]);
    expect(result.rows.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ left: n, right: n })));
    // The `}` the repair wrote is nowhere in the code as written.
    const closers = result.differences.flatMap((d) => d.left).filter((t) => t.text === '}');
    expect(closers.map((t) => t.line)).toEqual([5]);
  });

  test('`if (x = 5)` compares as the comparison it was meant to be, and still says so', () => {
    const js = 'if (x = 5) {\n  y();\n}\n';
    const py = 'if x == 5:\n    y()\n';
    const result = compare({ language: 'javascript', code: js }, { language: 'python', code: py });
    checkInvariants(result, js, py);
    expect(rows(result.left.errors)).toEqual([[1, 7, EQUALS]]);
    expect(result.differences.some((d) => d.category === 'expression')).toBe(false);
    // Not "Python writes `==`; JavaScript does not": JavaScript wrote `=` there.
    expect(result.differences.filter((d) => d.category === 'operator')).toEqual([]);
  });
});
