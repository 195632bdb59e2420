/**
 * Java's words for its own side of a difference, by shared concept and by mark. Each sentence
 * speaks of Java only; the engine puts it beside the other language's own sentence.
 */
import type { LanguageWords } from '../language.js';

export const words: LanguageWords = {
  marks: {
    'block-start':
      'Java opens every block with `{`, by custom at the end of the line that starts it.',
    'block-end': 'Java closes every block with `}`.',
    'call-parens':
      'Java always writes parentheses around a method’s arguments, and `()` to call a method with none.',
    string:
      'Java writes a string between double quotes, `"…"`; single quotes hold one character, `\'a\'`, a `char`.',
    terminator:
      'Java ends each simple statement (a declaration, an assignment, a call, a `return`) with `;`: a line break does not end one.',
    type: 'Java declares the type of every field, method parameter and method result (`int`, `double`, `boolean`, `String`, `List<String>`, and `void` for a method that gives back nothing), and of each local variable unless it writes `var`, which gives the variable the type of the value it is declared with; it checks before the program runs that each value fits its type.',
    statement:
      '`public`, `private` and `static` say who may use a Java definition and whether it belongs to the class or to each of its objects.',
  },
  without: {
    'block-start':
      'Java opens a block with `{`; a single statement after an `if` or a loop may stand without one.',
    'block-end':
      'Java closes a block with `}`; a single statement after an `if` or a loop, written without `{`, needs none.',
    'call-parens':
      'Java always writes the parentheses of a call, so it has nothing to leave out here.',
  },
  defaults:
    'Java has no default values for parameters: a method that may be called with fewer arguments is written twice, the shorter one calling the longer.',
  truthiness:
    'Java has no truthiness: a condition must be a `boolean`, so `if (items)` does not compile; it asks outright, as in `if (!items.isEmpty())`.',
  concepts: {
    main: {
      marks: {
        statement:
          'A Java program is a class: the `java` command runs it by calling its method `public static void main(String[] args)`, so the program’s statements go inside that method. `static` lets it run with no object made, `void` says it gives back nothing, and `args` holds the words typed after the program’s name.',
      },
    },
    module: {
      marks: {
        statement:
          'A Java method lives in a class: `class … { … }` wraps the program’s methods, since no method may stand outside one. A `static` method belongs to the class itself, so it is called with no object made: by the class’s name and its own, as `Math.max(3, 4)` calls the method `max` of the class `Math`, or by its own name inside the class.',
      },
    },
    parens: {
      marks: {
        delimiter:
          'Java writes the condition of an `if`, `while` or `switch`, and the header of a `for`, in parentheses: `if (age > 3)`.',
      },
    },
    if: {
      word: '`if` runs its block when the condition in parentheses, a `boolean`, is `true`.',
      marks: {
        'block-end':
          'Java closes each branch of an `if` with `}`, so a `}` stands before each `else` as well.',
      },
      forms: {
        'not-negated':
          'Java has only `if`: for “if not” it writes `if (!condition)`, or a condition that holds in the other case.',
        'no-modifier':
          'Java has no modifier form: the condition always comes first, `if (ready) System.out.println("hi");`, where one statement may go without braces.',
      },
    },
    elif: {
      word: 'Java writes “else if” as two words, `else if`: an `if` put in the `else` of the one before.',
    },
    else: {
      word: 'In Java, `else` catches whatever the branches before it did not.',
      forms: {
        'no-after-try':
          'Java has no `else` for a `try`: code that should run only when nothing was thrown goes at the end of the `try` block, where an exception it throws is caught too.',
        wildcard: 'Java’s `default` in a `switch` catches every value that no `case` matched.',
      },
    },
    ternary: { word: 'Java’s conditional expression is `condition ? a : b`.' },
    while: {
      word: '`while` repeats its block as long as the condition in parentheses is `true`.',
      marks: {
        delimiter:
          'Java writes a `while` loop’s condition in parentheses, `while (n > 0)`, and tests it before each round.',
      },
      forms: {
        'not-negated':
          'Java has only `while`: for “while not” it writes `while (!condition)`, or a condition that holds in the other case.',
        'no-modifier':
          'Java has no modifier form: a loop’s condition comes first; `do { … } while (condition);` tests it after each round.',
      },
    },
    for: {
      forms: {
        'not-unpacked':
          'Java’s `for (Type item : items)` names each item whole, with its type: it cannot take the item apart in the loop’s header, so its parts are read from it, as `item.name()`.',
      },
      word: 'Java has two `for` loops: `for (int i = 0; i < n; i++)` counts with a variable it declares, tests and updates, and `for (String name : names)` walks a collection, the variable before `:`.',
      without: {
        delimiter:
          'Java names the loop variable, with its type, before the `:`: `for (String name : names)`.',
      },
    },
    range: {
      word: 'Java’s counting `for` writes the counter out: where it starts, the test made before each round, and how it changes after each.',
      forms: {
        exclusive:
          'Java’s counting `for` writes the counter out: `int i = 0` starts it, a test such as `i < n` runs before each round (so the last round has `n - 1`), and `i++` adds 1 after each.',
        inclusive:
          'Java’s counting `for` writes the counter out: `int i = 1` starts it, a test such as `i <= n` runs before each round (so the last round has `n` itself), and `i++` adds 1 after each.',
      },
    },
    'loop-forever': {
      word: 'Java writes a loop that runs until a `break` leaves it as `while (true)`.',
    },
    break: {
      word: '`break` leaves a loop in Java, or ends a `case` of a `switch`.',
      forms: {
        'case-break':
          'In a Java `switch` written with `case …:`, `break` ends the case; without it the statements of the next case run as well.',
      },
    },
    continue: { word: '`continue` skips to the next round of a loop in Java.' },
    switch: {
      word: 'Java chooses between values with `switch (value)`: `case x:` starts the statements for `x`, which run until a `break`; `case x ->` runs one branch and needs no `break`.',
      absent:
        'Java often writes a choice between values as an `if` … `else if` … `else` chain, each test written out.',
    },
    guard: {
      absent:
        'A Java `case` lists the values it matches separated by commas, as in `case 301, 302 ->`: the value matches when it equals any of them.',
      forms: {
        'no-def-guard':
          'A Java method has no guard: it runs for every call, and its body tests the arguments itself, with an `if`.',
      },
    },
    case: {
      word: 'Java lists the values of a `switch` with `case`; `default` catches every other value.',
      forms: {
        compared:
          'A `case` of a Java `switch` matches a value equal to its own: `case "sat":` matches the string `"sat"`.',
        'written-out':
          'An `if` … `else if` chain writes each test out in full, naming the value each time: `score >= 90`.',
      },
      marks: {
        'block-start':
          'Java ends a `case` label with `:` (its statements run until a `break`), or writes `->` before the one branch it runs.',
        delimiter: 'Java lists the values one `case` matches with `,`: `case "sat", "sun" ->`.',
      },
    },
    def: {
      word: 'A Java method is written as its return type, its name and its typed parameters, `int square(int n)`, with no keyword before it.',
      absent:
        'Java needs no keyword to define a method: the return type before its name, as in `static int square(int n)`, says it is one.',
      marks: {
        statement:
          '`public` and `private` before a Java method say who may call it: any code, or only its own class’s; `static` makes it belong to the class rather than to an object, so it is called without making one.',
      },
      forms: {
        getter:
          'A Java getter is a method written out only to give back a field: by custom it is named `get` and the field’s name, `getName()`, and the field is kept `private`, so other code reads it only through this method.',
        setter:
          'A Java setter is a method written out only to set a field: by custom it is named `set` and the field’s name, `setName(name)`, and it is how other code changes a `private` field.',
      },
    },
    'method-name': {
      word: 'Java gives a few methods a meaning by their name: printing an object calls its `toString`, and `equals` compares two. By custom, a method that reads a field is named `get` and the field’s name, `getName()`, and one that sets it `set…`, `setName(name)`.',
      forms: {
        chosen:
          '`{code}` is a name the program chose: Java gives it no meaning of its own, and joins a name’s words by starting each after the first with a capital letter; by custom, a method that reads a field is named `get` and the field’s name, `getName()`.',
        'class-named':
          'A Java constructor is named after its class and has no return type: `Point(int x, int y)` runs when `new Point(1, 2)` makes an object.',
        'no-predicate':
          'Java names have no `?`; a method that answers yes or no is usually named `is…` or `has…`, as in `isEmpty()`.',
      },
    },
    params: {
      marks: {
        'call-parens':
          'Java writes parentheses after a method’s name even when it takes no parameters: `void greet()`.',
      },
      without: {
        delimiter: 'Java names a lambda’s parameters before `->`, with no bars: `x -> x * 2`.',
      },
    },
    throws: {
      alone:
        '`throws` after a Java method’s parameters names the checked exceptions it may throw (subclasses of `Exception` but not of `RuntimeException`): the compiler makes every caller catch them or name them in a `throws` of its own.',
    },
    return: {
      word: 'A Java method gives back a value only with `return`; one declared `void` gives back nothing.',
      alone:
        'A Java method gives back a value only with `return`; one declared `void` gives back nothing.',
    },
    class: {
      word: '`class` defines a class in Java; its fields, constructors and methods go between `{` and `}`.',
      marks: {
        statement:
          '`public` before a Java class lets code of any package use it; `static` before a class inside another lets it be used without an object of the outer one.',
        'call-parens':
          'A Java `record` lists its fields, each with its type, in parentheses after its name: `record Point(int x, int y)`.',
      },
      forms: {
        'error-name':
          'Java names an exception class ending in `Exception` by custom (`IllegalArgumentException`); one that extends `Exception` (not `RuntimeException`) is checked: a method that throws it must say so with `throws`.',
        record:
          'A Java `record` is a class that only holds the values named in its header, `record Point(int x, int y)`: Java writes its constructor, a method to read each value (`x()`), `equals` and `toString`.',
      },
    },
    superclass: {
      word: '`extends` names the class a Java class inherits from: its methods are this class’s too.',
      marks: {
        delimiter:
          'Java names the class to inherit from after `extends`: `class Dog extends Animal`.',
      },
    },
    construct: {
      word: 'Java makes an object with `new` before its class’s name: `new Dog("Rex")` runs the class’s constructor.',
      absent: 'Java makes an object with `new` before its class’s name: `new Dog("Rex")`.',
    },
    field: {
      word: 'Java reaches an object’s own fields as `this.name`; in its methods a bare `name` reads the field too, when no variable has that name.',
      absent:
        'In its methods Java reads a field of the object by its bare name, `{code}`, when no variable has that name: it is short for `this.{code}`.',
    },
    'field-declaration': {
      without: {
        delimiter:
          'Java may declare a field with no value: it starts as `null`, `0` or `false` until the constructor or a method sets it.',
      },
      marks: {
        statement:
          '`private` keeps a Java field from code outside its class; `final` lets it be set only once, where it is declared or in the constructor; `static` makes it one variable that the class and all its objects share.',
      },
      word: 'Java declares each field of an object in its class, with its type, before any method uses it: `private String name;` (`private`: only the class’s own code reads it; `final`: it is set once, in the constructor).',
      alone:
        'Java declares each field of an object in its class, with its type, before any method uses it: `private String name;` (`private`: only the class’s own code reads it; `final`: it is set once, in the constructor).',
    },
    self: {
      word: '`this` is the object a Java method runs on; it is no parameter of the method.',
      absent:
        'In its methods Java calls another method of the same object by its bare name, `isEmpty()`, short for `this.isEmpty()`.',
    },
    'self-param': {
      absent:
        'A Java method reaches the object it runs on as `this`, without naming it among its parameters.',
    },
    super: {
      word: '`super(…)` in a Java constructor runs the parent class’s constructor; `super.speak()` calls the parent’s version of a method.',
    },
    try: {
      word: 'Java wraps code that may fail in `try { … }`, with `catch` blocks after it.',
      marks: {
        'block-end':
          'Java closes the `try` block, and each `catch` and `finally` block after it, with `}`.',
      },
      alone: 'Java wraps code that may fail in `try { … }`, with `catch` blocks after it.',
    },
    except: {
      word: '`catch (SomeException e)` catches an exception of that class in Java, and names it `e`.',
      marks: {
        delimiter:
          'Java names the class of the exception to catch, and a variable for it, in parentheses: `catch (ArithmeticException e)`.',
      },
    },
    finally: { word: '`finally` runs whether or not an exception happened.' },
    import: {
      word: '`import` lets Java code name a class of another package by its short name: after `import java.util.ArrayList;` the code writes `ArrayList`.',
      alone:
        '`import` lets Java code name a class of another package by its short name: after `import java.util.ArrayList;` the code writes `ArrayList`. `String`, `Math` and the rest of `java.lang` need none.',
      absent:
        'Java needs no `import` for this: its keywords (`record`), the methods of an object the code already has (`list.stream().reduce(…)`), and the classes of `java.lang` (`String`, `Math`) are always there.',
    },
    call: {
      word: 'Java calls a method as `object.method(…)`: the arguments go in parentheses, in the order the method declares its parameters, and `()` is written even when there are none. An object’s data is read and changed through such methods (`getName()`, `setName(…)`), a `record`’s values through methods named after them (`point.x()`).',
      marks: {
        statement:
          'Java calls a lambda kept in a variable through the method of its type: `apply` for a `Function`, `test` for a `Predicate`, `run` for a `Runnable`, `getAsInt` for an `IntSupplier`.',
      },
      forms: {
        'own-method':
          'Java calls a method of its own class by its bare name, `{code}`: inside a method of an object, that calls it on the same object, as if `this.` stood before it.',
        'no-safe':
          'Java has no `&.`: it tests for `null` first, as in `user == null ? null : user.length()`.',
      },
    },
    lambda: {
      word: 'A Java lambda is written `x -> x * 2`: its parameters, `->`, and one expression or a block in `{ }`.',
      alone:
        'A Java lambda, `x -> x * 2`, is a function passed as a value: its parameters, `->`, and one expression or a block in `{ }`.',
      without: {
        'block-start': 'A Java lambda puts `->` between its parameters and its body.',
        'block-end': 'A Java lambda of one expression, `x -> x * 2`, needs no `}`.',
        'call-parens':
          'Java writes a lambda’s one parameter bare, `x -> x * 2`; two or more go in parentheses: `(a, b) -> a + b`.',
        delimiter: 'Java lists a lambda’s parameters before `->`, with no bars.',
      },
    },
    'loop-body': {
      absent: 'Java has no blocks: code handed to a method is a lambda, as in `x -> x * 2`.',
    },
    yield: {
      forms: {
        'block-param':
          'A Java method takes the function it calls as a parameter, here `{code}`, its type saying what the function takes and gives back, and calls it through that type’s method (`run()` for a `Runnable`, `apply(x)` for a `Function`): Java has no blocks to `yield` to.',
      },
      absent:
        'Java has no blocks: a method takes a lambda as a parameter and calls the lambda’s method, as in `action.run()`.',
    },
    pattern: {
      absent:
        'A Java parameter is a type and a name, never a value to match: the method runs for every argument of that type, and its body tests the value, as in `if (number == 0)`.',
    },
    'default-param': {
      absent:
        'Java has no default values for parameters (no `name = value` among them): either each call passes every argument, or a second, shorter method of the same name calls the first with the default value.',
    },
    'keyword-arg': {
      absent:
        'Java passes arguments by position only: a call lists its values in the order of the method’s parameters, `greet("Ann", 3)`, never by name.',
    },
    pass: { absent: 'Java writes an empty block as `{}`, with no statement in it.' },
    tuple: { absent: 'Java has no tuples: a `record` holds a fixed group of named values.' },
    string: {
      marks: {
        string:
          'Java writes a string between double quotes, `"…"`; single quotes hold one character, `\'a\'`, a `char`.',
      },
      forms: {
        triple:
          'Java writes a string of several lines as a text block between `"""` marks, the first one ending its line; the indentation the lines share is left out.',
        'no-symbol': 'Java has no symbols: a name used as a value is a string in quotes, `"name"`.',
        'no-regex':
          'Java writes a regular expression as a string, in quotes: methods such as `replaceAll`, `split` and `matches` read their string as a pattern.',
      },
    },
    interpolation: {
      absent:
        'Java has no interpolation: it joins text and values with `+`, or fills `%s` slots with `String.format`.',
    },
    list: {
      word: 'Java has no list literal: `List.of(1, 2, 3)` makes a list that cannot change, `new ArrayList<>()` one that grows; an array is written `{1, 2, 3}` where it is declared.',
      absent:
        'Java has no list literal: `List.of(1, 2, 3)` makes a list that cannot change, `new ArrayList<>()` one that grows; an array is written `{1, 2, 3}` where it is declared.',
    },
    map: {
      word: 'Java has no dictionary literal: `Map.of("a", 1)` makes a map that cannot change, `new HashMap<>()` one that grows with `put`.',
      absent:
        'Java has no dictionary literal: `Map.of("a", 1)` makes a map that cannot change, `new HashMap<>()` one that grows with `put`; a group of named values known in advance is an object, its fields declared in its class.',
    },
    index: {
      word: 'Java reads an array’s item with `[i]`, counting from 0; a list’s item with `get(i)`, a map’s value with `get(key)`.',
    },
    number: {
      word: 'Java writes a decimal number (a `double`) with a point, `2.0`, and a whole number (an `int`) without, `2`.',
      forms: {
        decimal:
          'A Java number written with a point (`.`) is a `double`, such as `2.5` or `2.0`; one without is an `int`, and `/` between two `int`s drops the remainder: `7 / 2` is `3`, `7 / 2.0` is `3.5`.',
      },
    },
    literal: { word: 'Java writes `null`, `true` and `false` in small letters.' },
    comment: {
      word: 'Java comments start with `//` and run to the end of the line; `/* … */` holds a comment of several lines.',
    },
    name: {
      forms: {
        'word-case':
          'Java joins the words of a variable’s or method’s name by starting each word after the first with a capital letter: `middleName` (camelCase); a class’s name starts with a capital too: `LineItem`.',
      },
    },
    decorator: {
      word: '`@Override` asks the Java compiler to check that the method under it replaces one the class inherits (every class inherits `toString` and `equals`); the program runs the same without it.',
      alone:
        '`@Override` asks the Java compiler to check that the method under it replaces one the class inherits (every class inherits `toString` and `equals`); the program runs the same without it.',
    },
    assign: {
      marks: {
        statement:
          '`final` before a Java variable means it cannot be assigned again; `static` before a variable of a class makes it one variable that all the class’s methods share.',
      },
    },
  },
};
