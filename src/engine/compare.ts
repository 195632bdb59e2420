/**
 * The engine's entry point: the pipeline's stages in order (`STAGES`): parse → diagnose → repair
 * → normalize → align → rows → classify. Past a size limit it degrades to a plain line alignment
 * and says so.
 */
import { diffArrays } from 'diff';
import { JuxtaError, tooComplex } from '../errors.js';
import { languageModule } from '../languages/registry.js';
import type {
  CompareOptions,
  CompareResult,
  Diagnostic,
  Difference,
  Row,
  SourceInput,
  Token,
} from '../types.js';
import { align } from './align.js';
import { classify } from './classify.js';
import { diagnose } from './diagnose.js';
import { normalize, type Normalized } from './normalize.js';
import { withArena, type Arena } from './arena.js';
import { parse, positionOf, type ParsedSide, type SyntaxNode } from './parse.js';
import {
  applyRepairs,
  findDamage,
  findRepairs,
  mapRepair,
  type Damage,
  mapRows,
  type RepairMap,
} from './repair.js';
import { buildRows, closerLines, lineReader, type RowSide } from './rows.js';
import type { LanguageModule } from '../languages/language.js';

/** Above this many lines on a side, Juxta aligns lines only; no beginner's example comes near it. */
export const MAX_STRUCTURAL_LINES = 50_000;

/** Throws a `JuxtaError` naming `which` side (`left`, `third`) unless it has a string `code`. */
export function checkInput(side: SourceInput, which: string) {
  if (side === null || typeof side !== 'object') {
    throw new JuxtaError(
      'invalid-input',
      `The ${which} side must be an object with "language" and "code".`,
    );
  }
  if (typeof side.code !== 'string') {
    throw new JuxtaError('invalid-input', `The ${which} side's "code" must be a string.`);
  }
}

/**
 * Compares two programs. Never throws for any string of code; throws a `JuxtaError` for an unknown
 * language (`unknown-language`) and, when `options.timeoutMs` is set and exceeded, `too-complex`.
 */
export function compare(
  left: SourceInput,
  right: SourceInput,
  options: CompareOptions = {},
): CompareResult {
  // The result holds tokens, rows and differences, never syntax nodes: the arena can be reused.
  return withArena(pairOf(left, right), (arena) => compareIn(arena, left, right, options));
}

/** The languages of a comparison, for `withArena` (anything, for input `compareIn` turns down). */
const pairOf = (left: SourceInput, right: SourceInput): string =>
  `${left?.language} ${right?.language}`;

/**
 * The pipeline's stages, in order: the one list that `compare` runs and `npm run bench:stages`
 * measures. A later stage reads only what earlier ones handed it.
 */
export const STAGES = [
  'parse',
  'diagnose',
  'repair',
  'normalize',
  'align',
  'rows',
  'classify',
] as const;
export type Stage = (typeof STAGES)[number];

/** One side as the stages hand it on. */
interface SideWork {
  input: SourceInput;
  language: LanguageModule;
  /** The code as written, parsed. */
  written: ParsedSide;
  errors: Diagnostic[];
  /** The code the later stages compare: as written, or repaired when one edit explains its errors. */
  code: string;
  parsed: ParsedSide;
  repair: RepairMap | null;
  /**
   * Where no edit explains the errors: the lines (1-based) left out of `code` so that the rest
   * parses. They are aligned line by line with what stands against them, and not compared.
   */
  damaged: ReadonlySet<number> | null;
  /** Some lines were blanked only in part (a stray word). */
  cut?: boolean;
  /** The tokens of `parsed` where they were written, when the damage moved some (`Damage.shifts`). */
  shifted?: Token[];
  /** The tokens the result shows for a side with damage set aside (`shownTokens`). */
  shown?: Token[];
  normalized?: Normalized;
}

/**
 * Runs the stages up to `last` and gives back what the comparison holds by then; `compare` runs
 * them all. Exported for the benches, which time the stages one after another.
 */
export function compareUpTo(
  left: SourceInput,
  right: SourceInput,
  options: CompareOptions,
  last: Stage,
): CompareResult {
  return withArena(pairOf(left, right), (arena) => compareIn(arena, left, right, options, last));
}

function compareIn(
  arena: Arena,
  left: SourceInput,
  right: SourceInput,
  options: CompareOptions,
  last: Stage = 'classify',
): CompareResult {
  checkInput(left, 'left');
  checkInput(right, 'right');
  const deadline =
    options.timeoutMs !== undefined ? performance.now() + options.timeoutMs : undefined;
  const until = STAGES.indexOf(last);
  const runs = (stage: Stage) => STAGES.indexOf(stage) <= until;
  // tree-sitter and the aligner watch the deadline themselves; between stages (and at the end),
  // so does this.
  const inTime = () => {
    if (deadline !== undefined && performance.now() > deadline) throw tooComplex();
  };

  const sides = [left, right].map((input): SideWork => {
    const language = languageModule(input.language);
    const written = parse(input.code, language, deadline, arena);
    return {
      input,
      language,
      written,
      errors: [],
      code: input.code,
      parsed: written,
      repair: null,
      damaged: null,
    };
  }) as [SideWork, SideWork];
  const [l, r] = sides;
  const result: CompareResult = {
    left: { language: l.language.info.id, tokens: l.written.tokens, errors: l.errors },
    right: { language: r.language.info.id, tokens: r.written.tokens, errors: r.errors },
    differences: [],
    rows: [],
  };
  if (runs('diagnose')) {
    for (const side of sides) {
      side.errors.push(
        ...diagnose(side.written.root, side.input.code, side.language, side.written.lineStarts),
      );
    }
  }
  inTime();
  if (Math.max(l.written.lineCount, r.written.lineCount) > MAX_STRUCTURAL_LINES) {
    const lines = (side: SideWork) => {
      const read = lineReader(side.input.code, side.written.lineStarts);
      return Array.from({ length: side.written.lineCount }, (_, i) => read(i + 1));
    };
    result.rows = lineRows(lines(l), lines(r));
    result.notice = `These programs are longer than ${MAX_STRUCTURAL_LINES.toLocaleString('en')} lines, so Juxta aligned them line by line and did not look for differences.`;
    return result;
  }
  if (runs('repair')) for (const side of sides) repairSide(side, deadline, arena);
  // A side with damage set aside shows the tokens compared, and the written ones of the damage.
  if (l.shown) result.left.tokens = l.shown;
  if (r.shown) result.right.tokens = r.shown;
  if (!runs('normalize')) return result;
  for (const side of sides) {
    side.normalized = normalize(
      side.parsed.root,
      side.code,
      side.parsed.tokens,
      side.language,
      arena,
    );
  }
  inTime();
  if (!runs('align')) return result;
  const alignment = align({
    left: (l.normalized as Normalized).tree,
    right: (r.normalized as Normalized).tree,
    leftTokens: l.parsed.tokens,
    rightTokens: r.parsed.tokens,
    deadline,
  });
  inTime();
  if (!runs('rows')) return result;
  const rowSide = (side: SideWork, alone: number[], other: SideWork): RowSide => {
    const normalized = side.normalized as Normalized;
    const apart = closerLines(side.parsed.tokens, normalized.apart);
    // What stands against the other side's damaged lines is paired with them, line by line.
    const facing = other.damaged
      ? facingDamage(alignment.anchors, side === l, other.damaged)
      : null;
    for (const row of alone) {
      if (!facing?.(row + 1) && !side.damaged?.has(row + 1)) apart.add(row + 1);
    }
    return {
      lineCount: side.parsed.lineCount,
      // Damaged lines were blanked for the later stages: the rows show them as written.
      text: lineReader(
        side.damaged || side.cut ? side.input.code : side.code,
        side.parsed.lineStarts,
      ),
      closers: closerLines(side.parsed.tokens, normalized.blockEnds),
      apart,
    };
  };
  let rows = buildRows(
    alignment.anchors,
    rowSide(l, alignment.alone.left, r),
    rowSide(r, alignment.alone.right, l),
  );
  // A repaired side's rows, tokens and differences are told in the code as written.
  if (l.repair) {
    rows = mapRows(rows, 'left', l.repair, l.written.lineCount);
    result.left.tokens = l.repair.written;
  }
  if (r.repair) {
    rows = mapRows(rows, 'right', r.repair, r.written.lineCount);
    result.right.tokens = r.repair.written;
  }
  result.rows = rows;
  if (!runs('classify')) return result;
  const classified = (side: SideWork) => ({
    language: side.language,
    tokens: side.repair?.tokens ?? side.shifted ?? side.parsed.tokens,
    hidden: side.repair?.inserted,
    hiddenReplace: side.repair?.replaces,
  });
  result.differences = classify(alignment.occurrences, classified(l), classified(r), rows);
  if (l.damaged || r.damaged) result.differences = awayFromDamage(result.differences, rows, l, r);
  // Classifying a large pair takes a tenth of its time, unchecked: a result past the deadline is
  // not handed on as if it had come in time.
  inTime();
  return result;
}

/**
 * Whether a tree holds code tree-sitter could not parse (an ERROR or a MISSING node), or a word
 * that closes or continues a block read as a plain name (an `end` whose block lost its opener:
 * the grammar accepts it, the language does not).
 */
function hasSyntaxError(root: SyntaxNode, code: string, language: LanguageModule): boolean {
  const stray = language.syntaxErrors.colonHeaders?.strayWords ?? [];
  const text = new Set(language.syntaxErrors.textNodes);
  // Nodes to visit, each with whether it sits in a string (whose words are no code).
  const stack: [SyntaxNode, boolean][] = [[root, false]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, inText] = top;
    if (node.type === 'ERROR' || node.missing) return true;
    if (node.children.length === 0 && stray.length > 0 && !inText) {
      const word = code.slice(node.startIndex, node.endIndex);
      if (word !== node.type && stray.includes(word)) return true;
    }
    const kidsInText = inText || text.has(node.type);
    for (const child of node.children) stack.push([child, kidsInText]);
  }
  return false;
}

/**
 * When one edit explains a side's errors, the later stages compare the code as repaired. Code
 * that parses as it is has nothing an edit could mend but what the table knows was meant (`=`
 * written for `===` in a condition): its other errors are the language's checks beyond syntax (a
 * variable given a value it never declared).
 */
function repairSide(side: SideWork, deadline: number | undefined, arena: Arena) {
  const { root } = side.written;
  if (side.errors.length === 0) return;
  const parses = !hasSyntaxError(root, side.input.code, side.language);
  const repair = findRepairs(side.input.code, side.language, side.errors, deadline, parses);
  if (!repair) {
    if (parses) return;
    // Where the parser gave up on nothing (it only inserted a missing token), its reading stands.
    if (!hasErrorNode(root)) return;
    const damage = findDamage(
      side.input.code,
      side.language,
      side.errors,
      deadline,
      stumbles(root, side.written.lineStarts),
    );
    if (!damage) return;
    side.code = damage.code;
    side.parsed = parse(side.code, side.language, deadline, arena);
    side.damaged = damage.lines.length > 0 ? new Set(damage.lines) : null;
    side.cut = damage.cut.length > 0;
    side.shifted = shiftBack(
      side.parsed.tokens,
      damage.shifts,
      lineReader(side.input.code, side.written.lineStarts),
    );
    side.shown = shownTokens(
      side.written.tokens,
      side.shifted ?? side.parsed.tokens,
      side.damaged ?? new Set(),
    );
    return;
  }
  side.code = applyRepairs(side.input.code, repair);
  side.parsed = parse(side.code, side.language, deadline, arena);
  side.repair = mapRepair(
    side.input.code,
    side.code,
    repair,
    side.parsed.tokens,
    side.written.tokens,
  );
}

/** The degraded alignment: equal lines pair up, the rest pair in order. */
function lineRows(left: string[], right: string[]): Row[] {
  const rows: Row[] = [];
  const changes = diffArrays(
    left.map((l) => l.trim()),
    right.map((l) => l.trim()),
    { maxEditLength: 256 },
  );
  if (!changes) {
    const n = Math.max(left.length, right.length);
    for (let k = 0; k < n; k++) {
      rows.push({ left: k < left.length ? k + 1 : null, right: k < right.length ? k + 1 : null });
    }
    return rows;
  }
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k++) {
      if (change.added) rows.push({ left: null, right: ++j });
      else if (change.removed) rows.push({ left: ++i, right: null });
      else rows.push({ left: ++i, right: ++j });
    }
  }
  return rows;
}

/**
 * Whether a 1-based line of one side stands in the same gap between anchored rows as a damaged
 * line of the other side (`damaged`): then it is paired with the damaged lines by position rather
 * than standing apart. `isLeft`: the side asked about is the left one.
 */
function facingDamage(
  anchors: readonly number[],
  isLeft: boolean,
  damaged: ReadonlySet<number>,
): (line: number) => boolean {
  const gaps: [number, number][] = [];
  for (const line of damaged) {
    // The anchors just before and just after the damaged line, by its side's rows (0-based).
    let before = -1;
    let after = Infinity;
    for (let k = 0; k + 1 < anchors.length; k += 2) {
      const own = anchors[isLeft ? k + 1 : k] as number;
      const facing = anchors[isLeft ? k : k + 1] as number;
      if (own < line - 1 && facing > before) before = facing;
      if (own > line - 1 && facing < after) after = facing;
    }
    gaps.push([before + 1, after + 1]);
  }
  return (line) => gaps.some(([from, to]) => line > from && line < to);
}

/**
 * Differences the damaged lines cannot support: one that holds nothing but what stands against
 * damaged lines (a statement the damaged side seems to lack) says nothing true until they parse,
 * and one with a token on a damaged line holds the stand-in the repair stage wrote there.
 */
function awayFromDamage(
  differences: Difference[],
  rows: readonly Row[],
  l: SideWork,
  r: SideWork,
): Difference[] {
  const facing = { left: new Set<number>(), right: new Set<number>() };
  for (const row of rows) {
    if (row.left !== null && row.right !== null) {
      if (l.damaged?.has(row.left)) facing.right.add(row.right);
      if (r.damaged?.has(row.right)) facing.left.add(row.left);
    }
  }
  const damaged = (side: 'left' | 'right', line: number) =>
    (side === 'left' ? l : r).damaged?.has(line) ?? false;
  const onDamage = (side: 'left' | 'right', line: number) =>
    facing[side].has(line) || damaged(side, line);
  const sides = ['left', 'right'] as const;
  return differences
    .filter(
      (d) =>
        !sides.some((side) => d[side].some((t) => damaged(side, t.line))) &&
        !sides.every((side) => d[side].every((t) => onDamage(side, t.line))),
    )
    .map((d, k) => ({ ...d, id: `d${k + 1}` }));
}

/** Tokens placed back where they were written, on the lines the repair stage moved (`shifts`). */
function shiftBack(
  tokens: readonly Token[],
  shifts: Damage['shifts'],
  written: (line: number) => string,
): Token[] | undefined {
  if (shifts.length === 0) return undefined;
  const byLine = new Map(shifts.map((s) => [s.line, s]));
  return tokens.map((t) => {
    const s = byLine.get(t.line);
    if (!s || t.column < s.column) return t;
    // The spaces the move left at the end of the line are no part of a token there (a comment).
    const room = written(t.line).length - (t.column + s.by) + 1;
    return { ...t, column: t.column + s.by, text: t.text.slice(0, Math.max(0, room)) };
  });
}

/**
 * Where the parser stumbled: the starts and ends of its ERROR nodes, as places in the code, the
 * most telling first (a character it could not take at all, then the smallest ERROR).
 */
function stumbles(root: SyntaxNode, starts: readonly number[]): Diagnostic[] {
  const found: SyntaxNode[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'ERROR') found.push(node);
    for (const child of node.children) stack.push(child);
  }
  const size = (n: SyntaxNode) => (n.children.length === 0 ? -1 : n.endIndex - n.startIndex);
  // Where each starts, and where it ends: the parser may read well past the cause before giving up.
  return found
    .sort((a, b) => size(a) - size(b) || a.startIndex - b.startIndex)
    .flatMap((n) =>
      n.endIndex - 1 > n.startIndex ? [n.startIndex, n.endIndex - 1] : [n.startIndex],
    )
    .map((at) => ({ ...positionOf(starts, at), message: '' }));
}

/**
 * The tokens a side with damage set aside shows: those compared (but a stand-in on a damaged
 * line), and those of the code as written that none of them covers (the damaged lines' own, a
 * stray word's).
 */
function shownTokens(
  written: readonly Token[],
  compared: readonly Token[],
  damaged: ReadonlySet<number>,
): Token[] {
  const kept = compared.filter((t) => !damaged.has(t.line));
  const spans = new Map<number, [number, number][]>();
  for (const t of kept) {
    const list = spans.get(t.line) ?? [];
    list.push([t.column, t.column + t.text.length]);
    spans.set(t.line, list);
  }
  const covered = (t: Token) =>
    (spans.get(t.line) ?? []).some(
      ([from, to]) => t.column < to && from < t.column + t.text.length,
    );
  const rest = written.filter((t) => damaged.has(t.line) || !covered(t));
  return [...kept, ...rest].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Whether the parser gave up on some of the code (an ERROR node), not only inserted a token. */
function hasErrorNode(root: SyntaxNode): boolean {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'ERROR') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
