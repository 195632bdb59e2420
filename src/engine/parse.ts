/**
 * Stage 1, parse: tree-sitter turns code into a concrete syntax tree, and one cursor walk copies it
 * into plain `SyntaxNode`s (the Node binding's `.children` arrays are slow) while collecting every
 * token with its 1-based line, UTF-16 column and syntax kind.
 */
import Parser from 'tree-sitter';
import { JuxtaError } from '../errors.js';
import type { LanguageModule } from '../languages/language.js';
import type { Token, TokenKind } from '../types.js';
import { Arena, NO_CHILDREN } from './arena.js';

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
 * limit). The code is handed over through an input callback a chunk at a time, which avoids the
 * binding's 32 KB-per-call limit on plain string input for large files. The benches' floor parses
 * with this too, so that it reads the code exactly as the engine does.
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
  const tree = parseTree(code, language, micros);
  if (!tree) {
    throw new JuxtaError(
      'too-complex',
      `The ${language.info.name} code is too complex to parse in time; try a shorter piece of code.`,
    );
  }
  const tokens: Token[] = [];
  const starts = lineStarts(code);
  const root = walk(tree, code, starts, language, tokens, arena);
  // Nothing here keeps the tree past this point, but the binding (0.25.1) has no way to free it
  // now: its `Tree` has no `delete()`, and the native tree goes only when V8 has collected the
  // wrapper and Node then runs its finalizer, on a later turn of the event loop. A loop of
  // compares that never yields keeps every tree (about 36 KB per snippet pair, 30 MB per 255 KB
  // pair); compare threads and long library loops give the event loop a turn between pairs.
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
 * Grammar symbols by id (ids are the grammar's own), per language module: what the walk works out
 * about a symbol (its type, whether it is atomic, its token kinds) is worked out once.
 */
const symbolTables = new WeakMap<
  LanguageModule,
  { symbols: GrammarSymbol[]; fields: (string | null)[]; fieldParents: Set<string> | null }
>();

interface GrammarSymbol {
  type: string;
  named: boolean;
  /** The language keeps nodes of this type whole (`atomicNodes`): the walk does not enter them. */
  atomic: boolean;
  /** A leaf's token kind by the type of its parent (`tokenKind`), as met. */
  kinds: Map<string | null, TokenKind>;
  /** Its children may fill fields: only then is a child's field worth a native call. */
  hasFields: boolean;
  /** Its token is cut into parts (`tokenParts`). */
  parts: boolean;
}

/**
 * The node types whose children can have fields, from the grammar's `node-types.json` (which the
 * Node binding exposes as `nodeTypeInfo`); `null` when a grammar does not say, and then every
 * node is asked. ERROR nodes are always asked: the grammar does not describe them.
 */
function fieldParentsOf(grammar: unknown): Set<string> | null {
  const info = (grammar as { nodeTypeInfo?: unknown }).nodeTypeInfo;
  if (!Array.isArray(info)) return null;
  const types = new Set<string>(['ERROR']);
  for (const entry of info as { type?: unknown; fields?: unknown }[]) {
    if (typeof entry.type !== 'string') continue;
    if (entry.fields && typeof entry.fields === 'object' && Object.keys(entry.fields).length > 0) {
      types.add(entry.type);
    }
  }
  return types;
}

function walk(
  tree: Parser.Tree,
  code: string,
  starts: readonly number[],
  language: LanguageModule,
  tokens: Token[],
  arena: Arena,
): SyntaxNode {
  let tables = symbolTables.get(language);
  if (!tables) {
    tables = { symbols: [], fields: [], fieldParents: fieldParentsOf(language.grammar()) };
    symbolTables.set(language, tables);
  }
  const { symbols, fields, fieldParents } = tables;
  const cursor = tree.walk();
  const tokenKind = language.tokenKind;

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

  // Rows and columns come from the offsets and the line starts rather than from the cursor's
  // position objects: one native call per node less, and no garbage.
  let startLine = 0;
  const rowAt = (index: number): number => {
    while (startLine + 1 < starts.length && (starts[startLine + 1] as number) <= index) startLine++;
    while (startLine > 0 && (starts[startLine] as number) > index) startLine--;
    return startLine;
  };
  // A node's type name and named-ness belong to its grammar symbol: read them once per symbol.
  const symbolOf = (id: number): GrammarSymbol => {
    let symbol = symbols[id];
    if (!symbol) {
      const type = cursor.nodeType;
      const hasFields = fieldParents === null || fieldParents.has(type);
      symbol = {
        type,
        named: cursor.nodeIsNamed,
        hasFields,
        atomic: language.atomicNodes.has(type),
        kinds: new Map(),
        parts: language.tokenParts?.types.has(type) ?? false,
      };
      symbols[id] = symbol;
    }
    return symbol;
  };
  // `endRow` starts as `startRow`; a leaf holding a line break, and an internal node when it
  // closes, set the real one (from their last child, when they end together).
  // Field names likewise, by id (0: no field); a name read once is a string made once.
  const fieldOf = (id: number): string | null => {
    // The binding gives `undefined` for a node in no field, not 0: looked up, `fields[undefined]`
    // would be a slow named property of the array.
    if (!id) return null;
    let name = fields[id];
    if (name === undefined) {
      name = cursor.currentFieldName ?? null;
      fields[id] = name;
    }
    return name;
  };
  // The symbol of the node `makeNode` made last, for `enter` to note whether its children can fill fields.
  let made: GrammarSymbol | undefined;
  /** The node at the cursor; `askField`: its parent's children can fill fields. */
  const makeNode = (startIndex: number, askField: boolean): SyntaxNode => {
    const endIndex = cursor.endIndex;
    const startRow = rowAt(startIndex);
    const symbol = symbolOf(cursor.nodeTypeId);
    made = symbol;
    const node = arena.syntax.take();
    node.type = symbol.type;
    node.named = symbol.named;
    node.field = askField ? fieldOf(cursor.currentFieldId) : null;
    node.startIndex = startIndex;
    node.endIndex = endIndex;
    node.startRow = startRow;
    node.endRow = startRow;
    // Only a zero-width node can be one the parser inserted.
    node.missing = endIndex === startIndex && cursor.nodeIsMissing;
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
      return;
    }
    if (text.includes('\n')) {
      // A multi-line leaf (a heredoc, a block comment) becomes one token per line.
      node.endRow = positionOf(starts, node.endIndex).line - 1;
      pushText(node.startIndex, node.endIndex, kind);
    } else if (text.trim().length > 0) {
      const column = node.startIndex - (starts[node.startRow] as number) + 1;
      tokens.push({ text, line: node.startRow + 1, column, kind });
    }
  };

  // Iterative, so that 10,000 nested brackets cannot overflow the call stack. Parallel stacks:
  // the open nodes, how far each one's text is covered by tokens so far, whether its children can
  // fill fields, and where its children start in `pending`.
  const open: SyntaxNode[] = [];
  const covered: number[] = [];
  const openFields: boolean[] = [];
  const firstPending: number[] = [];
  // The children of the open nodes, gathered here and copied into a list of exactly their number
  // (the arena's, reused from comparison to comparison) when their parent closes.
  const pending: SyntaxNode[] = [];
  let pendingTop = 0;
  const enter = (node: SyntaxNode, parentType: string | null): boolean => {
    const symbol = made as GrammarSymbol;
    if (!symbol.atomic && cursor.gotoFirstChild()) {
      open.push(node);
      covered.push(node.startIndex);
      openFields.push(symbol.hasFields);
      firstPending.push(pendingTop);
      return true;
    }
    emitLeaf(node, symbol, parentType);
    node.endToken = tokens.length;
    return false;
  };

  const root = makeNode(cursor.startIndex, false);
  if (!enter(root, null)) return root;
  while (open.length > 0) {
    const top = open.length - 1;
    const parent = open[top] as SyntaxNode;
    const childStart = cursor.startIndex;
    if (childStart > (covered[top] as number) && !blank(covered[top] as number, childStart)) {
      pushText(covered[top] as number, childStart, tokenKind(parent.type, true, null));
    }
    const child = makeNode(childStart, openFields[top] as boolean);
    pending[pendingTop++] = child;
    if (enter(child, parent.type)) continue;
    if (child.endIndex > (covered[top] as number)) covered[top] = child.endIndex;
    // Climb until a next sibling exists, closing the nodes left behind.
    while (!cursor.gotoNextSibling()) {
      cursor.gotoParent();
      const done = open.pop() as SyntaxNode;
      const reached = covered.pop() as number;
      openFields.pop();
      const from = firstPending.pop() as number;
      if (pendingTop > from) done.children = arena.children.take(pendingTop - from, pending, from);
      pendingTop = from;
      if (done.endIndex > reached && !blank(reached, done.endIndex)) {
        pushText(reached, done.endIndex, tokenKind(done.type, true, null));
      }
      done.endToken = tokens.length;
      const last = done.children[done.children.length - 1];
      done.endRow =
        last && last.endIndex === done.endIndex
          ? last.endRow
          : positionOf(starts, done.endIndex).line - 1;
      const up = open.length - 1;
      if (up < 0) return root;
      if (done.endIndex > (covered[up] as number)) covered[up] = done.endIndex;
    }
  }
  return root;
}
