import type { Findings } from './findings.js';
import type { ForeignWord, ForeignWordPlace } from './hints.js';
import { type Leaves, COMMENT, STRING_OPENER, FOREIGN_TYPE } from './leaves.js';

const PUNCTUATION = /^[^\w\s]+$/;
/** Tokens that show the word before them is a name being used, not a misplaced keyword. */
const USED_AS_NAME = new Set([
  '=',
  '+=',
  '-=',
  '*=',
  '/=',
  '||=',
  '&&=',
  '.',
  '&.',
  ',',
  ')',
  ']',
  '}',
  '==',
  '!=',
  ':=',
  '::',
  '[',
  '(',
]);

/**
 * Words and operators from another language. Adjacent punctuation leaves are joined first,
 * because a grammar that lacks `&&` sees it as `&` followed by a stray `&`.
 */
export function checkForeignWords(leaves: Leaves, found: Findings): void {
  const table = leaves.hints.foreignWords;
  const { foreignPrefixes, foreignFirstChars, foreignMaxLength } = leaves.tables;
  const code = leaves.code;
  const count = leaves.count;
  for (let i = 0; i < count; i++) {
    if ((leaves.leafFlags[i] as number) & (COMMENT | STRING_OPENER)) continue;
    // Most leaves begin no word of the table: tell them by their length, first character and
    // type before slicing any text out.
    const start = leaves.leafStart[i] as number;
    if ((leaves.leafEnd[i] as number) - start > foreignMaxLength) continue;
    if (!foreignFirstChars.has(code.charCodeAt(start))) continue;
    if (!leaves.has(i, FOREIGN_TYPE)) continue;
    const leafText = leaves.text(i);
    if (!foreignPrefixes.has(leafText)) continue;
    // Grammars without `&&` lex it as two `&`: try the longest run of up to three adjacent
    // punctuation leaves that the table knows.
    let text = leafText;
    let j = i;
    let inError = leaves.inError(i);
    if (PUNCTUATION.test(text)) {
      let run = text;
      let runError = inError;
      for (let k = i + 1; k < count && k <= i + 2; k++) {
        if (leaves.leafStart[k] !== leaves.leafEnd[k - 1]) break;
        const more = leaves.text(k);
        if (!PUNCTUATION.test(more)) break;
        run += more;
        runError ||= leaves.inError(k);
        if (Object.hasOwn(table, run)) {
          text = run;
          j = k;
          inError = runError;
        }
      }
    }
    const row = leaves.leafRow[i] as number;
    const next = j + 1 < count ? j + 1 : -1;
    const sameRowNext = next >= 0 && leaves.leafRow[next] === row ? next : -1;
    const pair = sameRowNext >= 0 ? `${text} ${leaves.text(sameRowNext)}` : '';
    let entry: ForeignWord | undefined;
    if (pair && Object.hasOwn(table, pair)) {
      entry = table[pair];
      inError ||= leaves.inError(sameRowNext);
    } else if (Object.hasOwn(table, text)) {
      entry = table[text];
    }
    if (!entry || (entry.type !== undefined && entry.type !== leaves.typeOf(i))) continue;
    const lead = leaves.rows().first[row] ?? -1;
    if (entry.unlessFirst && lead >= 0 && entry.unlessFirst.includes(leaves.text(lead))) continue;
    const firstOnRow = leaves.firstOnRow(i);
    // A word tree-sitter kept but that sits right before an ERROR also touches it.
    const touchesError =
      inError || (next >= 0 && leaves.inError(next)) || (i > 0 && leaves.inError(i - 1));
    const alone = sameRowNext < 0 || leaves.isComment(sameRowNext);
    const applies: Record<ForeignWordPlace, boolean> = {
      'error-line':
        touchesError ||
        leaves.errorWithin(leaves.lines.starts[row] ?? 0, leaves.rowCodeEnd(row)) ||
        leaves.missingWithin(leaves.lines.starts[row] ?? 0, leaves.rowCodeEnd(row)),
      'in-error': touchesError,
      'statement-start':
        firstOnRow && !(sameRowNext >= 0 && USED_AS_NAME.has(leaves.text(sameRowNext))),
      alone: firstOnRow && alone,
      'line-end': touchesError && alone,
    };
    if (applies[entry.where]) found.add(start, leaves.fill(entry.message, { line: row + 1 }));
    i = j;
  }
}
