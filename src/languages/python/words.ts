/**
 * Python's words for its own side of a difference, by shared concept and by mark. Each sentence
 * speaks of Python only; the engine puts it beside the other language's own sentence.
 */
import type { LanguageWords } from '../language.js';

export const words: LanguageWords = {
  marks: {
    'block-start':
      'Python ends the line that opens a block with `:`; the indented lines under it are the block.',
    'call-parens':
      'Python always writes parentheses around a function’s arguments, even when there is only one, and `()` to call it with none.',
    string:
      'Python writes text in quotes, single (`\'…\'`) or double (`"…"`) alike; an `f` before the quote lets it hold values in `{…}`.',
    terminator: 'Python allows `;` between statements on one line; a line break does the same.',
  },
  without: {
    'block-start': 'Python needs `:` at the end of the line that opens a block.',
    'block-end': 'Python marks where a block ends by indentation alone, so nothing closes it.',
    'call-parens':
      'Python always writes the parentheses of a call, so it has nothing to leave out here.',
    terminator: 'Python ends a statement at the end of its line; it needs no `;`.',
    type: 'Python declares no types: a variable holds whatever value it is given; a hint such as `x: int` may be written, but it is not checked when the program runs.',
  },
  unspelled: {
    'exception-message':
      'A Python exception has no `message`: turned into a string, `str(e)` or `{e}` in an f-string, it gives its text.',
  },
  defaults:
    'Python makes a parameter’s default value once, when the function is defined, and shares it between calls; so a list or dict default is written `None` and made inside the function.',
  truthiness:
    'Python counts `0`, `""`, an empty list `[]`, an empty dict and `None` as false in a condition, so `if items:` asks whether `items` holds anything.',
  concepts: {
    if: {
      word: '`if` runs its block when the condition is true.',
      forms: {
        negated: 'Python writes “if not” as two words: `if not`.',
        'not-negated':
          'Python has only `if`: for “if not” it writes `if not`, or a condition that holds in the other case.',
        'no-modifier':
          'Python has no modifier form: a condition always opens an `if` block, which may sit on one line (`if ready: print("hi")`).',
      },
    },
    elif: { word: 'Python spells “else if” as `elif`.' },
    else: {
      word: 'In Python, `else` catches whatever the branches before it did not.',
      forms: {
        'after-try':
          '`else:` after `except` runs only when the `try` block raised nothing; an exception raised in the `else:` block is not caught by that `except`.',
        wildcard:
          'Python’s `case _:` catches whatever the cases before it did not; a `match` has no `else`.',
      },
    },
    ternary: { word: 'Python’s conditional expression is `a if condition else b`.' },
    while: {
      word: '`while` repeats its block as long as the condition is true.',
      forms: {
        negated: 'Python writes “while not” as two words: `while not`.',
        'not-negated':
          'Python has only `while`: for “while not” it writes `while not`, or a condition that holds in the other case.',
        'no-modifier':
          'Python has no modifier form: a loop condition always opens a `while` block.',
      },
    },
    for: {
      forms: {
        unpacked:
          'Python takes each item apart in the loop’s header: `for name, age in pairs:` names its parts.',
        'not-unpacked':
          'Python’s loop here names each item whole, `for item in items:`, and reads its parts from it.',
      },
      word: 'Python loops over a collection with `for … in`, naming the loop variable between the two words.',
      without: {
        delimiter:
          'Python names the loop variable between `for` and `in`, with nothing around it; names joined by commas take each item apart: `for name, age in ages.items()`.',
        'block-start': 'Python opens a loop’s block with `:` at the end of the `for` line.',
        'call-parens':
          'Python’s `for … in` loop is a statement, not a call: the collection comes after `in`, with no parentheses around it.',
      },
    },
    params: {
      marks: {
        'call-parens':
          'Python always writes parentheses after a function’s name, even when it takes no parameters: `def greet():`.',
      },
      without: {
        delimiter: 'Python names a function’s parameters in its parentheses, with no bars.',
      },
    },
    def: {
      word: '`def` defines a function (or, inside a class, a method) in Python.',
      forms: {
        'no-getter':
          'A Python attribute is public: other code reads it directly, `user.name`, with no method written for it; `@property` makes a method that is read that way, when the value must be worked out or kept from being set.',
        'no-setter':
          'A Python attribute is public: other code sets it directly, `user.name = "Ann"`, with no method written for it.',
      },
      without: {
        statement:
          'Python needs no word such as `public` or `static` before `def`: any function or method can be called from anywhere, and one defined at the top of a file is called by its name alone.',
      },
    },
    'self-param': {
      word: 'A Python method takes the object it is called on as its first parameter, by convention named `self`.',
      alone:
        'A Python method takes the object it is called on as its first parameter, by convention named `self`.',
    },
    'default-param': {
      marks: {
        delimiter: 'Python gives a parameter its default with `=`.',
      },
    },
    super: {
      absent: 'Python names the parent’s method it calls: `super().speak()`.',
    },
    guard: {
      word: '`case … if condition:` matches only when the condition after `if` holds as well.',
      absent:
        'A Python `case` lists the values it matches joined by `|`, as in `case 301 | 302:`: the value matches when it equals any of them.',
      alone: '`case … if condition:` matches only when the condition after `if` holds as well.',
      forms: {
        'no-def-guard':
          'A Python function has one body for every call: it tests its arguments itself, and an `if` at its start that returns answers one case before the rest runs.',
      },
    },
    'keyword-only': {
      word: 'A bare `*` among a Python function’s parameters means the ones after it must be passed by name.',
      alone:
        'A bare `*` among a Python function’s parameters means the ones after it must be passed by name.',
    },
    'keyword-arg': {
      word: 'Python passes an argument by name as `name=value`, after the others; the function takes it by that name, `def f(gift=False)`.',
      marks: { delimiter: 'Python passes an argument by name as `name=value`.' },
    },
    throws: {
      absent:
        'A Python function declares no exceptions it may raise: any function may raise any exception, and a caller catches only those it chooses.',
    },
    return: {
      word: 'A Python function gives back a value only with `return`; without one it returns `None`.',
      alone:
        'A Python function gives back a value only with `return`; without one it returns `None`.',
    },
    pass: {
      word: '`pass` is Python’s statement that does nothing: a block needs at least one statement.',
      alone:
        '`pass` is Python’s statement that does nothing: a block needs at least one statement.',
    },
    class: {
      forms: {
        'error-name':
          'Python names an exception class ending in `Error` by custom (`ValueError`, `KeyError`); a class of one’s own inherits from `Exception`.',
      },
      word: '`class` defines a class in Python.',
      without: {
        statement:
          'Python needs no word such as `public` before `class`: a class can be used anywhere once its module is imported.',
        'call-parens':
          'Python writes no parentheses after a class’s name unless it inherits from another; a dataclass lists its fields in its body, one per line: `x: int`.',
      },
    },
    superclass: {
      word: 'The class named in parentheses after a Python class’s name, `(Base)`, is the one it inherits from: its methods are this class’s too.',
      marks: {
        delimiter: 'Python names the class to inherit from in parentheses: `class Dog(Animal):`.',
      },
    },
    construct: {
      word: 'Python makes an object by calling its class like a function: `Dog("Rex")`.',
      absent:
        'Python makes an object by calling its class like a function, with no `new`: `Dog("Rex")`.',
      without: {
        statement:
          'Python makes an object by calling its class like a function, with no `new`: `Dog("Rex")`.',
      },
    },
    field: {
      word: 'Python reaches an object’s own attributes through `self`: `self.name`.',
      forms: {
        private:
          'Python reaches an object’s own attributes through `self`: `self.name`. A name that starts with `_`, `self._cents`, is private by convention only: other code can still read and set it, but is asked not to.',
      },
    },
    self: {
      word: '`self` is the object a Python method runs on, passed as its first parameter.',
      alone:
        'A Python method calls another method of its own object through `self`: `self.check(x)`; the bare name would look for a function outside the class.',
    },
    try: {
      word: 'Python wraps code that may fail in `try:`, with `except` clauses after it.',
      alone: 'Python wraps code that may fail in `try:`, with `except` clauses after it.',
    },
    except: {
      word: '`except` catches an exception in Python.',
      marks: {
        delimiter: 'Python names the caught exception with `as`: `except ZeroDivisionError as e:`.',
      },
    },
    finally: { word: '`finally` runs whether or not an exception happened.' },
    switch: {
      word: 'Python chooses between cases with `match` … `case` (since Python 3.10).',
      absent:
        'Python often writes a choice between values as an `if` … `elif` … `else` chain, each test written out.',
    },
    pattern: {
      word: 'A Python `case` pattern matches a value by its shape: a value written out matches an equal one, a bare name matches any value and is bound to it, and `_` matches any value without naming it.',
    },
    case: {
      word: 'Python lists the cases of a `match` with `case`; `case _:` catches everything else.',
      forms: {
        compared:
          'A `case` of a `match` compares the subject with its pattern: `case "sat":` matches an equal value.',
        'written-out':
          'An `if` (or `elif`) writes its test out in full, naming the value each time: `score >= 90`.',
      },
      marks: { delimiter: 'Python joins the values one `case` matches with `|`.' },
    },
    import: {
      word: '`import` loads a module in Python.',
      absent: 'Python needs no `import` for this: it is built in.',
      alone: '`import` loads a module in Python; `from module import name` takes one name from it.',
      without: {
        string: 'Python names the module to `import` bare, without quotes: `import json`.',
      },
    },
    call: {
      forms: {
        'no-safe':
          'Python has no `&.`: it tests for `None` first, as in `len(user) if user is not None else None`.',
      },
      without: {
        statement:
          'Python calls a function kept in a variable just like any function: `square(4)`.',
      },
    },
    lambda: {
      word: '`lambda` makes a small anonymous function in Python; its body is one expression after `:`.',
      alone:
        '`lambda` makes a small anonymous function in Python: code passed to a function is an ordinary argument.',
      marks: {
        'block-start':
          'Python puts `:` between a `lambda`’s parameters and its one-expression body.',
      },
      without: {
        'block-end': 'A Python `lambda` is one expression, so nothing closes it.',
        'call-parens':
          'Python lists a `lambda`’s parameters with no parentheses: `lambda x: x * x`.',
        delimiter: 'Python lists a `lambda`’s parameters bare, between `lambda` and `:`.',
      },
    },
    break: { word: '`break` leaves a loop in Python.' },
    continue: { word: '`continue` skips to the next round of a loop in Python.' },
    string: {
      marks: {
        string:
          'Python writes text in quotes, single (`\'…\'`) or double (`"…"`) alike; an `f` before the quote makes an f-string, which may hold values in `{…}`.',
      },
      forms: {
        triple:
          'Python writes a string of several lines between triple quotes, `"""…"""`; a `\\` right after the opening quotes leaves out the first line break.',
        'no-symbol':
          'Python has no symbols: a name used as a value is a string in quotes, `"name"`.',
      },
    },
    interpolation: { word: 'Inside an f-string, Python puts a value in `{…}`.' },
    pair: { marks: { delimiter: 'Python writes `key: value` in a dictionary.' } },
    map: {
      word: 'A Python dictionary is written `{key: value}`; reading a key it does not hold raises a `KeyError` (`get` and `defaultdict` give a default instead).',
    },
    list: { word: 'A Python list is written `[a, b, c]`.' },
    comprehension: {
      word: 'A comprehension, `[f(x) for x in items if test]`, builds a new Python list: `f(x)` for each item (only those that pass the `if`, when there is one); in braces, `{k: v for …}`, a dictionary; written bare as a call’s argument, `sum(x for x in items)`, it hands the values over one at a time.',
    },
    tuple: {
      word: 'A Python tuple is written `a, b`, often in parentheses: a fixed group of values that `x, y = …` unpacks.',
    },
    set: {
      word: 'A Python set is written `{a, b}`, braces with no `:`; it keeps each item once and has no order.',
    },
    index: {
      word: 'Python’s `[]` reads an item by its position (a negative one counts from the end: `[-1]` is the last) or a dictionary’s value by its key; past the end it raises an `IndexError`, for a missing key a `KeyError`.',
      forms: {
        slice:
          'A slice `[start:stop:step]` copies part of a Python sequence, from `start` up to but not including `stop`; `[::-1]` steps backwards through all of it, giving a reversed copy.',
      },
    },
    yield: {
      forms: {
        'block-param':
          'A Python function takes the function it calls as a parameter, here `{code}`, and calls it like any function, `{code}(…)`: Python has no blocks, and its `yield` makes a generator instead.',
      },
      absent:
        'Python has no blocks: a function takes the function to run as a parameter and calls it by name, as in `action()`.',
    },
    'loop-forever': {
      word: 'Python writes a loop that runs until a `break` leaves it as `while True:`.',
    },
    name: {
      forms: {
        unused:
          'Python names a value the code does not use `_`, or gives it a name starting with `_`, by custom: a `for` loop and a function’s parameters must name every value, even one they do not use; the name still works as any other.',
        'word-case':
          'Python joins the words of a variable’s or function’s name with `_`, in small letters: `middle_name`; a class’s name joins capitalised words: `LineItem`.',
      },
    },
    'loop-body': {
      absent:
        'Python has no blocks: code handed to a function is a function itself, often a `lambda`.',
    },
    range: {
      word: '`range(a, b)` counts from `a` up to `b - 1`, and `range(b)` from `0`: it stops before its end.',
    },
    number: {
      word: 'Python writes a decimal number (a `float`) with a point, `2.0`, and a whole number (an `int`) without, `2`.',
      forms: {
        decimal: 'A number written with a point is a decimal (a `float`) in Python, such as `2.5`.',
      },
    },
    literal: { word: 'Python writes `None`, `True` and `False` with a capital letter.' },
    comment: {
      word: 'Python comments start with `#`; a string on a line of its own is not a comment, but often used as one.',
    },
    'method-name': {
      word: 'Python gives some methods a special meaning by their name, written between double underscores: `__init__`, `__str__`.',
      forms: {
        test: '`unittest` runs each method of a `TestCase` class whose name starts with `test` as one test: `{code}` is one, its words joined by `_`.',
        chosen:
          '`{code}` is a name the program chose: Python gives it no meaning of its own, and names functions in small letters, their words joined by `_`.',
        'no-predicate':
          'Python names have no `?`; a function that answers yes or no is usually named `is_…` or `has_…`.',
      },
    },
    main: {
      without: {
        statement:
          'Python runs a file’s statements from top to bottom: they need no class or function around them.',
      },
    },
    parens: {
      without: {
        delimiter:
          'Python writes a condition, or a loop’s header, bare, with no parentheses around it, and ends the line with `:`: `if age % 2 == 1:`.',
      },
    },
    'field-declaration': {
      word: 'A name with a type hint and no value in a Python class body, `name: type`, declares a field: `@dataclass` makes the fields the parameters of the `__init__` it writes, in order. The hint is not checked when the program runs.',
      alone:
        'A name with a type hint and no value in a Python class body, `name: type`, declares a field: `@dataclass` makes the fields the parameters of the `__init__` it writes, in order. The hint is not checked when the program runs.',
      absent:
        'Python need not declare an object’s attributes: `self.name` comes to be when one of its methods first assigns it (a `@dataclass` alone lists its fields in the class body).',
    },
    assign: {
      without: {
        statement:
          'Python declares no variables and has no word that keeps one from changing: a name comes to be when it is first assigned (a name in capitals is only a convention for one that should not change).',
      },
    },
  },
};
