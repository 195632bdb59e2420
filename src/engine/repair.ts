/**
 * Repair, between diagnose and normalize: a learner's typo should not derail the comparison.
 * When a side does not parse, this looks for one small edit that explains the error (a missing
 * `:` or `end`, a bracket or quote never closed, a `then` where `:` belongs) that makes the code
 * parse cleanly; the engine then compares the program as repaired, while the error is still
 * reported where it is. The edits to try come from the language's table of mistakes
 * (`syntax-errors.ts`); nothing here names a language.
 */
import type { SyntaxNode, Tree } from 'tree-sitter';
import type { ColonHeaders, EndBlocks, SyntaxErrorHints, Terminators } from './diagnose.js';
import type { LanguageModule } from '../languages/language.js';
import type { Diagnostic, Row, Token } from '../types.js';
import { lineStarts, parseTree, rowOf } from './parse.js';

/** One edit: at `offset`, `remove` characters give way to `insert`. */
export interface Repair {
  offset: number;
  remove: number;
  insert: string;
}

/** Programs longer than this are not searched for a repair: each try parses the whole program. */
const MAX_REPAIR_LINES = 2_000;
/** At most this many edits are tried. */
const MAX_TRIES = 96;
/** Lines this far around a reported error are where a one-line edit is looked for. */
const WINDOW = 2;

interface Line {
  /** Offset of its first character. */
  start: number;
  /** The line without its line break. */
  text: string;
  /** Where its code ends: before a trailing comment and spaces. */
  codeEnd: number;
  indent: number;
}

/** How a language writes the parts of a line that repairs must read around: comments and quotes. */
interface LineSyntax {
  comment: string;
  quotes: readonly string[];
}

function lineSyntax(hints: SyntaxErrorHints): LineSyntax {
  return { comment: hints.lineComment ?? '#', quotes: hints.quotes ?? ['"', "'"] };
}

function linesOf(code: string, syntax: LineSyntax): Line[] {
  const starts = lineStarts(code);
  return starts.map((start, row) => {
    const next = starts[row + 1];
    let text = code.slice(start, next === undefined ? code.length : next - 1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return {
      start,
      text,
      codeEnd: codeEnd(text, syntax),
      indent: text.length - text.trimStart().length,
    };
  });
}

/** Where a line's code ends: before a comment outside quotes, and before trailing spaces. */
function codeEnd(text: string, syntax: LineSyntax): number {
  let quote: string | null = null;
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (syntax.quotes.includes(c)) quote = c;
    else if (text.startsWith(syntax.comment, i)) {
      end = i;
      break;
    }
  }
  return text.slice(0, end).trimEnd().length;
}

/** Rows in order of their distance from the rows where errors were reported, nearest first. */
function byDistance(count: number, rows: number[], limit = Infinity): number[] {
  const distance = (r: number) => Math.min(...rows.map((e) => Math.abs(e - r)));
  return Array.from({ length: count }, (_, r) => r)
    .filter((r) => distance(r) <= limit)
    .sort((x, y) => distance(x) - distance(y) || x - y);
}

/** How many of `char` a line's code holds outside strings (or, for a quote, at all, unescaped). */
function count(code: string, char: string, quotes: readonly string[]): number {
  let n = 0;
  let quote: string | null = null;
  const isQuote = quotes.includes(char);
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    // Outside strings for brackets (an opener may be two characters: Ruby's `#{`).
    if (code.startsWith(char, i) && (isQuote || !quote)) n++;
    if (isQuote) continue;
    if (quote) {
      if (c === quote) quote = null;
    } else if (quotes.includes(c)) quote = c;
  }
  return n;
}

/** Each closer and the openers it closes (`}` closes `{` and Ruby's `#{`). */
function closersOf(hints: SyntaxErrorHints): Map<string, string[]> {
  const closers = new Map<string, string[]>();
  for (const [open, close] of Object.entries(hints.brackets)) {
    closers.set(close, [...(closers.get(close) ?? []), open]);
  }
  return closers;
}

/** How many of these openers a line's code holds. */
function opened(code: string, opens: readonly string[], quotes: readonly string[]): number {
  let n = 0;
  for (const open of opens) n += count(code, open, quotes);
  return n;
}

/**
 * Where a closer the line forgot goes: before the `;` or the block's `{` the line ends with
 * (`if (x > 1 {`), and at its very end. A block's own opener at the end of its line is closed on
 * a line of its own (`closerEdits`), never right after it.
 */
function closerPlaces(code: string, close: string, hints: SyntaxErrorHints): number[] {
  const blocks = hints.braceBlocks;
  const opensBlock = blocks !== undefined && close === blocks.close && code.endsWith(blocks.open);
  const places: number[] = [];
  for (const last of hints.closeBefore ?? []) {
    if (code.endsWith(last) && code.length > last.length) {
      places.push(code.slice(0, -last.length).trimEnd().length);
    }
  }
  if (!opensBlock) places.push(code.length);
  return places;
}

/** A token the table knows the right spelling of: `=` meant as `===`, `elif` as `else if`. */
interface Misspelled {
  token: string;
  meant: string;
}

/** The table's tokens with a known right spelling: suspicious code's and other languages' words. */
function misspellings(hints: SyntaxErrorHints): Misspelled[] {
  const out: Misspelled[] = [];
  for (const row of hints.suspicious ?? []) {
    if (row.meant !== undefined) out.push({ token: row.token, meant: row.meant });
  }
  for (const token of Object.getOwnPropertyNames(hints.foreignWords)) {
    const meant = hints.foreignWords[token]?.meant;
    if (meant !== undefined) out.push({ token, meant });
  }
  return out;
}

/**
 * At a place an error was reported, a token the table knows the right spelling of, replaced by
 * it (`=` by `===` in a condition, `elif` by `else if`).
 */
function* meantEdits(
  code: string,
  errors: readonly Diagnostic[],
  known: readonly Misspelled[],
): Generator<Repair> {
  const starts = lineStarts(code);
  for (const error of errors) {
    const offset = (starts[error.line - 1] ?? 0) + error.column - 1;
    for (const { token, meant } of known) {
      if (!code.startsWith(token, offset)) continue;
      // The whole token: `=` is not the start of `==`, `elif` not of `elifs`.
      const after = code.slice(offset + token.length, offset + token.length + 1);
      if (after !== '' && (/\w/.test(token) ? /\w/.test(after) : after === token[0])) continue;
      yield { offset, remove: token.length, insert: meant };
    }
  }
}

/**
 * One-line edits, on the lines that could hold the mistake: a header without its `:` near the
 * error; a bracket opened and not closed, or a quote left open, on any line, nearest first (a
 * string left open runs on to where the error shows); a stray closer or a word from another
 * language near the error.
 */
function* oneLineEdits(lines: Line[], rows: number[], hints: SyntaxErrorHints): Generator<Repair> {
  const near = byDistance(lines.length, rows, WINDOW);
  const anywhere = byDistance(lines.length, rows);
  const { quotes } = lineSyntax(hints);
  if (hints.colonHeaders) {
    for (const r of near) {
      const line = lines[r] as Line;
      yield* colonEdits(
        line,
        line.text.slice(0, line.codeEnd),
        line.start + line.codeEnd,
        hints.colonHeaders,
      );
    }
  }
  for (const r of anywhere) {
    const line = lines[r] as Line;
    const code = line.text.slice(0, line.codeEnd);
    for (const [close, opens] of closersOf(hints)) {
      if (opened(code, opens, quotes) > count(code, close, quotes)) {
        for (const at of closerPlaces(code, close, hints)) {
          yield { offset: line.start + at, remove: 0, insert: close };
        }
      }
    }
    // A string left open runs to the end of the line, spaces and all; where the language ends a
    // statement with `;`, it may end before the closers and `;` the line ends with: `("hi);`.
    const ends = new Set([...closersOf(hints).keys(), ...(hints.closeBefore ?? [])]);
    for (const quote of quotes) {
      if (count(line.text, quote, quotes) % 2 === 1) {
        const text = line.text.trimEnd();
        if (hints.closeBefore) {
          for (let at = text.length; at > 0 && ends.has(text[at - 1] as string); at--) {
            yield { offset: line.start + at - 1, remove: 0, insert: quote };
          }
        }
        yield { offset: line.start + line.text.length, remove: 0, insert: quote };
      }
    }
  }
  if (hints.terminators) {
    for (const r of near) yield* terminatorEdits(lines[r] as Line, hints.terminators);
  }
  if (hints.parenHeaders) {
    for (const r of near) yield* parenEdits(lines[r] as Line, hints.parenHeaders);
  }
  for (const r of near) {
    const line = lines[r] as Line;
    const code = line.text.slice(0, line.codeEnd);
    for (const [close, opens] of closersOf(hints)) {
      if (count(code, close, quotes) > opened(code, opens, quotes)) {
        const at = code.lastIndexOf(close);
        yield { offset: line.start + at, remove: 1, insert: '' };
      }
    }
    const word = code.trim();
    if (word && hints.foreignWords[word]?.where === 'alone') {
      yield { offset: line.start + line.indent, remove: word.length, insert: '' };
    }
  }
}

/** A statement without its `;` at the end of its line. */
function* terminatorEdits(line: Line, t: Terminators): Generator<Repair> {
  const code = line.text.slice(0, line.codeEnd);
  const words = code.trim().split(/\s+/);
  if (code.trim() === '' || t.headers.includes(words[0] ?? '')) return;
  if ([t.token, ...t.endings].some((ending) => code.endsWith(ending))) return;
  yield { offset: line.start + line.codeEnd, remove: 0, insert: t.token };
}

/** `if x > 3 {`: the condition put in the parentheses it needs, `if (x > 3) {`. */
function* parenEdits(line: Line, headers: Record<string, string>): Generator<Repair> {
  const code = line.text.slice(0, line.codeEnd);
  const match = /^(\s*(?:\}\s*)?(?:else\s+)?)([a-z]+)(\s+)(.*?)(\s*\{)?$/.exec(code);
  if (!match || !Object.hasOwn(headers, match[2] as string)) return;
  const condition = match[4] as string;
  if (condition === '' || condition.startsWith('(')) return;
  const at =
    line.start +
    (match[1] as string).length +
    (match[2] as string).length +
    (match[3] as string).length;
  yield { offset: at, remove: condition.length, insert: `(${condition})` };
}

/**
 * A block header without its opener (`if x`: a `:` at its end, or ` do`), or with another
 * language's opener (`if x then`).
 */
function* colonEdits(line: Line, code: string, end: number, headers: ColonHeaders) {
  const first = /^\s*([A-Za-z_]+)/.exec(code)?.[1];
  const opener = headers.opener === undefined ? ':' : ` ${headers.opener}`;
  if (!first || !Object.hasOwn(headers.keywords, first) || code.endsWith(opener.trim())) return;
  for (const word of headers.insteadOfColon) {
    // `if x then`, not `if x == strengthen`: a word stands apart from the name before it.
    const standsApart = !/\w/.test(word) || /(^|[^\w?!])$/.test(code.slice(0, -word.length));
    if (code.endsWith(word) && standsApart) {
      const before = code.slice(0, -word.length).trimEnd();
      yield {
        offset: line.start + before.length,
        remove: code.length - before.length,
        insert: opener,
      };
    }
  }
  yield { offset: end, remove: 0, insert: opener };
}

/**
 * A block never closed (`if …` with no `end`): a closer on a line of its own after a line where
 * the indentation does not go deeper, at the depth of a line above that could have opened the
 * block, deepest first; lines nearest the reported errors first.
 */
function* closerEdits(
  lines: Line[],
  rows: number[],
  blocks: Pick<EndBlocks, 'closer' | 'middles'>,
): Generator<Repair> {
  const depthsAbove: number[][] = [];
  const seen = new Set<number>();
  for (const line of lines) {
    depthsAbove.push([...seen]);
    if (line.text.trim() !== '') seen.add(line.indent);
  }
  for (const r of byDistance(lines.length, rows)) {
    const line = lines[r] as Line;
    if (line.text.trim() === '') continue;
    let next = r + 1;
    while (next < lines.length && (lines[next] as Line).text.trim() === '') next++;
    const last = next >= lines.length;
    const nextIndent = last ? 0 : (lines[next] as Line).indent;
    if (nextIndent > line.indent) continue;
    // `else` (or another middle word) at a depth goes on with the block there: no closer before it.
    const nextWord = last ? '' : (/^\s*([a-z]+)/.exec((lines[next] as Line).text)?.[1] ?? '');
    const goesOn = (d: number) => d === nextIndent && blocks.middles.includes(nextWord);
    const depths = [...(depthsAbove[r] as number[]), line.indent]
      .filter((d, k, all) => all.indexOf(d) === k)
      .filter((d) => d <= line.indent && d >= nextIndent && !goesOn(d))
      .sort((x, y) => y - x);
    for (const depth of depths) {
      const at = line.start + line.text.length;
      yield { offset: at, remove: 0, insert: `\n${' '.repeat(depth)}${blocks.closer}` };
    }
  }
}

/** Whether every closer of the repaired code stands at the indentation of the line it closes. */
function closersInPlace(tree: Tree, code: string, closer: string): boolean {
  const starts = lineStarts(code);
  const indentOf = (row: number) => {
    const start = starts[row] ?? 0;
    let i = start;
    while (code[i] === ' ' || code[i] === '\t') i++;
    return i - start;
  };
  for (const node of tree.rootNode.descendantsOfType(closer)) {
    const opener = node.parent;
    if (!opener || opener.startPosition.row === node.startPosition.row) continue;
    if (indentOf(opener.startPosition.row) !== node.startPosition.column) return false;
  }
  return true;
}

export function applyRepair(code: string, repair: Repair): string {
  return code.slice(0, repair.offset) + repair.insert + code.slice(repair.offset + repair.remove);
}

/**
 * The one edit that makes `code` parse cleanly and explains its errors, or `null`. Where several
 * would, the first that keeps every block closer at its opener's indentation wins. Code that
 * parses as written (`parses`) is mended only where the table knows what was meant.
 */
export function findRepair(
  code: string,
  language: LanguageModule,
  errors: readonly Diagnostic[],
  deadline?: number,
  parses = false,
): Repair | null {
  const hints = language.syntaxErrors;
  const lines = linesOf(code, lineSyntax(hints));
  if (errors.length === 0 || lines.length > MAX_REPAIR_LINES) return null;
  const rows = [...new Set(errors.map((e) => e.line - 1))];
  // The closer of the language's blocks (`end`, `}`), which goes on a line of its own.
  const blockCloser = hints.endBlocks?.closer ?? hints.braceBlocks?.close;
  let fallback: Repair | null = null;
  let tries = 0;
  for (const edit of candidateEdits(code, lines, errors, rows, hints, parses)) {
    if (++tries > MAX_TRIES) break;
    if (deadline !== undefined && performance.now() > deadline) break;
    const repaired = applyRepair(code, edit);
    const tree = parseTree(repaired, language);
    if (!tree || tree.rootNode.hasError) continue;
    if (!blockCloser || closersInPlace(tree, repaired, blockCloser)) return edit;
    fallback ??= edit;
  }
  return fallback;
}

/** Where a tree holds ERROR and MISSING nodes, as places in its code. */
function stumblesIn(tree: Tree): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cursor = tree.walk();
  for (;;) {
    if (cursor.nodeType === 'ERROR' || cursor.nodeIsMissing) {
      const { row, column } = cursor.startPosition;
      out.push({ line: row + 1, column: column + 1, message: '' });
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return out;
  }
}

/** Errors this many lines apart or more may be two typos' (`findRepairs`). */
const TYPOS_APART = 2;
/** Programs longer than this are not searched for two edits: each pair tried parses it whole. */
const MAX_PAIR_LINES = 300;
/** How many ways to part the errors in two, and first edits for each, are tried (each then tries its own second edits). */
const MAX_SPLITS = 2;
const MAX_FIRST_EDITS = 8;

/** `code` with several edits made, none overlapping another. */
export function applyRepairs(code: string, repairs: readonly Repair[]): string {
  let out = code;
  for (const repair of [...repairs].sort((a, b) => b.offset - a.offset)) {
    out = applyRepair(out, repair);
  }
  return out;
}

/**
 * The edits that make `code` parse cleanly: the one edit of `findRepair`, or, where the errors
 * stand in two places far apart (two typos), one edit for each: the first place's edit is the one
 * after which the second place's has an edit that makes the whole parse. `null` when none do.
 */
export function findRepairs(
  code: string,
  language: LanguageModule,
  errors: readonly Diagnostic[],
  deadline?: number,
  parses = false,
): Repair[] | null {
  const one = findRepair(code, language, errors, deadline, parses);
  if (one) return [one];
  if (parses || lineStarts(code).length > MAX_PAIR_LINES) return null;
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  // Where the errors may part into two typos' worth: between two lines far enough apart, the
  // widest gap first.
  const gap = (k: number) => (sorted[k] as Diagnostic).line - (sorted[k - 1] as Diagnostic).line;
  const splits = sorted
    .map((_, k) => k)
    .filter((k) => k > 0 && gap(k) >= TYPOS_APART)
    .sort((a, b) => gap(b) - gap(a))
    .slice(0, MAX_SPLITS);
  for (const split of splits) {
    const pair = twoEdits(code, language, sorted.slice(0, split), sorted.slice(split), deadline);
    if (pair) return pair;
  }
  return null;
}

/**
 * An edit for the `first` errors, before the `second` ones, after which one more edit makes the
 * code parse cleanly: both, placed in the code as written, or `null`.
 */
function twoEdits(
  code: string,
  language: LanguageModule,
  first: readonly Diagnostic[],
  second: readonly Diagnostic[],
  deadline?: number,
): Repair[] | null {
  const hints = language.syntaxErrors;
  const lines = linesOf(code, lineSyntax(hints));
  const starts = lineStarts(code);
  const secondRow = (second[0] as Diagnostic).line - 1;
  const rows = [...new Set(first.map((e) => e.line - 1))];
  let tries = 0;
  for (const edit of candidateEdits(code, lines, first, rows, hints)) {
    if (deadline !== undefined && performance.now() > deadline) break;
    // Only an edit before the second place: that one gets its own.
    if (rowOf(starts, edit.offset) >= secondRow) continue;
    if (++tries > MAX_FIRST_EDITS) break;
    const once = applyRepair(code, edit);
    // Where the parser still stumbles once the first edit is made says best where the second
    // typo is (the errors reported were read with the first one still in); the lines after a
    // closer put on a line of its own have moved down.
    const tree = parseTree(once, language);
    if (!tree) continue;
    const down = edit.insert.match(/\n/g)?.length ?? 0;
    const after = secondRow + down;
    const moved = [
      ...second.map((e) => ({ ...e, line: e.line + down })),
      ...stumblesIn(tree).filter((e) => e.line - 1 >= after - WINDOW),
    ];
    const next = findRepair(once, language, moved, deadline);
    // The second edit is in the code after the first: placed back in the code as written.
    if (!next || next.offset < edit.offset + edit.insert.length) continue;
    return [edit, { ...next, offset: next.offset - (edit.insert.length - edit.remove) }];
  }
  return null;
}

/** The edits to try, in order: what the table knows was meant, then one-line edits, then closers. */
function* candidateEdits(
  code: string,
  lines: Line[],
  errors: readonly Diagnostic[],
  rows: number[],
  hints: SyntaxErrorHints,
  parses = false,
): Generator<Repair> {
  yield* meantEdits(code, errors, misspellings(hints));
  if (parses) return;
  yield* oneLineEdits(lines, rows, hints);
  if (hints.endBlocks) yield* closerEdits(lines, rows, hints.endBlocks);
  else if (hints.braceBlocks) {
    yield* closerEdits(lines, rows, { closer: hints.braceBlocks.close, middles: [] });
  }
}

/** What the repaired code's tokens and lines are in the code as written. */
export interface RepairMap {
  /**
   * For each token index of the repaired code, that token placed in the code as written; the
   * tokens the repair inserted are in `inserted`.
   */
  tokens: Token[];
  inserted: ReadonlySet<number>;
  /** The inserted tokens stand in for written ones (`===` for `=`), not for nothing. */
  replaces: boolean;
  /**
   * Every token of the code as written, in order, read as the repaired code reads it (a line a
   * quote left open shows as the string the repair closed).
   */
  written: Token[];
  /** A line of the repaired code → its line in the code as written, or `null` for an inserted line. */
  line(repairedLine: number): number | null;
}

export function mapRepair(
  code: string,
  repaired: string,
  repairs: Repair | readonly Repair[],
  repairedTokens: readonly Token[],
  originalTokens: readonly Token[],
): RepairMap {
  const originalStarts = lineStarts(code);
  const repairedStarts = lineStarts(repaired);
  const edits = (Array.isArray(repairs) ? [...repairs] : [repairs as Repair]).sort(
    (a, b) => a.offset - b.offset,
  );
  // Each edit's insertion in the repaired code, and how far the code after it has moved.
  let moved = 0;
  const placed = edits.map((edit) => {
    const start = edit.offset + moved;
    moved += edit.insert.length - edit.remove;
    return { edit, start, end: start + edit.insert.length, movedAfter: moved };
  });
  /** An offset of the repaired code in the code as written, or null inside an insertion. */
  const back = (offset: number, length: number): number | null => {
    let before = 0;
    for (const p of placed) {
      if (offset + length <= p.start) return offset - before;
      if (offset < p.end) return null;
      before = p.movedAfter;
    }
    return offset - before;
  };
  const inserted = new Set<number>();
  const tokens = repairedTokens.map((t, i) => {
    const offset = (repairedStarts[t.line - 1] ?? 0) + t.column - 1;
    const at = back(offset, t.text.length);
    if (at === null) {
      inserted.add(i);
      return t;
    }
    const row = rowOf(originalStarts, at);
    return { ...t, line: row + 1, column: at - (originalStarts[row] ?? 0) + 1 };
  });
  // The code as written, read as the repair reads it: its tokens, and the ones the repair took
  // away (a stray `)`, a `then`) as they were written.
  const removed = originalTokens.filter((t) => {
    const offset = (originalStarts[t.line - 1] ?? 0) + t.column - 1;
    return edits.some((e) => offset >= e.offset && offset < e.offset + e.remove);
  });
  const written = [...tokens.filter((_, i) => !inserted.has(i)), ...removed];
  if (removed.length > 0) written.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    tokens,
    inserted,
    replaces: edits.some((e) => e.remove > 0 && e.insert.length > 0),
    written,
    line(repairedLine) {
      const start = repairedStarts[repairedLine - 1] ?? 0;
      const next = repairedStarts[repairedLine];
      const end = next === undefined ? repaired.length : next - 1;
      // A line wholly of an insertion (a closer on a line of its own) was never written.
      const within = placed.find((p) => start >= p.start && start <= p.end);
      if (within && start > within.start && end <= within.end && within.edit.insert.includes('\n'))
        return null;
      const at = back(start, 0) ?? within?.edit.offset ?? 0;
      return rowOf(originalStarts, at) + 1;
    },
  };
}

/**
 * Rows of the repaired code as rows of the code as written on one side, which has `lineCount`
 * lines: a line the repair took away (a stray `end` that was the last line) stands against a gap.
 */
export function mapRows(
  rows: readonly Row[],
  side: 'left' | 'right',
  map: RepairMap,
  lineCount: number,
): Row[] {
  const out: Row[] = [];
  let next = 1;
  const upTo = (line: number) => {
    for (; next < line; next++)
      out.push(side === 'left' ? { left: next, right: null } : { left: null, right: next });
  };
  for (const row of rows) {
    const line = row[side];
    const mapped = line === null ? null : map.line(line);
    if (mapped !== null && mapped < next) {
      // A repair that broke one written line in two (a closing quote and a line break put back)
      // maps both to it: the line is shown once, where it first stands.
      const other = { ...row, [side]: null };
      if (other.left !== null || other.right !== null) out.push(other);
      continue;
    }
    if (mapped !== null) {
      upTo(mapped);
      next = mapped + 1;
    }
    const moved = { ...row, [side]: mapped };
    if (moved.left !== null || moved.right !== null) out.push(moved);
  }
  upTo(lineCount + 1);
  return out;
}

/** What `findDamage` sets aside: the code with the damaged parts blanked, and where they were. */
export interface Damage {
  /** The code as written with the damaged parts made spaces (and a stand-in where one fits). */
  code: string;
  /** The lines blanked whole, 1-based, in order: aligned line by line, and not compared. */
  lines: number[];
  /** Lines (1-based) blanked only in part (a stray word): the rest of them is compared as usual. */
  cut: number[];
  /**
   * Lines whose code after a blanked start was moved back to the line's indentation: on `line`,
   * what stands from `column` on (1-based) was written `by` columns further right.
   */
  shifts: { line: number; column: number; by: number }[];
}

/**
 * Parts of lines to blank: a row (0-based) → the stretch [start, end) of its text. A stretch from
 * 0 to the line's end blanks the line whole.
 */
type Region = Map<number, [number, number]>;

/** Programs longer than this are not searched for damage: each region tried parses it whole. */
const MAX_DAMAGE_CHARS = 60_000;
/** How many words of a line, and ends of it, are tried as the damage. */
const MAX_LINE_WORDS = 16;
/** How many of the places the parser stumbled (`findDamage`'s `stumbles`) are looked at. */
const MAX_STUMBLES = 12;
/** How many lines at a block's indentation after it a damaged region may take in (`else`, `end`). */
const MAX_CONTINUATIONS = 2;

/**
 * Where no one edit explains a side's errors: the smallest region around them that, blanked, lets
 * the rest parse cleanly, so that only that region is aligned line by line and the rest by meaning
 * as usual. Blanked rather than cut out, so that every other token keeps its place. Regions grow
 * from the word each error was reported at (a stray `@@@`) or another word of its line, to the end
 * of its line word by word, to the whole line, then to the statement or block around it, by
 * indentation; `null` when none short
 * of the whole program will do. `stumbles` are the places the parser could not read (where its
 * ERROR nodes start and end), most telling first: tried after the errors, which may be reported
 * far from their cause.
 */
export function findDamage(
  code: string,
  language: LanguageModule,
  errors: readonly Diagnostic[],
  deadline?: number,
  stumbles: readonly Diagnostic[] = [],
): Damage | null {
  const hints = language.syntaxErrors;
  if (errors.length === 0 || code.length > MAX_DAMAGE_CHARS) return null;
  const lines = linesOf(code, lineSyntax(hints));
  if (lines.length > MAX_REPAIR_LINES) return null;
  const inLines = errors.filter((e) => e.line - 1 < lines.length);
  const firstLine = Math.min(...inLines.map((e) => e.line));
  // The first line's errors alone first: the errors after it are often its knock-on; then all;
  // then each place the parser stumbled, where an error was reported far from its cause.
  const groups = [inLines.filter((e) => e.line === firstLine), inLines];
  if (groups[1]?.length === groups[0]?.length) groups.pop();
  const stumbled = stumbles
    .slice(0, MAX_STUMBLES)
    .filter((at) => at.line - 1 < lines.length)
    .map((at) => [at]);
  const withCode = lines.filter((line) => line.text.trim() !== '').length;
  // The smallest statement there is, a bare name, stands in for each run of lines blanked whole,
  // so that the statements around it keep their places when the aligner pairs them.
  const placeholder = `_${hints.terminators?.token ?? ''}`;
  // Parts of lines first, where the errors are, then where the parser stumbled; then whole lines
  // and blocks, the smallest of each group first.
  const rowsOf = (group: readonly Diagnostic[]) => [...new Set(group.map((e) => e.line - 1))];
  const withinLines = (group: readonly Diagnostic[]) => [
    ...aroundErrors(lines, group),
    ...wordsOf(lines, rowsOf(group)),
    ...lineEnds(lines, rowsOf(group)),
  ];
  const regions = [
    ...groups.flatMap(withinLines),
    ...stumbled.flatMap(withinLines),
    ...roundRobin(
      [...groups, ...stumbled].map((group) => [...damagedRegions(lines, rowsOf(group))]),
    ),
  ];
  let tries = 0;
  for (const region of regions) {
    if (deadline !== undefined && performance.now() > deadline) break;
    const isWhole = (r: number, [start, end]: [number, number]) =>
      start <= (lines[r] as Line).indent && end >= (lines[r] as Line).codeEnd;
    const whole = [...region]
      .filter(([r, stretch]) => isWhole(r, stretch) && (lines[r] as Line).text.trim() !== '')
      .map(([r]) => r);
    // Nothing left to compare by meaning: the whole side is damaged.
    if (whole.length >= withCode) continue;
    const cutRows = new Set([...region].filter(([r, s]) => !isWhole(r, s)).map(([r]) => r));
    if ([...cutRows].some((r) => runsOn(lines[r] as Line, region.get(r) as [number, number])))
      continue;
    for (const standIn of whole.length > 0 ? [placeholder, ''] : ['']) {
      if (++tries > MAX_TRIES) return null;
      // Where indentation marks blocks, code after a blanked start moves back to where the line
      // started, or it would move into another block.
      const shift = hints.indentation === true;
      const { text: blanked, shifts } = blankLines(
        code,
        lines,
        region,
        new Set(whole),
        standIn,
        shift,
      );
      const tree = parseTree(blanked, language);
      if (
        tree &&
        !tree.rootNode.hasError &&
        !strayWordIn(tree, blanked, hints) &&
        !withinToken(tree, lines, region, new Set(shifts.map((m) => m.line - 1)))
      ) {
        const order = (a: number, b: number) => a - b;
        return {
          code: blanked,
          shifts,
          lines: whole.map((r) => r + 1).sort(order),
          cut: [...cutRows].map((r) => r + 1).sort(order),
        };
      }
    }
  }
  return null;
}

/** The first of each list, then the second of each, and so on: the smallest of every list first. */
function roundRobin<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let k = 0; k < longest; k++) {
    for (const list of lists) if (k < list.length) out.push(list[k] as T);
  }
  return out;
}

/**
 * Whether what is left of a line cut short would run on into the next line (`x = 1 +` with its
 * `@@@` gone): then it no longer reads as the statement it was.
 */
function runsOn(line: Line, [start, end]: [number, number]): boolean {
  const kept = (line.text.slice(0, start) + line.text.slice(end, line.codeEnd)).trimEnd();
  // (A lone `|` closes a block's parameters, `do |x|`; `||` goes on.)
  return /(\|\||[-+*/%=<>!&^~,.([{\\])$/.test(kept);
}

/**
 * Whether a blanked stretch now lies inside a token (a string that runs through it): that token
 * would read spaces where the code as written has other text.
 */
function withinToken(
  tree: Tree,
  lines: readonly Line[],
  region: Region,
  shifted: ReadonlySet<number>,
): boolean {
  for (const [r, [start, end]] of region) {
    const line = lines[r] as Line;
    // A line whose code moved back holds no blanked stretch where it was.
    if (end <= start || shifted.has(r)) continue;
    const node = tree.rootNode.descendantForIndex(line.start + start, line.start + end - 1);
    if (node.childCount > 0) continue;
    if (node.startIndex < line.start + start || node.endIndex > line.start + end) return true;
  }
  return false;
}

/**
 * Whether a word that closes or continues a block stands where the grammar read a plain name (an
 * `end` whose block was blanked): some grammars accept it, the language does not.
 */
function strayWordIn(tree: Tree, code: string, hints: SyntaxErrorHints): boolean {
  const blocks = hints.endBlocks;
  const stray = [
    ...(hints.colonHeaders?.strayWords ?? []),
    ...(blocks ? [blocks.closer, ...blocks.middles] : []),
  ];
  if (stray.length === 0) return false;
  const text = new Set(hints.textNodes);
  const stack: SyntaxNode[] = [tree.rootNode];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (text.has(node.type)) continue;
    if (node.childCount === 0) {
      const word = code.slice(node.startIndex, node.endIndex);
      if (word !== node.type && stray.includes(word)) return true;
    }
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/**
 * The smallest region: the word each error points at, up to the spaces on either side (a stray
 * `@@@`), on the lines the errors were reported on. An error past a line's code (a bracket never
 * closed) points at no word and is left to the regions that follow.
 */
function aroundErrors(lines: readonly Line[], errors: readonly Diagnostic[]): Region[] {
  const region: Region = new Map();
  const space = (c: string | undefined) => c === undefined || /\s/.test(c);
  for (const error of errors) {
    const row = error.line - 1;
    const line = lines[row] as Line;
    let start = error.column - 1;
    if (start >= line.codeEnd || space(line.text[start])) continue;
    while (start > 0 && !space(line.text[start - 1])) start--;
    let end = start;
    while (end < line.codeEnd && !space(line.text[end])) end++;
    const known = region.get(row);
    region.set(row, known ? [Math.min(known[0], start), Math.max(known[1], end)] : [start, end]);
  }
  return region.size > 0 ? [region] : [];
}

/**
 * Next, each word of the line with the error, one at a time: the parser may point past the stray
 * one (at the `else:` after it). Only for errors on one line.
 */
function wordsOf(lines: readonly Line[], rows: readonly number[]): Region[] {
  if (rows.length !== 1) return [];
  const row = rows[0] as number;
  const line = lines[row] as Line;
  const regions: Region[] = [];
  for (const word of line.text.slice(0, line.codeEnd).matchAll(/\S+/g)) {
    if (regions.length === MAX_LINE_WORDS) break;
    regions.push(new Map([[row, [word.index, word.index + word[0].length]]]));
  }
  return regions;
}

/**
 * Next, the end of the line with the error, from its last word back (`x = 3 ( ]` keeps `x = 3`):
 * the longest start of the line that still reads. Only for errors on one line.
 */
function lineEnds(lines: readonly Line[], rows: readonly number[]): Region[] {
  if (rows.length !== 1) return [];
  const row = rows[0] as number;
  const line = lines[row] as Line;
  const regions: Region[] = [];
  // Where each word but the last ends, the last first.
  for (let at = line.codeEnd - 1; at > line.indent && regions.length < MAX_LINE_WORDS; at--) {
    if (/\s/.test(line.text[at] as string) && !/\s/.test(line.text[at - 1] as string)) {
      regions.push(new Map([[row, [at, line.codeEnd]]]));
    }
  }
  return regions;
}

/**
 * `code` with the stretches of `region` made spaces (line breaks stay). `standIn`, when given, is
 * written at the indentation of the first line of each run of `whole` lines, so that the run still
 * counts as one statement there. With `shift`, code after a stretch at the start of a line moves
 * back to the line's indentation (the spaces go to the end of the line), and `shifts` says so.
 */
function blankLines(
  code: string,
  lines: readonly Line[],
  region: Region,
  whole: ReadonlySet<number>,
  standIn: string,
  shift: boolean,
): { text: string; shifts: Damage['shifts'] } {
  const shifts: Damage['shifts'] = [];
  let out = '';
  let from = 0;
  let previous = -2;
  for (const [r, [start, end]] of [...region].sort((a, b) => a[0] - b[0])) {
    const line = lines[r] as Line;
    let text = ' '.repeat(end - start);
    // Not where a comment is left: a line that still holds one is no statement lost.
    const fits = end - line.indent >= standIn.length && end >= line.text.trimEnd().length;
    // The first of a run of whole lines (blank lines between do not break a run).
    if (standIn && whole.has(r) && !whole.has(previous) && fits) {
      const before = line.indent - start;
      text = `${' '.repeat(before)}${standIn}${' '.repeat(end - start - before - standIn.length)}`;
    }
    let to = end;
    if (shift && !whole.has(r) && start <= line.indent) {
      // The rest of the line from its next word on, at the line's indentation.
      let next = end;
      while (next < line.text.length && /\s/.test(line.text[next] as string)) next++;
      const rest = line.text.slice(next);
      text = `${' '.repeat(line.indent - start)}${rest}${' '.repeat(next - line.indent)}`;
      to = line.text.length;
      shifts.push({ line: r + 1, column: line.indent + 1, by: next - line.indent });
    }
    if (whole.has(r)) previous = r;
    else if (line.text.trim() !== '') previous = -2;
    out += code.slice(from, line.start + start) + text;
    from = line.start + to;
  }
  return { text: out + code.slice(from), shifts };
}

/**
 * The regions to try blanking, after those around the errors: each error's line, then the
 * statement or block around it (a line and the lines indented deeper under it), then the block
 * around that, each also with up to `MAX_CONTINUATIONS` lines after it at its own indentation (an
 * orphaned `else` or `end`). Several errors grow together.
 */
function* damagedRegions(lines: readonly Line[], rows: readonly number[]): Generator<Region> {
  const chains = rows.map((r) => enclosingSpans(lines, r));
  const depth = Math.max(0, ...chains.map((chain) => chain.length));
  const seen = new Set<string>();
  const all = (r: number): [number, number] => [0, (lines[r] as Line).text.length];
  for (let level = 0; level < depth; level++) {
    for (let extra = 0; extra <= MAX_CONTINUATIONS; extra++) {
      const region: Region = new Map();
      for (const chain of chains) {
        const [from, to] = chain[Math.min(level, chain.length - 1)] as [number, number];
        for (let r = from; r <= to; r++) region.set(r, all(r));
        const indent = (lines[from] as Line).indent;
        let taken = 0;
        for (let r = to + 1; r < lines.length && taken < extra; r++) {
          const line = lines[r] as Line;
          if (line.text.trim() === '') continue;
          if (line.indent !== indent) break;
          region.set(r, all(r));
          taken++;
        }
      }
      const key = [...region.keys()].sort((a, b) => a - b).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      yield region;
    }
  }
}

/**
 * The spans of rows around `row`, smallest first: the row itself, the block it opens (the lines
 * after it indented deeper), then the block of each line above that it is indented under.
 */
function enclosingSpans(lines: readonly Line[], row: number): [number, number][] {
  const hasCode = (r: number) => (lines[r] as Line).text.trim() !== '';
  /** The last row of the block `head` opens: the rows after it indented deeper, blank ones inside. */
  const blockEnd = (head: number) => {
    const indent = (lines[head] as Line).indent;
    let end = head;
    for (let r = head + 1; r < lines.length; r++) {
      if (!hasCode(r)) continue;
      if ((lines[r] as Line).indent <= indent) break;
      end = r;
    }
    return end;
  };
  const spans: [number, number][] = [[row, row]];
  let head = row;
  for (;;) {
    const end = blockEnd(head);
    const last = spans[spans.length - 1] as [number, number];
    if (end > last[1] || head < last[0]) spans.push([head, end]);
    const indent = (lines[head] as Line).indent;
    if (indent === 0) break;
    let above = head - 1;
    while (above >= 0 && (!hasCode(above) || (lines[above] as Line).indent >= indent)) above--;
    if (above < 0) break;
    head = above;
  }
  return spans;
}
