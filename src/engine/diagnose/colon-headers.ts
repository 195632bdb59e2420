import { type Findings, PRIORITY } from './findings.js';
import type { ColonHeaders } from './hints.js';
import { type Leaves, type LogicalLine, OPENER, CLOSER } from './leaves.js';

/** Python: `if`, `for`, `def`… lines end with `:`. */
export function checkColonHeaders(leaves: Leaves, found: Findings): void {
  const headers = leaves.hints.colonHeaders;
  if (!headers) return;
  const lines = leaves.logicalLines();
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as LogicalLine;
    let first = line.first;
    if (leaves.is(first, 'async') && line.first < line.last) first++;
    const firstText = leaves.text(first);
    const article = Object.hasOwn(headers.keywords, firstText)
      ? headers.keywords[firstText]
      : undefined;
    if (!article) continue;
    const firstRow = leaves.leafRow[first] as number;
    if (headers.soft.includes(firstText)) {
      const second = first + 1;
      if (second >= leaves.count || leaves.leafRow[second] !== firstRow) continue;
      const secondText = leaves.text(second);
      if (/^[^\w\s'"]/.test(secondText) && secondText !== '(') continue;
    }
    if (hasColon(leaves, line, headers)) continue;
    let last = leaves.lastCodeLeafOf(line);
    if (last < 0) continue;
    // A block line without `:` is always wrong (the caller runs this only when the tree has
    // errors). A soft keyword may be a plain name, so it also needs tree-sitter to have stumbled
    // on its line or the next.
    if (headers.soft.includes(firstText)) {
      const next = lines[n + 1];
      const until = (next ? leaves.leafEnd[next.last] : leaves.leafEnd[last]) as number;
      if (!leaves.errorWithin(leaves.leafStart[first] as number, until)) continue;
    }
    const what = `${article} \`${firstText}\``;
    const opener = headers.opener ?? ':';
    // `if x {` spans its braces as one logical line: what ends the first row is what matters.
    const rowLast = leaves.lastCodeLeaf(firstRow);
    if (rowLast >= 0 && rowLast !== first && headers.insteadOfColon.includes(leaves.text(rowLast)))
      last = rowLast;
    const lastText = leaves.text(last);
    if (headers.insteadOfColon.includes(lastText) && last !== first) {
      found.add(
        leaves.leafStart[last] as number,
        `${leaves.name} expects \`${opener}\` at the end of ${what} line, not \`${lastText}\``,
        PRIORITY.structure,
      );
    } else {
      // A word opener (`do`) ends the header's first line, whatever the parser ran on into.
      const at = headers.opener ? leaves.rowCodeEnd(firstRow) : (leaves.leafEnd[last] as number);
      found.add(
        at,
        `${leaves.name} expects \`${opener}\` at the end of ${what} line`,
        PRIORITY.structure,
      );
    }
  }
}

/**
 * Whether a logical line has its opener outside brackets (`if x: y` has its `:` mid-line). A
 * line with a bracket left open counts as having one: the open bracket is the mistake to report.
 */
function hasColon(leaves: Leaves, line: LogicalLine, headers: ColonHeaders): boolean {
  const opener = headers.opener ?? ':';
  const forms = headers.openerForms ?? [];
  let depth = 0;
  for (let i = line.first; i <= line.last; i++) {
    const flags = leaves.leafFlags[i] as number;
    if ((flags & (OPENER | CLOSER)) === 0) {
      if (depth > 0) continue;
      if (leaves.typeOf(i) === opener && leaves.isLiteral(i)) return true;
      if (forms.length > 0 && forms.includes(leaves.text(i).trim())) return true;
      continue;
    }
    if (!leaves.isLiteral(i)) continue;
    if (flags & OPENER) depth++;
    else depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
