/**
 * Elixir's idiom table: how Elixir spells each shared idea (`src/vocabulary.ts`), what that
 * spelling does, and where it acts in a way a learner coming from another language trips over.
 * A function of a module is listed with its module (`String.upcase`), as Elixir code names it;
 * the functions of `Kernel`, which need no module, by their name alone (`length`).
 */
import type { Idiom } from '../language.js';

export const idioms: Record<string, Idiom> = {
  // Values
  nil: {
    idea: 'null',
    says: '`nil` is Elixir’s value for “nothing”; with `false`, it is the only value a condition takes as false.',
  },
  true: { idea: 'true', says: 'Elixir writes its boolean values in lower case: `true`, `false`.' },
  false: {
    idea: 'false',
    says: 'Elixir writes its boolean values in lower case: `true`, `false`.',
  },

  // Operators
  and: {
    idea: 'and',
    says: 'Elixir’s `and` needs `true` or `false` on its left (anything else raises a `BadBooleanError`); `&&` takes any value.',
  },
  '&&': {
    idea: 'and',
    says: '`&&` is Elixir’s “and” for any values: `x && y` gives `y` unless `x` is `nil` or `false`.',
  },
  or: {
    idea: 'or',
    says: 'Elixir’s `or` needs `true` or `false` on its left; `||` takes any value.',
  },
  '||': {
    idea: 'or',
    says: '`||` is Elixir’s “or” for any values: `x || y` gives `x` unless it is `nil` or `false`, and `y` then.',
  },
  not: { idea: 'not', says: 'Elixir’s `not` needs `true` or `false`; `!` takes any value.' },
  '!': {
    idea: 'not',
    says: '`!` is Elixir’s “not” for any value: `!x` is `true` only when `x` is `nil` or `false`.',
  },
  '/': {
    idea: 'divide',
    says: 'Elixir’s `/` always gives a decimal number (a float): `7 / 2` is `3.5` and `6 / 2` is `3.0`.',
    behaves:
      'Elixir’s `/` always gives a decimal number, even for two whole numbers: `7 / 2` is `3.5`, `6 / 2` is `3.0`; `div(7, 2)` gives the whole number `3`.',
    acts: 'decimal',
  },
  div: {
    idea: 'floor-divide',
    says: '`div(a, b)` divides two whole numbers and drops the remainder, toward zero: `div(7, 2)` is `3`, `div(-7, 2)` is `-3`.',
  },
  rem: {
    idea: 'remainder',
    says: '`rem(a, b)` is the remainder of dividing `a` by `b`: `rem(7, 2)` is `1` (it takes the sign of `a`: `rem(-7, 2)` is `-1`).',
  },
  '**': { idea: 'power', says: '`**` raises a number to a power in Elixir: `2 ** 10` is `1024`.' },
  '<>': {
    idea: 'concat',
    says: '`<>` joins two strings in Elixir: `"Hi, " <> name`; `+` adds numbers only.',
  },

  // Output and input
  'IO.puts': {
    idea: 'print-line',
    says: '`IO.puts` prints one string (or number) and a new line after it.',
  },
  'IO.write': {
    idea: 'print',
    says: '`IO.write` prints its argument and adds no new line: a line ends only where the text holds `\\n`.',
  },
  'IO.inspect': {
    idea: 'inspect-print',
    says: '`IO.inspect` prints a value the way Elixir would write it in code (strings keep their quotes, lists their brackets) and gives the value back, so it fits in a pipe.',
    options: {
      label:
        '`label:` prints its text and `: ` before the value: `IO.inspect(x, label: "x")` prints `x: 5`.',
      charlists:
        '`charlists: :as_lists` prints a list of small whole numbers as numbers; without it, `IO.inspect([104, 105])` prints them as text, taking them for the character codes of a charlist.',
    },
  },
  'IO.gets': {
    idea: 'input',
    says: '`IO.gets(prompt)` prints the prompt and reads a line the user types, new line included (`String.trim` drops it).',
  },
  'File.read!': {
    idea: 'read-file',
    says: '`File.read!(path)` gives a whole file as a string and raises an error when it cannot read it (`File.read` gives `{:ok, text}` or `{:error, reason}` instead).',
  },

  // Program structure
  import: {
    idea: 'import',
    says: '`import` lets the code call a module’s functions without the module’s name.',
  },
  require: {
    idea: 'import',
    says: '`require` makes a module’s macros usable, such as `Integer.is_odd`.',
  },
  raise: {
    idea: 'raise',
    says: '`raise` raises an exception in Elixir: `raise ArgumentError, "message"` names its kind and message, and `raise "message"` alone raises a `RuntimeError`.',
  },
  'Process.sleep': {
    idea: 'sleep',
    says: '`Process.sleep(ms)` pauses an Elixir program for that many milliseconds.',
  },
  'System.argv': {
    idea: 'arguments',
    says: '`System.argv()` gives the words given to an Elixir script on the command line, as a list of strings.',
  },
  'System.halt': {
    idea: 'exit',
    says: '`System.halt(n)` ends an Elixir program at once; `1` reports a failure.',
  },

  // Conversions
  to_string: {
    idea: 'to-string',
    says: '`to_string(x)` turns a number, atom or list of characters into a string.',
  },
  'Integer.to_string': {
    idea: 'to-string',
    says: '`Integer.to_string(n)` writes a whole number as a string.',
  },
  'String.to_integer': {
    idea: 'to-int',
    says: '`String.to_integer("42")` reads a whole number from a string and raises an `ArgumentError` when the string is not one.',
  },
  'Integer.parse': {
    idea: 'to-int',
    says: '`Integer.parse("42abc")` reads the digits at a string’s start and gives `{42, "abc"}`, or `:error` when there are none.',
  },
  'String.to_float': {
    idea: 'to-float',
    says: '`String.to_float("2.5")` reads a decimal number from a string and raises an `ArgumentError` when the string is not one.',
  },
  inspect: {
    idea: 'repr',
    says: '`inspect(x)` gives a value as a string the way Elixir would write it in code, quotes and brackets included.',
  },

  // Numbers
  round: {
    idea: 'round',
    says: '`round(x)` rounds a number to the nearest whole number; `Float.round(x, 2)` keeps two decimals.',
    behaves: 'Elixir’s `round` rounds a half away from zero: `round(2.5)` is `3`.',
    acts: 'half-away',
  },
  'Float.round': {
    idea: 'round',
    says: '`Float.round(x, n)` rounds a decimal number to `n` decimals: `Float.round(3.14159, 2)` is `3.14`.',
  },
  ':erlang.float_to_binary': {
    idea: 'round',
    says: '`:erlang.float_to_binary(x, decimals: n)` writes a decimal number as a string with `n` decimals: `:erlang.float_to_binary(2.5, decimals: 2)` is `"2.50"`; a module named by an atom, such as `:erlang`, is called like any other.',
  },
  floor: {
    idea: 'floor',
    says: '`floor(x)` rounds a number down to a whole number: `floor(2.7)` is `2`.',
  },
  ceil: {
    idea: 'ceil',
    says: '`ceil(x)` rounds a number up to a whole number: `ceil(2.1)` is `3`.',
  },
  abs: { idea: 'abs', says: '`abs(x)` is a number without its sign: `abs(-5)` is `5`.' },
  trunc: {
    idea: 'truncate',
    says: '`trunc(x)` drops a number’s decimals, toward zero: `trunc(-2.7)` is `-2`.',
  },
  ':rand.uniform': {
    idea: 'random',
    says: '`:rand.uniform(n)` gives a random whole number from `1` to `n`, both included.',
  },
  'Integer.is_odd': {
    idea: 'is-odd',
    says: '`Integer.is_odd(n)` answers whether a whole number is odd; it is a macro, so the code needs `require Integer` first.',
  },
  'Integer.is_even': {
    idea: 'is-even',
    says: '`Integer.is_even(n)` answers whether a whole number is even; it is a macro, so the code needs `require Integer` first.',
  },
  'Integer.gcd': {
    idea: 'gcd',
    says: '`Integer.gcd(a, b)` is the greatest common divisor of two whole numbers.',
  },
  ':math.sqrt': {
    idea: 'sqrt',
    says: '`:math.sqrt(x)` is the square root of `x`, as a decimal, from Erlang’s `:math` module.',
  },
  ':math.pi': { idea: 'pi', says: '`:math.pi()` is π, from Erlang’s `:math` module.' },
  is_nil: { idea: 'is-nil', says: '`is_nil(x)` answers whether a value is `nil`.' },

  // Collections
  length: {
    idea: 'length',
    says: '`length(list)` counts a list’s items (it walks the whole list); strings use `String.length`.',
  },
  tuple_size: {
    idea: 'length',
    says: '`tuple_size(t)` gives the number of items in an Elixir tuple, at once: a tuple keeps its items side by side, so `elem(t, i)` reads any of them directly too.',
  },
  elem: {
    idea: 'read-item',
    says: '`elem(t, i)` reads the item at position `i` of an Elixir tuple, counting from 0.',
  },
  'String.length': {
    idea: 'length',
    says: '`String.length(s)` counts a string’s characters (as a reader sees them, so `"é"` is one).',
  },
  'Enum.count': {
    idea: 'length',
    says: '`Enum.count(items)` counts the items of any collection (those a function answers true for, when given one).',
  },
  map_size: { idea: 'length', says: '`map_size(map)` counts a map’s keys.' },
  'Enum.sort': {
    idea: 'sorted',
    says: '`Enum.sort(items)` gives a sorted list; the old one stays as it was, as all Elixir data does.',
  },
  'Enum.sort_by': {
    idea: 'sort-by',
    says: '`Enum.sort_by(items, fun)` sorts by what the function answers for each item.',
  },
  'Enum.sum': { idea: 'sum', says: '`Enum.sum(numbers)` adds up a list or range of numbers.' },
  'Enum.max': { idea: 'max', says: '`Enum.max(items)` gives the largest item.' },
  'Enum.max_by': {
    idea: 'max',
    says: '`Enum.max_by(items, fun)` gives the item for which the function answers the most, the first one on a tie: `Enum.max_by(words, &String.length/1)` is the longest word.',
  },
  'Enum.min': { idea: 'min', says: '`Enum.min(items)` gives the smallest item.' },
  max: { idea: 'max', says: '`max(a, b)` gives the larger of two values.' },
  min: { idea: 'min', says: '`min(a, b)` gives the smaller of two values.' },
  'Enum.each': {
    idea: 'iterate',
    says: '`Enum.each(items, fn item -> … end)` calls the function once for each item, for what it does (printing, say); it gives back `:ok`.',
  },
  'Enum.with_index': {
    idea: 'each-with-index',
    says: '`Enum.with_index(items)` pairs each item with its position, counting from 0, as tuples `{item, index}`; `Enum.with_index(items, 1)` counts from 1.',
    behaves: 'Elixir’s `Enum.with_index` gives the item first, then its position: `{item, index}`.',
  },
  'Enum.member?': {
    idea: 'contains',
    says: '`Enum.member?(items, x)` answers whether a collection holds a value (as does `x in items`).',
  },
  in: {
    idea: 'contains',
    says: '`x in items` answers whether a list, range or map holds a value.',
  },
  'String.contains?': {
    idea: 'contains',
    says: '`String.contains?(text, part)` answers whether a string holds another.',
  },
  'Map.has_key?': {
    idea: 'contains',
    says: '`Map.has_key?(map, key)` answers whether a map holds a key.',
  },
  'Enum.empty?': {
    idea: 'is-empty',
    says: '`Enum.empty?(items)` answers whether a collection holds nothing.',
  },
  'List.first': {
    idea: 'first',
    says: '`List.first(list)` is a list’s first item, or `nil` for an empty list.',
  },
  hd: {
    idea: 'first',
    says: '`hd(list)` is a list’s first item (its head); an empty list raises an error.',
  },
  'List.last': {
    idea: 'last',
    says: '`List.last(list)` is a list’s last item, or `nil` for an empty list.',
  },
  'Enum.at': {
    idea: 'read-item',
    says: '`Enum.at(list, i)` reads a list’s item by its position, counting from 0 (a negative one counts from the end), walking the list to it; past the end it gives `nil`.',
  },
  'Enum.map': {
    idea: 'map',
    says: '`Enum.map(items, fun)` gives a new list of the function’s answers for each item.',
  },
  'Enum.filter': {
    idea: 'filter',
    says: '`Enum.filter(items, fun)` keeps the items for which the function answers true.',
  },
  'Enum.reject': {
    idea: 'reject',
    says: '`Enum.reject(items, fun)` drops the items for which the function answers true.',
  },
  'Enum.reduce': {
    idea: 'reduce',
    says: '`Enum.reduce(items, start, fn item, total -> … end)` combines the items into one value; the function takes the item first, then the total so far.',
  },
  'Enum.zip': {
    idea: 'zip',
    says: '`Enum.zip(a, b)` pairs the items at the same place of two lists, as tuples.',
  },
  'Enum.reverse': {
    idea: 'reverse',
    says: '`Enum.reverse(list)` gives the items in reverse order, as a new list.',
  },
  'String.reverse': {
    idea: 'reverse',
    says: '`String.reverse(s)` gives a string’s characters in reverse order.',
  },
  'Enum.group_by': {
    idea: 'group-by',
    says: '`Enum.group_by(items, fun)` makes a map from the function’s answer for each item to the list of items that gave it.',
  },
  'Enum.find': {
    idea: 'find',
    says: '`Enum.find(items, fun)` gives the first item for which the function answers true, or `nil`.',
  },
  'Enum.split_with': {
    idea: 'partition',
    says: '`Enum.split_with(items, fun)` splits a collection in two lists, as a tuple: the items the function answers true for, and the rest.',
  },
  'Enum.uniq': { idea: 'unique', says: '`Enum.uniq(items)` gives a list without repeated items.' },
  'Enum.frequencies': {
    idea: 'tally',
    says: '`Enum.frequencies(items)` counts how often each item appears, as a map.',
  },
  'Enum.chunk_every': {
    idea: 'chunks',
    says: '`Enum.chunk_every(items, n)` cuts a collection into lists of `n` items.',
  },
  'Enum.any?': {
    idea: 'any',
    says: '`Enum.any?(items, fun)` answers whether the function answers true for any item.',
  },
  'Enum.all?': {
    idea: 'all',
    says: '`Enum.all?(items, fun)` answers whether the function answers true for every item.',
  },
  'Enum.random': { idea: 'random-choice', says: '`Enum.random(items)` gives a random item.' },
  'Enum.shuffle': {
    idea: 'shuffle',
    says: '`Enum.shuffle(items)` gives a new list with the items in random order.',
  },
  'Enum.to_list': {
    idea: 'to-list',
    says: '`Enum.to_list(x)` turns a range or map into a list.',
  },
  'String.graphemes': {
    idea: 'to-list',
    says: '`String.graphemes(s)` gives a string’s characters as a list of strings.',
  },
  'Map.new': {
    idea: 'to-dict',
    says: '`Map.new(pairs)` makes a map from a list of `{key, value}` tuples.',
  },
  'Enum.join': {
    idea: 'join',
    says: '`Enum.join(items, ", ")` joins a list’s items into one string, the separator between them.',
  },
  '++': {
    idea: 'extend',
    says: '`++` joins two lists into a new one, `[3, 1, 2] ++ [5, 4]`; the lists themselves stay as they were.',
  },
  'Map.put': {
    idea: 'store-key',
    says: '`Map.put(map, key, value)` gives a new map with the key set to the value; the old map stays as it was, so the result is bound to a name again.',
  },
  'Enum.concat': {
    idea: 'extend',
    says: '`Enum.concat(a, b)` gives a new list of both lists’ items.',
  },
  'Enum.find_index': {
    idea: 'index-of',
    says: '`Enum.find_index(items, fun)` gives the position of the first item the function answers true for, or `nil`.',
  },
  'List.delete': {
    idea: 'remove-item',
    says: '`List.delete(list, x)` gives a new list without the first copy of `x`.',
  },
  'Stream.cycle': {
    idea: 'cycle',
    says: '`Stream.cycle(items)` walks the items again and again; `Enum.take` stops it.',
  },

  // Maps
  'Map.get': {
    idea: 'get-default',
    says: '`Map.get(map, key, default)` reads a key, with the default (or `nil`) when the key is missing.',
  },
  'Map.fetch': {
    idea: 'fetch',
    says: '`Map.fetch(map, key)` gives `{:ok, value}` for a key the map holds and `:error` for one it does not, for a `case` to match.',
  },
  'Keyword.get': {
    idea: 'get-default',
    says: '`Keyword.get(options, :key, default)` reads an option from a keyword list, with the default when it is missing.',
  },
  'Map.keys': { idea: 'keys', says: '`Map.keys(map)` gives a map’s keys, as a list.' },
  'Map.values': { idea: 'values', says: '`Map.values(map)` gives a map’s values, as a list.' },
  'Map.merge': {
    idea: 'merge',
    says: '`Map.merge(a, b)` gives a new map with the pairs of both, `b`’s value winning for a key in both.',
  },
  'Map.pop': {
    idea: 'remove-key',
    says: '`Map.pop(map, key)` gives `{value, map_without_key}`: Elixir never changes a map, so the map without the key is a new one.',
  },
  'Map.to_list': {
    idea: 'items',
    says: '`Map.to_list(map)` gives a map’s keys and values as a list of `{key, value}` tuples.',
  },

  // Strings
  'String.upcase': {
    idea: 'upcase',
    says: '`String.upcase(s)` gives a string in capital letters.',
  },
  'String.downcase': {
    idea: 'downcase',
    says: '`String.downcase(s)` gives a string in small letters.',
  },
  'String.capitalize': {
    idea: 'capitalize',
    says: '`String.capitalize(s)` gives a string with its first letter in capitals and the rest in small letters.',
  },
  'String.trim': {
    idea: 'strip',
    says: '`String.trim(s)` gives a string without the spaces (and new lines) at either end.',
  },
  'String.replace': {
    idea: 'replace-all',
    says: '`String.replace(s, old, new)` replaces every match in a string (`global: false` only the first).',
    options: {
      global:
        '`global: false` makes `String.replace` replace only the first match; without it, every match is replaced.',
    },
  },
  'String.split': {
    idea: 'split',
    says: '`String.split(s, sep)` cuts a string into a list at each separator (at spaces, when given none).',
    options: {
      trim: '`trim: true` makes `String.split` leave out the empty strings it would give, such as the one after a final new line.',
    },
  },
  'String.starts_with?': {
    idea: 'starts-with',
    says: '`String.starts_with?(s, prefix)` answers whether a string starts with another.',
  },
  'String.ends_with?': {
    idea: 'ends-with',
    says: '`String.ends_with?(s, suffix)` answers whether a string ends with another.',
  },
  'File.exists?': {
    idea: 'file-exists',
    says: '`File.exists?(path)` answers whether a file is there.',
  },
  'DateTime.utc_now': { idea: 'now', says: '`DateTime.utc_now()` is the current time, in UTC.' },
  message: {
    idea: 'exception-message',
    says: '`message` is the text of an Elixir exception: `error.message`.',
  },

  // Tests
  assert: {
    idea: 'assert-equal',
    says: '`assert` is ExUnit’s check that an expression holds; written with `==`, a failure shows both sides.',
  },
  assert_raise: {
    idea: 'assert-raises',
    says: '`assert_raise SomeError, fn -> … end` runs the function, fails unless it raises that error, and gives back the error.',
  },
  'ExUnit.start': {
    idea: 'import',
    says: '`ExUnit.start()` starts ExUnit, the test framework that comes with Elixir; `autorun: false` keeps it from running the tests when the script ends, so `ExUnit.run()` runs them where the code says.',
  },
  'ExUnit.run': {
    idea: 'run-tests',
    says: '`ExUnit.run()` runs the tests and gives back a map of counts, such as `%{failures: 0}`.',
  },

  // Structs
  new: {
    idea: 'constructor',
    says: '`new` is, by convention, the name of the function that builds a module’s struct, `Dog.new("Rex", 3)`: an ordinary function, not a keyword.',
  },
  defstruct: {
    idea: 'record',
    says: '`defstruct [:name, :age]` gives a module a struct: a map with those fields, written `%User{name: "Ann"}`.',
  },

  // Errors
  defexception: {
    idea: 'base-error',
    says: '`defexception [:message]` makes the module around it an exception: a struct with a `message` field, which `raise` raises (`raise MyError, "…"` sets the message) and `rescue` catches.',
  },
  ArgumentError: {
    idea: 'value-error',
    says: 'Elixir raises an `ArgumentError` for an argument a function cannot take.',
  },
  KeyError: {
    idea: 'key-error',
    says: 'Elixir raises a `KeyError` for a missing key read with `map.key` or `Map.fetch!`.',
  },
  ArithmeticError: {
    idea: 'zero-division',
    says: 'Elixir raises an `ArithmeticError` for arithmetic it cannot do, such as dividing by zero.',
  },
  UndefinedFunctionError: {
    idea: 'missing-method-error',
    says: 'Elixir raises an `UndefinedFunctionError` when a module has no function of the name (and number of arguments) called.',
  },
};
