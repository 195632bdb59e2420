// The differences panel (the lesson's bullets: a numbered summary and its explanation per
// difference) and the legend, whose checkboxes show or hide each category.
import { categoryClass, categoryDescription, categoryName, sortCategories } from './categories.js';
import { describePlaces, type ShownDifference } from './comparison.js';
import { h, withInlineCode } from './dom.js';

/** `names`: each side's language, in the sides' order. */
export function renderDifferenceList(
  list: HTMLOListElement,
  differences: ShownDifference[],
  hiddenCategories: Set<string>,
  names: readonly string[],
): void {
  const items = differences.map((difference, index) => {
    const number = index + 1;
    const explanationId = `difference-${difference.id}-explanation`;
    const category = categoryClass(difference.category);
    return h(
      'li',
      {
        class: `difference ${category}`,
        id: `difference-${difference.id}`,
        'data-diff': difference.id,
        hidden: hiddenCategories.has(difference.category),
      },
      h(
        'button',
        {
          type: 'button',
          class: 'difference-button',
          id: `difference-${difference.id}-name`,
          'data-diff': difference.id,
          'aria-describedby': explanationId,
        },
        h(
          'span',
          { class: `difference-number ${category}`, 'aria-hidden': 'true' },
          String(number),
        ),
        h(
          'span',
          { class: 'difference-body' },
          h(
            'span',
            { class: 'visually-hidden' },
            `Difference ${number} of ${differences.length}: `,
          ),
          h('span', { class: 'difference-summary' }, withInlineCode(difference.summary)),
          h(
            'span',
            { class: 'difference-meta' },
            h('span', { class: `sample ${category}`, 'aria-hidden': 'true' }, 'ab'),
            ` ${categoryName(difference.category)}, ${describePlaces(difference, names)}`,
          ),
        ),
      ),
      h(
        'p',
        { class: 'difference-explanation', id: explanationId },
        withInlineCode(difference.explanation),
      ),
    );
  });
  list.replaceChildren(...items);
}

/** One checkbox per category present in the result, with its sample style and count. */
export function renderLegend(
  container: HTMLElement,
  differences: readonly { category: string }[],
  hiddenCategories: Set<string>,
  onToggle: (category: string, shown: boolean) => void,
): void {
  const counts = new Map<string, number>();
  for (const d of differences) counts.set(d.category, (counts.get(d.category) ?? 0) + 1);
  const items = sortCategories(counts.keys()).map((category) => {
    const input = h('input', {
      type: 'checkbox',
      checked: !hiddenCategories.has(category),
      'data-category': category,
    });
    input.addEventListener('change', () => onToggle(category, input.checked));
    return h(
      'label',
      // A title is plain text: the description's `code` marks are dropped there.
      { class: 'legend-item', title: categoryDescription(category).replace(/`/g, '') },
      input,
      h('span', { class: `sample ${categoryClass(category)}`, 'aria-hidden': 'true' }, 'ab'),
      h('span', { class: 'legend-name' }, categoryName(category)),
      h('span', { class: 'legend-count' }, String(counts.get(category))),
    );
  });
  container.replaceChildren(...items);
}
