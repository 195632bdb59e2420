import type { Findings } from './findings.js';
import type { Leaves } from './leaves.js';

/**
 * Python: indentation marks blocks. tree-sitter accepts some indentation Python rejects (a line
 * indented for no reason, a dedent to a level never used), so this follows Python's own rules.
 */
export function checkIndentation(leaves: Leaves, found: Findings): void {
  if (!leaves.hints.indentation) return;
  const keywords = leaves.hints.colonHeaders?.keywords ?? {};
  const levels = [0];
  // The line ending in `:` whose block must come next (-1: none), and how to name its keyword.
  let expectRow = -1;
  let expectWord = '';
  let expectIsKeyword = false;
  const expected = () =>
    `${leaves.name} expects an indented block after the ${expectIsKeyword ? `\`${expectWord}\`` : 'line'} on line ${expectRow + 1}`;
  let headerLike = false;
  for (const line of leaves.logicalLines()) {
    const first = line.first;
    if (leaves.isComment(first)) continue;
    const indent = leaves.lines.indent(line.row);
    const top = levels[levels.length - 1] as number;
    if (expectRow >= 0) {
      if (indent <= top) found.add(leaves.leafStart[first] as number, expected());
    } else if (indent > top && !headerLike) {
      found.add(
        leaves.leafStart[first] as number,
        `${leaves.name} did not expect this line to be indented: only the lines after one ending in \`:\` are indented, so line it up with the line above`,
      );
    }
    if (indent > top) levels.push(indent);
    else if (indent < top) {
      while (levels.length > 1 && (levels[levels.length - 1] as number) > indent) levels.pop();
      if ((levels[levels.length - 1] as number) !== indent) {
        found.add(
          leaves.leafStart[first] as number,
          `This line's indentation does not match any line above it: ${leaves.name} needs it lined up exactly with the block it belongs to`,
        );
        levels.push(indent);
      }
    }
    const last = leaves.lastCodeLeafOf(line);
    const endsInColon = last >= 0 && leaves.is(last, ':');
    // The keyword's text is needed only when it could be one: most first leaves are longer.
    const wordAt = leaves.is(first, 'async') ? first + 1 : first;
    const isKeyword =
      wordAt < leaves.count ? leaves.isKey(wordAt, keywords) : Object.hasOwn(keywords, '');
    if (endsInColon) {
      expectRow = line.row;
      expectWord = isKeyword && wordAt < leaves.count ? leaves.text(wordAt) : '';
      expectIsKeyword = isKeyword;
    } else {
      expectRow = -1;
    }
    // A block line missing its `:` is reported by the colon check; its body's indentation is fine.
    headerLike = !endsInColon && isKeyword && last >= 0;
  }
  if (expectRow >= 0) found.add(leaves.rowCodeEnd(expectRow), expected());
}
