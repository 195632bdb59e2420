/**
 * Syntax errors in words a beginner can act on. tree-sitter marks what it could not parse with ERROR
 * and MISSING nodes, but where it puts them depends on how it recovered, so this stage reads the
 * tree's leaves line by line and asks each language's table (`syntax-errors.ts`) what the mistake
 * most likely was: a block line without its `:`, a bracket never closed, a word from the other
 * language. Whatever no table explains still gets a plain message naming the token.
 */
import type { SyntaxNode } from './parse.js';
import type { Diagnostic } from '../types.js';

/** Where a word from another language counts as a mistake. */
export type ForeignWordPlace =
  /** Only inside (or touching) code tree-sitter could not parse. */
  | 'in-error'
  /** First on its line and not being assigned to or called as a method: `elif x` in Ruby. */
  | 'statement-start'
  /** The only thing on its line: Ruby's `end` left in Python. */
  | 'alone'
  /** Last on its line and inside or touching code tree-sitter could not parse: `if x:` in Ruby. */
  | 'line-end';

export interface ForeignWord {
  message: string;
  where: ForeignWordPlace;
  /** Only a leaf of this type counts (`identifier`: the keyword `end` is fine, a name `end` is not). */
  type?: string;
}

/** A Python-style block header: a line starting with `keyword` must end with `:`. */
export interface ColonHeaders {
  /** keyword → the article it takes in a sentence (`an` `if`, `a` `for`). */
  keywords: Record<string, 'a' | 'an'>;
  /** Soft keywords (`match`, `case`) that are headers only when a name or value follows them. */
  soft: string[];
  /** What learners write in place of the `:` (Ruby's `then`, `do`, a `{`): the message then names it. */
  insteadOfColon: string[];
}

/** A Ruby-style block closed by a keyword: `if … end`. */
export interface EndBlocks {
  closer: string;
  /** Keywords that open a block needing `closer`. */
  openers: string[];
  /** Openers that, after an expression on the same line, are modifiers needing no closer (`x if y`). */
  modifiers: string[];
  /** Openers that may be followed on the same line by their own `do` (`while x do`). */
  takesDo: string[];
  /** Words that continue a block at its own indentation (`else`, `rescue`): the `end` goes after them. */
  middles: string[];
}

/**
 * One language's knowledge of the mistakes learners make in it. Every field is data: adding a
 * mistake is adding a row. Messages may use `{line}` (1-based line of the thing named).
 */
export interface SyntaxErrorHints {
  /** Opening bracket → its closer. */
  brackets: Record<string, string>;
  /** Leaf types that open a string; one sitting directly in an ERROR was never closed. */
  stringOpeners: string[];
  /** Leaf types that are comments (ignored when looking at how a line ends). */
  comments: string[];
  /**
   * Node types whose text is not code (strings, heredocs): a line that starts inside one continues
   * the line before, whatever its indentation.
   */
  textNodes: string[];
  /** Words and operators borrowed from other languages: the token's text → what to say. */
  foreignWords: Record<string, ForeignWord>;
  /**
   * Node types the grammar accepts although the language does not (Python 2's `print "x"`): type →
   * message. Not reported when the node's first token is followed by `(` (then it is a call the
   * grammar read the old way because of some other mistake).
   */
  invalidNodes: Record<string, string>;
  /** Python: block lines end with `:`. */
  colonHeaders?: ColonHeaders;
  /** Python: blocks are marked by indentation, which tree-sitter does not always check. */
  indentation?: boolean;
  /** Ruby: blocks are closed by `end`. */
  endBlocks?: EndBlocks;
}

/** A beginner should fix the first few; hundreds of messages only bury them. */
const MAX_DIAGNOSTICS = 20;
/** How far down the bracket stack a closer looks for its opener (keeps the check linear). */
const BRACKET_SEARCH_DEPTH = 64;
/** How many lines after an explained mistake an unexplained ERROR counts as its knock-on. */
const KNOCK_ON_ROWS = 3;
/**
 * Which finding keeps a spot two checks point at: an open string or bracket explains everything
 * after it on the line, and a missing `:` says more than a hint about one word.
 */
const PRIORITY = { hint: 0, structure: 1, unclosed: 2 } as const;
/** Longer tokens are not quoted whole in a message. */
const MAX_QUOTED = 24;
const PUNCTUATION = /^[^\w\s]+$/;
/** Tokens that show the word before them is a name being used, not a misplaced keyword. */
const USED_AS_NAME = new Set([
  '=',
  '+=',
  '-=',
  '*=',
  '/=',
  '||=',
  '&&=',
  '.',
  '&.',
  ',',
  ')',
  ']',
  '}',
  '==',
  '!=',
  ':=',
  '::',
  '[',
  '(',
]);

interface Leaf {
  type: string;
  text: string;
  start: number;
  end: number;
  row: number;
  parentType: string;
  parent: SyntaxNode | null;
  /** Inside an ERROR node. */
  inError: boolean;
  comment: boolean;
}

/** A statement's worth of leaves: a line plus the lines it continues onto. */
interface LogicalLine {
  /** 0-based row where it starts. */
  row: number;
  /** Indices of its first and last leaf. */
  first: number;
  last: number;
}

interface Finding {
  index: number;
  message: string;
  /** Of two findings on one spot the higher wins: a structural diagnosis beats a word's hint. */
  priority: number;
}

/** A language as this stage needs it (a `LanguageModule` fits). */
export interface DiagnoseLanguage {
  info: { name: string };
  syntaxErrors: SyntaxErrorHints;
}

/**
 * The syntax errors of `code`, parsed into `root`: at most 20, sorted by position, one per spot.
 * Never throws: a diagnostic that fails to be clever must not stop a comparison.
 */
export function diagnose(root: SyntaxNode, code: string, language: DiagnoseLanguage): Diagnostic[] {
  try {
    return new Diagnoser(root, code, language).run();
  } catch {
    return fallbackDiagnostics(root, code, language.info.name);
  }
}

/** Only the positions of ERROR and MISSING nodes: the last resort if the full analysis fails. */
function fallbackDiagnostics(root: SyntaxNode, code: string, name: string): Diagnostic[] {
  const lines = new LineIndex(code);
  const out: Diagnostic[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0 && out.length < MAX_DIAGNOSTICS) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'ERROR' || node.missing) {
      out.push({
        ...lines.position(node.startIndex),
        message: `${name} cannot make sense of this line: check it for a missing or extra word or symbol`,
      });
      continue;
    }
    if (!Array.isArray(node.children)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as SyntaxNode);
  }
  return out;
}

/** Turns UTF-16 offsets into 1-based lines and columns, with line breaks counted as `parse` does. */
class LineIndex {
  readonly starts: number[] = [0];
  constructor(readonly code: string) {
    // Line breaks are `\n` (so `\r\n` too), as tree-sitter and `parse` count rows.
    for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }
  /** 0-based line of an offset. */
  row(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  position(index: number): { line: number; column: number } {
    const row = this.row(index);
    return { line: row + 1, column: index - (this.starts[row] ?? 0) + 1 };
  }
  /** Width of the indentation of a line, tabs to the next multiple of 8 as Python counts them. */
  indent(row: number): number {
    let width = 0;
    for (let i = this.starts[row] ?? 0; i < this.code.length; i++) {
      const c = this.code.charCodeAt(i);
      if (c === 32) width++;
      else if (c === 9) width = width - (width % 8) + 8;
      else if (c === 12) width = 0;
      else break;
    }
    return width;
  }
}

class Diagnoser {
  private readonly hints: SyntaxErrorHints;
  private readonly name: string;
  private readonly lines: LineIndex;
  private readonly leaves: Leaf[] = [];
  /** Outermost ERROR nodes, with the node they sit in. */
  private readonly errors: { node: SyntaxNode; parent: SyntaxNode | null }[] = [];
  private readonly missing: { node: SyntaxNode; parent: SyntaxNode }[] = [];
  private readonly invalid: SyntaxNode[] = [];
  /** [start, end] offsets of every ERROR node, to ask whether a line holds a parse error. */
  private readonly errorSpans: [number, number][] = [];
  /** errorReach[i]: the furthest end among errorSpans[0..i]. */
  private readonly errorReach: number[] = [];
  /** Lines that start inside a string or other text node. */
  private insideText: boolean[] = [];
  /** For each line, the index of its last non-comment leaf, -1 when none. */
  private rowLastCode: number[] = [];
  /** Where each line's block ends, by the middle words used (see `blockLastRow`). */
  private readonly blockEnds = new Map<string, number[]>();
  /** Leaves by line: index of the first leaf starting on each line, -1 when none. */
  private rowFirst: number[] = [];
  private readonly findings: Finding[] = [];
  /** MISSING closers the bracket and `end` checks already account for. */
  private readonly explainedMissing = new Set<SyntaxNode>();

  constructor(
    private readonly root: SyntaxNode,
    code: string,
    language: DiagnoseLanguage,
  ) {
    this.hints = language.syntaxErrors;
    this.name = language.info.name;
    this.lines = new LineIndex(code);
  }

  run(): Diagnostic[] {
    this.collect();
    const hasErrors = this.errors.length > 0 || this.missing.length > 0;
    this.checkInvalidNodes();
    this.checkForeignWords();
    if (this.hints.indentation) this.checkIndentation();
    if (hasErrors) {
      // Brackets first: where one is left open, its message wins the spot over a missing `:`.
      this.checkStrings();
      this.checkBrackets();
      if (this.hints.colonHeaders) this.checkColonHeaders(this.hints.colonHeaders);
      if (this.hints.endBlocks) this.checkEndBlocks(this.hints.endBlocks);
      this.explainRest();
    }
    return this.finish();
  }

  /** One explicit-stack walk (trees can be 10,000 levels deep) gathering leaves and error nodes. */
  private collect(): void {
    // Three parallel stacks rather than an object per node: this walk visits every node.
    const nodes: SyntaxNode[] = [this.root];
    const parents: (SyntaxNode | null)[] = [null];
    const inErrors: boolean[] = [false];
    const code = this.lines.code;
    const comments = new Set(this.hints.comments);
    const invalid = this.hints.invalidNodes;
    const textNodes = new Set(this.hints.textNodes);
    this.insideText = new Array<boolean>(this.lines.starts.length).fill(false);
    while (nodes.length > 0) {
      const node = nodes.pop() as SyntaxNode;
      const parent = parents.pop() as SyntaxNode | null;
      const inError = inErrors.pop() as boolean;
      if (node.missing) {
        if (parent) this.missing.push({ node, parent });
        continue;
      }
      if (Object.hasOwn(invalid, node.type)) this.invalid.push(node);
      if (textNodes.has(node.type) && node.endRow > node.startRow) {
        // Stop at a line already marked: nested text nodes (an f-string in an f-string) add nothing.
        for (
          let row = this.lines.row(node.endIndex);
          row > this.lines.row(node.startIndex);
          row--
        ) {
          if (this.insideText[row]) break;
          this.insideText[row] = true;
        }
      }
      const isError = node.type === 'ERROR';
      if (isError) {
        this.errorSpans.push([node.startIndex, node.endIndex]);
        if (!inError) this.errors.push({ node, parent });
      }
      if (node.children.length === 0) {
        const text = code.slice(node.startIndex, node.endIndex);
        // A line-continuation backslash is spacing, not code: `logicalLines` finds it in the gaps.
        if (node.endIndex > node.startIndex && text.trim() !== '\\') {
          this.leaves.push({
            type: node.type,
            text,
            start: node.startIndex,
            end: node.endIndex,
            row: node.startRow,
            parentType: parent?.type ?? '',
            parent,
            inError: inError || isError,
            comment: comments.has(node.type),
          });
        }
        continue;
      }
      for (let i = node.children.length - 1; i >= 0; i--) {
        nodes.push(node.children[i] as SyntaxNode);
        parents.push(node);
        inErrors.push(inError || isError);
      }
    }
    // Leaves arrive in order already, except where a grammar nests oddly; keep the rest honest.
    this.leaves.sort((a, b) => a.start - b.start);
    this.errorSpans.sort((a, b) => a[0] - b[0]);
    let reach = -1;
    for (const span of this.errorSpans) {
      reach = Math.max(reach, span[1]);
      this.errorReach.push(reach);
    }
    this.rowFirst = new Array<number>(this.lines.starts.length).fill(-1);
    this.rowLastCode = new Array<number>(this.lines.starts.length).fill(-1);
    this.leaves.forEach((leaf, i) => {
      if (this.rowFirst[leaf.row] === -1) this.rowFirst[leaf.row] = i;
      if (!leaf.comment) this.rowLastCode[leaf.row] = i;
    });
  }

  private add(index: number, message: string, priority: number = PRIORITY.hint): void {
    this.findings.push({ index, message, priority });
  }

  private fill(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
      Object.hasOwn(values, key) ? String(values[key]) : whole,
    );
  }

  /** Whether an ERROR node overlaps [from, to]. */
  private errorWithin(from: number, to: number): boolean {
    // Spans are sorted by start: bisect for those starting by `to`, then ask whether the furthest
    // reaching of them gets to `from`.
    let lo = 0;
    let hi = this.errorSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.errorSpans[mid] as [number, number])[0] <= to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.errorReach[lo - 1] ?? -1) >= from;
  }

  /** The last leaf of a row that is not a comment. */
  private lastCodeLeaf(row: number): Leaf | undefined {
    const index = this.rowLastCode[row] ?? -1;
    return index < 0 ? undefined : this.leaves[index];
  }

  /** The end of a row's code: after its last non-comment leaf, or the end of its text. */
  private rowCodeEnd(row: number): number {
    const last = this.lastCodeLeaf(row);
    if (last) return last.end;
    const starts = this.lines.starts;
    let end = row + 1 < starts.length ? (starts[row + 1] as number) : this.lines.code.length;
    while (end > (starts[row] ?? 0) && /[\r\n]/.test(this.lines.code[end - 1] ?? '')) end--;
    return end;
  }

  /**
   * The last line of the block or bracket that starts on `row`: the lines after it that are indented
   * deeper belong to it. Where a forgotten closer should go is after that line.
   */
  private blockLastRow(row: number, middles: readonly string[] = []): number {
    const key = middles.join(' ');
    let ends = this.blockEnds.get(key);
    if (!ends) {
      // One pass with a stack (each line's block ends before the next line indented no deeper),
      // so that thousands of open blocks do not each scan the rest of the file. A line starting
      // with a middle word (`else`) at the block's own indentation continues the block.
      ends = new Array<number>(this.lines.starts.length).fill(-1);
      const open: { row: number; indent: number }[] = [];
      let previous = -1;
      for (let r = 0; r < this.lines.starts.length; r++) {
        const first = this.rowFirst[r] ?? -1;
        if (first < 0) continue;
        const indent = this.lines.indent(r);
        const middle = middles.includes((this.leaves[first] as Leaf).text);
        for (let top = open[open.length - 1]; top; top = open[open.length - 1]) {
          if (top.indent < indent || (middle && top.indent === indent)) break;
          ends[(open.pop() as { row: number }).row] = previous;
        }
        open.push({ row: r, indent });
        previous = r;
      }
      for (const { row: r } of open) ends[r] = previous;
      this.blockEnds.set(key, ends);
    }
    const end = ends[row] ?? -1;
    return end < 0 ? row : end;
  }

  /** A token as a message quotes it, or `null` when it is nothing a reader could recognise. */
  private quote(text: string): string | null {
    const oneLine = (text.split(/[\r\n]/)[0] ?? '').trim();
    // Control characters, lone surrogates and backticks would garble the message.
    if (oneLine.length === 0 || oneLine.includes('`') || /\p{Cs}/u.test(oneLine)) return null;
    for (let i = 0; i < oneLine.length; i++) {
      const c = oneLine.charCodeAt(i);
      if (c < 32 || c === 127) return null;
    }
    if (oneLine.length <= MAX_QUOTED) return oneLine;
    // Cut between characters, not inside an emoji's surrogate pair.
    const high = (oneLine.charCodeAt(MAX_QUOTED - 1) & 0xfc00) === 0xd800;
    return `${oneLine.slice(0, high ? MAX_QUOTED - 1 : MAX_QUOTED)}…`;
  }

  private checkInvalidNodes(): void {
    for (const node of this.invalid) {
      const message = this.hints.invalidNodes[node.type] as string;
      // Point just after the node's first token (`print`): that is where `(` goes.
      const first = node.children[0];
      const after = first ? this.firstLeafFrom(first.endIndex) : undefined;
      if (after && after.text === '(' && after.start < node.endIndex) continue;
      this.add(
        first && first.endIndex > first.startIndex ? first.endIndex : node.startIndex,
        message,
      );
    }
  }

  /**
   * Words and operators from another language. Adjacent punctuation leaves are joined first,
   * because a grammar that lacks `&&` sees it as `&` followed by a stray `&`.
   */
  private checkForeignWords(): void {
    const table = this.hints.foreignWords;
    const leaves = this.leaves;
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i] as Leaf;
      if (leaf.comment || this.hints.stringOpeners.includes(leaf.type)) continue;
      // Grammars without `&&` lex it as two `&`: try the longest run of up to three adjacent
      // punctuation leaves that the table knows.
      let text = leaf.text;
      let j = i;
      let inError = leaf.inError;
      if (PUNCTUATION.test(text)) {
        let run = text;
        let runError = inError;
        for (let k = i + 1; k < leaves.length && k <= i + 2; k++) {
          const more = leaves[k] as Leaf;
          if (more.start !== (leaves[k - 1] as Leaf).end || !PUNCTUATION.test(more.text)) break;
          run += more.text;
          runError ||= more.inError;
          if (Object.hasOwn(table, run)) {
            text = run;
            j = k;
            inError = runError;
          }
        }
      }
      const next = leaves[j + 1];
      const sameRowNext = next && next.row === leaf.row ? next : undefined;
      const pair = sameRowNext ? `${text} ${sameRowNext.text}` : '';
      let entry: ForeignWord | undefined;
      if (pair && Object.hasOwn(table, pair)) {
        entry = table[pair];
        inError ||= sameRowNext?.inError ?? false;
      } else if (Object.hasOwn(table, text)) {
        entry = table[text];
      }
      if (!entry || (entry.type !== undefined && entry.type !== leaf.type)) continue;
      const firstOnRow = this.rowFirst[leaf.row] === i;
      // A word tree-sitter kept but that sits right before an ERROR also touches it.
      const touchesError =
        inError || (next?.inError ?? false) || (i > 0 && (leaves[i - 1] as Leaf).inError);
      const alone = !sameRowNext || sameRowNext.comment;
      const applies: Record<ForeignWordPlace, boolean> = {
        'in-error': touchesError,
        'statement-start': firstOnRow && !(sameRowNext && USED_AS_NAME.has(sameRowNext.text)),
        alone: firstOnRow && alone,
        'line-end': touchesError && alone,
      };
      if (applies[entry.where])
        this.add(leaf.start, this.fill(entry.message, { line: leaf.row + 1 }));
      i = j;
    }
  }

  /**
   * Whether a logical line has a `:` outside brackets (`if x: y` has its `:` mid-line). A line
   * with a bracket left open counts as having one: the open bracket is the mistake to report.
   */
  private hasColon(line: LogicalLine): boolean {
    const openers = this.hints.brackets;
    const closers = new Set(Object.values(openers));
    let depth = 0;
    for (let i = line.first; i <= line.last; i++) {
      const leaf = this.leaves[i] as Leaf;
      if (leaf.type !== leaf.text) continue;
      if (Object.hasOwn(openers, leaf.text)) depth++;
      else if (closers.has(leaf.text)) depth = Math.max(0, depth - 1);
      else if (leaf.text === ':' && depth === 0) return true;
    }
    return depth > 0;
  }

  private lastCodeLeafOf(line: LogicalLine): Leaf | undefined {
    for (let i = line.last; i >= line.first; i--) {
      const leaf = this.leaves[i] as Leaf;
      if (!leaf.comment) return leaf;
    }
    return undefined;
  }

  private logicalLinesCache: LogicalLine[] | null = null;

  /** The logical lines: rows whose first leaf starts a statement (not inside brackets or strings). */
  private logicalLines(): LogicalLine[] {
    if (this.logicalLinesCache) return this.logicalLinesCache;
    const result: LogicalLine[] = [];
    this.logicalLinesCache = result;
    const openers = this.hints.brackets;
    const closers = new Set(Object.values(openers));
    const code = this.lines.code;
    let depth = 0;
    let reach = -1;
    let current: LogicalLine | null = null;
    for (let i = 0; i < this.leaves.length; i++) {
      const leaf = this.leaves[i] as Leaf;
      const startsRow = this.rowFirst[leaf.row] === i;
      // A leaf reaching past the start of this row (a multi-line string) makes it a continuation.
      let continues =
        depth > 0 ||
        reach >= (this.lines.starts[leaf.row] ?? 0) ||
        (this.insideText[leaf.row] ?? false);
      if (startsRow && current && !continues) {
        // A backslash at the end of the previous line joins it to this one.
        const prev = this.leaves[i - 1] as Leaf;
        const between = code.slice(prev.end, leaf.start);
        continues = !prev.comment && /\\\r?\n/.test(between);
      }
      if (startsRow && !continues) {
        current = { row: leaf.row, first: i, last: i };
        result.push(current);
      } else if (current) {
        current.last = i;
      }
      if (leaf.type === leaf.text && Object.hasOwn(openers, leaf.text)) depth++;
      else if (leaf.type === leaf.text && closers.has(leaf.text) && depth > 0) depth--;
      reach = Math.max(reach, leaf.end);
    }
    return result;
  }

  /** Python: `if`, `for`, `def`… lines end with `:`. */
  private checkColonHeaders(headers: ColonHeaders): void {
    const lines = this.logicalLines();
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n] as LogicalLine;
      let first = this.leaves[line.first] as Leaf;
      let firstIndex = line.first;
      if (first.text === 'async' && line.first < line.last) {
        firstIndex++;
        first = this.leaves[firstIndex] as Leaf;
      }
      const article = Object.hasOwn(headers.keywords, first.text)
        ? headers.keywords[first.text]
        : undefined;
      if (!article) continue;
      if (headers.soft.includes(first.text)) {
        const second = this.leaves[firstIndex + 1];
        if (
          !second ||
          second.row !== first.row ||
          (/^[^\w\s'"]/.test(second.text) && second.text !== '(')
        )
          continue;
      }
      if (this.hasColon(line)) continue;
      let last = this.lastCodeLeafOf(line);
      if (!last) continue;
      // A block line without `:` is always wrong (the caller runs this only when the tree has
      // errors). A soft keyword may be a plain name, so it also needs tree-sitter to have stumbled
      // on its line or the next.
      if (headers.soft.includes(first.text)) {
        const next = lines[n + 1];
        const until = next ? (this.leaves[next.last] as Leaf).end : last.end;
        if (!this.errorWithin(first.start, until)) continue;
      }
      const what = `${article} \`${first.text}\``;
      // `if x {` spans its braces as one logical line: what ends the first row is what matters.
      const rowLast = this.lastCodeLeaf(first.row);
      if (rowLast && rowLast !== first && headers.insteadOfColon.includes(rowLast.text))
        last = rowLast;
      if (headers.insteadOfColon.includes(last.text) && last !== first) {
        this.add(
          last.start,
          `${this.name} expects \`:\` at the end of ${what} line, not \`${last.text}\``,
          PRIORITY.structure,
        );
      } else {
        this.add(
          last.end,
          `${this.name} expects \`:\` at the end of ${what} line`,
          PRIORITY.structure,
        );
      }
    }
  }

  /**
   * Python: indentation marks blocks. tree-sitter accepts some indentation Python rejects (a line
   * indented for no reason, a dedent to a level never used), so this follows Python's own rules.
   */
  private checkIndentation(): void {
    const keywords = this.hints.colonHeaders?.keywords ?? {};
    const levels = [0];
    let expectIndent: { keyword: string; row: number } | null = null;
    let headerLike = false;
    for (const line of this.logicalLines()) {
      const first = this.leaves[line.first] as Leaf;
      if (first.comment) continue;
      const indent = this.lines.indent(line.row);
      const top = levels[levels.length - 1] as number;
      if (expectIndent) {
        if (indent <= top) {
          this.add(
            first.start,
            `${this.name} expects an indented block after the ${expectIndent.keyword} on line ${expectIndent.row + 1}`,
          );
        }
      } else if (indent > top && !headerLike) {
        this.add(
          first.start,
          `${this.name} did not expect this line to be indented: only the lines after one ending in \`:\` are indented, so line it up with the line above`,
        );
      }
      if (indent > top) levels.push(indent);
      else if (indent < top) {
        while (levels.length > 1 && (levels[levels.length - 1] as number) > indent) levels.pop();
        if ((levels[levels.length - 1] as number) !== indent) {
          this.add(
            first.start,
            `This line's indentation does not match any line above it: ${this.name} needs it lined up exactly with the block it belongs to`,
          );
          levels.push(indent);
        }
      }
      let last: Leaf | undefined;
      for (let i = line.last; i >= line.first; i--) {
        const leaf = this.leaves[i] as Leaf;
        if (!leaf.comment) {
          last = leaf;
          break;
        }
      }
      const word = first.text === 'async' ? (this.leaves[line.first + 1]?.text ?? '') : first.text;
      const isKeyword = Object.hasOwn(keywords, word);
      expectIndent =
        last?.text === ':' ? { keyword: isKeyword ? `\`${word}\`` : 'line', row: line.row } : null;
      // A block line missing its `:` is reported by the colon check; its body's indentation is fine.
      headerLike = !expectIndent && isKeyword && last !== undefined && last.text !== ':';
    }
    if (expectIndent) {
      this.add(
        this.rowCodeEnd(expectIndent.row),
        `${this.name} expects an indented block after the ${expectIndent.keyword} on line ${expectIndent.row + 1}`,
      );
    }
  }

  /** A string opener that tree-sitter left on its own inside an ERROR was never closed. */
  private checkStrings(): void {
    const openers = this.hints.stringOpeners;
    for (const leaf of this.leaves) {
      if (!openers.includes(leaf.type) || leaf.parentType !== 'ERROR') continue;
      // `f"` and `"""` close with `"` and `"""`, Ruby's `%q(` with `)`: drop the prefix letters.
      const opener = leaf.text.replace(/^%?[A-Za-z]*/, '') || '"';
      const quote = Object.hasOwn(this.hints.brackets, opener)
        ? (this.hints.brackets[opener] as string)
        : opener;
      this.add(
        this.rowCodeEnd(leaf.row),
        `This string on line ${leaf.row + 1} is never closed: add \`${quote}\` at its end`,
        PRIORITY.unclosed,
      );
    }
  }

  private checkBrackets(): void {
    const openers = this.hints.brackets;
    const closerOf = new Map<string, string>();
    for (const [open, close] of Object.entries(openers)) closerOf.set(close, open);
    const stack: Leaf[] = [];
    const unclosed = (leaf: Leaf) => {
      const row = this.blockLastRow(leaf.row);
      this.add(
        this.rowCodeEnd(row),
        `This \`${leaf.text}\` on line ${leaf.row + 1} is never closed: add \`${openers[leaf.text] as string}\``,
        PRIORITY.unclosed,
      );
    };
    const textNodes = new Set(this.hints.textNodes);
    for (const leaf of this.leaves) {
      // The `)` of Ruby's `%w(a b)` closes a string, not a bracket.
      if (leaf.type !== leaf.text || textNodes.has(leaf.parentType)) continue;
      if (Object.hasOwn(openers, leaf.text)) {
        stack.push(leaf);
        continue;
      }
      if (!closerOf.has(leaf.text)) continue;
      let match = -1;
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - BRACKET_SEARCH_DEPTH; i--) {
        if (openers[(stack[i] as Leaf).text] === leaf.text) {
          match = i;
          break;
        }
      }
      if (match < 0) {
        this.add(
          leaf.start,
          `This \`${leaf.text}\` has no \`${closerOf.get(leaf.text) as string}\` before it to close: remove it`,
        );
        continue;
      }
      while (stack.length - 1 > match) unclosed(stack.pop() as Leaf);
      stack.pop();
    }
    while (stack.length > 0) unclosed(stack.pop() as Leaf);
    for (const { node } of this.missing) {
      if (closerOf.has(node.type)) this.explainedMissing.add(node);
    }
  }

  /**
   * Ruby: each `if`, `def`, `do`… needs its `end`. Where tree-sitter matched a block, its `end` is
   * either there or a MISSING node naming the block. Where it gave up, the keywords lie loose in an
   * ERROR node, and counting openers against `end`s there finds the block left open.
   */
  private checkEndBlocks(blocks: EndBlocks): void {
    const closer = blocks.closer;
    const report = (keyword: string, row: number) => {
      this.add(
        this.rowCodeEnd(this.blockLastRow(row, blocks.middles)),
        `${this.name} expects \`${closer}\` to close the \`${keyword}\` on line ${row + 1}`,
      );
    };
    const fromMissing: { keyword: string; row: number }[] = [];
    for (const { node, parent } of this.missing) {
      if (node.type !== closer) continue;
      this.explainedMissing.add(node);
      const first = this.firstLeafIn(parent);
      const keyword = first && blocks.openers.includes(first.text) ? first.text : parent.type;
      fromMissing.push({ keyword, row: this.lines.row(parent.startIndex) });
    }
    const stack: { leaf: Leaf; takesDo: boolean }[] = [];
    for (let i = 0; i < this.leaves.length; i++) {
      const leaf = this.leaves[i] as Leaf;
      if (leaf.type !== leaf.text || leaf.parentType !== 'ERROR') continue;
      if (leaf.text === closer) {
        if (stack.pop() === undefined) {
          this.add(leaf.start, `This \`${closer}\` has no block to close: remove it`);
        }
        continue;
      }
      if (!blocks.openers.includes(leaf.text)) continue;
      if (this.isModifier(i, blocks)) continue;
      const top = stack[stack.length - 1];
      if (leaf.text === 'do' && top?.takesDo && top.leaf.row === leaf.row) {
        top.takesDo = false;
        continue;
      }
      stack.push({ leaf, takesDo: blocks.takesDo.includes(leaf.text) });
    }
    const fromCount = stack.map((entry) => entry.leaf).reverse();
    // Indentation says best which block lost its `end`: tree-sitter and the count above both pair
    // an `end` with the nearest open block, and so blame the outer `def` when an inner `if` lacks it.
    const fromIndent = this.unclosedByIndentation(blocks);
    if (fromIndent.length > 0) {
      for (const leaf of fromIndent) report(leaf.text, leaf.row);
      return;
    }
    for (const m of fromMissing) report(m.keyword, m.row);
    // With a MISSING `end` tree-sitter has already said which block is open; the count would only
    // repeat it less precisely.
    if (fromMissing.length > 0) return;
    for (const leaf of fromCount) report(leaf.text, leaf.row);
  }

  /**
   * A keyword after an expression on its line is a modifier (`x if y`) needing no `end`; after
   * `=`, `(` and the like it starts a block whose value is used (`x = if y … end`).
   */
  private isModifier(i: number, blocks: EndBlocks): boolean {
    const leaf = this.leaves[i] as Leaf;
    const prev = this.leaves[i - 1];
    if (!blocks.modifiers.includes(leaf.text) || this.rowFirst[leaf.row] === i) return false;
    if (!prev || prev.row !== leaf.row) return false;
    return !/^[=(,|&]|^(then|else|do|begin)$/.test(prev.text);
  }

  /**
   * Pairs every block keyword with an `end` at the same indentation. An `end` that lines up with
   * an outer block leaves the inner blocks between them open. Empty when the code's indentation
   * does not line its `end`s up with their blocks (then it says nothing about which is open).
   */
  private unclosedByIndentation(blocks: EndBlocks): Leaf[] {
    const stack: { leaf: Leaf; indent: number; takesDo: boolean }[] = [];
    const unclosed: Leaf[] = [];
    for (let i = 0; i < this.leaves.length; i++) {
      const leaf = this.leaves[i] as Leaf;
      if (leaf.type !== leaf.text) continue;
      const firstOnRow = this.rowFirst[leaf.row] === i;
      if (leaf.text === blocks.closer) {
        if (!firstOnRow) {
          stack.pop();
          continue;
        }
        const indent = this.lines.indent(leaf.row);
        let match = -1;
        for (let k = stack.length - 1; k >= 0 && k >= stack.length - BRACKET_SEARCH_DEPTH; k--) {
          if ((stack[k] as { indent: number }).indent === indent) {
            match = k;
            break;
          }
        }
        if (match < 0) {
          stack.pop();
          continue;
        }
        while (stack.length - 1 > match) unclosed.push((stack.pop() as { leaf: Leaf }).leaf);
        stack.pop();
        continue;
      }
      if (!blocks.openers.includes(leaf.text)) continue;
      // A block the grammar parsed without any `end` needs none (`def f = 1`, `x if y`).
      const parent = leaf.parent;
      // (A `while` is closed through its body: the `do` node holding the `end`.)
      if (parent && parent.type !== 'ERROR') {
        const closedBy = blocks.takesDo.includes(leaf.text)
          ? ['do', blocks.closer]
          : [blocks.closer];
        if (!parent.children.some((c) => closedBy.includes(c.type))) continue;
      }
      if (this.isModifier(i, blocks)) continue;
      const top = stack[stack.length - 1];
      if (leaf.text === 'do' && top?.takesDo && top.leaf.row === leaf.row) {
        top.takesDo = false;
        continue;
      }
      stack.push({
        leaf,
        indent: this.lines.indent(leaf.row),
        takesDo: blocks.takesDo.includes(leaf.text),
      });
    }
    for (let k = stack.length - 1; k >= 0; k--) unclosed.push((stack[k] as { leaf: Leaf }).leaf);
    return unclosed.sort((a, b) => a.start - b.start);
  }

  /** Plain messages for the MISSING and ERROR nodes no check above accounts for. */
  private explainRest(): void {
    const specific = this.findings.map((f) => f.index).sort((a, b) => a - b);
    const anyWithin = (from: number, to: number) => {
      let lo = 0;
      let hi = specific.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((specific[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < specific.length && (specific[lo] as number) <= to;
    };
    // A problem already explained confuses the parser for a few lines after it; what it stumbles
    // on there is a knock-on of the same mistake.
    const knockOnFrom = (index: number) =>
      this.lines.starts[Math.max(0, this.lines.row(index) - KNOCK_ON_ROWS)] ?? 0;
    for (const { node, parent } of this.missing) {
      if (this.explainedMissing.has(node)) continue;
      if (anyWithin(Math.min(parent.startIndex, knockOnFrom(node.startIndex)), parent.endIndex))
        continue;
      const quoted = node.named ? null : this.quote(node.type);
      const what = quoted === null ? 'something more' : `\`${quoted}\``;
      this.add(node.startIndex, `${this.name} expects ${what} here`);
    }
    for (const { node, parent } of this.errors) {
      // A knock-on error inside a statement already explained would only confuse.
      const scope = parent && parent !== this.root ? parent : node;
      if (anyWithin(Math.min(scope.startIndex, knockOnFrom(node.startIndex)), scope.endIndex))
        continue;
      const leaf = this.firstLeafIn(node);
      const quoted = leaf ? this.quote(leaf.text) : null;
      if (leaf && quoted !== null) {
        this.add(
          leaf.start,
          `${this.name} cannot make sense of \`${quoted}\` here: check this line for a missing or extra word or symbol`,
        );
      } else {
        this.add(
          node.startIndex,
          `${this.name} cannot make sense of this line: check it for a missing or extra word or symbol`,
        );
      }
    }
  }

  /** The first leaf starting at or after `index`. */
  private firstLeafFrom(index: number): Leaf | undefined {
    let lo = 0;
    let hi = this.leaves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.leaves[mid] as Leaf).start < index) lo = mid + 1;
      else hi = mid;
    }
    return this.leaves[lo];
  }

  private firstLeafIn(node: SyntaxNode): Leaf | undefined {
    const leaf = this.firstLeafFrom(node.startIndex);
    return leaf && leaf.start < node.endIndex ? leaf : undefined;
  }

  private finish(): Diagnostic[] {
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    const ordered = this.findings
      .map((f, order) => ({ ...f, order, ...this.lines.position(f.index) }))
      .sort(
        (a, b) =>
          a.line - b.line || a.column - b.column || b.priority - a.priority || a.order - b.order,
      );
    for (const f of ordered) {
      const key = `${f.line}:${f.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ line: f.line, column: f.column, message: f.message });
      if (out.length === MAX_DIAGNOSTICS) break;
    }
    return out;
  }
}
