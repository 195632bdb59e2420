import { type Findings, PRIORITY } from './findings.js';
import type { Leaves } from './leaves.js';

/** Java: `if`, `while` and `switch` take their condition in parentheses: `if (x > 3)`. */
export function checkParenHeaders(leaves: Leaves, found: Findings): void {
  const headers = leaves.hints.parenHeaders;
  if (!headers) return;
  for (let i = 0; i < leaves.count; i++) {
    if (leaves.isComment(i) || !leaves.isLiteral(i) || !leaves.isKey(i, headers)) continue;
    const keyword = leaves.text(i);
    const next = i + 1 < leaves.count ? i + 1 : -1;
    if (next >= 0 && leaves.is(next, '(')) continue;
    // `else` before `if` is no condition: what matters is what follows the `if`.
    const row = leaves.leafRow[i] as number;
    if (!leaves.errorWithin(leaves.leafStart[i] as number, leaves.rowCodeEnd(row))) continue;
    found.add(
      leaves.leafEnd[i] as number,
      `${leaves.name} puts the condition of ${headers[keyword] as string} \`${keyword}\` in parentheses: \`${keyword} (…)\``,
      PRIORITY.structure,
    );
  }
}
