/**
 * JavaScript's idiom table: how JavaScript spells each shared idea (`src/vocabulary.ts`), what that
 * spelling does, and where it acts in a way a learner coming from another language trips over.
 * A key is the text that spells the idea: a method's name (`push`), an operator (`===`), or a
 * function with the object it belongs to (`console.log`, `Math.floor`), which the module keeps
 * together as one head.
 */
import type { Idiom } from '../language.js';

export const idioms: Record<string, Idiom> = {
  // Values
  null: {
    idea: 'null',
    says: '`null` is JavaScript’s value for “nothing”, set on purpose; a variable or property never given a value is `undefined` instead.',
  },
  undefined: {
    idea: 'null',
    says: '`undefined` is what JavaScript gives for a variable never set, a missing property or argument, and a function that returns nothing.',
  },
  true: {
    idea: 'true',
    says: 'JavaScript writes its boolean values in lower case: `true`, `false`.',
  },
  false: {
    idea: 'false',
    says: 'JavaScript writes its boolean values in lower case: `true`, `false`.',
  },
  Infinity: { idea: 'infinity', says: '`Infinity` is JavaScript’s infinite number.' },
  'Math.PI': { idea: 'pi', says: '`Math.PI` is π in JavaScript.' },

  // Operators
  '&&': {
    idea: 'and',
    says: '`&&` is JavaScript’s “and”: `a && b` gives `a` when it counts as false, and `b` otherwise.',
  },
  '||': {
    idea: 'or',
    says: '`||` is JavaScript’s “or”: `a || b` gives `a` unless it counts as false (`0`, `""`, `null`, `undefined`, `NaN` or `false`), and `b` then.',
  },
  '!': { idea: 'not', says: '`!` is JavaScript’s “not”.' },
  '??': {
    idea: 'get-default',
    says: '`a ?? b` gives `b` only when `a` is `null` or `undefined` (a missing key reads as `undefined`); any other value is kept, `0`, `""` and `false` included: `0 ?? 5` is `0`.',
  },
  '??=': {
    idea: 'get-default',
    says: '`a ??= b` stores `b` in `a` only when `a` is `null` or `undefined` (a missing key reads as `undefined`), and gives back what `a` then holds: `(byKey[k] ??= []).push(x)` starts a list the first time a key is met.',
  },
  '===': {
    idea: 'equals',
    says: '`===` asks whether two values are equal without converting either: `1 === "1"` is `false`. It is the comparison JavaScript code uses.',
  },
  '!==': {
    idea: 'not-equals',
    says: '`!==` asks whether two values differ, without converting either; it is the `!=` JavaScript code uses.',
  },
  '==': {
    idea: 'equals',
    says: 'JavaScript’s `==` converts its two values to one type before comparing: `1 == "1"` and `0 == ""` are both `true`.',
    behaves:
      'JavaScript’s `==` converts its two values to one type before comparing them (`1 == "1"` and `0 == ""` are both `true`); `===` compares without converting, and is the one to use.',
    warnsAlone: true,
  },
  '!=': {
    idea: 'not-equals',
    says: 'JavaScript’s `!=` converts its two values to one type before comparing: `1 != "1"` is `false`.',
    behaves:
      'JavaScript’s `!=` converts its two values to one type before comparing them (`1 != "1"` is `false`); `!==` compares without converting, and is the one to use.',
    warnsAlone: true,
  },
  '/': {
    idea: 'divide',
    says: 'JavaScript’s `/` keeps the decimals: `7 / 2` is `3.5`; `Math.floor(7 / 2)` is `3`.',
    behaves:
      'JavaScript has one kind of number, so `/` keeps the decimals (`7 / 2` is `3.5`); `Math.floor` or `Math.trunc` makes the answer a whole number.',
    acts: 'decimal',
  },
  '**': { idea: 'power', says: '`**` raises a number to a power in JavaScript: `7 ** 2` is `49`.' },
  '+ on-string': {
    idea: 'concat',
    says: '`+` joins strings in JavaScript: with a string on either side it turns the other value into text, so `"n = " + 5` is `"n = 5"`.',
  },
  '%': {
    idea: 'remainder',
    says: '`%` gives the remainder of a division in JavaScript: `7 % 2` is `1`; the remainder takes the sign of the number divided, so `-7 % 2` is `-1`.',
  },
  in: {
    idea: 'contains',
    says: '`in` asks whether an object has a key: `"name" in user`.',
  },
  typeof: {
    idea: 'class-of',
    says: '`typeof x` gives the name of a value’s type as a string: `typeof 5` is `"number"`, `typeof "a"` is `"string"`.',
  },
  '++': {
    idea: 'increment',
    says: '`i++` adds 1 to `i` in place: short for `i += 1`.',
  },
  '--': {
    idea: 'decrement',
    says: '`i--` takes 1 from `i` in place: short for `i -= 1`.',
  },
  instanceof: {
    idea: 'is-a',
    says: '`x instanceof Dog` asks whether `x` was made by the class `Dog` (or a class that extends it).',
  },

  // Output and input
  'console.log': {
    idea: 'print-line',
    says: '`console.log` prints its values with a space between them and a new line at the end.',
  },
  'process.stdout.write': {
    idea: 'print',
    says: '`process.stdout.write` prints a string as it is, with no new line after it: a line ends only where the string holds `\\n`.',
  },

  // Program structure
  require: {
    idea: 'import',
    on: '',
    says: '`require("name")` loads a module in Node.js (a CommonJS module) and gives back what it exports.',
  },
  throw: {
    idea: 'raise',
    says: '`throw` raises an exception in JavaScript; it takes any value, usually an `Error` made with `new`: `throw new Error("message")`.',
  },
  'process.exit': {
    idea: 'exit',
    says: '`process.exit()` ends a Node.js program; `process.exit(1)` reports a failure.',
  },
  readFileSync: {
    idea: 'read-file',
    says: '`readFileSync(path, "utf8")` (from the module `node:fs`) reads a whole file as a string.',
  },
  existsSync: {
    idea: 'file-exists',
    says: '`existsSync(path)` (from the module `node:fs`) asks whether a file or folder is there.',
  },
  now: {
    idea: 'now',
    on: 'Date',
    says: '`Date.now()` is the current time, as the milliseconds since 1 January 1970; `new Date()` is the current date and time.',
  },
  strictEqual: {
    idea: 'assert-equal',
    on: 'assert',
    says: '`assert.strictEqual(actual, expected)` (from `node:assert`) throws an `AssertionError` unless the two values are equal, compared without converting either.',
  },
  throws: {
    idea: 'assert-raises',
    on: 'assert',
    says: '`assert.throws(() => …)` (from `node:assert`) throws unless the function it is given throws.',
  },
  matchAll: {
    idea: 'find-all',
    says: '`text.matchAll(/pattern/g)` walks every match of the pattern in the string.',
  },
  'process.argv': {
    idea: 'arguments',
    says: '`process.argv` holds the words of the command line that started a Node.js program: `node`’s path first, then the program’s.',
  },
  setTimeout: {
    idea: 'sleep',
    on: '',
    says: '`setTimeout(f, ms)` runs `f` after `ms` milliseconds, while the rest of the program goes on: it does not pause.',
  },

  // Conversions
  String: {
    idea: 'to-string',
    says: '`String(x)` turns any value into a string: `String(42)` is `"42"`.',
  },
  // `as const`: TypeScript types a literal under a key that `Object.prototype` also has as `string`.
  toString: {
    idea: 'to-string' as const,
    says: '`toString()` turns a value into a string: `(42).toString()` is `"42"`; a class that defines its own `toString` decides what `String(obj)` and a template literal show for its objects.',
  },
  parseInt: {
    idea: 'to-int',
    says: '`parseInt(text)` reads a whole number from the start of a string and stops at the first character that does not fit: `parseInt("42abc")` is `42`, and it gives `NaN` (not a number) when nothing fits.',
  },
  'Number.parseInt': {
    idea: 'to-int',
    says: '`Number.parseInt(text)` reads a whole number from the start of a string and stops at the first character that does not fit; it gives `NaN` (not a number) when nothing fits.',
  },
  Number: {
    idea: 'to-float',
    says: '`Number(x)` turns a value into a number, or into `NaN` (not a number) when it does not read as one: `Number("2.5")` is `2.5`.',
  },
  parseFloat: {
    idea: 'to-float',
    says: '`parseFloat(text)` reads a number with its decimals from the start of a string: `parseFloat("2.5")` is `2.5`.',
  },
  JSON: {
    idea: 'json-library',
    says: '`JSON` is JavaScript’s built-in object for JSON text, with `JSON.parse` and `JSON.stringify`; it needs no `import`.',
  },
  stringify: {
    idea: 'to-json',
    on: 'JSON',
    says: '`JSON.stringify(value)` writes a JavaScript value as JSON text; `JSON` is built in.',
  },
  parse: {
    idea: 'parse-json',
    on: 'JSON',
    says: '`JSON.parse(text)` reads JSON text into JavaScript objects and arrays; `JSON` is built in.',
  },

  // Numbers
  'Math.round': {
    idea: 'round',
    says: '`Math.round(x)` rounds to the nearest whole number, a half always upward: `Math.round(2.5)` is `3`, `Math.round(-2.5)` is `-2`.',
  },
  toFixed: {
    idea: 'round',
    says: '`toFixed(n)` gives a number as a string with `n` decimals: `(2.5).toFixed(2)` is `"2.50"`.',
  },
  'Math.floor': {
    idea: 'floor',
    says: '`Math.floor(x)` rounds a number down: `Math.floor(3.5)` is `3`.',
  },
  'Math.ceil': {
    idea: 'ceil',
    says: '`Math.ceil(x)` rounds a number up: `Math.ceil(2.1)` is `3`.',
  },
  'Math.trunc': {
    idea: 'truncate',
    says: '`Math.trunc(x)` drops a number’s decimals, toward zero: `Math.trunc(-2.7)` is `-2`.',
  },
  'Math.abs': { idea: 'abs', says: '`Math.abs(x)` is the absolute value: `Math.abs(-5)` is `5`.' },
  sqrt: { idea: 'sqrt', on: 'Math', says: '`Math.sqrt(x)` is the square root of `x`.' },
  max: {
    idea: 'max',
    on: 'Math',
    says: '`Math.max(a, b, …)` is the largest of the numbers passed; for an array, spread it: `Math.max(...numbers)`.',
  },
  min: {
    idea: 'min',
    on: 'Math',
    says: '`Math.min(a, b, …)` is the smallest of the numbers passed; for an array, spread it: `Math.min(...numbers)`.',
  },
  'Math.random': {
    idea: 'random',
    says: '`Math.random()` gives a random decimal from 0 up to (but not including) 1.',
  },

  // Loops (the words of a `for` loop's header)
  for: {
    idea: 'range',
    says: 'A counting loop, `for (let i = 0; i < n; i++)`, sets `i` to its start once, runs the block while the condition holds, and steps `i` after each round.',
  },
  'for of': {
    idea: 'iterate',
    says: '`for (const item of items)` walks the items of an array (or the characters of a string) one by one.',
  },
  'for in': {
    idea: 'keys',
    says: '`for (const key in object)` walks an object’s keys, as strings.',
    behaves:
      'JavaScript’s `for … in` walks an object’s keys, as strings: over an array it gives the positions `"0"`, `"1"`, …, not the items; `for … of` walks the items.',
    warnsAlone: true,
  },

  // Collections
  length: {
    idea: 'length',
    says: '`length` is a property of JavaScript arrays and strings, read without `()`: `items.length`.',
  },
  push: { idea: 'append', says: '`push` adds items to the end of a JavaScript array, in place.' },
  toSorted: {
    idea: 'sorted',
    says: '`toSorted()` gives a sorted copy of a JavaScript array and leaves the array as it was; like `sort`, it compares the items as strings unless given a function.',
  },
  sort: {
    idea: 'sort-in-place',
    says: '`sort()` sorts a JavaScript array in place; without a function it compares the items as strings, so numbers need `sort((a, b) => a - b)`.',
    behaves:
      'JavaScript’s `sort()` compares the items as strings unless it is given a function: `[10, 9, 1].sort()` gives `[1, 10, 9]`; `sort((a, b) => a - b)` sorts numbers.',
    warnsAlone: true,
  },
  includes: {
    idea: 'contains',
    says: '`includes` asks a JavaScript array or string whether it holds a value.',
  },
  indexOf: {
    idea: 'index-of',
    says: '`indexOf` gives the position of an item in a JavaScript array, or `-1` when it is not there.',
    behaves: 'JavaScript’s `indexOf` gives `-1` when the item is not there.',
  },
  'at(-1)': {
    idea: 'last',
    says: '`at(-1)` gives the last item of a JavaScript array: a negative position counts from the end.',
  },
  map: {
    idea: 'map',
    says: '`map(f)` makes a new JavaScript array of what `f` gives back for each item.',
  },
  filter: {
    idea: 'filter',
    says: '`filter(f)` makes a new JavaScript array of the items for which `f` gives back a true value.',
  },
  reduce: {
    idea: 'reduce',
    says: '`reduce((total, x) => …, start)` combines a JavaScript array’s items into one value, the function taking the total so far and the next item.',
  },
  find: {
    idea: 'find',
    says: '`find(f)` gives the first item for which `f` gives back a true value, or `undefined`.',
  },
  some: {
    idea: 'any',
    says: '`some(f)` asks whether `f` gives back a true value for any item.',
  },
  every: {
    idea: 'all',
    says: '`every(f)` asks whether `f` gives back a true value for every item.',
  },
  forEach: {
    idea: 'iterate',
    says: '`forEach(f)` calls `f` with each item of a JavaScript array (and its position).',
  },
  reverse: {
    idea: 'reverse',
    says: '`reverse()` turns a JavaScript array around in place, and gives back that same array.',
    behaves: 'JavaScript’s `reverse()` turns the array itself around, not a copy.',
  },
  join: {
    idea: 'join',
    says: 'In JavaScript, `join` is called on the array, with the separator as argument: `words.join(", ")`; without one it joins with commas.',
  },
  concat: {
    idea: 'extend',
    says: '`concat` gives a new JavaScript array with another array’s items after its own; the array itself stays as it was (`push(...other)` adds them in place).',
  },
  slice: {
    idea: 'copy',
    says: '`slice()` copies a JavaScript array or string; `slice(a, b)` copies from position `a` up to, not including, `b`.',
  },
  'Object.keys': { idea: 'keys', says: '`Object.keys(obj)` gives an array of an object’s keys.' },
  'Object.values': {
    idea: 'values',
    says: '`Object.values(obj)` gives an array of an object’s values.',
  },
  'Object.entries': {
    idea: 'items',
    says: '`Object.entries(obj)` gives an object’s keys and values as `[key, value]` pairs, for `for (const [key, value] of Object.entries(obj))`.',
  },
  'Object.fromEntries': {
    idea: 'to-dict',
    says: '`Object.fromEntries(pairs)` makes an object from `[key, value]` pairs.',
  },
  'Object.assign': {
    idea: 'merge',
    says: '`Object.assign(target, other)` copies another object’s keys and values into `target`, in place, and gives back `target`; `{ ...a, ...b }` makes a new one.',
  },
  'Object.freeze': {
    idea: 'freeze',
    says: '`Object.freeze(obj)` makes an object read-only: its keys can no longer be set, added or removed.',
  },
  'Array.from': {
    idea: 'to-list',
    says: '`Array.from(x)` makes a JavaScript array of the items of `x`: a string’s characters, a set’s items.',
  },
  Set: { idea: 'unique', on: '', says: '`new Set(items)` keeps each item once.' },
  Map: {
    idea: 'new-map',
    on: '',
    says: '`new Map()` makes an empty JavaScript map: `set(key, value)` stores a value under a key, and `get(key)` reads it, `undefined` for a key it does not hold; it keeps its keys in the order they were first set.',
  },

  // Strings
  toUpperCase: {
    idea: 'upcase',
    says: '`toUpperCase()` gives a JavaScript string in capital letters.',
  },
  toLowerCase: {
    idea: 'downcase',
    says: '`toLowerCase()` gives a JavaScript string in small letters.',
  },
  trim: {
    idea: 'strip',
    says: '`trim()` gives a JavaScript string without the spaces at either end.',
  },
  replace: {
    idea: 'replace-first',
    says: '`replace(old, new)` replaces only the first match in a JavaScript string; `replaceAll` replaces every one.',
    behaves:
      'JavaScript’s `replace` with a string replaces only the first match; `replaceAll` replaces all.',
    warnsAlone: true,
  },
  'replace /g': {
    idea: 'replace-all',
    says: '`replace` with a regular expression marked `g` (global), as in `/[^a-z]/g`, replaces every match in a JavaScript string; without the `g`, only the first.',
  },
  replaceAll: {
    idea: 'replace-all',
    says: '`replaceAll(old, new)` replaces every match in a JavaScript string.',
  },
  split: {
    idea: 'split',
    says: '`split(separator)` cuts a JavaScript string into an array at each `separator`, which it needs: `"a b".split()` gives `["a b"]`, the whole string as one item.',
  },
  startsWith: {
    idea: 'starts-with',
    says: '`startsWith` asks a JavaScript string whether it starts with another.',
  },
  endsWith: {
    idea: 'ends-with',
    says: '`endsWith` asks a JavaScript string whether it ends with another.',
  },
  charCodeAt: {
    idea: 'char-code',
    says: '`charCodeAt(i)` gives the number of the character at position `i`: `"a".charCodeAt(0)` is `97`.',
  },
  'String.fromCharCode': {
    idea: 'code-char',
    says: '`String.fromCharCode(n)` gives the character of a number: `String.fromCharCode(97)` is `"a"`.',
  },

  // Objects
  // The `get` and `set` of an accessor, named apart from a Map's `get` and `set` methods.
  'set accessor': {
    idea: 'attribute-writer',
    says: '`set` before a method makes it a setter: code sets it like a property, `account.owner = "Ada"`, and the method runs.',
  },
  'get accessor': {
    idea: 'attribute-reader',
    says: '`get` before a method makes it a getter: code reads it like a property, with no `()`: `account.owner`.',
  },
  constructor: {
    idea: 'constructor' as const,
    says: 'JavaScript calls the method that sets up a new object `constructor`; `new` runs it.',
  },
  Error: {
    idea: 'base-error',
    on: '',
    says: '`Error` is JavaScript’s class of errors; `new Error("message")` makes one, and its text is its `message`.',
  },
  message: {
    idea: 'exception-message',
    says: 'A JavaScript error’s text is its `message` property.',
  },
};
