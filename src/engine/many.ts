/**
 * N-way comparison: three or four programs at once. Built from the two-way comparison of every
 * pair, so that any two sides say what `compare` says of them: the pairs' rows are merged into one
 * row per line of every side, and the pairs' differences that are one thing (they share a token,
 * or they are the same mark missing from the same side on the same row) become one difference
 * with its places on every side.
 */
import { JuxtaError } from '../errors.js';
import { languageModule } from '../languages/registry.js';
import type {
  Category,
  CompareManyResult,
  CompareOptions,
  CompareResult,
  ManyDifference,
  ManyRow,
  SourceInput,
  Token,
} from '../types.js';
import { checkInput, compare } from './compare.js';
import { linesPhrase, shown } from './spelling.js';

export const MIN_SIDES = 2;
export const MAX_SIDES = 4;

/** The pairs of side indices, in the order `compareMany` compares them: (0,1), (0,2), (1,2), … */
export function sidePairs(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let j = 1; j < count; j++) for (let i = 0; i < j; i++) pairs.push([i, j]);
  return pairs;
}

/** Throws a `JuxtaError` unless `sides` is a list of 2 to 4 sides. */
export function checkSides(sides: unknown): asserts sides is SourceInput[] {
  if (!Array.isArray(sides) || sides.length < MIN_SIDES || sides.length > MAX_SIDES) {
    throw new JuxtaError(
      'invalid-input',
      `Compare ${MIN_SIDES} to ${MAX_SIDES} programs at once; got ${Array.isArray(sides) ? sides.length : 'no list'}.`,
    );
  }
}

/**
 * Compares 2 to 4 programs. Never throws for any string of code; throws a `JuxtaError` for an
 * unknown language, for fewer than 2 or more than 4 sides, and (with `timeoutMs`, which each pair
 * gets whole) `too-complex`.
 */
export function compareMany(sides: SourceInput[], options: CompareOptions = {}): CompareManyResult {
  checkSides(sides);
  // Every side's shape and language before any pair is compared, each named by its place.
  sides.forEach((side, n) => {
    checkInput(side, ['first', 'second', 'third', 'fourth'][n] ?? `${n + 1}th`);
    languageModule(side.language);
  });
  const pairs = sidePairs(sides.length).map(([i, j]) =>
    compare(sides[i] as SourceInput, sides[j] as SourceInput, options),
  );
  return mergeComparisons(pairs, sides.length);
}

/**
 * One N-way result from the two-way results of every pair, in `sidePairs` order (the service
 * compares the pairs on its threads and merges here).
 */
export function mergeComparisons(pairs: CompareResult[], count: number): CompareManyResult {
  const order = sidePairs(count);
  if (pairs.length !== order.length) {
    throw new JuxtaError(
      'invalid-input',
      `${count} sides make ${order.length} pairs, not ${pairs.length}.`,
    );
  }
  const pairOf = (i: number, j: number) =>
    pairs[order.findIndex(([a, b]) => a === i && b === j)] as CompareResult;
  const sides = Array.from({ length: count }, (_, s) =>
    s === 0 ? pairOf(0, 1).left : pairOf(0, s).right,
  );
  const rows = mergeRows(count, pairOf);
  const names = sideNames(sides.map((side) => languageModule(side.language).info.name));
  const result: CompareManyResult = {
    sides,
    rows,
    differences: mergeDifferences(pairs, order, rows, names),
  };
  const notices = [...new Set(pairs.flatMap((p) => (p.notice ? [p.notice] : [])))];
  if (notices.length > 0) result.notice = notices.join(' ');
  return result;
}

/** Each side's language name; where two sides share a language, with the side's number. */
function sideNames(names: string[]): string[] {
  return names.map((name, s) =>
    names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} (side ${s + 1})`,
  );
}

/** For each line of side `i` (1-based index), the line of side `j` it stands against, if any. */
function partners(pair: CompareResult, flip: boolean): Map<number, number> {
  const map = new Map<number, number>();
  for (const row of pair.rows) {
    const [a, b] = flip ? [row.right, row.left] : [row.left, row.right];
    if (a !== null && b !== null) map.set(a, b);
  }
  return map;
}

/**
 * The rows of every side: the first pair's rows, then each further side `k` placed by its pair
 * with the first side, exactly: a line that stands against a first-side line joins that line's
 * row, and a line that stands against nothing stays between the same first-side lines as in the
 * pair's rows. Between two first-side lines, such a line joins the row of a line of another side
 * it stands against (in their pair's rows) where the order of every side allows, or gets a row
 * of its own.
 */
function mergeRows(count: number, pairOf: (i: number, j: number) => CompareResult): ManyRow[] {
  let rows: (number | null)[][] = pairOf(0, 1).rows.map((r) => [r.left, r.right]);
  for (let k = 2; k < count; k++) {
    const withFirst = pairOf(0, k).rows;
    const against = Array.from({ length: k }, (_, j) => partners(pairOf(j, k), false));
    const merged: (number | null)[][] = [];
    let p = 0; // the next row of the pair (0, k)
    let window: (number | null)[][] = []; // rows without a first-side line, since the last one
    const closeWindow = () => {
      // The pair's lines of side k that stand against no first-side line, up to the next one.
      const alone: number[] = [];
      while (p < withFirst.length && withFirst[p]?.left === null)
        alone.push(withFirst[p++]!.right!);
      let next = 0;
      for (const row of window) {
        let target: number | undefined;
        for (let j = 1; j < k && target === undefined; j++) {
          const line = row[j];
          const partner = line === null || line === undefined ? undefined : against[j]?.get(line);
          const at = partner === undefined ? -1 : alone.indexOf(partner, next);
          if (at !== -1) target = at;
        }
        if (target === undefined) merged.push([...row, null]);
        else {
          while (next < target) merged.push(gapRow(k, alone[next++]!));
          merged.push([...row, alone[next++]!]);
        }
      }
      while (next < alone.length) merged.push(gapRow(k, alone[next++]!));
      window = [];
    };
    for (const row of rows) {
      if (row[0] === null) {
        window.push(row);
        continue;
      }
      closeWindow();
      // The pair's row of this first-side line.
      const paired = withFirst[p++];
      merged.push([...row, paired?.right ?? null]);
    }
    closeWindow();
    rows = merged;
  }
  return rows.map((lines) => ({ lines }));
}

/** A row holding only line `line` of side `k` (of `k + 1` sides so far). */
function gapRow(k: number, line: number): (number | null)[] {
  const row: (number | null)[] = Array.from({ length: k + 1 }, () => null);
  row[k] = line;
  return row;
}

interface Member {
  category: Category;
  /** Tokens per side index. */
  places: Map<number, Token[]>;
  explanation: string;
  /** The side that has nothing where the other has this, for a one-sided difference. */
  missingOn: number | null;
  rows: Set<number>;
}

/**
 * The pairs' differences, grouped: two are one difference when they share a token, or when both
 * are of one category, missing from the same side, on the same row.
 */
function mergeDifferences(
  pairs: CompareResult[],
  order: [number, number][],
  rows: ManyRow[],
  names: string[],
): ManyDifference[] {
  const count = names.length;
  const rowOfLine = Array.from({ length: count }, () => new Map<number, number>());
  rows.forEach((row, r) =>
    row.lines.forEach((line, s) => {
      if (line !== null) rowOfLine[s]?.set(line, r);
    }),
  );
  const members: Member[] = [];
  pairs.forEach((pair, p) => {
    const [i, j] = order[p] as [number, number];
    for (const d of pair.differences) {
      const places = new Map<number, Token[]>();
      if (d.left.length > 0) places.set(i, d.left);
      if (d.right.length > 0) places.set(j, d.right);
      const rowSet = new Set<number>();
      for (const [s, tokens] of places) {
        for (const t of tokens) rowSet.add(rowOfLine[s]?.get(t.line) ?? -1);
      }
      members.push({
        category: d.category,
        places,
        explanation: d.explanation,
        missingOn: d.kind === 'left-only' ? j : d.kind === 'right-only' ? i : null,
        rows: rowSet,
      });
    }
  });

  const parent = members.map((_, m) => m);
  const find = (m: number): number => {
    const up = parent[m] as number;
    return up === m ? m : (parent[m] = find(up));
  };
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const byToken = new Map<string, number>();
  const byGap = new Map<string, number>();
  members.forEach((member, m) => {
    for (const [s, tokens] of member.places) {
      for (const t of tokens) {
        const key = `${s}:${t.line}:${t.column}`;
        const seen = byToken.get(key);
        if (seen === undefined) byToken.set(key, m);
        else join(m, seen);
      }
    }
    if (member.missingOn !== null) {
      for (const r of member.rows) {
        const key = `${member.category}:${member.missingOn}:${r}`;
        const seen = byGap.get(key);
        if (seen === undefined) byGap.set(key, m);
        else join(m, seen);
      }
    }
  });

  const groups = new Map<number, Member[]>();
  members.forEach((member, m) => {
    const root = find(m);
    groups.set(root, [...(groups.get(root) ?? []), member]);
  });
  const differences = [...groups.values()].map((group) => describe(group, names));
  differences.sort(
    (a, b) =>
      firstRow(a.places, rowOfLine) - firstRow(b.places, rowOfLine) ||
      firstColumn(a.places) - firstColumn(b.places),
  );
  return differences.map((d, n) => ({ id: `d${n + 1}`, ...d }));
}

function describe(group: Member[], names: string[]): Omit<ManyDifference, 'id'> {
  const places: Token[][] = names.map((_, s) => {
    const seen = new Map<string, Token>();
    for (const member of group) {
      for (const t of member.places.get(s) ?? []) seen.set(`${t.line}:${t.column}`, t);
    }
    return [...seen.values()].sort((a, b) => a.line - b.line || a.column - b.column);
  });
  // Sides that write the same thing on the same lines are named together.
  const spellings = new Map<string, string[]>();
  const absent: string[] = [];
  places.forEach((tokens, s) => {
    const name = names[s] as string;
    if (tokens.length === 0) absent.push(name);
    else {
      const spelling = `${shown(tokens)} on ${linesPhrase(tokens)}`;
      spellings.set(spelling, [...(spellings.get(spelling) ?? []), name]);
    }
  });
  const present = [...spellings].map(
    ([spelling, who]) => `${listed(who)} ${who.length === 1 ? 'writes' : 'write'} ${spelling}`,
  );
  const summary =
    present.join('; ') +
    (absent.length === 0 ? '.' : `; ${listed(absent)} ${absent.length === 1 ? 'does' : 'do'} not.`);
  return {
    category: (group[0] as Member).category,
    summary,
    explanation: sentences(group.map((m) => m.explanation)),
    places,
  };
}

/** `Ruby`, `Ruby and Python`, `Ruby, Python and Java`. */
function listed(names: string[]): string {
  return names.length === 1
    ? (names[0] as string)
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The pairs' explanations as one: each sentence once, in order. Each language's sentence speaks of
 * that language only, so the sentences of the pairs a difference is made of do not contradict.
 */
function sentences(explanations: string[]): string {
  const seen = new Set<string>();
  for (const text of explanations) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z`(“"])/)) {
      if (sentence.trim()) seen.add(sentence.trim());
    }
  }
  return [...seen].join(' ');
}

function firstRow(places: Token[][], rowOfLine: Map<number, number>[]): number {
  let best = Infinity;
  places.forEach((tokens, s) => {
    for (const t of tokens) best = Math.min(best, rowOfLine[s]?.get(t.line) ?? Infinity);
  });
  return best;
}

function firstColumn(places: Token[][]): number {
  for (const tokens of places) if (tokens[0]) return tokens[0].column;
  return 0;
}
