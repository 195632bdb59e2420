/**
 * The shape of a language's table of syntax mistakes (`syntax-errors.ts` in each language module):
 * what the diagnose checks read and the repair stage tries. Every field is data.
 */
/** Where a word from another language counts as a mistake. */
export type ForeignWordPlace =
  /** Only inside (or touching) code tree-sitter could not parse. */
  | 'in-error'
  /** First on its line and not being assigned to or called as a method: `elif x` in Ruby. */
  | 'statement-start'
  /** The only thing on its line: Ruby's `end` left in Python. */
  | 'alone'
  /** Last on its line and inside or touching code tree-sitter could not parse: `if x:` in Ruby. */
  | 'line-end'
  /** Anywhere on a line where tree-sitter found an error or a missing token: `} elif (x) {`. */
  | 'error-line';

export interface ForeignWord {
  message: string;
  where: ForeignWordPlace;
  /** Only a leaf of this type counts (`identifier`: the keyword `end` is fine, a name `end` is not). */
  type?: string;
  /** What the word is written as in this language (`else if` for `elif`), for the repair stage. */
  meant?: string;
  /** Not on a line that starts with one of these words (`case 1:` ends with `:` rightly). */
  unlessFirst?: string[];
}

/**
 * A block header: a line starting with `keyword` must hold the word that opens its block, `:` at
 * its end by default (Python), or another word such as `do` (Elixir).
 */
export interface ColonHeaders {
  /** keyword → the article it takes in a sentence (`an` `if`, `a` `for`). */
  keywords: Record<string, 'a' | 'an'>;
  /** Soft keywords (`match`, `case`) that are headers only when a name or value follows them. */
  soft: string[];
  /** What learners write in place of the `:` (Ruby's `then`, `do`, a `{`): the message then names it. */
  insteadOfColon: string[];
  /** The opener when it is a word rather than `:` (`do`), written after a space. */
  opener?: string;
  /** Other spellings of the opener that count where they stand on the line (`do:` on one line). */
  openerForms?: string[];
  /**
   * Words that close or continue a block (`end`, `else`). Where the grammar read one as a plain
   * name, a header lost its opener without the tree showing an error: the headers are checked
   * then too.
   */
  strayWords?: string[];
}

/** A Ruby-style block closed by a keyword: `if … end`. */
export interface EndBlocks {
  closer: string;
  /** Keywords that open a block needing `closer`. */
  openers: string[];
  /** Openers that, after an expression on the same line, are modifiers needing no closer (`x if y`). */
  modifiers: string[];
  /** Openers that may be followed on the same line by their own `do` (`while x do`). */
  takesDo: string[];
  /** Words that continue a block at its own indentation (`else`, `rescue`): the `end` goes after them. */
  middles: string[];
  /**
   * The opener is a word at the end of the line that starts the block (`if x do`): a message
   * names the block by that line's first word too where it is a header (`the \`if … do\``).
   */
  namedByLine?: boolean;
}

/** Statements that end with a token (`;`): a line of code that lacks it, before an error. */
export interface Terminators {
  /** The token that ends a statement. */
  token: string;
  /**
   * Tokens a line may end with and need no terminator: a block's braces, or an operator, a `,`
   * or an opening bracket after which the statement goes on.
   */
  endings: string[];
  /** Tokens that, first on the next line, carry the statement on there (`.`, `+`, `?`, `{`). */
  continuations: string[];
  /** First words of lines that take no terminator: block headers (`if`, `for`), annotations. */
  headers: string[];
}

/** A language that declares its variables: a name given a value that nothing declared. */
export interface Declarations {
  /** The node type of an assignment, and the field that holds what it assigns to. */
  assignment: string;
  target: string;
  /** Node types that declare a name, each with the field that holds the name. */
  declarers: Record<string, string>;
  /** Node types whose children of type `name` are all declared names (`(a, b) -> …`). */
  lists: Record<string, string>;
  /** The type of a plain name. */
  name: string;
  /** What to say, with `{name}` for the name. */
  message: string;
}

/**
 * Blocks written in brackets (`{` … `}`). A closer that is the first thing on its line closes the
 * block whose line it lines up with, so indentation tells which block was left open (the nearest
 * opener is often the wrong one); a repair puts the missing closer on a line of its own.
 */
export interface BraceBlocks {
  open: string;
  close: string;
}

/**
 * Code the grammar accepts but a beginner almost never means, such as `=` (assigning) for `===`
 * in a condition: a node of a type (`path[0]`) inside the parents `path[1]`, `path[2]`… (closest
 * first), at its token `token`.
 */
export interface Suspicious {
  path: string[];
  /** The token of the node to point at: the `=` of an assignment. */
  token: string;
  message: string;
  /** What the token was most likely meant to be (`===`), for the repair stage. */
  meant?: string;
}

/**
 * One language's knowledge of the mistakes learners make in it. Every field is data: adding a
 * mistake is adding a row. Messages may use `{line}` (1-based line of the thing named).
 */
export interface SyntaxErrorHints {
  /** Opening bracket → its closer. */
  brackets: Record<string, string>;
  /** Leaf types that open a string; one sitting directly in an ERROR was never closed. */
  stringOpeners: string[];
  /** Leaf types that are comments (ignored when looking at how a line ends). */
  comments: string[];
  /**
   * Node types whose text is not code (strings, heredocs): a line that starts inside one continues
   * the line before, whatever its indentation.
   */
  textNodes: string[];
  /** Words and operators borrowed from other languages: the token's text → what to say. */
  foreignWords: Record<string, ForeignWord>;
  /**
   * Node types the grammar accepts although the language does not (Python 2's `print "x"`): type →
   * message. Not reported when the node's first token is followed by `(` (then it is a call the
   * grammar read the old way because of some other mistake).
   */
  invalidNodes: Record<string, string>;
  /** Python: block lines end with `:`; Elixir: they hold `do`. */
  colonHeaders?: ColonHeaders;
  /** Python: blocks are marked by indentation, which tree-sitter does not always check. */
  indentation?: boolean;
  /** Ruby: blocks are closed by `end`. */
  endBlocks?: EndBlocks;
  /** Java: statements end with `;`. */
  terminators?: Terminators;
  /** Java: keywords whose condition goes in parentheses (`if (x)`): keyword → its article. */
  parenHeaders?: Record<string, 'a' | 'an'>;
  /** What an error inside a node of this type most likely lacks: type → message. */
  errorsIn?: Record<string, string>;
  /** Java: every variable is declared, with its type, before it gets a value. */
  declarations?: Declarations;
  /** The marker of a comment that runs to the end of its line, when it is not `#`. */
  lineComment?: string;
  /** Brace languages: blocks are `{` … `}`. */
  braceBlocks?: BraceBlocks;
  /** Code the grammar accepts that is almost surely a mistake (`if (x = 5)`). */
  suspicious?: Suspicious[];
  /** The quotes a string may be written in, for repairs that close one: `"` and `'` unless given. */
  quotes?: string[];
  /**
   * Tokens a line may end with that come after a bracket it forgot to close: a statement's `;`,
   * a block's `{` (`if (x > 1 {` lacks its `)` before the `{`).
   */
  closeBefore?: string[];
}
