// The read view: both programs in one grid, one grid row per `Row` of the result, so aligned lines
// sit side by side and a line with no counterpart faces a visible gap. A connector column between
// the panes shows what each row joins. To a screen reader it is a table: a row per aligned row,
// a column per program headed by its language; the row and cell wrappers are `display: contents`,
// so the cells inside them still lay out in the one grid.
import type { CompareResult, Row } from '../../src/types.js';
import { categoryClass, categoryName } from './categories.js';
import { h, withInlineCode } from './dom.js';
import { buildLines, type Run, type Side, type SourceLine } from './segments.js';
import { indentColumns, wrapPieces } from './wrap.js';

export interface DifferenceInfo {
  /** 1-based position in the list, as the panel numbers it. */
  number: number;
  category: string;
}

export interface ReadViewInput {
  result: CompareResult;
  leftCode: string;
  rightCode: string;
  leftName: string;
  rightName: string;
  /** Every difference by id. */
  differences: Map<string, DifferenceInfo>;
  /** Differences whose category is switched off in the legend. */
  hidden: Set<string>;
}

export function renderReadView(container: HTMLElement, input: ReadViewInput): void {
  const { result, hidden } = input;
  const visible = result.differences.filter((d) => !hidden.has(d.id));
  const left = buildLines(input.leftCode, result.left.tokens, visible, 'left', result.left.errors);
  const right = buildLines(
    input.rightCode,
    result.right.tokens,
    visible,
    'right',
    result.right.errors,
  );
  const names = { left: input.leftName, right: input.rightName };

  const rows: HTMLElement[] = [
    tableRow(
      h(
        'div',
        { class: 'table-cell', role: 'columnheader' },
        h('div', { class: 'head head-left side-left' }, h('span', { class: 'lang' }, names.left)),
      ),
      h('div', { class: 'head head-conn', 'aria-hidden': 'true' }),
      h(
        'div',
        { class: 'table-cell', role: 'columnheader' },
        h(
          'div',
          { class: 'head head-right side-right' },
          h('span', { class: 'lang' }, names.right),
        ),
      ),
    ),
  ];

  for (const row of rowsToShow(result.rows, left.length, right.length)) {
    const l = row.left === null ? null : (left[row.left - 1] ?? null);
    const r = row.right === null ? null : (right[row.right - 1] ?? null);
    rows.push(
      tableRow(
        tableCell(...lineCells('left', l, names.left, input.differences)),
        connectorCell(l, r),
        tableCell(...lineCells('right', r, names.right, input.differences)),
      ),
    );
    if ((l?.errors.length ?? 0) > 0 || (r?.errors.length ?? 0) > 0) {
      rows.push(
        tableRow(
          tableCell(...errorCells('left', l)),
          h('div', { class: 'conn conn-none', 'aria-hidden': 'true' }),
          tableCell(...errorCells('right', r)),
        ),
      );
    }
  }
  container.setAttribute('role', 'table');
  container.setAttribute('aria-label', `${names.left} and ${names.right}, line by line`);
  container.replaceChildren(...rows);
}

function tableRow(...cells: HTMLElement[]): HTMLElement {
  return h('div', { class: 'table-row', role: 'row' }, ...cells);
}

function tableCell(...children: HTMLElement[]): HTMLElement {
  return h('div', { class: 'table-cell', role: 'cell' }, ...children);
}

/**
 * The result's rows, without any that point past the code, plus a row for any line they leave
 * out. The contract says neither happens; if the engine ever slips, a line of the user's code
 * still never vanishes from the view.
 */
export function rowsToShow(rows: Row[], leftCount: number, rightCount: number): Row[] {
  const seenLeft = new Set(rows.map((r) => r.left).filter((n) => n !== null));
  const seenRight = new Set(rows.map((r) => r.right).filter((n) => n !== null));
  const valid = rows.filter(
    (r) => (r.left === null || r.left <= leftCount) && (r.right === null || r.right <= rightCount),
  );
  for (let n = 1; n <= leftCount; n++) if (!seenLeft.has(n)) valid.push({ left: n, right: null });
  for (let n = 1; n <= rightCount; n++) if (!seenRight.has(n)) valid.push({ left: null, right: n });
  return valid;
}

function lineCells(
  side: Side,
  line: SourceLine | null,
  language: string,
  differences: Map<string, DifferenceInfo>,
): HTMLElement[] {
  const sideClass = `side-${side}`;
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
        'data-side': side,
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

/** The joint between the two sides of a row: a line across, or a stub ending at the gap. */
function connectorCell(left: SourceLine | null, right: SourceLine | null): HTMLElement {
  const ids = new Set([
    ...(left?.runs.flatMap((r) => r.differences) ?? []),
    ...(right?.runs.flatMap((r) => r.differences) ?? []),
  ]);
  const shape = left && right ? 'conn-both' : left ? 'conn-left' : 'conn-right';
  return h('div', {
    class: `conn ${shape}${ids.size ? ' has-diff' : ''}`,
    'data-diff': ids.size ? [...ids].join(' ') : undefined,
    'aria-hidden': 'true',
  });
}

/** The engine's messages for a line's syntax errors, shown right under that line. */
function errorCells(side: Side, line: SourceLine | null): HTMLElement[] {
  const sideClass = `side-${side}`;
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
