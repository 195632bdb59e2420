/**
 * Presents a comparison for the terminal: aligned columns (two, or up to four) with line numbers, the difference
 * tokens highlighted when colour is on, and the differences listed under them, numbered like the
 * lesson's bullets.
 */
import { CATEGORIES } from '../concepts.js';
import type { Category, CompareManyResult, CompareResult, SideResult, Token } from '../types.js';
import { codeLines } from './shared.js';

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
  type: '\u001b[1;4;36m',
};
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';

/** Where a difference marks a line: UTF-16 offsets within it, and its category. */
interface Mark {
  start: number;
  end: number;
  category: Category;
}

function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}

/** Each line's marks on one side, in the differences' order (the first to mark a character colours it). */
function marksByLine(differences: Columns['differences'], side: number): Map<number, Mark[]> {
  const marks = new Map<number, Mark[]>();
  for (const d of differences) {
    for (const t of d.places[side] ?? []) {
      const list = marks.get(t.line) ?? [];
      list.push({ start: t.column - 1, end: t.column - 1 + t.text.length, category: d.category });
      marks.set(t.line, list);
    }
  }
  return marks;
}

/**
 * A line in `width` cells: tabs as two spaces and control characters as a visible placeholder, so
 * columns stay aligned; cut with `…` when longer. Only the cells shown are built, so a line of
 * any length costs no more than its width.
 */
function renderLine(
  line: string | undefined,
  marks: Mark[] | undefined,
  width: number,
  color: boolean,
): string {
  if (line === undefined) return ' '.repeat(width);
  const chars: string[] = [];
  const units: number[] = []; // the UTF-16 offset each cell comes from
  let at = 0;
  while (at < line.length && chars.length <= width) {
    const code = line.codePointAt(at) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    if (code === 0x09) {
      chars.push(' ', ' ');
      units.push(at, at);
    } else {
      chars.push(isControl(code) ? '·' : line.slice(at, at + size));
      units.push(at);
    }
    at += size;
  }
  const cut = at < line.length || chars.length > width;
  const shown = cut ? width - 1 : chars.length;
  const categories: (Category | null)[] = new Array<Category | null>(shown).fill(null);
  for (const mark of marks ?? []) {
    for (let i = lowerBound(units, mark.start, shown); i < shown && units[i]! < mark.end; i++) {
      categories[i] ??= mark.category;
    }
  }
  let out = '';
  let current: Category | null = null;
  for (let i = 0; i < shown; i++) {
    const category = categories[i] ?? null;
    if (color && category !== current) {
      out += category ? ANSI[category] : RESET;
      current = category;
    }
    out += chars[i];
  }
  if (color && current) out += RESET;
  if (cut) out += '…';
  return out + ' '.repeat(Math.max(0, width - shown - (cut ? 1 : 0)));
}

/** The first index among the first `count` of the sorted `values` that is at least `target`. */
function lowerBound(values: number[], target: number, count: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
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

/** A comparison of any number of sides, as the text view lays it out: one column per side. */
interface Columns {
  sides: { name: string; code: string; errors: SideResult['errors'] }[];
  /** Per row, a line number (or `null`) per side. */
  rows: (number | null)[][];
  differences: { category: Category; summary: string; explanation: string; places: Token[][] }[];
  notice?: string;
}

/** Two programs side by side, the differences listed under them. */
export function toText(
  result: CompareResult,
  leftCode: string,
  rightCode: string,
  options: TextOptions,
): string {
  return columnsText(
    {
      sides: [
        { name: options.leftName, code: leftCode, errors: result.left.errors },
        { name: options.rightName, code: rightCode, errors: result.right.errors },
      ],
      rows: result.rows.map((r) => [r.left, r.right]),
      differences: result.differences.map((d) => ({ ...d, places: [d.left, d.right] })),
      notice: result.notice,
    },
    options,
  );
}

/** Three or four programs side by side (an N-way comparison), the differences listed under them. */
export function toTextMany(
  result: CompareManyResult,
  codes: string[],
  options: Omit<TextOptions, 'leftName' | 'rightName'> & { names: string[] },
): string {
  return columnsText(
    {
      sides: result.sides.map((side, s) => ({
        name: options.names[s] ?? side.language,
        code: codes[s] ?? '',
        errors: side.errors,
      })),
      rows: result.rows.map((r) => r.lines),
      differences: result.differences,
      notice: result.notice,
    },
    options,
  );
}

function columnsText(result: Columns, options: { color: boolean; width: number }): string {
  const { color } = options;
  const count = result.sides.length;
  const lines = result.sides.map((side) => codeLines(side.code));
  const marks = result.sides.map((_, s) => marksByLine(result.differences, s));
  // A loop, not Math.max(...rows): spreading 130,000 rows as arguments overflows the stack.
  let maxLine = 1;
  for (const row of result.rows) for (const n of row) maxLine = Math.max(maxLine, n ?? 0);
  const numberWidth = String(maxLine).length;
  const column = Math.max(
    count > 2 ? 16 : 20,
    Math.floor((options.width - count * (numberWidth + 1) - 3 * (count - 1)) / count),
  );
  const num = (n: number | null) =>
    n === null ? ' '.repeat(numberWidth) : String(n).padStart(numberWidth);
  const dim = (s: string) => (color ? `${DIM}${s}${RESET}` : s);
  const bold = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);
  const join = (cells: string[]) => cells.join(' │ ').trimEnd();

  const out: string[] = [];
  out.push(
    bold(
      join(
        result.sides.map((side, s) =>
          s === count - 1
            ? `${' '.repeat(numberWidth + 1)}${side.name}`
            : `${' '.repeat(numberWidth + 1)}${side.name.padEnd(column)}`,
        ),
      ),
    ),
  );
  for (const row of result.rows) {
    const cells = row.map((n, s) => {
      const text = n === null ? undefined : (lines[s]?.[n - 1] ?? '');
      const lineMarks = n === null ? undefined : marks[s]?.get(n);
      return `${dim(num(n))} ${renderLine(text, lineMarks, column, color)}`;
    });
    out.push(join(cells));
  }
  if (result.notice) out.push('', result.notice);
  for (const side of result.sides) {
    for (const e of side.errors)
      out.push('', `${side.name} syntax error, line ${e.line}, column ${e.column}: ${e.message}`);
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
