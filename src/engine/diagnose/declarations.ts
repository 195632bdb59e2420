import type { SyntaxNode } from '../parse.js';
import type { Findings } from './findings.js';
import type { Leaves } from './leaves.js';

/**
 * Java: a name given a value must be declared, with its type, first. A name no declaration
 * anywhere in the program introduces is told so where it is first assigned.
 */
export function checkDeclarations(leaves: Leaves, found: Findings): void {
  const d = leaves.hints.declarations;
  if (!d) return;
  if (leaves.assigning.length === 0) return;
  const declared = new Set<string>();
  const nameOf = (n: SyntaxNode) => leaves.code.slice(n.startIndex, n.endIndex);
  for (const node of leaves.declaring) {
    const field = d.declarers[node.type];
    const listed = d.lists[node.type];
    for (const c of node.children) {
      if (field !== undefined && c.field === field && c.type === d.name) declared.add(nameOf(c));
      if (listed !== undefined && c.type === listed) declared.add(nameOf(c));
    }
  }
  const told = new Set<string>();
  for (const node of leaves.assigning) {
    const target = node.children.find((c) => c.field === d.target);
    if (!target || target.type !== d.name) continue;
    const name = nameOf(target);
    if (declared.has(name) || told.has(name)) continue;
    told.add(name);
    found.add(target.startIndex, leaves.fill(d.message, { name }));
  }
}
