import type { Findings } from './findings.js';
import type { Leaves } from './leaves.js';
import type { SyntaxNode } from '../parse.js';

/** How many lines after an explained mistake an unexplained ERROR counts as its knock-on. */
const KNOCK_ON_ROWS = 3;

/** Plain messages for the MISSING and ERROR nodes no check above accounts for. */
export function explainRest(leaves: Leaves, found: Findings): void {
  const specific = found.list.map((f) => f.index).sort((a, b) => a - b);
  const anyWithin = (from: number, to: number) => {
    let lo = 0;
    let hi = specific.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((specific[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < specific.length && (specific[lo] as number) <= to;
  };
  // A problem already explained confuses the parser for a few lines after it; what it stumbles
  // on there is a knock-on of the same mistake.
  const knockOnFrom = (index: number) =>
    leaves.lines.starts[Math.max(0, leaves.lines.row(index) - KNOCK_ON_ROWS)] ?? 0;
  for (const { node, parent } of leaves.missing) {
    if (found.explainedMissing.has(node)) continue;
    if (anyWithin(Math.min(parent.startIndex, knockOnFrom(node.startIndex)), parent.endIndex))
      continue;
    const quoted = node.named ? null : leaves.quote(node.type);
    const what = quoted === null ? 'something more' : `\`${quoted}\``;
    found.add(node.startIndex, `${leaves.name} expects ${what} here`);
  }
  for (const { node, parent } of leaves.errors) {
    if (found.unclosedQuotes.has(node.startIndex)) continue;
    // A knock-on error inside a statement already explained would only confuse.
    const scope = parent && parent !== leaves.root ? parent : node;
    if (anyWithin(Math.min(scope.startIndex, knockOnFrom(node.startIndex)), scope.endIndex))
      continue;
    const leaf = leaves.firstLeafIn(troubleIn(leaves, node));
    const quoted = leaf >= 0 ? leaves.quote(leaves.text(leaf)) : null;
    if (leaf >= 0 && quoted !== null) {
      found.add(
        leaves.leafStart[leaf] as number,
        `${leaves.name} cannot make sense of \`${quoted}\` here: check this line for a missing or extra word or symbol`,
      );
    } else {
      found.add(
        node.startIndex,
        `${leaves.name} cannot make sense of this line: check it for a missing or extra word or symbol`,
      );
    }
  }
}

/**
 * Where the trouble inside an outermost ERROR starts. tree-sitter often wraps statements that
 * parsed well in the ERROR it makes for a stray word after them (`end @@@` makes an ERROR from
 * the `def` on), so the ERROR's first word would send the learner to the `def`, lines away from
 * what they typed. Inside an ERROR, constructs without an error in them are skipped and the first
 * bare word is the trouble; inside a construct, only its part that holds an error is entered.
 */
function troubleIn(leaves: Leaves, node: SyntaxNode): SyntaxNode {
  const isError = node.type === 'ERROR';
  for (const child of node.children) {
    const flawed =
      errorInside(leaves, child) || leaves.missingWithin(child.startIndex, child.endIndex);
    if (flawed && child.children.length > 0) return troubleIn(leaves, child);
    if (flawed || (isError && !child.named)) return child;
  }
  return node;
}

/**
 * Whether `node` is an ERROR or holds one. The ERROR spans are sorted by where they start and nest
 * as the tree does: of those starting within `node`, only ERRORs around it (starting where it
 * does) reach past its end, so the search stops at the first that does not.
 */
function errorInside(leaves: Leaves, node: SyntaxNode): boolean {
  const spans = leaves.errorSpans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as [number, number])[0] < node.startIndex) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length; i++) {
    const [start, end] = spans[i] as [number, number];
    if (start > node.endIndex) return false;
    if (end <= node.endIndex) return true;
  }
  return false;
}
