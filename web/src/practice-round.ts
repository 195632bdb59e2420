// The rules of practice mode, without the page: how each side is cut into tokens a learner can
// pick, which differences a token belongs to, what a pick or a hint answers, the score, and the
// best score kept in the browser's storage. Pure apart from the Storage it is handed.
import type { Difference, Row, Token, TokenKind } from '../../src/types.js';
import { splitLines, type Side } from './segments.js';

/** A stretch of one line: a token (by its index in the side's `tokens`) or the text between. */
export interface Piece {
  text: string;
  /** Index into the side's tokens; null for the blanks between tokens. */
  token: number | null;
  kind: TokenKind | null;
}

export interface PickLine {
  /** 1-based, as the engine counts lines. */
  number: number;
  pieces: Piece[];
}

interface Cut {
  lines: string[];
  starts: number[];
}

function cut(code: string): Cut {
  const lines = splitLines(code);
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return { lines, starts };
}

/** Where a token stands in the code, or null when its position does not match the text. */
function span(code: string, { starts }: Cut, token: Token): [number, number] | null {
  const start = starts[token.line - 1];
  if (start === undefined || token.column < 1) return null;
  const from = start + token.column - 1;
  return code.startsWith(token.text, from) ? [from, from + token.text.length] : null;
}

/**
 * Cuts one side into lines of pieces, one piece per token (a token that runs over several lines,
 * such as a multi-line string, gives a piece on each of them), so that every token can be picked.
 */
export function pickLines(code: string, tokens: Token[]): PickLine[] {
  const where = cut(code);
  const owner = new Int32Array(code.length).fill(-1);
  tokens.forEach((token, index) => {
    const at = span(code, where, token);
    if (at) owner.fill(index, at[0], at[1]);
  });
  return where.lines.map((raw, index) => {
    const text = raw.replace(/\r$/, '');
    const from = where.starts[index] ?? 0;
    const pieces: Piece[] = [];
    for (let i = from; i < from + text.length; i++) {
      const token = owner[i] === -1 ? null : owner[i]!;
      const last = pieces.at(-1);
      if (last && last.token === token) last.text += code[i];
      else
        pieces.push({
          text: code[i] ?? '',
          token,
          kind: token === null ? null : (tokens[token]?.kind ?? null),
        });
    }
    return { number: index + 1, pieces };
  });
}

/**
 * For each of a side's tokens, the differences it is part of (in the result's order): a pick of
 * any character of any token of a difference, on either side, finds it.
 */
export function tokenDifferences(
  code: string,
  tokens: Token[],
  differences: Difference[],
  side: Side,
): string[][] {
  const where = cut(code);
  const ids: (string[] | undefined)[] = new Array(code.length);
  for (const difference of differences) {
    for (const token of difference[side]) {
      const at = span(code, where, token);
      if (!at) continue;
      for (let i = at[0]; i < at[1]; i++) {
        const list = (ids[i] ??= []);
        if (!list.includes(difference.id)) list.push(difference.id);
      }
    }
  }
  return tokens.map((token) => {
    const at = span(code, where, token);
    if (!at) return [];
    const found = new Set<string>();
    for (let i = at[0]; i < at[1]; i++) for (const id of ids[i] ?? []) found.add(id);
    return differences.map((d) => d.id).filter((id) => found.has(id));
  });
}

/**
 * Where the other program writes the same token as `text` on `line` of `side`: the line it faces
 * in the alignment, if that line has a token of the same text; else null. A wrong pick is then
 * answered with what can be seen ("`age` is written the same on Python line 1"), and only that.
 */
export function sameOnOtherSide(
  rows: readonly Row[],
  other: PickLine[],
  side: Side,
  line: number,
  text: string,
): number | null {
  const facing = rows.find((row) => row[side] === line)?.[side === 'left' ? 'right' : 'left'];
  if (facing === null || facing === undefined) return null;
  const pieces = other[facing - 1]?.pieces ?? [];
  return pieces.some((piece) => piece.token !== null && piece.text === text) ? facing : null;
}

/** What the learner is told after a pick. */
export type Answer =
  /** A difference not found before; `number` is its place in the list (1-based). */
  | { kind: 'found'; id: string; number: number }
  /** Every difference of this token was found already: nothing is counted. */
  | { kind: 'already'; id: string; number: number }
  /** Not part of any difference: a wrong pick, counted once per token. */
  | { kind: 'same'; repeated: boolean }
  /** The round is over; picks no longer count. */
  | { kind: 'over' };

export interface Score {
  found: number;
  total: number;
  hints: number;
  wrong: number;
}

/** One round on one pair: the differences found, the hints taken, the wrong picks. */
export class PracticeRound {
  readonly found = new Set<string>();
  readonly hinted: string[] = [];
  /** The tokens picked wrongly (`side:index`), so a second pick of one is not counted again. */
  readonly wrongPicks = new Set<string>();
  /** The learner asked to see the differences not found. */
  revealed = false;

  /** @param ids the differences' ids in the list's order. */
  constructor(readonly ids: readonly string[]) {}

  get finished(): boolean {
    return this.revealed || this.found.size === this.ids.length;
  }

  numberOf(id: string): number {
    return this.ids.indexOf(id) + 1;
  }

  /** A pick of a token (`key` names it) that belongs to the differences `ids`. */
  pick(key: string, ids: readonly string[]): Answer {
    if (this.finished) return { kind: 'over' };
    const known = ids.filter((id) => this.ids.includes(id));
    const next = known.find((id) => !this.found.has(id));
    if (next !== undefined) {
      this.found.add(next);
      return { kind: 'found', id: next, number: this.numberOf(next) };
    }
    if (known.length > 0) {
      return { kind: 'already', id: known[0]!, number: this.numberOf(known[0]!) };
    }
    const repeated = this.wrongPicks.has(key);
    this.wrongPicks.add(key);
    return { kind: 'same', repeated };
  }

  /** The difference a hint points at: the first in the list not found and not hinted yet. */
  hint(): string | null {
    if (this.finished) return null;
    const id = this.ids.find((d) => !this.found.has(d) && !this.hinted.includes(d));
    if (id !== undefined) this.hinted.push(id);
    return id ?? null;
  }

  /** Whether a hint is left to give. */
  get canHint(): boolean {
    return !this.finished && this.ids.some((d) => !this.found.has(d) && !this.hinted.includes(d));
  }

  /** Ends the round, showing what was not found. */
  reveal(): void {
    this.revealed = true;
  }

  score(): Score {
    return {
      found: this.found.size,
      total: this.ids.length,
      hints: this.hinted.length,
      wrong: this.wrongPicks.size,
    };
  }
}

/**
 * More of the differences found is better (as a share, in case the pair's differences changed
 * since the best was kept); then fewer hints; then fewer wrong picks.
 */
export function isBetter(score: Score, than: Score | null): boolean {
  if (!than) return true;
  const share = score.found * Math.max(than.total, 1);
  const thanShare = than.found * Math.max(score.total, 1);
  if (share !== thanShare) return share > thanShare;
  if (score.hints !== than.hints) return score.hints < than.hints;
  return score.wrong < than.wrong;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "5 of 5 found, 1 hint, no wrong picks" */
export function describeScore(score: Score): string {
  const hints = score.hints === 0 ? 'no hints' : plural(score.hints, 'hint', 'hints');
  const wrong =
    score.wrong === 0 ? 'no wrong picks' : plural(score.wrong, 'wrong pick', 'wrong picks');
  return `${score.found} of ${score.total} found, ${hints}, ${wrong}`;
}

/** What a best score is kept under. */
export interface PairIdentity {
  /** The library snippet, when its code is shown unchanged. */
  snippetId: string | null;
  left: { language: string; code: string };
  right: { language: string; code: string };
}

const STORAGE_PREFIX = 'juxta.practice.';

/**
 * A library pair is known by its snippet id and languages; an edited or shared pair by a hash of
 * its languages and code, so the same code gets the same best score however it was made.
 */
export function practiceKey(pair: PairIdentity): string {
  const languages = `${pair.left.language}/${pair.right.language}`;
  if (pair.snippetId !== null) return `snippet:${pair.snippetId}:${languages}`;
  const text = [pair.left.language, pair.left.code, pair.right.language, pair.right.code].join(
    '\u0000',
  );
  return `code:${languages}:${hash53(text)}`;
}

/**
 * A 53-bit hash of a string (cyrb53, public domain), as 14 hex digits: enough to tell pairs
 * apart in one browser's storage, and available where crypto.subtle is not (plain http).
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The best score kept for a pair; null when there is none, or what is kept is not a score. */
export function readBest(storage: Storage | null, key: string): Score | null {
  try {
    const raw = storage?.getItem(STORAGE_PREFIX + key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Score> | null;
    if (
      value &&
      isCount(value.found) &&
      isCount(value.total) &&
      isCount(value.hints) &&
      isCount(value.wrong) &&
      value.found <= value.total
    ) {
      return { found: value.found, total: value.total, hints: value.hints, wrong: value.wrong };
    }
  } catch {
    // Storage unavailable, or something else under our key: as if nothing were kept.
  }
  return null;
}

/** Keeps `score` when it beats the best kept; says whether it did. */
export function saveBest(storage: Storage | null, key: string, score: Score): boolean {
  if (!isBetter(score, readBest(storage, key))) return false;
  try {
    storage?.setItem(STORAGE_PREFIX + key, JSON.stringify(score));
  } catch {
    // Private mode or a full storage: the round still counts, it is just not remembered.
  }
  return true;
}
