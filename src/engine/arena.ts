/**
 * Object pools for the trees a comparison builds and throws away. The syntax tree and the concept
 * tree of both sides live exactly as long as one `compare` call, and at 10,000 lines they are a
 * few hundred thousand objects. Allocated afresh each time, they were copied by the garbage
 * collector from the young generation to the old one on every comparison, which cost more than
 * the work that made them. Taken from an arena, they are made once, stay in the old generation
 * and are filled in again by the next comparison.
 *
 * `compare` runs inside `withArena`, and the arena is reset when it returns: nothing of a result
 * (tokens, rows, differences) may refer to a pooled node or to one of its lists.
 */
import type { ConceptNode, Mark } from '../languages/language.js';
import type { SyntaxNode } from './parse.js';
import { Slots } from './slots.js';

/**
 * Nodes share these empty lists until they get their own: code that adds to a list checks for
 * them first and makes its own. They are not frozen on purpose: a frozen array has another
 * elements kind, and loops that meet both kinds run slower (V8 stops lowering `for…of` over
 * them to a plain indexed loop and allocates an iterator result per element).
 */
export const NO_CHILDREN: SyntaxNode[] = [];
export const NO_TOKENS: number[] = [];
export const NO_MARKS: Mark[] = [];
export const NO_SLOTS = new Slots();

/** An arena keeps at most this many objects of a kind between comparisons (about 20,000 lines a side). */
const MAX_KEPT = 250_000;

/** A `ListPool` keeps arrays up to this length. */
const MAX_KEPT_LENGTH = 64;

/** Objects of one kind, handed out in turn and all taken back at once. */
export class Pool<T> {
  private readonly items: T[] = [];
  private used = 0;

  /** `create` makes a new object; whoever takes one overwrites every field. */
  constructor(private readonly create: () => T) {}

  take(): T {
    let item = this.items[this.used];
    if (item === undefined) {
      item = this.create();
      this.items.push(item);
    }
    this.used++;
    return item;
  }

  /**
   * Every object is free again; past `keep`, the rest are dropped, so one huge input does not pin
   * its memory. Answers whether it dropped any.
   */
  reset(keep = MAX_KEPT): boolean {
    this.used = 0;
    if (this.items.length <= keep) return false;
    this.items.length = keep;
    return true;
  }
}

/**
 * Arrays of a given length, handed out in turn and all taken back at once, like `Pool`. Whoever
 * takes one overwrites every element, and never changes its length.
 */
export class ListPool<T> {
  /** By length: the arrays of that length, and how many of them are in use. */
  private readonly byLength: T[][][] = [];
  private readonly used: number[] = [];
  private kept = 0;

  /**
   * An array of `length` elements (1 ≤ length) holding anything: the caller sets each one.
   * Arrays longer than {@link MAX_KEPT_LENGTH} are made afresh every time, so that one odd input
   * pins no large one; `filler` is what a new array holds until then.
   */
  alloc(length: number, filler: T): T[] {
    if (length > MAX_KEPT_LENGTH) return Array.from({ length }, () => filler);
    const bucket = (this.byLength[length] ??= []);
    const i = this.used[length] ?? 0;
    let list = bucket[i];
    if (list === undefined) {
      list = Array.from({ length }, () => filler);
      if (this.kept >= MAX_KEPT) return list;
      bucket.push(list);
      this.kept++;
    }
    this.used[length] = i + 1;
    return list;
  }

  /** An array of `length` elements (1 ≤ length) copied from `from[start…]`. */
  take(length: number, from: readonly T[], start: number): T[] {
    if (length > MAX_KEPT_LENGTH) return from.slice(start, start + length);
    const list = this.alloc(length, from[start] as T);
    for (let k = 0; k < length; k++) list[k] = from[start + k] as T;
    return list;
  }

  /**
   * Every array is free again. `forget`: drop them all instead, so that they hold on to nothing
   * (the nodes they point at, when those are dropped from their own pools).
   */
  reset(forget = false): void {
    this.used.length = 0;
    if (forget) {
      this.byLength.length = 0;
      this.kept = 0;
    }
  }
}

/**
 * The syntax and concept nodes of one comparison and nearly everything they hold: the syntax
 * nodes' lists of children, the concept nodes' slot tables, marks and short lists (see
 * `normalize.ts` for the rule that keeps a pooled list unchanged once handed out). Lists come in
 * exactly the length asked for, from a `ListPool`, rather than being emptied and refilled:
 * `length = 0` drops an array's storage.
 */
export class Arena {
  readonly syntax = new Pool<SyntaxNode>(() => ({
    type: '',
    named: false,
    field: null,
    startIndex: 0,
    endIndex: 0,
    startRow: 0,
    endRow: 0,
    children: NO_CHILDREN,
    missing: false,
    firstToken: 0,
    endToken: 0,
  }));

  readonly concepts = new Pool<ConceptNode>(() => ({
    concept: 'opaque',
    idiom: undefined,
    key: '',
    head: NO_TOKENS,
    headCategory: 'expression',
    headText: null,
    marks: NO_MARKS,
    slots: NO_SLOTS,
    negated: false,
    variant: null,
    firstToken: 0,
    endToken: 0,
    startRow: 0,
    endRow: 0,
    statement: false,
    rule: undefined,
  }));

  /** Syntax nodes' lists of children. */
  readonly children = new ListPool<SyntaxNode>();

  /**
   * Concept nodes' short lists (see `normalize.ts`): of children in a slot, of token indices in a
   * head or mark, of marks; and the marks.
   */
  readonly kidLists = new ListPool<ConceptNode>();
  readonly tokenLists = new ListPool<number>();
  readonly markLists = new ListPool<Mark>();
  readonly marks = new Pool<Mark>(() => ({ category: 'keyword', tokens: NO_TOKENS, site: null }));

  /** Concept nodes' slots; `take()` gives one to `clear()` before use. */
  readonly slots = new Pool<Slots>(() => new Slots());

  /**
   * A shared `[index]`: the head or mark of one token, the commonest list of all. Made once per
   * index and arena and, like every short list of a concept node, never changed.
   */
  single(index: number): number[] {
    let list = this.singles[index];
    if (list === undefined) {
      list = [index];
      this.singles[index] = list;
    }
    return list;
  }

  private readonly singles: number[][] = [];

  reset(): void {
    // Every pool is reset (a list, not `||`, which would stop at the first that dropped some).
    const dropped = [
      this.syntax.reset(),
      this.concepts.reset(),
      this.slots.reset(),
      this.marks.reset(),
    ].includes(true);
    // Lists kept past a huge input would still point at the nodes the pools just dropped.
    this.children.reset(dropped);
    this.kidLists.reset(dropped);
    this.tokenLists.reset(dropped);
    this.markLists.reset(dropped);
    if (this.singles.length > MAX_KEPT) this.singles.length = MAX_KEPT;
  }
}

/**
 * Free arenas, the one used last at the end, each with the pair of languages it last compared.
 * A comparison takes the one its pair used last. An arena's nodes and lists lie in memory in the
 * order its first comparisons made them: measured at 10,000 lines, a pair compared on an arena
 * that another pair had filled ran 12–20 % slower than on one of its own. Up to `MAX_FREE` pairs
 * keep one each; past that, a new pair takes the one used longest ago.
 */
const free: { arena: Arena; pair: string }[] = [];
const MAX_FREE = 3;

/** The free arena `pair` used last, else one for it (see `free`). */
function takeArena(pair: string): Arena {
  for (let k = free.length - 1; k >= 0; k--) {
    if (free[k]?.pair === pair) return (free.splice(k, 1)[0] as (typeof free)[number]).arena;
  }
  return free.length >= MAX_FREE ? (free.shift() as (typeof free)[number]).arena : new Arena();
}

/**
 * Runs `work` with an arena of its own: a free one when there is one, so that a nested or
 * reentrant comparison never shares nodes with one in progress. `pair` names the languages
 * compared, left then right (`ruby python`).
 */
export function withArena<T>(pair: string, work: (arena: Arena) => T): T {
  const arena = takeArena(pair);
  try {
    return work(arena);
  } finally {
    arena.reset();
    free.push({ arena, pair });
    if (free.length > MAX_FREE) free.shift();
  }
}
