/**
 * Presents a comparison as Markdown (`juxta compare --format markdown`), for course notes and LMS
 * pages: a title, both programs as fenced code blocks tagged with their language, then the
 * numbered differences with their category, summary and explanation.
 *
 * The programs come one after the other, not side by side: Markdown has no columns, and a table of
 * rows would lose the code's indentation (a table cell holds inline code only, whose spaces
 * collapse, and no syntax highlighting). Fenced blocks keep every space, get highlighted on GitHub
 * and in most LMS editors, and copy out as runnable code; the summaries name the lines.
 */
import { CATEGORIES } from '../concepts.js';
import type { CompareResult } from '../types.js';
import { codeLines, countOf, sentenceParts } from './shared.js';

export interface MarkdownOptions {
  leftName: string;
  rightName: string;
  /** Language ids, the fenced blocks' info strings (`ruby`, `python`: what GitHub highlights). */
  leftLanguage: string;
  rightLanguage: string;
  title: string;
}

/**
 * Backslash-escapes what Markdown (or an LMS that allows HTML) would read as syntax inside a line:
 * emphasis, code, links, HTML tags and entities, strikethrough. The text never starts a line where
 * `#`, `-` or `1.` would matter, except in headings, where they are plain text.
 */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** Inline code that holds any text: a fence longer than any run of backticks inside it. */
function inlineCode(code: string): string {
  const text = code.replace(/\n/g, ' ');
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both have one: padding keeps edges intact.
  const pad = /^[ `]|[ `]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The engine's sentence with its `backticked` code as inline code and the rest escaped. */
function sentence(text: string): string {
  return sentenceParts(text)
    .map((p) => (p.kind === 'code' ? inlineCode(p.text) : escapeText(p.text)))
    .join('');
}

/** A fenced code block that no line of the code can close early. */
function codeBlock(code: string, language: string): string {
  const lines = codeLines(code);
  // A final newline ends the last line; it does not start another (the contract's rule).
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  let longest = 0;
  for (const line of lines) {
    const run = /^ {0,3}(`+)/.exec(line)?.[1];
    if (run) longest = Math.max(longest, run.length);
  }
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = language.replace(/[^\w+-]/g, '');
  return `${fence}${info}\n${lines.join('\n')}\n${fence}`;
}

export function toMarkdown(
  result: CompareResult,
  leftCode: string,
  rightCode: string,
  options: MarkdownOptions,
): string {
  const out: string[] = [`# ${escapeText(options.title)}`];
  out.push(`## ${escapeText(options.leftName)}`, codeBlock(leftCode, options.leftLanguage));
  out.push(`## ${escapeText(options.rightName)}`, codeBlock(rightCode, options.rightLanguage));
  if (result.notice) out.push(`> ${sentence(result.notice)}`);
  const errors = result.left.errors
    .map((e) => ({ ...e, side: options.leftName }))
    .concat(result.right.errors.map((e) => ({ ...e, side: options.rightName })));
  if (errors.length > 0) {
    out.push(
      '## Syntax errors',
      errors
        .map(
          (e) =>
            `- ${escapeText(e.side)}, line ${e.line}, column ${e.column}: ${sentence(e.message)}`,
        )
        .join('\n'),
    );
  }
  out.push(`## ${countOf(result.differences.length, 'difference')}`);
  if (result.differences.length === 0 && !result.notice) out.push('No differences in syntax.');
  result.differences.forEach((d, i) => {
    const marker = `${i + 1}. `;
    // The explanation is a second paragraph of the same item: indented to the item's text.
    const indent = ' '.repeat(marker.length);
    out.push(
      `${marker}**${escapeText(CATEGORIES[d.category].name)}**: ${sentence(d.summary)}\n\n` +
        `${indent}${sentence(d.explanation)}`,
    );
  });
  return `${out.join('\n\n')}\n`;
}
