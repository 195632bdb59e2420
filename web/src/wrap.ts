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

/**
 * Between two tokens with nothing between them, a row may still end after an opening bracket, a
 * comma or a semicolon, or before a method call's dot (`.` or `&.`, not a range's `..`).
 */
function mayBreakAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  if ('([{,;'.includes(text[at - 1]!)) return true;
  const dot = text.startsWith('&.', at) ? at + 1 : text[at] === '.' ? at : -1;
  return dot !== -1 && text[dot - 1] !== '.' && text[dot + 1] !== '.';
}

function mayBreakBetween(before: Run, after: Run): boolean {
  const joined = before.text + after.text;
  return mayBreakAt(joined, before.text.length);
}

/**
 * A run may hold several tokens of one kind (`).` is two punctuation tokens): cut it where a row
 * may end between them, so that each part can go on its own row.
 */
function splitAtBreaks(run: Run): Run[] {
  const parts: Run[] = [];
  let start = 0;
  for (let at = 1; at < run.text.length; at++) {
    if (!mayBreakAt(run.text, at)) continue;
    parts.push({ ...run, from: run.from + start, text: run.text.slice(start, at) });
    start = at;
  }
  parts.push(start === 0 ? run : { ...run, from: run.from + start, text: run.text.slice(start) });
  return parts;
}

const BLANK = /^[ \t]+$/;

/** Cuts one line's runs into the pieces it may wrap between. */
export function wrapPieces(runs: readonly Run[]): Piece[] {
  const pieces: Piece[] = [];
  let inString: string | null = null;
  for (const whole of runs) {
    if (inString === null && whole.kind === 'comment') {
      pieces.push({ kind: 'prose', runs: [whole] });
      continue;
    }
    if (inString === null && BLANK.test(whole.text)) {
      const last = pieces.at(-1);
      if (last?.kind === 'space') last.runs.push(whole);
      else pieces.push({ kind: 'space', runs: [whole] });
      continue;
    }
    const parts = inString === null && whole.kind !== 'string' ? splitAtBreaks(whole) : [whole];
    for (const run of parts) {
      const last = pieces.at(-1);
      const joins =
        last?.kind === 'unit' && (inString !== null || !mayBreakBetween(last.runs.at(-1)!, run));
      if (joins) last.runs.push(run);
      else pieces.push({ kind: 'unit', runs: [run] });
    }
    if (whole.kind === 'string') inString = quoteAfter(whole.text, inString);
  }
  return pieces;
}
