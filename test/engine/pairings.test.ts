/**
 * Statements pair with their counterparts by meaning, where several on a side are of one kind: a
 * match that the diff picked among statements of the same kind moves to the one most alike by
 * what it holds, and two ways of printing are one kind of statement. Each case here was paired
 * wrongly once, and a learner was told that a line had no counterpart when it had one.
 */
import { describe, expect, test } from 'vitest';
import { compare } from '../../src/index.js';
import type { CompareResult, Difference } from '../../src/types.js';

const run = (left: [string, string], right: [string, string]) =>
  compare({ language: left[0], code: left[1] }, { language: right[0], code: right[1] });

/** The text of each side's tokens of a difference. */
const sides = (d: Difference) => [d.left.map((t) => t.text), d.right.map((t) => t.text)];

/** The line on the right that stands against `line` on the left, if any. */
const facing = (result: CompareResult, line: number) =>
  result.rows.find((r) => r.left === line)?.right ?? null;

/** Differences that call a statement one side's alone. */
const alone = (result: CompareResult) =>
  result.differences.filter((d) => d.kind !== 'changed' && d.category === 'statement');

const wrapJava = (imports: string, body: string) =>
  `${imports}public class Main {\n    public static void main(String[] args) {\n${body
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n')}\n    }\n}\n`;

describe('a loop among loops', () => {
  const ruby = `by_size = items.group_by { |item| item[:size] }
by_size.each do |size, group|
  puts "#{size}: #{group.size}"
end
`;
  const js = `const bySize = {};
for (const item of items) {
  (bySize[item.size] ??= []).push(item);
}
for (const [size, group] of Object.entries(bySize)) {
  console.log(\`\${size}: \${group.length}\`);
}
`;
  const result = run(['ruby', ruby], ['javascript', js]);

  test('pairs with the loop that does the same work, not the first loop of the other side', () => {
    expect(facing(result, 2)).toBe(5);
    expect(facing(result, 3)).toBe(6);
    const each = result.differences.find((d) => d.category === 'keyword');
    expect(each && sides(each)).toEqual([['each'], ['for', 'of']]);
    expect(each?.right[0]?.line).toBe(5);
  });

  test('the empty object and the loop that fills it stand, together, for `group_by`', () => {
    const built = result.differences.find((d) => d.left.some((t) => t.text === 'group_by'));
    expect(built?.summary).toBe(
      'Ruby writes `items.group_by { |item| item[:size] }` on line 1 where JavaScript writes `{} … for (const item of items) { (bySize[item.s…` on lines 1, 2, 3 and 4.',
    );
    expect(built?.explanation).toContain('`group_by` makes a hash');
    expect(built?.explanation).toContain('`for (const item of items)`');
    // Neither `const bySize = {};` nor the loop that fills it is JavaScript's alone.
    expect(result.differences.map((d) => d.summary)).not.toContainEqual(
      expect.stringMatching(/^JavaScript has `(const bySize|for \(const item)/),
    );
    expect(result.differences.map((d) => d.summary)).toContain(
      'Ruby writes the names `by_size` on line 1 where JavaScript writes `bySize`: the same words, joined another way.',
    );
  });

  test('where both sides fill a collection in a loop, the loops pair with each other', () => {
    // `new Map()` is an empty collection as `{}` is: neither side builds it whole.
    const py =
      'counts = {}\nfor word in text.split():\n    counts[word] = counts.get(word, 0) + 1\n';
    const filled =
      'const counts = new Map();\nfor (const word of text.split(" ")) {\n  counts.set(word, (counts.get(word) || 0) + 1);\n}\n';
    const both = run(['python', py], ['javascript', filled]);
    expect(facing(both, 1)).toBe(1);
    expect(facing(both, 2)).toBe(2);
    const summaries = both.differences.map((d) => d.summary);
    expect(summaries).toContain(
      'Python writes `{}` on line 1 where JavaScript writes `new Map()`.',
    );
    expect(summaries).not.toContainEqual(expect.stringMatching(/no counterpart/));
  });

  test('and what the two loops print is compared part by part', () => {
    const printing = result.differences.find((d) => d.category === 'builtin');
    expect(printing?.summary).toBe(
      'Ruby uses `puts` on line 3 where JavaScript uses `console.log` on line 6.',
    );
    expect(alone(result).some((d) => d.right.some((t) => t.line === 5 && t.text === 'for'))).toBe(
      false,
    );
  });
});

describe('prints among prints', () => {
  test("each pairs with the one that prints the same values, not the diff's first pick", () => {
    const python = 'print("Hello")\nprint("one", "two", sep="\\n")\nprint(repr(42))\n';
    const java = wrapJava(
      'import java.util.List;\n\n',
      'System.out.println("Hello");\nList.of("one", "two").forEach(System.out::println);\nSystem.out.println(42);',
    );
    const result = run(['python', python], ['java', java]);
    expect(facing(result, 2)).toBe(6);
    expect(facing(result, 3)).toBe(7);
    // `sep="\n"` is never said against `(42)`, nor `print(repr(42))` called Python's alone.
    expect(result.differences.map((d) => d.summary)).not.toContainEqual(
      expect.stringContaining('`(42)`'),
    );
    expect(alone(result).filter((d) => d.left.length > 0)).toEqual([]);
    const repr = result.differences.find((d) => d.left.some((t) => t.text === 'repr'));
    expect(repr?.summary).toBe(
      'Python writes `repr(42)` on line 3 where Java writes `42` on line 7.',
    );
  });

  test('a print that adds no new line pairs with one that does: both print', () => {
    const ruby =
      'name = "Lin"\nmessage = <<~TEXT\n  Dear #{name},\nTEXT\n\nputs message\nputs message.lines.count\n';
    const java = wrapJava(
      '',
      'String name = "Lin";\nString message = "Dear %s,\\n".formatted(name);\n\nSystem.out.print(message);\nSystem.out.println(message.lines().count());',
    );
    const result = run(['ruby', ruby], ['java', java]);
    const lines = result.differences
      .filter((d) => d.category === 'builtin')
      .map((d) => [d.left[0]?.line, d.right[0]?.line, ...sides(d).map((s) => s.join(' '))]);
    expect(lines).toContainEqual([6, 6, 'puts', 'System . out . print']);
    expect(lines).toContainEqual([7, 7, 'puts', 'System . out . println']);
    expect(alone(result).some((d) => d.right.some((t) => t.text === 'print'))).toBe(false);
    expect(facing(result, 6)).toBe(6);
  });

  test('the same holds beside Elixir’s `IO.write`', () => {
    const ruby = 'message = <<~TEXT\n  Dear Lin,\nTEXT\n\nputs message\nputs message.lines.count\n';
    const elixir =
      'message = """\nDear Lin,\n"""\n\nIO.write(message)\nmessage |> String.split("\\n", trim: true) |> length() |> IO.puts()\n';
    const result = run(['ruby', ruby], ['elixir', elixir]);
    expect(alone(result).some((d) => d.right.some((t) => t.text === 'write'))).toBe(false);
    expect(facing(result, 5)).toBe(5);
    expect(facing(result, 6)).toBe(6);
  });
});

describe('a guard and the code after it, beside a `case`', () => {
  const elixir = `defmodule Table do
  def lookup(key) do
    case Map.fetch(@table, key) do
      {:ok, value} -> value.(key)
      :error -> "missing #{key}"
    end
  end
end
`;
  const ruby = `def lookup(key)
  value = TABLE[key]
  return "missing #{key}" if value.nil?

  value.call(key)
end
`;
  const python = `def lookup(key):
    value = TABLE.get(key)
    if value is None:
        return f"missing {key}"
    return value(key)
`;

  test('calling the function found pairs with calling it, the answer for a miss with the other', () => {
    const result = run(['ruby', ruby], ['elixir', elixir]);
    // (The rows keep each side's order: the two pairs cross, so only one stands on a row.)
    expect(result.differences.map((d) => d.summary)).toContain(
      'Ruby writes `.call` on line 5 where Elixir writes `.` on line 4.',
    );
    // Never "Ruby needs `value.call(key)`", nor the missing key's text against `value.(key)`.
    expect(alone(result).filter((d) => d.left.some((t) => t.text === 'call'))).toEqual([]);
    expect(
      result.differences.filter((d) =>
        d.left.concat(d.right).some((t) => t.kind === 'string' && t.text.includes('missing')),
      ),
    ).toEqual([]);
    const test = result.differences.find((d) => d.right.some((t) => t.text === ':error'));
    expect(test?.summary).toBe(
      'Ruby writes `value.nil?` on line 3 where Elixir writes `:error` on line 5.',
    );
    // Its explanation names the pattern on screen, not only examples of others.
    expect(test?.explanation).toContain('its pattern, here `:error`:');
    // The value looked up before the guard is what the `case` chooses by.
    const lookup = result.differences.find((d) => d.right.some((t) => t.text === 'fetch'));
    expect(lookup?.summary).toBe(
      'Ruby writes `value = TABLE[key]` on line 2 where Elixir writes `Map.fetch(@table, key)` on line 3.',
    );
    expect(lookup?.explanation).toContain('`{:ok, value}` for a key the map holds and `:error`');
    expect(alone(result).filter((d) => d.left.some((t) => t.text === 'TABLE'))).toEqual([]);
  });

  test('the clause that stands for the code after the guard is told as a clause', () => {
    const result = run(['python', python], ['elixir', elixir]);
    const clause = result.differences.find((d) => d.right.some((t) => t.text === ':ok'));
    expect(clause?.summary).toBe(
      'Elixir has `{:ok, value} ->` on line 4; Python has nothing in its place.',
    );
    expect(clause?.explanation).toContain('`pattern -> code`');
    expect(result.differences.map((d) => d.summary)).toContain(
      'Elixir needs `.` on line 4; Python does not.',
    );
  });
});

describe('methods of a class among methods', () => {
  test('each pairs with the one that reads the same field, whatever its name adds (`get`)', () => {
    const python = `class Account:
    @property
    def owner(self):
        return self._owner

    @property
    def dollars(self):
        return self._cents / 100
`;
    const java = `class Account {
    String getOwner() { return owner; }

    String getNickname() { return nickname; }

    double getDollars() {
        return cents / 100.0;
    }
}
`;
    const result = run(['python', python], ['java', java]);
    const names = result.differences
      .filter((d) => d.category === 'naming')
      .map((d) => sides(d).map((s) => s.join('')));
    expect(names).toContainEqual(['dollars', 'getDollars']);
    expect(names).not.toContainEqual(['dollars', 'getNickname']);
    expect(facing(result, 6)).toBe(6);
    expect(
      alone(result)
        .filter((d) => d.kind === 'right-only')
        .map((d) => d.summary),
    ).toEqual([
      'Java has `String getNickname() { return nickname; }` on line 4; Python has no counterpart.',
    ]);
  });
});

describe('a block against the function passed in its place', () => {
  test('is one difference, not a block and a lambda each with nothing in its place', () => {
    const result = run(
      ['ruby', 'twice { puts "hello" }\n'],
      ['python', 'twice(lambda: print("hello"))\n'],
    );
    expect(result.differences.map((d) => `${d.kind} ${d.category}: ${d.summary}`)).toEqual([
      'right-only call-parens: Python puts `()` around the arguments of `twice` on line 1; Ruby does not.',
      'changed expression: Ruby writes `{ puts "hello" }` on line 1 where Python writes `lambda: print("hello")`.',
    ]);
  });

  test('whichever side has the block, and beside an argument before the function', () => {
    const result = run(
      ['javascript', 'apply([1, 2], (n) => n * 10);\n'],
      ['ruby', 'apply([1, 2]) { |n| n * 10 }\n'],
    );
    const pieces = result.differences.filter((d) => d.category === 'expression');
    expect(pieces.map((d) => sides(d).map((s) => s.join(' ')))).toEqual([
      ['( n ) => n * 10', '{ | n | n * 10 }'],
    ]);
    expect(
      result.differences.some((d) => d.kind !== 'changed' && d.category === 'expression'),
    ).toBe(false);
  });
});

describe('a loop against a call that walks a collection', () => {
  test('pairs with the `forEach` that does its work, though one is a loop and one a call', () => {
    const python = `by_role = {}
for user in users:
    by_role.setdefault(user["role"], []).append(user)
for role, members in by_role.items():
    print(role, len(members))
`;
    const java = wrapJava(
      '',
      'Map<String, List<User>> byRole = users.stream().collect(Collectors.groupingBy(User::role));\nbyRole.forEach((role, members) -> System.out.println(role + " " + members.size()));',
    );
    const result = run(['python', python], ['java', java]);
    const walk = result.differences.find((d) => d.right.some((t) => t.text === 'forEach'));
    expect(walk?.kind).toBe('changed');
    expect(walk?.left[0]?.line).toBe(4);
    expect(alone(result).some((d) => d.left.some((t) => t.line === 4))).toBe(false);
  });
});

describe('a protocol implemented for a struct, beside a class that defines the method', () => {
  const ruby = `class Point
  def initialize(x, y)
    @x = x
    @y = y
  end

  def to_s
    "(#{@x}, #{@y})"
  end
end
`;
  const elixir = `defmodule Point do
  defstruct [:x, :y]

  def new(x, y), do: %Point{x: x, y: y}
end

defimpl String.Chars, for: Point do
  def to_string(point) do
    "(#{point.x}, #{point.y})"
  end
end
`;
  const result = run(['ruby', ruby], ['elixir', elixir]);
  const summaries = result.differences.map((d) => d.summary);

  test('pairs `to_s` with the `to_string` of `defimpl String.Chars`, not each with nothing', () => {
    expect(summaries).toContain(
      'Ruby writes `to_s` on line 7 where Elixir writes `to_string` on line 8.',
    );
    expect(alone(result).some((d) => d.left.some((t) => t.text === 'to_s'))).toBe(false);
    expect(facing(result, 7)).toBe(8);
  });

  test('and says what the `defimpl` around it is, once', () => {
    const wrapper = result.differences.filter((d) => d.right.some((t) => t.text === 'defimpl'));
    expect(wrapper.map((d) => d.summary)).toEqual([
      'Elixir needs `defimpl String.Chars, for: Point do … end` on lines 7 and 11; Ruby does not.',
    ]);
    expect(wrapper[0]?.explanation).toContain('`defimpl String.Chars, for: Point` gives `Point`');
  });

  test('its function takes the struct it works on, named for `for:`', () => {
    const own = result.differences.find((d) =>
      d.right.some((t) => t.text === 'point' && t.line === 8),
    );
    expect(own?.summary).toBe(
      'Elixir lists `point` as the first parameter on line 8; Ruby does not.',
    );
    expect(own?.explanation).toContain('here `point`');
  });
});

describe("a `try`'s `else` against code at the end of the `try`", () => {
  const python = `try:
    risky()
    print("no errors")
except ValueError:
    print("failed")
`;
  const pythonElse = `try:
    risky()
except ValueError:
    print("failed")
else:
    print("no errors")
`;
  const js = `try {
  risky();
  console.log("no errors");
} catch (error) {
  console.log("failed");
}
`;

  test('the code that runs when nothing was raised pairs with its like; the `else` is the lesson', () => {
    const result = run(['python', pythonElse], ['javascript', js]);
    const summaries = result.differences.map((d) => d.summary);
    expect(summaries).toContain('Python writes `else:` on line 5; JavaScript does not.');
    expect(alone(result)).toEqual([]);
    const lesson = result.differences.find((d) => d.left.some((t) => t.text === 'else'));
    expect(lesson?.explanation).toBe(
      '`else:` after `except` runs only when the `try` block raised nothing; an exception raised in the `else:` block is not caught by that `except`. JavaScript has no `else` for a `try`: code that should run only when nothing was thrown goes at the end of the `try` block, where an error it throws is caught too.',
    );
  });

  test('and nothing changes where both write it the same way', () => {
    const result = run(['python', python], ['javascript', js]);
    expect(result.differences.some((d) => d.left.some((t) => t.text === 'else'))).toBe(false);
    expect(alone(result)).toEqual([]);
  });
});

describe('a collection written whole against an empty one filled item by item', () => {
  const python = 'ages = {"ada": 36, "grace": 45}\nages["linus"] = 28\nprint(ages)\n';
  const java = wrapJava(
    'import java.util.LinkedHashMap;\nimport java.util.Map;\n\n',
    'Map<String, Integer> ages = new LinkedHashMap<>();\nages.put("ada", 36);\nages.put("grace", 45);\nages.put("linus", 28);\nSystem.out.println(ages);',
  );

  test("the literal meets the empty map and the adds it stands for; a later add meets the other side's", () => {
    const result = run(['python', python], ['java', java]);
    // (The imports and the class around the program are Java's alone, as ever.)
    expect(alone(result).filter((d) => sides(d).flat().includes('ages'))).toEqual([]);
    // Python's line 1 stands against Java's map and its first two `put`s, line 2 against the third.
    expect(facing(result, 1)).toBe(6);
    expect(facing(result, 2)).toBe(9);
    const whole = result.differences.find((d) => d.left.some((t) => t.text === '{'));
    expect(whole?.right.filter((t) => t.text === 'put').map((t) => t.line)).toEqual([7, 8]);
    expect(whole?.explanation).toContain('`new LinkedHashMap<>()` makes an empty Java map');
    expect(whole?.explanation).toContain('`put(key, value)` stores a value under a key');
  });

  test('a key set by name on an object just made empty is an add too', () => {
    const js = 'const ages = {};\nages.ada = 36;\nages.grace = 45;\nconsole.log(ages);\n';
    const ruby = 'ages = { ada: 36, grace: 45 }\np ages\n';
    const result = run(['ruby', ruby], ['javascript', js]);
    expect(alone(result).filter((d) => sides(d).flat().includes('ages'))).toEqual([]);
    expect(facing(result, 1)).toBe(1);
  });

  test('both filling item by item, each add meets its like', () => {
    const both = 'ages = {}\nages["ada"] = 36\nprint(ages)\n';
    const result = run(['python', both], ['java', java]);
    expect(facing(result, 2)).toBe(7);
  });
});

describe('a getter or setter written out, beside a declaration that writes it', () => {
  const ruby = `class Account
  attr_reader :owner
  attr_accessor :nickname

  def initialize(owner)
    @owner = owner
  end
end
`;
  const java = `class Account {
    private final String owner;
    private String nickname;

    Account(String owner) {
        this.owner = owner;
    }

    String getOwner() { return owner; }

    String getNickname() { return nickname; }

    void setNickname(String nickname) { this.nickname = nickname; }
}
`;
  const summaries = (result: CompareResult) => alone(result).map((d) => d.summary);

  test("Ruby's `attr_reader` and `attr_accessor` write Java's getters and setter, in either order", () => {
    const expected = [
      'Java has `String getOwner() { return owner; }` on line 9; Ruby writes it with `attr_reader :owner` on line 2.',
      'Java has `String getNickname() { return nickname; }` on line 11; Ruby writes it with `attr_accessor :nickname` on line 3.',
      'Java has `void setNickname(String nickname) { this.nickna…` on line 13; Ruby writes it with `attr_accessor :nickname` on line 3.',
    ];
    const left = run(['ruby', ruby], ['java', java]);
    const right = run(['java', java], ['ruby', ruby]);
    expect(summaries(left)).toEqual(expect.arrayContaining(expected));
    expect(summaries(right)).toEqual(expect.arrayContaining(expected));
    const getter = left.differences.find((d) =>
      d.summary.startsWith('Java has `String getOwner()'),
    );
    expect(getter?.explanation).toContain('A Java getter is a method written out');
    expect(getter?.explanation).toContain('`attr_reader :owner` writes a method `owner`');
    const setter = right.differences.find((d) => d.summary.startsWith('Java has `void set'));
    expect(setter?.explanation).toContain('A Java setter is a method written out');
    expect(setter?.explanation).toContain('`attr_accessor :nickname` writes two methods');
  });

  test('no declaration is claimed where the other side has none for that attribute, or none that writes a setter', () => {
    // `attr_reader :nickname` writes no setter; nothing writes `getOwner`.
    const reader = ruby.replace(
      'attr_reader :owner\n  attr_accessor :nickname',
      'attr_reader :nickname',
    );
    const result = run(['ruby', reader], ['java', java]);
    const told = alone(result).filter((d) => d.kind === 'right-only');
    const of = (name: string) => told.find((d) => d.summary.includes(name));
    expect(of('getOwner')?.summary).toMatch(/Ruby has no counterpart\.$/);
    expect(of('setNickname')?.summary).toMatch(/Ruby has no counterpart\.$/);
    expect(of('getNickname')?.summary).toMatch(
      /Ruby writes it with `attr_reader :nickname` on line 2\.$/,
    );
    for (const name of ['getOwner', 'setNickname']) {
      expect(of(name)?.explanation).not.toContain('attr_reader :nickname');
      expect(of(name)?.explanation).toContain('Only a Ruby object’s own methods');
    }
  });

  test('a language that reads and sets the attribute itself says so beside a getter and a setter', () => {
    const python = `class Account:
    def __init__(self, owner):
        self.owner = owner
        self.nickname = None
`;
    const result = run(['python', python], ['java', java]);
    const of = (name: string) =>
      alone(result).find((d) => d.kind === 'right-only' && d.summary.includes(name));
    expect(of('getNickname')?.summary).toMatch(/Python has no counterpart\.$/);
    expect(of('getNickname')?.explanation).toContain('other code reads it directly');
    expect(of('setNickname')?.explanation).toContain('other code sets it directly');
  });

  test("Python's `@property` method and Ruby's `attr_reader` are told as one another's", () => {
    const python = `class Account:
    def __init__(self, owner):
        self._owner = owner

    @property
    def owner(self):
        return self._owner
`;
    const reader = ruby.replace('  attr_accessor :nickname\n', '');
    const result = run(['ruby', reader], ['python', python]);
    expect(summaries(result)).toEqual(
      expect.arrayContaining([
        'Ruby has `attr_reader :owner` on line 2; Python writes the method out on lines 5, 6 and 7.',
        'Python has `@property def owner(self): return self._owner` on lines 5, 6 and 7; Ruby writes it with `attr_reader :owner` on line 2.',
      ]),
    );
  });
});

describe("Python's `_` before an attribute's name", () => {
  const ruby = (names: string[]) =>
    `class Box\n  def initialize(a, b)\n${names.map((n) => `    @${n} = ${n}\n`).join('')}  end\nend\n`;
  const python = (names: string[]) =>
    `class Box:\n    def __init__(self, a, b):\n${names.map((n) => `        self.${n} = ${n.replace('_', '')}\n`).join('')}`;
  const fields = (result: CompareResult) =>
    result.differences.find((d) => d.category === 'naming' && d.summary.includes('self.'));

  test('is told as private by convention, wherever among the places it is', () => {
    const result = run(['ruby', ruby(['a', 'b'])], ['python', python(['a', '_b'])]);
    expect(fields(result)?.summary).toContain('`self.a`, `self._b`');
    expect(fields(result)?.explanation).toContain('is private by convention only');
  });

  test('is not told where no name has it', () => {
    const result = run(['ruby', ruby(['a', 'b'])], ['python', python(['a', 'b'])]);
    expect(fields(result)?.explanation).not.toContain('by convention');
  });
});

describe('a function in clauses against one function that starts with a guard', () => {
  // Not the library's `sign`: another function, names and values of its own.
  const elixir = `defmodule Shop do
  def label(0), do: "free"

  def label(price) do
    if price > 100, do: "dear", else: "cheap"
  end
end
`;
  const ruby = `def label(price)
  return "free" if price == 0

  price > 100 ? "dear" : "cheap"
end
`;
  const js = `function label(price) {
  if (price === 0) {
    return "free";
  }
  return price > 100 ? "dear" : "cheap";
}
`;

  test('the guard meets the first clause, the code after it the second', () => {
    for (const [lang, code] of [
      ['ruby', ruby],
      ['javascript', js],
    ] as const) {
      const result = run([lang, code], ['elixir', elixir]);
      const summaries = result.differences.map((d) => d.summary);
      // The guard's test against the value the clause matches, one lesson.
      const test = result.differences.find((d) => d.right.some((t) => t.text === '0'));
      expect(test && sides(test)[1]).toEqual(['0']);
      expect(test?.left.map((t) => t.text)).toContain('if');
      expect(test?.explanation).toContain('one clause per shape of its arguments');
      // Never the parameter `price` said to be written `0`.
      expect(result.differences.some((d) => sides(d)[0]?.join('') === 'price')).toBe(false);
      // The conditional after the guard meets the `if` of the second clause.
      expect(
        summaries.some(
          (s) =>
            s.includes(
              '`price > 100 ? "dear" : "cheap"` on line 4 where Elixir writes `if price > 100, do: "dear", else: "cheap"`',
            ) ||
            s.includes(
              '`price > 100 ? "dear" : "cheap"` on line 5 where Elixir writes `if price > 100, do: "dear", else: "cheap"`',
            ),
        ),
      ).toBe(true);
      // Only the second clause's own header stands alone, told as a clause.
      const own = alone(result).filter((d) => d.right.some((t) => t.text === 'label'));
      expect(own.map((d) => d.summary)).toEqual([
        `Elixir has \`def label(price)\` on line 4; ${lang === 'ruby' ? 'Ruby' : 'JavaScript'} has no counterpart.`,
      ]);
      expect(own[0]?.explanation).toContain('one clause per shape of its arguments');
    }
  });

  test('and the same with Elixir on the left', () => {
    const result = run(['elixir', elixir], ['ruby', ruby]);
    const test = result.differences.find((d) => d.left.some((t) => t.text === '0'));
    expect(test?.summary).toBe('Elixir writes `0` on line 2 where Ruby writes `if price == 0`.');
    expect(
      result.differences.some(
        (d) =>
          d.kind === 'left-only' &&
          d.category !== 'statement' &&
          d.left.some((t) => t.text === 'if'),
      ),
    ).toBe(false);
    // The second clause's `if` stands on the row of Ruby's conditional.
    expect(result.rows.find((r) => r.left === 5)?.right).toBe(4);
  });
});

describe('a loop against a function in clauses that calls itself', () => {
  const elixir = `defmodule Tank do
  def fill(level) when level >= 10, do: level

  def fill(level) do
    level = level + 4
    IO.puts(level)
    fill(level)
  end
end

Tank.fill(0)
`;
  const python = `level = 0
while level < 10:
    level += 4
    print(level)
`;

  test('the loop meets the clause that repeats, not the clause where it stops', () => {
    const result = run(['python', python], ['elixir', elixir]);
    expect(facing(result, 2)).toBe(4);
    expect(facing(result, 4)).toBe(6);
    expect(result.differences.map((d) => d.summary)).toContain(
      'Python uses `print` on line 4 where Elixir uses `IO.puts` on line 6.',
    );
    // The body of the clause that stops is not the loop's `level += 4`.
    expect(
      result.differences.some(
        (d) => d.left.some((t) => t.text === '+=') && d.right.some((t) => t.line === 2),
      ),
    ).toBe(false);
  });
});

describe('an empty collection to be filled, beside a list given whole', () => {
  const ruby = `def validate(user)
  errors = []
  errors << "name is required" if user[:name].nil?
  errors << "age must be a number" unless user[:age].is_a?(Integer)
  errors
end
`;
  const elixir = `defmodule Validator do
  def validate(user) do
    checks = [
      {user[:name] == nil, "name is required"},
      {not is_integer(user[:age]), "age must be a number"}
    ]
    for {true, message} <- checks, do: message
  end
end
`;

  test('are not one statement written two ways when they name different things', () => {
    const result = run(['ruby', ruby], ['elixir', elixir]);
    // Never "Ruby writes `errors = []` where Elixir writes `checks = [ {…`".
    expect(
      result.differences.filter(
        (d) => d.left.some((t) => t.line === 2) && d.right.some((t) => t.text === 'checks'),
      ),
    ).toEqual([]);
    expect(facing(result, 2)).not.toBe(3);
    expect(alone(result).map((d) => d.summary)).toContain(
      'Ruby has `errors = []` on line 2; Elixir has no counterpart.',
    );
  });

  test('while two names for one empty collection still pair', () => {
    const result = run(
      ['python', 'found = []\nprint(found)\n'],
      ['ruby', 'hits = []\nputs hits\n'],
    );
    expect(facing(result, 1)).toBe(1);
    expect(alone(result)).toEqual([]);
  });
});

describe('a `when` against the same test written inside `default`', () => {
  const ruby = `def grade(score)
  case score
  when 100 then "perfect"
  when 50..99 then "pass"
  else "fail"
  end
end
`;
  const js = `function grade(score) {
  switch (score) {
    case 100:
      return "perfect";
    default:
      if (score >= 50 && score <= 99) return "pass";
      return "fail";
  }
}
`;
  const result = run(['ruby', ruby], ['javascript', js]);

  test('pairs with the `if` that tests it, and the `else` with the code after that `if`', () => {
    expect(facing(result, 4)).toBe(6);
    expect(facing(result, 5)).toBe(7);
    const tested = result.differences.find((d) => d.left.some((t) => t.text === '..'));
    expect(tested?.summary).toBe(
      'Ruby writes `50..99` on line 4 where JavaScript writes `score >= 50 && score <= 99` on line 6.',
    );
    expect(tested?.explanation).toContain('written out in full with an `if`');
    // Neither the `when` nor the `if` is one side's alone.
    expect(alone(result).filter((d) => d.summary.includes('no counterpart'))).toEqual([]);
  });

  test('whichever side has the `switch`, and beside a `match` whose case has a guard', () => {
    const python = `def grade(score):
    match score:
        case 100:
            return "perfect"
        case _ if 50 <= score <= 99:
            return "pass"
        case _:
            return "fail"
`;
    const turned = run(['javascript', js], ['python', python]);
    expect(facing(turned, 6)).toBe(5);
    expect(alone(turned).filter((d) => d.summary.includes('no counterpart'))).toEqual([]);
    const tested = turned.differences.find((d) => d.right.some((t) => t.text === '<='));
    expect(tested?.summary).toBe(
      'JavaScript writes `score >= 50 && score <= 99` on line 6 where Python writes `_ if 50 <= score <= 99` on line 5.',
    );
    expect(tested?.explanation).toContain('`case … if condition:`');
  });
});
