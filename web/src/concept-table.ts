// The concept table: one row per difference, one column per language, each cell that language's
// spelling with its lines, like a reference sheet drawn from the code on the screen. A real
// <table>, so a screen reader announces each cell with its language and its difference.
import { linesPhrase, shown } from '../../src/engine/spelling.js';
import type { Category, Token } from '../../src/types.js';
import { categoryClass, categoryName } from './categories.js';
import { h, withInlineCode } from './dom.js';

/** A difference as the table needs it: its places on every side, in the columns' order. */
export interface TableDifference {
  id: string;
  category: Category | string;
  places: Token[][];
  /** The sides (by index) that do without it; another empty place is not part of it. */
  without: number[];
  summary: string;
}

export function renderConceptTable(
  container: HTMLElement,
  differences: TableDifference[],
  names: string[],
  hiddenCategories: Set<string>,
): void {
  if (differences.length === 0) {
    container.replaceChildren(h('p', { class: 'concept-empty' }, 'No differences to tabulate.'));
    return;
  }
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Difference')),
    h('th', { scope: 'col' }, 'Category'),
    ...names.map((name) => h('th', { scope: 'col' }, name)),
  );
  const rows = differences.map((d, index) => {
    const category = categoryClass(d.category);
    return h(
      'tr',
      {
        'data-diff': d.id,
        hidden: hiddenCategories.has(d.category),
        title: d.summary.replace(/`/g, ''),
      },
      h(
        'th',
        { scope: 'row' },
        h(
          'button',
          { type: 'button', class: `difference-number ${category}`, 'data-diff': d.id },
          h('span', { class: 'visually-hidden' }, 'Difference '),
          String(index + 1),
        ),
      ),
      h('td', { class: 'concept-category' }, categoryName(d.category)),
      ...names.map((name, s) => spellingCell(d.places[s] ?? [], name, d.without.includes(s))),
    );
  });
  container.replaceChildren(
    h(
      'table',
      { class: 'concept-table' },
      h(
        'caption',
        {},
        `Each difference as ${names.length === 2 ? 'each' : 'every'} language writes it, with its lines`,
      ),
      h('thead', {}, head),
      h('tbody', {}, ...rows),
    ),
  );
}

function spellingCell(tokens: Token[], language: string, without: boolean): HTMLElement {
  if (tokens.length === 0 && without) {
    return h(
      'td',
      { class: 'concept-none' },
      h('span', { 'aria-hidden': 'true' }, '—'),
      h('span', { class: 'visually-hidden' }, `nothing in ${language}`),
    );
  }
  if (tokens.length === 0) {
    // Its pairs set nothing apart here: it may write the same as another column.
    return h(
      'td',
      { class: 'concept-other' },
      h('span', { 'aria-hidden': 'true' }, '·'),
      h('span', { class: 'visually-hidden' }, `${language}: not part of this difference`),
    );
  }
  const place = linesPhrase(tokens);
  return h('td', {}, withInlineCode(shown(tokens)), h('span', { class: 'concept-lines' }, place));
}
