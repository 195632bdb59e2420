import { type Findings, PRIORITY } from './findings.js';
import type { Leaves } from './leaves.js';

/**
 * Java: a statement ends with `;`. A line of code ending in anything that neither ends a
 * statement nor carries it on, where tree-sitter stumbled between its end and the next line's,
 * lacks its `;`.
 */
export function checkTerminators(leaves: Leaves, found: Findings): void {
  const t = leaves.hints.terminators;
  if (!t) return;
  const { first, lastCode } = leaves.rows();
  const message = (row: number) =>
    `${leaves.name} ends each statement with \`${t.token}\`: add one at the end of line ${row + 1}`;
  let nextRow = -1;
  for (let row = lastCode.length - 1; row >= 0; row--) {
    const last = lastCode[row] ?? -1;
    if (last < 0) continue;
    const below = nextRow;
    nextRow = row;
    const lead = first[row] ?? -1;
    if (lead < 0 || leaves.insideText?.[row] === 1) continue;
    if (leaves.is(last, t.token) || t.endings.includes(leaves.text(last))) continue;
    if (t.headers.includes(leaves.text(lead))) continue;
    const nextLead = below >= 0 ? (first[below] ?? -1) : -1;
    if (nextLead >= 0 && t.continuations.includes(leaves.text(nextLead))) continue;
    const from = leaves.leafStart[last] as number;
    const to = below >= 0 ? leaves.rowCodeEnd(below) : leaves.code.length;
    if (!leaves.errorWithin(from, to) && !leaves.missingWithin(from, to)) continue;
    found.add(leaves.leafEnd[last] as number, message(row), PRIORITY.structure);
    for (const { node } of leaves.missing) {
      if (node.type === t.token && node.startIndex >= from && node.startIndex <= to) {
        found.explainedMissing.add(node);
      }
    }
  }
}
