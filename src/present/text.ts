/**
 * Presents a comparison for the terminal: two aligned columns with line numbers, the difference
 * tokens highlighted when colour is on, and the differences listed under them, numbered like the
 * lesson's bullets.
 */
import { CATEGORIES } from '../concepts.js';
import type { Category, CompareResult, Token } from '../types.js';

export interface TextOptions {
  /** ANSI colours (the CLI turns them on when stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
  /** Total width in columns. */
  width: number;
  /** Names of the two languages, for the column headers. */
  leftName: string;
  rightName: string;
}

const ANSI: Record<Category, string> = {
  'block-start': '\u001b[1;34m',
  'block-end': '\u001b[1;35m',
  'call-parens': '\u001b[1;33m',
  keyword: '\u001b[1;36m',
  builtin: '\u001b[1;32m',
  literal: '\u001b[1;31m',
  operator: '\u001b[1;33m',
  string: '\u001b[1;32m',
  comment: '\u001b[2m',
  terminator: '\u001b[1;31m',
  expression: '\u001b[4m',
  statement: '\u001b[1;35m',
  delimiter: '\u001b[1;36m',
  naming: '\u001b[1;34m',
  behaviour: '\u001b[1;7;31m',
};
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';

/** A line of code as cells: characters and the category colouring each. */
interface Cell {
  ch: string;
  category: Category | null;
}

function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f;
}

function lineCells(code: string): Cell[][] {
  return code.split('\n').map((raw) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // Tabs become two spaces, control characters a visible placeholder, so columns stay aligned.
    return [...line.replace(/\t/g, '  ')].map((ch) => ({
      ch: isControl(ch) ? '·' : ch,
      category: null,
    }));
  });
}

function paint(cells: Cell[][], tokens: Token[], category: Category, source: string) {
  const lines = source.split('\n');
  for (const t of tokens) {
    const row = cells[t.line - 1];
    const raw = lines[t.line - 1] ?? '';
    if (!row) continue;
    // Columns count UTF-16 units and tabs widen; map to the cell index of the start.
    const prefix = raw.slice(0, t.column - 1).replace(/\t/g, '  ');
    const start = [...prefix].length;
    const length = [...t.text.replace(/\t/g, '  ')].length;
    for (let i = start; i < start + length && i < row.length; i++) {
      const cell = row[i];
      if (cell && cell.category === null) cell.category = category;
    }
  }
}

function render(cells: Cell[] | undefined, width: number, color: boolean): string {
  if (!cells) return ' '.repeat(width);
  const shown =
    cells.length > width ? [...cells.slice(0, width - 1), { ch: '…', category: null }] : cells;
  let out = '';
  let current: Category | null = null;
  for (const cell of shown) {
    if (color && cell.category !== current) {
      out += cell.category ? ANSI[cell.category] : RESET;
      current = cell.category;
    }
    out += cell.ch;
  }
  if (color && current) out += RESET;
  return out + ' '.repeat(Math.max(0, width - shown.length));
}

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function toText(
  result: CompareResult,
  leftCode: string,
  rightCode: string,
  options: TextOptions,
): string {
  const { color } = options;
  const leftCells = lineCells(leftCode);
  const rightCells = lineCells(rightCode);
  for (const d of result.differences) {
    paint(leftCells, d.left, d.category, leftCode);
    paint(rightCells, d.right, d.category, rightCode);
  }
  const maxLine = Math.max(1, ...result.rows.map((r) => Math.max(r.left ?? 0, r.right ?? 0)));
  const numberWidth = String(maxLine).length;
  const column = Math.max(20, Math.floor((options.width - 2 * (numberWidth + 1) - 3) / 2));
  const num = (n: number | null) =>
    n === null ? ' '.repeat(numberWidth) : String(n).padStart(numberWidth);
  const dim = (s: string) => (color ? `${DIM}${s}${RESET}` : s);
  const bold = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);

  const out: string[] = [];
  out.push(
    bold(
      `${' '.repeat(numberWidth + 1)}${options.leftName.padEnd(column)} │ ${' '.repeat(numberWidth + 1)}${options.rightName}`,
    ),
  );
  for (const row of result.rows) {
    const l = row.left === null ? undefined : leftCells[row.left - 1];
    const r = row.right === null ? undefined : rightCells[row.right - 1];
    const left = `${dim(num(row.left))} ${render(l, column, color)}`;
    const right = `${dim(num(row.right))} ${render(r, column, color).trimEnd()}`;
    out.push(`${left} │ ${right}`.trimEnd());
  }
  if (result.notice) out.push('', result.notice);
  for (const [name, side] of [
    [options.leftName, result.left],
    [options.rightName, result.right],
  ] as const) {
    for (const e of side.errors)
      out.push('', `${name} syntax error, line ${e.line}, column ${e.column}: ${e.message}`);
  }
  out.push('');
  if (result.differences.length === 0) {
    out.push(result.notice ? '' : 'No differences in syntax.');
  } else {
    out.push(
      bold(`${result.differences.length} difference${result.differences.length === 1 ? '' : 's'}:`),
    );
    const width = Math.max(40, options.width);
    result.differences.forEach((d, i) => {
      const label = `[${CATEGORIES[d.category].name}]`;
      const [first = '', ...rest] = wrap(`${label} ${d.summary}`, width - 4);
      const painted = color
        ? `${ANSI[d.category]}${label}${RESET}${first.slice(label.length)}`
        : first;
      out.push(`${String(i + 1).padStart(2)}. ${painted}`);
      for (const line of rest) out.push(`    ${line}`);
      for (const line of wrap(d.explanation, width - 4)) out.push(`    ${dim(line)}`);
    });
  }
  return out.join('\n') + '\n';
}
