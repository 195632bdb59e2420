/**
 * Syntax errors in words a beginner can act on. tree-sitter marks what it could not parse with ERROR
 * and MISSING nodes, but where it puts them depends on how it recovered, so this stage reads the
 * tree's leaves line by line and asks each language's table (`syntax-errors.ts`) what the mistake
 * most likely was: a block line without its `:`, a bracket never closed, a word from the other
 * language. Whatever no table explains still gets a plain message naming the token.
 */
import { lineStarts, positionOf, rowOf, type SyntaxNode } from './parse.js';
import type { Diagnostic } from '../types.js';

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

/** Code in a message: between backticks, or two with a space inside for code that holds one. */
const inlineCode = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** A beginner should fix the first few; hundreds of messages only bury them. */
const MAX_DIAGNOSTICS = 20;
/** How far down the bracket stack a closer looks for its opener (keeps the check linear). */
const BRACKET_SEARCH_DEPTH = 64;
/** How many lines after an explained mistake an unexplained ERROR counts as its knock-on. */
const KNOCK_ON_ROWS = 3;
/**
 * Which finding keeps a spot two checks point at: an open string or bracket explains everything
 * after it on the line, and a missing `:` says more than a hint about one word.
 */
const PRIORITY = { hint: 0, structure: 1, unclosed: 2 } as const;
/** Longer tokens are not quoted whole in a message. */
const MAX_QUOTED = 24;
const PUNCTUATION = /^[^\w\s]+$/;
/** Tokens that show the word before them is a name being used, not a misplaced keyword. */
const USED_AS_NAME = new Set([
  '=',
  '+=',
  '-=',
  '*=',
  '/=',
  '||=',
  '&&=',
  '.',
  '&.',
  ',',
  ')',
  ']',
  '}',
  '==',
  '!=',
  ':=',
  '::',
  '[',
  '(',
]);

/*
 * Leaves are kept column by column, in typed arrays indexed by the leaf's place in the code, rather
 * than as an object per leaf: a 10,000-line file has some 45,000 leaves a side, and an object for
 * each, with its text sliced out, made this stage mostly allocation and garbage collection. A
 * leaf's text is sliced only where a check needs it; its flags say what its type is to the checks
 * and where it sits.
 */
/** Its type is a comment. */
const COMMENT = 1;
/** Its type opens a string (`stringOpeners`). */
const STRING_OPENER = 2;
/** Its type is an opening bracket (a key of `brackets`). */
const OPENER = 4;
/** Its type is a closing bracket (a value of `brackets`). */
const CLOSER = 8;
/** Its type is a block keyword of `endBlocks`: an opener or the closer. */
const BLOCK_WORD = 16;
/** Its type opens a block of `endBlocks`; such a leaf's parent is kept (`openerParents`). */
const BLOCK_OPENER = 32;
/** Its type is one a foreign word may have (see `ForeignWord.type`). */
const FOREIGN_TYPE = 64;
/** It is inside an ERROR node, or is one. */
const IN_ERROR = 128;
/** Its parent is an ERROR node. */
const PARENT_ERROR = 256;
/** Its parent is a text node (`textNodes`): the `)` of Ruby's `%w(a b)`. */
const PARENT_TEXT = 512;

/**
 * What this stage derives from a language's hints. The hints are constant data, so this is built
 * once per table rather than on every call: small requests should not pay for it each time.
 */
interface HintTables {
  /** Leaf types by number, as they are met: type → number, number → type, number → type flags. */
  typeIds: Map<string, number>;
  typeNames: string[];
  typeFlags: number[];
  textNodes: Set<string>;
  /** Closing bracket → its opener. */
  closerOf: Map<string, string>;
  anyInvalid: boolean;
  /**
   * A cheap screen for `checkForeignWords`: every match (a word, a run of punctuation, a pair of
   * words) begins with the text of the leaf it starts at, so a leaf whose text begins no key needs
   * no closer look. These are the keys' prefixes, their first characters and the longest key.
   */
  foreignPrefixes: Set<string>;
  foreignFirstChars: Set<number>;
  foreignMaxLength: number;
  /** The only leaf types a foreign word can have, or `null` when some word may have any type. */
  foreignTypes: Set<string> | null;
  /** The node types `suspicious` rows are about (each row's `path[0]`), `null` when none. */
  suspiciousTypes: Set<string> | null;
}

const hintTables = new WeakMap<SyntaxErrorHints, HintTables>();

function tablesFor(hints: SyntaxErrorHints): HintTables {
  let tables = hintTables.get(hints);
  if (tables) return tables;
  const closerOf = new Map<string, string>();
  // A closer of several openers (`}` of `{` and of `#{`) is named after the first, the plain one.
  for (const [open, close] of Object.entries(hints.brackets)) {
    if (!closerOf.has(close)) closerOf.set(close, open);
  }
  const foreignPrefixes = new Set<string>();
  const foreignFirstChars = new Set<number>();
  let foreignMaxLength = 0;
  let foreignTypes: Set<string> | null = new Set<string>();
  // Own property names, as `Object.hasOwn` finds them.
  for (const key of Object.getOwnPropertyNames(hints.foreignWords)) {
    const word = hints.foreignWords[key] as ForeignWord;
    for (let length = 1; length <= key.length; length++) foreignPrefixes.add(key.slice(0, length));
    if (key.length > 0) foreignFirstChars.add(key.charCodeAt(0));
    foreignMaxLength = Math.max(foreignMaxLength, key.length);
    if (word.type === undefined) foreignTypes = null;
    else foreignTypes?.add(word.type);
  }
  tables = {
    typeIds: new Map(),
    typeNames: [],
    typeFlags: [],
    textNodes: new Set(hints.textNodes),
    closerOf,
    anyInvalid: Object.getOwnPropertyNames(hints.invalidNodes).length > 0,
    foreignPrefixes,
    foreignFirstChars,
    foreignMaxLength,
    foreignTypes,
    suspiciousTypes: hints.suspicious?.length
      ? new Set(hints.suspicious.map((row) => row.path[0] ?? ''))
      : null,
  };
  hintTables.set(hints, tables);
  return tables;
}

/** The number of a leaf type in `tables`, numbering it (and working out its flags) when new. */
function typeId(tables: HintTables, hints: SyntaxErrorHints, type: string): number {
  const known = tables.typeIds.get(type);
  if (known !== undefined) return known;
  const blocks = hints.endBlocks;
  const opensBlock = blocks !== undefined && blocks.openers.includes(type);
  const flags =
    (hints.comments.includes(type) ? COMMENT : 0) |
    (hints.stringOpeners.includes(type) ? STRING_OPENER : 0) |
    (Object.hasOwn(hints.brackets, type) ? OPENER : 0) |
    (tables.closerOf.has(type) ? CLOSER : 0) |
    (opensBlock || blocks?.closer === type ? BLOCK_WORD : 0) |
    (opensBlock ? BLOCK_OPENER : 0) |
    (tables.foreignTypes === null || tables.foreignTypes.has(type) ? FOREIGN_TYPE : 0);
  const id = tables.typeNames.length;
  tables.typeIds.set(type, id);
  tables.typeNames.push(type);
  tables.typeFlags.push(flags);
  return id;
}

/** A call's leaf columns (see `COMMENT`), with room for as many leaves as each has elements. */
interface Columns {
  start: Int32Array;
  end: Int32Array;
  /** 0-based row where each leaf starts. */
  row: Int32Array;
  /** Numbers of types in `HintTables.typeNames`. */
  type: Int32Array;
  flags: Uint16Array;
}

function makeColumns(capacity: number): Columns {
  return {
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    row: new Int32Array(capacity),
    type: new Int32Array(capacity),
    flags: new Uint16Array(capacity),
  };
}

/**
 * One set of columns is kept from call to call (each call runs to its end before the next starts),
 * so that the many small requests of the web service allocate none: typed arrays are slow to make.
 * Only up to this many leaves' worth (2.4 MB), so that a huge file does not keep its memory.
 */
const KEPT_CAPACITY = 1 << 17;
let keptColumns: Columns | null = null;

/** The length of the longest key of a hint table (see `Diagnoser.maxKeyLength`). */
const keyLengths = new WeakMap<object, number>();

/** A statement's worth of leaves: a line plus the lines it continues onto. */
interface LogicalLine {
  /** 0-based row where it starts. */
  row: number;
  /** Indices of its first and last leaf. */
  first: number;
  last: number;
}

interface Finding {
  index: number;
  message: string;
  /** Of two findings on one spot the higher wins: a structural diagnosis beats a word's hint. */
  priority: number;
}

/** A language as this stage needs it (a `LanguageModule` fits). */
export interface DiagnoseLanguage {
  info: { name: string };
  syntaxErrors: SyntaxErrorHints;
}

/**
 * The syntax errors of `code`, parsed into `root`: at most 20, sorted by position, one per spot.
 * Never throws: a diagnostic that fails to be clever must not stop a comparison.
 */
export function diagnose(
  root: SyntaxNode,
  code: string,
  language: DiagnoseLanguage,
  starts: readonly number[] = lineStarts(code),
): Diagnostic[] {
  let diagnoser: Diagnoser | undefined;
  try {
    diagnoser = new Diagnoser(root, code, language, starts);
    return diagnoser.run();
  } catch {
    return fallbackDiagnostics(root, code, starts, language.info.name);
  } finally {
    diagnoser?.keepColumns();
  }
}

/** Only the positions of ERROR and MISSING nodes: the last resort if the full analysis fails. */
function fallbackDiagnostics(
  root: SyntaxNode,
  code: string,
  starts: readonly number[],
  name: string,
): Diagnostic[] {
  const lines = new LineIndex(code, starts);
  const out: Diagnostic[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0 && out.length < MAX_DIAGNOSTICS) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'ERROR' || node.missing) {
      out.push({
        ...lines.position(node.startIndex),
        message: `${name} cannot make sense of this line: check it for a missing or extra word or symbol`,
      });
      continue;
    }
    if (!Array.isArray(node.children)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as SyntaxNode);
  }
  return out;
}

/** Turns UTF-16 offsets into 1-based lines and columns, with line breaks counted as `parse` does. */
class LineIndex {
  /** `starts`: where the lines of `code` start (`lineStarts`). */
  constructor(
    readonly code: string,
    readonly starts: readonly number[],
  ) {}
  /** 0-based line of an offset. */
  row(index: number): number {
    return rowOf(this.starts, index);
  }
  position(index: number): { line: number; column: number } {
    return positionOf(this.starts, index);
  }
  /** Width of the indentation of a line, tabs to the next multiple of 8 as Python counts them. */
  indent(row: number): number {
    let width = 0;
    for (let i = this.starts[row] ?? 0; i < this.code.length; i++) {
      const c = this.code.charCodeAt(i);
      if (c === 32) width++;
      else if (c === 9) width = width - (width % 8) + 8;
      else if (c === 12) width = 0;
      else break;
    }
    return width;
  }
}

class Diagnoser {
  private readonly hints: SyntaxErrorHints;
  private readonly tables: HintTables;
  private readonly name: string;
  private readonly code: string;
  private readonly lines: LineIndex;
  /** How many leaves there are. */
  private count = 0;
  /**
   * The leaves, in order of position, one column per field (see `COMMENT` and `Columns`); their
   * elements past `count` are left over from other calls.
   */
  private leafStart!: Int32Array;
  private leafEnd!: Int32Array;
  private leafRow!: Int32Array;
  private leafType!: Int32Array;
  private leafFlags!: Uint16Array;
  /** The node each `BLOCK_OPENER` leaf sits in (the only leaves whose parent a check asks for). */
  private openerParents = new Map<number, SyntaxNode | null>();
  /** Outermost ERROR nodes, with the node they sit in. */
  private readonly errors: { node: SyntaxNode; parent: SyntaxNode | null }[] = [];
  private readonly missing: { node: SyntaxNode; parent: SyntaxNode }[] = [];
  private readonly invalid: SyntaxNode[] = [];
  /** Nodes that declare a name, and assignments (see `Declarations`). */
  private readonly declaring: SyntaxNode[] = [];
  private readonly assigning: SyntaxNode[] = [];
  /** [start, end] offsets of every ERROR node, to ask whether a line holds a parse error. */
  private readonly errorSpans: [number, number][] = [];
  /** errorReach[i]: the furthest end among errorSpans[0..i]. */
  private readonly errorReach: number[] = [];
  /** insideText[row] is 1 for lines that start inside a string or other text node (made when one does). */
  private insideText: Uint8Array | null = null;
  /** For each line, the index of its first leaf and of its last non-comment leaf, -1 when none. */
  private rowTables: { first: number[]; lastCode: number[] } | null = null;
  /** Where each line's block ends, by the middle words used (see `blockLastRow`). */
  private readonly blockEnds = new Map<string, number[]>();
  private readonly findings: Finding[] = [];
  /** MISSING closers the bracket and `end` checks already account for. */
  private readonly explainedMissing = new Set<SyntaxNode>();
  /** Where the quotes of strings never closed stand: the ERRORs that start there are explained. */
  private readonly unclosedQuotes = new Set<number>();

  constructor(
    private readonly root: SyntaxNode,
    code: string,
    language: DiagnoseLanguage,
    starts: readonly number[],
  ) {
    this.hints = language.syntaxErrors;
    this.tables = tablesFor(this.hints);
    this.name = language.info.name;
    this.code = code;
    this.lines = new LineIndex(code, starts);
    // Code has a leaf every four to six characters; the columns double when that guess is short.
    const wanted = 64 + (code.length >> 2);
    let columns = keptColumns;
    if (columns && columns.start.length >= wanted) keptColumns = null;
    else columns = makeColumns(wanted);
    this.useColumns(columns);
  }

  private useColumns(columns: Columns): void {
    this.leafStart = columns.start;
    this.leafEnd = columns.end;
    this.leafRow = columns.row;
    this.leafType = columns.type;
    this.leafFlags = columns.flags;
  }

  /** Hands the columns on to the next call, unless the ones kept already are as big. */
  keepColumns(): void {
    const capacity = this.leafStart.length;
    if (capacity > KEPT_CAPACITY || (keptColumns && keptColumns.start.length >= capacity)) return;
    keptColumns = {
      start: this.leafStart,
      end: this.leafEnd,
      row: this.leafRow,
      type: this.leafType,
      flags: this.leafFlags,
    };
  }

  run(): Diagnostic[] {
    this.collect();
    const hasErrors = this.errors.length > 0 || this.missing.length > 0;
    this.checkInvalidNodes();
    if (this.hints.declarations) this.checkDeclarations(this.hints.declarations);
    this.checkForeignWords();
    if (this.hints.indentation) this.checkIndentation();
    if (hasErrors || this.hasStrayWord()) {
      // Brackets first: where one is left open, its message wins the spot over a missing `:`.
      this.checkStrings();
      this.checkBrackets();
      if (this.hints.colonHeaders) this.checkColonHeaders(this.hints.colonHeaders);
      if (this.hints.endBlocks) this.checkEndBlocks(this.hints.endBlocks);
      if (this.hints.terminators) this.checkTerminators(this.hints.terminators);
      if (this.hints.parenHeaders) this.checkParenHeaders(this.hints.parenHeaders);
      if (this.hints.errorsIn) this.checkErrorsIn(this.hints.errorsIn);
      this.explainRest();
    }
    return this.finish();
  }

  /**
   * One explicit-stack walk (trees can be 10,000 levels deep) gathering leaves and error nodes.
   * The stack holds only the nodes with children, each with the next child to visit and the flags
   * its children get from it (`IN_ERROR`, `PARENT_ERROR`, `PARENT_TEXT`): a leaf, which most nodes
   * are, is taken in where it is met.
   */
  private collect(): void {
    const open: SyntaxNode[] = [];
    const nextChild: number[] = [];
    const childFlags: number[] = [];
    const root = this.root;
    if (this.visit(root, null, this.tables.textNodes.has('') ? PARENT_TEXT : 0)) {
      open.push(root);
      nextChild.push(0);
      childFlags.push(this.flagsFor(root, 0));
    }
    while (open.length > 0) {
      const top = open.length - 1;
      const parent = open[top] as SyntaxNode;
      const i = nextChild[top] as number;
      if (i >= parent.children.length) {
        open.pop();
        nextChild.pop();
        childFlags.pop();
        continue;
      }
      nextChild[top] = i + 1;
      const child = parent.children[i] as SyntaxNode;
      if (this.tables.suspiciousTypes?.has(child.type)) this.checkSuspicious(child, open);
      const flags = childFlags[top] as number;
      if (this.visit(child, parent, flags)) {
        open.push(child);
        nextChild.push(0);
        childFlags.push(this.flagsFor(child, flags));
      }
    }
    this.sortLeaves();
    this.errorSpans.sort((a, b) => a[0] - b[0]);
    let reach = -1;
    for (const span of this.errorSpans) {
      reach = Math.max(reach, span[1]);
      this.errorReach.push(reach);
    }
  }

  /**
   * Code the grammar accepts that is almost surely a mistake (`if (x = 5)`): a node whose
   * parents, `ancestors` read from the last, are those of a `suspicious` row.
   */
  private checkSuspicious(node: SyntaxNode, ancestors: readonly SyntaxNode[]): void {
    for (const row of this.hints.suspicious ?? []) {
      if (row.path[0] !== node.type || row.path.length - 1 > ancestors.length) continue;
      const fits = row.path.every(
        (type, k) => k === 0 || ancestors[ancestors.length - k]?.type === type,
      );
      const token = fits ? node.children.find((c) => c.type === row.token) : undefined;
      if (token) this.add(token.startIndex, row.message);
    }
  }

  /** The flags the children of `node` get from it, given the flags it got from its parent. */
  private flagsFor(node: SyntaxNode, flags: number): number {
    const isError = node.type === 'ERROR';
    return (
      (isError || flags & IN_ERROR ? IN_ERROR : 0) |
      (isError ? PARENT_ERROR : 0) |
      (this.tables.textNodes.has(node.type) ? PARENT_TEXT : 0)
    );
  }

  /**
   * Takes in one node of the walk, with the flags its parent gives it; answers whether it has
   * children to visit.
   */
  private visit(node: SyntaxNode, parent: SyntaxNode | null, flags: number): boolean {
    if (node.missing) {
      if (parent) this.missing.push({ node, parent });
      return false;
    }
    const type = node.type;
    if (this.tables.anyInvalid && Object.hasOwn(this.hints.invalidNodes, type)) {
      this.invalid.push(node);
    }
    const declarations = this.hints.declarations;
    if (declarations) {
      if (type === declarations.assignment) this.assigning.push(node);
      else if (
        Object.hasOwn(declarations.declarers, type) ||
        Object.hasOwn(declarations.lists, type)
      ) {
        this.declaring.push(node);
      }
    }
    if (node.endRow > node.startRow && this.tables.textNodes.has(type)) {
      // Stop at a line already marked: nested text nodes (an f-string in an f-string) add nothing.
      for (let row = this.lines.row(node.endIndex); row > this.lines.row(node.startIndex); row--) {
        this.insideText ??= new Uint8Array(this.lines.starts.length);
        if (this.insideText[row] === 1) break;
        this.insideText[row] = 1;
      }
    }
    const isError = type === 'ERROR';
    if (isError) {
      this.errorSpans.push([node.startIndex, node.endIndex]);
      if (!(flags & IN_ERROR)) this.errors.push({ node, parent });
    }
    if (node.children.length > 0) return true;
    const start = node.startIndex;
    const end = node.endIndex;
    // A line-continuation backslash is spacing, not code: `logicalLines` finds it in the gaps.
    if (end > start && !this.isBackslash(start, end)) {
      if (this.count === this.leafStart.length) this.grow();
      const i = this.count++;
      const id = typeId(this.tables, this.hints, type);
      const typeFlags = this.tables.typeFlags[id] as number;
      this.leafStart[i] = start;
      this.leafEnd[i] = end;
      this.leafRow[i] = node.startRow;
      this.leafType[i] = id;
      this.leafFlags[i] = typeFlags | flags | (isError ? IN_ERROR : 0);
      if (typeFlags & BLOCK_OPENER) this.openerParents.set(i, parent);
    }
    return false;
  }

  /** Doubles the room in the leaf columns. */
  private grow(): void {
    const columns = makeColumns(this.leafStart.length * 2);
    columns.start.set(this.leafStart);
    columns.end.set(this.leafEnd);
    columns.row.set(this.leafRow);
    columns.type.set(this.leafType);
    columns.flags.set(this.leafFlags);
    this.useColumns(columns);
  }

  /** Whether the text of [start, end) is a backslash with only spacing around it. */
  private isBackslash(start: number, end: number): boolean {
    // Text starting with anything but a backslash or a space of some kind cannot be one: only
    // then is it worth slicing and trimming (`trim` knows every Unicode space).
    const c = this.code.charCodeAt(start);
    if (c !== 92 && c > 32 && c !== 0xa0 && c < 0x1680) return false;
    return this.code.slice(start, end).trim() === '\\';
  }

  /**
   * Leaves arrive in order already, except where a grammar nests oddly; keep the rest honest with
   * a stable sort by start (of an index, since the leaves are columns).
   */
  private sortLeaves(): void {
    const starts = this.leafStart;
    let sorted = true;
    for (let i = 1; i < this.count && sorted; i++) {
      if ((starts[i] as number) < (starts[i - 1] as number)) sorted = false;
    }
    if (sorted) return;
    const order = Array.from({ length: this.count }, (_, i) => i).sort(
      (a, b) => (starts[a] as number) - (starts[b] as number),
    );
    const permute = <T extends Int32Array | Uint16Array>(column: T): T => {
      const copy = column.slice() as T;
      order.forEach((from, to) => (copy[to] = column[from] as number));
      return copy;
    };
    this.leafStart = permute(this.leafStart);
    this.leafEnd = permute(this.leafEnd);
    this.leafRow = permute(this.leafRow);
    this.leafType = permute(this.leafType);
    this.leafFlags = permute(this.leafFlags);
    const parents = new Map<number, SyntaxNode | null>();
    order.forEach((from, to) => {
      if (this.openerParents.has(from)) parents.set(to, this.openerParents.get(from) ?? null);
    });
    this.openerParents = parents;
  }

  /** The text of leaf `i`. */
  private text(i: number): string {
    return this.code.slice(this.leafStart[i], this.leafEnd[i]);
  }

  /** Whether the text of leaf `i` is `text`, without slicing it out. */
  private is(i: number, text: string): boolean {
    const start = this.leafStart[i] as number;
    return (this.leafEnd[i] as number) - start === text.length && this.code.startsWith(text, start);
  }

  /** The type of leaf `i`. */
  private typeOf(i: number): string {
    return this.tables.typeNames[this.leafType[i] as number] as string;
  }

  /** Whether leaf `i` is anonymous syntax, its text its type (`(`, `end`), rather than a name. */
  private isLiteral(i: number): boolean {
    return this.is(i, this.typeOf(i));
  }

  /** Whether leaf `i` has any of `flags`. */
  private has(i: number, flags: number): boolean {
    return ((this.leafFlags[i] as number) & flags) !== 0;
  }

  private inError(i: number): boolean {
    return this.has(i, IN_ERROR);
  }

  private isComment(i: number): boolean {
    return this.has(i, COMMENT);
  }

  /** Built when first asked for: code without errors in a language without `:` never needs them. */
  private rows(): { first: number[]; lastCode: number[] } {
    if (this.rowTables) return this.rowTables;
    const first = new Array<number>(this.lines.starts.length).fill(-1);
    const lastCode = new Array<number>(this.lines.starts.length).fill(-1);
    for (let i = 0; i < this.count; i++) {
      const row = this.leafRow[i] as number;
      if (first[row] === -1) first[row] = i;
      if (!this.isComment(i)) lastCode[row] = i;
    }
    this.rowTables = { first, lastCode };
    return this.rowTables;
  }

  /** Whether leaf `i` is the first on its line. */
  private firstOnRow(i: number): boolean {
    return this.rows().first[this.leafRow[i] as number] === i;
  }

  private add(index: number, message: string, priority: number = PRIORITY.hint): void {
    this.findings.push({ index, message, priority });
  }

  private fill(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
      Object.hasOwn(values, key) ? String(values[key]) : whole,
    );
  }

  /** Whether an ERROR node overlaps [from, to]. */
  private errorWithin(from: number, to: number): boolean {
    // Spans are sorted by start: bisect for those starting by `to`, then ask whether the furthest
    // reaching of them gets to `from`.
    let lo = 0;
    let hi = this.errorSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.errorSpans[mid] as [number, number])[0] <= to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.errorReach[lo - 1] ?? -1) >= from;
  }

  /** The last leaf of a row that is not a comment, -1 when none. */
  private lastCodeLeaf(row: number): number {
    return this.rows().lastCode[row] ?? -1;
  }

  /** The end of a row's code: after its last non-comment leaf, or the end of its text. */
  private rowCodeEnd(row: number): number {
    const last = this.lastCodeLeaf(row);
    const starts = this.lines.starts;
    // A leaf that runs on past its line (a string never closed) ends, for this line, at its end.
    const lineEnd = row + 1 < starts.length ? (starts[row + 1] as number) - 1 : this.code.length;
    if (last >= 0 && (this.leafEnd[last] as number) <= lineEnd) return this.leafEnd[last] as number;
    let end = lineEnd + (row + 1 < starts.length ? 1 : 0);
    while (end > (starts[row] ?? 0)) {
      const c = this.code.charCodeAt(end - 1);
      if (c !== 10 && c !== 13) break;
      end--;
    }
    return end;
  }

  /**
   * The last line of the block or bracket that starts on `row`: the lines after it that are indented
   * deeper belong to it. Where a forgotten closer should go is after that line.
   */
  private blockLastRow(row: number, middles: readonly string[] = []): number {
    const key = middles.join(' ');
    let ends = this.blockEnds.get(key);
    if (!ends) {
      // One pass with a stack (each line's block ends before the next line indented no deeper),
      // so that thousands of open blocks do not each scan the rest of the file. A line starting
      // with a middle word (`else`) at the block's own indentation continues the block.
      const rowFirst = this.rows().first;
      ends = new Array<number>(this.lines.starts.length).fill(-1);
      const open: { row: number; indent: number }[] = [];
      let previous = -1;
      for (let r = 0; r < this.lines.starts.length; r++) {
        const first = rowFirst[r] ?? -1;
        if (first < 0) continue;
        const indent = this.lines.indent(r);
        const middle = middles.length > 0 && middles.includes(this.text(first));
        for (let top = open[open.length - 1]; top; top = open[open.length - 1]) {
          if (top.indent < indent || (middle && top.indent === indent)) break;
          ends[(open.pop() as { row: number }).row] = previous;
        }
        open.push({ row: r, indent });
        previous = r;
      }
      for (const { row: r } of open) ends[r] = previous;
      this.blockEnds.set(key, ends);
    }
    const end = ends[row] ?? -1;
    return end < 0 ? row : end;
  }

  /** A token as a message quotes it, or `null` when it is nothing a reader could recognise. */
  private quote(text: string): string | null {
    const oneLine = (text.split(/[\r\n]/)[0] ?? '').trim();
    // Control characters, lone surrogates and backticks would garble the message.
    if (oneLine.length === 0 || oneLine.includes('`') || /\p{Cs}/u.test(oneLine)) return null;
    for (let i = 0; i < oneLine.length; i++) {
      const c = oneLine.charCodeAt(i);
      if (c < 32 || c === 127) return null;
    }
    if (oneLine.length <= MAX_QUOTED) return oneLine;
    // Cut between characters, not inside an emoji's surrogate pair.
    const high = (oneLine.charCodeAt(MAX_QUOTED - 1) & 0xfc00) === 0xd800;
    return `${oneLine.slice(0, high ? MAX_QUOTED - 1 : MAX_QUOTED)}…`;
  }

  private checkInvalidNodes(): void {
    for (const node of this.invalid) {
      const message = this.hints.invalidNodes[node.type] as string;
      // Point just after the node's first token (`print`): that is where `(` goes.
      const first = node.children[0];
      const after = first ? this.firstLeafFrom(first.endIndex) : -1;
      if (after >= 0 && this.is(after, '(') && (this.leafStart[after] as number) < node.endIndex)
        continue;
      this.add(
        first && first.endIndex > first.startIndex ? first.endIndex : node.startIndex,
        message,
      );
    }
  }

  /**
   * Words and operators from another language. Adjacent punctuation leaves are joined first,
   * because a grammar that lacks `&&` sees it as `&` followed by a stray `&`.
   */
  private checkForeignWords(): void {
    const table = this.hints.foreignWords;
    const { foreignPrefixes, foreignFirstChars, foreignMaxLength } = this.tables;
    const code = this.code;
    const count = this.count;
    for (let i = 0; i < count; i++) {
      if ((this.leafFlags[i] as number) & (COMMENT | STRING_OPENER)) continue;
      // Most leaves begin no word of the table: tell them by their length, first character and
      // type before slicing any text out.
      const start = this.leafStart[i] as number;
      if ((this.leafEnd[i] as number) - start > foreignMaxLength) continue;
      if (!foreignFirstChars.has(code.charCodeAt(start))) continue;
      if (!this.has(i, FOREIGN_TYPE)) continue;
      const leafText = this.text(i);
      if (!foreignPrefixes.has(leafText)) continue;
      // Grammars without `&&` lex it as two `&`: try the longest run of up to three adjacent
      // punctuation leaves that the table knows.
      let text = leafText;
      let j = i;
      let inError = this.inError(i);
      if (PUNCTUATION.test(text)) {
        let run = text;
        let runError = inError;
        for (let k = i + 1; k < count && k <= i + 2; k++) {
          if (this.leafStart[k] !== this.leafEnd[k - 1]) break;
          const more = this.text(k);
          if (!PUNCTUATION.test(more)) break;
          run += more;
          runError ||= this.inError(k);
          if (Object.hasOwn(table, run)) {
            text = run;
            j = k;
            inError = runError;
          }
        }
      }
      const row = this.leafRow[i] as number;
      const next = j + 1 < count ? j + 1 : -1;
      const sameRowNext = next >= 0 && this.leafRow[next] === row ? next : -1;
      const pair = sameRowNext >= 0 ? `${text} ${this.text(sameRowNext)}` : '';
      let entry: ForeignWord | undefined;
      if (pair && Object.hasOwn(table, pair)) {
        entry = table[pair];
        inError ||= this.inError(sameRowNext);
      } else if (Object.hasOwn(table, text)) {
        entry = table[text];
      }
      if (!entry || (entry.type !== undefined && entry.type !== this.typeOf(i))) continue;
      const lead = this.rows().first[row] ?? -1;
      if (entry.unlessFirst && lead >= 0 && entry.unlessFirst.includes(this.text(lead))) continue;
      const firstOnRow = this.firstOnRow(i);
      // A word tree-sitter kept but that sits right before an ERROR also touches it.
      const touchesError =
        inError || (next >= 0 && this.inError(next)) || (i > 0 && this.inError(i - 1));
      const alone = sameRowNext < 0 || this.isComment(sameRowNext);
      const applies: Record<ForeignWordPlace, boolean> = {
        'error-line':
          touchesError ||
          this.errorWithin(this.lines.starts[row] ?? 0, this.rowCodeEnd(row)) ||
          this.missingWithin(this.lines.starts[row] ?? 0, this.rowCodeEnd(row)),
        'in-error': touchesError,
        'statement-start':
          firstOnRow && !(sameRowNext >= 0 && USED_AS_NAME.has(this.text(sameRowNext))),
        alone: firstOnRow && alone,
        'line-end': touchesError && alone,
      };
      if (applies[entry.where]) this.add(start, this.fill(entry.message, { line: row + 1 }));
      i = j;
    }
  }

  /** Whether a closing word (`colonHeaders.strayWords`) stands where the grammar read a name. */
  private hasStrayWord(): boolean {
    const words = this.hints.colonHeaders?.strayWords;
    if (!words || words.length === 0) return false;
    for (let i = 0; i < this.count; i++) {
      if (this.has(i, COMMENT | PARENT_TEXT) || this.isLiteral(i)) continue;
      if (words.some((w) => this.is(i, w))) return true;
    }
    return false;
  }

  /**
   * Whether a logical line has its opener outside brackets (`if x: y` has its `:` mid-line). A
   * line with a bracket left open counts as having one: the open bracket is the mistake to report.
   */
  private hasColon(line: LogicalLine, headers: ColonHeaders): boolean {
    const opener = headers.opener ?? ':';
    const forms = headers.openerForms ?? [];
    let depth = 0;
    for (let i = line.first; i <= line.last; i++) {
      const flags = this.leafFlags[i] as number;
      if ((flags & (OPENER | CLOSER)) === 0) {
        if (depth > 0) continue;
        if (this.typeOf(i) === opener && this.isLiteral(i)) return true;
        if (forms.length > 0 && forms.includes(this.text(i).trim())) return true;
        continue;
      }
      if (!this.isLiteral(i)) continue;
      if (flags & OPENER) depth++;
      else depth = Math.max(0, depth - 1);
    }
    return depth > 0;
  }

  /** The last non-comment leaf of a logical line, -1 when none. */
  private lastCodeLeafOf(line: LogicalLine): number {
    for (let i = line.last; i >= line.first; i--) {
      if (!this.isComment(i)) return i;
    }
    return -1;
  }

  private logicalLinesCache: LogicalLine[] | null = null;

  /** The logical lines: rows whose first leaf starts a statement (not inside brackets or strings). */
  private logicalLines(): LogicalLine[] {
    if (this.logicalLinesCache) return this.logicalLinesCache;
    const result: LogicalLine[] = [];
    this.logicalLinesCache = result;
    const starts = this.lines.starts;
    const rowFirst = this.rows().first;
    let depth = 0;
    let reach = -1;
    let current: LogicalLine | null = null;
    for (let i = 0; i < this.count; i++) {
      const row = this.leafRow[i] as number;
      const startsRow = rowFirst[row] === i;
      // A leaf reaching past the start of this row (a multi-line string) makes it a continuation.
      let continues = depth > 0 || reach >= (starts[row] ?? 0) || this.insideText?.[row] === 1;
      if (startsRow && current && !continues) {
        // A backslash at the end of the previous line joins it to this one.
        continues =
          !this.isComment(i - 1) &&
          this.joinsLines(this.leafEnd[i - 1] as number, this.leafStart[i] as number);
      }
      if (startsRow && !continues) {
        current = { row, first: i, last: i };
        result.push(current);
      } else if (current) {
        current.last = i;
      }
      const flags = this.leafFlags[i] as number;
      if (flags & (OPENER | CLOSER) && this.isLiteral(i)) {
        if (flags & OPENER) depth++;
        else if (depth > 0) depth--;
      }
      reach = Math.max(reach, this.leafEnd[i] as number);
    }
    return result;
  }

  /** Whether the gap [from, to) between two leaves holds a backslash ending its line. */
  private joinsLines(from: number, to: number): boolean {
    const code = this.code;
    for (let k = from; k < to; k++) {
      if (code.charCodeAt(k) !== 92) continue;
      const after = code.charCodeAt(k + 1) === 13 ? k + 2 : k + 1;
      if (after < to && code.charCodeAt(after) === 10) return true;
    }
    return false;
  }

  /** Python: `if`, `for`, `def`… lines end with `:`. */
  private checkColonHeaders(headers: ColonHeaders): void {
    const lines = this.logicalLines();
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n] as LogicalLine;
      let first = line.first;
      if (this.is(first, 'async') && line.first < line.last) first++;
      const firstText = this.text(first);
      const article = Object.hasOwn(headers.keywords, firstText)
        ? headers.keywords[firstText]
        : undefined;
      if (!article) continue;
      const firstRow = this.leafRow[first] as number;
      if (headers.soft.includes(firstText)) {
        const second = first + 1;
        if (second >= this.count || this.leafRow[second] !== firstRow) continue;
        const secondText = this.text(second);
        if (/^[^\w\s'"]/.test(secondText) && secondText !== '(') continue;
      }
      if (this.hasColon(line, headers)) continue;
      let last = this.lastCodeLeafOf(line);
      if (last < 0) continue;
      // A block line without `:` is always wrong (the caller runs this only when the tree has
      // errors). A soft keyword may be a plain name, so it also needs tree-sitter to have stumbled
      // on its line or the next.
      if (headers.soft.includes(firstText)) {
        const next = lines[n + 1];
        const until = (next ? this.leafEnd[next.last] : this.leafEnd[last]) as number;
        if (!this.errorWithin(this.leafStart[first] as number, until)) continue;
      }
      const what = `${article} \`${firstText}\``;
      const opener = headers.opener ?? ':';
      // `if x {` spans its braces as one logical line: what ends the first row is what matters.
      const rowLast = this.lastCodeLeaf(firstRow);
      if (rowLast >= 0 && rowLast !== first && headers.insteadOfColon.includes(this.text(rowLast)))
        last = rowLast;
      const lastText = this.text(last);
      if (headers.insteadOfColon.includes(lastText) && last !== first) {
        this.add(
          this.leafStart[last] as number,
          `${this.name} expects \`${opener}\` at the end of ${what} line, not \`${lastText}\``,
          PRIORITY.structure,
        );
      } else {
        // A word opener (`do`) ends the header's first line, whatever the parser ran on into.
        const at = headers.opener ? this.rowCodeEnd(firstRow) : (this.leafEnd[last] as number);
        this.add(
          at,
          `${this.name} expects \`${opener}\` at the end of ${what} line`,
          PRIORITY.structure,
        );
      }
    }
  }

  /**
   * Python: indentation marks blocks. tree-sitter accepts some indentation Python rejects (a line
   * indented for no reason, a dedent to a level never used), so this follows Python's own rules.
   */
  private checkIndentation(): void {
    const keywords = this.hints.colonHeaders?.keywords ?? {};
    const levels = [0];
    // The line ending in `:` whose block must come next (-1: none), and how to name its keyword.
    let expectRow = -1;
    let expectWord = '';
    let expectIsKeyword = false;
    const expected = () =>
      `${this.name} expects an indented block after the ${expectIsKeyword ? `\`${expectWord}\`` : 'line'} on line ${expectRow + 1}`;
    let headerLike = false;
    for (const line of this.logicalLines()) {
      const first = line.first;
      if (this.isComment(first)) continue;
      const indent = this.lines.indent(line.row);
      const top = levels[levels.length - 1] as number;
      if (expectRow >= 0) {
        if (indent <= top) this.add(this.leafStart[first] as number, expected());
      } else if (indent > top && !headerLike) {
        this.add(
          this.leafStart[first] as number,
          `${this.name} did not expect this line to be indented: only the lines after one ending in \`:\` are indented, so line it up with the line above`,
        );
      }
      if (indent > top) levels.push(indent);
      else if (indent < top) {
        while (levels.length > 1 && (levels[levels.length - 1] as number) > indent) levels.pop();
        if ((levels[levels.length - 1] as number) !== indent) {
          this.add(
            this.leafStart[first] as number,
            `This line's indentation does not match any line above it: ${this.name} needs it lined up exactly with the block it belongs to`,
          );
          levels.push(indent);
        }
      }
      const last = this.lastCodeLeafOf(line);
      const endsInColon = last >= 0 && this.is(last, ':');
      // The keyword's text is needed only when it could be one: most first leaves are longer.
      const wordAt = this.is(first, 'async') ? first + 1 : first;
      const isKeyword =
        wordAt < this.count ? this.isKey(wordAt, keywords) : Object.hasOwn(keywords, '');
      if (endsInColon) {
        expectRow = line.row;
        expectWord = isKeyword && wordAt < this.count ? this.text(wordAt) : '';
        expectIsKeyword = isKeyword;
      } else {
        expectRow = -1;
      }
      // A block line missing its `:` is reported by the colon check; its body's indentation is fine.
      headerLike = !endsInColon && isKeyword && last >= 0;
    }
    if (expectRow >= 0) this.add(this.rowCodeEnd(expectRow), expected());
  }

  /** Whether the text of leaf `i` is a key of `table`, slicing it out only if it could be. */
  private isKey(i: number, table: Record<string, unknown>): boolean {
    const length = (this.leafEnd[i] as number) - (this.leafStart[i] as number);
    if (length > this.maxKeyLength(table)) return false;
    return Object.hasOwn(table, this.text(i));
  }

  /** The length of a table's longest key (the tables are constant data: read once). */
  private maxKeyLength(table: object): number {
    let max = keyLengths.get(table);
    if (max === undefined) {
      max = 0;
      for (const key of Object.getOwnPropertyNames(table)) max = Math.max(max, key.length);
      keyLengths.set(table, max);
    }
    return max;
  }

  /** A string opener that tree-sitter left on its own inside an ERROR was never closed. */
  private checkStrings(): void {
    for (let i = 0; i < this.count; i++) {
      if (!((this.leafFlags[i] as number) & STRING_OPENER) || !this.has(i, PARENT_ERROR)) continue;
      // `f"` and `"""` close with `"` and `"""`, Ruby's `%q(` with `)`: drop the prefix letters.
      const opener = this.text(i).replace(/^%?[A-Za-z]*/, '') || '"';
      const quote = Object.hasOwn(this.hints.brackets, opener)
        ? (this.hints.brackets[opener] as string)
        : opener;
      const row = this.leafRow[i] as number;
      // The ERROR that holds the opener is this mistake, not another one.
      this.unclosedQuotes.add(this.leafStart[i] as number);
      this.add(
        this.rowCodeEnd(row),
        `This string on line ${row + 1} is never closed: add ${inlineCode(quote)} at its end`,
        PRIORITY.unclosed,
      );
    }
  }

  /**
   * Brackets closed in the wrong order or never. A bracket closes the nearest one open, except
   * that a block's closer first on its line (see `BraceBlocks`) closes the block whose line it
   * lines up with: the blocks opened after that one were left open.
   */
  private checkBrackets(): void {
    const openers = this.hints.brackets;
    const closerOf = this.tables.closerOf;
    const blocks = this.hints.braceBlocks;
    /** Open brackets, as leaf indices; a bracket leaf's text is its type. */
    const stack: number[] = [];
    const unclosed = (i: number) => {
      const type = this.typeOf(i);
      const row = this.leafRow[i] as number;
      this.add(
        this.rowCodeEnd(this.blockLastRow(row)),
        `This \`${type}\` on line ${row + 1} is never closed: add \`${openers[type] as string}\``,
        PRIORITY.unclosed,
      );
    };
    for (let i = 0; i < this.count; i++) {
      const flags = this.leafFlags[i] as number;
      if ((flags & (OPENER | CLOSER)) === 0) continue;
      // The `)` of Ruby's `%w(a b)` closes a string, not a bracket.
      if (!this.isLiteral(i) || this.has(i, PARENT_TEXT)) continue;
      const type = this.typeOf(i);
      if (flags & OPENER) {
        stack.push(i);
        continue;
      }
      let match = -1;
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - BRACKET_SEARCH_DEPTH; k--) {
        if (openers[this.typeOf(stack[k] as number)] === type) {
          match = k;
          break;
        }
      }
      if (match >= 0 && blocks && type === blocks.close && this.firstOnRow(i)) {
        match = this.blockOpenerAt(
          stack,
          match,
          blocks.open,
          this.lines.indent(this.leafRow[i] as number),
        );
      }
      if (match < 0) {
        this.add(
          this.leafStart[i] as number,
          `This \`${type}\` has no \`${closerOf.get(type) as string}\` before it to close: remove it`,
        );
        continue;
      }
      while (stack.length - 1 > match) unclosed(stack.pop() as number);
      stack.pop();
    }
    while (stack.length > 0) unclosed(stack.pop() as number);
    for (const { node } of this.missing) {
      if (closerOf.has(node.type)) this.explainedMissing.add(node);
    }
  }

  /**
   * The place in `stack` of the block opener (`open`) at or below `nearest` whose line is indented
   * by `indent`: the block a closer at that indentation closes. `nearest` when none is.
   */
  private blockOpenerAt(
    stack: readonly number[],
    nearest: number,
    open: string,
    indent: number,
  ): number {
    for (let k = nearest; k >= 0 && k >= stack.length - BRACKET_SEARCH_DEPTH; k--) {
      const leaf = stack[k] as number;
      if (this.typeOf(leaf) !== open) continue;
      if (this.lines.indent(this.leafRow[leaf] as number) === indent) return k;
    }
    return nearest;
  }

  /**
   * Ruby: each `if`, `def`, `do`… needs its `end`. Where tree-sitter matched a block, its `end` is
   * either there or a MISSING node naming the block. Where it gave up, the keywords lie loose in an
   * ERROR node, and counting openers against `end`s there finds the block left open.
   */
  private checkEndBlocks(blocks: EndBlocks): void {
    const closer = blocks.closer;
    const report = (keyword: string, row: number) => {
      const first = this.rows().first[row] ?? -1;
      const word = blocks.namedByLine && first >= 0 ? this.text(first) : keyword;
      const header = Object.hasOwn(this.hints.colonHeaders?.keywords ?? {}, word);
      const named = word === keyword || !header ? keyword : `${word} … ${keyword}`;
      this.add(
        this.rowCodeEnd(this.blockLastRow(row, blocks.middles)),
        `${this.name} expects \`${closer}\` to close the \`${named}\` on line ${row + 1}`,
      );
    };
    const fromMissing: { keyword: string; row: number }[] = [];
    for (const { node, parent } of this.missing) {
      if (node.type !== closer) continue;
      this.explainedMissing.add(node);
      const first = this.firstLeafIn(parent);
      const firstText = first >= 0 ? this.text(first) : '';
      const keyword = first >= 0 && blocks.openers.includes(firstText) ? firstText : parent.type;
      fromMissing.push({ keyword, row: this.lines.row(parent.startIndex) });
    }
    /** Open blocks, by leaf index; a keyword leaf's text is its type. */
    const stack: { leaf: number; takesDo: boolean }[] = [];
    for (let i = 0; i < this.count; i++) {
      if (!this.has(i, PARENT_ERROR) || !this.isLiteral(i)) continue;
      const text = this.typeOf(i);
      if (text === closer) {
        if (stack.pop() === undefined) {
          this.add(
            this.leafStart[i] as number,
            `This \`${closer}\` has no block to close: remove it`,
          );
        }
        continue;
      }
      if (!blocks.openers.includes(text)) continue;
      if (this.isModifier(i, blocks)) continue;
      const top = stack[stack.length - 1];
      if (text === 'do' && top?.takesDo && this.leafRow[top.leaf] === this.leafRow[i]) {
        top.takesDo = false;
        continue;
      }
      stack.push({ leaf: i, takesDo: blocks.takesDo.includes(text) });
    }
    const fromCount = stack.map((entry) => entry.leaf).reverse();
    // Indentation says best which block lost its `end`: tree-sitter and the count above both pair
    // an `end` with the nearest open block, and so blame the outer `def` when an inner `if` lacks it.
    const fromIndent = this.unclosedByIndentation(blocks);
    if (fromIndent.length > 0) {
      for (const i of fromIndent) report(this.typeOf(i), this.leafRow[i] as number);
      return;
    }
    for (const m of fromMissing) report(m.keyword, m.row);
    // With a MISSING `end` tree-sitter has already said which block is open; the count would only
    // repeat it less precisely.
    if (fromMissing.length > 0) return;
    for (const i of fromCount) report(this.typeOf(i), this.leafRow[i] as number);
  }

  /**
   * A keyword after an expression on its line is a modifier (`x if y`) needing no `end`; after
   * `=`, `(` and the like it starts a block whose value is used (`x = if y … end`).
   */
  private isModifier(i: number, blocks: EndBlocks): boolean {
    if (!blocks.modifiers.includes(this.text(i)) || this.firstOnRow(i)) return false;
    if (i === 0 || this.leafRow[i - 1] !== this.leafRow[i]) return false;
    return !/^[=(,|&]|^(then|else|do|begin)$/.test(this.text(i - 1));
  }

  /**
   * Pairs every block keyword with an `end` at the same indentation. An `end` that lines up with
   * an outer block leaves the inner blocks between them open. Empty when the code's indentation
   * does not line its `end`s up with their blocks (then it says nothing about which is open).
   * Answers leaf indices, in order of position.
   */
  private unclosedByIndentation(blocks: EndBlocks): number[] {
    const stack: { leaf: number; indent: number; takesDo: boolean }[] = [];
    const unclosed: number[] = [];
    for (let i = 0; i < this.count; i++) {
      // Only a keyword leaf, whose text is its type, is a block's opener or closer.
      if (!this.has(i, BLOCK_WORD) || !this.isLiteral(i)) continue;
      const text = this.typeOf(i);
      const row = this.leafRow[i] as number;
      const firstOnRow = this.firstOnRow(i);
      if (text === blocks.closer) {
        if (!firstOnRow) {
          stack.pop();
          continue;
        }
        const indent = this.lines.indent(row);
        let match = -1;
        for (let k = stack.length - 1; k >= 0 && k >= stack.length - BRACKET_SEARCH_DEPTH; k--) {
          if ((stack[k] as { indent: number }).indent === indent) {
            match = k;
            break;
          }
        }
        if (match < 0) {
          stack.pop();
          continue;
        }
        while (stack.length - 1 > match) unclosed.push((stack.pop() as { leaf: number }).leaf);
        stack.pop();
        continue;
      }
      if (!blocks.openers.includes(text)) continue;
      // A block the grammar parsed without any `end` needs none (`def f = 1`, `x if y`).
      const parent = this.openerParents.get(i) ?? null;
      // (A `while` is closed through its body: the `do` node holding the `end`.)
      if (parent && parent.type !== 'ERROR') {
        const closedBy = blocks.takesDo.includes(text) ? ['do', blocks.closer] : [blocks.closer];
        if (!parent.children.some((c) => closedBy.includes(c.type))) continue;
      }
      if (this.isModifier(i, blocks)) continue;
      const top = stack[stack.length - 1];
      if (text === 'do' && top?.takesDo && this.leafRow[top.leaf] === row) {
        top.takesDo = false;
        continue;
      }
      stack.push({
        leaf: i,
        indent: this.lines.indent(row),
        takesDo: blocks.takesDo.includes(text),
      });
    }
    for (let k = stack.length - 1; k >= 0; k--) unclosed.push((stack[k] as { leaf: number }).leaf);
    return unclosed.sort((a, b) => (this.leafStart[a] as number) - (this.leafStart[b] as number));
  }

  /** Whether a MISSING node lies in [from, to]. */
  private missingWithin(from: number, to: number): boolean {
    for (const { node } of this.missing) {
      if (node.startIndex >= from && node.startIndex <= to) return true;
    }
    return false;
  }

  /**
   * Java: a statement ends with `;`. A line of code ending in anything that neither ends a
   * statement nor carries it on, where tree-sitter stumbled between its end and the next line's,
   * lacks its `;`.
   */
  private checkTerminators(t: Terminators): void {
    const { first, lastCode } = this.rows();
    const message = (row: number) =>
      `${this.name} ends each statement with \`${t.token}\`: add one at the end of line ${row + 1}`;
    let nextRow = -1;
    for (let row = lastCode.length - 1; row >= 0; row--) {
      const last = lastCode[row] ?? -1;
      if (last < 0) continue;
      const below = nextRow;
      nextRow = row;
      const lead = first[row] ?? -1;
      if (lead < 0 || this.insideText?.[row] === 1) continue;
      if (this.is(last, t.token) || t.endings.includes(this.text(last))) continue;
      if (t.headers.includes(this.text(lead))) continue;
      const nextLead = below >= 0 ? (first[below] ?? -1) : -1;
      if (nextLead >= 0 && t.continuations.includes(this.text(nextLead))) continue;
      const from = this.leafStart[last] as number;
      const to = below >= 0 ? this.rowCodeEnd(below) : this.code.length;
      if (!this.errorWithin(from, to) && !this.missingWithin(from, to)) continue;
      this.add(this.leafEnd[last] as number, message(row), PRIORITY.structure);
      for (const { node } of this.missing) {
        if (node.type === t.token && node.startIndex >= from && node.startIndex <= to) {
          this.explainedMissing.add(node);
        }
      }
    }
  }

  /** Java: `if`, `while` and `switch` take their condition in parentheses: `if (x > 3)`. */
  private checkParenHeaders(headers: Record<string, 'a' | 'an'>): void {
    for (let i = 0; i < this.count; i++) {
      if (this.isComment(i) || !this.isLiteral(i) || !this.isKey(i, headers)) continue;
      const keyword = this.text(i);
      const next = i + 1 < this.count ? i + 1 : -1;
      if (next >= 0 && this.is(next, '(')) continue;
      // `else` before `if` is no condition: what matters is what follows the `if`.
      const row = this.leafRow[i] as number;
      if (!this.errorWithin(this.leafStart[i] as number, this.rowCodeEnd(row))) continue;
      this.add(
        this.leafEnd[i] as number,
        `${this.name} puts the condition of ${headers[keyword] as string} \`${keyword}\` in parentheses: \`${keyword} (…)\``,
        PRIORITY.structure,
      );
    }
  }

  /** An error inside a node of a type the table knows (a parameter without its type). */
  private checkErrorsIn(table: Record<string, string>): void {
    for (const { node, parent } of this.errors) {
      if (!parent || !Object.hasOwn(table, parent.type)) continue;
      this.add(node.startIndex, table[parent.type] as string, PRIORITY.structure);
    }
  }

  /**
   * Java: a name given a value must be declared, with its type, first. A name no declaration
   * anywhere in the program introduces is told so where it is first assigned.
   */
  private checkDeclarations(d: Declarations): void {
    if (this.assigning.length === 0) return;
    const declared = new Set<string>();
    const nameOf = (n: SyntaxNode) => this.code.slice(n.startIndex, n.endIndex);
    for (const node of this.declaring) {
      const field = d.declarers[node.type];
      const listed = d.lists[node.type];
      for (const c of node.children) {
        if (field !== undefined && c.field === field && c.type === d.name) declared.add(nameOf(c));
        if (listed !== undefined && c.type === listed) declared.add(nameOf(c));
      }
    }
    const told = new Set<string>();
    for (const node of this.assigning) {
      const target = node.children.find((c) => c.field === d.target);
      if (!target || target.type !== d.name) continue;
      const name = nameOf(target);
      if (declared.has(name) || told.has(name)) continue;
      told.add(name);
      this.add(target.startIndex, this.fill(d.message, { name }));
    }
  }

  /** Plain messages for the MISSING and ERROR nodes no check above accounts for. */
  private explainRest(): void {
    const specific = this.findings.map((f) => f.index).sort((a, b) => a - b);
    const anyWithin = (from: number, to: number) => {
      let lo = 0;
      let hi = specific.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((specific[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < specific.length && (specific[lo] as number) <= to;
    };
    // A problem already explained confuses the parser for a few lines after it; what it stumbles
    // on there is a knock-on of the same mistake.
    const knockOnFrom = (index: number) =>
      this.lines.starts[Math.max(0, this.lines.row(index) - KNOCK_ON_ROWS)] ?? 0;
    for (const { node, parent } of this.missing) {
      if (this.explainedMissing.has(node)) continue;
      if (anyWithin(Math.min(parent.startIndex, knockOnFrom(node.startIndex)), parent.endIndex))
        continue;
      const quoted = node.named ? null : this.quote(node.type);
      const what = quoted === null ? 'something more' : `\`${quoted}\``;
      this.add(node.startIndex, `${this.name} expects ${what} here`);
    }
    for (const { node, parent } of this.errors) {
      if (this.unclosedQuotes.has(node.startIndex)) continue;
      // A knock-on error inside a statement already explained would only confuse.
      const scope = parent && parent !== this.root ? parent : node;
      if (anyWithin(Math.min(scope.startIndex, knockOnFrom(node.startIndex)), scope.endIndex))
        continue;
      const leaf = this.firstLeafIn(node);
      const quoted = leaf >= 0 ? this.quote(this.text(leaf)) : null;
      if (leaf >= 0 && quoted !== null) {
        this.add(
          this.leafStart[leaf] as number,
          `${this.name} cannot make sense of \`${quoted}\` here: check this line for a missing or extra word or symbol`,
        );
      } else {
        this.add(
          node.startIndex,
          `${this.name} cannot make sense of this line: check it for a missing or extra word or symbol`,
        );
      }
    }
  }

  /** The first leaf starting at or after `index`, -1 when none. */
  private firstLeafFrom(index: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.leafStart[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.count ? lo : -1;
  }

  /** The first leaf within `node`, -1 when none. */
  private firstLeafIn(node: SyntaxNode): number {
    const leaf = this.firstLeafFrom(node.startIndex);
    return leaf >= 0 && (this.leafStart[leaf] as number) < node.endIndex ? leaf : -1;
  }

  private finish(): Diagnostic[] {
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    const ordered = this.findings
      .map((f, order) => ({ ...f, order, ...this.lines.position(f.index) }))
      .sort(
        (a, b) =>
          a.line - b.line || a.column - b.column || b.priority - a.priority || a.order - b.order,
      );
    for (const f of ordered) {
      const key = `${f.line}:${f.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ line: f.line, column: f.column, message: f.message });
      if (out.length === MAX_DIAGNOSTICS) break;
    }
    return out;
  }
}
