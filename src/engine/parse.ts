/**
 * Stage 1, parse: tree-sitter turns code into a concrete syntax tree, which one pass copies into
 * plain `SyntaxNode`s while collecting every token with its 1-based line, UTF-16 column and syntax
 * kind. The tree comes from Juxta's own small addon (`native/tree.c`) as flat records in one call:
 * read through the Node binding, a native call per node and field, it took longer than parsing.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Parser from 'tree-sitter';
import { JuxtaError } from '../errors.js';
import type { LanguageModule } from '../languages/language.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { Token, TokenKind } from '../types.js';
import { Arena, NO_CHILDREN } from './arena.js';

/** `native/tree.c`, built by `npm install` (`binding.gyp`). */
interface TreeReader {
  /**
   * The tree of `code` as records of `RECORD` numbers, or `null` when tree-sitter gave up after
   * `timeoutMicros` (0: no limit). `fielded` marks by symbol the node types whose children can
   * fill fields: only theirs are looked up (all, without it).
   */
  parse(
    code: string,
    grammar: unknown,
    timeoutMicros: number,
    fielded: Uint8Array | null,
  ): Uint32Array | null;
  /** A grammar's node type names by symbol, and its field names by id (0: none). */
  names(grammar: unknown): { types: string[]; fields: (string | null)[] };
}

/** A record: symbol and flags, start, end (UTF-16 offsets), depth (the root's is 0). */
const RECORD = 4;
const SYMBOL = 0xffff;
const NAMED = 1 << 16;
const MISSING = 1 << 17;
const FIELD_SHIFT = 18;
/** tree-sitter's symbol for ERROR nodes, in no grammar's list. */
const ERROR_SYMBOL = 0xffff;

let reader: TreeReader | undefined;
function treeReader(): TreeReader {
  if (!reader) {
    const path = join(PACKAGE_ROOT, 'build', 'Release', 'juxta_tree.node');
    try {
      reader = createRequire(import.meta.url)(path) as TreeReader;
    } catch (error) {
      throw new Error(
        `Juxta's tree reader (${path}) is not built or does not load: run \`npm install\` in ${PACKAGE_ROOT}, which compiles native/tree.c (it needs a C compiler, as tree-sitter does).`,
        { cause: error },
      );
    }
  }
  return reader;
}

/** A node of the concrete syntax tree, copied out of tree-sitter. */
export interface SyntaxNode {
  type: string;
  /** Named in the grammar (`identifier`), as opposed to anonymous syntax (`"end"`, `":"`). */
  named: boolean;
  /** The field of the parent this node fills (`condition`, `body`), or `null`. */
  field: string | null;
  /** 0-based, UTF-16 offsets into the code. */
  startIndex: number;
  endIndex: number;
  /** 0-based rows. */
  startRow: number;
  endRow: number;
  children: SyntaxNode[];
  /** Inserted by the parser where the code lacks a required token (zero width). */
  missing: boolean;
  /** The tokens this node covers, as indices into the side's token list: [first, last). */
  firstToken: number;
  endToken: number;
}

export interface ParsedSide {
  root: SyntaxNode;
  tokens: Token[];
  /** Set when the code is too large for a structural comparison. */
  lineCount: number;
  /** The UTF-16 offsets where the code's lines start (the first is 0), for the later stages. */
  lineStarts: number[];
}

const parsers = new WeakMap<LanguageModule, Parser>();

function parserFor(language: LanguageModule): Parser {
  let parser = parsers.get(language);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(language.grammar() as Parser.Language);
    parsers.set(language, parser);
  }
  return parser;
}

/**
 * The number of lines of `code`, where a final newline ends the last line rather than starting one.
 * Lines break at `\n` (so `\r\n` too), as tree-sitter counts rows; a lone `\r` does not break.
 */
export function countLines(code: string): number {
  if (code.length === 0) return 0;
  let lines = 1;
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lines++;
  if (code.endsWith('\n')) lines--;
  return lines;
}

/**
 * tree-sitter's tree of `code`, or `null` when the parser gave up after `timeoutMicros` (0: no
 * limit), through the Node binding: for the repair stage's trial parses, which ask the tree
 * itself, and for the benches' floor. (The comparison's own parse, `parse` below, reads through
 * the addon, with the same tree-sitter and grammar.) The code is handed over through an input
 * callback a chunk at a time, which avoids the binding's 32 KB-per-call limit on plain string
 * input for large files.
 */
export function parseTree(
  code: string,
  language: LanguageModule,
  timeoutMicros = 0,
): Parser.Tree | null {
  const parser = parserFor(language);
  parser.setTimeoutMicros(timeoutMicros);
  const tree = parser.parse((index: number) =>
    code.slice(index, index + 16_384),
  ) as Parser.Tree | null;
  // A parse cut short leaves state behind that would resume into the next one.
  if (!tree) parser.reset();
  return tree;
}

/**
 * Parses `code` and walks the tree once. Throws `JuxtaError('too-complex')` when tree-sitter gives
 * up within `deadline` (a `performance.now()` value). The nodes come from `arena`: a fresh one by
 * default, or one from `withArena` that the caller resets only once it is done with the tree.
 */
export function parse(
  code: string,
  language: LanguageModule,
  deadline?: number,
  arena: Arena = new Arena(),
): ParsedSide {
  const micros =
    deadline === undefined ? 0 : Math.max(1, Math.floor((deadline - performance.now()) * 1000));
  // The addon frees tree-sitter's tree before it returns: only the records outlive the call.
  const tables = tablesOf(language);
  const records = treeReader().parse(code, language.grammar(), micros, tables.fielded);
  if (!records) {
    throw new JuxtaError(
      'too-complex',
      `The ${language.info.name} code is too complex to parse in time; try a shorter piece of code.`,
    );
  }
  const tokens: Token[] = [];
  const starts = lineStarts(code);
  const root = walk(records, code, starts, language, tokens, arena);
  return { root, tokens, lineCount: countLines(code), lineStarts: starts };
}

/**
 * The UTF-16 offsets where lines start: 0, then after every `\n` (so `\r\n` too), as tree-sitter
 * counts rows; a lone `\r` does not break a line.
 */
export function lineStarts(code: string): number[] {
  const starts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line of a UTF-16 offset, in code whose lines start at `starts` (`lineStarts`). */
export function rowOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 1-based line and column of a UTF-16 offset, in code whose lines start at `starts`. */
export function positionOf(
  starts: readonly number[],
  index: number,
): { line: number; column: number } {
  const row = rowOf(starts, index);
  return { line: row + 1, column: index - (starts[row] ?? 0) + 1 };
}

/**
/**
 * Grammar symbols by id (ids are the grammar's own), per language module: what the walk works out
 * about a symbol (its type, whether it is atomic, its token kinds) is worked out once.
 */
const symbolTables = new WeakMap<LanguageModule, SymbolTables>();

interface SymbolTables {
  symbols: GrammarSymbol[];
  /** Node type names and field names, by the grammar's ids. */
  names: string[];
  fields: (string | null)[];
  /** By symbol, 1 where the type's children can fill fields (see `fieldParentsOf`); `null`: ask all. */
  fielded: Uint8Array | null;
}

function tablesOf(language: LanguageModule): SymbolTables {
  let tables = symbolTables.get(language);
  if (!tables) {
    const { types, fields } = treeReader().names(language.grammar());
    const parents = fieldParentsOf(language.grammar());
    const fielded = parents && Uint8Array.from(types, (type) => (parents.has(type) ? 1 : 0));
    tables = { symbols: [], names: types, fields, fielded };
    symbolTables.set(language, tables);
  }
  return tables;
}

/**
 * The node types whose children can fill fields, from the grammar's `node-types.json` (which the
 * Node binding exposes as `nodeTypeInfo`); `null` when a grammar does not say, and then every
 * node is asked. (ERROR nodes, which the grammar does not describe, always are.)
 */
function fieldParentsOf(grammar: unknown): Set<string> | null {
  const info = (grammar as { nodeTypeInfo?: unknown }).nodeTypeInfo;
  if (!Array.isArray(info)) return null;
  const types = new Set<string>();
  for (const entry of info as { type?: unknown; fields?: unknown }[]) {
    if (typeof entry.type !== 'string') continue;
    if (entry.fields && typeof entry.fields === 'object' && Object.keys(entry.fields).length > 0) {
      types.add(entry.type);
    }
  }
  return types;
}

interface GrammarSymbol {
  type: string;
  named: boolean;
  /** The language keeps nodes of this type whole (`atomicNodes`): the walk does not enter them. */
  atomic: boolean;
  /** A leaf's token kind by the type of its parent (`tokenKind`), as met. */
  kinds: Map<string | null, TokenKind>;
  /** Its token is cut into parts (`tokenParts`). */
  parts: boolean;
}

function walk(
  records: Uint32Array,
  code: string,
  starts: readonly number[],
  language: LanguageModule,
  tokens: Token[],
  arena: Arena,
): SyntaxNode {
  const { symbols, names, fields } = tablesOf(language);
  const tokenKind = language.tokenKind;
  const count = records.length / RECORD;

  const pushText = (from: number, to: number, kind: TokenKind) => {
    // Text no leaf covers (escape-free string runs inside some grammars' nodes, stray bytes):
    // split at line breaks so every token sits on one line, and skip pure whitespace.
    let i = from;
    while (i < to) {
      let j = i;
      while (j < to && code.charCodeAt(j) !== 10) j++;
      const text = code.slice(i, j);
      const trimmedStart = text.length - text.trimStart().length;
      const trimmed = text.trim();
      if (trimmed.length > 0) {
        const pos = positionOf(starts, i + trimmedStart);
        tokens.push({ text: trimmed, line: pos.line, column: pos.column, kind });
      }
      i = j + 1;
    }
  };

  /**
   * Whether `code[from, to)` holds only spaces, tabs and line breaks, as nearly every gap between
   * two tokens does: such a gap gives `pushText` nothing to push, so it is not cut and trimmed.
   */
  const blank = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const c = code.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
    }
    return true;
  };

  // Nodes come in document order, so the line of each start is found by stepping from the last.
  let startLine = 0;
  const rowAt = (index: number): number => {
    while (startLine + 1 < starts.length && (starts[startLine + 1] as number) <= index) startLine++;
    while (startLine > 0 && (starts[startLine] as number) > index) startLine--;
    return startLine;
  };
  // A node's type name and named-ness belong to its grammar symbol: worked out once per symbol.
  const symbolOf = (id: number, named: boolean): GrammarSymbol => {
    let symbol = symbols[id];
    if (!symbol) {
      const type = id === ERROR_SYMBOL ? 'ERROR' : (names[id] ?? '');
      symbol = {
        type,
        named,
        atomic: language.atomicNodes.has(type),
        kinds: new Map(),
        parts: language.tokenParts?.types.has(type) ?? false,
      };
      symbols[id] = symbol;
    }
    return symbol;
  };
  // The symbol of the node `makeNode` made last.
  let made: GrammarSymbol | undefined;
  /** The node of record `r`. `endRow` starts as `startRow`: a leaf holding a line break, and an inner node when it closes, set the real one. */
  const makeNode = (r: number): SyntaxNode => {
    const head = records[r * RECORD] as number;
    const startIndex = records[r * RECORD + 1] as number;
    const endIndex = records[r * RECORD + 2] as number;
    const startRow = rowAt(startIndex);
    const symbol = symbolOf(head & SYMBOL, (head & NAMED) !== 0);
    made = symbol;
    const node = arena.syntax.take();
    node.type = symbol.type;
    node.named = symbol.named;
    node.field = fields[head >>> FIELD_SHIFT] ?? null;
    node.startIndex = startIndex;
    node.endIndex = endIndex;
    node.startRow = startRow;
    node.endRow = startRow;
    // Only a zero-width node can be one the parser inserted.
    node.missing = endIndex === startIndex && (head & MISSING) !== 0;
    node.firstToken = tokens.length;
    node.children = NO_CHILDREN;
    node.endToken = tokens.length;
    return node;
  };

  /** The kind of a leaf of `symbol` under a parent of `parentType`, worked out once per pair. */
  const kindOf = (symbol: GrammarSymbol, parentType: string | null): TokenKind => {
    let kind = symbol.kinds.get(parentType);
    if (kind === undefined) {
      kind = tokenKind(symbol.type, symbol.named, parentType);
      symbol.kinds.set(parentType, kind);
    }
    return kind;
  };

  const emitLeaf = (node: SyntaxNode, symbol: GrammarSymbol, parentType: string | null) => {
    node.endToken = tokens.length;
    if (node.missing || node.endIndex <= node.startIndex) return;
    // A keyword or punctuation token usually reads as its type: that string exists already, and
    // a token's text lives as long as the result.
    const text =
      !node.named &&
      node.type.length === node.endIndex - node.startIndex &&
      code.startsWith(node.type, node.startIndex)
        ? node.type
        : code.slice(node.startIndex, node.endIndex);
    let kind = node.type === 'ERROR' ? 'error' : kindOf(symbol, parentType);
    if (kind === 'identifier' && language.keywordNames?.has(text)) kind = 'keyword';
    const parts = symbol.parts ? language.tokenParts?.split(text) : null;
    if (parts) {
      // One leaf, several tokens: each part where it stands in the leaf's text.
      let at = 0;
      for (const part of parts) {
        const offset = text.indexOf(part.text, at);
        if (offset < 0 || part.text.trim() === '') continue;
        at = offset + part.text.length;
        const column = node.startIndex + offset - (starts[node.startRow] as number) + 1;
        tokens.push({ text: part.text, line: node.startRow + 1, column, kind: part.kind });
      }
    } else if (text.includes('\n')) {
      // A multi-line leaf (a heredoc, a block comment) becomes one token per line.
      node.endRow = rowOf(starts, node.endIndex);
      pushText(node.startIndex, node.endIndex, kind);
    } else if (text.trim().length > 0) {
      const column = node.startIndex - (starts[node.startRow] as number) + 1;
      tokens.push({ text, line: node.startRow + 1, column, kind });
    }
    node.endToken = tokens.length;
  };

  /** Whether record `r` has children that the walk enters. */
  const entered = (r: number, symbol: GrammarSymbol): boolean =>
    !symbol.atomic &&
    r + 1 < count &&
    (records[(r + 1) * RECORD + 3] as number) > (records[r * RECORD + 3] as number);

  const root = makeNode(0);
  if (!entered(0, made as GrammarSymbol)) {
    emitLeaf(root, made as GrammarSymbol, null);
    return root;
  }
  // Parallel stacks: the open nodes, their depths, how far each one's text is covered by tokens
  // so far, and where its children start in `pending`.
  const open: SyntaxNode[] = [root];
  const openDepth: number[] = [0];
  const covered: number[] = [root.startIndex];
  const firstPending: number[] = [0];
  // The children of the open nodes, gathered here and copied into a list of exactly their number
  // (the arena's, reused from comparison to comparison) when their parent closes.
  const pending: SyntaxNode[] = [];
  let pendingTop = 0;

  /** Closes the innermost open node: its children, the text no child covered, where it ends. */
  const close = () => {
    const done = open.pop() as SyntaxNode;
    openDepth.pop();
    const reached = covered.pop() as number;
    const from = firstPending.pop() as number;
    if (pendingTop > from) done.children = arena.children.take(pendingTop - from, pending, from);
    pendingTop = from;
    if (done.endIndex > reached && !blank(reached, done.endIndex)) {
      pushText(reached, done.endIndex, tokenKind(done.type, true, null));
    }
    done.endToken = tokens.length;
    const last = done.children[done.children.length - 1];
    done.endRow =
      last && last.endIndex === done.endIndex ? last.endRow : rowOf(starts, done.endIndex);
    const up = open.length - 1;
    if (up >= 0 && done.endIndex > (covered[up] as number)) covered[up] = done.endIndex;
  };

  for (let r = 1; r < count; r++) {
    const depth = records[r * RECORD + 3] as number;
    // Below an atomic node: its text is its token.
    if (depth > (openDepth[openDepth.length - 1] as number) + 1) continue;
    while ((openDepth[openDepth.length - 1] as number) >= depth) close();
    const top = open.length - 1;
    const parent = open[top] as SyntaxNode;
    const childStart = records[r * RECORD + 1] as number;
    if (childStart > (covered[top] as number) && !blank(covered[top] as number, childStart)) {
      pushText(covered[top] as number, childStart, tokenKind(parent.type, true, null));
    }
    const child = makeNode(r);
    const symbol = made as GrammarSymbol;
    pending[pendingTop++] = child;
    if (entered(r, symbol)) {
      open.push(child);
      openDepth.push(depth);
      covered.push(child.startIndex);
      firstPending.push(pendingTop);
      continue;
    }
    emitLeaf(child, symbol, parent.type);
    if (child.endIndex > (covered[top] as number)) covered[top] = child.endIndex;
  }
  while (open.length > 0) close();
  return root;
}
