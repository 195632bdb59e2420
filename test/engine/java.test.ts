/**
 * Java as a learner meets it beside Ruby and Python: the class and `main` around a script are one
 * difference and its statements align with the other side's; declared types are one lesson; `==`
 * between strings is a false friend; and the beginner mistakes of Java's table (a missing `;`, a
 * missing type, a condition without parentheses) are told in words a learner can act on, and a
 * missing `;` does not derail the comparison.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compare } from '../../src/index.js';
import { diagnose } from '../../src/engine/diagnose.js';
import { parse } from '../../src/engine/parse.js';
import { java } from '../../src/languages/java/index.js';
import type { CompareResult, Diagnostic, Difference } from '../../src/types.js';

const wrap = (body: string) =>
  `public class Main {\n    public static void main(String[] args) {\n${body
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n')}\n    }\n}\n`;

const errorsOf = (code: string): [number, number, string][] => {
  const { root } = parse(code, java);
  return diagnose(root, code, java).map((d: Diagnostic) => [d.line, d.column, d.message]);
};

const LESSON_RB = 'age = 12\n\nif age.odd?\n  puts "age is odd"\nelse\n  puts "age is even"\nend\n';
const LESSON_JAVA = wrap(
  'int age = 12;\n\nif (age % 2 == 1) {\n    System.out.println("age is odd");\n} else {\n    System.out.println("age is even");\n}',
);

const withJava = (javaCode: string, rubyCode: string) =>
  compare({ language: 'java', code: javaCode }, { language: 'ruby', code: rubyCode });

const find = (result: CompareResult, category: string) =>
  result.differences.filter((d) => d.category === category);

describe("a program's class and `main`", () => {
  const result = withJava(LESSON_JAVA, LESSON_RB);

  test('are one difference, explained once, with the lines that open and close them', () => {
    const wrapper = result.differences.filter((d) =>
      d.left.some((t) => t.text === 'class' || t.text === 'main'),
    );
    expect(wrapper).toHaveLength(1);
    expect(wrapper[0]?.category).toBe('statement');
    expect(wrapper[0]?.summary).toBe(
      'Java puts the program’s statements inside `public class Main {` and `public static void main(String[] args) {` on lines 1, 2, 10 and 11; Ruby runs them as they stand.',
    );
    expect(wrapper[0]?.explanation).toContain('`public static void main(String[] args)`');
    expect(wrapper[0]?.explanation).toContain('Ruby runs a file’s statements from top to bottom');
  });

  test("leave the statements inside `main` aligned with the other side's, the `}` of the `if` with `end`", () => {
    expect(result.rows).toEqual([
      { left: 1, right: null },
      { left: 2, right: null },
      { left: 3, right: 1 },
      { left: 4, right: 2 },
      { left: 5, right: 3 },
      { left: 6, right: 4 },
      { left: 7, right: 5 },
      { left: 8, right: 6 },
      { left: 9, right: 7 },
      { left: 10, right: null },
      { left: 11, right: null },
    ]);
  });

  test('with `main` first and its methods after, still pair statements with statements and methods with functions', () => {
    const code = [
      'public class Main {',
      '    public static void main(String[] args) {',
      '        System.out.println(square(4));',
      '    }',
      '',
      '    static int square(int n) {',
      '        return n * n;',
      '    }',
      '}',
    ].join('\n');
    const found = withJava(code, 'def square(n)\n  n * n\nend\n\nputs square(4)\n');
    expect(
      found.differences.filter((d) => /counterpart|nothing in its place/.test(d.summary)),
    ).toEqual([]);
    expect(found.differences.map((d) => d.summary)).toContain(
      'Java uses `System.out.println` on line 3 where Ruby uses `puts` on line 5.',
    );
    // The wrapper's lines stand apart: `public class Main {` is no counterpart of `def square(n)`.
    for (const line of [1, 2, 4, 9]) {
      expect(found.rows.find((r) => r.left === line)?.right).toBeNull();
    }
  });

  test('a program without the wrapper is compared statement by statement, with no wrapper difference', () => {
    const bare = withJava('int age = 12;\nSystem.out.println(age);\n', 'age = 12\nputs age\n');
    expect(bare.left.errors).toEqual([]);
    expect(bare.differences.some((d) => d.summary.includes('program’s statements'))).toBe(false);
    expect(bare.rows).toEqual([
      { left: 1, right: 1 },
      { left: 2, right: 2 },
    ]);
  });
});

describe('declared types', () => {
  test('are one lesson over every declaration, parameter and return type', () => {
    const code = [
      'public class Main {',
      '    static String greet(String name, int times) {',
      '        return name.repeat(times);',
      '    }',
      '',
      '    public static void main(String[] args) {',
      '        double price = 2.5;',
      '        System.out.println(greet("hi", 2) + price);',
      '    }',
      '}',
    ].join('\n');
    const rb =
      'def greet(name, times)\n  name * times\nend\n\nprice = 2.5\nputs greet("hi", 2) + price.to_s\n';
    const types = find(withJava(code, rb), 'type');
    expect(types).toHaveLength(1);
    expect(types[0]?.kind).toBe('left-only');
    expect(types[0]?.left.map((t) => `${t.text}@${t.line}`)).toEqual([
      'String@2',
      'String@2',
      'int@2',
      'double@7',
    ]);
    expect(types[0]?.summary).toBe(
      'Java declares types (`String`, `int`, `double`) on lines 2 and 7; Ruby does not.',
    );
    expect(types[0]?.explanation).toContain('Ruby declares no types');
  });
});

describe("a class's fields beside JavaScript's", () => {
  test('each ends with `;` on both sides: no terminator difference', () => {
    // tree-sitter-javascript puts a field's `;` in the class body, beside the field.
    const code = wrap('System.out.println(new Box(2).size);').replace(
      'public class Main {\n',
      'public class Main {\n    static class Box {\n        int size;\n        Box(int size) {\n            this.size = size;\n        }\n    }\n\n',
    );
    const js =
      'class Box {\n  size;\n  constructor(size) {\n    this.size = size;\n  }\n}\n\nconsole.log(new Box(2).size);\n';
    const result = compare({ language: 'java', code }, { language: 'javascript', code: js });
    expect(find(result, 'terminator')).toEqual([]);
  });
});

describe('false friends', () => {
  test('`==` between two strings warns, though both sides read alike', () => {
    const result = withJava(
      wrap('String name = new String("Ann");\nSystem.out.println(name == "Ann");'),
      'name = String.new("Ann")\nputs name == "Ann"\n',
    );
    const warning = find(result, 'behaviour');
    expect(warning).toHaveLength(1);
    expect(warning[0]?.summary).toBe(
      'Java writes `name == "Ann"` on line 4 where Ruby writes `name == "Ann"` on line 2: `==` acts differently in the two languages.',
    );
    expect(warning[0]?.explanation).toContain('`name.equals("Ann")` compares the text');
  });

  test('`/` with a decimal on either side is no warning: it divides exactly in each language', () => {
    const python = 'total = 7\nprint(total / 2.0)\n';
    const java = compare(
      { language: 'java', code: wrap('double total = 7;\nSystem.out.println(total / 2.0);') },
      { language: 'python', code: python },
    );
    expect(find(java, 'behaviour')).toEqual([]);
    const ruby = compare(
      { language: 'ruby', code: 'total = 7\nputs total / 2.0\n' },
      { language: 'python', code: python },
    );
    expect(find(ruby, 'behaviour')).toEqual([]);
    // Nor where a side is made a decimal first: a cast, `to_f`.
    const made = compare(
      { language: 'java', code: wrap('int total = 7;\nSystem.out.println((double) total / 2);') },
      { language: 'ruby', code: 'total = 7\nputs total.to_f / 2\n' },
    );
    expect(find(made, 'behaviour')).toEqual([]);
    // Between whole numbers, `/` still warns.
    const whole = compare(
      { language: 'java', code: wrap('System.out.println(7 / 2);') },
      { language: 'python', code: 'print(7 / 2)\n' },
    );
    expect(find(whole, 'behaviour')).toHaveLength(1);
  });

  test('`/` on a name declared `double`, or on arithmetic with a decimal in it, is no warning', () => {
    const python = 'def fahrenheit(celsius):\n    return celsius * 9 / 5 + 32\n';
    const java = (body: string) =>
      compare(
        { language: 'python', code: python },
        {
          language: 'java',
          code: `public class Temperature {\n    static double fahrenheit(${body}) {\n        return celsius * 9 / 5 + 32;\n    }\n}\n`,
        },
      );
    // `celsius * 9` is a double when `celsius` is: the division is exact, as Python's.
    expect(find(java('double celsius'), 'behaviour')).toEqual([]);
    expect(find(java('int celsius'), 'behaviour')).toHaveLength(1);
    // A decimal anywhere in the arithmetic makes the whole of it decimal.
    const literal = compare(
      { language: 'python', code: 'print(7 * 9 / 5)\n' },
      { language: 'java', code: wrap('System.out.println(7 * 9.0 / 5);') },
    );
    expect(find(literal, 'behaviour')).toEqual([]);
    // The same name declared in two methods, `int` in one and `double` in the other: each
    // method's own declaration tells what its division does.
    const both = (first: string, second: string) =>
      compare(
        {
          language: 'python',
          code: 'def f(n):\n    return n * 2\n\ndef g(n):\n    return n / 2\n',
        },
        {
          language: 'java',
          code: `public class Both {\n    static int f(${first} n) {\n        return (int) (n * 2);\n    }\n\n    static double g(${second} n) {\n        return n / 2;\n    }\n}\n`,
        },
      );
    expect(find(both('int', 'double'), 'behaviour')).toEqual([]);
    expect(find(both('double', 'int'), 'behaviour')).toHaveLength(1);
    // A method's or a lambda's parameter ends with it: after it, the field of that name is the
    // one in force again.
    const field = (between: string) =>
      compare(
        { language: 'python', code: 'total = 7.0\nprint(total / 2)\n' },
        {
          language: 'java',
          code: `public class Main {\n    static double total = 7;\n\n${between}\n    public static void main(String[] args) {\n        System.out.println(total / 2);\n    }\n}\n`,
        },
      );
    expect(
      find(
        field('    static int twice(int total) {\n        return total * 2;\n    }\n'),
        'behaviour',
      ),
    ).toEqual([]);
    expect(
      find(field('    static IntUnaryOperator twice = (int total) -> total * 2;\n'), 'behaviour'),
    ).toEqual([]);
    expect(find(field('    static int total2 = 7;\n'), 'behaviour')).toEqual([]);
  });

  test("one call's arguments in the other language's order are a warning, told by the calls' words", () => {
    const java = (call: string) =>
      wrap(`List<Integer> prices = List.of(12, 30, 8);\nint product = ${call};`);
    const js =
      'const prices = [12, 30, 8];\nconst product = prices.reduce((acc, price) => acc * price, 1);\n';
    const swapped = compare(
      { language: 'java', code: java('prices.stream().reduce(1, (acc, price) -> acc * price)') },
      { language: 'javascript', code: js },
    );
    const warning = find(swapped, 'behaviour');
    expect(warning.map((d) => d.summary)).toEqual([
      'Java gives `reduce` `1, (acc, price) -> acc * price` on line 4 where JavaScript gives it `(acc, price) => acc * price, 1` on line 2: the same arguments, in another order.',
    ]);
    expect(warning[0]?.explanation).toContain('`reduce(start, (total, x) -> …)`');
    expect(warning[0]?.explanation).toContain('`reduce((total, x) => …, start)`');
    // The lambda's own lesson stays a difference of its own.
    expect(swapped.differences.some((d) => d.summary.includes('`->`'))).toBe(true);
    // Written in one order on both sides, or as the two sides of an `==` against a list of
    // arguments (ExUnit's `assert actual == expected`, Minitest's `assert_equal(expected, actual)`),
    // there is no such warning.
    const same = compare(
      { language: 'java', code: java('prices.stream().reduce(1, (acc, price) -> acc * price)') },
      { language: 'java', code: java('prices.stream().reduce(1, (acc, price) -> acc + price)') },
    );
    expect(find(same, 'behaviour')).toEqual([]);
    const asserts = compare(
      { language: 'elixir', code: 'assert Calc.add(4, 5) == 9\n' },
      { language: 'ruby', code: 'assert_equal(9, add(4, 5))\n' },
    );
    expect(asserts.differences.filter((d) => d.summary.includes('another order'))).toEqual([]);
  });

  test('constructors named after their classes are one lesson with every place of it', () => {
    const java = [
      'class Cat {',
      '    Cat(String name) {',
      '        System.out.println(name);',
      '    }',
      '}',
      '',
      'class Dog {',
      '    Dog(String name) {',
      '        System.out.println(name);',
      '    }',
      '}',
      '',
    ].join('\n');
    const ruby = [
      'class Cat',
      '  def initialize(name)',
      '    puts name',
      '  end',
      'end',
      '',
      'class Dog',
      '  def initialize(name)',
      '    puts name',
      '  end',
      'end',
      '',
    ].join('\n');
    const naming = find(withJava(java, ruby), 'naming');
    expect(naming.map((d) => d.summary)).toEqual([
      'Java writes `Cat`, `Dog` on lines 2 and 8 where Ruby writes `initialize`.',
    ]);
    expect(naming[0]?.explanation).toContain('A Java constructor is named after its class');
  });

  test('`==` between numbers is no warning', () => {
    const result = withJava(
      wrap('int n = 3;\nSystem.out.println(n == 3);'),
      'n = 3\nputs n == 3\n',
    );
    expect(find(result, 'behaviour')).toEqual([]);
  });
});

describe("Java's beginner mistakes", () => {
  const cases: [string, string, [number, number, string][]][] = [
    [
      'a declaration without its `;`',
      wrap('int x = 5\nSystem.out.println(x);'),
      [[3, 18, 'Java ends each statement with `;`: add one at the end of line 3']],
    ],
    [
      'a call without its `;` before the block closes',
      wrap('if (true) {\n    System.out.println("hi")\n}'),
      [[4, 37, 'Java ends each statement with `;`: add one at the end of line 4']],
    ],
    [
      'a variable given a value with no type declared',
      wrap('x = 5;\nSystem.out.println(x);'),
      [
        [
          3,
          9,
          'Java needs `x` declared, with its type, before it gets a value: `int x = …`, `String x = …` or `var x = …`',
        ],
      ],
    ],
    [
      "a counting loop's variable with no type",
      wrap('for (i = 0; i < 3; i++) {\n    System.out.println(i);\n}'),
      [
        [
          3,
          14,
          'Java needs `i` declared, with its type, before it gets a value: `int i = …`, `String i = …` or `var i = …`',
        ],
      ],
    ],
    [
      'a parameter without its type',
      'class Main {\n    static int twice(n) {\n        return n * 2;\n    }\n}\n',
      [[2, 22, 'Java needs the type of each parameter before its name, as in `int n`']],
    ],
    [
      'a condition without parentheses',
      wrap('int x = 5;\nif x > 3 {\n    System.out.println(x);\n}'),
      [[4, 11, 'Java puts the condition of an `if` in parentheses: `if (…)`']],
    ],
    [
      '`elif`',
      wrap('int x = 5;\nif (x > 3) {\n    x = 1;\n} elif (x > 1) {\n    x = 2;\n}'),
      [[6, 11, 'Java writes `else if` where other languages write `elif`']],
    ],
    [
      '`and`',
      wrap('boolean a = true;\nif (a and a) {\n    a = false;\n}'),
      [[4, 15, 'Java writes `&&` where other languages write `and`']],
    ],
    [
      'a block line ending in `:`',
      wrap('int x = 5;\nif (x > 3):\n    x = 1;'),
      [[4, 19, 'Java does not end a line with `:`: open the block with `{` and close it with `}`']],
    ],
  ];

  test.each(cases)('%s', (_name, code, expected) => {
    expect(errorsOf(code)).toEqual(expected);
  });

  test('every Java fixture is free of them', () => {
    for (const name of readdirSync(new URL('../fixtures/', import.meta.url))) {
      if (!name.startsWith('java-')) continue;
      const code = readFileSync(new URL(`../fixtures/${name}/left.java`, import.meta.url), 'utf8');
      expect([name, errorsOf(code)]).toEqual([name, []]);
    }
  });
});

/** A difference without the places on one line: what the rest of the comparison says. */
const awayFrom = (d: Difference, line: number) => ({
  category: d.category,
  kind: d.kind,
  left: d.left.filter((t) => t.line !== line).map((t) => `${t.text}@${t.line}:${t.column}`),
  right: d.right.map((t) => `${t.text}@${t.line}:${t.column}`),
});

describe('a missing `;` does not derail the comparison', () => {
  const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((n) =>
    /^java-.*-ruby$/.test(n),
  );
  test.each(fixtures)('%s: each line without its `;`', (name) => {
    const read = (file: string) =>
      readFileSync(new URL(`../fixtures/${name}/${file}`, import.meta.url), 'utf8');
    const good = read('left.java');
    const rb = read('right.rb');
    const whole = withJava(good, rb);
    const lines = good.split('\n');
    let tried = 0;
    lines.forEach((text, i) => {
      // A statement's `;` at the end of its line (not one inside a `for (…;…;…)` header).
      if (!/;\s*$/.test(text) || /^\s*for\b/.test(text)) return;
      tried++;
      const damaged = [...lines.slice(0, i), text.replace(/;\s*$/, ''), ...lines.slice(i + 1)];
      const result = withJava(damaged.join('\n'), rb);
      expect(result.left.errors.map((e) => e.message)).toEqual([
        `Java ends each statement with \`;\`: add one at the end of line ${i + 1}`,
      ]);
      expect(result.rows).toEqual(whole.rows);
      // Their order may change: the `;`s are one difference, which now first shows further down.
      const away = (r: CompareResult) =>
        r.differences
          .map((d) => awayFrom(d, i + 1))
          .filter((d) => d.left.length + d.right.length > 0)
          .map((d) => JSON.stringify(d))
          .sort();
      expect(away(result)).toEqual(away(whole));
    });
    expect(tried).toBeGreaterThan(0);
  });
});
