/**
 * Stage 3, align: pairs the two concept trees by meaning. Statements align with statements
 * (recursing into blocks), then the parts of each paired statement with each other, so that Ruby's
 * `end` can only ever meet Python's nothing, never some `)`. Each list of siblings is aligned with
 * jsdiff's `diffArrays` over concept keys, bounded so that cost stays near-linear. What differs is
 * recorded as occurrences for the classify stage; paired statements give the line anchors.
 */
import { diffArrays } from 'diff';
import { tooComplex } from '../errors.js';
import { NO_TOKENS } from './arena.js';
import { Slots } from './slots.js';
import type { ConceptNode, Mark } from '../languages/language.js';
import type { Category, DifferenceKind, Token } from '../types.js';
import { OWN_MARKS, PRINTING_IDEAS, type ConceptId } from '../vocabulary.js';

/** One place where the two sides differ, before grouping. Token lists are indices. */
export interface Occurrence {
  category: Category;
  kind: DifferenceKind;
  left: readonly number[];
  right: readonly number[];
  /** The construct the difference belongs to (`if`, `call`, `def`…), for the summary. */
  context: ConceptId;
  /**
   * That construct on each side; its head (`print`, `if`) names it in the summary. Occurrences
   * of one construct share this object (the aligner's context): read it, never change it.
   */
  owner: { readonly left: ConceptNode | null; readonly right: ConceptNode | null };
  /** The concept of the node the marks or words belong to (`pair` for a hash's `=>`). */
  site: ConceptId;
  /**
   * For two marks of one category that sit on different concepts (a loop header's `()`, a
   * block's `|x|`), the right side's: `site` is then the left side's.
   */
  rightSite?: ConceptId;
  /** The tokens are a whole piece of code (an expression, a string), not separate marks. */
  whole: boolean;
  /** The nodes whose head, marks or whole code this is, on each side (`null` where absent). */
  nodes: { readonly left: ConceptNode | null; readonly right: ConceptNode | null };
  /** A form of the construct that is a lesson of its own, when there is one. */
  form?: Form;
  /** For a piece of code only one side has: the construct it sits in (the call of an argument). */
  outer?: { readonly left: ConceptNode | null; readonly right: ConceptNode | null };
}

/**
 * Forms of a construct that differ as a whole: a condition put after its statement (`modifier`,
 * on the side named), a negated keyword (`unless`), a value in another form (a `symbol`), a
 * condition that leans on which values count as false (`truthiness`), a parameter's default that
 * one side makes anew at each call (`defaults`), values handed over in another order (`order`),
 * a `case` branch's value against a comparison written out (`tested`), the same words of a name
 * joined by each language's convention (`case`: `middleName`, `middle_name`), two constructs of
 * different kinds whose bodies align (`construct`: a `while` loop against a function that calls
 * itself), two exception classes named by each language's custom (`error-name`:
 * `OutOfStockError`, `OutOfStockException`), a loop that takes each item apart into its parts
 * against one that names it whole (`unpacked`), an item handed over with its position against a
 * counter that reads the item by it (`with-index`), a `try`'s `else` against code put at the end
 * of the `try` (`after-try`), one call's arguments in another order (`argument-order`: Java's
 * `reduce(1, f)` against JavaScript's `reduce(f, 1)`), a guard at the start of a function against
 * the clause the other side defines for that case (`clauses`: `return "zero" if number.zero?`
 * against `def sign(0)`).
 */
export type Form =
  | 'modifier-left'
  | 'modifier-right'
  | 'negated'
  | 'symbol'
  | 'truthiness'
  | 'defaults'
  | 'order'
  | 'tested'
  | 'case'
  | 'error-name'
  | 'unpacked'
  | 'with-index'
  | 'after-try'
  | 'argument-order'
  | 'construct'
  | 'clauses';

export interface Alignment {
  occurrences: Occurrence[];
  /**
   * Paired statement lines, 0-based rows, in order, as flat pairs (a left row, its right row,
   * the next left row…): one number list rather than a small array per pair.
   */
  anchors: number[];
  /**
   * The 0-based rows of statements only one side has, per side: a line of one stands against
   * no line of the other, so the rows agree with the differences.
   */
  alone: { left: number[]; right: number[] };
}

/** Slots are compared in this order, so that both languages' children meet whatever order their grammar lists them in. */
const SLOT_ORDER = [
  'name',
  'subject',
  'var',
  'target',
  'condition',
  'receiver',
  'iterable',
  'key',
  'pattern',
  'alias',
  'superclass',
  'params',
  'args',
  'value',
  'then',
  'otherwise',
  'item',
  'module',
  'body',
  'block',
  'clause',
];

/** Each slot's place in SLOT_ORDER. */
const SLOT_RANK = new Map(SLOT_ORDER.map((slot, rank) => [slot, rank]));

/** The shared empty list for a missing slot: read, never written. */
const NO_NODES: readonly ConceptNode[] = [];

type Nodes = readonly ConceptNode[];

/** No slot left out. */
const NO_SLOTS: ReadonlySet<string> = new Set();

/** A case's slots that a guard written against listed values stands for (`valuesAgainstGuard`). */
const GUARDED_SLOTS: ReadonlySet<string> = new Set(['pattern', 'guard']);

/** A loop's slot that `varsTakenApart` says as one. */
const VAR_SLOTS: ReadonlySet<string> = new Set(['var']);

/** A class's slots that a header of fields against field lines stands for (`fieldsAgainstHeader`). */
const HEADER_SLOTS: ReadonlySet<string> = new Set(['params', 'body']);

/** Containers that, standing on one side only, differ by their marks and contents one by one, not as a whole. */
const CONTAINERS = new Set(['args', 'params', 'block', 'list', 'map']);

/** Each comparison and the one that holds exactly when it does not. */
const OPPOSITE: Record<string, string> = {
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  '==': '!=',
  '!=': '==',
};

/** Concepts whose condition may lean on which values count as false. */
const CONDITIONAL = new Set(['if', 'elif', 'while', 'ternary']);

/** Concepts that repeat their body: a function that calls itself stands for one. */
const LOOPS = new Set(['while', 'for', 'loop-forever']);

/** Concepts that choose which code runs: a `case` stands for an `if` chain. */
const CHOOSING = new Set(['if', 'switch']);

/** Concepts that define something: they stand for another only if it has a body too. */
const DEFINITIONS = new Set(['def', 'class', 'module']);

/** Concepts that are a statement or keyword only one side needs, when they stand alone. */
const STATEMENT_CONCEPTS = new Set(['return', 'import', 'self-param', 'pass']);

/** A module that implements functions for a type (Elixir's `defimpl`). */
const isProtocol = (n: ConceptNode) => n.concept === 'module' && n.variant === 'protocol';

const hasSwitch = (xs: Nodes) => xs.some((x) => x.concept === 'switch');

/** Ideas of a call that adds one item to a collection (`names.append(x)`, `scores.put(k, v)`). */
const ADDING_IDEAS: ReadonlySet<string> = new Set(['append', 'store-key']);

/** Concepts that are names an author chose: variables, methods being defined. */
const NAMES = new Set(['name', 'method-name']);

/** The words of a name, in small letters: `middleName` and `middle_name` are `middle name`. */
function wordsOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split('_')
    .filter((w) => w !== '')
    .join(' ');
}

/** Two names that differ only in how they join the same words (at least two of them). */
export function sameWords(a: string, b: string): boolean {
  if (a === b || !/^\w+$/.test(a) || !/^\w+$/.test(b)) return false;
  const words = wordsOf(a);
  return words.includes(' ') && words === wordsOf(b);
}

/** Runs of unmatched siblings up to this many possible pairs are paired by content (`pairByContent`). */
const MAX_CONTENT_PAIRS = 1024;

/** A node's content is read from at most this many of its tokens. */
const MAX_CONTENT_TOKENS = 256;

/** Token kinds that say what code is about: names and values, not punctuation or keywords. */
const CONTENT_KINDS = new Set(['identifier', 'constant', 'number', 'string', 'symbol', 'builtin']);

/**
 * Two unmatched siblings pair when at least this alike: the same concept (1), or a third of what
 * they hold in common (1). Less alike, each stands alone rather than be called the other's twin.
 */
const MIN_LIKENESS = 1;

/** Past this many edits between two sibling lists, diffArrays gives up and siblings are paired in order. */
const MAX_EDIT_LENGTH = 64;

export interface AlignInput {
  left: ConceptNode;
  right: ConceptNode;
  leftTokens: readonly Token[];
  rightTokens: readonly Token[];
  /** A `performance.now()` time past which alignment throws `too-complex`. */
  deadline?: number;
}

export function align(input: AlignInput): Alignment {
  const { leftTokens, rightTokens, deadline } = input;
  const occurrences: Occurrence[] = [];
  const anchors: number[] = [];
  const alone = { left: [] as number[], right: [] as number[] };
  /** Pairs of names (left, right) that name the same definition on the two sides. */
  const renamed = new Set<string>();
  let steps = 0;

  const checkTime = () => {
    if (deadline !== undefined && ++steps % 512 === 0 && performance.now() > deadline) {
      throw tooComplex();
    }
  };

  /** The indices of a node's tokens, [first, end). */
  const range = (n: ConceptNode): number[] => tokenSpan(n.firstToken, n.endToken);
  const headText = (n: ConceptNode, tokens: readonly Token[]) =>
    n.headText ?? joined(tokens, n.head, ' ');
  /** Whether two heads read alike: `headText(a) === headText(b)`, mostly without the strings. */
  const sameHead = (a: ConceptNode, b: ConceptNode): boolean =>
    a.headText === null && b.headText === null
      ? joinsAlike(leftTokens, a.head, rightTokens, b.head, ' ')
      : headText(a, leftTokens) === headText(b, rightTokens);

  /** The construct differences belong to; doubles as their occurrences' `owner`, never changed. */
  interface Context {
    readonly concept: ConceptId;
    readonly left: ConceptNode | null;
    readonly right: ConceptNode | null;
  }
  const record = (
    category: Category,
    kind: DifferenceKind,
    left: readonly number[],
    right: readonly number[],
    ctx: Context,
    nodes: Occurrence['nodes'],
    site: ConceptId = ctx.concept,
    whole = false,
    form?: Form,
  ) => {
    if (left.length === 0 && right.length === 0) return;
    // Code that reads the same on both sides is never a difference, however it was parsed; a
    // false friend reads the same by definition (`7 / 2` in both) and is the one exception.
    if (
      whole &&
      kind === 'changed' &&
      category !== 'behaviour' &&
      joinsAlike(leftTokens, left, rightTokens, right, ' ')
    )
      return;
    const o: Occurrence = {
      category,
      kind,
      left,
      right,
      context: ctx.concept,
      owner: ctx,
      site,
      whole,
      nodes,
    };
    if (form) o.form = form;
    occurrences.push(o);
  };

  /** `a` and `b` differ as a whole piece of code (an expression, a string, a condition). */
  const changedWhole = (
    category: Category,
    a: ConceptNode,
    b: ConceptNode,
    ctx: Context,
    site: ConceptId = a.concept,
    form?: Form,
  ) =>
    record(category, 'changed', range(a), range(b), ctx, { left: a, right: b }, site, true, form);

  /** As `changedWhole`, for code that sits in `outer` (an argument of a call): its words may be the call's. */
  const changedWithin = (
    category: Category,
    a: ConceptNode,
    b: ConceptNode,
    ctx: Context,
    outer: Context,
  ) => {
    const before = occurrences.length;
    changedWhole(category, a, b, ctx);
    if (occurrences.length > before && outer !== ctx)
      (occurrences[before] as Occurrence).outer = outer;
  };

  /**
   * Compares the marks of two paired nodes category by category: the left side's categories in
   * order, then those only the right side has. Loops rather than lists: this runs for every pair.
   */
  const compareMarks = (na: ConceptNode, nb: ConceptNode, ctx: Context) => {
    const a = na.marks;
    const b = nb.marks;
    if (a.length === 0 && b.length === 0) return;
    const nodes = { left: na, right: nb };
    for (const m of a) {
      const ma = firstOf(a, m.category) as Mark;
      const mb = partnerOf(b, ma);
      if (mb && m.category === 'block-end' && ma === m) anchorClosers(ma, mb);
      if (mb) compareMark(ma, mb, ctx, nodes, ma.site ?? na.concept, mb.site ?? nb.concept);
      else record(m.category, 'left-only', ma.tokens, NO_TOKENS, ctx, nodes, ma.site ?? na.concept);
    }
    for (let k = 0; k < b.length; k++) {
      const mb = b[k] as Mark;
      // Each category only the right side has, once.
      if (partnerOf(a, mb) || firstOf(b, mb.category) !== mb) continue;
      record(mb.category, 'right-only', NO_TOKENS, mb.tokens, ctx, nodes, mb.site ?? nb.concept);
    }
  };

  /**
   * The last closer of two paired constructs (a `}` and an `end`) closes the same thing: their
   * lines are counterparts, as paired statements' are.
   */
  const anchorClosers = (ma: Mark, mb: Mark) => {
    let la = -1;
    let lb = -1;
    for (const t of ma.tokens) la = Math.max(la, t);
    for (const t of mb.tokens) lb = Math.max(lb, t);
    const ta = leftTokens[la];
    const tb = rightTokens[lb];
    if (ta && tb) anchors.push(ta.line - 1, tb.line - 1);
  };

  /** Two marks of one category: the same tokens, or the ones that differ. */
  const compareMark = (
    ma: Mark,
    mb: Mark,
    ctx: Context,
    nodes: Occurrence['nodes'],
    site: ConceptId,
    rightSite: ConceptId,
  ) => {
    // In document order, so that a string's `"` meets `f"` and its `#{` meets `{`.
    const la = sorted(ma.tokens);
    const lb = sorted(mb.tokens);
    if (joinsAlike(leftTokens, la, rightTokens, lb, '\0')) return;
    const before = occurrences.length;
    if (la.length === lb.length) {
      // Report only the tokens that differ: `f"` against `"`, not the closing quotes too. Most
      // often every one differs (`{` against `:`): then the lists themselves, not copies kept
      // till the comparison ends.
      let differing = 0;
      for (let k = 0; k < la.length; k++) {
        if (textAt(leftTokens, la[k]) !== textAt(rightTokens, lb[k])) differing++;
      }
      if (differing === la.length) {
        record(ma.category, 'changed', la, lb, ctx, nodes, site);
      } else {
        const l: number[] = [];
        const r: number[] = [];
        for (let k = 0; k < la.length; k++) {
          if (textAt(leftTokens, la[k]) !== textAt(rightTokens, lb[k])) {
            l.push(la[k] as number);
            r.push(lb[k] as number);
          }
        }
        record(ma.category, 'changed', l, r, ctx, nodes, site);
      }
    } else {
      record(ma.category, 'changed', la, lb, ctx, nodes, site);
    }
    const made = occurrences[before];
    if (made && rightSite !== site) made.rightSite = rightSite;
  };

  const solo = (node: ConceptNode, side: 'left' | 'right', ctx: Context) => {
    checkTime();
    if (CONTAINERS.has(node.concept) && !node.statement) {
      // A container only one side has (Python's `()` on a call Ruby writes bare): its marks
      // and its contents are what differ, each on its own. (A statement that is a value, a
      // struct a function gives back, stands alone whole.)
      const here: Context = side === 'left' ? { ...ctx, right: null } : { ...ctx, left: null };
      const nodes = side === 'left' ? { left: node, right: null } : { left: null, right: node };
      for (const m of node.marks) {
        const site = m.site ?? node.concept;
        if (side === 'left')
          record(m.category, 'left-only', m.tokens, NO_TOKENS, here, nodes, site);
        else record(m.category, 'right-only', NO_TOKENS, m.tokens, here, nodes, site);
      }
      for (let i = 0; i < node.slots.size; i++) {
        for (const kid of node.slots.listAt(i)) solo(kid, side, ctx);
      }
      return;
    }
    // (The lines of a string, a heredoc's, stay free to meet the other side's string lines.)
    if (node.statement && node.concept !== 'string') {
      for (let row = node.startRow; row <= node.endRow; row++) alone[side].push(row);
    }
    const category: Category =
      node.concept === 'comment'
        ? 'comment'
        : node.statement || STATEMENT_CONCEPTS.has(node.concept)
          ? 'statement'
          : 'expression';
    const tokens = range(node);
    const here: Context = {
      concept: node.concept,
      left: side === 'left' ? node : null,
      right: side === 'right' ? node : null,
    };
    const before = occurrences.length;
    if (side === 'left')
      record(category, 'left-only', tokens, NO_TOKENS, here, here, node.concept, true);
    else record(category, 'right-only', NO_TOKENS, tokens, here, here, node.concept, true);
    if (occurrences.length > before) (occurrences[before] as Occurrence).outer = ctx;
  };

  const compareNodes = (a: ConceptNode, b: ConceptNode, parent: Context): void => {
    checkTime();
    if (a.slots.has('clauses') || b.slots.has('clauses')) return clausesAgainst(a, b, parent);
    if (a.statement && b.statement) anchors.push(a.startRow, b.startRow);
    // A node with no spelling of its own (a call's argument list) explains itself by its parent.
    const ctx: Context =
      a.head.length === 0 && b.head.length === 0 && parent.concept !== 'block'
        ? parent
        : { concept: a.concept, left: a, right: b };

    if (a.slots.has('fill') !== b.slots.has('fill')) {
      // An empty collection and the loop that fills it against one statement that builds it
      // (`accumulationsWhole`): the names and marks compare as ever, the values (with the loop)
      // differ whole.
      alignLists(a.slots.get('target') ?? NO_NODES, b.slots.get('target') ?? NO_NODES, ctx);
      compareMarks(a, b, ctx);
      const made = (n: ConceptNode) => {
        const value = n.slots.get('value')?.[0];
        const fill = n.slots.get('fill') ?? NO_NODES;
        const tokens = [...(value ? range(value) : []), ...fill.flatMap(range)];
        return {
          tokens,
          node: fill[0]?.concept === 'for' ? fill[0] : fill.length > 0 ? n : (value ?? n),
        };
      };
      const [ma, mb] = [made(a), made(b)];
      const nodes = { left: ma.node, right: mb.node };
      record('expression', 'changed', ma.tokens, mb.tokens, ctx, nodes, 'assign', true);
      return;
    }
    if (a.concept === 'def' || (errorClass(a) && errorClass(b))) {
      // Names the author chose differently (`allowed?`, `is_allowed`; `OutOfStockError`,
      // `OutOfStockException`): said once, at the definition; the calls and the uses by those
      // names are the same calls and uses.
      const na = a.slots.get('name')?.[0]?.key;
      const nb = b.slots.get('name')?.[0]?.key;
      if (na && nb && na !== nb) renamed.add(`${na}\u0000${nb}`);
    }
    if (a.concept === 'switch' && b.concept === 'if') return switchAgainstIf(a, b, ctx, 'left');
    if (a.concept === 'if' && b.concept === 'switch') return switchAgainstIf(b, a, ctx, 'right');
    // A case against a guard the other side tests inside its catch-all (`guardsAsCases`): a
    // choice of one branch, told as a `case` against an `if` chain is.
    if (a.concept === 'case' && b.concept === 'if')
      return switchAgainstIf(oneCase(a), b, ctx, 'left', true);
    if (a.concept === 'if' && b.concept === 'case')
      return switchAgainstIf(oneCase(b), a, ctx, 'right', true);
    if (a.concept !== b.concept) {
      // A one-statement block meets a bare expression: a lambda's `{ x * 2 }` and `x * 2`.
      const onlyKid = (n: ConceptNode) => {
        let kid: ConceptNode | undefined;
        let count = 0;
        for (let i = 0; i < n.slots.size; i++) {
          const kids = n.slots.listAt(i);
          count += kids.length;
          if (kids.length > 0) kid = kids[0];
        }
        return count === 1 ? kid : undefined;
      };
      if (a.concept === 'block' && onlyKid(a))
        return compareNodes(onlyKid(a) as ConceptNode, b, parent);
      if (b.concept === 'block' && onlyKid(b))
        return compareNodes(a, onlyKid(b) as ConceptNode, parent);
      // `make_counter` meets `make_counter()`: the same call, written without its parentheses.
      const bare = (n: ConceptNode, call: ConceptNode) =>
        n.concept === 'name' &&
        call.concept === 'call' &&
        (call.slots.get('receiver') ?? NO_NODES).length === 0 &&
        headText(call, call === a ? leftTokens : rightTokens) ===
          headText(n, n === a ? leftTokens : rightTokens);
      if (bare(a, b) || bare(b, a)) {
        const call = a.concept === 'call' ? a : b;
        const args = call.slots.get('args')?.[0];
        const empty = !args || args.slots.size === 0;
        if (empty && args) {
          for (const m of args.marks) {
            if (call === a)
              record(
                m.category,
                'left-only',
                m.tokens,
                NO_TOKENS,
                ctx,
                { left: a, right: b },
                'call',
              );
            else
              record(
                m.category,
                'right-only',
                NO_TOKENS,
                m.tokens,
                ctx,
                { left: a, right: b },
                'call',
              );
          }
          return;
        }
      }
      // `{…}.freeze` meets `{…}`: a method called on the value, with nothing to pass, that one
      // side only writes. The value pairs with the value; the call differs on its own.
      const called = (n: ConceptNode) => {
        if (n.concept !== 'call' || (n.slots.get('args') ?? NO_NODES).length > 0) return undefined;
        // (`math.pi` is no call on a value `math`: the module and the name mean π together.)
        if (n.idiom?.on) return undefined;
        const receiver = n.slots.get('receiver') ?? NO_NODES;
        return receiver.length === 1 ? (receiver[0] as ConceptNode) : undefined;
      };
      const calledOnA = called(a);
      const calledOnB = called(b);
      if (calledOnA && calledOnA.concept === b.concept) {
        const here = { concept: a.concept, left: a, right: null } as const;
        const tail = range(a).filter((i) => i >= calledOnA.endToken);
        record('expression', 'left-only', tail, NO_TOKENS, here, here, a.concept, true);
        return compareNodes({ ...calledOnA, statement: a.statement }, b, parent);
      }
      if (calledOnB && calledOnB.concept === a.concept) {
        const here = { concept: b.concept, left: null, right: b } as const;
        const tail = range(b).filter((i) => i >= calledOnB.endToken);
        record('expression', 'right-only', NO_TOKENS, tail, here, here, b.concept, true);
        return compareNodes(a, { ...calledOnB, statement: b.statement }, parent);
      }
      // `return x` meets a bare `x`: one side returns the last value implicitly.
      const value = (n: ConceptNode) => n.slots.get('value') ?? NO_NODES;
      if (a.concept === 'return' && value(a).length === 1) {
        const here = { concept: 'return', left: a, right: null } as const;
        record('statement', 'left-only', a.head, NO_TOKENS, here, here);
        return compareNodes({ ...(value(a)[0] as ConceptNode), statement: a.statement }, b, parent);
      }
      if (b.concept === 'return' && value(b).length === 1) {
        const here = { concept: 'return', left: null, right: b } as const;
        record('statement', 'right-only', NO_TOKENS, b.head, here, here);
        return compareNodes(a, { ...(value(b)[0] as ConceptNode), statement: b.statement }, parent);
      }
      // `while True:` around a `try` meets a `begin … rescue … end` that retries: a construct
      // one side wraps around what the other writes alone. The wrapper's opening and marks are
      // that side's only; what it wraps pairs with the other side's construct.
      // (Both are constructs with a body: a statement alone is no construct to wrap.)
      const wraps = (outer: ConceptNode, other: ConceptNode) => {
        const inner = wrapped(outer);
        return (
          inner !== undefined &&
          inner.concept === other.concept &&
          !!oneBody(inner) &&
          !!oneBody(other)
        );
      };
      const wrapsA = wraps(b, a);
      const wrapsB = wraps(a, b);
      if (a.statement && b.statement && (wrapsA || wrapsB) && hasHeader(wrapsA ? b : a)) {
        const [outer, side] = wrapsA ? ([b, 'right'] as const) : ([a, 'left'] as const);
        const here: Context = side === 'left' ? { ...ctx, right: null } : { ...ctx, left: null };
        const nodes = side === 'left' ? { left: outer, right: null } : { left: null, right: outer };
        const kind = side === 'left' ? 'left-only' : 'right-only';
        const tokens = (t: readonly number[]): [readonly number[], readonly number[]] =>
          side === 'left' ? [t, NO_TOKENS] : [NO_TOKENS, t];
        const [hl, hr] = tokens(header(outer));
        record('statement', kind, hl, hr, here, nodes, outer.concept, true);
        for (const m of outer.marks) {
          const [ml, mr] = tokens(sorted(m.tokens));
          record(m.category, kind, ml, mr, here, nodes, m.site ?? outer.concept);
        }
        alone[side].push(outer.startRow);
        // (The wrapper's line anchors nothing: the line of what it wraps does.)
        const at = anchors.length - 2;
        if (anchors[at] === a.startRow && anchors[at + 1] === b.startRow) anchors.splice(at, 2);
        const inner = wrapped(outer) as ConceptNode;
        return wrapsA ? compareNodes(a, inner, parent) : compareNodes(inner, b, parent);
      }
      if (a.statement && b.statement && hasHeader(a) && hasHeader(b)) return constructs(a, b, ctx);
      changedWithin('expression', a, b, ctx, parent);
      return;
    }

    const sameCall =
      a.concept === 'call' && renamed.size > 0 && renamed.has(`${a.key}\u0000${b.key}`);
    if (a.concept === 'call' && a.key !== b.key && !a.statement && !sameCall) {
      // Different operations (`numbers.sort.inspect` against `sorted(numbers)`): their parts do
      // not correspond, so the expression differs as a whole.
      changedWhole('expression', a, b, ctx);
      return;
    }
    if (a.concept === 'call' && a.key !== b.key && !sameCall && oneReceiver(a, b)) {
      // Two different operations as statements, the value one works on written before it (or
      // as its first argument) and the other's inside its arguments (`Enum.each(["one", "two"],
      // &IO.puts/1)` against `console.log(["one", "two"].join("\n"))`): the parts do not
      // correspond, the statement differs whole, its `;` apart.
      const own = (n: ConceptNode) =>
        range(n).filter(
          (t) => !n.marks.some((m) => m.category === 'terminator' && m.tokens.includes(t)),
        );
      record('expression', 'changed', own(a), own(b), ctx, { left: a, right: b }, a.concept, true);
      compareMarks(a, b, ctx);
      return;
    }
    if (a.concept === 'string' && a.key !== b.key) {
      changedWhole('string', a, b, ctx);
      return;
    }
    if (a.variant !== b.variant && (a.variant === 'modifier' || b.variant === 'modifier')) {
      // `puts "x" if ready` against a full `if` block: the same `if`, put after the statement.
      // The full block's side shows its `:` too: `if` after a statement against `if …:`.
      const form = a.variant === 'modifier' ? 'modifier-left' : 'modifier-right';
      // (and its condition's parentheses, where the language writes them: `if (x)`).
      const withOpener = (n: ConceptNode) =>
        n.variant === 'modifier'
          ? n.head
          : [
              ...n.head,
              ...(firstOf(n.marks, 'block-start')?.tokens ?? NO_TOKENS),
              ...(n.marks.find((m) => m.category === 'delimiter' && m.site === 'parens')?.tokens ??
                NO_TOKENS),
            ];
      record(
        'keyword',
        'changed',
        withOpener(a),
        withOpener(b),
        ctx,
        { left: a, right: b },
        a.concept,
        false,
        form,
      );
    } else if (a.variant !== b.variant && (a.variant === 'symbol' || b.variant === 'symbol')) {
      // The same value in another form: Ruby's symbol `:name` where Python writes `"name"`.
      changedWhole('literal', a, b, ctx, a.concept, 'symbol');
      return;
    }
    if (a.concept === 'range' && !joinsAlike(leftTokens, range(a), rightTokens, range(b), ' ')) {
      // Two ranges are one lesson whole (`1..3` against `range(1, 4)`: where each stops), and
      // none when they count the same numbers with the same end (`3.times` and `range(3)`). A
      // counter written out (`i = 0; i < 3; i++`, no word spells it) against a word that counts
      // is a lesson however it counts.
      const writtenOut = (a.head.length === 0) !== (b.head.length === 0);
      if (writtenOut || !sameCount(a, b)) changedWhole('expression', a, b, ctx, 'range');
      return;
    }
    if (a.concept === 'assign-op' && (a.slots.get('value') ?? NO_NODES).length === 0) {
      // `count++` against `count += 1`: one way to add one against another, whole.
      if ((b.slots.get('value') ?? NO_NODES).length > 0)
        return changedWhole('expression', a, b, ctx);
    }
    if (b.concept === 'assign-op' && (b.slots.get('value') ?? NO_NODES).length === 0) {
      if ((a.slots.get('value') ?? NO_NODES).length > 0)
        return changedWhole('expression', a, b, ctx);
    }
    // (One side on one line is enough: a pipeline laid out over lines is one expression still.)
    const oneLine = a.startRow === a.endRow || b.startRow === b.endRow;
    // An assignment on one line is one expression too: where both its target and its value
    // differ (`ages["Grace"] = 85` against `ages = Map.put(ages, "Grace", 85)`), it differs whole.
    const expression = (!a.statement && !b.statement) || a.concept === 'assign';
    if (expression && a.concept !== 'block' && oneLine) {
      compareExpression(a, b, parent, ctx);
      return;
    }
    if (a.concept === 'class' && fieldsAgainstHeader(a, b, ctx)) {
      compareParts(a, b, parent, ctx, HEADER_SLOTS);
      return;
    }
    if (a.concept === 'for') {
      const taken = varsTakenApart(a, b, ctx) ?? itemAgainstCounter(a, b, ctx);
      if (taken) {
        // The marks around the parts (`[ ]`, `| |`) belong to the one difference.
        const outside = (n: ConceptNode, side: Set<number>) => ({
          ...n,
          marks: n.marks
            .map((m) => ({ ...m, tokens: m.tokens.filter((t) => !side.has(t)) }))
            .filter((m) => m.tokens.length > 0),
        });
        compareParts(outside(a, taken.left), outside(b, taken.right), parent, ctx, VAR_SLOTS);
        return;
      }
    }
    if (a.concept === 'case') {
      const covered = valuesAgainstGuard(a, b, ctx);
      if (covered) {
        // The test is said once, whole: its marks (`,` between values) and parts belong to it.
        const outside = (n: ConceptNode) => ({
          ...n,
          marks: n.marks.filter((m) => !m.tokens.every((t) => covered.has(t, n === a))),
        });
        compareParts(outside(a), outside(b), parent, ctx, GUARDED_SLOTS);
        return;
      }
    }
    compareParts(a, b, parent, ctx);
  };

  /**
   * `@x = x; @y = y` against `%Point{x: x, y: y}`: a body that sets an object's fields one by one
   * against one that builds the value with those fields whole (a constructor against a struct's
   * `new`). The field lines and the value differ as one. False (and nothing done) when the two
   * blocks are not so.
   */
  const fieldsAgainstStruct = (a: ConceptNode, b: ConceptNode, ctx: Context): boolean => {
    const ia = a.slots.get('item') ?? NO_NODES;
    const ib = b.slots.get('item') ?? NO_NODES;
    const setsField = (n: ConceptNode) =>
      n.concept === 'assign' && n.slots.get('target')?.[0]?.concept === 'field';
    const [sets, built] = ia.length > 0 && ia.every(setsField) ? [ia, ib] : [ib, ia];
    if (sets.length === 0 || !sets.every(setsField) || built.length !== 1) return false;
    const value = built[0] as ConceptNode;
    if (value.concept !== 'map') return false;
    const keys = new Set(
      (value.slots.get('item') ?? NO_NODES).map((p) => p.slots.get('key')?.[0]?.key),
    );
    if (!sets.every((f) => keys.has(f.slots.get('target')?.[0]?.key))) return false;
    const lines = sets.flatMap((f) => range(f));
    const field = (sets[0] as ConceptNode).slots.get('target')?.[0] as ConceptNode;
    const left = sets === ia;
    const [l, r] = left ? [lines, range(value)] : [range(value), lines];
    const nodes = left ? { left: field, right: value } : { left: value, right: field };
    record('expression', 'changed', l, r, ctx, nodes, 'assign', true);
    const first = sets[0] as ConceptNode;
    if (left) anchors.push(first.startRow, value.startRow);
    else anchors.push(value.startRow, first.startRow);
    compareMarks(a, b, ctx);
    return true;
  };

  /**
   * `("mug", gift: true, quantity: 2)` against `("mug", { gift: true, quantity: 2 })`: arguments
   * passed by name against one object that holds them. The named ones and the object differ as
   * one; the arguments before them align as usual. False (and nothing done) when the argument
   * lists are not so.
   */
  const namedAgainstObject = (a: ConceptNode, b: ConceptNode, ctx: Context): boolean => {
    const ia = a.slots.get('item') ?? NO_NODES;
    const ib = b.slots.get('item') ?? NO_NODES;
    const named = (items: Nodes) => {
      let k = items.length;
      while (k > 0 && (items[k - 1] as ConceptNode).concept === 'keyword-arg') k--;
      return k;
    };
    const object = (items: Nodes) => items[items.length - 1]?.concept === 'map';
    const ka = named(ia);
    const kb = named(ib);
    let left: readonly number[];
    let right: readonly number[];
    let nodes: Occurrence['nodes'];
    if (ka < ia.length && kb === ib.length && object(ib) && ka === ib.length - 1) {
      const first = ia[ka] as ConceptNode;
      const map = ib[ib.length - 1] as ConceptNode;
      left = range({ ...first, endToken: (ia[ia.length - 1] as ConceptNode).endToken });
      right = range(map);
      nodes = { left: first, right: map };
    } else if (kb < ib.length && ka === ia.length && object(ia) && kb === ia.length - 1) {
      const first = ib[kb] as ConceptNode;
      const map = ia[ia.length - 1] as ConceptNode;
      left = range(map);
      right = range({ ...first, endToken: (ib[ib.length - 1] as ConceptNode).endToken });
      nodes = { left: map, right: first };
    } else return false;
    record('expression', 'changed', left, right, ctx, nodes, 'keyword-arg', true);
    compareMarks(a, b, ctx);
    const before = Math.min(ka, kb);
    alignLists(ia.slice(0, before), ib.slice(0, before), ctx);
    return true;
  };

  /**
   * `for (Request request : requests)` against `for (const [role, action] of requests)`: one
   * loop names each item whole, the other takes it apart into its parts. The variables differ
   * as one, with the brackets or bars around the parts; none of them is the other's. Gives the
   * tokens it covers on each side, or null when the loops are not so.
   */
  const varsTakenApart = (a: ConceptNode, b: ConceptNode, ctx: Context) => {
    const va = a.slots.get('var') ?? NO_NODES;
    const vb = b.slots.get('var') ?? NO_NODES;
    const [whole, parts] = va.length === 1 ? [va, vb] : [vb, va];
    if (whole.length !== 1 || parts.length < 2) return null;
    const item = whole[0] as ConceptNode;
    if (item.concept !== 'name' || parts.some((p) => p.key === item.key)) return null;
    // Not a count (`for (int i = 0; …)`) or an item with its position (`|task, index|`): two
    // values handed over, not one taken apart.
    const counts = (n: ConceptNode) => n.slots.get('iterable')?.[0]?.concept === 'range';
    const withIndex = (n: ConceptNode) =>
      n.idiom?.idea === 'each-with-index' ||
      n.slots.get('iterable')?.[0]?.idiom?.idea === 'each-with-index';
    if (counts(a) || counts(b) || withIndex(a) || withIndex(b)) return null;
    const first = (parts[0] as ConceptNode).firstToken;
    const end = (parts[parts.length - 1] as ConceptNode).endToken;
    const around = parts === va ? a : b;
    const tokens: number[] = [];
    for (const m of around.marks)
      for (const t of m.tokens) if (t === first - 1 || t === end) tokens.push(t);
    for (let t = first; t < end; t++) tokens.push(t);
    tokens.sort((x, y) => x - y);
    const [l, r] = parts === va ? [tokens, range(item)] : [range(item), tokens];
    const nodes = { left: a, right: b };
    record('expression', 'changed', l, r, ctx, nodes, 'for', true, 'unpacked');
    return { left: new Set(l), right: new Set(r) };
  };

  /**
   * `|task, index|` of `each_with_index` against the counter of `for (int index = 0; …)`: one
   * loop is handed each item and its position, the other counts the positions and reads each
   * item by its position. The variables differ as one, not as an item variable one side has
   * alone. Gives the tokens it covers on each side, or null when the loops are not so.
   */
  const itemAgainstCounter = (a: ConceptNode, b: ConceptNode, ctx: Context) => {
    const va = a.slots.get('var') ?? NO_NODES;
    const vb = b.slots.get('var') ?? NO_NODES;
    const counter = (n: ConceptNode) => {
      const iterable = n.slots.get('iterable')?.[0];
      return iterable?.concept === 'range' && iterable.head.length === 0;
    };
    const [one, two, counting, handed] = va.length === 1 ? [va, vb, a, b] : [vb, va, b, a];
    if (one.length !== 1 || two.length !== 2 || !counter(counting) || counter(handed)) return null;
    const first = (two[0] as ConceptNode).firstToken;
    const end = (two[1] as ConceptNode).endToken;
    const tokens: number[] = [];
    for (const m of handed.marks) {
      for (const t of m.tokens) if (t === first - 1 || t === end) tokens.push(t);
    }
    for (let t = first; t < end; t++) tokens.push(t);
    tokens.sort((x, y) => x - y);
    const single = range(one[0] as ConceptNode);
    const [l, r] = handed === a ? [tokens, single] : [single, tokens];
    record('expression', 'changed', l, r, ctx, { left: a, right: b }, 'for', true, 'with-index');
    return { left: new Set(l), right: new Set(r) };
  };

  /**
   * `record Reminder(int hour, String phone)` against a class whose body declares those fields
   * (`hour: int` and `phone: str` under `@dataclass`): the header's list and the field lines are
   * one thing written two ways, one difference, not parameters on one side and statements on the
   * other. Compares the bodies less those lines; false (and nothing done) when the two classes
   * are not so.
   */
  const fieldsAgainstHeader = (a: ConceptNode, b: ConceptNode, ctx: Context): boolean => {
    const ha = a.slots.get('params')?.[0];
    const hb = b.slots.get('params')?.[0];
    if (!ha === !hb) return false;
    const header = (ha ?? hb) as ConceptNode;
    const other = ha ? b : a;
    const names = header.slots.get('item') ?? NO_NODES;
    const block = other.slots.get('body')?.[0];
    if (names.length === 0 || block?.concept !== 'block') return false;
    if (!names.every((n) => n.concept === 'name')) return false;
    const items = block.slots.get('item') ?? NO_NODES;
    const declares = (s: ConceptNode, name: ConceptNode) =>
      (s.concept === 'assign' || s.concept === 'field-declaration') &&
      s.slots.get('target')?.[0]?.key === name.key;
    const fields = names.map((n) => items.find((s) => declares(s, n)));
    if (fields.some((f) => f === undefined)) return false;
    const lines = (fields as ConceptNode[]).flatMap((f) => range(f));
    const [l, r] = ha ? [range(header), lines] : [lines, range(header)];
    record('expression', 'changed', l, r, ctx, { left: a, right: b }, 'class', true);
    // The bodies, the field lines left out, statement by statement.
    const rest = new Slots();
    for (let i = 0; i < block.slots.size; i++) {
      const name = block.slots.nameAt(i);
      const list = block.slots.listAt(i);
      rest.set(name, name === 'item' ? list.filter((s) => !fields.includes(s)) : list);
    }
    const shorter = [{ ...block, slots: rest }];
    const own = a.slots.get('body') ?? NO_NODES;
    const theirs = b.slots.get('body') ?? NO_NODES;
    if (ha) alignLists(own, shorter, ctx);
    else alignLists(shorter, theirs, ctx);
    return true;
  };

  /**
   * `when 301, 302` against `code when code in [301, 302]`: one side lists the values a case
   * matches, the other binds any value to a name and tests it in a guard. The values and the
   * name with its guard are one test written two ways, one difference, not a name on one side
   * and numbers on the other. Gives the tokens it covers on each side, or null when the two
   * cases are not so.
   */
  const valuesAgainstGuard = (a: ConceptNode, b: ConceptNode, ctx: Context) => {
    const ga = a.slots.get('guard')?.[0];
    const gb = b.slots.get('guard')?.[0];
    if (!ga === !gb) return null;
    const guarded = ga ? a : b;
    const guard = (ga ?? gb) as ConceptNode;
    const plain = ga ? b : a;
    const bound = guarded.slots.get('pattern') ?? NO_NODES;
    const values = plain.slots.get('pattern') ?? NO_NODES;
    // The guarded side's patterns take any value (`code`, `_`); the plain side's test it.
    if (bound.length === 0 || values.length === 0) return null;
    // (A pattern of one token with nothing inside, `_`, takes any value too.)
    const anyValue = (p: ConceptNode) =>
      p.concept === 'name' ||
      (p.concept === 'pattern' && p.slots.size === 0 && p.endToken - p.firstToken === 1);
    if (!bound.every(anyValue) || values.every(anyValue)) return null;
    // The values and what stands between two on one line (`301, 302`); not `: case` between
    // two labels on lines of their own.
    const plainTokens: number[] = [];
    values.forEach((v, k) => {
      const next = values[k + 1];
      const to = next && next.startRow === v.endRow ? next.firstToken : v.endToken;
      plainTokens.push(...tokenSpan(v.firstToken, to));
    });
    const guardedTokens = tokenSpan((bound[0] as ConceptNode).firstToken, guard.endToken);
    const first = values[0] as ConceptNode;
    const [l, r] = ga ? [guardedTokens, plainTokens] : [plainTokens, guardedTokens];
    const nodes = ga ? { left: guard, right: first } : { left: first, right: guard };
    record('expression', 'changed', l, r, ctx, nodes, 'guard', true);
    const left = new Set(l);
    const right = new Set(r);
    return { has: (t: number, onLeft: boolean) => (onLeft ? left : right).has(t) };
  };

  /**
   * A definition of an exception: a class whose parent is a language's base exception class
   * (`StandardError`, `Exception`), or a module that makes itself one (`defexception`).
   */
  const errorClass = (n: ConceptNode): boolean => {
    if (n.concept !== 'class' && n.concept !== 'module') return false;
    const base = (x: ConceptNode | undefined) => x?.idiom?.idea === 'base-error';
    const parent = n.slots.get('superclass')?.[0];
    if (parent && (base(parent) || (parent.slots.get('item') ?? NO_NODES).some(base))) return true;
    const body = n.slots.get('body')?.[0];
    return (body?.slots.get('item') ?? NO_NODES).some(base);
  };

  /** Two calls of which one only works on a value written before it (its receiver). */
  const oneReceiver = (a: ConceptNode, b: ConceptNode) =>
    (a.slots.get('receiver') ?? NO_NODES).length > 0 !==
    (b.slots.get('receiver') ?? NO_NODES).length > 0;

  /** The body of a construct that has one block of statements: a loop's, a definition's. */
  const oneBody = (n: ConceptNode): ConceptNode | undefined => {
    const body = n.slots.get('body');
    return body?.length === 1 && body[0]?.concept === 'block' ? body[0] : undefined;
  };

  /** The tokens of a construct before its body, its marks (`do`, `:`) left out. */
  const header = (n: ConceptNode): number[] => {
    const body = oneBody(n);
    if (!body) return [];
    const marked = new Set<number>();
    for (const m of n.marks) for (const t of m.tokens) marked.add(t);
    return range(n).filter((i) => i < body.firstToken && !marked.has(i));
  };

  /** The one statement a construct's body holds, if it holds just one (a `try` in a loop). */
  const wrapped = (n: ConceptNode): ConceptNode | undefined => {
    const items = oneBody(n)?.slots.get('item') ?? NO_NODES;
    return items.length === 1 ? items[0] : undefined;
  };

  /** A construct with a body of statements and something written before it (`while x`). */
  const hasHeader = (n: ConceptNode) => header(n).length > 0;

  /**
   * Two constructs of different kinds, each with a body (a `while` loop against a function that
   * calls itself): what opens each differs as a whole, one lesson; their marks compare as
   * marks, and their bodies align statement by statement, so that the code inside that is the
   * same stays paired. What else one holds (an `else`) stands alone.
   */
  const constructs = (a: ConceptNode, b: ConceptNode, ctx: Context) => {
    const nodes = { left: a, right: b };
    record('expression', 'changed', header(a), header(b), ctx, nodes, a.concept, true, 'construct');
    // Their marks by category, each side's of its own construct (a lambda's `{` against a
    // definition's `:`), so that each is explained by the construct it belongs to.
    for (const ma of a.marks) {
      const mb = partnerOf(b.marks, ma);
      const la = sorted(ma.tokens);
      if (!mb) {
        record(ma.category, 'left-only', la, NO_TOKENS, ctx, nodes, a.concept, false, 'construct');
        continue;
      }
      const lb = sorted(mb.tokens);
      // (The `}` of a loop and the `end` of the function that stands for it close one thing.)
      if (ma.category === 'block-end') anchorClosers(ma, mb);
      if (!joinsAlike(leftTokens, la, rightTokens, lb, '\0'))
        record(ma.category, 'changed', la, lb, ctx, nodes, a.concept, false, 'construct');
    }
    for (const mb of b.marks) {
      if (partnerOf(a.marks, mb)) continue;
      const lb = sorted(mb.tokens);
      record(mb.category, 'right-only', NO_TOKENS, lb, ctx, nodes, b.concept, false, 'construct');
    }
    alignLists(a.slots.get('body') ?? NO_NODES, b.slots.get('body') ?? NO_NODES, ctx);
    for (const n of a.slots.get('clause') ?? NO_NODES) solo(n, 'left', ctx);
    for (const n of b.slots.get('clause') ?? NO_NODES) solo(n, 'right', ctx);
  };

  /**
   * `case score when 90.. … when 70… … else … end` against `if score >= 90: … elif …: … else:`:
   * one lesson for the keywords, one per branch for how it tests the value, and each branch's
   * body with the other's. `side` says which side holds the `case`.
   */
  const switchAgainstIf = (
    sw: ConceptNode,
    chain: ConceptNode,
    ctx: Context,
    side: 'left' | 'right',
    lone = false,
  ) => {
    const cases = (sw.slots.get('clause') ?? NO_NODES).filter((c) => c.concept === 'case');
    const otherwise = (sw.slots.get('clause') ?? NO_NODES).find((c) => c.concept === 'else');
    const elifs = (chain.slots.get('clause') ?? NO_NODES).filter((c) => c.concept === 'elif');
    const chainElse = (chain.slots.get('clause') ?? NO_NODES).find((c) => c.concept === 'else');
    const branches = [chain, ...elifs];
    const subject = sw.slots.get('subject')?.[0];
    // The value a guard tests, looked up before it (`guardsAsElse`), against what the `case`
    // chooses by: one difference of their own.
    const lookup = chain.slots.get('lookup')?.[0];
    const swWords = [
      ...sw.head,
      ...(subject && !lookup ? range(subject) : []),
      ...cases.flatMap((c) => c.head),
    ];
    const chainWords = [...chain.head, ...elifs.flatMap((e) => e.head)];
    const [l, r] = side === 'left' ? [sw, chain] : [chain, sw];
    const nodes = { left: l, right: r };
    if (lookup && subject) {
      if (side === 'left') changedWhole('expression', subject, lookup, ctx);
      else changedWhole('expression', lookup, subject, ctx);
    } else if (lookup) solo(lookup, side === 'left' ? 'right' : 'left', ctx);
    // (A lone clause against an `if`: its keyword is part of how it tests, said there.)
    if (!lone && side === 'left')
      record('keyword', 'changed', swWords, chainWords, ctx, nodes, 'switch');
    else if (!lone) record('keyword', 'changed', chainWords, swWords, ctx, nodes, 'switch');
    const pair = (x: ConceptNode, y: ConceptNode, within: Context) =>
      side === 'left' ? compareNodes(x, y, within) : compareNodes(y, x, within);
    const lists = (x: Nodes, y: Nodes, within: Context) =>
      side === 'left' ? alignLists(x, y, within) : alignLists(y, x, within);
    // A `case` with no catch-all against a chain with an `else` (a guard and the code after
    // it): the case most like the `else` is the one that stands for it, not the last one.
    const elseCase =
      !otherwise && chainElse && cases.length === branches.length + 1
        ? mostLike(chainElse, cases, side === 'right')
        : undefined;
    const tests = elseCase ? cases.filter((c) => c !== elseCase) : cases;
    const n = Math.min(tests.length, branches.length);
    for (let k = 0; k < n; k++) {
      const c = tests[k] as ConceptNode;
      const branch = branches[k] as ConceptNode;
      const here: Context =
        side === 'left'
          ? { concept: 'case', left: c, right: branch }
          : { concept: 'case', left: branch, right: c };
      if (c.statement && branch.statement) {
        if (side === 'left') anchors.push(c.startRow, branch.startRow);
        else anchors.push(branch.startRow, c.startRow);
      }
      // How each branch tests the value: against `when`'s values, or by a comparison written out.
      const patterns = c.slots.get('pattern') ?? NO_NODES;
      const condition = branch.slots.get('condition')?.[0];
      // A lone clause's test is all it matches, its guard too (`_ if 400 <= s <= 499`).
      const matched = lone ? [...patterns, ...(c.slots.get('guard') ?? NO_NODES)] : patterns;
      const tested =
        lone && matched.length > 0 ? spanOf(matched) : patterns.flatMap((p) => range(p));
      if (condition && tested.length > 0) {
        // (A lone clause's guard, where it has one, is what its words tell of.)
        const test = (lone ? c.slots.get('guard')?.[0] : undefined) ?? (patterns[0] as ConceptNode);
        const testNodes =
          side === 'left' ? { left: test, right: condition } : { left: condition, right: test };
        if (side === 'left')
          record(
            'expression',
            'changed',
            tested,
            range(condition),
            here,
            testNodes,
            'case',
            true,
            'tested',
          );
        else
          record(
            'expression',
            'changed',
            range(condition),
            tested,
            here,
            testNodes,
            'case',
            true,
            'tested',
          );
      }
      if (side === 'left') compareMarks(c, branch, here);
      else compareMarks(branch, c, here);
      lists(c.slots.get('body') ?? NO_NODES, branch.slots.get('body') ?? NO_NODES, here);
    }
    for (let k = n; k < tests.length; k++) solo(tests[k] as ConceptNode, side, ctx);
    for (let k = n; k < branches.length; k++)
      solo(branches[k] as ConceptNode, side === 'left' ? 'right' : 'left', ctx);
    if (elseCase && chainElse) caseAgainstElse(elseCase, chainElse, side);
    else if (otherwise && chainElse) pair(otherwise, chainElse, ctx);
    else if (otherwise) solo(otherwise, side, ctx);
    else if (chainElse) solo(chainElse, side === 'left' ? 'right' : 'left', ctx);
    if (side === 'left') compareMarks(sw, chain, ctx);
    else compareMarks(chain, sw, ctx);
  };

  /**
   * `twice { puts "hello" }` against `twice(lambda: print("hello"))`: the block a call is given
   * against the function passed as its last argument. The two are one difference, and the calls
   * compare without them: gives back the two calls so, or null (and does nothing) when they are
   * not so.
   */
  const blockAgainstFunction = (
    a: ConceptNode,
    b: ConceptNode,
    ctx: Context,
  ): [ConceptNode, ConceptNode] | null => {
    if (b.concept !== 'call') return null;
    const blockOf = (n: ConceptNode) => {
      const block = n.slots.get('block') ?? NO_NODES;
      return block.length === 1 ? block[0] : undefined;
    };
    const ba = blockOf(a);
    const bb = blockOf(b);
    if ((ba === undefined) === (bb === undefined)) return null;
    const [withBlock, withArg] = ba ? [a, b] : [b, a];
    const args = withArg.slots.get('args')?.[0];
    const items = args?.slots.get('item') ?? NO_NODES;
    const fn = items[items.length - 1];
    if (!args || fn?.concept !== 'lambda') return null;
    const block = (ba ?? bb) as ConceptNode;
    if (ba) compareNodes(block, fn, ctx);
    else compareNodes(fn, block, ctx);
    /** `n`'s slots less `drop`, and `slot` set to `list` when given. */
    const slotsOf = (n: ConceptNode, drop: string, slot?: string, list?: ConceptNode[]) => {
      const slots = new Slots();
      for (let i = 0; i < n.slots.size; i++) {
        const name = n.slots.nameAt(i);
        if (name === slot && list) slots.set(name, list);
        else if (name !== drop) slots.set(name, n.slots.listAt(i));
      }
      return slots;
    };
    const lessBlock = { ...withBlock, slots: slotsOf(withBlock, 'block') };
    const lessFn = {
      ...withArg,
      slots: slotsOf(withArg, '', 'args', [
        {
          ...args,
          slots: slotsOf(args, items.length === 1 ? 'item' : '', 'item', items.slice(0, -1)),
        },
      ]),
    };
    return ba ? [lessBlock, lessFn] : [lessFn, lessBlock];
  };

  /**
   * A `try` with an `else` (code that runs only when nothing was raised) against one without:
   * the other language puts that code at the end of its `try` block. The `else` is the
   * difference; its statements join the `try`'s, to meet the other side's. Gives back the two
   * `try`s so, or null (and does nothing) when they are not so.
   */
  const elseAgainstTryEnd = (
    a: ConceptNode,
    b: ConceptNode,
    ctx: Context,
  ): [ConceptNode, ConceptNode] | null => {
    const elseOf = (n: ConceptNode) =>
      (n.slots.get('clause') ?? NO_NODES).find((c) => c.concept === 'else');
    const ea = elseOf(a);
    const eb = elseOf(b);
    if ((ea === undefined) === (eb === undefined)) return null;
    const [withElse, e] = ea ? [a, ea] : [b, eb as ConceptNode];
    const body = oneBody(withElse);
    const extra = oneBody(e)?.slots.get('item') ?? NO_NODES;
    if (!body || extra.length === 0) return null;
    const items = [...(body.slots.get('item') ?? NO_NODES), ...extra];
    const joined: ConceptNode = {
      ...body,
      slots: new Slots(),
      endToken: e.endToken,
      endRow: e.endRow,
    };
    joined.slots.set('item', items);
    const slots = new Slots();
    for (let i = 0; i < withElse.slots.size; i++) {
      const name = withElse.slots.nameAt(i);
      const list = withElse.slots.listAt(i);
      if (name === 'body') slots.set(name, [joined]);
      else if (name === 'clause')
        slots.set(
          name,
          list.filter((c) => c !== e),
        );
      else slots.set(name, list);
    }
    const tokens = [...e.head, ...e.marks.flatMap((m) => m.tokens)];
    const nodes = ea ? { left: e, right: null } : { left: null, right: e };
    if (ea)
      record('keyword', 'left-only', tokens, NO_TOKENS, ctx, nodes, 'else', false, 'after-try');
    else record('keyword', 'right-only', NO_TOKENS, tokens, ctx, nodes, 'else', false, 'after-try');
    const changed = { ...withElse, slots };
    return ea ? [changed, b] : [a, changed];
  };

  /**
   * Of `options`, the one most like `n` by what its body holds (`n` on the left side when
   * `nLeft`); the last on a tie.
   */
  const mostLike = (n: ConceptNode, options: Nodes, nLeft: boolean): ConceptNode | undefined => {
    const [nTokens, oTokens] = nLeft ? [leftTokens, rightTokens] : [rightTokens, leftTokens];
    const bodyOf = (x: ConceptNode) => x.slots.get('body')?.[0] ?? x;
    const nb = bodyOf(n);
    const content = contentOf(nb, nTokens);
    let found: ConceptNode | undefined;
    let most = -Infinity;
    for (const o of options) {
      const ob = bodyOf(o);
      const oc = contentOf(ob, oTokens);
      const l = nLeft ? likeness(nb, ob, content, oc) : likeness(ob, nb, oc, content);
      if (l >= most) {
        found = o;
        most = l;
      }
    }
    return found;
  };

  /**
   * A clause of a `case` (`{:ok, handler} -> …`) that stands for the other side's `else`: what
   * it matches is written on its side only, its body meets the `else`'s.
   */
  const caseAgainstElse = (c: ConceptNode, e: ConceptNode, side: 'left' | 'right') => {
    const [l, r] = side === 'left' ? [c, e] : [e, c];
    const here: Context = { concept: 'case', left: l, right: r };
    if (c.statement && e.statement) anchors.push(l.startRow, r.startRow);
    // What it matches and its `->` are one piece only that side writes: `{:ok, handler} ->`.
    const patterns = c.slots.get('pattern') ?? NO_NODES;
    const opener = c.marks.find((m) => m.category === 'block-start');
    if (patterns.length > 0) {
      const tokens = [...patterns.flatMap((p) => range(p)), ...(opener?.tokens ?? NO_TOKENS)];
      const nodes = side === 'left' ? { left: c, right: null } : { left: null, right: c };
      const kind = side === 'left' ? 'left-only' : 'right-only';
      const [lt, rt] = side === 'left' ? [tokens, NO_TOKENS] : [NO_TOKENS, tokens];
      record('expression', kind, lt, rt, here, nodes, 'case', true);
    }
    const rest = { ...c, marks: c.marks.filter((m) => m !== opener || patterns.length === 0) };
    if (side === 'left') compareMarks(rest, e, here);
    else compareMarks(e, rest, here);
    const cb = c.slots.get('body') ?? NO_NODES;
    const eb = e.slots.get('body') ?? NO_NODES;
    if (side === 'left') alignLists(cb, eb, here);
    else alignLists(eb, cb, here);
  };

  /**
   * Two expressions that differ in more than one place differ as a whole: one "Ruby writes
   * `words.sort.join(", ")` where Python writes `", ".join(sorted(words))`" teaches more than
   * four fragments of it.
   */
  const compareExpression = (a: ConceptNode, b: ConceptNode, parent: Context, ctx: Context) => {
    const start = occurrences.length;
    compareParts(a, b, parent, ctx);
    let expressions = 0;
    for (let k = start; k < occurrences.length; k++) {
      if ((occurrences[k] as Occurrence).category === 'expression') expressions++;
    }
    if (expressions >= 2) {
      occurrences.length = start;
      changedWhole('expression', a, b, ctx);
    }
  };

  const compareParts = (
    a: ConceptNode,
    b: ConceptNode,
    parent: Context,
    ctx: Context,
    skipSlots: ReadonlySet<string> = NO_SLOTS,
  ) => {
    if (a.concept === 'call') {
      const rest = blockAgainstFunction(a, b, ctx);
      if (rest) return compareParts(rest[0], rest[1], parent, ctx, skipSlots);
    }
    if (a.concept === 'try' && b.concept === 'try') {
      const rest = elseAgainstTryEnd(a, b, ctx);
      if (rest) return compareParts(rest[0], rest[1], parent, ctx, skipSlots);
    }
    let skipHead = false;
    let skipCondition = false;
    let skipValue = false;
    if (a.concept === 'args' && namedAgainstObject(a, b, ctx)) return;
    if (a.concept === 'args' && b.concept === 'args') argumentOrder(a, b, ctx);
    if (a.concept === 'block' && fieldsAgainstStruct(a, b, ctx)) return;
    let skip = skipSlots;
    if (a.concept === 'except' && a.head.length > 0 && b.head.length > 0) {
      // `rescue OutOfStockError` against a bare `catch`: one side names the exceptions it
      // catches, the other catches every one. The keyword and the classes are one lesson.
      const pa = a.slots.get('pattern') ?? NO_NODES;
      const pb = b.slots.get('pattern') ?? NO_NODES;
      if (pa.length > 0 !== pb.length > 0) {
        const named = (n: ConceptNode, patterns: Nodes) =>
          patterns.length === 0
            ? n.head
            : [
                ...n.head,
                ...range({
                  ...(patterns[0] as ConceptNode),
                  endToken: (patterns[patterns.length - 1] as ConceptNode).endToken,
                }),
              ];
        const nodes = { left: a, right: b };
        record('keyword', 'changed', named(a, pa), named(b, pb), ctx, nodes, 'except');
        skipHead = true;
        skip = new Set([...skipSlots, 'pattern']);
      }
    }
    if (a.negated !== b.negated) {
      // `unless x` against `if not x`: one keyword against two words.
      const [neg, other] = a.negated ? [a, b] : [b, a];
      const condition = other.slots.get('condition')?.[0];
      if (condition?.concept === 'not') {
        const otherTokens = [...other.head, ...condition.head];
        const ab = { left: a, right: b };
        if (a.negated)
          record('keyword', 'changed', neg.head, otherTokens, ctx, ab, a.concept, false, 'negated');
        else
          record('keyword', 'changed', otherTokens, neg.head, ctx, ab, a.concept, false, 'negated');
        const negCondition = neg.slots.get('condition') ?? NO_NODES;
        const inner = condition.slots.get('item') ?? NO_NODES;
        if (a.negated) alignLists(negCondition, inner, ctx);
        else alignLists(inner, negCondition, ctx);
        skipHead = true;
        skipCondition = true;
      }
    }

    if (!skipHead && a.negated !== b.negated && a.head.length > 0 && b.head.length > 0) {
      // `unless cart.empty?` against `if cart:`: a negated keyword against a plain one. Where
      // the conditions are the same comparison turned around (`until x >= 3` against
      // `while x < 3`), the operators belong to this one lesson.
      const ca = a.slots.get('condition')?.[0];
      const cb = b.slots.get('condition')?.[0];
      const turned = ca && cb ? turnedAround(ca, cb) : false;
      if (turned) skipCondition = true;
      record(
        'keyword',
        'changed',
        turned && ca ? [...a.head, ...ca.head] : a.head,
        turned && cb ? [...b.head, ...cb.head] : b.head,
        ctx,
        { left: a, right: b },
        a.concept,
        false,
        'negated',
      );
      skipHead = true;
    }
    if (!skipHead) {
      let category = a.headCategory !== 'expression' ? a.headCategory : b.headCategory;
      const where = parent.concept === 'call' ? parent : ctx;
      const renamedCall =
        (a.concept === 'call' || a.concept === 'name') &&
        renamed.size > 0 &&
        renamed.has(`${a.key}\u0000${b.key}`);
      if (renamedCall && a.concept === 'name' && parent.left?.concept === 'class') {
        // The definition's own name: the one note for the pair of names, by each language's
        // custom for an exception's name.
        const classes = { left: parent.left, right: parent.right };
        record('naming', 'changed', a.head, b.head, parent, classes, 'class', false, 'error-name');
      }
      if (a.head.length > 0 && b.head.length > 0) {
        // One meaning, two spellings of a method: `push`/`append` is a built-in's other name.
        if (category === 'expression' && a.concept === 'call' && a.key === b.key)
          category = 'builtin';
        if (!sameHead(a, b) && !renamedCall) {
          // `middleName` against `middle_name`: one name, each language's way of joining words.
          const convention =
            NAMES.has(a.concept) && sameWords(headText(a, leftTokens), headText(b, rightTokens));
          // `_params` against `params`: one side marks a value it does not use, by its name.
          const unused =
            NAMES.has(a.concept) && (a.variant === 'unused') !== (b.variant === 'unused');
          if (unused) {
            record('naming', 'changed', a.head, b.head, where, { left: a, right: b }, a.concept);
          } else if (convention) {
            const nodes = { left: a, right: b };
            record('naming', 'changed', a.head, b.head, where, nodes, a.concept, false, 'case');
          } else
            record(category, 'changed', a.head, b.head, where, { left: a, right: b }, a.concept);
        }
      } else if (category !== 'expression' && a.head.length > 0 && b.head.length === 0) {
        // Only one side spells it: Ruby's `.new`, Python's `try` around a method's body.
        record(category, 'left-only', a.head, NO_TOKENS, where, { left: a, right: b }, a.concept);
      } else if (category !== 'expression' && b.head.length > 0 && a.head.length === 0) {
        record(category, 'right-only', NO_TOKENS, b.head, where, { left: a, right: b }, b.concept);
      }
    }
    compareMarks(a, b, ctx);
    if (falseFriends(a, b)) {
      // The same word acting differently (`/` on whole numbers, `round`): a warning of its own,
      // over the whole expression so that the values it acts on show.
      changedWhole('behaviour', a, b, ctx);
    }
    if (a.concept === 'default-param') {
      // `params = {}` against `params=None`: the default a language makes once would be shared
      // by every call, so it writes `None` and makes the value inside.
      const va = a.slots.get('value')?.[0];
      const vb = b.slots.get('value')?.[0];
      const made = (n: ConceptNode | undefined) => n?.concept === 'list' || n?.concept === 'map';
      const none = (n: ConceptNode | undefined) => n?.concept === 'literal' && n.key === 'null';
      if (va && vb && ((made(va) && none(vb)) || (none(va) && made(vb)))) {
        record(
          'behaviour',
          'changed',
          range(va),
          range(vb),
          ctx,
          { left: va, right: vb },
          a.concept,
          true,
          'defaults',
        );
        skipValue = true;
      }
    }
    if (!skipCondition && CONDITIONAL.has(a.concept)) {
      const ca = a.slots.get('condition')?.[0];
      const cb = b.slots.get('condition')?.[0];
      if (ca && cb && leansOnTruthiness(ca, cb)) {
        // `if cart:` against `unless cart.empty?`: one condition asks outright, the other leans
        // on which values count as false. One lesson, not an expression difference.
        record(
          'behaviour',
          'changed',
          range(ca),
          range(cb),
          ctx,
          { left: ca, right: cb },
          a.concept,
          true,
          'truthiness',
        );
        skipCondition = true;
      }
    }

    if (a.concept === 'ternary') {
      // `scores.empty? ? "none" : "some"` against `"some" if scores else "none"`: opposite tests
      // that pick the same values the other way round. Each value pairs with its twin.
      const part = (n: ConceptNode, slot: string) => n.slots.get(slot)?.[0];
      const [ta, oa, tb, ob] = [
        part(a, 'then'),
        part(a, 'otherwise'),
        part(b, 'then'),
        part(b, 'otherwise'),
      ];
      const alike = (x: ConceptNode, y: ConceptNode) =>
        joinsAlike(leftTokens, range(x), rightTokens, range(y), ' ');
      if (ta && oa && tb && ob && !alike(ta, tb) && alike(ta, ob) && alike(oa, tb)) {
        alignLists([ta], [ob], ctx);
        alignLists([oa], [tb], ctx);
        skip = new Set([...skip, 'then', 'otherwise']);
      }
    }
    if (a.slots.size === 0 && b.slots.size === 0) return;
    // The slots either side has, in SLOT_ORDER: one bit per rank, so that no list is built or
    // sorted; slots SLOT_ORDER does not know come last, the left side's first.
    let ranks = 0;
    let unranked = false;
    for (let i = 0; i < a.slots.size; i++) {
      const rank = SLOT_RANK.get(a.slots.nameAt(i));
      if (rank === undefined) unranked = true;
      else ranks |= 1 << rank;
    }
    for (let i = 0; i < b.slots.size; i++) {
      const rank = SLOT_RANK.get(b.slots.nameAt(i));
      if (rank === undefined) unranked = true;
      else ranks |= 1 << rank;
    }
    while (ranks !== 0) {
      const rank = 31 - Math.clz32(ranks & -ranks);
      ranks &= ranks - 1;
      const slot = SLOT_ORDER[rank] as string;
      if (skipCondition && slot === 'condition') continue;
      if (skipValue && slot === 'value') continue;
      if (skip.has(slot)) continue;
      alignLists(a.slots.get(slot) ?? NO_NODES, b.slots.get(slot) ?? NO_NODES, ctx);
    }
    if (!unranked) return;
    for (let i = 0; i < a.slots.size; i++) {
      const slot = a.slots.nameAt(i);
      if (!SLOT_RANK.has(slot) && !skip.has(slot))
        alignLists(a.slots.listAt(i), b.slots.get(slot) ?? NO_NODES, ctx);
    }
    for (let i = 0; i < b.slots.size; i++) {
      const slot = b.slots.nameAt(i);
      if (!SLOT_RANK.has(slot) && !a.slots.has(slot) && !skip.has(slot))
        alignLists(NO_NODES, b.slots.listAt(i), ctx);
    }
  };

  /**
   * Two spellings of one idea that read alike but act differently in the two languages, where
   * it shows: an operator's between literal numbers (`7 / 2`), not dividing by zero; a trap of
   * one language alone (its idiom `warnsAlone`: `==` converting its values) wherever it is
   * written, against whatever the other side calls it. Spellings that name how they act alike
   * (`acts`) are no false friends.
   */
  const falseFriends = (a: ConceptNode, b: ConceptNode): boolean => {
    const ia = a.idiom;
    const ib = b.idiom;
    // A warning of one side's own (`==` between strings) holds whatever the other side says.
    const alone = (x: typeof ia) => x?.warnsAlone === true && x.behaves !== undefined;
    const warns = (ia?.behaves && ib?.behaves) || alone(ia) || alone(ib);
    if (!warns || a.head.length === 0 || !sameHead(a, b)) return false;
    // Read alike, one idea or another: a trap of one side alone needs no idea in common.
    if (a.key !== b.key && !alone(ia) && !alone(ib)) return false;
    // Two spellings that act alike (both `/` always give a decimal) are no false friends.
    if (ia?.acts !== undefined && ia.acts === ib?.acts) return false;
    if (a.concept !== 'binary' || alone(ia) || alone(ib)) return true;
    const operands = [...(a.slots.get('item') ?? NO_NODES), ...(b.slots.get('item') ?? NO_NODES)];
    const numbers = operands.filter((n) => n.concept === 'number');
    return numbers.length > 0 && !numbers.some((n) => n.key === '0');
  };

  /** A range's numbers, when all are written as whole numbers: where it starts and stops (after its end), its step. */
  const bounds = (n: ConceptNode) => {
    const value = (slot: string, otherwise: number | null) => {
      const kid = n.slots.get(slot)?.[0];
      if (!kid) return otherwise;
      return kid.concept === 'number' && /^-?\d+$/.test(kid.key) ? Number(kid.key) : null;
    };
    const start = value('start', 0);
    const stop = value('stop', null);
    const step = value('step', 1);
    if (start === null || stop === null || step === null || step === 0) return null;
    return { start, after: n.variant === 'inclusive' ? stop + Math.sign(step) : stop, step, stop };
  };

  /** Two ranges count the same numbers and spell their end alike (`3.times`, `range(3)`). */
  const sameCount = (a: ConceptNode, b: ConceptNode): boolean => {
    const x = bounds(a);
    const y = bounds(b);
    return (
      x !== null &&
      y !== null &&
      x.start === y.start &&
      x.after === y.after &&
      x.step === y.step &&
      x.stop === y.stop
    );
  };

  /** Two comparisons of the same values with opposite operators (`x >= 3`, `x < 3`). */
  const turnedAround = (a: ConceptNode, b: ConceptNode): boolean => {
    if (a.concept !== 'binary' || b.concept !== 'binary') return false;
    if (OPPOSITE[headText(a, leftTokens)] !== headText(b, rightTokens)) return false;
    const items = (n: ConceptNode) => n.slots.get('item') ?? NO_NODES;
    const ia = items(a);
    const ib = items(b);
    return (
      ia.length === 2 &&
      ib.length === 2 &&
      ia.every((x, k) => sameSignature(x, ib[k] as ConceptNode))
    );
  };

  /** A condition that is a bare value (`cart`, `not cart`), tested for being true. */
  const bareValue = (n: ConceptNode): boolean =>
    n.concept === 'name' ||
    n.concept === 'field' ||
    (n.concept === 'not' &&
      (n.slots.get('item') ?? NO_NODES).length === 1 &&
      bareValue((n.slots.get('item') as Nodes)[0] as ConceptNode));

  /** The bare value's text, found among the other condition's tokens (the same variable). */
  const leansOnTruthiness = (ca: ConceptNode, cb: ConceptNode): boolean => {
    const [bare, other, bareTokens, otherTokens] = bareValue(ca)
      ? [ca, cb, leftTokens, rightTokens]
      : [cb, ca, rightTokens, leftTokens];
    if (!bareValue(bare) || bareValue(other)) return false;
    const name = textAt(bareTokens, bare.endToken - 1);
    for (let i = other.firstToken; i < other.endToken; i++) {
      if (textAt(otherTokens, i) === name) return true;
    }
    return false;
  };

  // A statement that spells an idea is known by it, whatever construct spells it: `numbers << 5`
  // and `numbers.add(5)` both append.
  const signature = (n: ConceptNode) =>
    n.statement && n.idiom ? `idea\u0000${n.idiom.idea}` : `${n.concept}\u0000${n.key}`;
  /** `signature(a) === signature(b)`, without making the strings. */
  const sameSignature = (a: ConceptNode, b: ConceptNode) => {
    const ideaA = a.statement && a.idiom ? a.idiom.idea : undefined;
    const ideaB = b.statement && b.idiom ? b.idiom.idea : undefined;
    if (ideaA !== undefined || ideaB !== undefined) return ideaA === ideaB;
    return a.concept === b.concept && a.key === b.key;
  };

  /** The tokens from the first of some nodes to the end of the last, what lies between too. */
  const spanOf = (nodes: Nodes): number[] => {
    const from = Math.min(...nodes.map((n) => n.firstToken));
    const to = Math.max(...nodes.map((n) => n.endToken));
    return tokenSpan(from, to);
  };

  /** A `case` clause alone, as a `switch` of that one clause (for `switchAgainstIf`). */
  const oneCase = (c: ConceptNode): ConceptNode => {
    const slots = new Slots();
    slots.set('clause', [c]);
    return { ...c, concept: 'switch', head: NO_TOKENS as number[], marks: [], slots };
  };

  /**
   * A `switch`'s catch-all that starts with a guard (`default: if (400 <= s && s <= 499) return
   * "client error"; return "unknown";`) beside a `case` with one clause more (`when 400..499 then
   * "client error"`, `else "unknown"`): the guard is that clause, tested inside the catch-all, so
   * it stands among the clauses to meet it, and the catch-all holds the code after it. The list
   * as it is otherwise.
   */
  const guardsAsCases = (list: Nodes, other: Nodes): Nodes => {
    const last = list[list.length - 1];
    if (last?.concept !== 'else' || !list.some((c) => c.concept === 'case')) return list;
    const cases = (xs: Nodes) => xs.filter((c) => c.concept === 'case').length;
    if (cases(other) <= cases(list)) return list;
    const body = oneBody(last);
    const items = body?.slots.get('item') ?? NO_NODES;
    const g = items[0];
    if (!body || !g || items.length < 2 || !guard(g)) return list;
    const rest = items.slice(1);
    const first = rest[0] as ConceptNode;
    const restBody: ConceptNode = { ...body, slots: new Slots(), firstToken: first.firstToken };
    restBody.slots.set('item', rest);
    // (Its line is that of the code after the guard: the guard's line stands before it.)
    const otherwise = { ...withSlot(last, 'body', [restBody]), startRow: first.startRow };
    return [...list.slice(0, -1), g, otherwise];
  };

  /**
   * `return x if missing; rest` beside a `case` that chooses between the two: the statements
   * after a guard (an `if` with no `else` that ends in `return`) are the code that runs when it
   * does not hold, so the guard stands with them as its `else` and meets the `case` whole, each
   * branch with its like. The list as it is when the other side has no `case`, or this one has.
   */
  const guardsAsElse = (list: Nodes, other: Nodes, side: 'left' | 'right'): Nodes => {
    if (list.length < 2 || !(list[0] as ConceptNode).statement) return list;
    if (!hasSwitch(other) || hasSwitch(list)) return list;
    const at = list.findIndex(guard);
    if (at < 0 || at === list.length - 1) return list;
    const g = list[at] as ConceptNode;
    const rest = list.slice(at + 1);
    const first = rest[0] as ConceptNode;
    const last = rest[rest.length - 1] as ConceptNode;
    const span = {
      firstToken: first.firstToken,
      endToken: last.endToken,
      startRow: first.startRow,
      endRow: last.endRow,
    };
    const bare = {
      key: '',
      head: NO_TOKENS as number[],
      headCategory: 'keyword' as Category,
      headText: null,
      marks: [] as Mark[],
      negated: false,
      variant: null,
      rule: undefined,
      idiom: undefined,
    };
    const body: ConceptNode = {
      ...bare,
      ...span,
      concept: 'block',
      slots: new Slots(),
      statement: false,
    };
    body.slots.set('item', rest);
    const otherwise: ConceptNode = {
      ...bare,
      ...span,
      concept: 'else',
      slots: new Slots(),
      statement: true,
    };
    otherwise.slots.set('body', [body]);
    const whole: ConceptNode = {
      ...withSlot(g, 'clause', [otherwise]),
      endToken: span.endToken,
      endRow: span.endRow,
    };
    // The value the guard tests, looked up just before it (`handler = ROUTES[key]`), is what a
    // `case` chooses by: it stands with the guard, to meet the `case`'s subject.
    const before = list[at - 1];
    const target = before?.concept === 'assign' ? before.slots.get('target')?.[0] : undefined;
    const condition = g.slots.get('condition')?.[0];
    const tokens = side === 'left' ? leftTokens : rightTokens;
    if (
      before &&
      target?.concept === 'name' &&
      condition &&
      contentOf(condition, tokens).has(wordsOf(target.key))
    ) {
      whole.slots.set('lookup', [before]);
      whole.firstToken = before.firstToken;
      whole.startRow = before.startRow;
      return [...list.slice(0, at - 1), whole];
    }
    return [...list.slice(0, at), whole];
  };

  /**
   * `defimpl String.Chars, for: Point do def to_string … end` beside a class `Point` that defines
   * its `to_s` inside: a module that implements functions for a type stands with that type's
   * module, its functions among the type's, so that `to_string` meets `to_s`. What the wrapper
   * itself writes (`defimpl …, for: Point do` … `end`) is the difference, on its side only. The
   * list as it is when there is no such module, or the other side has one too.
   */
  const protocolsWithTheirType = (list: Nodes, other: Nodes, side: 'left' | 'right'): Nodes => {
    if (list.length < 2 || !(list[0] as ConceptNode).statement) return list;
    if (!list.some(isProtocol) || other.some(isProtocol)) return list;
    const tokens = side === 'left' ? leftTokens : rightTokens;
    const types = new Set(
      other.filter((n) => n.concept === 'class' || n.concept === 'module').map((n) => n.key),
    );
    let out: ConceptNode[] | null = null;
    for (const p of list) {
      if (!isProtocol(p)) continue;
      const body = oneBody(p);
      if (!body) continue;
      // The type it is for, named in its header (`for: Point`), defined in this list and
      // standing against a class of that name on the other side.
      const named = (n: ConceptNode) => {
        const name = n.key.startsWith('name:') ? n.key.slice(5) : '';
        if (name === '' || !types.has(n.key)) return false;
        for (let i = p.firstToken; i < body.firstToken; i++) {
          if (tokens[i]?.text === name) return true;
        }
        return false;
      };
      const current: ConceptNode[] = out ?? list.slice();
      const at = current.findIndex((n) => n !== p && n.concept === 'module' && named(n));
      const type = current[at];
      const typeBody = type && oneBody(type);
      if (!type || !typeBody) continue;
      const items = [
        ...(typeBody.slots.get('item') ?? NO_NODES),
        ...(body.slots.get('item') ?? NO_NODES),
      ];
      const joined: ConceptNode = { ...typeBody, slots: new Slots(), endToken: body.endToken };
      joined.slots.set('item', items);
      current[at] = withSlot(type, 'body', [joined]);
      current.splice(current.indexOf(p), 1);
      out = current;
      // The wrapper's own words and marks: all of it that is not its functions.
      const own = range(p).filter((i) => i < body.firstToken || i >= body.endToken);
      const here: Context = {
        concept: p.concept,
        left: side === 'left' ? p : null,
        right: side === 'right' ? p : null,
      };
      if (side === 'left') record('statement', 'left-only', own, NO_TOKENS, here, here, p.concept);
      else record('statement', 'right-only', NO_TOKENS, own, here, here, p.concept);
      for (let row = p.startRow; row <= p.endRow; row++) {
        if (row < body.startRow || row > body.endRow) alone[side].push(row);
      }
    }
    return out ?? list;
  };

  /**
   * Java's `reduce(1, (acc, x) -> …)` against JavaScript's `reduce((acc, x) => …, 1)`: one idea
   * called on both sides with the same arguments, which each language takes in its own order. A
   * learner who writes one language's order in the other gets an error or another result: a
   * warning of its own, over the arguments, told by the calls' own words.
   */
  const argumentOrder = (a: ConceptNode, b: ConceptNode, ctx: Context) => {
    const call = { left: ctx.left, right: ctx.right };
    const idea = call.left?.idiom?.idea;
    if (ctx.concept !== 'call' || idea === undefined || call.right?.idiom?.idea !== idea) return;
    const ia = a.slots.get('item') ?? NO_NODES;
    const ib = b.slots.get('item') ?? NO_NODES;
    if (ia.length < 2 || ia.length !== ib.length) return;
    // Arguments written as a list, a `,` between each two: not the two sides of the `==` that
    // ExUnit's `assert actual == expected` stands for.
    const listed = (items: Nodes, tokens: readonly Token[]) =>
      items.every(
        (n, k) =>
          k === 0 ||
          ((items[k - 1] as ConceptNode).endToken + 1 === n.firstToken &&
            tokens[n.firstToken - 1]?.text === ','),
      );
    if (!listed(ia, leftTokens) || !listed(ib, rightTokens)) return;
    const left = ia.map(signature);
    const right = ib.map(signature);
    if (left.every((s, k) => s === right[k])) return;
    // The same arguments, each once: a multiset of signatures alike on both sides.
    if ([...left].sort().join('\u0001') !== [...right].sort().join('\u0001')) return;
    const first = ia[0] as ConceptNode;
    const last = ia[ia.length - 1] as ConceptNode;
    const firstB = ib[0] as ConceptNode;
    const lastB = ib[ib.length - 1] as ConceptNode;
    record(
      'behaviour',
      'changed',
      tokenSpan(first.firstToken, last.endToken),
      tokenSpan(firstB.firstToken, lastB.endToken),
      ctx,
      call,
      'call',
      true,
      'argument-order',
    );
  };

  /** The statements of a construct's body, in a block or not (a modifier's one statement). */
  const bodyItems = (n: ConceptNode): Nodes => {
    const body = n.slots.get('body') ?? NO_NODES;
    const only = body.length === 1 ? (body[0] as ConceptNode) : undefined;
    return only?.concept === 'block' ? (only.slots.get('item') ?? NO_NODES) : body;
  };

  /** How many guards a function's body starts with, when more statements follow them. */
  const leadingGuards = (fn: ConceptNode): number => {
    if (fn.concept !== 'def' || fn.slots.has('clauses')) return 0;
    const items = oneBody(fn)?.slots.get('item') ?? NO_NODES;
    let g = 0;
    while (g < items.length && guard(items[g] as ConceptNode)) g++;
    return g < items.length ? g : 0;
  };

  /** A function's name in words (`countDown` and `count_down` are `count down`). */
  const nameWords = (fn: ConceptNode) => wordsOf(fn.slots.get('name')?.[0]?.key ?? '');

  /**
   * `def sign(0), do: "zero"` then `def sign(number) do … end` beside one `def sign(number)` whose
   * body starts with a guard (`return "zero" if number.zero?`): a function written in clauses, one
   * per shape of its arguments, is the other side's one function whose guards answer those shapes
   * first. The clauses stand as one node (their list in the slot `clauses`) to meet that function,
   * where each guard has its clause and the code after the guards the last one
   * (`clausesAgainst`). The list as it is otherwise.
   */
  const clausesAsOne = (list: Nodes, other: Nodes): Nodes => {
    if (list.length < 2 || !(list[0] as ConceptNode).statement) return list;
    if (!list.some((n) => n.concept === 'def' && n.variant === 'clause')) return list;
    // The other side's functions that start with guards, by name: one pass over each list.
    const guarded = new Map<string, number>();
    for (const fn of other) {
      const g = leadingGuards(fn);
      if (g > 0) guarded.set(nameWords(fn), g);
    }
    if (guarded.size === 0) return list;
    let out: ConceptNode[] | null = null;
    for (let k = 0; k < list.length; k++) {
      const first = list[k] as ConceptNode;
      let end = k + 1;
      while (
        end < list.length &&
        (list[end] as ConceptNode).concept === 'def' &&
        (list[end] as ConceptNode).variant === 'clause' &&
        (list[end] as ConceptNode).key === first.key
      )
        end++;
      // As many clauses as the guards and the code after them.
      if (first.concept !== 'def' || guarded.get(nameWords(first)) !== end - k - 1) {
        out?.push(first);
        continue;
      }
      const last = list[end - 1] as ConceptNode;
      const slots = new Slots();
      for (let i = 0; i < first.slots.size; i++)
        slots.set(first.slots.nameAt(i), first.slots.listAt(i));
      slots.set('clauses', list.slice(k, end));
      out ??= list.slice(0, k);
      out.push({ ...first, slots, endToken: last.endToken, endRow: last.endRow });
      k = end - 1;
    }
    return out ?? list;
  };

  /**
   * A function in clauses (`clausesAsOne`) against `other`: against a function whose guards
   * answer the first clauses' cases, each guard meets its clause (how each side tests the case,
   * one lesson; the code it gives back with the clause's) and the code after the guards meets
   * the last clause; a clause's own header (`def sign(number) do`) is that side's only. Against
   * anything else, the first clause meets it and the others stand alone.
   */
  const clausesAgainst = (a: ConceptNode, b: ConceptNode, parent: Context): void => {
    const onLeft = a.slots.has('clauses');
    const merged = onLeft ? a : b;
    const fn = onLeft ? b : a;
    const clauses = merged.slots.get('clauses') as Nodes;
    const first = clauses[0] as ConceptNode;
    const g = leadingGuards(fn);
    if (g !== clauses.length - 1) {
      if (onLeft) compareNodes(first, b, parent);
      else compareNodes(a, first, parent);
      for (const c of clauses.slice(1)) solo(c, onLeft ? 'right' : 'left', parent);
      return;
    }
    const theirSide = onLeft ? 'left' : 'right';
    // Oriented helpers: `x` is always the function's side, `y` the clauses'.
    const ctxOf = (x: ConceptNode | null, y: ConceptNode | null): Context => ({
      concept: 'def',
      left: onLeft ? y : x,
      right: onLeft ? x : y,
    });
    const put = (
      category: Category,
      x: readonly number[],
      y: readonly number[],
      ctx: Context,
      nx: ConceptNode | null,
      ny: ConceptNode | null,
      site: ConceptId,
      whole = false,
      form?: Form,
    ) => {
      const kind: DifferenceKind =
        x.length > 0 && y.length > 0
          ? 'changed'
          : x.length > 0 === !onLeft
            ? 'left-only'
            : 'right-only';
      const nodes = onLeft ? { left: ny, right: nx } : { left: nx, right: ny };
      if (onLeft) record(category, kind, y, x, ctx, nodes, site, whole, form);
      else record(category, kind, x, y, ctx, nodes, site, whole, form);
    };
    const pairNodes = (x: ConceptNode, y: ConceptNode, ctx: Context) =>
      onLeft ? compareNodes(y, x, ctx) : compareNodes(x, y, ctx);
    const pairLists = (x: Nodes, y: Nodes, ctx: Context) =>
      onLeft ? alignLists(y, x, ctx) : alignLists(x, y, ctx);
    const anchor = (x: number, y: number) => (onLeft ? anchors.push(y, x) : anchors.push(x, y));
    const without = (n: ConceptNode, drop: ReadonlySet<string>, marks: readonly Mark[]) => {
      const slots = new Slots();
      for (let i = 0; i < n.slots.size; i++) {
        const name = n.slots.nameAt(i);
        if (!drop.has(name)) slots.set(name, n.slots.listAt(i));
      }
      return { ...n, slots, marks: marks as Mark[] };
    };
    const closing = (n: ConceptNode) => n.marks.filter((m) => m.category === 'block-end');
    const opening = (n: ConceptNode) => n.marks.filter((m) => m.category !== 'block-end');
    // A parameter that takes any value (a name, `_`), not one written out to match.
    const anyValue = (p: ConceptNode) =>
      p.concept === 'name' ||
      (p.concept === 'pattern' && p.slots.size === 0 && p.endToken - p.firstToken === 1);
    const params = (n: ConceptNode) => n.slots.get('params')?.[0]?.slots.get('item') ?? NO_NODES;
    /** A clause's test: the values it matches among its parameters, and its `when` guard. */
    const testOf = (c: ConceptNode): number[] => [
      ...params(c)
        .filter((p) => !anyValue(p))
        .flatMap((p) => range(p)),
      ...(c.slots.get('guard') ?? NO_NODES).flatMap((w) => range(w)),
    ];
    const na = fn.slots.get('name')?.[0]?.key;
    const nb = first.slots.get('name')?.[0]?.key;
    if (na && nb && na !== nb) renamed.add(onLeft ? `${nb}\u0000${na}` : `${na}\u0000${nb}`);

    // The header: the function's against the first clause's, its parameters those that take
    // any value (the values written out are the test).
    const ctx = ctxOf(fn, first);
    const headSlots = new Set(['body', 'params', 'guard', 'clauses']);
    const fnHead = without(fn, headSlots, opening(fn));
    const firstHead = without(first, headSlots, opening(first));
    if (onLeft) compareParts(firstHead, fnHead, parent, ctx);
    else compareParts(fnHead, firstHead, parent, ctx);
    const fnParams = fn.slots.get('params')?.[0];
    const firstParams = first.slots.get('params')?.[0];
    if (fnParams && firstParams) {
      if (onLeft) compareMarks(firstParams, fnParams, ctx);
      else compareMarks(fnParams, firstParams, ctx);
      const px = params(fn);
      const py = params(first);
      for (let k = 0; k < Math.max(px.length, py.length); k++) {
        const x = px[k];
        const y = py[k];
        if (x && y && anyValue(y)) pairNodes(x, y, ctx);
        else if (y && !x) solo(y, theirSide, ctx);
        else if (x && !y) solo(x, onLeft ? 'right' : 'left', ctx);
      }
    }
    const items = oneBody(fn)?.slots.get('item') ?? NO_NODES;
    clauses.forEach((c, k) => {
      const here = ctxOf(k < g ? (items[k] as ConceptNode) : fn, c);
      if (k > 0) {
        // A clause's own header: the name defined again, for another shape of the arguments.
        const body = c.slots.get('body')?.[0];
        const marked = new Set(c.marks.flatMap((m) => m.tokens));
        const test = new Set(k < g ? testOf(c) : []);
        const header = range(c).filter(
          (t) => (!body || t < body.firstToken) && !marked.has(t) && !test.has(t),
        );
        put('statement', NO_TOKENS, header, ctxOf(null, c), null, c, 'def', true);
        if (body && body.startRow > c.startRow) {
          for (let row = c.startRow; row < body.startRow; row++) alone[theirSide].push(row);
        }
        for (const m of opening(c))
          put(m.category, NO_TOKENS, m.tokens, here, null, c, m.site ?? 'def');
      }
      if (k < clauses.length - 1) {
        for (const m of closing(c))
          put(m.category, NO_TOKENS, m.tokens, here, null, c, m.site ?? 'def');
      }
      if (k < g) {
        // The guard's test, with its own syntax (`if (…) {`), against the clause's.
        const gd = items[k] as ConceptNode;
        const condition = gd.slots.get('condition')?.[0];
        const tested = sorted([
          ...gd.head,
          ...gd.marks.flatMap((m) => m.tokens),
          ...(condition ? range(condition) : []),
        ]);
        put('expression', tested, testOf(c), here, gd, c, 'def', true, 'clauses');
        // The test's line faces the clause's header; a clause of one line, the line of the
        // guard's value (the bodies' pairing anchors it), not its `if` above it.
        const cb = c.slots.get('body')?.[0];
        const value = bodyItems(gd).at(-1);
        if (cb && cb.startRow > c.startRow) anchor(gd.startRow, c.startRow);
        else if (value) anchor(value.startRow, c.startRow);
        pairLists(bodyItems(gd), bodyItems(c), here);
      } else {
        pairLists(items.slice(g), bodyItems(c), here);
        const mx = closing(fn)[0];
        const my = closing(c)[0];
        if (mx && my) {
          anchorClosers(onLeft ? my : mx, onLeft ? mx : my);
          const [ma, mb] = onLeft ? [my, mx] : [mx, my];
          compareMark(ma, mb, here, { left: here.left, right: here.right }, 'def', 'def');
        } else if (mx) put(mx.category, mx.tokens, NO_TOKENS, here, fn, null, 'def');
        else if (my) put(my.category, NO_TOKENS, my.tokens, here, null, c, 'def');
      }
    });
  };

  /** An `if` with no `else` whose block ends in `return`: a guard. */
  const guard = (n: ConceptNode): boolean => {
    if (n.concept !== 'if' || n.slots.has('clause')) return false;
    const body = n.slots.get('body') ?? NO_NODES;
    const only = body.length === 1 ? (body[0] as ConceptNode) : undefined;
    const items = only?.concept === 'block' ? (only.slots.get('item') ?? NO_NODES) : body;
    return items[items.length - 1]?.concept === 'return';
  };

  /**
   * An empty collection: `{}`, `[]`, or a new object made with nothing (`new Map()`,
   * `new HashMap<>()`, `Hash.new`), which a loop then fills.
   */
  const emptyCollection = (value: ConceptNode): boolean => {
    if (value.concept === 'map' || value.concept === 'list')
      return (value.slots.get('item') ?? NO_NODES).length === 0;
    if (value.concept !== 'construct') return false;
    const args = value.slots.get('args') ?? NO_NODES;
    return args.every(
      (a) => a.concept === 'args' && (a.slots.get('item') ?? NO_NODES).length === 0,
    );
  };

  /**
   * Whether `n` adds one item to the collection named `name` (in words): `scores.put("ana", 90)`,
   * `names.append(x)`, `scores["ana"] = 90`, `scores.ana = 90`.
   */
  const addsTo = (n: ConceptNode, name: string): boolean => {
    const adding = (c: ConceptNode | undefined) =>
      c?.concept === 'call' && c.idiom !== undefined && ADDING_IDEAS.has(c.idiom.idea);
    // (`counts["a"] += 1` adds to `counts` as `counts["a"] = 1` does.)
    const assigns = n.concept === 'assign' || n.concept === 'assign-op';
    const target = assigns ? n.slots.get('target')?.[0] : undefined;
    const value = n.concept === 'assign' ? n.slots.get('value')?.[0] : undefined;
    const receiver = adding(n)
      ? n.slots.get('receiver')?.[0]
      : target?.concept === 'index' ||
          // (`ages.linus = 28`: a key set by name, on an object just made empty.)
          (target?.concept === 'call' && !target.slots.has('args'))
        ? target.slots.get('receiver')?.[0]
        : // (A map made anew with one more key, in a language whose maps do not change:
          // `ages = Map.put(ages, :linus, 28)`.)
          target?.concept === 'name' && adding(value)
          ? value?.slots.get('receiver')?.[0]
          : undefined;
    return receiver?.concept === 'name' && wordsOf(receiver.key) === name;
  };

  /** How many statements right after `xs[k]` each add an item to `name` (`addsTo`). */
  const addsAfter = (xs: Nodes, k: number, name: string): number => {
    let count = 0;
    while (k + count + 1 < xs.length && addsTo(xs[k + count + 1] as ConceptNode, name)) count++;
    return count;
  };

  /**
   * Whether `xs[k]` sets a name to an empty collection (`by_role = {}`) that what follows fills:
   * the loop right after it (`for user in users: by_role.setdefault(…)`), or the statements right
   * after it that each add an item (`scores.put("ana", 90); scores.put("ben", 66);`). One
   * accumulation: the name it builds, and the index of its last statement.
   */
  const accumulation = (
    xs: Nodes,
    k: number,
    tokens: readonly Token[],
  ): { name: string; last: number; loop: boolean } | undefined => {
    const a = xs[k];
    if (a?.concept !== 'assign') return undefined;
    const target = a.slots.get('target')?.[0];
    const value = a.slots.get('value')?.[0];
    if (target?.concept !== 'name' || !value || !emptyCollection(value)) return undefined;
    const name = wordsOf(target.key);
    const loop = xs[k + 1];
    if (loop?.concept === 'for') {
      return contentOf(loop, tokens).has(name) ? { name, last: k + 1, loop: true } : undefined;
    }
    const last = k + addsAfter(xs, k, name);
    return last > k ? { name, last, loop: false } : undefined;
  };

  /**
   * An empty collection and the loop that fills it (`const byRole = {}; for (…) { … }`), or the
   * statements that add its items one by one (`ages.put("ada", 36)`), beside one statement that
   * builds the same name whole (`by_role = users.group_by { … }`, `ages = {"ada": 36}`): they
   * stand as one, to meet that statement. The list as it is otherwise, and where the other side
   * accumulates too.
   */
  const accumulationsWhole = (list: Nodes, other: Nodes, side: 'left' | 'right'): Nodes => {
    if (list.length < 2 || !(list[0] as ConceptNode).statement) return list;
    const [mine, theirs] = side === 'left' ? [leftTokens, rightTokens] : [rightTokens, leftTokens];
    // (A collection made some other way and filled by the loop after it, `counts =
    // Hash.new(0)` before `text.split.each do |word| … end`, accumulates too.)
    const filledAfter = (j: number, name: string) => {
      const loop = other[j + 1];
      if (loop?.concept !== 'for') return false;
      // (In the loop's body: a loop that walks the collection, `by_size.each`, reads it.)
      return (loop.slots.get('body') ?? NO_NODES).some((b) => contentOf(b, theirs).has(name));
    };
    /**
     * Where the other side builds `name` whole (`ages = {ada: 36, grace: 45}`), how many of the
     * statements right after it add to it one by one (`ages["linus"] = 28`): those meet this
     * side's last adds. `undefined` where it does not build it whole.
     */
    const addedAfterWhole = (name: string): number | undefined => {
      for (let j = 0; j < other.length; j++) {
        const n = other[j] as ConceptNode;
        const whole =
          n.concept === 'assign' &&
          n.slots.get('target')?.[0]?.concept === 'name' &&
          wordsOf(n.slots.get('target')?.[0]?.key ?? '') === name &&
          !addsTo(n, name) &&
          accumulation(other, j, theirs) === undefined &&
          !filledAfter(j, name);
        if (whole) return addsAfter(other, j, name);
      }
      return undefined;
    };
    let out: ConceptNode[] | null = null;
    for (let k = 0; k < list.length; k++) {
      const found = accumulation(list, k, mine);
      const addedThere = found ? addedAfterWhole(found.name) : undefined;
      const last =
        found && addedThere !== undefined ? (found.loop ? found.last : found.last - addedThere) : k;
      if (last > k) {
        const a = list[k] as ConceptNode;
        const fill = list.slice(k + 1, last + 1);
        const end = fill[fill.length - 1] as ConceptNode;
        out ??= list.slice(0, k);
        out.push({ ...withSlot(a, 'fill', fill), endToken: end.endToken, endRow: end.endRow });
        k = last;
      } else if (out) out.push(list[k] as ConceptNode);
    }
    return out ?? list;
  };

  const alignLists = (leftList: Nodes, rightList: Nodes, ctx: Context) => {
    if (leftList.length === 0 && rightList.length === 0) return;
    const left = accumulationsWhole(
      protocolsWithTheirType(
        guardsAsElse(
          clausesAsOne(guardsAsCases(leftList, rightList), rightList),
          rightList,
          'left',
        ),
        rightList,
        'left',
      ),
      rightList,
      'left',
    );
    const right = accumulationsWhole(
      protocolsWithTheirType(
        guardsAsElse(clausesAsOne(guardsAsCases(rightList, leftList), leftList), leftList, 'right'),
        leftList,
        'right',
      ),
      leftList,
      'right',
    );
    if (left.length === right.length) {
      let inPlace = 0;
      for (let k = 0; k < left.length; k++) {
        if (sameSignature(left[k] as ConceptNode, right[k] as ConceptNode)) inPlace++;
      }
      // Equivalent code mostly says the same things in the same order: no diff needed.
      if (inPlace === left.length) return pairInOrder(left, right, ctx);
      // The same parts in another order (a block's `|task, index|` against `index, task`):
      // pair each with its like. Statements keep their order, which the rows follow.
      if (!(left[0] as ConceptNode).statement && pairPermutation(left, right, ctx)) return;
      // As many on each side, and pairing them in order matches as many as a diff could:
      // keep the order (`numbers << 5; numbers.push(4)` against two `append`s).
      matchRuns(left, right, signature, ctx, pairRun, inPlace);
      return;
    }
    if (left.length === 1 && right.length === 1) {
      compareNodes(left[0] as ConceptNode, right[0] as ConceptNode, ctx);
      return;
    }
    matchRuns(left, right, signature, ctx, pairRun);
  };

  /** Pairs two lists that hold the same signatures in another order; false when they do not. */
  const pairPermutation = (left: Nodes, right: Nodes, ctx: Context): boolean => {
    // Each signature's places on the right, in order: one pass over each list, however long.
    const places = new Map<string, number[]>();
    right.forEach((n, k) => {
      const key = signature(n);
      const list = places.get(key);
      if (list) list.push(k);
      else places.set(key, [k]);
    });
    const taken = new Map<string, number>();
    const partner: number[] = [];
    for (const a of left) {
      const key = signature(a);
      const list = places.get(key);
      const next = taken.get(key) ?? 0;
      if (!list || next >= list.length) return false;
      taken.set(key, next + 1);
      partner.push(list[next] as number);
    }
    left.forEach((a, k) => compareNodes(a, right[partner[k] as number] as ConceptNode, ctx));
    if (ctx.concept === 'for' && partner.some((p, k) => p !== k)) {
      // `|task, index|` against `for index, task in enumerate(…)`: one hands over the item
      // first, the other its position.
      const first = (nodes: Nodes) => (nodes[0] as ConceptNode).firstToken;
      const end = (nodes: Nodes) => (nodes[nodes.length - 1] as ConceptNode).endToken;
      record(
        'behaviour',
        'changed',
        tokenSpan(first(left), end(left)),
        tokenSpan(first(right), end(right)),
        ctx,
        ctx,
        'for',
        true,
        'order',
      );
    }
    return true;
  };

  /** Siblings with no exact match: pair them by concept where possible, then in order. */
  const pairRun = (left: Nodes, right: Nodes, ctx: Context) => {
    if (left.length === 0) return right.forEach((n) => solo(n, 'right', ctx));
    if (right.length === 0) return left.forEach((n) => solo(n, 'left', ctx));
    if (left.length * right.length <= MAX_CONTENT_PAIRS) return pairByContent(left, right, ctx);
    // Too many to weigh each pair: as many on each side pair in order, else by concept.
    if (left.length === right.length) return pairInOrder(left, right, ctx);
    matchRuns(left, right, (n) => n.concept, ctx, pairInOrder);
  };

  /** The names, numbers and words of strings a node holds: what it is about, whatever its syntax. */
  const contentOf = (n: ConceptNode, tokens: readonly Token[]): Set<string> => {
    const words = new Set<string>();
    const end = Math.min(n.endToken, n.firstToken + MAX_CONTENT_TOKENS);
    for (let i = n.firstToken; i < end; i++) {
      const t = tokens[i] as Token;
      if (!CONTENT_KINDS.has(t.kind)) continue;
      const word = contentWord(t.text);
      if (word !== null) words.add(word);
    }
    return words;
  };
  /** What a token's text says, as `contentOf` counts it (`null`: nothing); worked out once per text. */
  const contentWords = new Map<string, string | null>();
  const contentWord = (text: string): string | null => {
    let out = contentWords.get(text);
    if (out === undefined) {
      // `:name`, `"name"` and `name` are about the same thing.
      const word = text.replace(/^[:@$#]+|[:'"]+$/g, '').replace(/^[a-z]*['"]+/i, '');
      // A name is its words, however the language joins them: `_cents` is `cents`, `by_role`
      // is `byRole`.
      out = !/\w/.test(word) ? null : /^[A-Za-z_]\w*$/.test(word) ? wordsOf(word) : word;
      contentWords.set(text, out);
    }
    return out;
  };

  /**
   * How much two unmatched siblings are the same thing, from 0: the same concept counts 1, the
   * share of what they hold in common up to 3. A comment never pairs with code.
   */
  const likeness = (
    a: ConceptNode,
    b: ConceptNode,
    ca: Set<string>,
    cb: Set<string>,
    oneImportEach = true,
  ): number => {
    if ((a.concept === 'comment') !== (b.concept === 'comment')) return -1;
    let common = 0;
    for (const w of ca) if (cb.has(w)) common++;
    const union = ca.size + cb.size - common;
    // Two spellings of one idea are the same thing (`attr_reader :owner`, `@property def owner`).
    const idea = ideaOfStatement(a);
    const sameIdea = idea !== undefined && idea === ideaOfStatement(b) ? 2 : 0;
    // Calls of two different functions are alike only by what they hold, not by being calls;
    // so are imports of two different libraries (`dataclasses`, `java.util.List`), unless each
    // side imports one library only (`require "minitest"`, `import unittest`).
    // Two ways of printing are one kind of statement, as two spellings of one idea are.
    const differentCalls =
      (a.concept === 'call' || (a.concept === 'import' && !oneImportEach)) &&
      a.key !== b.key &&
      !(PRINTING_IDEAS.has(a.key) && PRINTING_IDEAS.has(b.key));
    // An `if` and a `case` are two ways of choosing (`switchAgainstIf` pairs their branches); a
    // loop and a call that walks a collection (`forEach`) two ways of walking it.
    const choices =
      (CHOOSING.has(a.concept) && CHOOSING.has(b.concept)) ||
      (a.concept === 'case' && b.concept === 'if') ||
      (a.concept === 'if' && b.concept === 'case');
    const walks = (n: ConceptNode) =>
      n.concept === 'for' || (n.concept === 'call' && n.key === 'iterate');
    // A loop and a function that calls itself are two ways of repeating (`constructs` aligns
    // their bodies); the clause that does not call itself is where the repeating stops.
    const repeats =
      (LOOPS.has(a.concept) && callsItself(b, rightTokens)) ||
      (LOOPS.has(b.concept) && callsItself(a, leftTokens));
    const kind =
      (a.concept !== b.concept && !choices && !(walks(a) && walks(b)) && !repeats) ||
      differentCalls ||
      differentValues(a, b)
        ? 0
        : 1;
    return kind + sameIdea + (union === 0 ? 0 : (3 * common) / union);
  };

  /** A function whose body calls it by its name again (recursion): `save(balance)` in `def save`. */
  const callsItself = (n: ConceptNode, tokens: readonly Token[]): boolean => {
    const name = n.concept === 'def' ? n.slots.get('name')?.[0] : undefined;
    const body = oneBody(n);
    if (!name || !body) return false;
    // (Each function's body is read once, however many loops it is weighed against.)
    const known = recursive.get(n);
    if (known !== undefined) return known;
    const word = textAt(tokens, name.firstToken);
    let found = false;
    for (let i = body.firstToken; i < body.endToken && !found; i++) {
      found = tokens[i]?.kind === 'identifier' && tokens[i]?.text === word;
    }
    recursive.set(n, found);
    return found;
  };
  const recursive = new Map<ConceptNode, boolean>();

  /**
   * Two assignments to different names, one of an empty collection (`errors = []`, to be filled
   * later) and one of a value given whole (`checks = [{…}, …]`): not one kind of statement, so
   * they are alike only by what they hold. (The same name built whole is `accumulationsWhole`'s.)
   */
  const differentValues = (a: ConceptNode, b: ConceptNode): boolean => {
    if (a.concept !== 'assign' || b.concept !== 'assign') return false;
    const ta = a.slots.get('target')?.[0];
    const tb = b.slots.get('target')?.[0];
    const va = a.slots.get('value')?.[0];
    const vb = b.slots.get('value')?.[0];
    if (ta?.concept !== 'name' || tb?.concept !== 'name' || !va || !vb) return false;
    return wordsOf(ta.key) !== wordsOf(tb.key) && emptyCollection(va) !== emptyCollection(vb);
  };

  /** Whether any two of two runs of siblings have anything in common (`likeness`). */
  const anyAlike = (left: Nodes, right: Nodes): boolean => {
    if (left.length * right.length > MAX_CONTENT_PAIRS) return false;
    const rc = right.map((x) => contentOf(x, rightTokens));
    return left.some((a) => {
      const ca = contentOf(a, leftTokens);
      return right.some((b, j) => likeness(a, b, ca, rc[j] as Set<string>) > 0);
    });
  };

  /**
   * Whether two leftover siblings may stand for each other: a definition (a function, a class)
   * only for another construct with a body, never for a plain statement.
   */
  const kin = (a: ConceptNode | undefined, b: ConceptNode | undefined): boolean => {
    if (!a || !b) return false;
    const defines = (n: ConceptNode) => DEFINITIONS.has(n.concept);
    if (!defines(a) && !defines(b)) return true;
    return hasHeader(a) && hasHeader(b);
  };

  /** The idea a statement spells: its own idiom's, or its decorator's (`@property`). */
  const ideaOfStatement = (n: ConceptNode) =>
    n.idiom?.idea ?? n.slots.get('decorator')?.[0]?.idiom?.idea;

  /**
   * Pairs unmatched siblings by what they are and what they hold, keeping their order: the
   * pairing with the most likeness in all (a dynamic programme over the two runs). Pairs less
   * alike than `MIN_LIKENESS` stand alone on their side.
   */
  const pairByContent = (left: Nodes, right: Nodes, ctx: Context) => {
    const n = left.length;
    const m = right.length;
    const lc = left.map((x) => contentOf(x, leftTokens));
    const rc = right.map((x) => contentOf(x, rightTokens));
    const imports = (xs: Nodes) => xs.filter((x) => x.concept === 'import').length;
    const oneImportEach = imports(left) === 1 && imports(right) === 1;
    // best[i][j]: the most likeness pairing left[i..] with right[j..].
    const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
    const like = Array.from({ length: n }, () => new Float64Array(m));
    for (let i = n - 1; i >= 0; i--) {
      const row = best[i] as Float64Array;
      const below = best[i + 1] as Float64Array;
      for (let j = m - 1; j >= 0; j--) {
        const l = likeness(
          left[i] as ConceptNode,
          right[j] as ConceptNode,
          lc[i] as Set<string>,
          rc[j] as Set<string>,
          oneImportEach,
        );
        (like[i] as Float64Array)[j] = l;
        const pair = l >= MIN_LIKENESS ? l + (below[j + 1] as number) : -Infinity;
        row[j] = Math.max(pair, below[j] as number, row[j + 1] as number);
      }
    }
    // The siblings left over between two pairs stand in order against each other where both
    // sides left as many, and pair where they have anything in common.
    let gapLeft: number[] = [];
    let gapRight: number[] = [];
    const flush = () => {
      const even = gapLeft.length === gapRight.length;
      gapLeft.forEach((x, k) => {
        const y = gapRight[k] as number;
        if (even && ((like[x] as Float64Array)[y] as number) > 0 && kin(left[x], right[y])) {
          compareNodes(left[x] as ConceptNode, right[y] as ConceptNode, ctx);
        } else {
          solo(left[x] as ConceptNode, 'left', ctx);
          if (even) solo(right[y] as ConceptNode, 'right', ctx);
        }
      });
      if (!even) for (const y of gapRight) solo(right[y] as ConceptNode, 'right', ctx);
      gapLeft = [];
      gapRight = [];
    };
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      const l = (like[i] as Float64Array)[j] as number;
      const here = (best[i] as Float64Array)[j] as number;
      if (l >= MIN_LIKENESS && here === l + ((best[i + 1] as Float64Array)[j + 1] as number)) {
        flush();
        compareNodes(left[i] as ConceptNode, right[j] as ConceptNode, ctx);
        i++;
        j++;
      } else if (here === ((best[i + 1] as Float64Array)[j] as number)) {
        gapLeft.push(i++);
      } else {
        gapRight.push(j++);
      }
    }
    while (i < n) gapLeft.push(i++);
    while (j < m) gapRight.push(j++);
    flush();
  };

  /**
   * Pairs the siblings whose keys match (jsdiff's LCS) and hands each run of unmatched siblings
   * between them to `rest`; when the lists differ too much for a bounded diff, pairs in order.
   */
  const matchRuns = (
    left: Nodes,
    right: Nodes,
    key: (n: ConceptNode) => string,
    ctx: Context,
    rest: (l: Nodes, r: Nodes, ctx: Context) => void,
    inPlace = -1,
  ) => {
    const lk = left.map(key);
    const rk = right.map(key);
    const changes = diffArrays(lk, rk, { maxEditLength: MAX_EDIT_LENGTH });
    if (!changes) return pairInOrder(left, right, ctx);
    if (inPlace >= 0) {
      let common = 0;
      for (const c of changes) if (!c.added && !c.removed) common += c.count ?? c.value.length;
      // Statements with nothing alike, in place or anywhere: pair them by what they hold, not
      // by position (a function defined clause by clause against a loop and its counter),
      // unless they have nothing at all in common and position is all there is to go by.
      const statements = left.length > 1 && (left[0] as ConceptNode).statement;
      if (inPlace === 0 && common === 0 && statements && anyAlike(left, right))
        return pairByContent(left, right, ctx);
      if (inPlace >= common) return pairInOrder(left, right, ctx);
    }
    // The matched siblings, as two lists of positions that rise together.
    const li: number[] = [];
    const rj: number[] = [];
    let i = 0;
    let j = 0;
    for (const change of changes) {
      const count = change.count ?? change.value.length;
      if (change.added) j += count;
      else if (change.removed) i += count;
      else {
        for (let k = 0; k < count; k++) {
          li.push(i + k);
          rj.push(j + k);
        }
        i += count;
        j += count;
      }
    }
    // A match whose key repeats among the unmatched siblings next to it is the diff's arbitrary
    // pick among them: it stands with them, to be paired by what each holds (Ruby's
    // `by_role.each` with the loop over `Object.entries(byRole)`, not the loop that fills
    // `byRole`; `puts message.lines.count` with `println(message.lines().count())`).
    const firm = key === signature ? firmMatches(left, right, lk, rk, li, rj) : null;
    i = 0;
    j = 0;
    for (let k = 0; k <= li.length; k++) {
      if (k < li.length && firm && !firm[k]) continue;
      const to = k < li.length ? (li[k] as number) : left.length;
      const toRight = k < rj.length ? (rj[k] as number) : right.length;
      if (to > i || toRight > j) rest(left.slice(i, to), right.slice(j, toRight), ctx);
      if (k === li.length) break;
      compareNodes(left[to] as ConceptNode, right[toRight] as ConceptNode, ctx);
      i = to + 1;
      j = toRight + 1;
    }
  };

  /**
   * Which matches stand (true) and which the diff picked among siblings of the same key next to
   * them (false). A function defined clause by clause meets another's clauses in order, and a
   * run too long to weigh pair by pair keeps the diff's picks.
   */
  const firmMatches = (
    left: Nodes,
    right: Nodes,
    lk: readonly string[],
    rk: readonly string[],
    li: readonly number[],
    rj: readonly number[],
  ): boolean[] => {
    const repeats = (keys: readonly string[], at: number, from: number, to: number) => {
      for (let c = from; c < to; c++) if (c !== at && keys[c] === keys[at]) return true;
      return false;
    };
    // Windows reach to the nearest firm matches, so a match found loose loosens the windows
    // of its neighbours: go over them again until none changes.
    const firm = li.map((a) => DEFINITIONS.has((left[a] as ConceptNode).concept));
    const loose = li.map(() => false);
    for (let changed = true; changed;) {
      changed = false;
      let prev = -1;
      for (let k = 0; k < li.length; k++) {
        if (loose[k]) continue;
        let next = k + 1;
        while (next < li.length && loose[next]) next++;
        const a = li[k] as number;
        const b = rj[k] as number;
        const fromL = prev >= 0 ? (li[prev] as number) + 1 : 0;
        const toL = next < li.length ? (li[next] as number) : left.length;
        const fromR = prev >= 0 ? (rj[prev] as number) + 1 : 0;
        const toR = next < rj.length ? (rj[next] as number) : right.length;
        const small = (toL - fromL) * (toR - fromR) <= MAX_CONTENT_PAIRS / 4;
        if (!firm[k] && small && (repeats(lk, a, fromL, toL) || repeats(rk, b, fromR, toR))) {
          loose[k] = true;
          changed = true;
        } else prev = k;
      }
    }
    return loose.map((l) => !l);
  };

  const pairInOrder = (left: Nodes, right: Nodes, ctx: Context) => {
    const n = Math.min(left.length, right.length);
    for (let k = 0; k < n; k++) compareNodes(left[k] as ConceptNode, right[k] as ConceptNode, ctx);
    for (let k = n; k < left.length; k++) solo(left[k] as ConceptNode, 'left', ctx);
    for (let k = n; k < right.length; k++) solo(right[k] as ConceptNode, 'right', ctx);
  };

  compareNodes(input.left, input.right, { concept: 'block', left: null, right: null });
  return {
    occurrences: withoutRepeats(occurrences, leftTokens.length, rightTokens.length),
    anchors,
    alone,
  };
}

/**
 * The occurrences less a piece of code one side has alone that a whole expression difference
 * already shows (`"one"` inside `Enum.each(["one", "two"], …)` where that call's arguments
 * differ whole): the learner reads it there, in its place, once.
 */
function withoutRepeats(
  occurrences: Occurrence[],
  leftCount: number,
  rightCount: number,
): Occurrence[] {
  const left = new Uint8Array(leftCount);
  const right = new Uint8Array(rightCount);
  let any = false;
  for (const o of occurrences) {
    if (!o.whole || o.kind !== 'changed') continue;
    for (const t of o.left) left[t] = 1;
    for (const t of o.right) right[t] = 1;
    any = true;
  }
  if (!any) return occurrences;
  const shown = (o: Occurrence) =>
    o.whole &&
    o.kind !== 'changed' &&
    (o.kind === 'left-only'
      ? o.left.every((t) => left[t] === 1)
      : o.right.every((t) => right[t] === 1));
  return occurrences.some(shown) ? occurrences.filter((o) => !shown(o)) : occurrences;
}

/** The token indices in document order (most marks already are: no copy then). */
function sorted(tokens: readonly number[]): readonly number[] {
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as number) < (tokens[i - 1] as number)) return [...tokens].sort((x, y) => x - y);
  }
  return tokens;
}

/**
 * A copy of `node` whose slot `name` holds `list` (in its place, or added last), its other slots
 * as they are: the aligner regroups a list's statements without changing the nodes normalize made.
 */
function withSlot(node: ConceptNode, name: string, list: ConceptNode[]): ConceptNode {
  const slots = new Slots();
  for (let i = 0; i < node.slots.size; i++) slots.set(node.slots.nameAt(i), node.slots.listAt(i));
  slots.set(name, list);
  return { ...node, slots };
}

/** The token indices [from, to): a run of code, what lies between its ends included. */
export function tokenSpan(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The text of token `i`, or `''` past the end. */
function textAt(tokens: readonly Token[], i: number | undefined): string {
  return i === undefined ? '' : (tokens[i]?.text ?? '');
}

/** The texts of some tokens joined by `sep`, as the aligner compares them. */
function joined(tokens: readonly Token[], indices: readonly number[], sep: string): string {
  return indices.map((i) => textAt(tokens, i)).join(sep);
}

/**
 * Whether two token lists, their texts joined by `sep`, read alike, without joining them where
 * that cannot matter: lists equal token by token join alike; non-empty lists whose texts hold no
 * `sep` join alike only if equal token by token. Otherwise (`["a b"]` against `["a", "b"]` with a
 * space, or an empty list against `[""]`) the joined texts decide.
 */
function joinsAlike(
  leftTokens: readonly Token[],
  a: readonly number[],
  rightTokens: readonly Token[],
  b: readonly number[],
  sep: string,
): boolean {
  if (a.length === b.length) {
    let k = 0;
    while (k < a.length && textAt(leftTokens, a[k]) === textAt(rightTokens, b[k])) k++;
    if (k === a.length) return true;
  }
  if (a.length > 0 && b.length > 0 && !holds(leftTokens, a, sep) && !holds(rightTokens, b, sep)) {
    return false;
  }
  return joined(leftTokens, a, sep) === joined(rightTokens, b, sep);
}

/** Whether any of the tokens' texts holds `sep`. */
function holds(tokens: readonly Token[], indices: readonly number[], sep: string): boolean {
  for (const i of indices) if (textAt(tokens, i).includes(sep)) return true;
  return false;
}

/**
 * The other side's mark that `m` compares with: its category's, except that marks of a concept
 * that owns them (`OWN_MARKS`: the `()` around a loop's header) pair only with that concept's,
 * never with another mark of the category (the loop's `|x|`): they are two things, not one
 * written two ways.
 */
function partnerOf(marks: readonly Mark[], m: Mark): Mark | undefined {
  const owned = (x: Mark) => (x.site !== null && OWN_MARKS.has(x.site) ? x.site : null);
  for (const x of marks) if (x.category === m.category && owned(x) === owned(m)) return x;
  return undefined;
}

/** A side's first mark of a category. */
function firstOf(marks: readonly Mark[], category: Category): Mark | undefined {
  for (const m of marks) if (m.category === category) return m;
  return undefined;
}
