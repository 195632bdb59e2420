import type { Findings } from './findings.js';
import type { Leaves } from './leaves.js';

export function checkInvalidNodes(leaves: Leaves, found: Findings): void {
  for (const node of leaves.invalid) {
    const message = leaves.hints.invalidNodes[node.type] as string;
    // Point just after the node's first token (`print`): that is where `(` goes.
    const first = node.children[0];
    const after = first ? leaves.firstLeafFrom(first.endIndex) : -1;
    if (after >= 0 && leaves.is(after, '(') && (leaves.leafStart[after] as number) < node.endIndex)
      continue;
    found.add(
      first && first.endIndex > first.startIndex ? first.endIndex : node.startIndex,
      message,
    );
  }
}
