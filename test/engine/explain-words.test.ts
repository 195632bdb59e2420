/**
 * An explanation is chosen by concept and place and speaks of the code on screen: each test here
 * is a difference that once got another construct's sentence (a field's `private final` told
 * with the words for a class's `public`, a name the program chose told with the language's
 * special method names, `IntSupplier` with the stock list of types, `global: false` with the
 * words for numbers, a keyword parameter with the words for `def`), written in code of its own
 * rather than the library's. And over every language pair of the library: no sentence is
 * left with its `{code}` unfilled, and none is another difference's (off-topic).
 */
import { describe, expect, test } from 'vitest';
import { compare } from '../../src/index.js';
import { verdictOf } from '../../src/library/quality.js';
import type { Difference } from '../../src/types.js';
import { snippets } from '../library/snippet-results.js';

const differences = (a: string, codeA: string, b: string, codeB: string) =>
  compare({ language: a, code: codeA }, { language: b, code: codeB }).differences;

/** The one difference whose summary holds `text`. */
const about = (list: Difference[], text: string): Difference => {
  const found = list.filter((d) => d.summary.includes(text));
  expect(found, `one difference about ${text}`).toHaveLength(1);
  return found[0] as Difference;
};

describe('an explanation about the code on screen', () => {
  test("a field's `private final` is told with the words for a field's modifiers", () => {
    const java = [
      'public class Main {',
      '    static class Box {',
      '        private final int size;',
      '        Box(int size) { this.size = size; }',
      '    }',
      '    public static void main(String[] args) {',
      '        System.out.println(new Box(3).size);',
      '    }',
      '}',
      '',
    ].join('\n');
    const js =
      'class Box {\n  #size;\n  constructor(size) {\n    this.#size = size;\n  }\n}\nconsole.log(new Box(3));\n';
    const d = about(differences('java', java, 'javascript', js), '`private final`');
    expect(d.explanation).toContain('`private` keeps a Java field from code outside its class');
    expect(d.explanation).toContain('`final` lets it be set only once');
    expect(d.explanation).toContain('a field whose name starts with `#`');
    expect(d.explanation).not.toContain('before a Java class');
  });

  test('a name the program chose is said to be one, quoting it, on each side', () => {
    const list = differences(
      'ruby',
      'def run_job(x)\n  x * 2\nend\n\nputs run_job(4)\n',
      'python',
      'def process(x):\n    return x * 2\n\n\nprint(process(4))\n',
    );
    const d = about(list, '`run_job`');
    expect(d.category).toBe('naming');
    expect(d.explanation).toContain('`run_job` is a name the program chose');
    expect(d.explanation).toContain('`process` is a name the program chose');
    expect(d.explanation).not.toContain('special meaning');
  });

  test('a test method of Minitest is named as one, beside an ExUnit test named by its string', () => {
    const list = differences(
      'ruby',
      'require "minitest/autorun"\n\nclass MathTest < Minitest::Test\n  def test_sum\n    assert_equal 4, 2 + 2\n  end\nend\n',
      'elixir',
      'ExUnit.start()\n\ndefmodule MathTest do\n  use ExUnit.Case\n\n  test "sum" do\n    assert 2 + 2 == 4\n  end\nend\n',
    );
    const d = about(list, '`test_sum`');
    expect(d.explanation).toContain('whose name starts with `test_` as one test: `test_sum`');
    expect(d.explanation).toContain('An ExUnit test is named by a string');
  });

  test("Java's function type is told by its own words, and calling it by its method", () => {
    const java = [
      'import java.util.function.IntSupplier;',
      '',
      'public class Main {',
      '    public static void main(String[] args) {',
      '        IntSupplier seven = () -> 7;',
      '        System.out.println(seven.getAsInt());',
      '    }',
      '}',
      '',
    ].join('\n');
    const list = differences('java', java, 'python', 'seven = lambda: 7\nprint(seven())\n');
    const type = about(list, '`IntSupplier`');
    expect(type.category).toBe('type');
    expect(type.explanation).toContain('`IntSupplier` is the Java type of a function');
    expect(type.explanation).not.toContain('`List<String>`');
    const call = about(list, '`.getAsInt`');
    expect(call.explanation).toContain('`getAsInt` for an `IntSupplier`');
  });

  test('an option by name against a value by position is told by the call they are given to', () => {
    const list = differences(
      'python',
      'print("a-a".replace("a", "b", 1))\n',
      'elixir',
      'IO.puts(String.replace("a-a", "a", "b", global: false))\n',
    );
    const d = about(list, '`global: false`');
    expect(d.explanation).toContain('a third argument, `1`, limits it to the first');
    expect(d.explanation).toContain('`global: false` makes `String.replace` replace only');
  });

  test('an option only one side gives is told by its call, even in a pipe', () => {
    const list = differences(
      'elixir',
      'text = "a\nb\n"\ntext |> String.split("\n", trim: true) |> length() |> IO.puts()\n',
      'javascript',
      'const text = "a\nb\n";\nconsole.log(text.split("\n").length);\n',
    );
    const d = about(list, '`trim: true`');
    expect(d.explanation).toContain(
      '`trim: true` makes `String.split` leave out the empty strings',
    );
  });

  test("a private field's `#` is told by JavaScript's words for it, quoting the name", () => {
    const java = [
      'public class Main {',
      '    static class Box {',
      '        private int size;',
      '    }',
      '    public static void main(String[] args) {',
      '        System.out.println(new Box());',
      '    }',
      '}',
      '',
    ].join('\n');
    const js = 'class Box {\n  #size;\n}\nconsole.log(new Box());\n';
    const d = about(differences('java', java, 'javascript', js), '`#size`');
    expect(d.explanation).toContain(
      '`#size` starts with `#`: in JavaScript such a name is a private field',
    );
  });

  test("the function a parameter takes where the other side's method `yield`s to a block", () => {
    const list = differences(
      'ruby',
      'def each_twice(items)\n  items.each { |item| yield item; yield item }\nend\n\neach_twice([1]) { |n| puts n }\n',
      'javascript',
      'function eachTwice(items, visit) {\n  items.forEach((item) => { visit(item); visit(item); });\n}\n\neachTwice([1], (n) => console.log(n));\n',
    );
    const d = about(list, '`visit` on line 1');
    expect(d.explanation).toContain('takes the function it calls as a parameter, here `visit`');
    expect(d.explanation).toContain('`yield` runs the block the method was called with');
  });

  test("a parameter passed by name against Elixir's options list", () => {
    const list = differences(
      'ruby',
      'def order(item, qty: 1)\n  "#{qty} #{item}"\nend\n\nputs order("tea")\n',
      'elixir',
      'defmodule Shop do\n  def order(item, opts \\\\ []) do\n    "#{Keyword.get(opts, :qty, 1)} #{item}"\n  end\nend\n\nIO.puts(Shop.order("tea"))\n',
    );
    const d = about(list, '`qty: 1`');
    expect(d.explanation).toContain(
      'A Ruby parameter written `name: value` is a keyword parameter',
    );
    expect(d.explanation).toContain('Elixir has no parameters passed by name');
    expect(d.explanation).not.toContain('`def` defines');
  });

  test('a call given an option on screen is told with that option, not only its usual way', () => {
    const list = differences(
      'python',
      'print("a", end="")\nprint("b")\n',
      'elixir',
      'IO.write("a")\nIO.puts("b")\n',
    );
    const d = about(list, '`print` on line 1');
    expect(d.explanation).toContain('`end=""` prints no new line');
    expect(d.explanation).toContain('`IO.write` prints its argument and adds no new line');
    expect(about(list, '`print` on line 2').explanation).not.toContain('`end=`');
  });

  test('a method with no counterpart is told by the name its language calls, or by what it assigns', () => {
    const ruby = differences(
      'ruby',
      'class Point\n  def initialize(x)\n    @x = x\n  end\n\n  def to_s\n    "(#{@x})"\n  end\nend\n\nputs Point.new(2)\n',
      'elixir',
      'defmodule Point do\n  defstruct [:x]\n\n  def new(x), do: %Point{x: x}\nend\n\nIO.inspect(Point.new(2))\n',
    );
    expect(about(ruby, '`def to_s').explanation).toBe(
      '`to_s` is the method Ruby calls to turn an object into a string, for `puts` and `#{…}`.',
    );
    const python = differences(
      'python',
      'class Account:\n    def __init__(self, owner):\n        self.owner = owner\n        self.nickname = None\n',
      'javascript',
      'class Account {\n  nickname = null;\n\n  constructor(owner) {\n    this.owner = owner;\n  }\n}\n',
    );
    expect(about(python, '`self.nickname = None`').explanation).toContain(
      'Python reaches an object’s own attributes through `self`',
    );
  });
});

describe('every language pair of the library', () => {
  const all: Difference[] = [];
  for (const snippet of snippets) {
    snippet.languages.forEach((a, i) =>
      snippet.languages.slice(i + 1).forEach((b) => {
        const list = differences(a, snippet.code[a] ?? '', b, snippet.code[b] ?? '');
        all.push(...list);
      }),
    );
  }

  test('fills in every `{code}` its sentences quote', () => {
    expect(all.filter((d) => d.explanation.includes('{code}'))).toEqual([]);
  });

  test("explains no difference with another difference's sentence", () => {
    const offTopic = all.filter((d) => verdictOf(d) === 'off-topic');
    expect(offTopic.map((d) => `${d.summary} ${d.explanation}`)).toEqual([]);
  });
});
