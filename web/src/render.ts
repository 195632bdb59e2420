// The read view: every program (two to four) in one grid, one grid row per row of the result, so
// aligned lines sit side by side and a line with no counterpart faces a visible gap. A connector
// column between neighbouring panes shows what each row joins. To a screen reader it is a table:
// a row per aligned row, a column per program headed by its language; the row and cell wrappers
// are `display: contents`, so the cells inside them still lay out in the one grid.
import type { Row } from '../../src/types.js';
import { categoryClass, categoryName } from './categories.js';
import { listed, type Comparison } from './comparison.js';
import { h, withInlineCode } from './dom.js';
import { buildLines, marksOf, type Run, type SourceLine } from './segments.js';
import { indentColumns, wrapPieces } from './wrap.js';

export interface DifferenceInfo {
  /** 1-based position in the list, as the panel numbers it. */
  number: number;
  category: string;
}

export interface ReadViewInput {
  /** Two sides or more, each a pane, left to right. */
  comparison: Comparison;
  /** Every difference by id. */
  differences: Map<string, DifferenceInfo>;
  /** Differences whose category is switched off in the legend. */
  hidden: Set<string>;
}

/**
 * The classes of a pane's cells: `pane-0`, `pane-1`, … by position; with two panes also the
 * two-way names `side-left` and `side-right` (the `left` and `right` of a `CompareResult`).
 */
export function paneClass(pane: number, count: number): string {
  return count === 2 ? `pane-${pane} side-${pane === 0 ? 'left' : 'right'}` : `pane-${pane}`;
}

/** A pane's name in `data-side`: `left` and `right` for two, else its position from 1. */
function sideName(pane: number, count: number): string {
  return count === 2 ? (pane === 0 ? 'left' : 'right') : String(pane + 1);
}

export function renderReadView(container: HTMLElement, input: ReadViewInput): void {
  const { comparison, hidden } = input;
  const count = comparison.sides.length;
  const visible = comparison.differences.filter((d) => !hidden.has(d.id));
  const lines = comparison.sides.map((side, s) =>
    buildLines(comparison.codes[s] ?? '', side.tokens, marksOf(visible, s), side.errors),
  );
  const names = comparison.names;
  const panes = names.map((_, s) => s);
  const between = (each: (pane: number) => HTMLElement, joint: (pane: number) => HTMLElement) =>
    panes.flatMap((s) => (s === 0 ? [each(s)] : [joint(s), each(s)]));

  const rows: HTMLElement[] = [
    tableRow(
      ...between(
        (s) =>
          h(
            'div',
            { class: 'table-cell', role: 'columnheader' },
            h(
              'div',
              { class: `head ${headClass(s, count)} ${paneClass(s, count)}` },
              h('span', { class: 'lang' }, names[s] ?? ''),
            ),
          ),
        () => h('div', { class: 'head head-conn', 'aria-hidden': 'true' }),
      ),
    ),
  ];

  const counts = lines.map((l) => l.length);
  for (const row of linesToShow(comparison.rows, counts)) {
    const cells = panes.map((s) => {
      const n = row[s];
      return n === null || n === undefined ? null : (lines[s]?.[n - 1] ?? null);
    });
    rows.push(
      tableRow(
        ...between(
          (s) =>
            tableCell(...lineCells(s, count, cells[s] ?? null, names[s] ?? '', input.differences)),
          (s) => connectorCell(cells[s - 1] ?? null, cells[s] ?? null),
        ),
      ),
    );
    if (cells.some((line) => (line?.errors.length ?? 0) > 0)) {
      rows.push(
        tableRow(
          ...between(
            (s) => tableCell(...errorCells(s, count, cells[s] ?? null)),
            () => h('div', { class: 'conn conn-none', 'aria-hidden': 'true' }),
          ),
        ),
      );
    }
  }
  container.setAttribute('role', 'table');
  container.setAttribute('aria-label', `${listed(names)}, line by line`);
  container.dataset.panes = String(count);
  setPaneWidths(container, lines);
  container.replaceChildren(...rows);
}

/** Room for a line's badges after its code, in columns. */
const BADGE_ROOM = 5;
/** The least share a pane is given, in columns: an empty program still has a pane to show. */
const MIN_COLUMNS = 16;

/**
 * Three or four panes share the width in proportion to their longest lines (style.css reads
 * `--pane-N`), so when the longest lines fit side by side no line wraps, and when they do not,
 * each pane wraps its longest lines alike: a short script is not given the room a program wrapped
 * in a class needs. Two panes keep equal halves, the view a reader of two programs expects.
 */
function setPaneWidths(container: HTMLElement, lines: SourceLine[][]): void {
  for (let s = 0; s < 4; s++) container.style.removeProperty(`--pane-${s}`);
  if (lines.length <= 2) return;
  lines.forEach((pane, s) => {
    const longest = Math.max(0, ...pane.map((line) => line.text.length)) + BADGE_ROOM;
    // CSSOM, not a style attribute: allowed under the service's CSP.
    container.style.setProperty(`--pane-${s}`, `${Math.max(longest, MIN_COLUMNS)}fr`);
  });
}

/** The heading's own class: `head-left` and `head-right` for two panes, `head-N` for more. */
function headClass(pane: number, count: number): string {
  return `head-${sideName(pane, count)}`;
}

function tableRow(...cells: HTMLElement[]): HTMLElement {
  return h('div', { class: 'table-row', role: 'row' }, ...cells);
}

function tableCell(...children: HTMLElement[]): HTMLElement {
  return h('div', { class: 'table-cell', role: 'cell' }, ...children);
}

/**
 * The result's rows (a line number or `null` per side), without any that point past the code,
 * plus a row for any line they leave out. The contract says neither happens; if the engine ever
 * slips, a line of the user's code still never vanishes from the view.
 */
export function linesToShow(rows: (number | null)[][], counts: number[]): (number | null)[][] {
  const valid = rows.filter((r) =>
    counts.every((count, s) => {
      const n = r[s] ?? null;
      return n === null || n <= count;
    }),
  );
  // Seen in the rows kept: a line whose only row pointed past another side's code gets its own.
  const seen = counts.map((_, s) => new Set(valid.map((r) => r[s] ?? null)));
  counts.forEach((count, s) => {
    for (let n = 1; n <= count; n++) {
      if (!seen[s]!.has(n)) valid.push(counts.map((_, t) => (t === s ? n : null)));
    }
  });
  return valid;
}

/** `linesToShow` for a two-way result's rows. */
export function rowsToShow(rows: Row[], leftCount: number, rightCount: number): Row[] {
  return linesToShow(
    rows.map((r) => [r.left, r.right]),
    [leftCount, rightCount],
  ).map(([left, right]) => ({ left: left ?? null, right: right ?? null }));
}

function lineCells(
  pane: number,
  count: number,
  line: SourceLine | null,
  language: string,
  differences: Map<string, DifferenceInfo>,
): HTMLElement[] {
  const sideClass = paneClass(pane, count);
  if (!line) {
    return [
      h('div', { class: `ln gap ${sideClass}`, 'aria-hidden': 'true' }),
      h(
        'div',
        { class: `code gap ${sideClass}`, title: `No ${language} line here` },
        h('span', { class: 'visually-hidden' }, `No ${language} line here`),
      ),
    ];
  }
  // In number order, as the list reads, whatever order the marks stand in on the line.
  const numbered = [...new Set(line.runs.flatMap((run) => run.differences))]
    .flatMap((id) => {
      const info = differences.get(id);
      return info ? [{ id, ...info }] : [];
    })
    .sort((a, b) => a.number - b.number);
  const badges = numbered.map(({ id, number, category }) => {
    const name = categoryName(category);
    return h(
      'span',
      {
        class: `badge ${categoryClass(category)}`,
        'data-diff': id,
        role: 'img',
        'aria-label': `Difference ${number}, ${name}`,
        title: name,
      },
      String(number),
    );
  });
  return [
    h(
      'div',
      { class: `ln ${sideClass}`, 'data-line': line.number },
      h('span', { class: 'visually-hidden' }, `${language} line `),
      String(line.number),
    ),
    h(
      'div',
      {
        class: `code ${sideClass}${line.errors.length || line.errorAtEnd ? ' has-error' : ''}`,
        'data-side': sideName(pane, count),
        'data-line': line.number,
      },
      lineText(line, differences),
      badges.length ? h('span', { class: 'badges' }, ...badges) : null,
    ),
  ];
}

/**
 * A line's code, cut into the units it may wrap between (wrap.ts). Its indentation is a custom
 * property, so a wrapped row continues under it (code.css); set through the CSSOM, which the
 * service's CSP allows where a style attribute would be refused.
 */
function lineText(line: SourceLine, differences: Map<string, DifferenceInfo>): HTMLElement {
  const text = h(
    'span',
    // An error past the line's end is drawn by CSS after the text, so the text stays exact.
    { class: `text${line.errorAtEnd ? ' error-at-end' : ''}` },
    ...wrapPieces(line.runs).map((piece) => {
      const single = piece.runs.length === 1 && piece.runs[0]!.text.length === 1;
      return h(
        'span',
        { class: `wrap-${piece.kind}${single ? ' wrap-char' : ''}` },
        ...piece.runs.map((run) => runElement(run, differences)),
      );
    }),
  );
  const indent = indentColumns(line.text);
  if (indent > 0) text.style.setProperty('--indent', String(indent));
  return text;
}

function runElement(run: Run, differences: Map<string, DifferenceInfo>): Node {
  const kindClass = run.kind ? `tok tok-${run.kind}` : '';
  const errorClass = run.error ? ' error-mark' : '';
  if (run.differences.length === 0) {
    if (!kindClass && !errorClass) return document.createTextNode(run.text);
    return h('span', { class: `${kindClass}${errorClass}`.trim() }, run.text);
  }
  const first = differences.get(run.differences[0]!);
  const category = categoryClass(first?.category ?? 'other');
  return h(
    'mark',
    {
      class: `${kindClass} diff ${category}${errorClass}`.trim(),
      'data-diff': run.differences.join(' '),
      // A screen reader reads the difference (number, summary, category) with the token.
      'aria-describedby': run.differences.map((id) => `difference-${id}-name`).join(' '),
      // The category's name on hover, for a reader who cannot tell the colours apart.
      title: first ? `${categoryName(first.category)} (difference ${first.number})` : undefined,
    },
    run.text,
  );
}

/** The joint between two neighbouring panes of a row: a line across, or a stub ending at a gap. */
function connectorCell(left: SourceLine | null, right: SourceLine | null): HTMLElement {
  const ids = new Set([
    ...(left?.runs.flatMap((r) => r.differences) ?? []),
    ...(right?.runs.flatMap((r) => r.differences) ?? []),
  ]);
  const shape =
    left && right ? 'conn-both' : left ? 'conn-left' : right ? 'conn-right' : 'conn-none';
  return h('div', {
    class: `conn ${shape}${ids.size ? ' has-diff' : ''}`,
    'data-diff': ids.size ? [...ids].join(' ') : undefined,
    'aria-hidden': 'true',
  });
}

/** The engine's messages for a line's syntax errors, shown right under that line. */
function errorCells(pane: number, count: number, line: SourceLine | null): HTMLElement[] {
  const sideClass = paneClass(pane, count);
  if (!line || line.errors.length === 0) {
    return [
      h('div', { class: `ln ${sideClass} blank` }),
      h('div', { class: `code ${sideClass} blank` }),
    ];
  }
  return [
    h('div', { class: `ln ${sideClass} error-ln`, 'aria-hidden': 'true' }, '!'),
    h(
      'div',
      { class: `error-message ${sideClass}`, role: 'note' },
      ...line.errors.map((error) =>
        h(
          'p',
          {},
          h(
            'span',
            { class: 'error-where' },
            `Syntax error, line ${error.line}, column ${error.column}: `,
          ),
          withInlineCode(error.message),
        ),
      ),
    ),
  ];
}
