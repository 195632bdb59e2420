/**
 * Stage 5, rows: the side-by-side line alignment. Paired statements anchor their lines; the lines
 * between two anchors pair up blank with blank and code with code, while a line that only closes
 * a block (Ruby's `end`) stands alone, so that it shows against a gap.
 */
import { diffArrays } from 'diff';
import type { Row, Token } from '../types.js';

export interface RowSide {
  lineCount: number;
  /** The text of each line, 0-based. */
  lines: readonly string[];
  /** 1-based lines holding nothing but block-closing marks. */
  closers: ReadonlySet<number>;
}

/** Splits code into lines the way `countLines` counts them (a `\r` before `\n` is dropped). */
export function splitLines(code: string, lineCount: number): string[] {
  return code
    .split('\n')
    .slice(0, lineCount)
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** Lines whose every token is one of `marks` (the block-end tokens of that side). */
export function closerLines(tokens: readonly Token[], marks: ReadonlySet<number>): Set<number> {
  const byLine = new Map<number, boolean>();
  tokens.forEach((t, i) => {
    const all = byLine.get(t.line) ?? true;
    byLine.set(t.line, all && marks.has(i));
  });
  return new Set([...byLine].filter(([, all]) => all).map(([line]) => line));
}

export function buildRows(
  anchors: readonly [number, number][],
  left: RowSide,
  right: RowSide,
): Row[] {
  const rows: Row[] = [];
  let l = 0; // last emitted line, 1-based
  let r = 0;
  const sorted = [...anchors].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [al, ar] of sorted) {
    const nl = al + 1;
    const nr = ar + 1;
    if (nl <= l || nr <= r || nl > left.lineCount || nr > right.lineCount) continue;
    fillGap(rows, left, right, l + 1, nl - 1, r + 1, nr - 1);
    rows.push({ left: nl, right: nr });
    l = nl;
    r = nr;
  }
  fillGap(rows, left, right, l + 1, left.lineCount, r + 1, right.lineCount);
  return rows;
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
  const ls: number[] = [];
  const rs: number[] = [];
  for (let i = l1; i <= l2; i++) ls.push(i);
  for (let i = r1; i <= r2; i++) rs.push(i);
  if (ls.length === 0 || rs.length === 0) {
    for (const x of ls) rows.push({ left: x, right: null });
    for (const x of rs) rows.push({ left: null, right: x });
    return;
  }
  const key = (side: RowSide, line: number) => {
    const text = (side.lines[line - 1] ?? '').trim();
    return text === '' ? '' : side.closers.has(line) ? `close:${text}` : `code:${text}`;
  };
  const changes = diffArrays(
    ls.map((x) => key(left, x)),
    rs.map((x) => key(right, x)),
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
      added.push(...rs.slice(j, j + count));
      j += count;
    } else if (change.removed) {
      removed.push(...ls.slice(i, i + count));
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

/** Pairs lines in order, except that closing-only and blank lines never pair with code. */
function pairLines(rows: Row[], left: RowSide, right: RowSide, ls: number[], rs: number[]) {
  const alone = (side: RowSide, line: number) =>
    side.closers.has(line) || (side.lines[line - 1] ?? '').trim() === '';
  let i = 0;
  let j = 0;
  while (i < ls.length || j < rs.length) {
    const a = ls[i];
    const b = rs[j];
    if (a !== undefined && (b === undefined || alone(left, a))) {
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
