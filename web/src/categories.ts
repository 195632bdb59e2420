// How each category of difference looks in the web view. Names come from the shared vocabulary
// (src/concepts.ts); colours and the second, non-colour cue (underline style) live in style.css
// under `.cat-<category>`.
import { CATEGORIES, CATEGORY_ORDER } from '../../src/concepts.js';
import type { Category, DifferenceKind } from '../../src/types.js';

export { CATEGORY_ORDER };

/** The learner-facing name of a category; an unknown (newer) category shows its id. */
export function categoryName(category: string): string {
  return (CATEGORIES as Record<string, { name: string } | undefined>)[category]?.name ?? category;
}

export function categoryDescription(category: string): string {
  return (
    (CATEGORIES as Record<string, { description: string } | undefined>)[category]?.description ?? ''
  );
}

/** The CSS class that colours a category; categories this build does not know share one style. */
export function categoryClass(category: string): string {
  return category in CATEGORIES ? `cat-${category}` : 'cat-other';
}

/** Orders categories as legends list them, unknown ones last. */
export function sortCategories(categories: Iterable<string>): string[] {
  const rank = (c: string) => {
    const index = CATEGORY_ORDER.indexOf(c as Category);
    return index === -1 ? CATEGORY_ORDER.length : index;
  };
  return [...new Set(categories)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function describeKind(kind: DifferenceKind, leftName: string, rightName: string): string {
  switch (kind) {
    case 'left-only':
      return `only in ${leftName}`;
    case 'right-only':
      return `only in ${rightName}`;
    case 'changed':
      return 'written differently';
  }
}
