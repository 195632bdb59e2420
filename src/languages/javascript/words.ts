/**
 * JavaScript's words for its own side of a difference, by shared concept and by mark. Each
 * sentence speaks of JavaScript only; the engine puts it beside the other language's own sentence.
 * (A template literal's quote is the backquote; sentences name it in words, since a backquote
 * would end the code they quote.)
 */
import type { LanguageWords } from '../language.js';

export const words: LanguageWords = {
  marks: {
    'block-start':
      'JavaScript opens a block with `{`, and a matching `}` closes it; only a `case` (or `default`) of a `switch` ends with `:` instead, its code running up to the next one.',
    'block-end': 'JavaScript closes a block with `}`.',
    'call-parens':
      'JavaScript always writes parentheses around a function’s arguments, and `()` to call it with none: without them the name is the function itself, not a call.',
    string:
      'JavaScript writes text in quotes, single (`\'…\'`) or double (`"…"`) alike; a template literal, between backquotes, may hold values in `${…}`.',
    terminator:
      'JavaScript ends a statement with `;`. Where a line leaves it out, JavaScript usually puts it in by itself (automatic semicolon insertion), but not always, so most code writes it.',
    statement:
      'JavaScript declares each name before it is used: `const` for one that is never assigned again, `let` for one that changes; a loop declares its variable in its header.',
  },
  without: {
    'block-start':
      'JavaScript opens a block with `{`, not with a word or a `:`; an `if` whose body is one statement may leave the braces out: `if (ok) run();`.',
    'block-end': 'JavaScript closes a block with `}`, not with a word.',
    'call-parens':
      'JavaScript reads a property such as `length` without parentheses; calling a function always takes them.',
    terminator:
      'JavaScript lets a line leave out its `;`: where a statement ends at a line break, it puts one in by itself (automatic semicolon insertion).',
    type: 'JavaScript declares no types: `let` and `const` make a variable that holds whatever value it is given, and a function takes arguments of any kind.',
  },
  defaults:
    'JavaScript makes a parameter’s default value anew at every call that leaves the argument out, so a default `[]` or `{}` is safe.',
  truthiness:
    'JavaScript counts `false`, `0`, `""`, `null`, `undefined` and `NaN` as false in a condition; everything else is true, even an empty array `[]` or object `{}`, so it asks `items.length > 0` outright.',
  concepts: {
    if: {
      word: '`if (condition) { … }` runs its block when the condition is true.',
      marks: {
        'block-end':
          'JavaScript closes an `if`’s block with `}`; before an `else`, that `}` closes the branch above it: `} else {`.',
        delimiter: 'JavaScript always puts an `if`’s condition in parentheses: `if (age > 18)`.',
      },
      forms: {
        'not-negated':
          'JavaScript has only `if`: for “if not” it writes `if (!condition)`, or a condition that holds in the other case.',
        'no-modifier':
          'JavaScript has no modifier form: the condition always comes first, `if (ready) console.log("hi");`, though a one-statement body may go without braces.',
      },
    },
    elif: {
      word: 'JavaScript writes “else if” as two words, `else if`: an `if` inside the `else`.',
      marks: {
        delimiter:
          'JavaScript always puts an `else if`’s condition in parentheses: `else if (age > 12)`.',
        'block-end':
          'JavaScript closes an `if`’s block with `}`; before an `else`, that `}` closes the branch above it: `} else {`.',
      },
    },
    else: {
      word: 'In JavaScript, `else` catches whatever the branches before it did not.',
      forms: {
        'no-after-try':
          'JavaScript has no `else` for a `try`: code that should run only when nothing was thrown goes at the end of the `try` block, where an error it throws is caught too.',
        wildcard: '`default:` catches whatever the cases of a `switch` before it did not.',
      },
      marks: {
        'block-start':
          'JavaScript opens the `else` branch with `{`, often on the line that closes the branch before it (`} else {`); the `default` of a `switch` ends with `:`.',
      },
    },
    ternary: { word: 'JavaScript’s conditional expression is `condition ? a : b`.' },
    parens: {
      marks: {
        delimiter:
          'JavaScript puts in parentheses the condition of an `if`, an `else if` or a `while` (`if (age > 18)`), the header of a `for` loop (`for (const item of items)`) and the value a `switch` chooses by.',
      },
    },
    while: {
      word: '`while (condition) { … }` repeats its block as long as the condition is true.',
      marks: {
        delimiter:
          'JavaScript always puts a `while`’s condition in parentheses: `while (count > 0)`.',
        'block-end': 'JavaScript closes a loop’s block with `}`.',
        terminator: 'A `do … while` ends with `;` after its condition.',
      },
      forms: {
        'not-negated':
          'JavaScript has only `while`: for “while not” it writes `while (!condition)`, or a condition that holds in the other case.',
        'no-modifier':
          'JavaScript writes its loop condition after the block only as `do { … } while (condition);`, which runs the block once before the first test.',
      },
    },
    for: {
      forms: {
        unpacked:
          'JavaScript can take each item apart in the loop’s header: `for (const [name, age] of pairs)` names its parts, as `([name, age]) => …` does for a function.',
        'not-unpacked':
          'JavaScript’s loop here names each item whole, `for (const item of items)`, and reads its parts from it: `item.name`.',
      },
      word: 'JavaScript loops over an array with `for (const item of items) { … }`.',
      marks: {
        delimiter:
          'JavaScript puts the whole header of a `for` loop in parentheses, the loop variable’s declaration included: `for (const item of items)`; the function handed to `forEach` lists its parameters in parentheses too: `(item, i) =>`.',
        statement:
          'JavaScript declares the loop variable in the loop’s header with `const` (or `let`, when the loop changes it): a fresh one for each round.',
      },
      without: {
        delimiter:
          'JavaScript names a loop’s variable inside the loop’s parentheses, `for (const item of items)`, and needs no other mark around it.',
        'block-start':
          'JavaScript opens a loop’s block with `{`: after a `for` loop’s header, or after the `=>` of the function handed to `forEach`.',
        'block-end': 'JavaScript closes a loop’s block with `}`.',
        'call-parens':
          'JavaScript’s `for` loop is a statement, not a call: its own header says what it walks, `for (const item of items)`, or how it counts, `for (let i = 0; i < n; i++)`.',
      },
    },
    'loop-forever': {
      word: '`while (true) { … }` repeats its block until a `break` leaves it.',
    },
    'loop-body': {
      absent:
        'JavaScript has no blocks: code handed to a function is a function itself, often an arrow function such as `(x) => x * 2`.',
    },
    break: {
      word: '`break` leaves a loop (or a `switch`) in JavaScript.',
    },
    continue: { word: '`continue` skips to the next round of a loop in JavaScript.' },
    switch: {
      word: 'JavaScript chooses between cases with `switch`, comparing the value with each `case` by `===`.',
      marks: {
        delimiter:
          'JavaScript puts the value a `switch` chooses by in parentheses: `switch (day)`.',
        'block-start': 'JavaScript wraps the cases of a `switch` in `{` … `}`.',
        'block-end': 'JavaScript wraps the cases of a `switch` in `{` … `}`.',
      },
    },
    guard: {
      absent:
        'A JavaScript `switch` compares its value with each `case` by `===`; `case` labels written one after another (`case 301: case 302:`) share the code after the last of them.',
      forms: {
        'no-def-guard':
          'A JavaScript function has no guard: it runs for every call, and its body tests the arguments itself, with an `if`.',
      },
    },
    case: {
      word: '`case value:` starts a case of a `switch`: its statements run when the value equals it (by `===`).',
      forms: {
        'written-out':
          'A JavaScript `switch` matches equal values only (`===`): a test of another kind, such as a range, is written out in full with an `if`: `score >= 90 && score < 100`.',
      },
      marks: {
        'block-start':
          'JavaScript ends each `case` (and `default`) with `:`; the statements after it, up to the next one, are its code.',
        statement:
          'JavaScript ends a `case` with `break`: without it, the code runs on into the next case (fall-through).',
        delimiter:
          'JavaScript lets several `case` labels share one body: a `case` with no statements of its own, `case "sat":`, runs on into the next one.',
        terminator: 'JavaScript ends the `break` statement with `;`.',
      },
    },
    def: {
      word: '`function` defines a function in JavaScript; in a class, a method is written by its name alone: `speak() { … }`.',
      forms: {
        'no-getter':
          'A JavaScript field is public unless its name starts with `#`: other code reads it directly, `user.name`, with no method written for it; `get` before a method makes one that is read that way.',
        'no-setter':
          'A JavaScript field is public unless its name starts with `#`: other code sets it directly, `user.name = "Ann"`, with no method written for it; `set` before a method makes one that runs when it is set.',
      },
      absent:
        'JavaScript defines a function with `function name(…) { … }`; inside a class, a method by its name and parameters alone, with no keyword before it: `speak() { … }`.',
      marks: {
        'block-start': 'JavaScript opens a function’s body with `{`.',
        'block-end': 'JavaScript closes a function’s body with `}`.',
      },
    },
    'method-name': {
      word: 'JavaScript gives a few methods a special meaning by their name: `constructor` sets up a new object, `toString` turns one into a string.',
      forms: {
        chosen:
          '`{code}` is a name the program chose: JavaScript gives it no meaning of its own, and joins a name’s words by starting each after the first with a capital letter.',
        'no-predicate':
          'JavaScript names have no `?`; a function that answers yes or no is usually named `is…` or `has…`, as in `isEmpty`.',
      },
    },
    params: {
      marks: {
        'call-parens':
          'JavaScript always writes parentheses after a function’s name, even when it takes no parameters: `function greet()`.',
      },
      without: {
        delimiter: 'JavaScript lists a function’s parameters in its parentheses, with no bars.',
      },
    },
    'self-param': {
      absent:
        'A JavaScript method reaches the object it is called on as `this`, without listing it as a parameter.',
    },
    'default-param': {
      word: 'JavaScript gives a parameter a default with `=`, used when a call leaves the argument out; a parameter that takes an object apart, `{ quantity = 1 } = {}`, gives each name its own default.',
      marks: { delimiter: 'JavaScript gives a parameter its default with `=`.' },
      forms: {
        'no-keyword':
          'JavaScript has no parameters passed by name: a function takes its options as one object, often taken apart among its parameters, each with a default: `{ quantity = 1 } = {}`.',
      },
    },
    'keyword-only': {
      absent:
        'JavaScript has no parameters passed by name: a function takes its options as one object, often taken apart among its parameters, each with a default: `{ quantity = 1 } = {}`.',
    },
    'keyword-arg': {
      absent:
        'JavaScript has no arguments passed by name: a function that takes options takes an object, `f({ name: "Ann" })`.',
    },
    throws: {
      absent:
        'A JavaScript function declares no errors it may throw: any function may throw any value, and a caller catches only if it chooses.',
    },
    return: {
      word: 'A JavaScript function gives back a value only with `return`; without one it gives back `undefined`.',
      alone:
        'A JavaScript function gives back a value only with `return`; without one it gives back `undefined`.',
    },
    pass: { absent: 'JavaScript needs nothing in an empty block: `{}`.' },
    class: {
      forms: {
        'error-name':
          'JavaScript names an error class ending in `Error` (`TypeError`, `RangeError`); a class of one’s own extends `Error`, which gives it a `message` and a stack trace.',
      },
      word: '`class` defines a class in JavaScript.',
      marks: {
        'block-start': 'JavaScript wraps a class’s body in `{` … `}`.',
        'block-end': 'JavaScript closes a class’s body with `}`.',
      },
    },
    superclass: {
      word: 'The class named after `extends` is the one this JavaScript class inherits from: its methods are this class’s too.',
      marks: {
        delimiter:
          'JavaScript names the class to inherit from after `extends`: `class Dog extends Animal`.',
      },
    },
    construct: {
      word: 'JavaScript makes an object with `new` before its class’s name: `new Dog("Rex")`.',
      marks: {
        statement:
          'JavaScript makes an object with `new` before its class’s name: `new Dog("Rex")`.',
      },
    },
    field: {
      word: 'JavaScript reaches an object’s own properties through `this`: `this.name`, or `this.#name` for a private one.',
    },
    self: { word: '`this` is the object a JavaScript method runs on.' },
    super: {
      word: '`super` reaches the parent class: `super(…)` in a `constructor` runs the parent’s constructor, `super.speak()` its method.',
    },
    yield: {
      forms: {
        'block-param':
          'A JavaScript function takes the function it calls as a parameter, here `{code}`, and calls it like any function, `{code}(…)`: JavaScript has no blocks to `yield` to.',
      },
      absent:
        'JavaScript has no blocks: a function takes the function to run as a parameter and calls it by name, as in `action()`.',
    },
    try: {
      word: 'JavaScript wraps code that may fail in `try { … }`, with `catch` (and `finally`) after it.',
      alone:
        'JavaScript wraps code that may fail in `try { … }`, with `catch` (and `finally`) after it.',
      marks: {
        'block-end':
          'JavaScript closes each part of a `try` with `}`: the `try` block, the `catch` and the `finally`.',
      },
    },
    except: {
      word: '`catch` catches an exception in JavaScript, whatever its class; to handle one class only, the block tests `error instanceof …` and throws the others again.',
      marks: {
        delimiter:
          'JavaScript names the caught exception in parentheses after `catch`: `catch (error)`.',
      },
    },
    finally: { word: '`finally` runs whether or not an exception happened.' },
    alias: {
      alone:
        'JavaScript names the caught exception in the parentheses after `catch`, as in `catch (error)`; a `catch` that does not use it may leave them out: `catch { … }`.',
    },
    'field-declaration': {
      marks: {
        delimiter:
          'JavaScript gives a field declared in a class body its first value with `=`, `count = 0;`: every new object starts with it.',
      },
      without: {
        statement:
          'JavaScript writes no `private` or `final` before a field: a field whose name starts with `#` is private to its class’s code, and any field may be assigned again.',
      },
      word: 'JavaScript may declare an object’s fields in its class body, `count = 0;`, each one given to every new object; a name that starts with `#` is private: only the class’s own code reads it, as `this.#owner`.',
      alone:
        'JavaScript may declare an object’s fields in its class body, `count = 0;`, each one given to every new object; a name that starts with `#` is private: only the class’s own code reads it, as `this.#owner`.',
    },
    import: {
      word: 'JavaScript loads a module with `import … from "name"`, or in Node.js with `require("name")`.',
      absent: 'JavaScript needs no `import` for this: it is built in.',
      alone:
        'JavaScript loads a module with `import … from "name"`, or in Node.js with `require("name")`.',
      marks: {
        string:
          'JavaScript names the module to load in a string, in quotes: `import fs from "fs"`.',
        'call-parens':
          '`require` is a function: the module’s name goes in parentheses, `require("fs")`.',
      },
    },
    call: {
      without: {
        statement:
          'JavaScript calls a function kept in a variable just like any function: `double(4)`.',
      },
      marks: {
        delimiter:
          '`?.` reads a property or calls a method only when the value before it is not `null` or `undefined`, and gives `undefined` otherwise.',
      },
      forms: {
        'own-method':
          'A JavaScript method calls another method of its own object through `this`, as in `{code}`: without `this.`, the name would be looked for outside the class instead.',
        safe: '`?.` reads a property or calls a method only when the value before it is not `null` or `undefined`, and gives `undefined` otherwise.',
        'no-safe':
          'JavaScript writes `?.` to call a method only on a value that is not `null` or `undefined`.',
      },
    },
    args: {
      marks: {
        'call-parens':
          'JavaScript always writes parentheses around a function’s arguments, and `()` to call it with none: without them the name is the function itself, not a call.',
      },
    },
    lambda: {
      word: '`(x) => x * 2` is an arrow function: a function written in place; with no braces its body is one expression, whose value it gives back.',
      forms: {
        keyword:
          '`function (a, b) { … }` written as a value makes an anonymous function; its body is a block in braces, which gives back a value only with `return`.',
      },
      marks: {
        'call-parens':
          'JavaScript puts a function’s parameters in parentheses, `(a, b) => …` or `function (a, b)`; only an arrow function with a single one may go without: `x => x * 2`.',
        'block-start':
          'An arrow function with several statements wraps them in `{` … `}`, and gives back a value only with `return`.',
        'block-end':
          'JavaScript closes an arrow function’s body with `}` when it opened one with `{`.',
      },
      without: {
        'block-start':
          'An arrow function whose body is one expression needs no braces: `=>` leads straight to it, as in `(n) => n * 2`.',
        'block-end': 'An arrow function whose body is one expression needs nothing to close it.',
      },
    },
    assign: {
      marks: {
        statement:
          'JavaScript declares a name before using it: `const` for one that is never assigned again, `let` for one that changes.',
      },
    },
    names: {
      alone:
        'JavaScript names what it takes from a module between `import` and `from`: `import assert from "node:assert"` calls the module’s default export `assert`; `import { readFileSync } from "node:fs"` takes one named export.',
      marks: {
        delimiter:
          'JavaScript takes an array apart into names with brackets: `const [a, b] = pair`.',
      },
    },
    string: {
      marks: {
        string:
          'JavaScript writes text in quotes, single (`\'…\'`) or double (`"…"`) alike; a template literal, between backquotes, may hold values in `${…}`.',
      },
      forms: {
        'no-symbol':
          'JavaScript writes a name used as a value as a string; an object’s key written bare, `name: …`, is the string `"name"`.',
        triple:
          'A template literal, between backquotes, may run over several lines, and keeps their line breaks and spaces.',
        regex:
          '`{code}` is a JavaScript regular expression, a pattern written between slashes, not in quotes; a letter after the last slash changes how it is used (`g`: every match).',
      },
      without: {
        string:
          'JavaScript writes an object’s key bare when it is a plain name, `{ name: "Ann" }`; the key is a string all the same.',
      },
    },
    interpolation: { word: 'Inside a template literal, JavaScript puts a value in `${…}`.' },
    pair: {
      marks: { delimiter: 'JavaScript writes `key: value` in an object.' },
      without: {
        string:
          'JavaScript writes an object’s key bare when it is a plain name, `{ name: "Ann" }`; the key is a string all the same.',
      },
    },
    map: {
      word: 'A JavaScript object is written `{ key: value }`; reading a key it does not hold gives `undefined`, not an error.',
    },
    list: { word: 'A JavaScript array is written `[a, b, c]`.' },
    tuple: {
      absent: 'JavaScript has no tuples: an array, `[a, b]`, holds a few values together.',
    },
    index: {
      word: 'JavaScript’s `[]` reads an array’s item by its position, or an object’s value by its key; past the end, or for a missing key, it gives `undefined`, not an error.',
    },
    range: {
      forms: {
        inclusive:
          'With `<=` (or `>=`) in its condition, a counting `for` loop runs up to its bound and includes it.',
        exclusive:
          'With `<` (or `>`) in its condition, a counting `for` loop stops before its bound.',
      },
    },
    number: {
      word: 'JavaScript has one kind of number for whole numbers and decimals alike: `2` and `2.0` are the same value.',
      forms: {
        decimal:
          'JavaScript has one kind of number: `2.5` is a number like `2`, and `2.0` is the very same value as `2`.',
      },
    },
    literal: {
      word: 'JavaScript writes `null`, `undefined`, `true` and `false` in lower case.',
    },
    name: {
      forms: {
        private:
          '`{code}` starts with `#`: in JavaScript such a name is a private field, which only the code of its class may use, as `this.#name`.',
        unused:
          'By custom, JavaScript gives a parameter the function does not use a name starting with `_`, such as `_event`; the language itself treats it like any other name.',
        'word-case':
          'JavaScript joins the words of a variable’s or function’s name with no `_`, each word after the first starting with a capital letter (camelCase): `middleName`; a class’s name starts with a capital too: `LineItem`.',
      },
    },
    comment: {
      word: 'JavaScript comments start with `//`; `/* … */` wraps a comment that may run over several lines.',
    },
  },
};
