/**
 * Elixir's words for its own side of a difference, by shared concept and by mark. Each sentence
 * speaks of Elixir only; the engine puts it beside the other language's own sentence. Where
 * Elixir has no such construct (a `while` loop, a `return`, a class), its `absent` words say
 * what Elixir does instead.
 */
import type { LanguageWords } from '../language.js';

export const words: LanguageWords = {
  marks: {
    'block-start':
      'Elixir opens a block with `do` at the end of its first line (or `, do:` before one expression), and each clause of a `case`, `cond` or `fn` with `->` after its pattern or condition.',
    'block-end': 'Elixir closes a block that opened with `do` (or `fn`) with the keyword `end`.',
    'call-parens':
      'Elixir writes parentheses around a function’s arguments by custom, `IO.puts("hi")`; it may leave them out, as it does for `if` and `def`.',
    string:
      'Elixir writes a string in double quotes, `"…"`, which may hold values in `#{…}`; single quotes make a charlist, not a string.',
    terminator: 'Elixir allows `;` between expressions on one line; a line break does the same.',
  },
  without: {
    'block-start':
      'Elixir starts this block right after the word before it, inside the `do` … `end` of the construct around it.',
    'block-end': 'An Elixir block written on one line, `, do: value`, needs no `end`.',
    'call-parens':
      'Elixir may leave out the parentheses of a call, `assert(total == 9)` as `assert total == 9`; by custom it does so for words that read like keywords (`assert`, `if`, `def`) and writes them for other calls.',
    terminator: 'Elixir ends an expression at the end of its line; it needs no `;`.',
    type: 'Elixir declares no types: a name is bound to a value of any kind, and a function takes arguments of any kind (patterns and guards such as `when is_integer(n)` check them where it matters).',
  },
  defaults:
    'Elixir makes a parameter’s default (`\\\\ []`) anew at every call that leaves it out, and its data never changes in place, so a default `[]` or `%{}` is safe.',
  truthiness:
    'In Elixir only `nil` and `false` count as false in a condition: `0`, `""` and an empty list `[]` are all true, so Elixir asks `Enum.empty?` or `== 0` outright.',
  concepts: {
    if: {
      word: '`if` runs its block when the condition is neither `nil` nor `false`.',
      absent:
        'Elixir often chooses without an `if`: a function written in clauses, one per shape of its arguments (`def factorial(0)`), a `case`, or a pattern that lets only matching values through (`for {:ok, x} <- results`, `rescue e in ArgumentError`) picks the code to run.',
      marks: {
        'block-start':
          'Elixir opens an `if`’s block with `do` and closes it with `end` (an `else` in between), or writes it on one line: `if x, do: a, else: b`.',
        'block-end': 'Elixir closes an `if`, `unless` or `cond` (with its `else`) with `end`.',
      },
      forms: {
        negated:
          '`unless` is Elixir’s “if not”: its block runs when the condition is `nil` or `false`.',
        'not-negated':
          'Elixir writes “if not” as `if not condition` (for a boolean), `if !condition`, or `unless`.',
        'no-modifier':
          'Elixir has no modifier form: the condition comes first, `if ready, do: IO.puts("hi")`, on one line when it is short.',
        clauses:
          '`cond` is Elixir’s chain of conditions: it runs the code of the first clause whose condition holds, each written `condition -> code`.',
      },
    },
    elif: {
      absent:
        'Inside an Elixir `cond`, each further condition is a clause of its own, `condition -> code`, with no keyword before it.',
      marks: {
        'block-start': 'In a `cond`, `->` separates each condition from the code it runs.',
      },
    },
    else: {
      word: 'In Elixir, `else` catches whatever the condition did not; its block runs on to the `end`.',
      marks: {
        'block-start':
          'In a `case` or `cond`, `->` separates a clause’s pattern or condition from the code it runs.',
      },
      without: {
        'block-start':
          'Elixir’s `else` starts its block right after the word, inside the `do` … `end` of the `if`.',
      },
      forms: {
        wildcard:
          'A last clause `true ->` (in a `cond`) or `_ ->` (in a `case`) always matches, so it catches whatever the clauses before it did not.',
        'one-line':
          'On one line, `else:` gives the value for when the condition does not hold: `if x, do: a, else: b`.',
      },
    },
    ternary: {
      absent:
        'Elixir has no `? :`: `if` gives back a value, so `if x, do: a, else: b` fits on one line.',
    },
    while: {
      absent:
        'Elixir has no `while` loop: its data never changes, so a loop is a function that calls itself with new values (recursion), or an `Enum` function over a range or list.',
    },
    'loop-forever': {
      absent:
        'Elixir has no loop that runs until a `break`: a function that calls itself goes on until a clause that does not call it again matches.',
    },
    for: {
      word: '`for x <- items do … end` runs its block for each item (`<-` takes them in turn) and gives back a list of the block’s values.',
      marks: {
        'block-start':
          'Elixir opens a loop’s block with `do` (`for x <- items do`), or hands `Enum.each` a function that opens with `fn` (`fn x -> … end`).',
        'block-end': 'Elixir closes a loop’s function (`fn`) or block (`do`) with `end`.',
        delimiter:
          'Elixir names each item before `<-` in a `for` (`for fruit <- fruits`), or between `fn` and `->` in the function it hands `Enum.each` (`fn fruit -> … end`); a map’s items come as `{key, value}` tuples, taken apart in braces right there: `for {name, age} <- ages`, `fn {name, age} -> … end`.',
        'call-parens':
          'Elixir passes the collection and the function to `Enum.each` in parentheses: `Enum.each(items, fn x -> … end)`.',
      },
      without: {
        delimiter: 'Elixir’s `for` names each item before `<-`, with no bars: `for x <- items`.',
        'call-parens': 'Elixir’s `for` takes no parentheses: `for x <- items do`.',
      },
      forms: {
        unpacked:
          'Elixir takes each item apart with a pattern in the function’s parameters: `fn {name, age} -> … end` names its parts.',
        'not-unpacked':
          'Elixir’s function here takes each item whole, `fn item -> … end`, and reads its parts from it.',
        piped:
          '`|>` (the pipe) passes the value before it as the first argument of the call after it: `items |> Enum.each(f)` is `Enum.each(items, f)`.',
      },
    },
    'loop-body': {
      word: 'An Elixir function takes the code it runs as an argument: an anonymous function, `fn x -> … end` (or, for a macro such as `test`, a `do … end` block).',
      alone:
        'An Elixir function takes the code it runs as an argument: an anonymous function, `fn x -> … end` (or, for a macro such as `test`, a `do … end` block).',
      absent:
        'Elixir has no blocks: the code a function runs is an anonymous function, `fn x -> … end`, or a named one captured with `&`, as in `&String.upcase/1`.',
      marks: {
        'block-start':
          'Elixir hands code to a function as an anonymous function that opens with `fn`: `fn x -> … end`.',
        'block-end': 'Elixir closes an anonymous function (or a `do` block) with `end`.',
        delimiter:
          'Elixir names an anonymous function’s parameters between `fn` and `->`: `fn n -> n * 2 end`.',
      },
    },
    params: {
      marks: {
        'call-parens':
          'Elixir writes a function’s parameters in parentheses after its name: `def greet(name)`.',
      },
      without: {
        'call-parens':
          'Elixir writes no parentheses when a function takes no parameters: `def greet do`.',
        delimiter:
          'Elixir names an anonymous function’s parameters between `fn` and `->`, with no bars.',
      },
    },
    def: {
      word: '`def` defines a function in Elixir, inside a module; it gives back the value of its last expression.',
      marks: {
        'block-start':
          'Elixir opens a function’s body with `do` and closes it with `end`, or writes a one-expression body on its line: `def square(x), do: x * x`.',
        'block-end': 'Elixir closes a function definition with `end`.',
      },
      without: {
        'block-end': 'A one-line Elixir function, `def f(x), do: …`, needs no `end`.',
        delimiter:
          'An Elixir function says when a clause runs with a `when` guard after its parameters, `def f(n) when n > 0`, with no parentheses of its own.',
      },
      forms: {
        private:
          '`defp` defines a private function: only the functions of its own module may call it.',
        test: '`test "name" do … end` defines one ExUnit test, named by its string, in a module that says `use ExUnit.Case`.',
        clause:
          'Elixir may `def` a function again under the same name, one clause per shape of its arguments: a call runs the first clause whose patterns (and `when` guard) match.',
        'no-getter':
          'An Elixir struct’s fields are all public and it has no methods: code reads a field directly, `user.name`.',
        'no-setter':
          'An Elixir struct never changes: `%{user | name: "Ann"}` makes a copy with the field changed, with no function written for it.',
      },
    },
    pattern: {
      word: 'An Elixir pattern, in a `case` or among a function’s parameters, matches a value by its shape: a value written out matches only an equal one (`def factorial(0)` runs only for `factorial(0)`), a name matches any value and is bound to it, and `_` matches any value without naming it.',
    },
    guard: {
      word: '`when` adds a condition to an Elixir clause: the clause is chosen only when its patterns match and the condition holds.',
      alone:
        '`when` adds a condition to an Elixir clause: the clause is chosen only when its patterns match and the condition holds.',
    },
    'default-param': {
      forms: {
        'no-keyword':
          'Elixir has no parameters passed by name: a function takes its options as one keyword list, by custom its last parameter with the default `[]` (`opts \\\\ []`), and reads each with `Keyword.get(opts, :name, default)`.',
      },
      word: 'An Elixir parameter written `name \\\\ value` has a default: a call that leaves the argument out gets `value`.',
      marks: {
        delimiter: 'Elixir gives a parameter its default with `\\\\`: `greeting \\\\ "Hello"`.',
      },
    },
    'keyword-only': {
      absent:
        'Elixir has no parameters passed by name: a function takes its options as one keyword list, by custom its last parameter with the default `[]` (`opts \\\\ []`), and reads each with `Keyword.get(opts, :name, default)`.',
    },
    'keyword-arg': {
      word: 'Elixir passes options by name, `name: value`, after the other arguments: together they are one keyword list, `[name: value]`, its brackets left out when it comes last.',
      marks: {
        delimiter:
          'Elixir passes an option by name as `name: value`, in a keyword list after the other arguments.',
      },
    },
    throws: {
      absent:
        'An Elixir function declares no exceptions it may raise: any function may raise one, and a caller rescues only if it chooses.',
    },
    return: {
      absent:
        'An Elixir function always gives back the value of its last expression; Elixir has no `return`.',
    },
    pass: {
      absent:
        'Elixir needs nothing in an empty block: a function with an empty body gives back `nil`.',
    },
    break: {
      absent:
        'Elixir has no `break`: a function that calls itself stops by not calling itself again, and `Enum.reduce_while` stops a walk early.',
    },
    continue: {
      absent:
        'Elixir has no `continue`: `Enum.filter` drops the items to skip before the walk, or the body does nothing for them.',
    },
    class: {
      absent:
        'Elixir has no classes: a module groups functions, a struct (`defstruct`) holds named fields, and the data is passed to the functions rather than kept inside objects.',
    },
    construct: {
      absent:
        'Elixir has no `new` keyword: a struct is written out, `%User{name: "Ann"}`, often in a function of its module named `new` by custom, and `raise MyError, "…"` makes an exception from its module and message.',
    },
    field: {
      word: 'Elixir reads a field of a struct with a dot, `{code}`: the struct is the data the function was given, since Elixir has no objects with variables of their own.',
      absent:
        'Elixir has no objects with variables of their own: the data is a map or struct passed to the function, read as `user.name`.',
    },
    self: {
      absent:
        'Elixir has no `self` for an object: a function gets the data it works on as an argument.',
    },
    'self-param': {
      word: 'An Elixir function runs on no object: it takes the struct it works on as an ordinary parameter, by convention the first, here `{code}`.',
      alone:
        'An Elixir function runs on no object: it takes the struct it works on as an ordinary parameter, by convention the first, here `{code}`.',
      absent:
        'Elixir has no objects to call a function on: the data a function works on is its first parameter, by convention.',
    },
    module: {
      word: '`defmodule` defines a module: every Elixir function lives in one.',
      forms: {
        protocol:
          '`defimpl` implements a protocol (functions other code calls on any type) for one struct: `defimpl String.Chars, for: Point` gives `Point` the `to_string` that `IO.puts` and `#{…}` call.',
      },
      marks: {
        'block-start': 'Elixir opens a module’s body with `do` and closes it with `end`.',
        'block-end': 'Elixir closes a module with `end`.',
        statement:
          'Elixir keeps its functions in a module: `defmodule … do` … `end` wraps them, since no function may stand outside one.',
      },
    },
    main: {
      without: {
        statement:
          'Elixir runs a script’s expressions from top to bottom: only its functions need a module (`defmodule`) around them.',
      },
    },
    parens: {
      without: {
        delimiter:
          'Elixir writes a condition bare, with no parentheses around it: `if age > 3 do`, `for x <- items do`.',
      },
    },
    'field-declaration': {
      absent:
        'Elixir has no objects with fields of their own: a struct names all its fields at once, with no types, in `defstruct [:name, :age]`, and changing a field makes a new struct.',
    },
    try: {
      word: 'Elixir wraps code that may fail in `try do` … `rescue` … `end`; much Elixir code gives back `{:ok, value}` or `{:error, reason}` instead of raising.',
      absent: 'An Elixir function body can hold `rescue` directly, so it needs no `try`.',
      marks: {
        'block-start': 'Elixir opens a `try` block with `do`.',
        'block-end': 'Elixir closes `try` … `rescue` with `end`.',
      },
    },
    except: {
      word: '`rescue` catches an exception in Elixir; each of its clauses is `pattern -> code`.',
      marks: {
        delimiter: 'Elixir names the caught exception before `in`: `rescue e in ArgumentError ->`.',
        'block-start':
          'In a `rescue` clause, `->` separates the exception from the code that handles it.',
      },
    },
    finally: { word: '`after` runs whether or not an exception happened.' },
    switch: {
      word: 'Elixir chooses between cases with `case value do` … `end`, each clause `pattern -> code`.',
      absent:
        'Elixir can write a choice by value as `case value do pattern -> … end`, or test each condition in a `cond`.',
      marks: {
        'block-start': 'Elixir opens a `case` with `do` and closes it with `end`.',
        'block-end': 'Elixir closes a `case` with `end`.',
      },
    },
    case: {
      word: 'Elixir lists the clauses of a `case` as `pattern -> code`: the first whose pattern matches the value runs.',
      absent:
        'Elixir writes each clause of a `case` as `pattern -> code`, with no keyword before it.',
      forms: {
        compared:
          'A clause of an Elixir `case` runs when the value matches its pattern, here `{code}`: a value written out (`"sat"`, `:ok`) matches only an equal value, `{:ok, x}` any tuple of that shape.',
        'written-out': 'Elixir writes such a test out in full in a `cond`: `score >= 90 -> …`.',
      },
      marks: {
        'block-start': 'In a `case`, `->` separates each pattern from the code it runs.',
      },
      without: {
        delimiter:
          'An Elixir `case` clause has one pattern: for several values it names the value and adds a guard, `day when day in ["sat", "sun"] ->`.',
      },
    },
    import: {
      word: '`import` lets Elixir code call a module’s functions without naming the module; `require` makes its macros usable.',
      absent:
        'Elixir needs no `import` for this: its modules are always there to call by name, as in `String.upcase(s)`.',
      alone:
        '`import` lets Elixir code call a module’s functions without its name, `require Integer` makes its macros usable (`Integer.is_odd`), and `use ExUnit.Case` brings in what a module needs, such as ExUnit’s `test`.',
      without: {
        string: 'Elixir names a module bare, as a name with a capital letter: `require Integer`.',
      },
    },
    call: {
      word: 'Elixir calls a function as `f(x)`, the data it works on passed in as an argument, since Elixir values have no methods.',
      forms: {
        recursive:
          'A function that calls itself, `f(…)` inside `def f`, with new values repeats (recursion): that is how Elixir loops, since it has no loop statements; a clause that does not call itself again ends it.',
        qualified:
          'Elixir calls a function of a module by naming the module first, `Module.function(…)`; only code inside that module may call it by its name alone.',
        piped:
          '`|>` (the pipe) passes the value before it as the first argument of the call after it: `x |> f(y)` is `f(x, y)`.',
      },
      marks: {
        statement:
          'Elixir calls an anonymous function kept in a variable with a dot before the parentheses, `double.(4)`; `double(4)` would call a named function.',
      },
    },
    lambda: {
      forms: {
        capture:
          '`&` captures a function as a value: `&String.upcase/1` names a function and its number of arguments (the `/1` is no division), and `&(&1 * 2)` is a short anonymous function whose first argument is `&1`.',
      },
      word: '`fn x -> … end` makes an anonymous function in Elixir; a variable holding one is called with a dot: `double.(4)`.',
      alone:
        '`fn x -> … end` makes an anonymous function in Elixir; a variable holding one is called with a dot: `double.(4)`.',
      marks: {
        'block-start': 'Elixir puts `->` between an anonymous function’s parameters and its body.',
        'block-end': 'Elixir closes an anonymous function with `end`: `fn x -> x * 2 end`.',
      },
      without: {
        'call-parens':
          'Elixir lists an anonymous function’s parameters bare, between `fn` and `->`: `fn x -> x * x end`.',
      },
    },
    yield: {
      forms: {
        'block-param':
          'An Elixir function takes the function it calls as a parameter, here `{code}`, and calls it with a dot, `{code}.(…)`: Elixir has no blocks to `yield` to.',
      },
      absent:
        'Elixir has no blocks to `yield` to: a function takes another function as a parameter and calls it with a dot, as in `action.()`.',
    },
    string: {
      marks: {
        string:
          'Elixir writes a string in double quotes, `"…"`, which may hold values in `#{…}`; single quotes make a charlist, not a string.',
      },
      forms: {
        triple:
          'Elixir writes a string of several lines between `"""` on lines of their own (a heredoc); the closing `"""`’s indentation is taken off every line.',
        symbol:
          'A `:` before a name makes an Elixir atom, such as `:ok`: a constant whose name is its value, used to tag results (`{:ok, value}`) and as map keys (`%{name: …}` is short for `%{:name => …}`).',
        charlist:
          "Single quotes make a charlist in Elixir, a list of character codes rather than a string: `'hi' == [104, 105]`; text takes double quotes.",
      },
    },
    interpolation: { word: 'Elixir puts a value into a double-quoted string with `#{…}`.' },
    map: {
      forms: {
        update:
          '`%{map | key: value}` gives a copy of a map with the key changed; the map itself stays as it was, so the copy is bound to a name again.',
        struct:
          '`%Dog{name: name}` makes a struct: a map with the fields its module’s `defstruct` names, and no others.',
      },
      word: 'An Elixir map is written `%{key => value}`, or `%{key: value}` for atom keys; `map[key]` gives `nil` for a missing key, `map.key` raises a `KeyError`.',
      marks: {
        delimiter: 'An Elixir map is written `%{…}`: the `%` tells it from a tuple, `{a, b}`.',
      },
    },
    pair: {
      marks: {
        delimiter:
          'Elixir writes `=>` between a map’s key and value (`"a" => 1`), or `key: value` for an atom key.',
      },
    },
    list: {
      word: 'An Elixir list is written `[a, b, c]`; it is a linked list, so `length` walks all of it and reading by position takes `Enum.at`.',
    },
    tuple: {
      word: 'An Elixir tuple is written `{a, b}`: a fixed group of values, often `{:ok, value}`, taken apart by matching a pattern: `{:ok, x} = result`.',
    },
    names: {
      absent:
        'Elixir takes several values apart by matching a pattern: `{a, b} = {1, 2}` binds `a` and `b`.',
    },
    index: {
      word: '`map[key]` reads an Elixir map’s value, or `nil` for a missing key; a list has no `[i]`: `Enum.at(list, i)` reads an item by its position.',
    },
    range: { word: 'Elixir’s range `1..5` includes its end, 5.' },
    number: {
      word: 'Elixir writes a decimal number (a float) with a point, `2.0`, and a whole number (an integer) without, `2`.',
      forms: {
        decimal: 'A number written with a point is a decimal (a float) in Elixir, such as `2.5`.',
      },
    },
    literal: {
      word: 'Elixir writes `nil`, `true` and `false` in lower case; all three are atoms.',
    },
    comment: {
      word: 'Elixir comments start with `#`; documentation goes in `@doc` and `@moduledoc` instead.',
    },
    assign: {
      word: 'Elixir’s `=` binds a name to a value; binding the same name again makes it stand for a new value, and the old value itself stays as it was.',
      forms: {
        attribute:
          '`@name value` in a module sets a module attribute: a value fixed when the module is compiled, read as `@name` in its functions.',
        match:
          'Elixir’s `=` matches a pattern: `{a, b} = {1, 2}` takes the tuple apart, binding `a` to `1` and `b` to `2`, and `{a, b} = {b, a}` swaps them.',
      },
      absent:
        'Elixir binds a name with `=` where it needs one, with no word before it; its data never changes in place, so a value that changes as the program runs is bound to the name again (`count = count - 1`) or passed on from call to call as an argument.',
    },
    'assign-op': {
      absent:
        'Elixir has no `+=` or `-=`: its data never changes in place, so a new value is bound to the name again (`count = count - 1`), or passed on to the next call, as in `run(count - 1)`.',
    },
    name: {
      forms: {
        attribute:
          '`@name` is a module attribute: a value the module sets once, when it is compiled, for its functions to read.',
        erlang:
          'Elixir names a module of Erlang, the language it runs on, with an atom: `:math`, `:rand`.',
        'word-case':
          'Elixir joins the words of a variable’s or function’s name with `_`, in small letters: `middle_name`; a module’s name joins capitalised words: `LineItem`.',
        unused:
          'Elixir names a value it does not use `_`, or gives it a name starting with `_`: the compiler warns of any other variable left unused.',
      },
    },
    'method-name': {
      word: 'Elixir names functions in `snake_case`; one that answers yes or no ends in `?`.',
      forms: {
        chosen:
          '`{code}` is a name the program chose: Elixir gives it no meaning of its own, and names functions in small letters, their words joined by `_`.',
        test: 'An ExUnit test is named by a string, `test "divides" do`: any words, spaces and all.',
        predicate:
          'Elixir ends the name of a function that answers yes or no with `?`, as in `even?`.',
      },
    },
  },
};
