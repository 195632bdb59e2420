/**
 * Differences read as a learner in small programs from outside the library (a stack, a bank
 * account, a word count, a grade letter), each once told with a sentence that fit any code, with
 * nothing, or with words that were untrue of the code on screen. Each test is written in code of
 * its own and fails without the change it guards.
 */
import { describe, expect, test } from 'vitest';
import { compare } from '../../src/index.js';
import type { Difference } from '../../src/types.js';

const differences = (a: string, codeA: string, b: string, codeB: string) =>
  compare({ language: a, code: codeA }, { language: b, code: codeB }).differences;

/** The one difference whose summary holds `text`. */
const about = (list: Difference[], text: string): Difference => {
  const found = list.filter((d) => d.summary.includes(text));
  expect(found, `one difference about ${text}`).toHaveLength(1);
  return found[0] as Difference;
};

const javaMain = (body: string[], members: string[] = []) =>
  [
    'public class Main {',
    ...members.map((l) => `    ${l}`),
    '    public static void main(String[] args) {',
    ...body.map((l) => `        ${l}`),
    '    }',
    '}',
    '',
  ].join('\n');

describe('Java', () => {
  const counter = javaMain(
    ['Counter c = new Counter();', 'c.add(2);', 'System.out.println(c.total);'],
    [
      'static class Counter {',
      '    int total = 0;',
      '    void add(int n) {',
      '        total += n;',
      '    }',
      '}',
    ],
  );

  test("a field read by its bare name is told by Java's words for it, quoting the name", () => {
    const python =
      'class Counter:\n    def __init__(self):\n        self.total = 0\n\n    def add(self, n):\n        self.total += n\n\n\nc = Counter()\nc.add(2)\nprint(c.total)\n';
    const d = about(differences('python', python, 'java', counter), 'Java writes `total`');
    expect(d.explanation).toContain('Python reaches an object’s own attributes through `self`');
    expect(d.explanation).toContain(
      'In its methods Java reads a field of the object by its bare name, `total`',
    );
    expect(d.explanation).toContain('short for `this.total`');
  });

  test('a stream of calls is told by the stream methods on screen, not a stock sentence on calls', () => {
    const java = javaMain(
      [
        'List<Integer> odds = List.of(1, 2, 3).stream().filter(n -> n % 2 == 1).collect(Collectors.toList());',
        'System.out.println(odds);',
      ],
      [],
    );
    const js = 'const odds = [1, 2, 3].filter((n) => n % 2 === 1);\nconsole.log(odds);\n';
    const list = differences(
      'javascript',
      js,
      'java',
      `import java.util.List;\nimport java.util.stream.Collectors;\n\n${java}`,
    );
    const d = about(list, '.stream().filter(');
    expect(d.explanation).toContain('`filter` keeps the items of a Java stream');
    expect(d.explanation).toContain('`collect(Collectors.toList())` gathers the items');
    expect(d.explanation).not.toContain('getName()');
  });
});

describe('JavaScript', () => {
  test('`replace` with a regular expression marked `g` is told to replace every match', () => {
    const list = differences(
      'python',
      'import re\n\nprint(re.sub("[0-9]", "", "a1b2"))\n',
      'javascript',
      'console.log("a1b2".replace(/[0-9]/g, ""));\n',
    );
    const said = list.map((d) => d.explanation).join(' ');
    expect(said).toContain('`replace` with a regular expression marked `g` (global)');
    expect(said).not.toContain('replaces only the first match');
  });

  test('`replace` with a string is still told to replace only the first match', () => {
    const list = differences(
      'python',
      'print("a-b-c".replace("-", "", 1))\n',
      'javascript',
      'console.log("a-b-c".replace("-", ""));\n',
    );
    const said = list.map((d) => d.explanation).join(' ');
    expect(said).not.toContain('marked `g`');
  });

  test('`new Map()` is told as a map, not with the stock words for making an object', () => {
    const d = about(
      differences(
        'python',
        'ages = {}\nages["Ann"] = 3\nprint(ages["Ann"])\n',
        'javascript',
        'const ages = new Map();\nages.set("Ann", 3);\nconsole.log(ages.get("Ann"));\n',
      ),
      '`new Map()`',
    );
    expect(d.explanation).toContain('`new Map()` makes an empty JavaScript map');
    expect(d.explanation).not.toContain('Dog');
  });

  test('the separator only one side gives `split` is told by what each side’s `split` does', () => {
    const d = about(
      differences(
        'ruby',
        'words = "a b c".split\nputs words.length\n',
        'javascript',
        'const words = "a b c".split(" ");\nconsole.log(words.length);\n',
      ),
      '`" "`',
    );
    expect(d.explanation).toContain('`"a b".split()` gives `["a b"]`');
    expect(d.explanation).toContain('`split` cuts a Ruby string');
  });

  test("the `{` of an `if` against Ruby's `then` of a `when` is not told as a `case`'s `:`", () => {
    const ruby =
      'def size(n)\n  case n\n  when 0...10 then "small"\n  else "big"\n  end\nend\n\nputs size(3)\n';
    const js =
      'function size(n) {\n  if (n < 10) {\n    return "small";\n  } else {\n    return "big";\n  }\n}\n\nconsole.log(size(3));\n';
    const d = about(differences('ruby', ruby, 'javascript', js), '`then`');
    expect(d.explanation).not.toContain('`case` (and `default`) with `:`');
    expect(d.explanation).toContain('JavaScript opens a block with `{`');
  });
});

describe('a call of a method of the same object', () => {
  const js = [
    'class Box {',
    '  constructor() {',
    '    this.items = [];',
    '  }',
    '',
    '  isEmpty() {',
    '    return this.items.length === 0;',
    '  }',
    '',
    '  describe() {',
    '    return this.isEmpty() ? "empty" : "full";',
    '  }',
    '}',
    '',
    'const box = new Box();',
    'console.log(box.describe(), box.isEmpty());',
    '',
  ].join('\n');

  test("JavaScript's `this.` against Java's bare name is told by each language", () => {
    const java = javaMain(
      ['Box box = new Box();', 'System.out.println(box.describe() + " " + box.isEmpty());'],
      [
        'static class Box {',
        '    private final List<String> items = new ArrayList<>();',
        '    boolean isEmpty() {',
        '        return items.isEmpty();',
        '    }',
        '    String describe() {',
        '        return isEmpty() ? "empty" : "full";',
        '    }',
        '}',
      ],
    );
    const list = differences(
      'javascript',
      js,
      'java',
      `import java.util.ArrayList;\nimport java.util.List;\n\n${java}`,
    );
    const d = about(list, 'JavaScript writes `this.isEmpty()`');
    expect(d.explanation).toContain('calls another method of its own object through `this`');
    expect(d.explanation).toContain(
      'Java calls a method of its own class by its bare name, `isEmpty()`',
    );
  });

  test('two names of one method, each by its language’s custom, are told so', () => {
    const box = (lines: string[]) => [...lines, ''].join('\n');
    const python = box([
      'class Box:',
      '    def __init__(self):',
      '        self.items = []',
      '',
      '    def is_empty(self):',
      '        return len(self.items) == 0',
      '',
      '',
      'box = Box()',
      'while not box.is_empty():',
      '    print("full")',
    ]);
    const java = box([
      'import java.util.ArrayList;',
      'import java.util.List;',
      '',
      javaMain(
        [
          'Box box = new Box();',
          'while (!box.isEmpty()) {',
          '    System.out.println("full");',
          '}',
        ],
        [
          'static class Box {',
          '    private final List<String> items = new ArrayList<>();',
          '    boolean isEmpty() {',
          '        return items.isEmpty();',
          '    }',
          '}',
        ],
      ),
    ]);
    const ruby = box([
      'class Box',
      '  def initialize',
      '    @items = []',
      '  end',
      '',
      '  def empty?',
      '    @items.empty?',
      '  end',
      'end',
      '',
      'box = Box.new',
      'until box.empty?',
      '  puts "full"',
      'end',
    ]);
    // One naming note for the two names (their uses, `box.is_empty()`, are no difference).
    const snake = about(differences('python', python, 'java', java), 'the names `is_empty`');
    expect(snake.explanation).toContain('Python joins the words');
    expect(snake.explanation).toContain('camelCase');
    const js = box([
      'class Box {',
      '  constructor() {',
      '    this.items = [];',
      '  }',
      '',
      '  isEmpty() {',
      '    return this.items.length === 0;',
      '  }',
      '}',
      '',
      'const box = new Box();',
      'while (!box.isEmpty()) {',
      '  console.log("full");',
      '}',
    ]);
    const asks = about(differences('ruby', ruby, 'javascript', js), 'writes `empty?` on line 6');
    expect(asks.explanation).toContain(
      'Ruby ends the name of a method that answers yes or no with `?`',
    );
    expect(asks.explanation).toContain('JavaScript names have no `?`');
  });
});

describe('Elixir', () => {
  test('a tuple’s size and items are told by `tuple_size` and `elem`', () => {
    const list = differences(
      'ruby',
      'items = [4, 5, 6]\nputs items.length\nputs items[0]\n',
      'elixir',
      'items = {4, 5, 6}\nIO.puts(tuple_size(items))\nIO.puts(elem(items, 0))\n',
    );
    expect(about(list, '`tuple_size`').explanation).toContain(
      '`tuple_size(t)` gives the number of items in an Elixir tuple',
    );
    expect(about(list, '`elem(items, 0)`').explanation).toContain(
      '`elem(t, i)` reads the item at position `i` of an Elixir tuple',
    );
  });

  test('a call with no words of its own is not told about reading a map’s key', () => {
    const list = differences(
      'ruby',
      'def start(items)\n  low, high = 0, items.length - 1\n  puts low + high\nend\n\nstart([1, 2])\n',
      'elixir',
      'defmodule S do\n  def start(items), do: go(0, length(items) - 1)\n  defp go(low, high), do: IO.puts(low + high)\nend\n\nS.start([1, 2])\n',
    );
    for (const d of list) expect(d.explanation).not.toContain('KeyError');
  });
});

describe("a function clause's guard", () => {
  const elixir =
    'defmodule Sign do\n  def sign(n) when n < 0, do: "negative"\n  def sign(_n), do: "not negative"\nend\n\nIO.puts(Sign.sign(-2))\n';

  test('is told against a function that tests with `if`, not with the words for a `case`', () => {
    const js =
      'function sign(n) {\n  if (n < 0) {\n    return "negative";\n  }\n  return "not negative";\n}\n\nconsole.log(sign(-2));\n';
    const d = about(differences('elixir', elixir, 'javascript', js), '`when n < 0`');
    expect(d.explanation).toContain('`when` adds a condition to an Elixir clause');
    expect(d.explanation).toContain('A JavaScript function has no guard');
    expect(d.explanation).not.toContain('switch');
  });

  test("is not told with Ruby's words for a `case`'s `when`", () => {
    const ruby =
      'def sign(n)\n  if n < 0\n    "negative"\n  else\n    "not negative"\n  end\nend\n\nputs sign(-2)\n';
    const d = about(differences('elixir', elixir, 'ruby', ruby), '`when n < 0`');
    expect(d.explanation).not.toContain('`when 301, 302`');
  });
});

test("JavaScript's `[]` that takes each pair apart in a loop is told as that, against Ruby's `|a, b|`", () => {
  const d = about(
    differences(
      'ruby',
      'ages = { "Ann" => 3, "Bo" => 5 }\nages.each do |name, age|\n  puts "#{name}: #{age}"\nend\n',
      'javascript',
      'const ages = { Ann: 3, Bo: 5 };\nfor (const [name, age] of Object.entries(ages)) {\n  console.log(`${name}: ${age}`);\n}\n',
    ),
    'writes `[]`',
  );
  expect(d.explanation).toContain('JavaScript takes an array apart into names with brackets');
  expect(d.explanation).not.toContain('whole header of a `for` loop in parentheses');
});

test('a Java declaration with no counterpart is told by its type, not left empty', () => {
  const java = javaMain(
    ['System.out.println(span(new int[] {1, 2, 3}));'],
    [
      'static int span(int[] items) {',
      '    int low = 0;',
      '    int high = items.length - 1;',
      '    return high - low;',
      '}',
    ],
  );
  const python =
    'def span(items):\n    low, high = 0, len(items) - 1\n    return high - low\n\n\nprint(span([1, 2, 3]))\n';
  const d = about(differences('python', python, 'java', java), '`int low = 0;`');
  expect(d.explanation).toContain('Java declares the type of every field');
});

test("a JavaScript regular expression against Java's pattern in quotes is told by each, not by quotes", () => {
  const java = javaMain(['System.out.println("a1b2".replaceAll("[0-9]", ""));']);
  const d = about(
    differences('javascript', 'console.log("a1b2".replace(/[0-9]/g, ""));\n', 'java', java),
    'writes `/[0-9]/g`',
  );
  expect(d.explanation).toContain('`/[0-9]/g` is a JavaScript regular expression');
  expect(d.explanation).toContain('Java writes a regular expression as a string');
  expect(d.explanation).not.toContain('object’s key');
});

test("a field's own collection method keeps its words though the class defines one of that name", () => {
  const java = javaMain(
    ['System.out.println(new Box().isEmpty());'],
    [
      'static class Box {',
      '    private final List<String> items = new ArrayList<>();',
      '    boolean isEmpty() {',
      '        return items.isEmpty();',
      '    }',
      '}',
    ],
  );
  const python =
    'class Box:\n    def __init__(self):\n        self.items = []\n\n    def is_empty(self):\n        return len(self.items) == 0\n\n\nprint(Box().is_empty())\n';
  const d = about(
    differences(
      'python',
      python,
      'java',
      `import java.util.ArrayList;\nimport java.util.List;\n\n${java}`,
    ),
    '`items.isEmpty()`',
  );
  expect(d.explanation).toContain(
    '`isEmpty()` asks a Java string or collection whether it holds nothing',
  );
});

test("an Elixir function's first parameter named after its struct's last word is the data it works on", () => {
  const elixir =
    'defmodule BankAccount do\n  defstruct balance: 0\n\n  def new, do: %BankAccount{}\n\n  def deposit(account, amount), do: %{account | balance: account.balance + amount}\nend\n\naccount = BankAccount.deposit(BankAccount.new(), 5)\nIO.puts(account.balance)\n';
  const ruby =
    'class BankAccount\n  attr_reader :balance\n\n  def initialize\n    @balance = 0\n  end\n\n  def deposit(amount)\n    @balance += amount\n  end\nend\n\naccount = BankAccount.new\naccount.deposit(5)\nputs account.balance\n';
  const d = about(differences('elixir', elixir, 'ruby', ruby), '`account` as the first parameter');
  expect(d.explanation).toContain('takes the struct it works on as an ordinary parameter');
});
