/**
 * Juxta's public types: the JSON of a comparison (see docs/contract.md) and the options of the
 * engine. The web view imports this module as types only, so it must stay free of runtime code.
 */

/** A language's id as used in the API and on the command line: `ruby`, `python`, … */
export type LanguageId = string;

/** What `GET /api/languages` and `languages` list about each supported language. */
export interface LanguageInfo {
  id: LanguageId;
  /** The name a person reads: `Ruby`. */
  name: string;
  /** File extensions with their dot, lower case: `['.rb']`. */
  extensions: string[];
}

/** One side of a comparison as the caller gives it. */
export interface SourceInput {
  language: LanguageId;
  code: string;
}

/** The syntax class of a token, for colouring. */
export type TokenKind =
  | 'keyword'
  | 'identifier'
  | 'string'
  | 'number'
  | 'comment'
  | 'operator'
  | 'punctuation'
  | 'constant'
  | 'builtin'
  | 'symbol'
  | 'error';

/** One token of source text. `line` and `column` are 1-based; `column` counts UTF-16 code units. */
export interface Token {
  /** Exactly the source text of the token. */
  text: string;
  line: number;
  column: number;
  kind: TokenKind;
}

/** A syntax error, in words a beginner can act on. */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
}

/**
 * The kinds of difference a learner should notice. Each has a learner-facing name and description
 * in `src/concepts.ts`, shared by the engine, the CLI and the web view.
 */
export type Category =
  | 'block-start'
  | 'block-end'
  | 'call-parens'
  | 'keyword'
  | 'builtin'
  | 'literal'
  | 'operator'
  | 'string'
  | 'comment'
  | 'terminator'
  | 'expression'
  | 'statement'
  | 'delimiter'
  | 'naming'
  | 'behaviour'
  | 'type';

/** Where a difference stands: only on the left, only on the right, or on both sides but written differently. */
export type DifferenceKind = 'left-only' | 'right-only' | 'changed';

/** One thing a learner should notice, with every place it occurs. */
export interface Difference {
  /** `d1`, `d2`, … in display order. */
  id: string;
  category: Category;
  kind: DifferenceKind;
  /** Where it is on the left (`[]` when right-only). */
  left: Token[];
  /** Where it is on the right (`[]` when left-only). */
  right: Token[];
  /** One sentence naming the languages, the syntax and the lines. */
  summary: string;
  /** Why, in plain words for a beginner. */
  explanation: string;
}

/** One row of the side-by-side view: a line number on each side, or `null` for a gap. */
export interface Row {
  left: number | null;
  right: number | null;
}

/** One side of a comparison as the engine answers it. */
export interface SideResult {
  language: LanguageId;
  /** Every token of that side's code, in order. */
  tokens: Token[];
  /** Syntax errors found; `[]` when the code parses cleanly. */
  errors: Diagnostic[];
}

/** The answer of a comparison: `POST /api/compare`, `juxta compare --format json`, `compare()`. */
export interface CompareResult {
  left: SideResult;
  right: SideResult;
  differences: Difference[];
  rows: Row[];
  /**
   * Set when the engine gave up aligning by meaning (the input was too large or took too long) and
   * fell back to a plain line alignment; says so in words. Absent otherwise.
   */
  notice?: string;
}

/** One row of the N-way view: a line number (or `null` for a gap) per side, in the sides' order. */
export interface ManyRow {
  lines: (number | null)[];
}

/** One thing a learner should notice in an N-way comparison, with its places on every side. */
export interface ManyDifference {
  /** `d1`, `d2`, … in display order. */
  id: string;
  category: Category;
  /** Per side, in the sides' order, where it is; `[]` where that side has nothing for it. */
  places: Token[][];
  /**
   * The sides (by index) that do without it: an empty place that one of that side's pairs marks as
   * having nothing there. An empty place not listed here is a side none of whose pairs set anything
   * apart at this spot (it may well write the same thing as another side).
   */
  without: number[];
  /** One sentence naming each language's spelling and lines. */
  summary: string;
  /** Why, each language's own words once. */
  explanation: string;
}

/**
 * The answer of an N-way comparison (2 to 4 sides): `compareMany()`, `POST /api/compare` with
 * `sides`, `juxta compare a b c --format json`. Built from the two-way comparison of every pair:
 * the first side with any other has exactly that pair's rows, two later sides have theirs wherever
 * no earlier side has a line, and the differences are the pairs', grouped across sides.
 */
export interface CompareManyResult {
  sides: SideResult[];
  rows: ManyRow[];
  differences: ManyDifference[];
  /** As `CompareResult.notice`: set when a pair was aligned line by line only. */
  notice?: string;
}

/** Options of `compare()`. */
export interface CompareOptions {
  /**
   * Milliseconds the whole comparison may take before it throws a `JuxtaError` with code
   * `too-complex`. Default: no limit for the library, a few seconds in the service.
   */
  timeoutMs?: number;
}

/** What `GET /api/snippets` lists about each snippet. */
export interface SnippetSummary {
  /** `topic-folder/name`, e.g. `control-flow/odd-even`. */
  id: string;
  title: string;
  /** The topic's display name, e.g. `Control flow`. */
  topic: string;
  languages: LanguageId[];
}

/** One snippet of the library, as `GET /api/snippets/ID` answers it (plus the extra fields). */
export interface Snippet extends SnippetSummary {
  /** What an instructor should point out. */
  notes: string;
  /** The program in each language. */
  code: Record<LanguageId, string>;
  /** Position within its topic (lower first). */
  order: number;
  /** `beginner`, `intermediate`, … */
  level: string;
  /** What every side prints when run. */
  expectedOutput: string;
}
