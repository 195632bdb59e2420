// How each category of difference looks in the web view. Names and order come from the shared
// vocabulary (src/concepts.ts), so a category added there gets a legend entry and a cue of its
// own without a change here. Colours live in style.css (`--cat-<category>`, falling back to the
// "other" colour); the non-colour cue (a line style, position and weight) is the category's
// position in CATEGORY_ORDER, drawn by code.css's `.cue-<n>`.
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

/** How many distinct cues code.css draws (`.cue-0` … `.cue-19`): one per category, plus "other". */
export const CUE_COUNT = 20;

/** The cue of a category: its place in the vocabulary; unknown categories share the next one. */
export function cueIndex(category: string): number {
  const index = CATEGORY_ORDER.indexOf(category as Category);
  return (index === -1 ? CATEGORY_ORDER.length : index) % CUE_COUNT;
}

/**
 * The CSS classes that mark a category: its colour (`cat-…`; categories this build does not know
 * share `cat-other`) and its non-colour cue (`cue-…`).
 */
export function categoryClass(category: string): string {
  const colour = category in CATEGORIES ? `cat-${category}` : 'cat-other';
  return `${colour} cue-${cueIndex(category)}`;
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
