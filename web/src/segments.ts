// Cuts one side's source into runs of text per line, each run carrying its token kind, the
// differences it belongs to and whether a syntax error points at it. Pure, so both the read view
// and the editor decorations are built from the same answer.
import type { Diagnostic, Token, TokenKind } from '../../src/types.js';

export type Side = 'left' | 'right';

/** A difference's tokens on the side being cut. */
export interface Mark {
  id: string;
  tokens: readonly Token[];
}

/** The marks of one side (by its index) of differences that have places on every side. */
export function marksOf(
  differences: readonly { id: string; places: readonly (readonly Token[])[] }[],
  side: number,
): Mark[] {
  return differences.map((d) => ({ id: d.id, tokens: d.places[side] ?? [] }));
}

/** A stretch of one line whose characters all share the same styling. */
export interface Run {
  /** Offset of the run's first character in the whole source (UTF-16 code units). */
  from: number;
  text: string;
  kind: TokenKind | null;
  /** Ids of the differences this text belongs to, in the result's order. */
  differences: string[];
  /** A syntax error points into this run. */
  error: boolean;
}

export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character in the whole source. */
  from: number;
  text: string;
  runs: Run[];
  /** Syntax errors reported on this line (their messages are shown under it). */
  errors: Diagnostic[];
  /** A syntax error points past the last character of this line. */
  errorAtEnd: boolean;
}

/**
 * The lines of a source as the engine counts them: a final newline ends the last line and does
 * not start another. A `\r` before a newline stays part of the line's text but is not shown.
 */
export function splitLines(code: string): string[] {
  if (code === '') return [];
  const lines = code.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Offsets where each line starts. */
function lineStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

function offsetOf(starts: number[], line: number, column: number): number | null {
  const start = starts[line - 1];
  if (start === undefined || column < 1) return null;
  return start + column - 1;
}

/**
 * Styles every line of one side of a comparison. Tokens whose position does not match the text
 * (a stale result while the code is being edited) are ignored rather than drawn in the wrong place.
 */
export function buildLines(
  code: string,
  tokens: readonly Token[],
  marks: readonly Mark[],
  errors: readonly Diagnostic[],
): SourceLine[] {
  const lines = splitLines(code);
  const starts = lineStarts(lines);
  const kinds: (TokenKind | undefined)[] = new Array(code.length);
  const diffs: (string[] | undefined)[] = new Array(code.length);
  const errorAt = new Uint8Array(code.length);

  const place = (token: Token): [number, number] | null => {
    const from = offsetOf(starts, token.line, token.column);
    if (from === null || !code.startsWith(token.text, from)) return null;
    return [from, from + token.text.length];
  };

  for (const token of tokens) {
    const span = place(token);
    if (!span) continue;
    for (let i = span[0]; i < span[1]; i++) kinds[i] = token.kind;
  }
  for (const mark of marks) {
    for (const token of mark.tokens) {
      const span = place(token);
      if (!span) continue;
      for (let i = span[0]; i < span[1]; i++) {
        const list = (diffs[i] ??= []);
        if (!list.includes(mark.id)) list.push(mark.id);
      }
    }
  }

  const errorsByLine = new Map<number, Diagnostic[]>();
  const errorAtEnd = new Set<number>();
  for (const error of errors) {
    const line = Math.min(Math.max(error.line, 1), Math.max(lines.length, 1));
    errorsByLine.set(line, [...(errorsByLine.get(line) ?? []), error]);
    const lineText = lines[line - 1] ?? '';
    const from = offsetOf(starts, line, error.column);
    if (from === null || error.column > lineText.replace(/\r$/, '').length) {
      errorAtEnd.add(line);
      continue;
    }
    // Mark the whole token the error points into, so it is easy to see.
    const token = tokens.find((t) => {
      const span = place(t);
      return span !== null && span[0] <= from && from < span[1];
    });
    const span = token ? place(token) : null;
    const [start, end] = span ?? [from, from + 1];
    for (let i = start; i < end; i++) errorAt[i] = 1;
  }

  return lines.map((raw, index) => {
    const text = raw.replace(/\r$/, '');
    const from = starts[index] ?? 0;
    const runs: Run[] = [];
    let current: Run | null = null;
    for (let i = from; i < from + text.length; i++) {
      const kind = kinds[i] ?? null;
      const ids = diffs[i] ?? [];
      const error = errorAt[i] === 1;
      if (
        current &&
        current.kind === kind &&
        current.error === error &&
        current.differences.join() === ids.join()
      ) {
        current.text += code[i];
      } else {
        current = { from: i, text: code[i] ?? '', kind, differences: ids, error };
        runs.push(current);
      }
    }
    bridgeSpaces(runs);
    return {
      number: index + 1,
      from,
      text,
      runs,
      errors: errorsByLine.get(index + 1) ?? [],
      errorAtEnd: errorAtEnd.has(index + 1),
    };
  });
}

/**
 * A difference made of several tokens (`age % 2 == 1`) reads as one highlight: blanks between two
 * runs of the same difference join it. Text between them that is not blank (the argument between
 * a call's parentheses) stays out.
 */
function bridgeSpaces(runs: Run[]): void {
  for (let i = 1; i < runs.length - 1; i++) {
    const run = runs[i]!;
    const before = runs[i - 1]!;
    const after = runs[i + 1]!;
    if (
      run.differences.length === 0 &&
      !run.error &&
      /^[ \t]+$/.test(run.text) &&
      before.differences.length > 0 &&
      before.differences.join() === after.differences.join()
    ) {
      run.differences = before.differences;
    }
  }
}
