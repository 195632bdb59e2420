/**
 * What a language module provides. Everything Juxta knows about one language lives in its module
 * (`src/languages/<id>/`): grammar, extensions, token colours, how its syntax maps onto the shared
 * concepts, and the words that explain its side of a difference. The engine holds no
 * language-specific knowledge.
 */
import type { SyntaxErrorHints } from '../engine/diagnose.js';
import type { SyntaxNode } from '../engine/parse.js';
import type { Slots } from '../engine/slots.js';
import type { Category, LanguageInfo, TokenKind } from '../types.js';
import type { Concept, ConceptId, Idea } from '../vocabulary.js';

/**
 * Where a child node goes in its parent's concept: a slot name (`condition`, `body`, `arg`, …), or
 * a slot plus overrides of the child's own rule (say, Python's `argument_list` used as the list of
 * superclasses, whose parentheses are a delimiter rather than call parentheses).
 */
export type FieldTarget =
  | string
  | {
      slot: string;
      /** Overrides of the child's rule; one that names a `concept` replaces the rule whole. */
      rule?: Partial<NodeRule>;
      /**
       * Dissolve the child into this node: its `item` children go to `slot`, its other slots to
       * the slots of the same name, and its marks become this node's. A list of concepts
       * dissolves only children of those concepts (a `|` union of patterns, not a lone string).
       */
      splice?: boolean | string[];
    }
  /**
   * The child's tokens, all of them, are a mark of this category on this node rather than a child
   * of it: a declaration's type (`int` before `x`), a method's `public static`.
   */
  | { mark: Category };

/** How one grammar node type maps onto a shared concept. Tables of these are the heart of a module. */
export interface NodeRule {
  /**
   * The shared concept, named as a teacher would: `if`, `elif`, `else`, `while`, `for`, `def`,
   * `call`, `args`, `params`, `block`, `string`, `name`, `number`, `literal`, `binary`, …
   * Two nodes can only be paired as the same thing when their concepts are equal.
   */
  concept: ConceptId;
  /**
   * What identifies the node within its concept, for alignment: `text` (its source text),
   * `canonical` (the idea its text spells, from the module's idiom table, so that `nil` and `None`
   * share a key), `method` (its text looked up in `methodNames`: `initialize` and `__init__`),
   * `head` (the canonical text of its head), a constant, or the key of the first
   * child in a slot (an assignment is known by its target). Default: the empty key.
   */
  key?: 'text' | 'canonical' | 'method' | 'head' | { constant: string } | { slot: string };
  /**
   * Child node types, or field names, whose tokens spell the concept (`if`, `elsif`, `&&`). When
   * two paired nodes spell their heads differently, that is a difference of `headCategory`.
   * `self` means the node's own tokens (for leaves).
   */
  head?: string[];
  headCategory?: Category;
  /** Child node types whose tokens are syntax marks of a category: `{ ':': 'block-start', end: 'block-end' }`. */
  marks?: Record<string, Category>;
  /**
   * Child tokens that end the child before them, and are marks of that child rather than of this
   * node: a JavaScript class body holds the `;` after each field (`#owner;`) beside the field.
   */
  trailingMarks?: Record<string, Category>;
  /** Fields of the grammar node and the slots their children go to. */
  fields?: Record<string, FieldTarget>;
  /** Child node types and the slots they go to, for children in no listed field (`rescue` → `clause`). */
  childTypes?: Record<string, FieldTarget>;
  /** The slot for named children in no listed field (default `item`). */
  rest?: string;
  /** Gather the `rest` children into a synthetic `block` in this slot (Ruby's `else` holds its statements directly). */
  wrapRest?: string;
  /** The node stands for its only named child (Python's `expression_statement`). */
  transparent?: boolean;
  /** Do not look inside: compare by text. */
  leaf?: boolean;
  /** Hand this node's marks to its parent (Ruby's `then` keyword belongs to the `if`). */
  liftMarks?: boolean;
  /** Move the children of these slots up into the parent's same slot (Ruby nests `elsif` chains; Python lists them). */
  hoist?: string[];
  /** The condition is negated (`unless`, `until`). */
  negated?: boolean;
  /** A flavour of the concept that is a lesson of its own: a Ruby `symbol` is a `string` that reads differently. */
  variant?: string;
  /**
   * The escape hatch for shapes a table cannot express (Ruby's `list.each do |x|` is a `for`
   * loop). Returns a rule to use instead, or a built node, or `undefined` to keep the table rule.
   */
  refine?: (node: SyntaxNode, ctx: RefineContext) => NodeRule | ConceptNode | undefined;
}

/** What a `refine` function may use. */
export interface RefineContext {
  /** The source text of a node. */
  text(node: SyntaxNode): string;
  /** Normalizes a child node (with an optional rule override). */
  normalize(node: SyntaxNode, rule?: Partial<NodeRule>): ConceptNode | null;
  /** A concept node built by hand. */
  make(parts: ConceptParts): ConceptNode;
  /** The type of the enclosing grammar node `depth` levels up (0: the node being refined). */
  ancestor(depth: number): string | undefined;
}

export interface ConceptParts {
  concept: ConceptId;
  key?: string;
  node: SyntaxNode;
  /** Nodes whose tokens spell the concept. */
  head?: SyntaxNode[];
  headCategory?: Category;
  /** Text compared instead of the head tokens' text (a comment's marker rather than its words). */
  headText?: string;
  /** `site`: the concept whose syntax the mark is, when it is not this node's own. */
  marks?: { category: Category; nodes: SyntaxNode[]; site?: ConceptId }[];
  slots?: Record<string, (ConceptNode | null)[]>;
  negated?: boolean;
  variant?: string;
}

/** A mark: syntax tokens of one category owned by a concept node (a `:`, an `end`, a pair of parentheses). */
export interface Mark {
  category: Category;
  /** Token indices. */
  tokens: number[];
  /**
   * The concept whose syntax the mark is, when it came from a child (a block's `|x|` lifted
   * into its loop is the `params`' mark); `null` for the node's own.
   */
  site: ConceptId | null;
}

/** A node of the shared-concept tree that both sides are normalized into. */
export interface ConceptNode {
  concept: ConceptId;
  key: string;
  /** Token indices spelling the concept. */
  head: number[];
  headCategory: Category;
  headText: string | null;
  marks: Mark[];
  /** Children by slot, each list in source order. */
  slots: Slots;
  negated: boolean;
  variant: string | null;
  /** The token range covered: [first, end). */
  firstToken: number;
  endToken: number;
  /** 0-based rows. */
  startRow: number;
  endRow: number;
  /** Sits in a block: a statement, or a clause such as `else`. Aligned lines come from these. */
  statement: boolean;
  /** The table rule that built it, when one did (normalize reads its `liftMarks` and `hoist`). */
  rule?: NodeRule;
  /** The idiom its head spells (`puts`, `&&`, `nil`), for calls, operators and values. */
  idiom?: Idiom;
}

/** Categories whose differences are syntax marks owned by a concept (a `:`, an `end`, a `()`). */
export type MarkCategory =
  | 'block-start'
  | 'block-end'
  | 'call-parens'
  | 'delimiter'
  | 'string'
  | 'terminator'
  | 'statement'
  | 'keyword'
  | 'type';

/**
 * What a language says about its own side of one concept. Every sentence is about this language
 * only and never names another: the engine puts two sides' sentences together.
 */
export interface ConceptWords {
  /** What this language's word for the concept means: "Ruby spells “else if” as one word, `elsif`." */
  word?: string;
  /** How this language writes a mark of this concept, by category: the `()` of a call. */
  marks?: Partial<Record<MarkCategory, string>>;
  /** Why this language writes no such mark on this concept. */
  without?: Partial<Record<MarkCategory, string>>;
  /** This language writes the construct where the other program has nothing for it. */
  alone?: string;
  /** The other program has the construct; why this language needs none. */
  absent?: string;
  /** Forms of the construct that are a lesson of their own, on this language's side. */
  forms?: Partial<Record<ConceptForm, string>>;
}

/**
 * `negated`: this language's negated keyword (`unless`); `not-negated`: how it writes the same
 * without one (`if not`). `modifier`: the condition put after a statement; `no-modifier`: why it
 * writes the whole block. `symbol` / `no-symbol`: a name-like value written as a symbol, or as
 * a string for want of symbols. `predicate` / `no-predicate`: a method that answers yes or no,
 * named as one (`allowed?`), or named without such a mark. `wildcard`: a catch-all case
 * (`case _`). `unused`: a loop variable that the loop does not use (`_`). `class-named`: a
 * constructor named after its class. `case-break`: a `break` that ends one case of a choice.
 * `record`: a class declared as a record of named values. `word-case`: how a name made of several
 * words joins them (`middle_name`, `middleName`). `one-line`: a block written on its construct's
 * line (`, do: x`); `private`: a definition only its module may call (`defp`), or an attribute
 * private by convention (Python's `self._cents`); `qualified`: a call
 * that names the module of its function (`Greeter.hello()`); `piped`: a call whose first argument
 * is the value before a pipe (`x |> f()`); `clauses`: a choice written as a list of
 * `condition -> code` clauses (`cond`); `charlist`: text in single quotes that is a list of
 * character codes; `clause`: a further clause of a function defined clause by clause
 * (`def fact(0)`, then `def fact(n)`); `match`: an assignment whose left side is a pattern that
 * takes the value apart (`{a, b} = {1, 2}`); `erlang`: a module of the platform a language runs
 * on, named its own way (Elixir's `:math`); `capture`: a function captured as a value
 * (`&String.upcase/1`); `attribute`: a value a module sets for its functions (`@routes …`);
 * `update`: a copy of a map with some keys changed (`%{map | key: value}`); `protocol`: a module
 * of functions for one type (`defimpl`); `recursive`: a function's call of itself; `test`: a test
 * defined by its description (`test "divides" do`); `struct`: a map of the fields one module
 * names (`%Dog{name: "Rex"}`); `chosen`: a name the program chose, with no meaning of its own in
 * the language (its sentence quotes it as `{code}`); `keyword` / `no-keyword`: a parameter a call
 * passes by name (`quantity: 1`), or how a language takes such options without one;
 * `after-try` / `no-after-try`: the `else` of a `try` (code that runs only when nothing was
 * raised), or where a language without one writes that code instead.
 * `block-param`: a parameter that takes the function a method calls, where another language's
 * method would `yield` to a block (its sentence quotes it as `{code}`).
 * `getter` / `setter`: a method written out only to read or to set one field (Java's
 * `getOwner()`, `setNickname(…)`); `no-getter` / `no-setter`: how a language reads or sets an
 * object's attribute without writing one.
 */
export const CONCEPT_FORMS = [
  'negated',
  'not-negated',
  'modifier',
  'no-modifier',
  'symbol',
  'no-symbol',
  'predicate',
  'no-predicate',
  'wildcard',
  'unused',
  'inclusive',
  'exclusive',
  'slice',
  'decimal',
  'heredoc',
  'heredoc-body',
  'triple',
  'compared',
  'written-out',
  'safe',
  'no-safe',
  'class-named',
  'case-break',
  'record',
  'word-case',
  'error-name',
  'unpacked',
  'not-unpacked',
  'one-line',
  'private',
  'qualified',
  'piped',
  'clauses',
  'charlist',
  'clause',
  'match',
  'erlang',
  'capture',
  'attribute',
  'update',
  'protocol',
  'recursive',
  'test',
  'struct',
  'chosen',
  'keyword',
  'no-keyword',
  'block-param',
  'after-try',
  'no-after-try',
  'word-list',
  'retry',
  'own-method',
  'def-guard',
  'no-def-guard',
  'regex',
  'no-regex',
  'getter',
  'no-getter',
  'setter',
  'no-setter',
] as const;

export type ConceptForm = (typeof CONCEPT_FORMS)[number];

/** One way a language spells an idea: `puts` for printing a line. */
export interface Idiom {
  idea: Idea;
  /** What this spelling is and does, in this language's terms. */
  says: string;
  /**
   * Where this language's spelling acts in a way learners of other languages trip over: said as
   * a warning (a `behaviour` difference) whenever the idea appears on both sides.
   */
  behaves?: string;
  /**
   * How this spelling acts where `behaves` warns, as a short name (`decimal` for a `/` that
   * always gives a decimal): two languages' spellings that act alike are no false friends to
   * each other, whatever each warns of against the rest.
   */
  acts?: string;
  /**
   * The warning holds against any language that writes the same code, not only one that warns of
   * its own: the code acts differently only here (`==` between two strings).
   */
  warnsAlone?: boolean;
  /** Named arguments (keyword arguments) this spelling takes, each explained. */
  options?: Record<string, string>;
  /**
   * Its words say how it is given what it acts on (`raise`'s class and message): said too where
   * what the two sides give it differs (`"message"` against `ValueError("message")`).
   */
  tellsArguments?: boolean;
  /**
   * The module or class the method must be called on for this meaning (`re` for `re.search`,
   * `random` for `random.choice`; `''`: on nothing, a bare name): called on anything else, the
   * word is the author's own.
   */
  on?: string;
}

/** The words a module uses to explain its side of a difference. */
export interface LanguageWords {
  /** Per shared concept. */
  concepts: Partial<Record<Concept, ConceptWords>>;
  /** Per category, what holds for every concept that has such a mark (Python's `:` opens any block); a concept's own words come first. */
  marks: Partial<Record<MarkCategory, string>>;
  /** Per category, why this language does without such a mark on any concept. */
  without: Partial<Record<MarkCategory, string>>;
  /** Which values count as false in a condition here (said where a condition leans on it). */
  truthiness: string;
  /** When a parameter's default value is made: said where one side's default is a list or hash. */
  defaults: string;
  /**
   * Per idea this language spells with no word of its own, what it writes instead (an
   * exception's text: Python has no `message`, `str(e)` gives it): said where the other side's
   * word stands alone. Keyed by idea (`Idea`).
   */
  unspelled?: Readonly<Record<string, string>>;
}

/**
 * A program of the snippet library: its file name and the interpreter that runs it, started as
 * `command ...args fileName` in the snippet's folder, with no shell and stdin closed.
 */
export interface ProgramSpec {
  /** The file name of a snippet's program: `main.rb`, `Main.java`. */
  fileName: string;
  /** The interpreter's command (overridable: `juxta check --interpreter ruby=ruby3.3`). */
  command: string;
  /** Arguments before the file name. */
  args?: string[];
  /** Environment variables that make its output the same bytes on every machine. */
  env?: Record<string, string>;
  /** Where to get the interpreter, for messages: `apt-get install ruby`. */
  install: string;
}

export interface LanguageModule {
  info: LanguageInfo;
  /**
   * The tree-sitter grammar (the `tree-sitter-<lang>` package's export), loaded on the first call
   * (`lazyGrammar`), so that a language nobody compares costs nothing.
   */
  grammar(): unknown;
  /** How the snippet library names and runs a program in this language. */
  program: ProgramSpec;
  /**
   * Node types taken as one token without looking inside (comments, heredoc bodies). Constant:
   * the parse stage reads it once per node type.
   */
  atomicNodes: ReadonlySet<string>;
  /**
   * The colour class of a token. A pure function of its arguments: the parse stage asks once per
   * node type and parent type and keeps the answer.
   */
  tokenKind(type: string, named: boolean, parentType: string | null): TokenKind;
  /**
   * Words the grammar reads as plain names although a reader knows them as keywords (Elixir's
   * `def` and `if` are macros, called like functions): their tokens are coloured as keywords.
   */
  keywordNames?: ReadonlySet<string>;
  /**
   * Declared types whose values are decimal numbers (Java's `double`): a name declared with one
   * divides exactly, as a decimal literal does, so its `/` is no false friend.
   */
  floatingTypes?: ReadonlySet<string>;
  /**
   * Leaf types whose one token holds parts a reader tells apart (Elixir's keyword `name: ` is a
   * name and its `:`), and how to cut one: its parts in order, each a piece of its text with its
   * own colour, or `null` to keep it whole. Spaces between and after the parts are no token.
   */
  tokenParts?: {
    types: ReadonlySet<string>;
    split(text: string): { text: string; kind: TokenKind }[] | null;
  };
  /** Grammar node type → concept. Types not listed keep a language-private concept. */
  rules: Record<string, NodeRule>;
  /**
   * The idiom table: text → the idea it spells, with this language's words for it. Its ideas are
   * the keys shared across languages: `nil` and `None` are both `null`, `&&` and `and` are `and`,
   * `puts` and `print` are `print-line`.
   */
  idioms: Record<string, Idiom>;
  /** Names of methods being defined that have a shared meaning: `initialize` → `constructor`. */
  methodNames: Record<string, Idea>;
  /** The comment marker at the start of a comment's text. */
  commentMarker(text: string): string;
  words: LanguageWords;
  syntaxErrors: SyntaxErrorHints;
}

/** The idiom a language spells with `text`, if its table has one. */
export function idiomOf(language: LanguageModule, text: string): Idiom | undefined {
  return idiomsOf(language).get(text);
}

const idiomMaps = new WeakMap<LanguageModule, ReadonlyMap<string, Idiom>>();
/** A language's idiom table as a `Map`, made once: one lookup per text, the same for every language. */
export function idiomsOf(language: LanguageModule): ReadonlyMap<string, Idiom> {
  let map = idiomMaps.get(language);
  if (!map) {
    map = new Map(Object.entries(language.idioms));
    idiomMaps.set(language, map);
  }
  return map;
}

/** The idea a language spells with `text`, if its idiom table has it. */
export function ideaOf(language: LanguageModule, text: string): Idea | undefined {
  return idiomOf(language, text)?.idea;
}
