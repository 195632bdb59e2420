/**
 * Presents a comparison as one standalone HTML page (`juxta compare --format html`): no scripts,
 * no external files, every piece of code and text escaped in one helper.
 */
import { CATEGORIES, CATEGORY_ORDER } from '../concepts.js';
import type { CompareResult } from '../types.js';
import {
  CATEGORY_COLORS,
  codeLines,
  countOf,
  escapeMarkup as escapeHtml,
  sentenceParts,
  spansByLine,
  type Span,
} from './shared.js';

function lineHtml(line: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += escapeHtml(line.slice(at, s.start));
    const text = escapeHtml(line.slice(s.start, s.end));
    const classes = [`t-${s.kind}`];
    if (s.diff) classes.push('diff', `c-${s.diff.category}`);
    const title = s.diff
      ? ` title="${escapeHtml(CATEGORIES[s.diff.category].name)}" data-diff="${s.diff.id}"`
      : '';
    out += `<span class="${classes.join(' ')}"${title}>${text}</span>`;
    at = s.end;
  }
  return out + escapeHtml(line.slice(at));
}

function sideLines(code: string, result: CompareResult, side: 'left' | 'right') {
  const lines = codeLines(code);
  const spans = spansByLine(result, side);
  return (n: number | null) => (n === null ? '' : lineHtml(lines[n - 1] ?? '', spans.get(n) ?? []));
}

export interface HtmlOptions {
  leftName: string;
  rightName: string;
  title: string;
}

export function toHtml(
  result: CompareResult,
  leftCode: string,
  rightCode: string,
  options: HtmlOptions,
): string {
  const left = sideLines(leftCode, result, 'left');
  const right = sideLines(rightCode, result, 'right');
  const rows = result.rows
    .map(
      (r) =>
        `<tr><td class="n">${r.left ?? ''}</td><td class="code${r.left === null ? ' gap' : ''}">${left(r.left)}</td>` +
        `<td class="n">${r.right ?? ''}</td><td class="code${r.right === null ? ' gap' : ''}">${right(r.right)}</td></tr>`,
    )
    .join('\n');
  const differences = result.differences
    .map(
      (d) =>
        `<li id="${d.id}"><span class="badge c-${d.category}">${escapeHtml(CATEGORIES[d.category].name)}</span> ` +
        `${inlineCode(d.summary)}${d.explanation ? `<p>${inlineCode(d.explanation)}</p>` : ''}</li>`,
    )
    .join('\n');
  const errors = result.left.errors
    .map((e) => ({ ...e, side: options.leftName }))
    .concat(result.right.errors.map((e) => ({ ...e, side: options.rightName })))
    .map(
      (e) =>
        `<li>${escapeHtml(e.side)}, line ${e.line}, column ${e.column}: ${inlineCode(e.message)}</li>`,
    )
    .join('\n');
  const categoryCss = CATEGORY_ORDER.map((c) => `.c-${c}{--c:${CATEGORY_COLORS[c]}}`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1c1917;background:#fff}
table{border-collapse:collapse;width:100%;font:15px/1.6 ui-monospace,Menlo,Consolas,monospace}
th{text-align:left;padding:.25rem .5rem;border-bottom:2px solid #d6d3d1}
td{padding:0 .5rem;vertical-align:top;white-space:pre}
td.n{color:#57534e;text-align:right;user-select:none;width:2.5rem}
td.gap{background:repeating-linear-gradient(135deg,#f5f5f4 0 6px,#fff 6px 12px)}
.t-keyword{color:#7c2d12;font-weight:600}.t-string{color:#166534}.t-comment{color:#57534e;font-style:italic}.t-number{color:#1e3a8a}
.diff{outline:2px solid var(--c);outline-offset:1px;border-radius:2px;text-decoration:underline wavy var(--c)}
.badge{display:inline-block;font-size:.8rem;font-weight:600;color:#fff;background:var(--c);border-radius:.25rem;padding:0 .4rem}
ol li{margin:.5rem 0}ol p{margin:.1rem 0 0;color:#44403c}
code{background:#f5f5f4;border-radius:.2rem;padding:0 .2rem}
${categoryCss}
@media (prefers-color-scheme:dark){body{color:#e7e5e4;background:#1c1917}td.gap{background:repeating-linear-gradient(135deg,#292524 0 6px,#1c1917 6px 12px)}
td.n{color:#a8a29e}.t-keyword{color:#fdba74}.t-string{color:#86efac}.t-number{color:#93c5fd}.t-comment{color:#a8a29e}code{background:#292524}ol p{color:#d6d3d1}}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(options.title)}</h1>
<table>
<thead><tr><th></th><th>${escapeHtml(options.leftName)}</th><th></th><th>${escapeHtml(options.rightName)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${result.notice ? `<p>${escapeHtml(result.notice)}</p>` : ''}
${errors ? `<h2>Syntax errors</h2><ul>${errors}</ul>` : ''}
<h2>${countOf(result.differences.length, 'difference')}</h2>
<ol>
${differences}
</ol>
</main>
</body>
</html>
`;
}

/** Escapes text and turns `backticked` spans into <code>. */
function inlineCode(text: string): string {
  return sentenceParts(text)
    .map((p) => (p.kind === 'code' ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text)))
    .join('');
}
