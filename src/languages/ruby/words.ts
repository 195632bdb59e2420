/**
 * Ruby's words for its own side of a difference, by shared concept and by mark. Each sentence
 * speaks of Ruby only; the engine puts it beside the other language's own sentence.
 */
import type { LanguageWords } from '../language.js';

export const words: LanguageWords = {
  marks: {
    'block-start':
      'Ruby can open a block with `then` or `do`; usually the block simply starts on the next line.',
    'block-end':
      'Ruby closes the block with the keyword `end`, or with `}` when it opened with `{`.',
    'call-parens':
      'Ruby puts parentheses around a method’s arguments where they help reading, `add(2, 3)`; they are optional: `add 2, 3` makes the same call.',
    string:
      'Ruby writes text in quotes: double quotes (`"…"`) allow `#{…}` interpolation, single quotes (`\'…\'`) take the text as it is.',
    terminator: 'Ruby allows `;` between statements on one line; a line break does the same.',
  },
  without: {
    'block-start':
      'Ruby puts nothing at the end of the line that opens a block: the block starts on the next line.',
    'block-end': 'Ruby closes every block with `end` or `}`.',
    'call-parens':
      'Ruby lets you leave out the parentheses around a method’s arguments, as in `puts "hi"`, and writes none to call a method with no arguments.',
    terminator: 'Ruby ends a statement at the end of its line; it needs no `;`.',
    type: 'Ruby declares no types: a variable holds whatever value it is given, and a method takes arguments of any kind.',
  },
  defaults:
    'Ruby makes a parameter’s default value anew at every call, so a default `{}` or `[]` is safe.',
  truthiness:
    'In Ruby only `nil` and `false` count as false in a condition: `0`, `""` and an empty array `[]` are all true, so Ruby asks `empty?`, `zero?` or `nil?` outright.',
  concepts: {
    if: {
      word: '`if` runs its block when the condition is true.',
      marks: {
        'block-end':
          'Ruby closes an `if` or `unless` (with its `elsif` and `else` branches) with `end`.',
        'block-start': 'Ruby allows `then` after a condition, mostly to fit a branch on one line.',
      },
      without: {
        'block-end':
          'An `if` that Ruby writes after its statement (a modifier, `puts "hi" if ready`) needs no `end`.',
      },
      forms: {
        negated: '`unless` is Ruby’s “if not”: its block runs when the condition is false.',
        'not-negated': 'Ruby writes “if not” as `if !condition`, or uses `unless`.',
        modifier:
          'Ruby lets one statement carry its condition after it, as in `puts "hi" if ready` (a modifier), with no `end`.',
      },
    },
    elif: { word: 'Ruby spells “else if” as one word, `elsif`.' },
    else: {
      word: 'In Ruby, `else` catches whatever the branches before it did not.',
      forms: {
        'after-try':
          '`else` after `rescue` runs only when the code before `rescue` raised nothing; an exception raised in the `else` part is not rescued by that `rescue`.',
      },
    },
    ternary: { word: 'Ruby’s conditional expression is `condition ? a : b`.' },
    while: {
      word: '`while` repeats its block as long as the condition is true.',
      marks: { 'block-end': 'Ruby closes a `while` or `until` loop with `end`.' },
      forms: {
        negated: '`until` is Ruby’s “while not”: it loops as long as the condition is false.',
        'not-negated': 'Ruby writes “while not” as `until`, or `while !condition`.',
        modifier:
          'Ruby lets one statement carry its loop condition after it, as in `x += 1 while x < 5`, with no `end`.',
      },
    },
    for: {
      forms: {
        unpacked:
          'Ruby takes each item apart in the block’s parameters: `|name, age|` names the two parts of a pair.',
        'not-unpacked':
          'Ruby’s block here takes each item whole, `|item|`, and reads its parts from it.',
      },
      word: 'Ruby usually loops by calling a method with a block, as in `items.each do |item| … end`.',
      marks: {
        'block-start':
          'Ruby hands a loop’s block to the method: `do` … `end` for several lines, `{ … }` for one.',
        'block-end': 'Ruby closes a loop’s block with `end` (or `}` when it opened with `{`).',
      },
    },
    'loop-forever': {
      word: '`loop do … end` repeats its block until a `break` leaves it.',
    },
    'loop-body': {
      word: '`{ … }` (or `do … end`) after a call is a block: code handed to the method, which runs it with `yield` or `.call`.',
      alone:
        '`{ … }` (or `do … end`) after a call is a block: code handed to the method, which runs it with `yield` or `.call`.',
      marks: {
        'block-start':
          'Ruby hands a block to a method: `do` … `end` for several lines, `{ … }` for one.',
        'block-end':
          'Ruby closes a block with `end` when it opened with `do`, or with `}` when it opened with `{`.',
        delimiter: 'Ruby names a block’s parameters between bars: `|item|`.',
      },
    },
    params: {
      marks: {
        'call-parens':
          'Ruby’s parentheses around a method’s parameters are optional; most Ruby code writes them when there are parameters.',
        delimiter: 'Ruby names a block’s parameters between bars: `|item|`.',
      },
      without: {
        'call-parens': 'Ruby writes no parentheses when a method takes no parameters: `def greet`.',
        delimiter: 'Ruby needs no bars around parameters here.',
      },
    },
    def: {
      word: '`def` defines a method in Ruby.',
      forms: {
        'no-getter':
          'Only a Ruby object’s own methods read its `@name`: other code calls a method for it, `user.name`, which `attr_reader :name` writes in one line.',
        'no-setter':
          'Only a Ruby object’s own methods set its `@name`: other code calls a method named with `=`, `user.name = "Ann"`, which `attr_writer :name` (or `attr_accessor :name`, with the reader) writes in one line.',
      },
      marks: { 'block-end': 'Ruby closes a method definition with `end`.' },
      without: {
        statement:
          'Ruby needs no word such as `public` or `static` before `def`: a method is public unless written after `private`, and one defined at the top of a file is called by its name alone.',
      },
    },
    'self-param': {
      absent:
        'A Ruby method reaches the object it is called on as `self`, without listing it as a parameter.',
    },
    'default-param': {
      forms: {
        keyword:
          'A Ruby parameter written `name: value` is a keyword parameter: a call passes it by name, in any order, or leaves it out to get the default.',
      },
      marks: {
        delimiter:
          'Ruby gives a parameter its default with `=`, or with `name:` for a keyword parameter.',
      },
    },
    super: {
      word: 'A bare `super` calls the parent class’s method of the same name, with the same arguments.',
    },
    guard: {
      absent:
        'Ruby’s `when` matches its values with `===`: `when 301, 302` matches either number, and a range (`400..499`) the numbers in it, with no extra condition.',
      forms: {
        'no-def-guard':
          'A Ruby method has one body for every call: it tests its arguments itself, and a `return … if …` at its start answers one case before the rest runs.',
      },
    },
    'keyword-only': {
      absent:
        'Ruby’s `name:` parameters are passed by name already; they need no mark before them.',
    },
    'keyword-arg': {
      word: 'Ruby passes an argument by name as `name: value`, after the others, for a keyword parameter such as `def f(gift: false)`.',
      marks: { delimiter: 'Ruby passes an argument by name as `name: value`.' },
    },
    throws: {
      absent:
        'A Ruby method declares no exceptions it may raise: any method may raise any exception, and a caller rescues only those it chooses.',
    },
    return: {
      word: 'Ruby’s `return` leaves a method with a value; at the end of a method it is optional, since Ruby returns the last expression’s value anyway.',
      absent:
        'A Ruby method gives back the value of its last expression by itself, so it needs no `return` there.',
    },
    pass: { absent: 'Ruby needs nothing in an empty block: `end` closes it.' },
    class: {
      forms: {
        'error-name':
          'Ruby names an exception class ending in `Error` by custom (`ArgumentError`, `KeyError`); a class of one’s own inherits from `StandardError`, which a bare `rescue` catches.',
      },
      word: '`class` defines a class in Ruby.',
      marks: { 'block-end': 'Ruby closes a class definition with `end`.' },
      without: {
        statement:
          'Ruby needs no word such as `public` before `class`: a class can be used anywhere once its file is loaded.',
      },
    },
    superclass: {
      word: 'The class named after `<` is the one this Ruby class inherits from: its methods are this class’s too.',
      marks: { delimiter: 'Ruby names the class to inherit from after `<`: `class Dog < Animal`.' },
    },
    module: { marks: { 'block-end': 'Ruby closes a module with `end`.' } },
    construct: {
      word: 'Ruby makes an object by calling `new` on its class: `Dog.new("Rex")`.',
      marks: { statement: 'Ruby makes an object by calling `new` on its class: `Dog.new("Rex")`.' },
    },
    field: {
      word: 'Ruby writes an object’s own variables (instance variables) with `@`: `@name`.',
    },
    self: {
      word: '`self` is the object a Ruby method runs on.',
      absent:
        'A Ruby method calls another method of its own object by its name alone: `check(x)` means `self.check(x)`.',
    },
    try: {
      word: 'Ruby wraps code that may fail in `begin` … `rescue` … `end`.',
      absent:
        'A Ruby method body can hold `rescue` and `ensure` directly, so the method needs no `begin`.',
      marks: { 'block-end': 'Ruby closes `begin` … `rescue` with `end`.' },
    },
    except: {
      word: '`rescue` catches an exception in Ruby.',
      marks: {
        delimiter: 'Ruby names the caught exception after `=>`: `rescue ZeroDivisionError => e`.',
      },
    },
    finally: { word: '`ensure` runs whether or not an exception happened.' },
    switch: {
      word: 'Ruby chooses between cases with `case` … `when`.',
      marks: { 'block-end': 'Ruby closes a `case` with `end`.' },
    },
    case: {
      word: 'Ruby lists the cases of a `case` with `when`.',
      forms: {
        compared:
          'A `when` compares the `case`’s value with its own using `===`: an equal value matches, a range (`90..`) matches the numbers in it, a class its objects.',
        'written-out':
          'Ruby writes such a test out in full when it uses `if`/`elsif`: `score >= 90`.',
      },
      without: {},
      marks: {
        delimiter:
          'A Ruby `when` may list several values, separated by `,`: `when "sat", "sun"` matches either.',
      },
    },
    import: {
      word: '`require` loads a library in Ruby.',
      absent: 'Ruby needs no `require` for this: it is built in.',
      marks: {
        string: 'Ruby names the library to `require` in a string, in quotes: `require "json"`.',
      },
    },
    call: {
      forms: {
        safe: '`&.` calls the method only when the value before it is not `nil`, and gives `nil` otherwise.',
      },
      marks: {
        statement:
          'Ruby calls a lambda or a method object with `.call(…)` (or `.(…)`); a plain name would call a method of that name instead.',
      },
    },
    lambda: {
      word: '`->` (or `lambda`) makes a Ruby lambda: a small function kept in a variable.',
      marks: {
        'block-start': 'Ruby wraps a lambda’s body in braces `{ … }` (or `do` … `end`).',
        'block-end': 'Ruby closes a lambda’s body with `}` (or `end` after `do`).',
        'call-parens':
          'Ruby usually puts a lambda’s parameters in parentheses after `->`, as in `->(x) { … }` (`-> x { … }` works too).',
        delimiter: 'Ruby names a `lambda { … }` block’s parameters between bars: `|a, b|`.',
      },
      without: {
        'call-parens':
          'Ruby’s `lambda { |a, b| … }` names its parameters between bars, with no parentheses.',
      },
    },
    yield: { word: '`yield` runs the block the method was called with, passing it values.' },
    break: { word: '`break` leaves a loop in Ruby.' },
    continue: {
      word: '`next` skips to the next round of a loop in Ruby.',
      forms: {
        retry:
          '`retry`, in a `rescue`, runs the `begin` block again from its start: it repeats the code that failed with no loop around it.',
      },
    },
    string: {
      marks: {
        string:
          'Ruby writes text in quotes: double quotes (`"…"`) allow `#{…}` interpolation, single quotes (`\'…\'`) take the text as it is.',
      },
      forms: {
        heredoc:
          '`<<~TEXT` starts a heredoc: the lines after it, up to the line `TEXT`, are the string, with their shared indentation removed.',
        'heredoc-body':
          'These lines are the heredoc’s string, up to its closing word; `#{` … `}` puts values into it.',
        symbol:
          'A `:` before a name makes a Ruby symbol, such as `:name`: a name used as a value, often as a hash key, where `name: 1` is short for `:name => 1`; it needs no quotes.',
      },
    },
    interpolation: { word: 'Ruby puts a value into a double-quoted string with `#{…}`.' },
    pair: {
      marks: {
        delimiter:
          'Ruby writes `=>` between a hash’s key and value (`"a" => 1`), or `key: value` for a symbol key.',
      },
    },
    map: {
      word: 'A Ruby hash is written `{ key => value }`, or `{ key: value }` for symbol keys.',
    },
    index: {
      word: 'Ruby’s `[]` gives `nil` for a missing hash key or an index past the end of an array, not an error.',
      forms: {
        slice:
          'Ruby’s `s[start, length]` takes `length` items from `start` (`s[0, 3]` is the first three), and `s[1..3]` the items at positions 1 to 3, the end included.',
      },
    },
    list: {
      word: 'A Ruby array is written `[a, b, c]`.',
      forms: {
        'word-list':
          '`%w[…]` writes a Ruby array of words with no quotes or commas: `%w[b a]` is `["b", "a"]`.',
      },
    },
    tuple: { absent: 'Ruby has no tuples: a fixed group of values is an array, `[a, b]`.' },
    'assign-op': {
      word: '`x += 1` is short for `x = x + 1` in Ruby (`-=` and `*=` alike).',
    },
    range: { word: 'Ruby’s range `1..5` includes its end, 5; `1...5` stops before it.' },
    number: {
      word: 'Ruby writes a decimal number (a `Float`) with a point, `2.0`, and a whole number (an `Integer`) without, `2`.',
      forms: {
        decimal:
          'A number written with a point is a decimal (a `Float`) in Ruby: `.0` makes a whole number a decimal, so that `/` gives a decimal too.',
      },
    },
    literal: { word: 'Ruby writes `nil`, `true` and `false` in lower case.' },
    comment: { word: 'Ruby comments start with `#`; `=begin` … `=end` wraps a block comment.' },
    'method-name': {
      word: 'Ruby gives some methods a special meaning by their name, such as `initialize` and `to_s`.',
      forms: {
        test: 'Minitest runs each method of a test class whose name starts with `test_` as one test: `{code}` is one, its words joined by `_`.',
        chosen:
          '`{code}` is a name the program chose: Ruby gives it no meaning of its own, and names methods in small letters, their words joined by `_`.',
        predicate:
          'Ruby ends the name of a method that answers yes or no with `?`, as in `empty?`.',
      },
    },
    name: {
      forms: {
        unused:
          'Ruby names a value the code does not use `_`, or gives it a name starting with `_`, by custom; `ruby -w` never warns that a variable so named goes unused.',
        'word-case':
          'Ruby joins the words of a variable’s or method’s name with `_`, in small letters: `middle_name`; a class’s name joins capitalised words: `LineItem`.',
      },
    },
    main: {
      without: {
        statement:
          'Ruby runs a file’s statements from top to bottom: they need no class or method around them.',
      },
    },
    parens: {
      without: {
        delimiter:
          'Ruby writes a condition, or a loop’s header, bare, with no parentheses around it: `if age.odd?`, `while n < 3`.',
      },
    },
    'field-declaration': {
      absent:
        'Ruby declares no fields: an object’s `@name` comes to be when one of its methods first assigns it.',
    },
    assign: {
      without: {
        statement:
          'Ruby declares no variables and has no word that keeps one from changing: a name comes to be when it is first assigned (one that starts with a capital letter is a constant, and assigning it again only warns).',
      },
    },
  },
};
