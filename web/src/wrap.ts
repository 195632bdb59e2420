// Where a line of code may wrap when its pane is too narrow for it: only between tokens, never
// inside one, and never inside a string literal (its quotes, text and interpolations stay on one
// row). The read view draws each unit as one unbreakable box (code.css `.unit`), and a wrapped
// line continues under its own indentation, after a continuation mark, never at column 0.
import type { Run } from './segments.js';

/** A stretch of a line, as far as wrapping goes. */
export interface Piece {
  /**
   * `unit`: tokens that stay on one row (unless the unit alone is wider than the row);
   * `space`: blanks between units, where a row may end;
   * `prose`: a comment, which wraps at its own spaces like text.
   */
  kind: 'unit' | 'space' | 'prose';
  runs: Run[];
}

/** Columns a tab advances to, as code.css's `tab-size` draws it. */
export const TAB_SIZE = 4;

/** The width of a line's leading blanks, in columns (tabs to the next multiple of TAB_SIZE). */
export function indentColumns(text: string): number {
  let columns = 0;
  for (const char of text) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += TAB_SIZE - (columns % TAB_SIZE);
    else break;
  }
  return columns;
}

/** Quote sequences that open and close a string literal, longest first. */
const QUOTES = ['"""', "'''", '"', "'", '`'];

/**
 * After `text` (a run of a string token), whether the line is inside a string literal: `open` is
 * the quote that opened it, or null outside one. A backslash escapes the character after it.
 */
function quoteAfter(text: string, open: string | null): string | null {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (open !== null) {
      if (text.startsWith(open, i)) {
        i += open.length - 1;
        open = null;
      }
      continue;
    }
    const quote = QUOTES.find((q) => text.startsWith(q, i));
    if (quote) {
      open = quote;
      i += quote.length - 1;
    }
  }
  return open;
}

/** Between two tokens with nothing between them, a row may still end after an opening bracket or a comma, or before a method call's dot. */
function mayBreakBetween(before: Run, after: Run): boolean {
  return /[([{,;]$/.test(before.text) || /^&?\.(?!\.)/.test(after.text);
}

const BLANK = /^[ \t]+$/;

/** Cuts one line's runs into the pieces it may wrap between. */
export function wrapPieces(runs: readonly Run[]): Piece[] {
  const pieces: Piece[] = [];
  let inString: string | null = null;
  for (const run of runs) {
    const last = pieces.at(-1);
    if (inString === null && run.kind === 'comment') {
      pieces.push({ kind: 'prose', runs: [run] });
      continue;
    }
    if (inString === null && BLANK.test(run.text)) {
      if (last?.kind === 'space') last.runs.push(run);
      else pieces.push({ kind: 'space', runs: [run] });
      continue;
    }
    const joins =
      last?.kind === 'unit' && (inString !== null || !mayBreakBetween(last.runs.at(-1)!, run));
    if (joins) last.runs.push(run);
    else pieces.push({ kind: 'unit', runs: [run] });
    if (run.kind === 'string') inString = quoteAfter(run.text, inString);
  }
  return pieces;
}
