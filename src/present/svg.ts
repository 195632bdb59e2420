/**
 * Presents a comparison as an SVG picture (`juxta compare --format svg`), for slides: both
 * programs side by side, aligned by the result's rows with a hatched gap where a side has no line,
 * each difference's tokens tinted in its category's colour and underlined in its category's own
 * stroke pattern (so the marks still read in grayscale), numbered at the end of each line, and the
 * numbered summaries under the code. All of it is text (`<text>`, searchable, crisp at any size),
 * laid out here without a browser: the font is monospace, so a column is a fixed width.
 */
import { CATEGORIES } from '../concepts.js';
import type { Category, CompareResult, Row } from '../types.js';
import {
  CATEGORY_COLORS,
  codeLines,
  countOf,
  escapeXml,
  sentenceParts,
  spansByLine,
  type Span,
} from './shared.js';

export interface SvgOptions {
  leftName: string;
  rightName: string;
  title: string;
}

/**
 * Each category's non-colour cue: a stroke pattern, drawn once or twice. Eight patterns, single
 * and double, give each category an underline of its own. The web view's cues
 * (web/src/code.css) come first where they are unique: solid, double, dotted, dashed, wavy.
 */
interface Cue {
  pattern:
    'solid' | 'dotted' | 'dashed' | 'dash-dot' | 'dash-dot-dot' | 'long-dash' | 'wavy' | 'bracket';
  double: boolean;
}

export const SVG_CUES: Record<Category, Cue> = {
  'block-start': { pattern: 'solid', double: false },
  'block-end': { pattern: 'solid', double: true },
  'call-parens': { pattern: 'dotted', double: false },
  keyword: { pattern: 'dashed', double: false },
  builtin: { pattern: 'wavy', double: false },
  literal: { pattern: 'dotted', double: true },
  operator: { pattern: 'dash-dot', double: false },
  string: { pattern: 'wavy', double: true },
  comment: { pattern: 'long-dash', double: false },
  terminator: { pattern: 'dash-dot', double: true },
  expression: { pattern: 'bracket', double: false },
  statement: { pattern: 'dashed', double: true },
  delimiter: { pattern: 'long-dash', double: true },
  naming: { pattern: 'bracket', double: true },
  behaviour: { pattern: 'dash-dot-dot', double: false },
  type: { pattern: 'dash-dot-dot', double: true },
};

const DASHES: Partial<Record<Cue['pattern'], string>> = {
  dotted: '2 2.5',
  dashed: '6 3',
  'dash-dot': '7 2.5 1.5 2.5',
  'dash-dot-dot': '7 2 1.5 2 1.5 2',
  'long-dash': '10 3',
};

/** Token colours by kind, as in the standalone page. */
const TOKEN_COLORS: Record<string, string> = {
  keyword: '#7c2d12',
  string: '#166534',
  comment: '#57534e',
  number: '#1e3a8a',
  constant: '#1e3a8a',
  symbol: '#166534',
};

const FONT = 14;
/** Advance of one character of a monospace font at FONT px: 0.6 em in the usual ones. */
const CHAR = FONT * 0.6;
const LINE = 22;
const PAD = 16;
/** Longest line drawn, in columns; the rest of a longer line is cut with `…`. */
const MAX_COLUMNS = 160;
/** Narrowest the picture gets, in columns, so the summaries under short code still read. */
const MIN_COLUMNS = 72;

const px = (n: number) => String(Math.round(n * 10) / 10);

/** A line for display: tabs as two spaces (as in the terminal), and the column of an offset. */
interface DisplayLine {
  text: string;
  /** The UTF-16 length of the line as written. */
  length: number;
  /** The display column where the character at a UTF-16 offset (up to `length`) starts. */
  column(offset: number): number;
}

function layoutLine(line: string): DisplayLine {
  if (!line.includes('\t')) return { text: line, length: line.length, column: (i) => i };
  let text = '';
  const columnAt: number[] = [];
  for (let i = 0; i < line.length; i++) {
    columnAt.push(text.length);
    text += line[i] === '\t' ? '  ' : line[i];
  }
  columnAt.push(text.length);
  return { text, length: line.length, column: (i) => columnAt[i] ?? text.length };
}

/** One side of the picture: its lines laid out, the spans on them, and where it is drawn. */
interface Side {
  lines: DisplayLine[];
  spans: Map<number, Span[]>;
  /** Difference numbers marked on each line, ascending. */
  badges: Map<number, number[]>;
  numberWidth: number;
  codeColumns: number;
  badgeWidth: number;
  /** x of the line numbers' right edge, of the code, of the badges. */
  numbersX: number;
  codeX: number;
  badgesX: number;
  right: number;
}

function badgeSize(n: number): number {
  return String(n).length * CHAR + 8;
}

function prepareSide(code: string, result: CompareResult, which: 'left' | 'right'): Side {
  const lines = codeLines(code).map(layoutLine);
  const spans = spansByLine(result, which);
  const badges = new Map<number, number[]>();
  result.differences.forEach((d, i) => {
    for (const t of d[which]) {
      const list = badges.get(t.line) ?? [];
      // Differences come in number order, so a number already listed is the last one.
      if (list[list.length - 1] !== i + 1) list.push(i + 1);
      badges.set(t.line, list);
    }
  });
  let codeColumns = 0;
  let maxLine = 1;
  for (const row of result.rows) {
    const n = row[which];
    if (n === null) continue;
    maxLine = Math.max(maxLine, n);
    codeColumns = Math.max(codeColumns, Math.min(MAX_COLUMNS, lines[n - 1]?.text.length ?? 0));
  }
  let badgeWidth = 0;
  for (const list of badges.values()) {
    let width = 0;
    for (const n of list) width += badgeSize(n) + 3;
    badgeWidth = Math.max(badgeWidth, width);
  }
  return {
    lines,
    spans,
    badges,
    numberWidth: String(maxLine).length,
    codeColumns,
    badgeWidth,
    numbersX: 0,
    codeX: 0,
    badgesX: 0,
    right: 0,
  };
}

function place(side: Side, x: number): void {
  side.numbersX = x + side.numberWidth * CHAR;
  side.codeX = side.numbersX + 2 * CHAR;
  side.badgesX = side.codeX + side.codeColumns * CHAR + CHAR;
  side.right = side.badgesX + side.badgeWidth;
}

/** The underline of a mark from x1 to x2 under the baseline, in its category's pattern. */
function underline(category: Category, x1: number, x2: number, y: number): string {
  const cue = SVG_CUES[category];
  const color = CATEGORY_COLORS[category];
  const one = (at: number) => {
    if (cue.pattern === 'wavy') {
      // A smooth wave of 4 px period and 1.5 px amplitude.
      let d = `M${px(x1)} ${px(at)}`;
      let up = true;
      for (let x = x1; x < x2; x += 2) {
        const next = Math.min(x + 2, x2);
        d += ` Q${px((x + next) / 2)} ${px(at + (up ? -1.5 : 1.5))} ${px(next)} ${px(at)}`;
        up = !up;
      }
      return `<path d="${d}" fill="none" stroke="${color}" stroke-width="1.3"/>`;
    }
    if (cue.pattern === 'bracket') {
      // A line with ends turned up, like ⌴: the whole stretch is one unit.
      const d = `M${px(x1 + 0.75)} ${px(at - 4)} V${px(at)} H${px(x2 - 0.75)} V${px(at - 4)}`;
      return `<path d="${d}" fill="none" stroke="${color}" stroke-width="1.5"/>`;
    }
    const dash = DASHES[cue.pattern];
    const width = cue.pattern === 'dotted' ? 2 : 1.5;
    return `<line x1="${px(x1)}" y1="${px(at)}" x2="${px(x2)}" y2="${px(at)}" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  };
  return cue.double ? one(y) + one(y + 3.5) : one(y);
}

function badge(n: number, category: Category, x: number, baseline: number): string {
  const width = badgeSize(n);
  return (
    `<rect x="${px(x)}" y="${px(baseline - FONT + 1)}" width="${px(width)}" height="${FONT + 2}" rx="4" fill="${CATEGORY_COLORS[category]}"/>` +
    `<text x="${px(x + width / 2)}" y="${px(baseline)}" class="badge">${n}</text>`
  );
}

/** A line of code: one positioned `<tspan>` per token and per stretch between tokens. */
function codeLine(side: Side, n: number, baseline: number, result: CompareResult): string {
  const line = side.lines[n - 1];
  if (!line) return '';
  const cut = line.text.length > MAX_COLUMNS ? MAX_COLUMNS - 1 : line.text.length;
  const x = (column: number) => side.codeX + Math.min(column, cut) * CHAR;
  const marks: string[] = [];
  let runs = '';
  const run = (from: number, to: number, span?: Span) => {
    const start = Math.min(line.column(from), cut);
    const end = Math.min(line.column(to), cut);
    if (end <= start) return;
    const text = escapeXml(line.text.slice(start, end));
    const kind = span && TOKEN_COLORS[span.kind] ? ` class="t-${span.kind}"` : '';
    runs += `<tspan x="${px(x(start))}"${kind}>${text}</tspan>`;
    if (span?.diff) {
      const { category, number } = span.diff;
      marks.push(
        `<g><title>${number}: ${escapeXml(CATEGORIES[category].name)}</title>` +
          `<rect x="${px(x(start))}" y="${px(baseline - FONT + 1)}" width="${px((end - start) * CHAR)}" height="${FONT + 3}" fill="${CATEGORY_COLORS[category]}" fill-opacity="0.13"/>` +
          underline(category, x(start), x(end), baseline + 4) +
          '</g>',
      );
    }
  };
  let at = 0;
  for (const span of side.spans.get(n) ?? []) {
    if (span.start < at) continue;
    run(at, span.start);
    run(span.start, Math.min(span.end, line.length), span);
    at = span.end;
  }
  run(at, line.length);
  if (cut < line.text.length) runs += `<tspan x="${px(x(cut))}" class="faint">…</tspan>`;
  let badges = '';
  let bx = side.badgesX;
  for (const number of side.badges.get(n) ?? []) {
    const d = result.differences[number - 1];
    if (!d) continue;
    badges += badge(number, d.category, bx, baseline);
    bx += badgeSize(number) + 3;
  }
  const number = `<text x="${px(side.numbersX)}" y="${px(baseline)}" class="n">${n}</text>`;
  return `${marks.join('')}${number}<text y="${px(baseline)}">${runs}</text>${badges}`;
}

/** Greedy word wrap of a sentence, keeping which characters were `backticked` code. */
function wrapSentence(sentence: string, columns: number): { text: string; code: boolean[] }[] {
  let text = '';
  const code: boolean[] = [];
  for (const part of sentenceParts(sentence)) {
    text += part.text;
    for (let i = 0; i < part.text.length; i++) code.push(part.kind === 'code');
  }
  const lines: { text: string; code: boolean[] }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + columns);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    lines.push({ text: text.slice(start, end), code: code.slice(start, end) });
    start = end;
    while (text[start] === ' ') start++;
  }
  return lines;
}

/** A wrapped line of a sentence, its code in bold. */
function sentenceLine(line: { text: string; code: boolean[] }, x: number, y: number): string {
  let out = '';
  let from = 0;
  for (let i = 1; i <= line.text.length; i++) {
    if (i === line.text.length || line.code[i] !== line.code[from]) {
      const cls = line.code[from] ? ' class="code"' : '';
      out += `<tspan x="${px(x + from * CHAR)}"${cls}>${escapeXml(line.text.slice(from, i))}</tspan>`;
      from = i;
    }
  }
  return `<text y="${px(y)}">${out}</text>`;
}

export function toSvg(
  result: CompareResult,
  leftCode: string,
  rightCode: string,
  options: SvgOptions,
): string {
  const left = prepareSide(leftCode, result, 'left');
  const right = prepareSide(rightCode, result, 'right');
  place(left, PAD);
  place(right, left.right + 3 * CHAR);
  const width = Math.max(right.right + PAD, 2 * PAD + MIN_COLUMNS * CHAR);
  const textColumns = Math.floor((width - 2 * PAD) / CHAR);
  const out: string[] = [];
  let y = PAD + FONT;

  out.push(
    `<text x="${px(left.codeX)}" y="${px(y)}" class="head">${escapeXml(options.leftName)}</text>`,
    `<text x="${px(right.codeX)}" y="${px(y)}" class="head">${escapeXml(options.rightName)}</text>`,
  );
  y += 8;
  out.push(`<line x1="${PAD}" y1="${px(y)}" x2="${px(width - PAD)}" y2="${px(y)}" class="rule"/>`);
  const rowsTop = y;
  const separatorX = left.right + 1.5 * CHAR;
  const drawSide = (side: Side, n: number | null, rowTop: number, baseline: number) => {
    if (n === null) {
      out.push(
        `<rect x="${px(side.codeX - 2)}" y="${px(rowTop + 2)}" width="${px(Math.max(side.codeColumns, 4) * CHAR + 4)}" height="${LINE - 4}" fill="url(#gap)"/>`,
      );
    } else {
      out.push(codeLine(side, n, baseline, result));
    }
  };
  result.rows.forEach((row: Row) => {
    const rowTop = y;
    const baseline = y + LINE - 7;
    drawSide(left, row.left, rowTop, baseline);
    drawSide(right, row.right, rowTop, baseline);
    y += LINE;
  });
  out.push(
    `<line x1="${px(separatorX)}" y1="${px(rowsTop)}" x2="${px(separatorX)}" y2="${px(y + 4)}" class="rule"/>`,
  );
  y += LINE;

  const say = (sentence: string, x: number, columns: number) => {
    for (const line of wrapSentence(sentence, columns)) {
      out.push(sentenceLine(line, x, y));
      y += LINE - 4;
    }
  };
  if (result.notice) say(result.notice, PAD, textColumns);
  for (const [name, side] of [
    [options.leftName, result.left],
    [options.rightName, result.right],
  ] as const) {
    for (const e of side.errors)
      say(
        `${name} syntax error, line ${e.line}, column ${e.column}: ${e.message}`,
        PAD,
        textColumns,
      );
  }
  if (result.notice || result.left.errors.length > 0 || result.right.errors.length > 0) y += 6;

  out.push(
    `<text x="${PAD}" y="${px(y)}" class="head">${countOf(result.differences.length, 'difference')}</text>`,
  );
  y += LINE + 2;
  // Each entry: its number's badge, its category's cue and name, then the summary under them.
  result.differences.forEach((d, i) => {
    out.push(badge(i + 1, d.category, PAD, y));
    const cueX = PAD + badgeSize(i + 1) + CHAR;
    out.push(underline(d.category, cueX, cueX + 4 * CHAR, y - 4));
    out.push(
      `<text x="${px(cueX + 5 * CHAR)}" y="${px(y)}" class="cat" style="fill:${CATEGORY_COLORS[d.category]}">${escapeXml(CATEGORIES[d.category].name)}</text>`,
    );
    y += LINE - 2;
    say(d.summary, PAD + 4 * CHAR, textColumns - 4);
    y += 6;
  });
  const height = y + PAD - LINE + 8;

  const tokenCss = Object.entries(TOKEN_COLORS)
    .map(([kind, color]) => `.t-${kind}{fill:${color}}`)
    .join('');
  const summary = `${countOf(result.differences.length, 'difference')} between the ${options.leftName} and the ${options.rightName} program`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-labelledby="title desc" xml:space="preserve" font-family="ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace" font-size="${FONT}">
<title id="title">${escapeXml(options.title)}</title>
<desc id="desc">${escapeXml(summary)}</desc>
<style>
text{fill:#1c1917;white-space:pre}
.n{fill:#78716c;text-anchor:end}
.head{font-weight:700}
.cat{font-weight:700}
.code{font-weight:700;fill:#0c0a09}
.faint{fill:#a8a29e}
.badge{fill:#fff;font-size:11px;font-weight:700;text-anchor:middle}
.rule{stroke:#d6d3d1;stroke-width:1}
${tokenCss}.t-keyword{font-weight:600}.t-comment{font-style:italic}
</style>
<defs><pattern id="gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fafaf9"/><line x1="0" y1="0" x2="0" y2="8" stroke="#e7e5e4" stroke-width="4"/></pattern></defs>
<rect width="100%" height="100%" fill="#fff"/>
${out.join('\n')}
</svg>
`;
}
