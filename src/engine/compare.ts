/**
 * The engine's entry point: the pipeline's stages in order. parse → diagnose → normalize → align
 * → classify → rows. Past a size limit it degrades to a plain line alignment and says so.
 */
import { diffArrays } from 'diff';
import { JuxtaError, tooComplex } from '../errors.js';
import { languageModule } from '../languages/registry.js';
import type { CompareOptions, CompareResult, Row, SourceInput } from '../types.js';
import { align } from './align.js';
import { classify } from './classify.js';
import { diagnose } from './diagnose.js';
import { normalize } from './normalize.js';
import { withArena, type Arena } from './arena.js';
import { parse, type ParsedSide } from './parse.js';
import { buildRows, closerLines, lineReader, type RowSide } from './rows.js';

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

  const leftEnds = new Set<number>();
  const rightEnds = new Set<number>();
  const leftTree = normalize(
    leftParsed.root,
    left.code,
    leftParsed.tokens,
    leftModule,
    leftEnds,
    arena,
  );
  const rightTree = normalize(
    rightParsed.root,
    right.code,
    rightParsed.tokens,
    rightModule,
    rightEnds,
    arena,
  );
  inTime();
  const alignment = align({
    left: leftTree,
    right: rightTree,
    leftTokens: leftParsed.tokens,
    rightTokens: rightParsed.tokens,
    deadline,
  });
  const leftRows: RowSide = {
    lineCount: leftParsed.lineCount,
    text: lineReader(left.code, leftParsed.lineStarts),
    closers: closerLines(leftParsed.tokens, leftEnds),
  };
  const rightRows: RowSide = {
    lineCount: rightParsed.lineCount,
    text: lineReader(right.code, rightParsed.lineStarts),
    closers: closerLines(rightParsed.tokens, rightEnds),
  };
  result.rows = buildRows(alignment.anchors, leftRows, rightRows);
  result.differences = classify(
    alignment.occurrences,
    { language: leftModule, tokens: leftParsed.tokens },
    { language: rightModule, tokens: rightParsed.tokens },
    result.rows,
  );
  return result;
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
