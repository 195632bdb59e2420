/**
 * Ruby's idiom table: how Ruby spells each shared idea (`src/vocabulary.ts`), what that spelling
 * does, and where it acts in a way a learner coming from another language trips over. The
 * aligner pairs spellings of one idea (`upcase` with another language's word for capitals), and
 * the explanation of Ruby's side comes from here.
 */
import type { Idiom } from '../language.js';

export const idioms: Record<string, Idiom> = {
  // Values
  nil: { idea: 'null', says: '`nil` is Ruby’s value for “nothing”.' },
  true: { idea: 'true', says: 'Ruby writes its boolean values in lower case: `true`, `false`.' },
  false: { idea: 'false', says: 'Ruby writes its boolean values in lower case: `true`, `false`.' },

  // Operators
  '&&': {
    idea: 'and',
    says: '`&&` is Ruby’s usual “and” (the word `and` also exists, binding more loosely).',
  },
  and: {
    idea: 'and',
    says: 'Ruby’s `and` means “and” but binds more loosely than `&&`, the usual choice.',
  },
  '||': {
    idea: 'or',
    says: '`||` is Ruby’s usual “or”: `x || y` gives `x` unless it is `nil` or `false`, and `y` then.',
  },
  or: {
    idea: 'or',
    says: 'Ruby’s `or` means “or” but binds more loosely than `||`, the usual choice.',
  },
  '!': { idea: 'not', says: '`!` is Ruby’s usual “not”.' },
  not: { idea: 'not', says: 'Ruby’s `not` means “not”; `!` is the usual choice.' },
  '/': {
    idea: 'divide',
    says: 'Ruby’s `/` on two whole numbers gives a whole number, rounded down: `7 / 2` is `3`.',
    behaves:
      'Ruby’s `/` on two whole numbers gives a whole number, rounded down (`7 / 2` is `3`); it gives a decimal only when one side is a decimal (`7 / 2.0` is `3.5`).',
  },
  '/ on-decimal': {
    idea: 'divide',
    says: 'With a decimal on either side, Ruby’s `/` gives a decimal: `7 / 2.0` is `3.5`.',
    acts: 'decimal',
  },
  '**': { idea: 'power', says: '`**` raises a number to a power in Ruby: `7 ** 2` is `49`.' },
  '%': {
    idea: 'remainder',
    says: '`%` gives the remainder of a division in Ruby: `7 % 2` is `1`.',
  },
  '% on-string': {
    idea: 'format',
    says: '`%` after a Ruby string fills its `%s`, `%d` and `%.2f` slots with values: `"%.1f" % price`.',
  },
  '<<': {
    idea: 'append',
    says: '`<<` appends an item to a Ruby array in place (or text to a string).',
  },

  // Output and input
  puts: { idea: 'print-line', says: '`puts` prints each value on a line of its own.' },
  print: {
    idea: 'print',
    says: 'Ruby’s `print` prints its values as they are and adds no new line: a line ends only where the text holds `\\n`.',
    behaves: 'Ruby’s `print` adds no new line: only `puts` ends the line.',
  },
  p: {
    idea: 'inspect-print',
    says: '`p` prints a value the way Ruby would write it in code: strings keep their quotes, arrays their brackets.',
  },
  pp: {
    idea: 'inspect-print',
    says: '`pp` prints a value the way Ruby would write it in code, laid out over lines when long.',
  },
  gets: {
    idea: 'input',
    says: '`gets` reads a line the user types, new line included (`gets.chomp` drops it).',
  },

  // Program structure
  require: { idea: 'import', says: '`require` loads a library in Ruby.' },
  require_relative: {
    idea: 'import',
    says: '`require_relative` loads a Ruby file named relative to this one.',
  },
  raise: {
    idea: 'raise',
    says: '`raise` raises an exception in Ruby: `raise ArgumentError, "message"` names its class and message, and `raise "message"` alone raises a `RuntimeError`.',
    tellsArguments: true,
  },
  method: {
    idea: 'method-object',
    says: '`method(:name)` wraps a Ruby method as an object that can be kept and run later with `.call`.',
  },
  freeze: {
    idea: 'freeze',
    says: '`freeze` makes a Ruby object read-only: changing it afterwards raises an error.',
  },
  'Struct.new': {
    idea: 'record',
    says: '`Struct.new(:hour, :phone)` makes a small class with those fields; its `new` takes them in order.',
  },
  format: {
    idea: 'format',
    says: '`format` fills the `%s`, `%d` and `%.2f` slots of its first argument with the values after it.',
  },
  sprintf: {
    idea: 'format',
    says: '`sprintf` (like `format`) fills the `%` slots of a string with values.',
  },
  sleep: { idea: 'sleep', says: '`sleep(n)` pauses a Ruby program for `n` seconds.' },

  // Conversions
  to_s: {
    idea: 'to-string',
    says: '`to_s` is the method Ruby calls to turn an object into a string, for `puts` and `#{…}`.',
  },
  to_i: {
    idea: 'to-int',
    says: '`to_i` turns a value into a whole number; on a string it reads the digits at its start and gives `0`, not an error, when there are none.',
  },
  to_f: {
    idea: 'to-float',
    says: '`to_f` turns a value into a decimal number, which Ruby’s `/` needs for a decimal result: `7.to_f / 2` is `3.5`, `7 / 2` is `3`.',
  },
  Integer: {
    idea: 'to-int',
    says: '`Integer("42")` reads a whole number from a string and raises an error when the string is not one.',
  },
  Float: {
    idea: 'to-float',
    says: '`Float("2.5")` reads a decimal number from a string and raises an error when the string is not one.',
  },
  inspect: {
    idea: 'repr',
    says: '`inspect` shows a value the way Ruby would write it in code, quotes and brackets included.',
  },

  // Numbers
  round: {
    idea: 'round',
    says: '`round` is a method of Ruby numbers: `price.round(2)` keeps two decimals.',
    behaves: 'Ruby’s `round` rounds a half away from zero: `2.5.round` is `3`.',
    acts: 'half-away',
  },
  floor: {
    idea: 'floor',
    says: '`floor` is a method of Ruby numbers that rounds down: `2.7.floor` is `2`.',
  },
  ceil: {
    idea: 'ceil',
    says: '`ceil` is a method of Ruby numbers that rounds up: `2.1.ceil` is `3`.',
  },
  abs: { idea: 'abs', says: '`abs` is a method of Ruby numbers: `-5.abs` is `5`.' },
  rand: {
    idea: 'random',
    says: '`rand(n)` gives a random whole number from `0` to `n - 1` (`rand(1..6)` for a range).',
  },
  'odd?': {
    idea: 'is-odd',
    says: '`odd?` asks a Ruby integer whether it is odd: it answers `true` or `false`.',
  },
  'even?': {
    idea: 'is-even',
    says: '`even?` asks a Ruby integer whether it is even: it answers `true` or `false`.',
  },
  'positive?': {
    idea: 'is-positive',
    says: '`positive?` asks a Ruby number whether it is above `0`.',
  },
  'negative?': {
    idea: 'is-negative',
    says: '`negative?` asks a Ruby number whether it is below `0`.',
  },
  'zero?': { idea: 'is-zero', says: '`zero?` asks a Ruby number whether it is `0`.' },

  // Collections
  length: {
    idea: 'length',
    says: '`length` is a Ruby method you call on the value itself: `items.length`.',
  },
  size: {
    idea: 'length',
    says: '`size` (the same as `length`) is a Ruby method you call on the value itself: `items.size`.',
  },
  count: {
    idea: 'length',
    says: '`count` counts a Ruby collection’s items (those a block answers true for, when given one); on a string, `count("aeiou")` counts the characters that are in the set given.',
  },
  sort: {
    idea: 'sorted',
    says: '`sort` is a Ruby method you call on the array itself; it returns a sorted copy.',
  },
  sort_by: { idea: 'sort-by', says: '`sort_by` sorts by what the block answers for each item.' },
  push: { idea: 'append', says: '`push` adds items to the end of a Ruby array in place.' },
  sum: { idea: 'sum', says: '`sum` is a method of Ruby arrays and ranges: `prices.sum`.' },
  max: {
    idea: 'max',
    says: '`max` is a Ruby method you call on the collection itself: `numbers.max`.',
  },
  min: {
    idea: 'min',
    says: '`min` is a Ruby method you call on the collection itself: `numbers.min`.',
  },
  max_by: {
    idea: 'max',
    says: '`max_by` gives the item for which the block answers the most: `people.max_by { |p| p.age }` is the oldest.',
  },
  min_by: {
    idea: 'min',
    says: '`min_by` gives the item for which the block answers the least: `words.min_by { |w| w.length }` is the shortest.',
  },
  '&:': {
    idea: 'method-block',
    says: '`&:name` hands each item’s own method `name` over as the block: `(&:length)` does what `{ |x| x.length }` does.',
  },
  'include?': {
    idea: 'contains',
    says: '`include?` asks a Ruby collection or string whether it holds a value.',
  },
  'empty?': {
    idea: 'is-empty',
    says: '`empty?` asks a Ruby string, array or hash whether it holds nothing.',
  },
  'nil?': { idea: 'is-nil', says: '`nil?` asks whether a value is `nil`.' },
  first: {
    idea: 'first',
    says: '`first` is the first item of a Ruby array (`nil` when it is empty); `first(n)` is a new array of its first `n` items.',
  },
  last: {
    idea: 'last',
    says: '`last` is the last item of a Ruby array (`nil` when it is empty); `last(n)` is a new array of its last `n` items.',
  },
  map: { idea: 'map', says: '`map` makes a new Ruby array from the block’s answer for each item.' },
  collect: {
    idea: 'map',
    says: '`collect` (the same as `map`) makes a new array from the block’s answers.',
  },
  select: { idea: 'filter', says: '`select` keeps the items for which the block answers true.' },
  filter: {
    idea: 'filter',
    says: '`filter` (the same as `select`) keeps the items for which the block answers true.',
  },
  reject: { idea: 'reject', says: '`reject` drops the items for which the block answers true.' },
  reduce: {
    idea: 'reduce',
    says: '`reduce` combines a Ruby collection’s items into one value, the block taking the total so far and the next item.',
  },
  inject: {
    idea: 'reduce',
    says: '`inject` (the same as `reduce`) combines the items into one value.',
  },
  zip: {
    idea: 'zip',
    says: '`zip` pairs each item of a Ruby array with the item at the same place in another.',
  },
  reverse: {
    idea: 'reverse',
    says: '`reverse` gives a Ruby string’s characters, or an array’s items, in reverse order.',
  },
  group_by: {
    idea: 'group-by',
    says: '`group_by` makes a hash from the block’s answer for each item to the items that gave it.',
  },
  each_with_index: {
    idea: 'each-with-index',
    says: '`each_with_index` hands the block each item and its position, counting from 0.',
    behaves:
      'Ruby’s `each_with_index` hands the block the item first, then its position: `|task, index|`.',
  },
  each: {
    idea: 'iterate',
    says: 'Ruby walks through a collection by calling its `each` method with a block.',
  },
  each_char: {
    idea: 'iterate',
    says: '`each_char` hands the block each character of a Ruby string in turn.',
  },
  each_pair: { idea: 'items', says: '`each_pair` hands the block each key and value of a hash.' },
  times: { idea: 'range', says: '`n.times` runs a block `n` times, counting from 0 to `n - 1`.' },
  upto: { idea: 'range', says: '`1.upto(5)` counts from 1 up to 5, and includes 5.' },
  downto: { idea: 'range', says: '`5.downto(1)` counts from 5 down to 1, and includes 1.' },
  step: {
    idea: 'range',
    says: '`a.step(b, n)` counts from `a` up to `b`, included, in steps of `n`: `1.step(10, 3)` gives 1, 4, 7, 10.',
  },
  with_index: {
    idea: 'each-with-index',
    says: '`with_index(1)` hands the block each item with a count that starts at 1.',
  },
  keys: { idea: 'keys', says: '`keys` is a Ruby hash’s keys, as an array.' },
  values: { idea: 'values', says: '`values` is a Ruby hash’s values, as an array.' },
  fetch: {
    idea: 'get-default',
    says: '`fetch` reads a hash key, with the default given when the key is missing (and raises a `KeyError` when no default is given).',
  },
  'key?': { idea: 'contains', says: '`key?` asks a Ruby hash whether it holds a key.' },
  'has_key?': {
    idea: 'contains',
    says: '`has_key?` (the same as `key?`) asks a Ruby hash whether it holds a key.',
  },

  // Strings
  upcase: { idea: 'upcase', says: '`upcase` gives a Ruby string in capital letters.' },
  downcase: { idea: 'downcase', says: '`downcase` gives a Ruby string in small letters.' },
  capitalize: {
    idea: 'capitalize',
    says: '`capitalize` gives a Ruby string with its first letter in capitals and the rest in small letters.',
  },
  strip: { idea: 'strip', says: '`strip` gives a Ruby string without the spaces at either end.' },
  sub: {
    idea: 'replace-first',
    says: '`sub` replaces the first match in a Ruby string; `gsub` replaces every match.',
  },
  gsub: {
    idea: 'replace-all',
    says: '`gsub` replaces every match in a Ruby string; `sub` only the first.',
  },
  lines: {
    idea: 'split-lines',
    says: '`lines` cuts a Ruby string into an array of its lines, each keeping its new line.',
  },
  chomp: { idea: 'strip-newline', says: '`chomp` drops the new line at the end of a Ruby string.' },
  split: { idea: 'split', says: '`split` cuts a Ruby string into an array at each separator.' },
  join: {
    idea: 'join',
    says: 'In Ruby, `join` is called on the array, with the separator as argument: `words.join(", ")`.',
  },
  'start_with?': {
    idea: 'starts-with',
    says: '`start_with?` asks a Ruby string whether it starts with another.',
  },
  'end_with?': {
    idea: 'ends-with',
    says: '`end_with?` asks a Ruby string whether it ends with another.',
  },
  center: {
    idea: 'center',
    says: '`center(width)` pads a Ruby string with spaces on both sides to the width given.',
  },

  find: {
    idea: 'find',
    says: '`find` gives the first item for which the block answers true, or `nil`.',
  },
  partition: {
    idea: 'partition',
    says: '`partition` splits a Ruby collection in two arrays: the items the block answers true for, and the rest.',
  },
  uniq: { idea: 'unique', says: '`uniq` gives a Ruby array without repeated items.' },
  tally: { idea: 'tally', says: '`tally` counts how often each item appears, as a hash.' },
  each_slice: {
    idea: 'chunks',
    says: '`each_slice(n)` walks a Ruby collection `n` items at a time.',
  },
  each_with_object: {
    idea: 'each-with-object',
    says: '`each_with_object(start)` walks a Ruby collection, handing the block each item and one object it fills in.',
  },

  to_a: {
    idea: 'to-list',
    says: '`to_a` turns a Ruby range, hash or other collection into an array.',
  },
  chars: { idea: 'to-list', says: '`chars` gives a Ruby string’s characters as an array.' },
  to_h: { idea: 'to-dict', says: '`to_h` turns a Ruby array of pairs into a hash.' },
  merge: {
    idea: 'merge',
    says: '`merge` gives a new Ruby hash with the pairs of both hashes; `merge!` changes the hash in place.',
  },
  delete: {
    idea: 'remove-key',
    says: '`delete` removes a key from a Ruby hash, or every copy of an item from an array, and gives back what it removed (or `nil`); a string’s `delete` gives a copy without the characters given: `"a b".delete(" ")` is `"ab"`.',
  },
  concat: {
    idea: 'extend',
    says: '`concat` adds another array’s items to a Ruby array, in place.',
  },
  'any?': {
    idea: 'any',
    says: '`any?` asks whether the block answers true for any item of a Ruby collection.',
  },
  'all?': {
    idea: 'all',
    says: '`all?` asks whether the block answers true for every item of a Ruby collection.',
  },
  sample: { idea: 'random-choice', says: '`sample` gives a random item of a Ruby array.' },
  shuffle: {
    idea: 'shuffle',
    says: '`shuffle` gives a new Ruby array with the items in random order; `shuffle!` shuffles in place.',
    behaves: 'Ruby’s `shuffle` gives a shuffled copy and leaves the array as it was.',
  },
  'sort!': { idea: 'sort-in-place', says: '`sort!` sorts a Ruby array in place.' },
  'exist?': {
    idea: 'file-exists',
    on: 'File',
    says: '`File.exist?(path)` asks whether a file is there.',
  },
  'respond_to?': {
    idea: 'has-method',
    says: '`respond_to?(:name)` asks a Ruby object whether it has a method of that name.',
  },
  class: {
    idea: 'class-of',
    says: '`class` gives the class of a Ruby object: `5.class` is `Integer`.',
  },
  NoMethodError: {
    idea: 'missing-method-error',
    says: 'Ruby raises a `NoMethodError` when an object has no method of the name called.',
  },
  scan: {
    idea: 'find-all',
    says: '`scan(/pattern/)` gives every match of the pattern in a Ruby string, as an array.',
  },
  'match?': {
    idea: 'matches',
    says: '`match?(/pattern/)` asks whether a Ruby string matches the pattern.',
  },
  'Hash.new': {
    idea: 'default-dict',
    says: '`Hash.new(0)` makes a Ruby hash that answers `0` for a missing key, without storing it.',
  },
  'Array.new': {
    idea: 'filled-list',
    says: '`Array.new(3, 0)` makes a Ruby array of 3 items, each `0`; with a block, `Array.new(2) { [] }` runs the block for each item, so each is a new object.',
  },
  'Set.new': { idea: 'unique', says: '`Set.new(items)` makes a set: each item once.' },
  index: {
    idea: 'index-of',
    says: '`index` gives the position of an item in a Ruby array, or `nil` when it is not there.',
    behaves: 'Ruby’s `index` gives `nil` when the item is not there.',
  },
  ARGV: {
    idea: 'arguments',
    says: '`ARGV` holds the words given to a Ruby program on the command line, without the program’s name.',
  },

  $stdout: {
    idea: 'standard-output',
    says: '`$stdout` is the stream Ruby’s `puts` and `print` write to; a program may point it at another stream, such as `$stderr`.',
  },
  message: { idea: 'exception-message', says: '`message` is the text of a Ruby exception.' },
  assert_equal: {
    idea: 'assert-equal',
    says: '`assert_equal(expected, actual)` is Minitest’s check that two values are equal.',
  },
  assert_raises: {
    idea: 'assert-raises',
    says: '`assert_raises(SomeError) { … }` runs the block, fails unless it raises that error, and gives back the error.',
  },
  run: {
    idea: 'run-tests',
    on: 'Minitest',
    says: '`Minitest.run` runs the tests and answers whether all passed.',
  },

  ord: { idea: 'char-code', says: '`ord` gives the number of a character: `"a".ord` is `97`.' },
  chr: { idea: 'code-char', says: '`chr` gives the character of a number: `97.chr` is `"a"`.' },
  truncate: {
    idea: 'truncate',
    says: '`truncate` drops a Ruby number’s decimals, toward zero: `-2.7.truncate` is `-2`.',
  },
  gcd: { idea: 'gcd', says: '`a.gcd(b)` is the greatest common divisor of two Ruby integers.' },
  lcm: { idea: 'lcm', says: '`a.lcm(b)` is the least common multiple of two Ruby integers.' },
  sqrt: {
    idea: 'sqrt',
    on: 'Math',
    says: '`Math.sqrt(x)` is the square root of `x`, as a decimal.',
  },
  product: {
    idea: 'cartesian-product',
    says: '`a.product(b)` pairs every item of one Ruby array with every item of another.',
  },
  combination: {
    idea: 'combinations',
    says: '`combination(k)` walks every way to choose `k` items of a Ruby array, order aside.',
  },
  permutation: {
    idea: 'permutations',
    says: '`permutation(k)` walks every ordering of `k` items of a Ruby array.',
  },
  dup: {
    idea: 'copy',
    says: '`dup` makes a shallow copy of a Ruby object: a new array holding the same items.',
  },
  exit: { idea: 'exit', on: '', says: '`exit` ends a Ruby program; `exit(1)` reports a failure.' },
  now: { idea: 'now', on: 'Time', says: '`Time.now` is the current time.' },
  open: {
    idea: 'open-file',
    on: 'File',
    says: '`File.open(path)` opens a file; given a block, it closes the file when the block ends.',
  },
  parse: {
    idea: 'parse-json',
    on: 'JSON',
    says: '`JSON.parse(text)` reads JSON into Ruby hashes and arrays (after `require "json"`).',
  },
  JSON: {
    idea: 'json-library',
    says: '`JSON` is the Ruby module for JSON text, loaded with `require "json"`; its name is a constant, so it starts with a capital.',
  },
  to_json: {
    idea: 'to-json',
    says: '`to_json` writes a Ruby value as JSON text (after `require "json"`).',
  },
  cycle: {
    idea: 'cycle',
    says: '`cycle` walks a Ruby array’s items again and again (or `n` times, given `n`).',
  },
  'Float::INFINITY': {
    idea: 'infinity',
    says: '`Float::INFINITY` is Ruby’s infinite decimal number.',
  },
  'Math::PI': { idea: 'pi', says: '`Math::PI` is π in Ruby.' },
  Math: {
    idea: 'math-module',
    says: '`Math` is Ruby’s module of mathematical functions and constants (`Math.sqrt`, `Math::PI`); it is always there, with nothing to load.',
  },

  // Objects
  attr_reader: {
    idea: 'attribute-reader',
    says: '`attr_reader :owner` writes a method `owner` that gives back `@owner`: outside code may read it but not set it.',
  },
  attr_accessor: {
    idea: 'attribute-accessor',
    says: '`attr_accessor :nickname` writes two methods, `nickname` and `nickname=`, so outside code may read and set `@nickname`.',
  },
  attr_writer: {
    idea: 'attribute-writer',
    says: '`attr_writer :name` writes a method `name=` so outside code may set `@name`.',
  },
  initialize: {
    idea: 'constructor',
    says: 'Ruby calls the method that sets up a new object `initialize`; `new` runs it.',
  },
  'is_a?': {
    idea: 'is-a',
    says: '`is_a?` asks a Ruby object whether it belongs to a class (or a class it inherits from).',
  },

  // Errors
  ArgumentError: {
    idea: 'value-error',
    says: 'Ruby raises an `ArgumentError` for a value a method cannot take.',
  },
  StandardError: {
    idea: 'base-error',
    says: '`StandardError` is the class of Ruby errors a program is expected to rescue; a bare `rescue` catches it.',
  },
  KeyError: { idea: 'key-error', says: 'Ruby raises a `KeyError` when `fetch` finds no such key.' },
  ZeroDivisionError: {
    idea: 'zero-division',
    says: 'Ruby raises a `ZeroDivisionError` when a whole number is divided by zero.',
  },
};
