/**
 * Ruby–Python programs of the kind an exercise site has, written outside the library: each test
 * is a difference that was told wrongly, emptily or not at all on such code (a stack class, a
 * bank account, a word count), written small here.
 */
import { describe, expect, test } from 'vitest';
import { compare } from '../../src/index.js';
import type { Difference } from '../../src/types.js';

const differences = (ruby: string, python: string) =>
  compare({ language: 'ruby', code: ruby }, { language: 'python', code: python }).differences;

/** The one difference whose summary holds `text`. */
const about = (list: Difference[], text: string): Difference => {
  const found = list.filter((d) => d.summary.includes(text));
  expect(found, `one difference about ${text}`).toHaveLength(1);
  return found[0] as Difference;
};

describe('Ruby and Python programs from outside the library', () => {
  test("a call of the program's own `pop` pairs with its counterpart: only the `()` differ", () => {
    const ruby = [
      'class Stack',
      '  def initialize',
      '    @items = []',
      '  end',
      '',
      '  def pop',
      '    @items.pop',
      '  end',
      'end',
      '',
      'stack = Stack.new',
      'puts stack.pop',
      '',
    ].join('\n');
    const python = [
      'class Stack:',
      '    def __init__(self):',
      '        self.items = []',
      '',
      '    def pop(self):',
      '        return self.items.pop()',
      '',
      '',
      'stack = Stack()',
      'print(stack.pop())',
      '',
    ].join('\n');
    const list = differences(ruby, python);
    expect(list.filter((d) => d.summary.includes('`stack.pop`'))).toEqual([]);
    // `print(…)`'s parentheses and `pop()`'s: each a call-parens difference, no other one there.
    const onLine10 = list.filter((d) => d.right.some((t) => t.line === 10));
    expect(onLine10.map((d) => d.category).sort()).toEqual([
      'builtin',
      'call-parens',
      'call-parens',
    ]);
    for (const d of list) expect(d.explanation, d.summary).not.toContain('dictionary');
  });

  test("what `raise` is given is told with each language's words for `raise`", () => {
    const list = differences(
      'def pop(items)\n  raise "stack is empty" if items.empty?\n  items.pop\nend\n',
      'def pop(items):\n    if not items:\n        raise IndexError("stack is empty")\n    return items.pop()\n',
    );
    const d = about(list, '`"stack is empty"`');
    expect(d.explanation).toContain('`raise "message"` alone raises a `RuntimeError`');
    expect(d.explanation).toContain('a bare string cannot be raised');
  });

  test('a list comprehension is told as one, against the block that builds the array', () => {
    const list = differences(
      'line = "4, 8"\nnumbers = line.split(",").map { |part| part.strip.to_i }\np numbers\n',
      'line = "4, 8"\nnumbers = [int(part.strip()) for part in line.split(",")]\nprint(numbers)\n',
    );
    const d = about(list, '`[int(part.strip()) for part in');
    expect(d.explanation).toContain(
      'A comprehension, `[f(x) for x in items if test]`, builds a new Python list',
    );
    expect(d.explanation).toContain('`map` makes a new Ruby array');
  });

  test("`%` is told for the code's own test, not only for odd numbers", () => {
    const list = differences(
      'evens = [1, 2, 3, 4].select(&:even?)\np evens\n',
      'evens = [n for n in [1, 2, 3, 4] if n % 2 == 0]\nprint(evens)\n',
    );
    const d = about(list, '`[n for n in');
    expect(d.explanation).toContain('`n % 2` is `0` for an even number');
    expect(d.explanation).not.toContain('holds for odd numbers');
  });

  test("a string's `delete` is told as a string's, not only a hash's", () => {
    const list = differences(
      'word = "dirty room"\nputs word.delete(" ").length\n',
      'word = "dirty room"\nprint(len(word.replace(" ", "")))\n',
    );
    const d = about(list, '`word.delete(" ")`');
    expect(d.explanation).toContain(
      'a string’s `delete` gives a copy without the characters given',
    );
  });

  test("a `when`'s range against a comparison written out says whether the range holds its end", () => {
    const list = differences(
      'def grade(score)\n  case score\n  when 80...90 then "B"\n  else "F"\n  end\nend\n',
      'def grade(score):\n    if 80 <= score < 90:\n        return "B"\n    else:\n        return "F"\n',
    );
    const d = about(list, '`80...90`');
    expect(d.explanation).toContain('`1...5` stops before it');
  });

  test("a call of the object's own method: Python's `self.` told, Ruby's name alone told", () => {
    const list = differences(
      'class Account\n  def valid?(x)\n    x > 0\n  end\n\n  def check(x)\n    puts valid?(x)\n  end\nend\n',
      'class Account:\n    def valid(self, x):\n        return x > 0\n\n    def check(self, x):\n        print(self.valid(x))\n',
    );
    const d = about(list, 'Python has `self` on line 6');
    expect(d.explanation).toContain('calls another method of its own object through `self`');
    expect(d.explanation).toContain('by its name alone: `check(x)` means `self.check(x)`');
  });

  test('an array of arrays against a list of tuples is told by what each holds', () => {
    const list = differences(
      'pairs = [["listen", "silent"], ["apple", "paper"]]\np pairs.length\n',
      'pairs = [("listen", "silent"), ("apple", "paper")]\nprint(len(pairs))\n',
    );
    const d = about(list, '`[["listen", "silent"]');
    expect(d.explanation).toContain('A Python tuple is written `a, b`');
    expect(d.explanation).toContain('Ruby has no tuples');
  });

  test("a list's `pop()` is told as a list's, not only a dictionary's", () => {
    const list = differences(
      'stack = [1, 2]\nputs stack.pop\n',
      'stack = [1, 2]\nprint(stack.pop())\n',
    );
    const d = about(list, '`stack.pop()`');
    expect(d.explanation).toContain('`pop()` removes the last item of a Python list');
  });

  test('`each_char` with a block is a loop, told part by part against `for … in` a string', () => {
    const list = differences(
      'count = 0\n"Hello".downcase.each_char do |ch|\n  count += 1 if "aeiou".include?(ch)\nend\nputs count\n',
      'count = 0\nfor ch in "Hello".lower():\n    if ch in "aeiou":\n        count += 1\nprint(count)\n',
    );
    const loop = about(list, 'Ruby writes `each_char`');
    expect(loop.category).toBe('keyword');
    expect(loop.explanation).toContain('`each_char` hands the block each character');
    expect(about(list, '`"aeiou".include?(ch)`').explanation).toContain('`include?`');
    expect(list.some((d) => d.summary.includes('puts `if` after the statement'))).toBe(true);
  });

  test("`is None` is told on Python's side against `nil?`", () => {
    const list = differences(
      'index = nil\nputs index.nil? ? "not found" : index\n',
      'index = None\nprint("not found" if index is None else index)\n',
    );
    const d = about(list, '`index is None`');
    expect(d.explanation).toContain('`nil?` asks whether a value is `nil`');
    expect(d.explanation).toContain('`x is None` asks whether a Python value is `None`');
  });

  test('`%w[…]` is told as an array of words', () => {
    const list = differences(
      'words = %w[pear apple]\np words.sort\n',
      'words = ["pear", "apple"]\nprint(sorted(words))\n',
    );
    const d = about(list, '`%w[pear apple]`');
    expect(d.explanation).toContain(
      '`%w[…]` writes a Ruby array of words with no quotes or commas',
    );
  });

  test('`&:age` and `max_by` are told against `max(…, key=lambda …)`', () => {
    const list = differences(
      'Person = Struct.new(:name, :age)\npeople = [Person.new("Ann", 30)]\noldest = people.max_by(&:age)\nputs oldest.name\n',
      'from collections import namedtuple\nPerson = namedtuple("Person", "name age")\npeople = [Person("Ann", 30)]\noldest = max(people, key=lambda p: p.age)\nprint(oldest.name)\n',
    );
    const d = about(list, '`people.max_by(&:age)`');
    expect(d.explanation).toContain('`max_by` gives the item for which the block answers the most');
    expect(d.explanation).toContain(
      '`&:name` hands each item’s own method `name` over as the block',
    );
  });

  test("Ruby's `s[start, length]` against Python's `s[start:stop]` tells what each number means", () => {
    const list = differences(
      'name = "Ada Lovelace"\nputs name[4, 4]\n',
      'name = "Ada Lovelace"\nprint(name[4:8])\n',
    );
    const d = about(list, '`name[4, 4]`');
    expect(d.explanation).toContain('`s[start, length]` takes `length` items from `start`');
    expect(d.explanation).toContain('up to but not including `stop`');
    expect(d.explanation).not.toContain('gives `nil` for a missing hash key');
  });

  test('`first(2)` is told as the first two items, and `Array.new` with a block as its own idiom', () => {
    const list = differences(
      'scores = [72, 95, 88]\nputs scores.first(2).sum\ngrid = Array.new(2) { Array.new(3, 0) }\np grid\n',
      'scores = [72, 95, 88]\nprint(sum(scores[:2]))\ngrid = [[0] * 3 for _ in range(2)]\nprint(grid)\n',
    );
    expect(about(list, '`scores.first(2)`').explanation).toContain(
      '`first(n)` is a new array of its first `n` items',
    );
    expect(about(list, '`Array.new(2)').explanation).toContain(
      '`Array.new(3, 0)` makes a Ruby array of 3 items',
    );
  });

  test("Python's `del d[key]` is told against Ruby's `delete`", () => {
    const list = differences(
      'stock = { "apple" => 3, "pear" => 0 }\nstock.delete("pear")\np stock\n',
      'stock = {"apple": 3, "pear": 0}\ndel stock["pear"]\nprint(stock)\n',
    );
    const d = about(list, '`del');
    expect(d.explanation).toContain('`delete` removes a key from a Ruby hash');
    expect(d.explanation).toContain('`del d[key]` removes a key from a Python dictionary');
  });

  test("a `case`'s `when` values against an `if` chain's tests are one difference, not one per branch", () => {
    const list = differences(
      'def grade(score)\n  case score\n  when 90..100 then "A"\n  when 80...90 then "B"\n  else "F"\n  end\nend\n',
      'def grade(score):\n    if 90 <= score <= 100:\n        return "A"\n    elif 80 <= score < 90:\n        return "B"\n    else:\n        return "F"\n',
    );
    const d = about(list, '`80...90`');
    expect(d.summary).toContain('`90..100`, `80...90` on lines 3 and 4');
    expect(list.filter((x) => x.explanation === d.explanation)).toHaveLength(1);
  });

  test('a `begin` that retries pairs with the `try` inside `while True:`, which stands alone', () => {
    const ruby = [
      'attempts = 0',
      'begin',
      '  attempts += 1',
      '  puts attempts',
      'rescue ArgumentError => e',
      '  puts e.message',
      '  retry if attempts < 3',
      'end',
      '',
    ].join('\n');
    const python = [
      'attempts = 0',
      'while True:',
      '    try:',
      '        attempts += 1',
      '        print(attempts)',
      '        break',
      '    except ValueError as e:',
      '        print(e)',
      '        if attempts >= 3:',
      '            break',
      '',
    ].join('\n');
    const result = compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });
    const list = result.differences;
    expect(about(list, 'Ruby writes `begin`').summary).toContain(
      'where Python writes `try` on line 3',
    );
    expect(about(list, '`while True`').kind).toBe('right-only');
    // Nothing the two share is called another's lone line: the loop's body pairs with begin's.
    expect(list.filter((d) => d.summary.includes('attempts += 1'))).toEqual([]);
    expect(result.rows).toContainEqual({ left: null, right: 2 });
    expect(result.rows).toContainEqual({ left: 2, right: 3 });
    expect(about(list, '`retry`').explanation).toContain(
      'runs the `begin` block again from its start',
    );
  });

  test("`Math` against `math` is told by each language's words for its module", () => {
    const list = differences('puts Math.sqrt(16)\n', 'import math\n\nprint(math.sqrt(16))\n');
    const d = about(list, 'Ruby writes `Math`');
    expect(d.explanation).toContain('`Math` is Ruby’s module of mathematical functions');
    expect(d.explanation).toContain('`import math` loads it');
  });

  test('opposite tests that pick the same values the other way round pair each value with its twin', () => {
    const list = differences(
      'scores = []\nputs scores.empty? ? "none" : "some"\n',
      'scores = []\nprint("some" if scores else "none")\n',
    );
    expect(list.filter((d) => d.summary.includes('`"none"`'))).toEqual([]);
    expect(list.filter((d) => d.summary.includes('`"some"`'))).toEqual([]);
    expect(list.some((d) => d.category === 'behaviour')).toBe(true);
  });

  test("a call's module is not told again inside the call that names it (`re` of `re.sub`)", () => {
    const list = differences(
      'phrase = "A man"\nputs phrase.downcase.gsub(/[^a-z]/, "")\n',
      'import re\n\nphrase = "A man"\nprint(re.sub(r"[^a-z]", "", phrase.lower()))\n',
    );
    const d = about(list, '`phrase.downcase.gsub');
    expect(d.explanation).toContain('`lower()` gives a Python string in small letters');
    expect(d.explanation).not.toContain('`re` is Python’s module');
  });

  test('a dictionary comprehension is told as one, against `select` on a hash', () => {
    const list = differences(
      'stock = { "kiwi" => 7 }\nbig = stock.select { |_, count| count > 5 }\np big\n',
      'stock = {"kiwi": 7}\nbig = {fruit: count for fruit, count in stock.items() if count > 5}\nprint(big)\n',
    );
    const d = about(list, '`stock.select');
    expect(d.explanation).toContain('in braces, `{k: v for …}`, a dictionary');
  });

  test('`Math::PI` against `math.pi` is one difference, not `math` and a lone `.pi`', () => {
    const list = differences(
      'r = 2\nputs Math::PI * r**2\n',
      'import math\n\nr = 2\nprint(math.pi * r**2)\n',
    );
    const d = about(list, '`Math::PI`');
    expect(d.summary).toContain('where Python writes `math.pi`');
    expect(d.explanation).toContain('`math.pi` is π in Python');
    expect(list.filter((x) => x.summary.includes('`.pi`'))).toEqual([]);
  });

  test("Ruby's `e.message` against Python's `{e}` tells both sides", () => {
    const list = differences(
      'begin\n  raise ArgumentError, "bad"\nrescue ArgumentError => e\n  puts "Error: #{e.message}"\nend\n',
      'try:\n    raise ValueError("bad")\nexcept ValueError as e:\n    print(f"Error: {e}")\n',
    );
    const d = about(list, '`.message`');
    expect(d.explanation).toContain('`message` is the text of a Ruby exception');
    expect(d.explanation).toContain('A Python exception has no `message`');
  });

  test('a hash made with a default and filled by its own loop meets the dictionary filled by a loop', () => {
    const ruby = [
      'text = "the cat the hat"',
      'counts = Hash.new(0)',
      'text.split.each do |word|',
      '  counts[word] += 1',
      'end',
      'counts.each do |word, count|',
      '  puts "#{word}: #{count}"',
      'end',
      '',
    ].join('\n');
    const python = [
      'text = "the cat the hat"',
      'counts = {}',
      'for word in text.split():',
      '    counts[word] = counts.get(word, 0) + 1',
      'for word, count in counts.items():',
      '    print(f"{word}: {count}")',
      '',
    ].join('\n');
    const result = compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });
    // Each loop stands with its like: the filling loops on line 3, the printing ones after.
    expect(result.rows).toContainEqual({ left: 3, right: 3 });
    expect(result.rows).toContainEqual({ left: 6, right: 5 });
    const d = about(result.differences, '`Hash.new(0)`');
    expect(d.summary).toBe('Ruby writes `Hash.new(0)` on line 2 where Python writes `{}`.');
  });

  test("Ruby's `counts[word] += 1` is told beside Python's `counts.get(word, 0) + 1`", () => {
    const list = differences(
      'counts = Hash.new(0)\ncounts["a"] += 1\np counts\n',
      'counts = {}\ncounts["a"] = counts.get("a", 0) + 1\nprint(counts)\n',
    );
    const d = about(list, '`counts["a"] += 1`');
    expect(d.explanation).toContain('`x += 1` is short for `x = x + 1` in Ruby');
    expect(d.explanation).toContain('`get` reads a dictionary key');
  });
});
