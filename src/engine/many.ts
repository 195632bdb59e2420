/**
 * N-way comparison: three or four programs at once. Built from the two-way comparison of every
 * pair: the pairs' rows are merged into one row per line of every side (the first side's pairs
 * exactly, the others wherever the earlier sides leave them room), and the pairs' differences that
 * are one thing (they share a token, or they are the same mark missing from the same side on the
 * same row) become one difference with its places on every side.
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

/** Lines `from` to `to` of one side (1-based, inclusive); none when `from > to`. */
interface Span {
  from: number;
  to: number;
}

/** A pair's rows, with the row each line of either side stands in (0-based, by line). */
interface PairRows {
  rows: CompareResult['rows'];
  rowOfLeft: number[];
  rowOfRight: number[];
}

function pairRows(pair: CompareResult): PairRows {
  const rowOfLeft: number[] = [];
  const rowOfRight: number[] = [];
  pair.rows.forEach((row, r) => {
    if (row.left !== null) rowOfLeft[row.left] = r;
    if (row.right !== null) rowOfRight[row.right] = r;
  });
  return { rows: pair.rows, rowOfLeft, rowOfRight };
}

/**
 * The rows of every side, merged from the pairs' rows, the earlier sides first. Every line of the
 * first side has a row of its own; a line of another side joins the row of the first-side line its
 * pair with the first side stands it against, and a line that pair stands against nothing falls
 * between the same first-side lines as in that pair's rows. So the first side's pairs are exact.
 * Between two first-side lines (where the first side has none), the other sides are merged the
 * same way, the second side's lines first, by their own pairs' rows cut to the lines there; and so
 * on. So the rows of sides `i` and `j` are their pair's rows, cut to the stretch, in every stretch
 * of rows where no side before `i` has a line; only where an earlier side's pairs part two lines
 * (or join them) can a later pair's rows differ.
 */
function mergeRows(count: number, pairOf: (i: number, j: number) => CompareResult): ManyRow[] {
  const pairs = new Map<string, PairRows>();
  const rowsOf = (i: number, j: number) => {
    const key = `${i},${j}`;
    if (!pairs.has(key)) pairs.set(key, pairRows(pairOf(i, j)));
    return pairs.get(key) as PairRows;
  };
  const lineCount = (s: number) =>
    s === 0 ? rowsOf(0, 1).rowOfLeft.length - 1 : rowsOf(0, s).rowOfRight.length - 1;
  const spans = Array.from({ length: count }, (_, s) => ({
    from: 1,
    to: Math.max(0, lineCount(s)),
  }));
  return mergeFrom(0, spans, count, rowsOf).map((lines) => ({ lines }));
}

/** The rows of the lines in `spans` of sides `first` and after (earlier sides have none here). */
function mergeFrom(
  first: number,
  spans: Span[],
  count: number,
  rowsOf: (i: number, j: number) => PairRows,
): (number | null)[][] {
  const own = spans[first] as Span;
  const anchors: (number | null)[][] = [];
  for (let line = own.from; line <= own.to; line++) {
    const row: (number | null)[] = Array.from({ length: count }, () => null);
    row[first] = line;
    anchors.push(row);
  }
  if (first === count - 1) return anchors;
  // windows[w]: the later sides' lines before anchor w (after the last anchor for the last one).
  const windows: Span[][] = anchors.map(() => []);
  windows.push([]);
  for (let s = first + 1; s < count; s++) {
    const theirs = spans[s] as Span;
    for (const w of windows) w[s] = { from: 1, to: 0 };
    if (theirs.from > theirs.to) continue;
    const pair = rowsOf(first, s);
    const inOwn = (line: number | null) => line !== null && line >= own.from && line <= own.to;
    const inTheirs = (line: number | null) =>
      line !== null && line >= theirs.from && line <= theirs.to;
    // The pair's rows that hold a line of either span, in order: the rows of each span's lines
    // ascend, so the two are walked together (a row of neither span is never visited, which keeps
    // the merge linear however far apart the pair stands the two spans).
    let w = 0; // the window the next unpaired line falls in: after the anchors seen so far
    let a = own.from;
    let x = theirs.from;
    while (a <= own.to || x <= theirs.to) {
      const ra = a <= own.to ? (pair.rowOfLeft[a] ?? Infinity) : Infinity;
      const rx = x <= theirs.to ? (pair.rowOfRight[x] ?? Infinity) : Infinity;
      const r = Math.min(ra, rx);
      if (r === Infinity) break; // every line is in its pair's rows; never loop if one were not
      if (ra === r) a++;
      if (rx === r) x++;
      const { left, right } = pair.rows[r] as { left: number | null; right: number | null };
      const theirLine = inTheirs(right) ? (right as number) : null;
      if (inOwn(left)) {
        w = (left as number) - own.from + 1;
        if (theirLine !== null) (anchors[w - 1] as (number | null)[])[s] = theirLine;
      } else if (theirLine !== null) {
        const span = (windows[w] as Span[])[s] as Span;
        if (span.from > span.to) span.from = theirLine;
        span.to = theirLine;
      }
    }
  }
  return windows.flatMap((window, w) => [
    ...(window.some((span, s) => s > first && span.from <= span.to)
      ? mergeFrom(first + 1, window, count, rowsOf)
      : []),
    ...(w < anchors.length ? [anchors[w] as (number | null)[]] : []),
  ]);
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
  // A side with nothing here "does not" only where one of its pairs says it has nothing in its
  // place. A side none of its pairs marks here goes unnamed: they saw nothing in it to set apart
  // (`describeOrder` beside Elixir's `Orders.describe_order`), not nothing at all.
  const missing = new Set(group.map((m) => m.missingOn));
  const without: number[] = [];
  places.forEach((tokens, s) => {
    const name = names[s] as string;
    if (tokens.length === 0) {
      if (missing.has(s)) without.push(s);
    } else {
      const spelling = `${shown(tokens)} on ${linesPhrase(tokens)}`;
      spellings.set(spelling, [...(spellings.get(spelling) ?? []), name]);
    }
  });
  const present = [...spellings].map(
    ([spelling, who]) => `${listed(who)} ${who.length === 1 ? 'writes' : 'write'} ${spelling}`,
  );
  const absent = without.map((s) => names[s] as string);
  const summary =
    present.join('; ') +
    (absent.length === 0 ? '.' : `; ${listed(absent)} ${absent.length === 1 ? 'does' : 'do'} not.`);
  return {
    category: (group[0] as Member).category,
    summary,
    explanation: sentences(group.map((m) => m.explanation)),
    places,
    without,
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
