/**
 * The shared view of a tree that every diagnose check reads: its leaves in order of position,
 * its ERROR and MISSING nodes, and questions about lines (where a line's code ends, which block a
 * line belongs to, whether an error lies in a span). Built by one walk of the tree.
 */
import { positionOf, rowOf, type SyntaxNode } from '../parse.js';
import type { ForeignWord, SyntaxErrorHints } from './hints.js';

/** How far down a stack of open brackets or blocks a closer looks for its opener (keeps the checks linear). */
export const BRACKET_SEARCH_DEPTH = 64;
/** Longer tokens are not quoted whole in a message. */
const MAX_QUOTED = 24;

/*
 * Leaves are kept column by column, in typed arrays indexed by the leaf's place in the code, rather
 * than as an object per leaf: a 10,000-line file has some 45,000 leaves a side, and an object for
 * each, with its text sliced out, made this stage mostly allocation and garbage collection. A
 * leaf's text is sliced only where a check needs it; its flags say what its type is to the checks
 * and where it sits.
 */
/** Its type is a comment. */
export const COMMENT = 1;
/** Its type opens a string (`stringOpeners`). */
export const STRING_OPENER = 2;
/** Its type is an opening bracket (a key of `brackets`). */
export const OPENER = 4;
/** Its type is a closing bracket (a value of `brackets`). */
export const CLOSER = 8;
/** Its type is a block keyword of `endBlocks`: an opener or the closer. */
export const BLOCK_WORD = 16;
/** Its type opens a block of `endBlocks`; such a leaf's parent is kept (`openerParents`). */
export const BLOCK_OPENER = 32;
/** Its type is one a foreign word may have (see `ForeignWord.type`). */
export const FOREIGN_TYPE = 64;
/** It is inside an ERROR node, or is one. */
export const IN_ERROR = 128;
/** Its parent is an ERROR node. */
export const PARENT_ERROR = 256;
/** Its parent is a text node (`textNodes`): the `)` of Ruby's `%w(a b)`. */
export const PARENT_TEXT = 512;

/**
 * What this stage derives from a language's hints. The hints are constant data, so this is built
 * once per table rather than on every call: small requests should not pay for it each time.
 */
export interface HintTables {
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

/** The length of the longest key of a hint table (see `Leaves.maxKeyLength`). */
const keyLengths = new WeakMap<object, number>();

/** A statement's worth of leaves: a line plus the lines it continues onto. */
export interface LogicalLine {
  /** 0-based row where it starts. */
  row: number;
  /** Indices of its first and last leaf. */
  first: number;
  last: number;
}

/** A language as this stage needs it (a `LanguageModule` fits). */
export interface DiagnoseLanguage {
  info: { name: string };
  syntaxErrors: SyntaxErrorHints;
}

/** Turns UTF-16 offsets into 1-based lines and columns, with line breaks counted as `parse` does. */
export class LineIndex {
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

/**
 * One tree's leaves and error nodes as the checks read them (`collect` walks the tree once). The
 * checks only read it: the columns and lists are filled by the walk and not changed after.
 */
export class Leaves {
  /** The language's table of mistakes, and its name for messages. */
  readonly hints: SyntaxErrorHints;
  readonly tables: HintTables;
  readonly name: string;
  readonly code: string;
  readonly lines: LineIndex;
  /** How many leaves there are. */
  count = 0;
  /**
   * The leaves, in order of position, one column per field (see `COMMENT` and `Columns`); their
   * elements past `count` are left over from other calls.
   */
  leafStart!: Int32Array;
  leafEnd!: Int32Array;
  leafRow!: Int32Array;
  leafType!: Int32Array;
  leafFlags!: Uint16Array;
  /** The node each `BLOCK_OPENER` leaf sits in (the only leaves whose parent a check asks for). */
  openerParents = new Map<number, SyntaxNode | null>();
  /** Outermost ERROR nodes, with the node they sit in. */
  readonly errors: { node: SyntaxNode; parent: SyntaxNode | null }[] = [];
  readonly missing: { node: SyntaxNode; parent: SyntaxNode }[] = [];
  readonly invalid: SyntaxNode[] = [];
  /** Nodes of the types `suspicious` rows are about, each with its parents (closest last). */
  readonly suspects: { node: SyntaxNode; ancestors: SyntaxNode[] }[] = [];
  /** Nodes that declare a name, and assignments (see `Declarations`). */
  readonly declaring: SyntaxNode[] = [];
  readonly assigning: SyntaxNode[] = [];
  /** [start, end] offsets of every ERROR node, to ask whether a line holds a parse error. */
  readonly errorSpans: [number, number][] = [];
  /** errorReach[i]: the furthest end among errorSpans[0..i]. */
  private readonly errorReach: number[] = [];
  /** insideText[row] is 1 for lines that start inside a string or other text node (made when one does). */
  insideText: Uint8Array | null = null;
  /** For each line, the index of its first leaf and of its last non-comment leaf, -1 when none. */
  private rowTables: { first: number[]; lastCode: number[] } | null = null;
  /** Where each line's block ends, by the middle words used (see `blockLastRow`). */
  private readonly blockEnds = new Map<string, number[]>();

  constructor(
    readonly root: SyntaxNode,
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

  /**
   * One explicit-stack walk (trees can be 10,000 levels deep) gathering leaves and error nodes.
   * The stack holds only the nodes with children, each with the next child to visit and the flags
   * its children get from it (`IN_ERROR`, `PARENT_ERROR`, `PARENT_TEXT`): a leaf, which most nodes
   * are, is taken in where it is met.
   */
  collect(): void {
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
      if (this.tables.suspiciousTypes?.has(child.type)) {
        this.suspects.push({ node: child, ancestors: open.slice() });
      }
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
  text(i: number): string {
    return this.code.slice(this.leafStart[i], this.leafEnd[i]);
  }

  /** Whether the text of leaf `i` is `text`, without slicing it out. */
  is(i: number, text: string): boolean {
    const start = this.leafStart[i] as number;
    return (this.leafEnd[i] as number) - start === text.length && this.code.startsWith(text, start);
  }

  /** The type of leaf `i`. */
  typeOf(i: number): string {
    return this.tables.typeNames[this.leafType[i] as number] as string;
  }

  /** Whether leaf `i` is anonymous syntax, its text its type (`(`, `end`), rather than a name. */
  isLiteral(i: number): boolean {
    return this.is(i, this.typeOf(i));
  }

  /** Whether leaf `i` has any of `flags`. */
  has(i: number, flags: number): boolean {
    return ((this.leafFlags[i] as number) & flags) !== 0;
  }

  inError(i: number): boolean {
    return this.has(i, IN_ERROR);
  }

  isComment(i: number): boolean {
    return this.has(i, COMMENT);
  }

  /** Built when first asked for: code without errors in a language without `:` never needs them. */
  rows(): { first: number[]; lastCode: number[] } {
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
  firstOnRow(i: number): boolean {
    return this.rows().first[this.leafRow[i] as number] === i;
  }

  fill(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
      Object.hasOwn(values, key) ? String(values[key]) : whole,
    );
  }

  /** Whether an ERROR node overlaps [from, to]. */
  errorWithin(from: number, to: number): boolean {
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
  lastCodeLeaf(row: number): number {
    return this.rows().lastCode[row] ?? -1;
  }

  /** The end of a row's code: after its last non-comment leaf, or the end of its text. */
  rowCodeEnd(row: number): number {
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
  blockLastRow(row: number, middles: readonly string[] = []): number {
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
  quote(text: string): string | null {
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

  /** Whether a closing word (`colonHeaders.strayWords`) stands where the grammar read a name. */
  hasStrayWord(): boolean {
    const words = this.hints.colonHeaders?.strayWords;
    if (!words || words.length === 0) return false;
    for (let i = 0; i < this.count; i++) {
      if (this.has(i, COMMENT | PARENT_TEXT) || this.isLiteral(i)) continue;
      if (words.some((w) => this.is(i, w))) return true;
    }
    return false;
  }

  /** The last non-comment leaf of a logical line, -1 when none. */
  lastCodeLeafOf(line: LogicalLine): number {
    for (let i = line.last; i >= line.first; i--) {
      if (!this.isComment(i)) return i;
    }
    return -1;
  }

  private logicalLinesCache: LogicalLine[] | null = null;

  /** The logical lines: rows whose first leaf starts a statement (not inside brackets or strings). */
  logicalLines(): LogicalLine[] {
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

  /** Whether the text of leaf `i` is a key of `table`, slicing it out only if it could be. */
  isKey(i: number, table: Record<string, unknown>): boolean {
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

  /** Whether a MISSING node lies in [from, to]. */
  missingWithin(from: number, to: number): boolean {
    for (const { node } of this.missing) {
      if (node.startIndex >= from && node.startIndex <= to) return true;
    }
    return false;
  }

  /** The first leaf starting at or after `index`, -1 when none. */
  firstLeafFrom(index: number): number {
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
  firstLeafIn(node: SyntaxNode): number {
    const leaf = this.firstLeafFrom(node.startIndex);
    return leaf >= 0 && (this.leafStart[leaf] as number) < node.endIndex ? leaf : -1;
  }
}
