/**
 * Java's idiom table: how Java spells each shared idea (`src/vocabulary.ts`), what that spelling
 * does, and where it acts in a way a learner coming from another language trips over. A static
 * method is listed with its class (`Math.max`, `System.out.println`), an object's method by its
 * name (`length`, `add`), an operator on a string as `op on-string`, on `null` as `op on-null`,
 * with a decimal number on either side as `op on-decimal`.
 */
import type { Idiom } from '../language.js';

export const idioms: Record<string, Idiom> = {
  // Values
  null: {
    idea: 'null',
    says: '`null` is Java’s value for “no object”; calling a method on it throws a `NullPointerException`.',
  },
  true: { idea: 'true', says: 'Java writes its boolean values in small letters: `true`, `false`.' },
  false: {
    idea: 'false',
    says: 'Java writes its boolean values in small letters: `true`, `false`.',
  },

  // Operators
  '&&': { idea: 'and', says: 'Java writes “and” as `&&`, between two `boolean` values.' },
  '||': {
    idea: 'or',
    says: 'Java writes “or” as `||`, between two `boolean` values; the answer is always `true` or `false`.',
  },
  '!': { idea: 'not', says: 'Java writes “not” as `!` before a `boolean` value.' },
  '/': {
    idea: 'divide',
    says: 'Java’s `/` between two whole numbers (`int`s) gives a whole number, dropping the remainder: `7 / 2` is `3`; with a decimal on either side it divides exactly: `7 / 2.0` is `3.5`.',
    behaves:
      'Java’s `/` between two `int`s drops the remainder, toward zero: `7 / 2` is `3` and `-7 / 2` is `-3`; `7 / 2.0` is `3.5`.',
  },
  '/ on-decimal': {
    idea: 'divide',
    says: 'With a decimal on either side, Java’s `/` divides exactly: `7 / 2.0` is `3.5`.',
    acts: 'decimal',
  },
  '%': {
    idea: 'remainder',
    says: '`%` gives the remainder of a division in Java: `7 % 2` is `1`; it takes the sign of the number divided, so `-7 % 2` is `-1`.',
  },
  'Math.pow': {
    idea: 'power',
    says: '`Math.pow(a, b)` raises `a` to the power `b` and gives a `double`: `Math.pow(2, 10)` is `1024.0`.',
  },
  'Math.floorDiv': {
    idea: 'floor-divide',
    says: '`Math.floorDiv(a, b)` divides two whole numbers and rounds down: `Math.floorDiv(-7, 2)` is `-4`, where `-7 / 2` is `-3`.',
  },
  '+ on-string': {
    idea: 'concat',
    says: 'Java has no interpolation: `+` joins a string with any value, turned into text, so `"age is " + age` reads `age is 12` when `age` is `12`.',
  },
  '== on-string': {
    idea: 'equals',
    says: 'Java’s `==` between two strings asks whether they are the same object in memory, not whether they hold the same text; `a.equals(b)` compares the text.',
    behaves:
      'Java’s `==` between two strings asks whether they are the same object, not whether they hold the same text: a string read or built while the program runs is `!=` to an equal literal. `name.equals("Ann")` compares the text.',
    warnsAlone: true,
  },
  '!= on-string': {
    idea: 'equals',
    says: 'Java’s `!=` between two strings asks whether they are different objects, not whether their text differs; `!a.equals(b)` compares the text.',
    behaves:
      'Java’s `!=` between two strings asks whether they are different objects, not whether their text differs: two strings holding the same text can be `!=`. `!name.equals("Ann")` compares the text.',
    warnsAlone: true,
  },
  '== on-null': {
    idea: 'is-nil',
    says: '`x == null` asks whether a Java variable holds no object at all; `==` compares the object itself, which is the question here.',
  },
  '!= on-null': {
    idea: 'is-nil',
    says: '`x != null` asks whether a Java variable holds an object.',
  },
  '++': { idea: 'increment', says: '`count++` adds 1 to a Java variable, as `count += 1` does.' },
  IntSupplier: {
    idea: 'function-type',
    says: '`IntSupplier` is the Java type of a function that takes nothing and gives back an `int`; it is called as `getAsInt()`.',
  },
  Runnable: {
    idea: 'function-type',
    says: '`Runnable` is the Java type of a function that takes nothing and gives back nothing; it is called as `run()`.',
  },
  Function: {
    idea: 'function-type',
    says: '`Function<T, R>` is the Java type of a function that takes a `T` and gives back an `R`; it is called as `apply(x)`.',
  },
  UnaryOperator: {
    idea: 'function-type',
    says: '`UnaryOperator<T>` is the Java type of a function that takes a `T` and gives back a `T`; it is called as `apply(x)`.',
  },
  BinaryOperator: {
    idea: 'function-type',
    says: '`BinaryOperator<T>` is the Java type of a function that takes two `T`s and gives back a `T`; it is called as `apply(a, b)`.',
  },
  Predicate: {
    idea: 'function-type',
    says: '`Predicate<T>` is the Java type of a function that takes a `T` and answers `true` or `false`; it is called as `test(x)`.',
  },
  Consumer: {
    idea: 'function-type',
    says: '`Consumer<T>` is the Java type of a function that takes a `T` and gives back nothing; it is called as `accept(x)`.',
  },
  AtomicInteger: {
    idea: 'number-box',
    says: '`AtomicInteger` keeps an `int` in an object that its methods change in place (`incrementAndGet()`): a Java lambda may not assign a local variable of the method around it, so a count it changes is kept in such an object.',
  },
  incrementAndGet: {
    idea: 'increment',
    says: '`incrementAndGet()` adds 1 to a Java `AtomicInteger` and gives the new value; a lambda may not assign a variable of the method around it, so a count it changes is kept in such an object.',
  },
  '--': {
    idea: 'decrement',
    says: '`count--` takes 1 from a Java variable, as `count -= 1` does.',
  },
  instanceof: {
    idea: 'is-a',
    says: '`x instanceof Dog` asks whether a Java value is an object of that class, or of a class that inherits from it.',
  },

  // Output
  'System.out.println': {
    idea: 'print-line',
    says: '`System.out.println` prints one value and then a new line; it takes a single value (none prints an empty line), so several are joined with `+` first.',
  },
  'System.out.print': {
    idea: 'print',
    says: '`System.out.print` prints one value with no new line after it: a line ends only where the text holds `\\n`.',
  },
  'System.out.printf': {
    idea: 'print',
    says: '`System.out.printf` fills the `%d`, `%s` and `%.2f` slots of its first string with the values after it and prints the result, with no new line unless the string holds `%n`.',
  },
  'Locale.ROOT': {
    idea: 'format',
    says: '`Locale.ROOT` asks `String.format` for the neutral way of writing numbers, with a point before the decimals, whatever the language the computer is set to (a German one writes `19,99`).',
  },
  'String.format': {
    idea: 'format',
    says: '`String.format` fills the `%d`, `%s` and `%.2f` slots of its first string with the values after it and gives back the string.',
  },

  // Program structure
  throw: {
    idea: 'raise',
    says: '`throw` raises an exception in Java; the exception is an object made with `new`: `throw new IllegalArgumentException("…")`.',
  },
  'Thread.sleep': {
    idea: 'sleep',
    says: '`Thread.sleep(ms)` pauses a Java program for a number of milliseconds.',
  },
  'System.exit': {
    idea: 'exit',
    says: '`System.exit(0)` ends a Java program; another number than `0` reports a failure.',
  },

  // Conversions
  'String.valueOf': {
    idea: 'to-string',
    says: '`String.valueOf(x)` turns any value into a string.',
  },
  // (`as const`: a key named like an object's own `toString` loses its contextual type.)
  toString: {
    idea: 'to-string' as const,
    says: '`toString()` turns a Java object into a string; printing an object and joining it to a string with `+` call it.',
  },
  'Integer.parseInt': {
    idea: 'to-int',
    says: '`Integer.parseInt(s)` reads a whole number from a string, and throws a `NumberFormatException` when the string holds none.',
  },
  'Double.parseDouble': {
    idea: 'to-float',
    says: '`Double.parseDouble(s)` reads a decimal number from a string, and throws a `NumberFormatException` when the string holds none.',
  },
  '(int)': {
    idea: 'to-int',
    says: '`(int)` before a value turns it into an `int`, dropping any decimals toward zero: `(int) 2.7` is `2`. Java calls it a cast.',
  },
  '(double)': {
    idea: 'to-float',
    says: '`(double)` before a value turns it into a `double`, a decimal number, so that `/` after it divides exactly. Java calls it a cast.',
  },

  // Numbers
  'Math.round': {
    idea: 'round',
    says: '`Math.round(x)` rounds to the nearest whole number, a half upward: `Math.round(2.5)` is `3`.',
    behaves:
      'Java’s `Math.round` rounds a half upward, toward the larger number: `Math.round(2.5)` is `3` and `Math.round(-2.5)` is `-2`.',
  },
  'Math.floor': {
    idea: 'floor',
    says: '`Math.floor(x)` rounds a number down and gives a `double`: `Math.floor(2.7)` is `2.0`.',
  },
  'Math.ceil': {
    idea: 'ceil',
    says: '`Math.ceil(x)` rounds a number up and gives a `double`: `Math.ceil(2.1)` is `3.0`.',
  },
  'Math.abs': {
    idea: 'abs',
    says: '`Math.abs(x)` is the absolute value of a number: `Math.abs(-5)` is `5`.',
  },
  'Math.sqrt': { idea: 'sqrt', says: '`Math.sqrt(x)` is the square root of `x`, as a `double`.' },
  'Math.max': { idea: 'max', says: '`Math.max(a, b)` gives the larger of two numbers.' },
  'Math.min': { idea: 'min', says: '`Math.min(a, b)` gives the smaller of two numbers.' },
  'Math.random': {
    idea: 'random',
    says: '`Math.random()` gives a random `double` from `0.0` up to, but not including, `1.0`.',
  },
  'Math.PI': { idea: 'pi', says: '`Math.PI` is π in Java, a `double`.' },

  // Collections
  length: {
    idea: 'length',
    says: '`length()` gives the number of characters of a Java string; an array’s size is its `length`, written with no `()`.',
  },
  size: { idea: 'length', says: '`size()` gives the number of items in a Java list, set or map.' },
  add: {
    idea: 'append',
    says: '`add` puts an item at the end of a Java list (an `ArrayList`), which grows to hold it.',
  },
  get: {
    idea: 'read-item',
    says: '`get` reads a Java list’s item by its position (from 0), or a map’s value by its key; a map gives `null` for a key it does not hold.',
  },
  put: {
    idea: 'store-key',
    says: '`put(key, value)` stores a value under a key in a Java map, replacing any value the key had.',
  },
  getOrDefault: {
    idea: 'get-default',
    says: '`getOrDefault(key, fallback)` reads a Java map’s value for a key, or gives the fallback when the key is missing.',
  },
  contains: {
    idea: 'contains',
    says: '`contains` asks a Java string whether it holds another, or a collection whether it holds an item.',
  },
  containsKey: { idea: 'contains', says: '`containsKey` asks a Java map whether it holds a key.' },
  isEmpty: {
    idea: 'is-empty',
    says: '`isEmpty()` asks a Java string or collection whether it holds nothing.',
  },
  keySet: { idea: 'keys', says: '`keySet()` gives a Java map’s keys.' },
  values: { idea: 'values', says: '`values()` gives a Java map’s values.' },
  entrySet: {
    idea: 'items',
    says: '`entrySet()` gives a Java map’s entries, each a key with its value, read with `getKey()` and `getValue()`.',
  },
  indexOf: {
    idea: 'index-of',
    says: '`indexOf` gives the position of an item in a Java list, or of a text in a string, and `-1` when it is not there.',
    behaves: 'Java’s `indexOf` gives `-1` when the item is not there.',
  },
  'List.of': {
    idea: 'list-of',
    says: '`List.of(…)` makes a Java list of the values given; the list cannot change: `add` on it throws an `UnsupportedOperationException`.',
  },
  'Arrays.asList': {
    idea: 'list-of',
    says: '`Arrays.asList(…)` makes a Java list of the values given, of a fixed size.',
  },
  'Map.of': {
    idea: 'map-of',
    says: '`Map.of(k1, v1, k2, v2)` makes a Java map of the keys and values given, in pairs; the map cannot change.',
  },
  ArrayList: {
    idea: 'new-list',
    says: '`new ArrayList<>()` makes an empty Java list that grows as `add` puts items in; `<>` takes the item type from the variable’s type.',
  },
  HashMap: {
    idea: 'new-map',
    says: '`new HashMap<>()` makes an empty Java map that grows as `put` stores keys; it keeps its keys in no particular order.',
  },
  LinkedHashMap: {
    idea: 'new-map',
    says: '`new LinkedHashMap<>()` makes an empty Java map that grows as `put` stores keys, and keeps them in the order they were first put in.',
  },
  TreeMap: {
    idea: 'new-map',
    says: '`new TreeMap<>()` makes an empty Java map that grows as `put` stores keys, and keeps them sorted.',
  },
  HashSet: {
    idea: 'unique',
    says: '`new HashSet<>(items)` makes a Java set of the items, each kept once, in no particular order.',
  },
  'Collections.sort': {
    idea: 'sort-in-place',
    says: '`Collections.sort(list)` sorts a Java list in place.',
  },
  'Collections.reverse': {
    idea: 'reverse',
    says: '`Collections.reverse(list)` turns a Java list around in place.',
  },
  'Collections.max': {
    idea: 'max',
    says: '`Collections.max(list)` gives the largest item of a collection; `Collections.max(list, comparator)` the largest in the order the `Comparator` sets.',
  },
  'Collections.min': {
    idea: 'min',
    says: '`Collections.min(list)` gives the smallest item of a collection.',
  },
  'String.join': {
    idea: 'join',
    says: '`String.join(", ", words)` joins the strings of a list or array with the separator between them.',
  },
  map: {
    idea: 'map',
    says: '`map` turns each item of a Java stream into what the lambda answers for it; `stream()` makes a stream of a collection, `toList()` collects one into a list.',
  },
  filter: {
    idea: 'filter',
    says: '`filter` keeps the items of a Java stream for which the lambda answers `true`.',
  },
  reduce: {
    idea: 'reduce',
    says: '`reduce(start, (total, x) -> …)` combines the items of a Java stream into one value.',
  },
  sorted: {
    idea: 'sorted',
    says: '`sorted()` gives the items of a Java stream in order; the collection the stream came from stays as it was.',
  },
  stream: {
    idea: 'iterate',
    says: '`stream()` walks a Java collection’s items one by one, for methods such as `map`, `filter` and `sorted` to work on.',
  },
  forEach: {
    idea: 'iterate',
    says: '`forEach` runs a function once for each item of a Java collection: a lambda, or a method named with `::`, as in `System.out::println`; on a map it takes each key and its value, `(key, value) -> …`.',
  },
  mapToInt: {
    idea: 'map',
    says: '`mapToInt` turns each item of a Java stream into an `int` with the lambda, giving an `IntStream`, a stream of numbers that `sum()` can add up.',
  },
  count: {
    idea: 'length',
    says: '`count()` gives the number of items of a Java stream, as a `long`.',
  },
  'Comparator.comparing': {
    idea: 'sort-by',
    says: '`Comparator.comparing(f)` makes a Java `Comparator`, an order to sort by: items are compared by what `f` gives for each, as `String::length` gives a string’s length; `reversed()` turns the order around.',
  },
  toList: { idea: 'to-list', says: '`toList()` collects the items of a Java stream into a list.' },
  collect: {
    idea: 'to-list',
    says: '`collect(Collectors.toList())` gathers the items of a Java stream into a list (since Java 16, `toList()` makes one too, a list that cannot change).',
  },
  sum: {
    idea: 'sum',
    says: '`sum()` adds up a Java stream of numbers (an `IntStream`, made by `mapToInt`).',
  },

  remove: {
    idea: 'remove-item',
    says: '`remove` takes an item out of a Java list; on a `List<Integer>`, `remove(1)` removes the item at position 1, and `remove(Integer.valueOf(1))` the value 1.',
  },
  'Arrays.toString': {
    idea: 'repr',
    says: '`Arrays.toString(array)` shows a Java array’s items as `[1, 2, 3]`; printing the array itself shows only its type and a code.',
  },
  nextLine: {
    idea: 'input',
    says: '`nextLine()` of a `Scanner` made on `System.in` reads a line the user types, without its new line.',
  },

  // Strings
  lines: {
    idea: 'split-lines',
    says: '`lines()` gives a Java stream of the lines of a string, without their new lines.',
  },
  charAt: {
    idea: 'read-item',
    says: '`charAt(i)` gives the character at position `i` of a Java string, counting from 0, as a `char`.',
  },
  formatted: {
    idea: 'format',
    says: '`"%d items".formatted(n)` fills the string’s `%d`, `%s` and `%.2f` slots with the values given.',
  },
  toUpperCase: { idea: 'upcase', says: '`toUpperCase()` gives a Java string in capital letters.' },
  toLowerCase: { idea: 'downcase', says: '`toLowerCase()` gives a Java string in small letters.' },
  trim: { idea: 'strip', says: '`trim()` gives a Java string without the spaces at either end.' },
  strip: { idea: 'strip', says: '`strip()` gives a Java string without the spaces at either end.' },
  split: {
    idea: 'split',
    says: '`split` cuts a Java string at each match of a pattern (a regular expression) and gives an array: `"a,b".split(",")`; the pattern is always given, `split(" ")` for each space.',
  },
  replace: {
    idea: 'replace-all',
    says: '`replace(old, new)` replaces every occurrence of a text in a Java string.',
  },
  replaceAll: {
    idea: 'replace-all',
    says: '`replaceAll(pattern, new)` replaces every match of a pattern (a regular expression) in a Java string.',
  },
  replaceFirst: {
    idea: 'replace-first',
    says: '`replaceFirst(pattern, new)` replaces the first match of a pattern (a regular expression) in a Java string.',
  },
  startsWith: {
    idea: 'starts-with',
    says: '`startsWith` asks a Java string whether it starts with another.',
  },
  endsWith: {
    idea: 'ends-with',
    says: '`endsWith` asks a Java string whether it ends with another.',
  },

  // Objects
  equals: {
    idea: 'equals',
    says: '`a.equals(b)` asks whether two Java objects are equal by their content: two strings holding the same text are.',
  },

  // Errors
  getMessage: {
    idea: 'exception-message',
    says: '`getMessage()` gives the text a Java exception was made with.',
  },
  Exception: {
    idea: 'base-error',
    says: '`Exception` is the class of Java errors a program is expected to catch.',
  },
  RuntimeException: {
    idea: 'base-error',
    says: '`RuntimeException` is Java’s class of unchecked exceptions: a method may throw one without declaring it with `throws`, and its caller need not catch it.',
  },
  IllegalArgumentException: {
    idea: 'value-error',
    says: 'Java throws an `IllegalArgumentException` for an argument of the right type but a wrong value.',
  },
  NumberFormatException: {
    idea: 'value-error',
    says: 'Java throws a `NumberFormatException` when a string that holds no number is read as one.',
  },
  ArithmeticException: {
    idea: 'zero-division',
    says: 'Java throws an `ArithmeticException` when a whole number is divided by zero; a `double` divided by zero gives `Infinity` instead.',
  },
};
