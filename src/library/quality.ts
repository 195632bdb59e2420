/**
 * How good an explanation is, by rules written down so that anyone can check a verdict by hand
 * (docs/quality.md). Every difference is one of:
 *
 * - `identical`: a `changed` difference whose two sides read the same (the same token texts):
 *   noise that teaches a learner to distrust the list. A `behaviour` difference (a false friend:
 *   the same code acting differently) is the one exception.
 * - `generic`: an explanation that would fit any difference: empty, naming no code at all, the
 *   category's own description, or holding one of the stock phrases below.
 * - `off-topic`: an explanation whose code (what it puts in backticks) names nothing of its own
 *   difference: another difference's sentence.
 * - `specific`: everything else.
 *
 * The rules are deliberately mechanical: they cannot tell a true sentence from a false one, so a
 * person still reads the snapshots (test/library/__snapshots__/), but they catch stock text and
 * sentences borrowed from another difference, which is what a fallback produces.
 */
import { CATEGORIES } from '../concepts.js';
import type { Difference, Token } from '../types.js';

export type Verdict = 'specific' | 'generic' | 'off-topic' | 'identical';

/** Phrases that fit any difference; an explanation holding one is generic. */
export const STOCK_PHRASES = [
  'each have their own way',
  'has no counterpart',
  'no counterpart in the other',
  'does without it',
  'has its own punctuation here',
  'each language needs its own',
  'compute the same thing',
  'closes this block explicitly here',
];

/** The code a text puts in backticks (two, with a space inside, around code holding one), in order. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`` (.+?) ``|`([^`]+)`/g)].map((m) => (m[1] ?? m[2]) as string);
}

/** What a side of a difference spells: its tokens' texts, each once. */
function texts(tokens: readonly Token[]): string[] {
  return [...new Set(tokens.map((t) => t.text))];
}

/**
 * Whether a code span names something of the difference: it holds one of the difference's token
 * texts, or is held in one (`odd?` in `age.odd?`; `()` for the tokens `(` and `)`).
 */
function namesAny(span: string, tokenTexts: readonly string[]): boolean {
  const bare = span.replaceAll('…', '').trim();
  if (bare === '') return false;
  const joined = tokenTexts.join('');
  if (joined.includes(bare)) return true;
  return tokenTexts.some((t) => t.trim() !== '' && bare.includes(t.trim()));
}

export function verdictOf(d: Difference): Verdict {
  const left = texts(d.left);
  const right = texts(d.right);
  // A false friend reads alike by definition: the same text acting differently is the lesson.
  if (
    d.category !== 'behaviour' &&
    d.kind === 'changed' &&
    d.left.map((t) => t.text).join(' ') === d.right.map((t) => t.text).join(' ')
  ) {
    return 'identical';
  }
  const explanation = d.explanation.trim();
  const spans = codeSpans(explanation);
  const lower = explanation.toLowerCase();
  if (
    spans.length === 0 ||
    explanation === CATEGORIES[d.category].description ||
    STOCK_PHRASES.some((p) => lower.includes(p))
  ) {
    return 'generic';
  }
  const own = [...left, ...right];
  if (!spans.some((s) => namesAny(s, own))) return 'off-topic';
  return 'specific';
}

export interface QualityCount {
  specific: number;
  generic: number;
  'off-topic': number;
  identical: number;
  total: number;
}

export function emptyCount(): QualityCount {
  return { specific: 0, generic: 0, 'off-topic': 0, identical: 0, total: 0 };
}

/** Adds the verdicts of some differences to a count; returns the differences that are not specific. */
export function tally(count: QualityCount, differences: readonly Difference[]): Difference[] {
  const flagged: Difference[] = [];
  for (const d of differences) {
    const v = verdictOf(d);
    count[v]++;
    count.total++;
    if (v !== 'specific') flagged.push(d);
  }
  return flagged;
}

/** The share of specific differences, 0 to 1 (1 when there are none). */
export function specificShare(count: QualityCount): number {
  return count.total === 0 ? 1 : count.specific / count.total;
}
