import type { Findings } from './findings.js';
import type { EndBlocks } from './hints.js';
import { type Leaves, BRACKET_SEARCH_DEPTH, BLOCK_WORD, PARENT_ERROR } from './leaves.js';

/**
 * Ruby: each `if`, `def`, `do`… needs its `end`. Where tree-sitter matched a block, its `end` is
 * either there or a MISSING node naming the block. Where it gave up, the keywords lie loose in an
 * ERROR node, and counting openers against `end`s there finds the block left open.
 */
export function checkEndBlocks(leaves: Leaves, found: Findings): void {
  const blocks = leaves.hints.endBlocks;
  if (!blocks) return;
  const closer = blocks.closer;
  const report = (keyword: string, row: number) => {
    const first = leaves.rows().first[row] ?? -1;
    const word = blocks.namedByLine && first >= 0 ? leaves.text(first) : keyword;
    const header = Object.hasOwn(leaves.hints.colonHeaders?.keywords ?? {}, word);
    const named = word === keyword || !header ? keyword : `${word} … ${keyword}`;
    found.add(
      leaves.rowCodeEnd(leaves.blockLastRow(row, blocks.middles)),
      `${leaves.name} expects \`${closer}\` to close the \`${named}\` on line ${row + 1}`,
    );
  };
  const fromMissing: { keyword: string; row: number }[] = [];
  for (const { node, parent } of leaves.missing) {
    if (node.type !== closer) continue;
    found.explainedMissing.add(node);
    const first = leaves.firstLeafIn(parent);
    const firstText = first >= 0 ? leaves.text(first) : '';
    const keyword = first >= 0 && blocks.openers.includes(firstText) ? firstText : parent.type;
    fromMissing.push({ keyword, row: leaves.lines.row(parent.startIndex) });
  }
  /** Open blocks, by leaf index; a keyword leaf's text is its type. */
  const stack: { leaf: number; takesDo: boolean }[] = [];
  for (let i = 0; i < leaves.count; i++) {
    if (!leaves.has(i, PARENT_ERROR) || !leaves.isLiteral(i)) continue;
    const text = leaves.typeOf(i);
    if (text === closer) {
      if (stack.pop() === undefined) {
        found.add(
          leaves.leafStart[i] as number,
          `This \`${closer}\` has no block to close: remove it`,
        );
      }
      continue;
    }
    if (!blocks.openers.includes(text)) continue;
    if (isModifier(leaves, i, blocks)) continue;
    const top = stack[stack.length - 1];
    if (text === 'do' && top?.takesDo && leaves.leafRow[top.leaf] === leaves.leafRow[i]) {
      top.takesDo = false;
      continue;
    }
    stack.push({ leaf: i, takesDo: blocks.takesDo.includes(text) });
  }
  const fromCount = stack.map((entry) => entry.leaf).reverse();
  // Indentation says best which block lost its `end`: tree-sitter and the count above both pair
  // an `end` with the nearest open block, and so blame the outer `def` when an inner `if` lacks it.
  const fromIndent = unclosedByIndentation(leaves, blocks);
  if (fromIndent.length > 0) {
    for (const i of fromIndent) report(leaves.typeOf(i), leaves.leafRow[i] as number);
    return;
  }
  for (const m of fromMissing) report(m.keyword, m.row);
  // With a MISSING `end` tree-sitter has already said which block is open; the count would only
  // repeat it less precisely.
  if (fromMissing.length > 0) return;
  for (const i of fromCount) report(leaves.typeOf(i), leaves.leafRow[i] as number);
}

/**
 * A keyword after an expression on its line is a modifier (`x if y`) needing no `end`; after
 * `=`, `(` and the like it starts a block whose value is used (`x = if y … end`).
 */
function isModifier(leaves: Leaves, i: number, blocks: EndBlocks): boolean {
  if (!blocks.modifiers.includes(leaves.text(i)) || leaves.firstOnRow(i)) return false;
  if (i === 0 || leaves.leafRow[i - 1] !== leaves.leafRow[i]) return false;
  return !/^[=(,|&]|^(then|else|do|begin)$/.test(leaves.text(i - 1));
}

/**
 * Pairs every block keyword with an `end` at the same indentation. An `end` that lines up with
 * an outer block leaves the inner blocks between them open. Empty when the code's indentation
 * does not line its `end`s up with their blocks (then it says nothing about which is open).
 * Answers leaf indices, in order of position.
 */
function unclosedByIndentation(leaves: Leaves, blocks: EndBlocks): number[] {
  const stack: { leaf: number; indent: number; takesDo: boolean }[] = [];
  const unclosed: number[] = [];
  for (let i = 0; i < leaves.count; i++) {
    // Only a keyword leaf, whose text is its type, is a block's opener or closer.
    if (!leaves.has(i, BLOCK_WORD) || !leaves.isLiteral(i)) continue;
    const text = leaves.typeOf(i);
    const row = leaves.leafRow[i] as number;
    const firstOnRow = leaves.firstOnRow(i);
    if (text === blocks.closer) {
      if (!firstOnRow) {
        stack.pop();
        continue;
      }
      const indent = leaves.lines.indent(row);
      let match = -1;
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - BRACKET_SEARCH_DEPTH; k--) {
        if ((stack[k] as { indent: number }).indent === indent) {
          match = k;
          break;
        }
      }
      if (match < 0) {
        stack.pop();
        continue;
      }
      while (stack.length - 1 > match) unclosed.push((stack.pop() as { leaf: number }).leaf);
      stack.pop();
      continue;
    }
    if (!blocks.openers.includes(text)) continue;
    // A block the grammar parsed without any `end` needs none (`def f = 1`, `x if y`).
    const parent = leaves.openerParents.get(i) ?? null;
    // (A `while` is closed through its body: the `do` node holding the `end`.)
    if (parent && parent.type !== 'ERROR') {
      const closedBy = blocks.takesDo.includes(text) ? ['do', blocks.closer] : [blocks.closer];
      if (!parent.children.some((c) => closedBy.includes(c.type))) continue;
    }
    if (isModifier(leaves, i, blocks)) continue;
    const top = stack[stack.length - 1];
    if (text === 'do' && top?.takesDo && leaves.leafRow[top.leaf] === row) {
      top.takesDo = false;
      continue;
    }
    stack.push({
      leaf: i,
      indent: leaves.lines.indent(row),
      takesDo: blocks.takesDo.includes(text),
    });
  }
  for (let k = stack.length - 1; k >= 0; k--) unclosed.push((stack[k] as { leaf: number }).leaf);
  return unclosed.sort((a, b) => (leaves.leafStart[a] as number) - (leaves.leafStart[b] as number));
}
