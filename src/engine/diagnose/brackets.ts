import { type Findings, PRIORITY } from './findings.js';
import { type Leaves, BRACKET_SEARCH_DEPTH, OPENER, CLOSER, PARENT_TEXT } from './leaves.js';

/**
 * Brackets closed in the wrong order or never. A bracket closes the nearest one open, except
 * that a block's closer first on its line (see `BraceBlocks`) closes the block whose line it
 * lines up with: the blocks opened after that one were left open.
 */
export function checkBrackets(leaves: Leaves, found: Findings): void {
  const openers = leaves.hints.brackets;
  const closerOf = leaves.tables.closerOf;
  const blocks = leaves.hints.braceBlocks;
  /** Open brackets, as leaf indices; a bracket leaf's text is its type. */
  const stack: number[] = [];
  const unclosed = (i: number) => {
    const type = leaves.typeOf(i);
    const row = leaves.leafRow[i] as number;
    found.add(
      leaves.rowCodeEnd(leaves.blockLastRow(row)),
      `This \`${type}\` on line ${row + 1} is never closed: add \`${openers[type] as string}\``,
      PRIORITY.unclosed,
    );
  };
  for (let i = 0; i < leaves.count; i++) {
    const flags = leaves.leafFlags[i] as number;
    if ((flags & (OPENER | CLOSER)) === 0) continue;
    // The `)` of Ruby's `%w(a b)` closes a string, not a bracket.
    if (!leaves.isLiteral(i) || leaves.has(i, PARENT_TEXT)) continue;
    const type = leaves.typeOf(i);
    if (flags & OPENER) {
      stack.push(i);
      continue;
    }
    let match = -1;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - BRACKET_SEARCH_DEPTH; k--) {
      if (openers[leaves.typeOf(stack[k] as number)] === type) {
        match = k;
        break;
      }
    }
    if (match >= 0 && blocks && type === blocks.close && leaves.firstOnRow(i)) {
      match = blockOpenerAt(
        leaves,
        stack,
        match,
        blocks.open,
        leaves.lines.indent(leaves.leafRow[i] as number),
      );
    }
    if (match < 0) {
      found.add(
        leaves.leafStart[i] as number,
        `This \`${type}\` has no \`${closerOf.get(type) as string}\` before it to close: remove it`,
      );
      continue;
    }
    while (stack.length - 1 > match) unclosed(stack.pop() as number);
    stack.pop();
  }
  while (stack.length > 0) unclosed(stack.pop() as number);
  for (const { node } of leaves.missing) {
    if (closerOf.has(node.type)) found.explainedMissing.add(node);
  }
}

/**
 * The place in `stack` of the block opener (`open`) at or below `nearest` whose line is indented
 * by `indent`: the block a closer at that indentation closes. `nearest` when none is.
 */
function blockOpenerAt(
  leaves: Leaves,
  stack: readonly number[],
  nearest: number,
  open: string,
  indent: number,
): number {
  for (let k = nearest; k >= 0 && k >= stack.length - BRACKET_SEARCH_DEPTH; k--) {
    const leaf = stack[k] as number;
    if (leaves.typeOf(leaf) !== open) continue;
    if (leaves.lines.indent(leaves.leafRow[leaf] as number) === indent) return k;
  }
  return nearest;
}
