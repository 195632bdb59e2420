/**
 * What the diagnose checks find, gathered in one place: each check adds messages at offsets of
 * the code, and the checks that explain a MISSING node or an ERROR say so, so that the last check
 * does not explain it again.
 */
import type { SyntaxNode } from '../parse.js';
import type { Diagnostic } from '../../types.js';
import type { LineIndex } from './leaves.js';

/** A beginner should fix the first few; hundreds of messages only bury them. */
export const MAX_DIAGNOSTICS = 20;
/**
 * Which finding keeps a spot two checks point at: an open string or bracket explains everything
 * after it on the line, and a missing `:` says more than a hint about one word.
 */
export const PRIORITY = { hint: 0, structure: 1, unclosed: 2 } as const;

export interface Finding {
  index: number;
  message: string;
  /** Of two findings on one spot the higher wins: a structural diagnosis beats a word's hint. */
  priority: number;
}

export class Findings {
  readonly list: Finding[] = [];
  /** MISSING closers the bracket and `end` checks already account for. */
  readonly explainedMissing = new Set<SyntaxNode>();
  /** Where the quotes of strings never closed stand: the ERRORs that start there are explained. */
  readonly unclosedQuotes = new Set<number>();

  add(index: number, message: string, priority: number = PRIORITY.hint): void {
    this.list.push({ index, message, priority });
  }

  /** The findings as diagnostics: sorted by position, one per spot, at most `MAX_DIAGNOSTICS`. */
  diagnostics(lines: LineIndex): Diagnostic[] {
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    const ordered = this.list
      .map((f, order) => ({ ...f, order, ...lines.position(f.index) }))
      .sort(
        (a, b) =>
          a.line - b.line || a.column - b.column || b.priority - a.priority || a.order - b.order,
      );
    for (const f of ordered) {
      const key = `${f.line}:${f.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ line: f.line, column: f.column, message: f.message });
      if (out.length === MAX_DIAGNOSTICS) break;
    }
    return out;
  }
}
