import type { Findings } from './findings.js';
import type { Leaves } from './leaves.js';

/**
 * Code the grammar accepts that is almost surely a mistake (`if (x = 5)`): a node whose
 * parents, `ancestors` read from the last, are those of a `suspicious` row.
 */
export function checkSuspicious(leaves: Leaves, found: Findings): void {
  for (const { node, ancestors } of leaves.suspects) {
    for (const row of leaves.hints.suspicious ?? []) {
      if (row.path[0] !== node.type || row.path.length - 1 > ancestors.length) continue;
      const fits = row.path.every(
        (type, k) => k === 0 || ancestors[ancestors.length - k]?.type === type,
      );
      const token = fits ? node.children.find((c) => c.type === row.token) : undefined;
      if (token) found.add(token.startIndex, row.message);
    }
  }
}
