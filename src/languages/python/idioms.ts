/**
 * Python's idiom table: how Python spells each shared idea (`src/vocabulary.ts`), what that
 * spelling does, and where it acts in a way a learner coming from another language trips over.
 * The aligner pairs spellings of one idea (`upper` with another language's word for capitals),
 * and the explanation of Python's side comes from here.
 */
import type { Idiom } from '../language.js';

export const idioms: Record<string, Idiom> = {
  // Values
  None: { idea: 'null', says: '`None` is Python’s value for “nothing”.' },
  True: {
    idea: 'true',
    says: 'Python writes its boolean values with a capital letter: `True`, `False`.',
  },
  False: {
    idea: 'false',
    says: 'Python writes its boolean values with a capital letter: `True`, `False`.',
  },

  // Operators
  and: { idea: 'and', says: 'Python spells “and” as the word `and`.' },
  or: {
    idea: 'or',
    says: 'Python spells “or” as the word `or`: `x or y` gives `x` unless it counts as false (`None`, `0`, `""`, an empty list or dict), and `y` then.',
  },
  not: { idea: 'not', says: 'Python spells “not” as the word `not`.' },
  '/': {
    idea: 'divide',
    says: 'Python’s `/` always gives a decimal number: `7 / 2` is `3.5`.',
    behaves:
      'Python’s `/` always gives a decimal number (`7 / 2` is `3.5`); `//` divides and rounds down (`7 // 2` is `3`).',
    acts: 'decimal',
  },
  '//': {
    idea: 'floor-divide',
    says: 'Python’s `//` divides and rounds down to a whole number: `7 // 2` is `3`; its `/` always gives a decimal.',
  },
  '**': { idea: 'power', says: '`**` raises a number to a power in Python: `7 ** 2` is `49`.' },
  '+ on-string': {
    idea: 'concat',
    says: '`+` joins two strings in Python; a number must be made a string first: `"n = " + str(5)` (`"n = " + 5` raises a `TypeError`).',
  },
  '%': {
    idea: 'remainder',
    says: '`%` gives the remainder of a division in Python: `7 % 2` is `1`, so `n % 2` is `0` for an even number and `1` for an odd one; the remainder takes the sign of the number divided by, so `-7 % 2` is `1` too.',
  },
  '% on-string': {
    idea: 'format',
    says: '`%` after a Python string fills its `%s`, `%d` and `%.2f` slots with values: `"%.1f" % price`.',
  },
  'is on-null': {
    idea: 'is-nil',
    says: '`x is None` asks whether a Python value is `None`: `is` asks whether two values are the very same object, and there is only one `None`.',
  },
  'is not on-null': {
    idea: 'is-nil',
    says: '`x is not None` asks whether a Python value is anything but `None`.',
  },
  in: {
    idea: 'contains',
    says: '`in` asks whether a collection or string holds a value: `"a" in word`.',
  },
  'not in': {
    idea: 'contains',
    says: '`not in` asks whether a collection or string does not hold a value.',
  },

  // Output and input
  print: {
    idea: 'print-line',
    says: '`print` is Python’s built-in function for printing; it puts a space between its values and a new line at the end.',
    options: {
      sep: '`sep=` sets what Python’s `print` puts between its values (a space unless told otherwise); `sep="\\n"` puts each on a line of its own.',
      end: '`end=` sets what Python’s `print` puts after the last value (a new line unless told otherwise); `end=""` prints no new line.',
    },
  },
  input: { idea: 'input', says: '`input()` reads a line the user types, without its new line.' },
  repr: {
    idea: 'repr',
    says: '`repr` shows a value the way Python would write it in code, quotes and brackets included.',
  },

  // Program structure
  raise: {
    idea: 'raise',
    says: '`raise` raises an exception in Python, made by calling its class with the message: `raise ValueError("message")`; a bare string cannot be raised (a `TypeError`).',
    tellsArguments: true,
  },
  format: {
    idea: 'format',
    says: '`format(value, spec)` formats one value, as in `format(2.5, ".1f")`.',
  },
  sleep: {
    idea: 'sleep',
    on: 'time',
    says: '`time.sleep(n)` pauses a Python program for `n` seconds.',
  },

  // Conversions
  str: {
    idea: 'to-string',
    says: '`str` is a Python built-in function you pass the value to, to get a string.',
  },
  int: {
    idea: 'to-int',
    says: '`int` is a Python built-in function you pass the value to, to get a whole number; on a string that is not a number it raises a `ValueError`.',
  },
  float: {
    idea: 'to-float',
    says: '`float` is a Python built-in function you pass the value to, to get a decimal number; on a string that is not a number it raises a `ValueError`.',
  },

  // Numbers
  round: {
    idea: 'round',
    says: '`round` is a Python built-in function you pass the number to: `round(price, 2)` keeps two decimals.',
    behaves:
      'Python’s `round` rounds a half to the even neighbour: `round(2.5)` is `2`, `round(3.5)` is `4`; and a decimal stored in binary may round down (`round(2.675, 2)` is `2.67`).',
  },
  floor: {
    idea: 'floor',
    on: 'math',
    says: '`math.floor` rounds a number down: `math.floor(2.7)` is `2` (after `import math`).',
  },
  ceil: {
    idea: 'ceil',
    on: 'math',
    says: '`math.ceil` rounds a number up: `math.ceil(2.1)` is `3` (after `import math`).',
  },
  abs: {
    idea: 'abs',
    says: '`abs` is a Python built-in function you pass the number to: `abs(-5)` is `5`.',
  },
  randint: {
    idea: 'random',
    on: 'random',
    says: '`random.randint(a, b)` gives a random whole number from `a` to `b`, both included.',
  },

  // Collections
  len: {
    idea: 'length',
    says: '`len` is a Python built-in function you pass the value to: `len(items)`.',
  },
  sorted: {
    idea: 'sorted',
    says: '`sorted` is a Python built-in function you pass the collection to; it returns a sorted copy (`key=` says what to sort by).',
    options: {
      key: '`key=` gives `sorted` a function whose answer for each item is what it sorts by: `sorted(words, key=len)` sorts by length.',
      reverse: '`reverse=True` makes `sorted` put the largest first.',
    },
  },
  append: { idea: 'append', says: '`append` adds one item to the end of a Python list, in place.' },
  sum: {
    idea: 'sum',
    says: '`sum` is a Python built-in function you pass the collection to: `sum(prices)`.',
  },
  max: {
    idea: 'max',
    says: '`max` is a Python built-in function you pass the collection to: `max(numbers)`.',
    options: {
      key: '`key=` gives `max` a function to compare the items by, instead of the items themselves: `max(words, key=len)` is the longest item.',
    },
  },
  min: {
    idea: 'min',
    says: '`min` is a Python built-in function you pass the collection to: `min(numbers)`.',
    options: {
      key: '`key=` gives `min` a function to compare the items by, instead of the items themselves: `min(words, key=len)` is the shortest item.',
    },
  },
  map: {
    idea: 'map',
    says: '`map(f, items)` calls `f` on each item; a comprehension `[f(x) for x in items]` is more usual.',
  },
  filter: {
    idea: 'filter',
    says: '`filter(f, items)` keeps the items `f` answers true for; a comprehension with `if` is more usual.',
  },
  reduce: {
    idea: 'reduce',
    says: '`reduce(f, items, start)` (from `functools`) combines the items into one value, `f` taking the total so far and the next item.',
  },
  zip: { idea: 'zip', says: '`zip` pairs up the items of two collections, place by place.' },
  reversed: {
    idea: 'reverse',
    says: '`reversed` walks a sequence backwards; `[::-1]` makes a reversed copy.',
  },
  enumerate: {
    idea: 'each-with-index',
    says: '`enumerate` gives each item with its position, for `for i, x in enumerate(items)`; `start=` sets the first number.',
    behaves:
      'Python’s `enumerate` gives the position first, then the item: `for index, task in enumerate(tasks)`.',
  },
  range: {
    idea: 'range',
    says: '`range(a, b)` counts from `a` up to `b - 1`, and `range(b)` from `0`: it stops before its end.',
  },
  items: {
    idea: 'items',
    says: '`items()` gives a Python dictionary’s keys and values, pair by pair, for `for key, value in d.items()`.',
  },
  keys: { idea: 'keys', says: '`keys()` gives a Python dictionary’s keys.' },
  values: { idea: 'values', says: '`values()` gives a Python dictionary’s values.' },
  get: {
    idea: 'get-default',
    says: '`get` reads a dictionary key, giving the default passed (or `None`) when the key is missing.',
  },
  setdefault: {
    idea: 'get-default',
    says: '`setdefault(key, default)` reads a key, first storing the default when the key is missing.',
  },

  // Strings
  upper: { idea: 'upcase', says: '`upper()` gives a Python string in capital letters.' },
  lower: { idea: 'downcase', says: '`lower()` gives a Python string in small letters.' },
  capitalize: {
    idea: 'capitalize',
    says: '`capitalize()` gives a Python string with its first letter in capitals and the rest in small letters.',
  },
  strip: {
    idea: 'strip',
    says: '`strip()` gives a Python string without the spaces at either end.',
  },
  replace: {
    idea: 'replace-all',
    says: '`replace(old, new)` replaces every match in a Python string; a third argument, `1`, limits it to the first.',
  },
  splitlines: {
    idea: 'split-lines',
    says: '`splitlines()` cuts a Python string into a list of its lines, without their new lines.',
  },
  split: { idea: 'split', says: '`split` cuts a Python string into a list at each separator.' },
  sub: {
    idea: 'replace-all',
    on: 're',
    says: '`re.sub(pattern, new, text)` replaces every match of the pattern in the string.',
  },
  join: {
    idea: 'join',
    says: 'In Python, `join` is called on the separator, with the list as argument: `", ".join(words)`; the items must be strings already (`", ".join([1, 2])` raises a `TypeError`).',
  },
  startswith: {
    idea: 'starts-with',
    says: '`startswith` asks a Python string whether it starts with another.',
  },
  endswith: {
    idea: 'ends-with',
    says: '`endswith` asks a Python string whether it ends with another.',
  },
  center: {
    idea: 'center',
    says: '`center(width)` pads a Python string with spaces on both sides to the width given.',
  },

  next: {
    idea: 'find',
    says: '`next(x for x in items if …)` gives the first item that fits, from a generator expression.',
  },
  set: { idea: 'unique', says: '`set` keeps each item once (a set has no order).' },

  '@dataclass': {
    idea: 'record',
    says: '`@dataclass` writes `__init__` (and a readable `__repr__`) for a class from its annotated fields, `hour: int`.',
  },
  '@property': {
    idea: 'attribute-reader',
    says: '`@property` lets code read a method like an attribute, with no `()`: `account.owner`.',
  },
  list: {
    idea: 'to-list',
    says: '`list(x)` makes a Python list of the items of `x`: a range, a string’s characters, a dict’s keys.',
  },
  dict: { idea: 'to-dict', says: '`dict(pairs)` makes a Python dictionary from key–value pairs.' },
  update: {
    idea: 'merge',
    says: '`update` adds another dictionary’s pairs to a Python dictionary in place, and gives back `None`; `a | b` makes a new one.',
  },
  del: {
    idea: 'remove-key',
    says: '`del d[key]` removes a key from a Python dictionary (a `KeyError` when it is missing), and `del items[i]` an item from a list; it gives back nothing.',
  },
  pop: {
    idea: 'remove-key',
    says: '`pop()` removes the last item of a Python list and gives it back (`pop(0)`: the first); on a dictionary, `pop(key)` removes the key and gives back its value (a `KeyError` when it is missing and no default is given).',
  },
  extend: {
    idea: 'extend',
    says: '`extend` adds another list’s items to a Python list, in place.',
  },
  any: {
    idea: 'any',
    says: '`any(…)` asks whether any item counts as true: `any(n > 3 for n in numbers)`.',
  },
  all: {
    idea: 'all',
    says: '`all(…)` asks whether every item counts as true: `all(n > 3 for n in numbers)`.',
  },
  // The modules the calls above are made on (`math` of `math.sqrt`): said where one is.
  math: {
    idea: 'math-module',
    says: '`math` is Python’s module of mathematical functions and constants (`math.sqrt`, `math.pi`); `import math` loads it.',
  },
  random: {
    idea: 'random-module',
    says: '`random` is Python’s module of random numbers (`random.randint`, `random.choice`, and `random.random()`, a decimal from 0 up to 1); `import random` loads it.',
  },
  re: {
    idea: 'regex-module',
    says: '`re` is Python’s module of regular expressions (`re.sub`, `re.search`); `import re` loads it.',
  },
  choice: {
    idea: 'random-choice',
    on: 'random',
    says: '`random.choice(items)` gives a random item of a sequence.',
  },
  shuffle: {
    idea: 'shuffle',
    on: 'random',
    says: '`random.shuffle(items)` shuffles a Python list in place and gives back `None`.',
    behaves: 'Python’s `random.shuffle` changes the list itself and gives back `None`.',
  },
  sort: {
    idea: 'sort-in-place',
    says: '`sort()` sorts a Python list in place and gives back `None`; `sorted` makes a sorted copy.',
  },
  exists: {
    idea: 'file-exists',
    on: 'os.path',
    says: '`os.path.exists(path)` asks whether a file or folder is there.',
  },
  hasattr: {
    idea: 'has-method',
    says: '`hasattr(obj, "name")` asks whether a Python object has an attribute (or method) of that name.',
  },
  type: {
    idea: 'class-of',
    says: '`type(x)` gives the class of a Python value: `type(5)` is `int`.',
  },
  AttributeError: {
    idea: 'missing-method-error',
    says: 'Python raises an `AttributeError` when an object has no attribute or method of the name used.',
  },
  findall: {
    idea: 'find-all',
    on: 're',
    says: '`re.findall(pattern, text)` gives every match of the pattern, as a list.',
  },
  search: {
    idea: 'matches',
    on: 're',
    says: '`re.search(pattern, text)` finds the pattern anywhere in the string, or gives `None`.',
  },
  defaultdict: {
    idea: 'default-dict',
    says: '`defaultdict(int)` makes a Python dictionary that stores `int()`, that is `0`, for a missing key the first time it is read.',
  },
  Counter: {
    idea: 'tally',
    says: '`Counter(items)` counts how often each item appears, as a dictionary.',
  },
  index: {
    idea: 'index-of',
    says: '`index` gives the position of an item in a Python list, and raises a `ValueError` when it is not there.',
    behaves: 'Python’s `index` raises a `ValueError` when the item is not there.',
  },
  remove: {
    idea: 'remove-item',
    says: '`remove(x)` removes the first copy of `x` from a Python list, and raises a `ValueError` when there is none.',
  },
  argv: {
    idea: 'arguments',
    on: 'sys',
    says: '`sys.argv` holds the words given to a Python program on the command line, the program’s name first.',
  },
  // Bare, the module's own name; `cls.__name__` is a class's name, which is another thing.
  __name__: {
    idea: 'main-guard',
    on: '',
    says: '`__name__` is `"__main__"` when Python runs this file itself, not when another file imports it; `if __name__ == "__main__":` holds what runs only then.',
  },
  reverse: {
    idea: 'reverse',
    says: '`reverse()` turns a Python list around in place and gives back `None`; `reversed(x)` and `x[::-1]` give a reversed copy.',
    behaves: 'Python’s list `reverse()` turns the list around in place and gives back `None`.',
  },

  'self.assertEqual': {
    idea: 'assert-equal',
    says: '`self.assertEqual(first, second)` is a `unittest` test’s check that two values are equal.',
  },
  'self.assertRaises': {
    idea: 'assert-raises',
    says: '`with self.assertRaises(SomeError) as context:` fails unless the indented code raises that error; `context.exception` is the error.',
  },
  main: {
    idea: 'run-tests',
    on: 'unittest',
    says: '`unittest.main(exit=False)` runs the tests without ending the program; `.result.wasSuccessful()` answers whether all passed.',
  },

  ord: {
    idea: 'char-code',
    says: '`ord(c)` is a built-in function giving the number of a character: `ord("a")` is `97`.',
  },
  chr: {
    idea: 'code-char',
    says: '`chr(n)` is a built-in function giving the character of a number: `chr(97)` is `"a"`.',
  },
  trunc: {
    idea: 'truncate',
    on: 'math',
    says: '`math.trunc(x)` drops a number’s decimals, toward zero: `math.trunc(-2.7)` is `-2`.',
  },
  gcd: {
    idea: 'gcd',
    on: 'math',
    says: '`math.gcd(a, b)` is the greatest common divisor of two integers.',
  },
  lcm: {
    idea: 'lcm',
    on: 'math',
    says: '`math.lcm(a, b)` (Python 3.9 and later) is the least common multiple of two integers.',
  },
  sqrt: {
    idea: 'sqrt',
    on: 'math',
    says: '`math.sqrt(x)` is the square root of `x`, as a decimal.',
  },
  product: {
    idea: 'cartesian-product',
    on: 'itertools',
    says: '`itertools.product(a, b)` pairs every item of one collection with every item of another.',
  },
  combinations: {
    idea: 'combinations',
    on: 'itertools',
    says: '`itertools.combinations(items, k)` gives every way to choose `k` items, order aside.',
  },
  permutations: {
    idea: 'permutations',
    on: 'itertools',
    says: '`itertools.permutations(items, k)` gives every ordering of `k` items.',
  },
  copy: {
    idea: 'copy',
    says: '`copy()` makes a shallow copy of a Python list, dict or set: a new one holding the same items.',
  },
  exit: {
    idea: 'exit',
    on: 'sys',
    says: '`sys.exit()` ends a Python program; `sys.exit(1)` reports a failure.',
  },
  now: {
    idea: 'now',
    on: 'datetime',
    says: '`datetime.now()` is the current date and time (after `from datetime import datetime`).',
  },
  open: {
    idea: 'open-file',
    on: '',
    says: '`open(path)` opens a file; `with open(path) as f:` closes it when the block ends.',
  },
  loads: {
    idea: 'parse-json',
    on: 'json',
    says: '`json.loads(text)` reads JSON into Python dicts and lists (after `import json`).',
  },
  dumps: {
    idea: 'to-json',
    on: 'json',
    says: '`json.dumps(value)` writes a Python value as JSON text.',
  },
  cycle: {
    idea: 'cycle',
    on: 'itertools',
    says: '`itertools.cycle(items)` walks the items again and again, without end.',
  },
  inf: {
    idea: 'infinity',
    on: 'math',
    says: '`math.inf` is Python’s infinite float (also `float("inf")`).',
  },
  pi: { idea: 'pi', on: 'math', says: '`math.pi` is π in Python.' },

  // Objects
  __init__: {
    idea: 'constructor',
    says: 'Python calls the method that sets up a new object `__init__`; calling the class runs it.',
  },
  __str__: {
    idea: 'to-string',
    says: 'Python calls `__str__` to turn an object into a string, for `print` and `str()`.',
  },
  __repr__: {
    idea: 'repr',
    says: 'Python calls `__repr__` to show an object as it would be written in code.',
  },
  isinstance: {
    idea: 'is-a',
    says: '`isinstance(value, cls)` asks whether a value belongs to a class (or a class it inherits from); `True` and `False` count as `int`s too.',
    behaves: 'In Python, `True` and `False` are integers too: `isinstance(True, int)` is `True`.',
  },

  // Errors
  ValueError: {
    idea: 'value-error',
    says: 'Python raises a `ValueError` for a value of the right type but the wrong content.',
  },
  Exception: {
    idea: 'base-error',
    says: '`Exception` is the class of Python errors a program is expected to catch.',
  },
  KeyError: {
    idea: 'key-error',
    says: 'Python raises a `KeyError` when a dictionary has no such key.',
  },
  ZeroDivisionError: {
    idea: 'zero-division',
    says: 'Python raises a `ZeroDivisionError` when a number is divided by zero.',
  },
};
