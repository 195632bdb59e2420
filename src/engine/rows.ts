/**
 * Stage 5, rows: the side-by-side line alignment. Paired statements anchor their lines; the lines
 * between two anchors pair up blank with blank and code with code, while a line that only closes
 * a block (an `end`, a `}`) stands against a gap, or against the other side's line that only
 * closes a block.
 */
import { diffArrays } from 'diff';
import type { Row, Token } from '../types.js';

export interface RowSide {
  lineCount: number;
  /** The text of a 1-based line (`lineReader`). */
  text(line: number): string;
  /** 1-based lines holding nothing but block-closing marks. */
  closers: ReadonlySet<number>;
  /**
   * 1-based lines the other side has no counterpart for: lines of nothing but marks that stand
   * apart (a program's class and `main`, the module around its functions) and the lines of a
   * statement only this side has. They pair with no line of the other side.
   */
  apart?: ReadonlySet<number>;
}

/**
 * The text of a 1-based line of `code` whose lines start at `starts` (`lineStarts`), without its
 * line break (nor a `\r` before it); `''` past the last line. The rows stage reads only the lines
 * between anchored ones, so the lines are not all sliced out up front.
 */
export function lineReader(code: string, starts: readonly number[]): (line: number) => string {
  return (line) => {
    const start = starts[line - 1];
    if (start === undefined) return '';
    let end = starts[line] === undefined ? code.length : (starts[line] as number) - 1;
    if (end > start && code.charCodeAt(end - 1) === 13) end--;
    return code.slice(start, end);
  };
}

/** Lines whose every token is one of `marks` (the block-end tokens of that side, say). */
export function closerLines(tokens: readonly Token[], marks: ReadonlySet<number>): Set<number> {
  const closers = new Set<number>();
  if (marks.size === 0) return closers;
  // Tokens come in document order, a line's tokens together: one pass, a line at a time.
  let line = NaN;
  let all = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.line !== line) {
      if (t.line < line) return closerLinesAnyOrder(tokens, marks);
      if (all) closers.add(line);
      line = t.line;
      all = true;
    }
    if (all && !marks.has(i)) all = false;
  }
  if (all) closers.add(line);
  return closers;
}

/** `closerLines` for tokens out of line order. */
function closerLinesAnyOrder(tokens: readonly Token[], marks: ReadonlySet<number>): Set<number> {
  const byLine = new Map<number, boolean>();
  tokens.forEach((t, i) => {
    const all = byLine.get(t.line) ?? true;
    byLine.set(t.line, all && marks.has(i));
  });
  return new Set([...byLine].filter(([, all]) => all).map(([line]) => line));
}

/**
 * The rows: `anchors` are paired 0-based rows as flat pairs (`Alignment.anchors`), each pair a
 * row of its own; the lines between them are paired by `fillGap`.
 */
export function buildRows(anchors: readonly number[], left: RowSide, right: RowSide): Row[] {
  const rows: Row[] = [];
  let l = 0; // last emitted line, 1-based
  let r = 0;
  const pairs = inOrder(anchors);
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const nl = (pairs[k] as number) + 1;
    const nr = (pairs[k + 1] as number) + 1;
    if (nl <= l || nr <= r || nl > left.lineCount || nr > right.lineCount) continue;
    fillGap(rows, left, right, l + 1, nl - 1, r + 1, nr - 1);
    rows.push({ left: nl, right: nr });
    l = nl;
    r = nr;
  }
  fillGap(rows, left, right, l + 1, left.lineCount, r + 1, right.lineCount);
  return rows;
}

/**
 * Anchor pairs by left row, then right. The aligner's mostly come in that order already: only
 * when they do not are they sorted (as pairs, in a copy).
 */
function inOrder(anchors: readonly number[]): readonly number[] {
  for (let k = 2; k + 1 < anchors.length; k += 2) {
    const before = (anchors[k - 2] as number) - (anchors[k] as number);
    if (before > 0 || (before === 0 && (anchors[k - 1] as number) > (anchors[k + 1] as number))) {
      const pairs: [number, number][] = [];
      for (let j = 0; j + 1 < anchors.length; j += 2) {
        pairs.push([anchors[j] as number, anchors[j + 1] as number]);
      }
      pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      return pairs.flat();
    }
  }
  return anchors;
}

/** How a line reads, for pairing: blank, closing-only or code, and its text. */
function lineKey(side: RowSide, line: number): string {
  const text = side.text(line).trim();
  if (text === '') return '';
  if (side.apart?.has(line)) return `apart:${text}`;
  return side.closers.has(line) ? `close:${text}` : `code:${text}`;
}

/** Aligns the unanchored lines [l1, l2] with [r1, r2] (1-based, inclusive). */
function fillGap(
  rows: Row[],
  left: RowSide,
  right: RowSide,
  l1: number,
  l2: number,
  r1: number,
  r2: number,
) {
  if (l1 > l2 || r1 > r2) {
    // One side has nothing here: the other's lines stand alone (most gaps, Ruby's `end`s).
    for (let x = l1; x <= l2; x++) rows.push({ left: x, right: null });
    for (let x = r1; x <= r2; x++) rows.push({ left: null, right: x });
    return;
  }
  if (l1 === l2 && r1 === r2) {
    // One line each: they pair when they read alike (what the diff would find), else as `pairLines` pairs.
    if (lineKey(left, l1) === lineKey(right, r1)) rows.push({ left: l1, right: r1 });
    else pairLines(rows, left, right, [l1], [r1]);
    return;
  }
  const ls: number[] = [];
  const rs: number[] = [];
  for (let i = l1; i <= l2; i++) ls.push(i);
  for (let i = r1; i <= r2; i++) rs.push(i);
  const changes = diffArrays(
    ls.map((x) => lineKey(left, x)),
    rs.map((x) => lineKey(right, x)),
    { maxEditLength: 64 },
  );
  if (!changes) {
    pairLines(rows, left, right, ls, rs);
    return;
  }
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      for (let k = 0; k < count; k++) added.push(rs[j + k] as number);
      j += count;
    } else if (change.removed) {
      for (let k = 0; k < count; k++) removed.push(ls[i + k] as number);
      i += count;
    } else {
      pairLines(rows, left, right, removed, added);
      removed = [];
      added = [];
      for (let k = 0; k < count; k++)
        rows.push({ left: ls[i + k] as number, right: rs[j + k] as number });
      i += count;
      j += count;
    }
  }
  pairLines(rows, left, right, removed, added);
}

/**
 * Pairs lines in order, except that closing-only and blank lines never pair with code; a line that
 * only closes a block pairs with one of the other side's (an `end` with a `}`). Where one side has
 * only such lines left and the other still has code before its own closing line, or closes its
 * blocks with no line at all (by indentation), that code goes first: it is inside the block.
 */
function pairLines(rows: Row[], left: RowSide, right: RowSide, ls: number[], rs: number[]) {
  const alone = (side: RowSide, line: number) =>
    side.closers.has(line) || side.apart?.has(line) === true || side.text(line).trim() === '';
  const closes = (side: RowSide, line: number) =>
    side.closers.has(line) && side.apart?.has(line) !== true;
  /** For each place in a side's lines, how many lines from there on are code, and close a block. */
  const counts = (side: RowSide, lines: number[], test: (s: RowSide, l: number) => boolean) => {
    const after = new Array<number>(lines.length + 1).fill(0);
    for (let k = lines.length - 1; k >= 0; k--) {
      after[k] = (after[k + 1] as number) + (test(side, lines[k] as number) ? 1 : 0);
    }
    return after;
  };
  const isCode = (side: RowSide, line: number) => !alone(side, line);
  const leftCode = counts(left, ls, isCode);
  const rightCode = counts(right, rs, isCode);
  const leftCloses = counts(left, ls, closes);
  const rightCloses = counts(right, rs, closes);
  let i = 0;
  let j = 0;
  while (i < ls.length || j < rs.length) {
    const a = ls[i];
    const b = rs[j];
    if (a !== undefined && b !== undefined && closes(left, a) && closes(right, b)) {
      rows.push({ left: a, right: b });
      i++;
      j++;
    } else if (
      a !== undefined &&
      b !== undefined &&
      closes(left, a) &&
      leftCode[i] === 0 &&
      isCode(right, b) &&
      ((rightCloses[j + 1] as number) > 0 || rightCloses[j] === 0)
    ) {
      rows.push({ left: null, right: b });
      j++;
    } else if (
      a !== undefined &&
      b !== undefined &&
      closes(right, b) &&
      rightCode[j] === 0 &&
      isCode(left, a) &&
      ((leftCloses[i + 1] as number) > 0 || leftCloses[i] === 0)
    ) {
      rows.push({ left: a, right: null });
      i++;
    } else if (a !== undefined && (b === undefined || alone(left, a))) {
      rows.push({ left: a, right: null });
      i++;
    } else if (b !== undefined && (a === undefined || alone(right, b))) {
      rows.push({ left: null, right: b });
      j++;
    } else {
      rows.push({ left: a as number, right: b as number });
      i++;
      j++;
    }
  }
}
