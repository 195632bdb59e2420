import { type Findings, PRIORITY } from './findings.js';
import type { Leaves } from './leaves.js';

/** An error inside a node of a type the table knows (a parameter without its type). */
export function checkErrorsIn(leaves: Leaves, found: Findings): void {
  const table = leaves.hints.errorsIn;
  if (!table) return;
  for (const { node, parent } of leaves.errors) {
    if (!parent || !Object.hasOwn(table, parent.type)) continue;
    found.add(node.startIndex, table[parent.type] as string, PRIORITY.structure);
  }
}
