import { type Findings, PRIORITY } from './findings.js';
import { type Leaves, STRING_OPENER, PARENT_ERROR } from './leaves.js';

/** Code in a message: between backticks, or two with a space inside for code that holds one. */
const inlineCode = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** A string opener that tree-sitter left on its own inside an ERROR was never closed. */
export function checkStrings(leaves: Leaves, found: Findings): void {
  for (let i = 0; i < leaves.count; i++) {
    if (!((leaves.leafFlags[i] as number) & STRING_OPENER) || !leaves.has(i, PARENT_ERROR))
      continue;
    // `f"` and `"""` close with `"` and `"""`, Ruby's `%q(` with `)`: drop the prefix letters.
    const opener = leaves.text(i).replace(/^%?[A-Za-z]*/, '') || '"';
    const quote = Object.hasOwn(leaves.hints.brackets, opener)
      ? (leaves.hints.brackets[opener] as string)
      : opener;
    const row = leaves.leafRow[i] as number;
    // The ERROR that holds the opener is this mistake, not another one.
    found.unclosedQuotes.add(leaves.leafStart[i] as number);
    found.add(
      leaves.rowCodeEnd(row),
      `This string on line ${row + 1} is never closed: add ${inlineCode(quote)} at its end`,
      PRIORITY.unclosed,
    );
  }
}
