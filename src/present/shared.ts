/**
 * What the presenters share: a program's lines, its tokens laid out per line with the difference
 * that marks each, escaping for HTML and XML, the categories' colours, and the engine's `backtick`
 * convention for code inside sentences. Everything here is linear in its input and never spreads
 * an array into a call, so any number of lines or tokens is safe.
 */
import type { Category, CompareResult, Token } from '../types.js';

/** The category colours of the standalone page and the SVG picture (light background). */
export const CATEGORY_COLORS: Record<Category, string> = {
  'block-start': '#1d4ed8',
  'block-end': '#a21caf',
  'call-parens': '#b45309',
  keyword: '#0e7490',
  builtin: '#15803d',
  literal: '#b91c1c',
  operator: '#c2410c',
  string: '#4d7c0f',
  comment: '#57534e',
  terminator: '#be123c',
  expression: '#6d28d9',
  statement: '#9d174d',
  delimiter: '#0f766e',
  naming: '#1e40af',
  behaviour: '#e11d48',
  type: '#4338ca',
};

/** A program's lines, as the engine numbers them: split at `\n`, each without its `\r`. */
export function codeLines(code: string): string[] {
  return code.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** `1 difference`, `5 differences`. */
export function countOf(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** Escapes text for HTML or XML element content and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/**
 * Text that XML may hold: characters XML 1.0 forbids even as references (control characters
 * but tab, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD, then the rest is escaped.
 */
export function escapeXml(text: string): string {
  return escapeMarkup(
    text.replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  );
}

/** A sentence split into its plain text and its `backticked` code, in order. */
export type SentencePart = { kind: 'text' | 'code'; text: string };

/**
 * Splits the engine's sentences (summaries, explanations, syntax errors) at their backticks. Code
 * that holds a backtick is between two, with a space inside each: ``` `` `hi` `` ```.
 */
export function sentenceParts(sentence: string): SentencePart[] {
  const parts: SentencePart[] = [];
  const code = /`` (.+?) ``|`([^`]+)`/g;
  let at = 0;
  for (let m = code.exec(sentence); m !== null; m = code.exec(sentence)) {
    if (m.index > at) parts.push({ kind: 'text', text: sentence.slice(at, m.index) });
    parts.push({ kind: 'code', text: m[1] ?? m[2] ?? '' });
    at = m.index + m[0].length;
  }
  if (at < sentence.length) parts.push({ kind: 'text', text: sentence.slice(at) });
  return parts;
}

/** A token's place in its line, and the difference that marks it, if any. */
export interface Span {
  /** UTF-16 offsets within the line. */
  start: number;
  end: number;
  kind: Token['kind'];
  diff?: { id: string; number: number; category: Category };
}

/**
 * One side's tokens as spans per line number, in order of their start, each with the difference
 * that marks it. Marks are matched by position, so a result that went through JSON marks as well
 * as a fresh one.
 */
export function spansByLine(result: CompareResult, side: 'left' | 'right'): Map<number, Span[]> {
  const at = (t: Token) => `${t.line}:${t.column}`;
  const byPlace = new Map<string, NonNullable<Span['diff']>>();
  result.differences.forEach((d, i) => {
    for (const t of d[side]) {
      if (!byPlace.has(at(t)))
        byPlace.set(at(t), { id: d.id, number: i + 1, category: d.category });
    }
  });
  const spans = new Map<number, Span[]>();
  for (const t of result[side].tokens) {
    const list = spans.get(t.line) ?? [];
    list.push({
      start: t.column - 1,
      end: t.column - 1 + t.text.length,
      kind: t.kind,
      diff: byPlace.get(at(t)),
    });
    spans.set(t.line, list);
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start);
  return spans;
}
