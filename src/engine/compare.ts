/**
 * The engine's entry point: the pipeline's stages in order. parse → diagnose → normalize → align
 * → classify → rows. Past a size limit it degrades to a plain line alignment and says so.
 */
import { diffArrays } from 'diff';
import { JuxtaError, tooComplex } from '../errors.js';
import { languageModule } from '../languages/registry.js';
import type { CompareOptions, CompareResult, Diagnostic, Row, SourceInput } from '../types.js';
import { align } from './align.js';
import { classify } from './classify.js';
import { diagnose } from './diagnose.js';
import { normalize } from './normalize.js';
import { withArena, type Arena } from './arena.js';
import { parse, type ParsedSide } from './parse.js';
import { applyRepair, findRepair, mapRepair, mapRows, type RepairMap } from './repair.js';
import { buildRows, closerLines, lineReader, type RowSide } from './rows.js';
import type { LanguageModule } from '../languages/language.js';

/** Above this many lines on a side, Juxta aligns lines only; no beginner's example comes near it. */
export const MAX_STRUCTURAL_LINES = 50_000;

function checkInput(side: SourceInput, which: 'left' | 'right') {
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
  return withArena((arena) => compareIn(arena, left, right, options));
}

function compareIn(
  arena: Arena,
  left: SourceInput,
  right: SourceInput,
  options: CompareOptions,
): CompareResult {
  checkInput(left, 'left');
  checkInput(right, 'right');
  const leftModule = languageModule(left.language);
  const rightModule = languageModule(right.language);
  const deadline =
    options.timeoutMs !== undefined ? performance.now() + options.timeoutMs : undefined;

  // tree-sitter and the aligner watch the deadline themselves; between stages, so does this.
  const inTime = () => {
    if (deadline !== undefined && performance.now() > deadline) {
      throw tooComplex();
    }
  };
  const leftParsed = parse(left.code, leftModule, deadline, arena);
  const rightParsed = parse(right.code, rightModule, deadline, arena);
  const result: CompareResult = {
    left: {
      language: leftModule.info.id,
      tokens: leftParsed.tokens,
      errors: diagnose(leftParsed.root, left.code, leftModule, leftParsed.lineStarts),
    },
    right: {
      language: rightModule.info.id,
      tokens: rightParsed.tokens,
      errors: diagnose(rightParsed.root, right.code, rightModule, rightParsed.lineStarts),
    },
    differences: [],
    rows: [],
  };
  inTime();
  if (Math.max(leftParsed.lineCount, rightParsed.lineCount) > MAX_STRUCTURAL_LINES) {
    const lines = (code: string, parsed: ParsedSide) => {
      const read = lineReader(code, parsed.lineStarts);
      return Array.from({ length: parsed.lineCount }, (_, i) => read(i + 1));
    };
    result.rows = lineRows(lines(left.code, leftParsed), lines(right.code, rightParsed));
    result.notice = `These programs are longer than ${MAX_STRUCTURAL_LINES.toLocaleString('en')} lines, so Juxta aligned them line by line and did not look for differences.`;
    return result;
  }

  // A side with a typo that one edit explains is compared as repaired (its errors still show).
  const l = comparable(left.code, leftParsed, result.left.errors, leftModule, deadline, arena);
  const r = comparable(right.code, rightParsed, result.right.errors, rightModule, deadline, arena);
  const leftEnds = new Set<number>();
  const rightEnds = new Set<number>();
  const leftTree = normalize(l.parsed.root, l.code, l.parsed.tokens, leftModule, leftEnds, arena);
  const rightTree = normalize(
    r.parsed.root,
    r.code,
    r.parsed.tokens,
    rightModule,
    rightEnds,
    arena,
  );
  inTime();
  const alignment = align({
    left: leftTree,
    right: rightTree,
    leftTokens: l.parsed.tokens,
    rightTokens: r.parsed.tokens,
    deadline,
  });
  const leftRows: RowSide = {
    lineCount: l.parsed.lineCount,
    text: lineReader(l.code, l.parsed.lineStarts),
    closers: closerLines(l.parsed.tokens, leftEnds),
  };
  const rightRows: RowSide = {
    lineCount: r.parsed.lineCount,
    text: lineReader(r.code, r.parsed.lineStarts),
    closers: closerLines(r.parsed.tokens, rightEnds),
  };
  let rows = buildRows(alignment.anchors, leftRows, rightRows);
  if (l.map) rows = mapRows(rows, 'left', l.map, leftParsed.lineCount);
  if (r.map) rows = mapRows(rows, 'right', r.map, rightParsed.lineCount);
  result.rows = rows;
  // A repaired side's tokens are read as the repair reads them, so every difference's tokens are
  // among them.
  if (l.map) result.left.tokens = l.map.written;
  if (r.map) result.right.tokens = r.map.written;
  result.differences = classify(
    alignment.occurrences,
    { language: leftModule, tokens: l.map?.tokens ?? l.parsed.tokens, hidden: l.map?.inserted },
    { language: rightModule, tokens: r.map?.tokens ?? r.parsed.tokens, hidden: r.map?.inserted },
    result.rows,
  );
  return result;
}

/** A side as the later stages compare it: as written, or repaired when one edit explains its errors. */
function comparable(
  code: string,
  parsed: ParsedSide,
  errors: readonly Diagnostic[],
  language: LanguageModule,
  deadline: number | undefined,
  arena: Arena,
): { code: string; parsed: ParsedSide; map: RepairMap | null } {
  const repair = errors.length > 0 ? findRepair(code, language, errors, deadline) : null;
  if (!repair) return { code, parsed, map: null };
  const fixed = applyRepair(code, repair);
  const fixedParsed = parse(fixed, language, deadline, arena);
  return {
    code: fixed,
    parsed: fixedParsed,
    map: mapRepair(code, fixed, repair, fixedParsed.tokens, parsed.tokens),
  };
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
