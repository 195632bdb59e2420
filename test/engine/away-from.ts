/** What the typo tests compare: a comparison as seen away from one damaged line. */
import type { CompareResult, Difference, Row } from '../../src/types.js';

/**
 * What a comparison says away from one line of one side: which line of code stands against which
 * (blank lines pair with whatever blank line is near, so only lines with code count), and its
 * differences' places away from the damaged line's row. The row is the damaged line's in
 * `rowsOf` (by default `result`): pass the intact pair's where the damaged line's counterpart
 * is a line of its own (a `}` against an `end`), which the damage leaves without a partner.
 * `line` may be several lines: a damaged region, away from all of whose rows this looks.
 */
export function awayFrom(
  result: CompareResult,
  side: 'left' | 'right',
  line: number | readonly number[],
  code: { left: string; right: string },
  rowsOf: CompareResult = result,
) {
  const damaged = new Set(typeof line === 'number' ? [line] : line);
  const blank = {
    left: code.left.split('\n').map((l) => l.trim() === ''),
    right: code.right.split('\n').map((l) => l.trim() === ''),
  };
  const kept = (s: 'left' | 'right', n: number | null) =>
    n === null || (s === side && damaged.has(n)) || blank[s][n - 1] ? null : n;
  const rows = result.rows
    .map((r: Row) => ({ left: kept('left', r.left), right: kept('right', r.right) }))
    .filter((r) => r.left !== null || r.right !== null)
    .map((r) => `${r.left}:${r.right}`)
    // Which side's unpaired line shows first between two paired ones is layout, not meaning.
    .sort();
  // The damaged line's row: what stands against it may now differ only on one side (Ruby's `do`
  // against the `:` the typo left out), which is the typo's own difference.
  const other = side === 'left' ? 'right' : 'left';
  const partners = new Set(
    rowsOf.rows.filter((r) => r[side] !== null && damaged.has(r[side])).map((r) => r[other]),
  );
  const onDamagedRow = (s: 'left' | 'right', n: number) =>
    s === side ? damaged.has(n) : partners.has(n);
  const places = result.differences.flatMap((d: Difference) =>
    (['left', 'right'] as const).flatMap((s) =>
      d[s]
        .filter((t) => !onDamagedRow(s, t.line))
        .map((t) => `${d.category} ${d.kind} ${s} ${t.line}:${t.column} ${t.text}`),
    ),
  );
  return { rows, places: [...new Set(places)].sort() };
}
