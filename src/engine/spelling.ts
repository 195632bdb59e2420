/**
 * How a difference's tokens read in a sentence or a table cell: their code (`age.odd?`, `()`) and
 * their lines (`lines 4 and 6`). Pure (it reads tokens only), so the web view uses it too.
 */
import type { Token } from '../types.js';

/** `line 3`, `lines 3 and 5`, `lines 3, 5 and 7`. */
export function linesPhrase(tokens: readonly Token[]): string {
  const lines = distinctLines(tokens);
  if (lines.length === 0) return '';
  if (lines.length === 1) return `line ${lines[0]}`;
  if (lines.length > 6) return `lines ${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}

/** The lines of some tokens, each once, in order; tokens in document order need no sorting. */
function distinctLines(tokens: readonly Token[]): number[] {
  const lines: number[] = [];
  for (const t of tokens) {
    const last = lines[lines.length - 1];
    if (last === undefined || t.line > last) lines.push(t.line);
    else if (t.line < last) return [...new Set(tokens.map((u) => u.line))].sort((a, b) => a - b);
  }
  return lines;
}

/**
 * The code of some tokens as a learner reads it: on each line, the runs of touching tokens (with
 * the code's own single spaces); brackets apart from what they hold read as a pair (`()`); each
 * spelling once.
 */
export function shown(tokens: Token[]): string {
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const spellings = [...byLine.values()].map((line) => {
    if (line.every((t) => BRACKETS.has(t.text))) return line.map((t) => t.text).join('');
    const pieces: string[] = [];
    line.forEach((t, n) => {
      const last = line[n - 1];
      const gap = last ? t.column - (last.column + last.text.length) : -1;
      if (gap === 0 || gap === 1) pieces[pieces.length - 1] += ' '.repeat(gap) + t.text;
      else pieces.push(t.text);
    });
    return pieces.join(' … ');
  });
  return [...new Set(spellings)].map((r) => `\`${r}\``).join(' and ');
}

const BRACKETS = new Set(['(', ')', '[', ']', '{', '}']);
