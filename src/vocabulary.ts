/**
 * The engine's vocabulary, declared so that the compiler checks it: the shared concepts that every
 * language's syntax is normalized into, and the ideas (what a built-in, a method or an operator
 * does) that languages spell with different words. A language module maps its grammar onto
 * concepts and its words onto ideas, and explains its own side of each in its own words
 * (`LanguageWords` in `languages/language.ts`); the engine composes two sides' words into one
 * explanation. Nothing here names a language.
 */

/** The shared concepts, each with what a teacher would call it. */
export const CONCEPTS = {
  block: 'a block of statements',
  comment: 'a comment',
  if: 'an `if` statement',
  elif: 'an “else if” branch',
  else: 'an `else` branch',
  ternary: 'a conditional expression',
  while: 'a `while` loop',
  for: 'a loop over a collection or a range',
  'loop-body': 'the body of a loop written as a block',
  'loop-forever': 'a loop that repeats until something breaks out of it',
  break: 'leaving a loop',
  continue: 'skipping to the next round of a loop',
  pass: 'a statement that does nothing',
  switch: 'choosing between cases',
  case: 'one case of a choice',
  pattern: 'the value a case matches',
  patterns: 'several values one case matches',
  def: 'a method or function definition',
  'method-name': 'the name of a method being defined',
  params: 'a parameter list',
  'self-param': 'the object a method is called on, as a parameter',
  'default-param': 'a parameter with a default value',
  'keyword-arg': 'an argument passed by name',
  return: 'giving back a value',
  yield: 'calling the block a method was given',
  class: 'a class definition',
  superclass: 'the class a class inherits from',
  module: 'a module',
  construct: 'making a new object of a class',
  field: 'an object’s own variable',
  self: 'the object a method runs on',
  try: 'code that may raise an exception',
  except: 'catching an exception',
  exceptions: 'the exceptions a clause catches',
  alias: 'the name a caught exception gets',
  'as-pattern': 'naming a caught exception',
  finally: 'code that runs whether or not an exception happened',
  import: 'loading a library',
  call: 'a call of a method or function',
  args: 'an argument list',
  lambda: 'an anonymous function',
  assign: 'an assignment',
  'assign-op': 'an assignment that updates a variable',
  binary: 'an operator between two values',
  unary: 'an operator before a value',
  not: 'negation',
  name: 'a name',
  attribute: 'an attribute',
  number: 'a number',
  literal: 'a fixed value such as “nothing” or true/false',
  string: 'a string',
  'string-concat': 'strings written next to each other',
  interpolation: 'a value put into a string',
  list: 'a list',
  comprehension: 'a collection built by a loop written inside it',
  tuple: 'a tuple',
  super: 'calling the parent class’s version of a method',
  'keyword-only': 'a mark that the parameters after it are passed by name',
  guard: 'a condition a case needs besides its pattern',
  throws: 'the exceptions a method declares that it may throw',
  set: 'a set',
  decorator: 'a decorator that wraps a definition',
  map: 'a hash or dictionary',
  pair: 'a key and its value',
  range: 'a range of numbers',
  index: 'reading an item by its index or key',
  names: 'several names at once',
  in: 'the collection a loop walks through',
  parens: 'parentheses around an expression',
  expression: 'an expression used as a statement',
  opaque: 'code compared as plain text',
  error: 'code that does not parse',
  main: 'the class and method a program’s statements run in',
  'field-declaration': 'an object’s own variable, declared in its class',
} as const;

/** A shared concept. */
export type Concept = keyof typeof CONCEPTS;

/**
 * A grammar node type that no rule maps onto a shared concept: it keeps a concept of its own
 * language (`ruby:heredoc_body`) and pairs only with itself.
 */
export type PrivateConcept = `${string}:${string}`;

export type ConceptId = Concept | PrivateConcept;

/**
 * Concepts whose head may spell an idiom of a language's table: calls, operators, values, loops
 * over a counting method. (A name spells one only when it is the language's own, `ValueError`.)
 */
export const IDIOM_CONCEPTS: ReadonlySet<ConceptId> = new Set<ConceptId>([
  'call',
  'decorator',
  'range',
  'construct',
  'for',
  'binary',
  'unary',
  'not',
  'literal',
  'method-name',
  'assign-op',
]);

/**
 * Concepts whose marks mean the same whatever construct they sit in (the parentheses around a
 * condition, the class and method a program runs in, the module around a program's functions):
 * they are a lesson of their own, compared only with the same concept's marks and explained by
 * that concept's words.
 */
export const OWN_MARKS: ReadonlySet<ConceptId> = new Set<ConceptId>(['parens', 'main', 'module']);

/** Whether a concept id is one of the shared concepts. */
export function isSharedConcept(id: string): id is Concept {
  return Object.hasOwn(CONCEPTS, id);
}

/**
 * The ideas that languages spell with their own words, each with what it does. A language's idiom
 * table maps its spellings onto these (`puts` and `print` both print a line), so the aligner pairs
 * the two forms and each side explains its own.
 */
export const IDEAS = {
  // Values
  null: 'the value for “nothing”',
  true: 'the boolean true',
  false: 'the boolean false',
  // Operators
  and: 'logical “and”',
  or: 'logical “or”',
  not: 'logical “not”',
  divide: 'division',
  'floor-divide': 'division rounded down to a whole number',
  power: 'raising to a power',
  remainder: 'the remainder of a division',
  // Output and input
  'print-line': 'printing values followed by a new line',
  print: 'printing without a new line',
  'inspect-print': 'printing a value as it would be written in code',
  input: 'reading a line the user types',
  'read-file': 'reading a whole file',
  // Program structure
  import: 'loading a library',
  raise: 'raising an exception',
  format: 'formatting values into a string',
  sleep: 'pausing the program',
  // Conversions
  'to-string': 'turning a value into a string',
  'to-int': 'turning a value into a whole number',
  'to-float': 'turning a value into a decimal number',
  repr: 'showing a value as it would be written in code',
  // Numbers
  round: 'rounding a number',
  floor: 'rounding a number down',
  ceil: 'rounding a number up',
  abs: 'the absolute value of a number',
  random: 'a random number',
  // Collections
  length: 'the number of items in a collection or characters in a string',
  sorted: 'a sorted copy of a collection',
  'sort-by': 'sorting by what a function answers for each item',
  'method-block': 'each item’s own method handed over as the function to call',
  'filled-list': 'a list of a given size, each item made the same way',
  append: 'adding an item to the end of a list',
  sum: 'the sum of a collection',
  max: 'the largest item',
  min: 'the smallest item',
  range: 'counting through a range of numbers',
  'each-with-index': 'walking a collection with each item’s position',
  contains: 'whether a collection or string holds a value',
  'is-empty': 'whether a collection or string holds nothing',
  first: 'the first item',
  last: 'the last item',
  map: 'a new collection from a function’s answers for each item',
  filter: 'the items for which a function answers true',
  reject: 'the items for which a function answers false',
  reduce: 'combining all items into one value',
  zip: 'pairing up the items of two collections',
  reverse: 'the items or characters in reverse order',
  'group-by': 'grouping items by what a function answers',
  items: 'a dictionary’s keys and values, pair by pair',
  find: 'the first item for which a function answers true',
  partition: 'splitting a collection in two by a function’s answer',
  unique: 'a collection without repeated items',
  tally: 'how often each item appears',
  chunks: 'walking a collection a few items at a time',
  'each-with-object': 'walking a collection while filling in one object',
  keys: 'a dictionary’s keys',
  values: 'a dictionary’s values',
  'get-default': 'reading a key, with a default when it is missing',
  fetch: 'reading a key, with an answer that tells whether it was there',
  // Strings
  upcase: 'a string in capital letters',
  downcase: 'a string in small letters',
  capitalize: 'a string with its first letter in capitals',
  strip: 'a string without spaces at either end',
  'replace-first': 'a string with its first match replaced',
  'replace-all': 'a string with every match replaced',
  split: 'splitting a string into a list',
  'split-lines': 'splitting a string into its lines',
  'strip-newline': 'a string without its final new line',
  join: 'joining a list into a string',
  'starts-with': 'whether a string starts with another',
  'ends-with': 'whether a string ends with another',
  center: 'a string centred in a given width',
  // Numbers asked about themselves
  'is-odd': 'whether a number is odd',
  'is-even': 'whether a number is even',
  'is-zero': 'whether a number is zero',
  'is-positive': 'whether a number is above zero',
  'is-negative': 'whether a number is below zero',
  'is-nil': 'whether a value is “nothing”',
  // Objects
  constructor: 'the method that sets up a new object',
  equals: 'comparing two objects for equality',
  iterate: 'walking through an object’s items',
  'is-a': 'whether a value is of a class',
  'method-object': 'a method kept as a value, to call later',
  freeze: 'making an object read-only',
  record: 'a small class that holds named fields',
  'attribute-reader': 'a method that reads an object’s attribute',
  'attribute-accessor': 'methods that read and set an object’s attribute',
  'attribute-writer': 'a method that sets an object’s attribute',
  // Errors
  'value-error': 'the error for a value of the right type but wrong content',
  'base-error': 'the class of errors a program is expected to catch',
  'key-error': 'the error for a missing key',
  'zero-division': 'the error for dividing by zero',
  'to-list': 'turning a value into a list',
  'to-dict': 'turning a value into a dictionary',
  merge: 'combining two dictionaries',
  'remove-key': 'removing a key and giving back its value',
  extend: 'adding another list’s items to a list in place',
  any: 'whether any item answers true',
  all: 'whether every item answers true',
  'random-choice': 'a random item of a collection',
  shuffle: 'the items in random order',
  'sort-in-place': 'sorting a list in place',
  'file-exists': 'whether a file exists',
  'has-method': 'whether an object has a method or attribute of a name',
  'class-of': 'the class of a value',
  'missing-method-error': 'the error for calling a method an object does not have',
  'find-all': 'every match of a pattern in a string',
  matches: 'whether a string matches a pattern',
  'default-dict': 'a dictionary that gives a default for a missing key',
  'index-of': 'the position of an item in a list',
  'remove-item': 'removing an item from a list by its value',
  arguments: 'the words given to the program on the command line',
  'main-guard': 'whether the file runs as the program itself',
  'assert-equal': 'a test’s check that two values are equal',
  'assert-raises': 'a test’s check that code raises an error',
  'run-tests': 'running a file’s tests',
  'standard-output': 'where printing goes',
  'exception-message': 'the text of an exception',
  'char-code': 'the number of a character',
  'code-char': 'the character of a number',
  truncate: 'a number without its decimals, toward zero',
  gcd: 'the greatest common divisor',
  lcm: 'the least common multiple',
  sqrt: 'a square root',
  'cartesian-product': 'every item of one collection paired with every item of another',
  combinations: 'every way to choose some items, order aside',
  permutations: 'every ordering of some items',
  copy: 'a shallow copy of a collection',
  exit: 'ending the program',
  now: 'the current time',
  'open-file': 'opening a file',
  'parse-json': 'reading JSON text into values',
  'to-json': 'writing a value as JSON text',
  'json-library': 'the library for JSON text',
  cycle: 'walking a collection’s items again and again',
  infinity: 'an infinite number',
  pi: 'the number π',
  'math-module': 'the module of mathematical functions and constants',
  'random-module': 'the module of random numbers',
  'regex-module': 'the module of regular expressions',
  // Behaviour of conditions
  truthiness: 'which values count as false in a condition',
  concat: 'joining strings end to end',
  'list-of': 'a list made of the values given',
  'map-of': 'a dictionary made of the keys and values given',
  'new-list': 'a new, empty list that grows as items are added',
  'new-map': 'a new, empty dictionary that grows as keys are added',
  'store-key': 'storing a value under a key',
  'read-item': 'reading an item by its position or key',
  increment: 'adding 1 to a variable',
  decrement: 'taking 1 from a variable',
  // Added with JavaScript
  'not-equals': 'whether two values differ',
  // Types a declaration names
  'function-type': 'the type of a function kept as a value',
  'number-box': 'a number kept in an object, so that code may change it in place',
} as const;

export type Idea = keyof typeof IDEAS;

/**
 * Methods a declaration writes for the program: for the idea of a method that reads or sets an
 * attribute (a getter written out, `@property def owner`), the ideas of the declarations that
 * write such a method (`attr_reader :owner`; `attr_accessor` writes a reader and a writer). A
 * method one side writes out and the other has such a declaration for is told as that.
 */
export const WRITTEN_BY: ReadonlyMap<Idea, readonly Idea[]> = new Map<Idea, Idea[]>([
  ['attribute-reader', ['attribute-reader', 'attribute-accessor']],
  ['attribute-writer', ['attribute-writer', 'attribute-accessor']],
]);

/** The idea of a method of a form a language gives it (Java's getters and setters). */
export const FORM_IDEAS: Readonly<Record<string, Idea>> = {
  getter: 'attribute-reader',
  setter: 'attribute-writer',
};

/** Ideas that are types: a declaration's type that spells one is explained by its idiom. */
export const TYPE_IDEAS: ReadonlySet<Idea> = new Set<Idea>(['function-type', 'number-box']);

/**
 * Ideas that print: two calls that print are the same kind of statement whichever way each
 * prints (`puts message` and `System.out.print(message)` when the text ends in its new line).
 */
export const PRINTING_IDEAS: ReadonlySet<string> = new Set<Idea>([
  'print-line',
  'print',
  'inspect-print',
]);
