// A comparison as the page draws it, whatever the service answered: two sides (`CompareResult`,
// left and right) or three and four (`CompareManyResult`). The read view, the list, the legend and
// the concept table draw this one shape, so two sides are just the smallest case of N.
import type { CompareManyResult, CompareResult, SideResult, Token } from '../../src/types.js';

/** One difference, with its tokens on every side in the sides' order (`[]` where it is absent). */
export interface ShownDifference {
  id: string;
  category: string;
  summary: string;
  explanation: string;
  places: Token[][];
  /** The sides (by index) that do without it; an empty place not listed is not part of it. */
  without: number[];
}

export interface Comparison {
  /** Each side's language, tokens and errors, in the order shown (left to right). */
  sides: SideResult[];
  /** The code each side's answer is for (the editors may have moved on since). */
  codes: string[];
  /** Each side's language name, as headings and sentences show it. */
  names: string[];
  /** One line number (or `null` for a gap) per side, a row per aligned row. */
  rows: (number | null)[][];
  differences: ShownDifference[];
  notice?: string;
  /** The two-way answer itself, for what takes exactly two sides (practice, presenting, export). */
  pair: CompareResult | null;
}

export function fromPair(
  result: CompareResult,
  codes: readonly [string, string],
  names: readonly [string, string],
): Comparison {
  return {
    sides: [result.left, result.right],
    codes: [...codes],
    names: [...names],
    rows: result.rows.map((row) => [row.left, row.right]),
    differences: result.differences.map((d) => ({
      id: d.id,
      category: d.category,
      summary: d.summary,
      explanation: d.explanation,
      places: [d.left, d.right],
      without: d.kind === 'left-only' ? [1] : d.kind === 'right-only' ? [0] : [],
    })),
    notice: result.notice,
    pair: result,
  };
}

export function fromMany(
  result: CompareManyResult,
  codes: readonly string[],
  names: readonly string[],
): Comparison {
  return {
    sides: result.sides,
    codes: [...codes],
    names: [...names],
    rows: result.rows.map((row) => row.lines),
    differences: result.differences,
    notice: result.notice,
    pair: null,
  };
}

/**
 * Where a difference stands, for the list: "only in Ruby", "written differently" (on every side),
 * "in Ruby and Java, not in Python". For two sides, the words of the two-way `kind`. A side that
 * neither has it nor does without it (its pairs set nothing apart there) is not named: it may
 * write the same as another side.
 */
export function describePlaces(difference: ShownDifference, names: readonly string[]): string {
  const present = names.filter((_, s) => (difference.places[s]?.length ?? 0) > 0);
  const absent = names.filter((_, s) => difference.without.includes(s));
  const unnamed = names.length - present.length - absent.length;
  if (absent.length === 0) {
    return unnamed === 0 ? 'written differently' : `written differently in ${listed(present)}`;
  }
  if (present.length === 1 && unnamed === 0) return `only in ${present[0]}`;
  return `in ${listed(present)}, not in ${listed(absent)}`;
}

/** `Ruby`, `Ruby and Python`, `Ruby, Python and Java`. */
export function listed(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
