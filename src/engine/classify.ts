/**
 * Stage 4, classify and explain: groups the aligner's occurrences into the differences a learner
 * should notice (every `:` Python adds is one difference with all its places), and writes each
 * one's summary, in the spirit of the lesson's bullets, and its explanation, from the words of the
 * two language modules.
 */
import { CATEGORY_ORDER, MARK_CATEGORIES } from '../concepts.js';
import { ideaOf, type LanguageModule } from '../languages/language.js';
import { linesPhrase } from './spelling.js';
import type { Category, Difference, DifferenceKind, Row, Token } from '../types.js';
import { tokenSpan, type Occurrence } from './align.js';
import { explain, writtenOtherwise } from './explain.js';
import { PRINTING_IDEAS, type ConceptId } from '../vocabulary.js';

export interface Side {
  language: LanguageModule;
  tokens: readonly Token[];
  /** Token indices that are not in the code as written (a typo's repair put them there). */
  hidden?: ReadonlySet<number>;
  /**
   * The hidden tokens replace written ones (`===` for a mistyped `=`): a place they leave empty
   * is not a place where the code as written has nothing.
   */
  hiddenReplace?: boolean;
}

interface Group {
  category: Category;
  kind: DifferenceKind;
  left: number[];
  right: number[];
  leftText: string;
  rightText: string;
  contexts: Set<ConceptId>;
  /** The concepts whose syntax its marks are (a condition's parentheses are `parens`'). */
  sites: Set<ConceptId>;
  /** How the constructs it belongs to are named on the side that has it (two at most: see the loop). */
  contextHeads: Set<string>;
  /** Parentheses with nothing inside: a call with no arguments. */
  empty: boolean;
  /** Empty call parentheses whose call still has an argument, handed to it from before it. */
  piped: boolean;
  /** For a value written in another form, the values on each side, in order met. */
  examples: { left: string[]; right: string[] };
  /** The first occurrence: its nodes, site and form stand for the group's. */
  first: Occurrence;
}

/**
 * Turns occurrences into grouped, explained differences, in the order a reader meets them in the
 * side-by-side view (`rows`).
 */
export function classify(
  occurrences: readonly Occurrence[],
  left: Side,
  right: Side,
  rows: readonly Row[],
): Difference[] {
  const leftRow = rowOfLine(rows, 'left');
  const rightRow = rowOfLine(rows, 'right');
  /** Where a difference first shows: the earlier of its sides' first tokens, by row then column. */
  const place = (lt: Token[], rt: Token[]) => {
    const l = lt[0];
    const r = rt[0];
    const rowL = l ? (leftRow[l.line] ?? Infinity) : Infinity;
    const rowR = r ? (rightRow[r.line] ?? Infinity) : Infinity;
    return rowL <= rowR
      ? { row: rowL, column: l?.column ?? 0 }
      : { row: rowR, column: r?.column ?? 0 };
  };
  // Groups in the order first met, found by what they are (category, kind, and the kind of
  // parentheses or the form), then by each side's text. Nested maps rather than one joined
  // string: no side's text, whatever characters it holds, can run into the other's.
  const groups: Group[] = [];
  const index = new Map<string, Map<string, Map<string, Group>>>();
  const shownOnly = (side: Side, indices: readonly number[]) =>
    side.hidden && indices.some((i) => side.hidden?.has(i))
      ? indices.filter((i) => !side.hidden?.has(i))
      : indices;
  for (const raw of occurrences) {
    // A token only the repair of a typo wrote is nowhere in the code as written.
    const left0 = shownOnly(left, raw.left);
    const right0 = shownOnly(right, raw.right);
    if (left0.length === 0 && right0.length === 0) continue;
    // The repair's own replacement, against the other side: the error reported there says it.
    if (replacedAway(left, raw.left, left0) || replacedAway(right, raw.right, right0)) continue;
    // A `changed` place whose one side only the repair wrote is the other side's alone.
    const kind: DifferenceKind =
      raw.kind !== 'changed'
        ? raw.kind
        : left0.length === 0
          ? 'right-only'
          : right0.length === 0
            ? 'left-only'
            : 'changed';
    const o =
      left0 === raw.left && right0 === raw.right
        ? raw
        : { ...raw, kind, left: left0, right: right0 };
    // A declared type reads as code (`List<String>`), not as separate marks.
    const mode = o.whole || o.category === 'type' ? 'expression' : o.category;
    // Places group when both sides read exactly alike; parentheses around parameters and around
    // arguments are different lessons.
    const around =
      o.category !== 'call-parens'
        ? ''
        : PARAMETER_CONTEXTS.has(o.context)
          ? 'params'
          : emptyParens(right.tokens, o.right) || emptyParens(left.tokens, o.left)
            ? // A piped call's `()` are empty, but the call has its argument (`x |> f()`).
              o.nodes.left?.variant === 'piped' || o.nodes.right?.variant === 'piped'
              ? 'piped'
              : 'empty'
            : '';
    // A value written in another form (a symbol for a string) is one lesson, whatever the value;
    // so is every type a side declares (`int`, `String`): one lesson on declared types; so is
    // every name whose words each side joins its own way (`middleName`, `middle_name`); so is
    // every word-like value each side capitalizes its own way (`true`, `True`; `false`, `False`);
    // so is every constructor one side names after its class (`Box0`, `Box1`) and the other
    // spells one way (`initialize`), and every object's own variable each side reaches its way
    // (`@x`, `@y`; `self.x`, `self.y`).
    const form =
      o.category === 'literal' && o.form === 'symbol'
        ? 'form:symbol'
        : o.category === 'type'
          ? 'form:type'
          : o.form === 'case'
            ? 'form:case'
            : // Every `when` value against the comparison written out for it (`80...90`,
              // `80 <= score < 90`) is one lesson too.
              o.form === 'tested'
              ? 'form:tested'
              : o.category === 'literal' && o.kind === 'changed' && sameWordButCase(left, o, right)
                ? 'form:capitals'
                : ownNames(o)
                  ? `form:${ownNames(o)}`
                  : '';
    // A delimiter is a lesson of the construct it sits in: `:` for a default and `:` for a
    // keyword argument are two.
    const where = o.category === 'delimiter' ? o.site : '';
    const what = `${o.category}|${o.kind}|${form || around}|${o.form ?? ''}|${where}`;
    // Comments that start with other markers (`//`, `#`) are one lesson, whatever they say.
    const markers =
      o.category === 'comment' && o.kind === 'changed' && o.nodes.left && o.nodes.right
        ? { left: o.nodes.left.headText, right: o.nodes.right.headText }
        : null;
    const leftKey = form ? '' : (markers?.left ?? textKey(left.tokens, o.left, mode));
    const rightKey = form ? '' : (markers?.right ?? textKey(right.tokens, o.right, mode));
    let byLeft = index.get(what);
    if (!byLeft) index.set(what, (byLeft = new Map()));
    let byRight = byLeft.get(leftKey);
    if (!byRight) byLeft.set(leftKey, (byRight = new Map()));
    let group = byRight.get(rightKey);
    if (!group) {
      group = {
        category: o.category,
        kind: o.kind,
        left: [],
        right: [],
        leftText: markers?.left ?? shown(left.tokens, o.left, mode),
        rightText: markers?.right ?? shown(right.tokens, o.right, mode),
        contexts: new Set(),
        sites: new Set(),
        contextHeads: new Set(),
        empty: around === 'empty',
        piped: around === 'piped',
        examples: { left: [], right: [] },
        first: o,
      };
      groups.push(group);
      byRight.set(rightKey, group);
    }
    if (form) {
      const l = shown(left.tokens, o.left, mode);
      const r = shown(right.tokens, o.right, mode);
      if (!group.examples.left.includes(l)) group.examples.left.push(l);
      if (!group.examples.right.includes(r)) group.examples.right.push(r);
    }
    // One lesson with every place of an object's own variables: a place in a form of its own
    // (Python's `self._cents`, private by convention) stands for them all, so its words are said.
    const formed = (x: Occurrence) => Boolean(x.nodes.left?.variant ?? x.nodes.right?.variant);
    if (form === 'form:field' && !formed(group.first) && formed(o)) group.first = o;
    for (const i of o.left) group.left.push(i);
    for (const i of o.right) group.right.push(i);
    group.contexts.add(o.context);
    group.sites.add(o.site);
    // The summary names the construct as this side spells it ("around what `print` prints")
    // when there is one: past two names, more tell it nothing.
    if (NAMED_BY_OWNER.has(o.category) && group.contextHeads.size < 2) {
      const onLeft = o.kind === 'left-only' || !o.owner.right;
      const owner = onLeft ? o.owner.left : o.owner.right;
      const tokens = onLeft ? left.tokens : right.tokens;
      const head = owner ? (owner.headText ?? shown(tokens, owner.head, 'expression')) : '';
      if (head) group.contextHeads.add(head);
      // A block of a construct no word spells (a method in a language without `def`) is one
      // more kind of block: the summary then speaks of blocks, not of the one it can name.
      else if (o.category === 'block-end') group.contextHeads.add('');
    }
  }

  // Each group's places once, and where it first shows (computed once, not per comparison).
  const ordered = [];
  for (const g of groups) {
    const leftIndices = unique(g.left);
    const rightIndices = unique(g.right);
    const lt = leftIndices.map((i) => left.tokens[i] as Token);
    const rt = rightIndices.map((i) => right.tokens[i] as Token);
    const at = place(lt, rt);
    const rank = CATEGORY_ORDER.indexOf(g.category);
    ordered.push({ group: g, leftIndices, rightIndices, lt, rt, at, rank });
  }
  ordered.sort((x, y) => x.at.row - y.at.row || x.at.column - y.at.column || x.rank - y.rank);

  return ordered.map((d, index) => ({
    id: `d${index + 1}`,
    category: d.group.category,
    kind: d.group.kind,
    left: d.lt,
    right: d.rt,
    summary: summarize(d.group, d.lt, d.rt, d.leftIndices, d.rightIndices, left, right),
    explanation: explain(d.group, left, right),
  }));
}

/**
 * Names every instance of which each side spells its own way, one lesson whatever the name:
 * constructors (`Box0`, `Box1` against `initialize`) and an object's own variables (`@x`, `@y`
 * against `self.x`, `self.y`). `undefined` for any other place.
 */
const ownNames = (o: Occurrence): 'constructor' | 'field' | undefined => {
  if (o.category !== 'naming' || o.kind !== 'changed') return undefined;
  const { left, right } = o.nodes;
  if (left?.concept === 'field' && right?.concept === 'field') return 'field';
  const constructor = (n: typeof left) => n?.concept === 'method-name' && n.key === 'constructor';
  return constructor(left) && constructor(right) ? 'constructor' : undefined;
};

/** A place whose only tokens a repair wrote in place of written ones. */
const replacedAway = (side: Side, before: readonly number[], after: readonly number[]) =>
  side.hiddenReplace === true && before.length > 0 && after.length === 0;

/**
 * For each line of one side, the index of its row (later rows win, as rows list each line once);
 * `undefined` for lines no row shows.
 */
function rowOfLine(rows: readonly Row[], side: 'left' | 'right'): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const line = (rows[i] as Row)[side];
    if (line !== null) out[line] = i;
  }
  return out;
}

/**
 * The distinct indices in increasing order. Places mostly arrive in order already: then the list
 * itself, unchanged (callers only read it).
 */
function unique(indices: readonly number[]): readonly number[] {
  for (let k = 1; k < indices.length; k++) {
    if ((indices[k] as number) <= (indices[k - 1] as number)) {
      // A typed array sorts numbers as numbers, in place: no set, no comparator calls.
      const sorted = Float64Array.from(indices).sort();
      const out: number[] = [];
      for (const i of sorted) if (out[out.length - 1] !== i) out.push(i);
      return out;
    }
  }
  return indices;
}

const MAX_SHOWN = 48;

/** Categories whose summary names the construct they belong to. */
const NAMED_BY_OWNER = new Set<Category>(['call-parens', 'block-end']);

/** Constructs whose parentheses hold parameters rather than arguments. */
const PARAMETER_CONTEXTS = new Set(['def', 'lambda', 'params']);

/**
 * How a run of tokens reads in a summary: the tokens of one line keep their original spacing
 * (`age % 2 == 1`); pairs such as `(` `)` or `|` `|` on one line join as `()`, `||`.
 */
function shown(tokens: readonly Token[], indices: readonly number[], category: Category): string {
  if (indices.length === 0) return '';
  if (indices.length === 1) return (tokens[indices[0] as number] as Token).text;
  const order = unique(indices);
  let list = order.map((i) => tokens[i] as Token);
  if (MARK_CATEGORIES.has(category)) {
    // Marks read as what they are: two calls' `( ) ( )` are `()`, a string's two `"` are `"`.
    const seen = new Set<string>();
    list = list.filter((t) => !seen.has(t.text) && seen.add(t.text));
  }
  const marks = MARK_CATEGORIES.has(category);
  let out = '';
  let previous: Token | undefined;
  list.forEach((t, k) => {
    if (previous) {
      // Words apart in the code read apart in the summary: `for … in`, `? … :`.
      const apart = !marks && (order[k] ?? 0) - (order[k - 1] ?? 0) > 1;
      const gap =
        previous.line === t.line ? t.column - (previous.column + previous.text.length) : 1;
      // Distinct marks are listed apart (`" #{`); code keeps its own spacing.
      out += apart ? ' … ' : marks || gap > 0 ? ' ' : '';
    }
    out += t.text;
    previous = t;
  });
  // Paired marks on separate places read best as the pair: `( )` → `()` when nothing is inside.
  const pairs: Record<string, string> = { '( )': '()', '| |': '||', '{ }': '{}', '[ ]': '[]' };
  const normal = out.replace(/\s+/g, ' ');
  if (list.length === 2 && pairs[`${list[0]?.text} ${list[1]?.text}`] && normal.length > 2) {
    return `${list[0]?.text}${list[1]?.text}`;
  }
  return normal.length > MAX_SHOWN ? `${normal.slice(0, MAX_SHOWN - 1)}…` : normal;
}

/**
 * What a run of tokens says, for grouping: their texts (each distinct mark once). Cheaper than
 * `shown`, which spells the group's text once.
 */
function textKey(tokens: readonly Token[], indices: readonly number[], category: Category): string {
  if (indices.length === 1) return (tokens[indices[0] as number] as Token).text;
  if (MARK_CATEGORIES.has(category)) {
    // Each distinct text once, in order: a mark has a few tokens, most often two (`(`, `)`).
    const texts: string[] = [];
    for (const i of indices) {
      const text = (tokens[i] as Token).text;
      if (!texts.includes(text)) texts.push(text);
    }
    if (texts.length === 1) return texts[0] as string;
    // Two in order without `sort`, which copies even a list of two.
    const [a, b] = texts as [string, string];
    if (texts.length === 2) return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
    return texts.sort().join('\u0001');
  }
  // Code: its texts in order, joined (as `join` would, without the list).
  let key = '';
  for (let k = 0; k < indices.length; k++) {
    if (k > 0) key += '\u0001';
    key += (tokens[indices[k] as number] as Token).text;
  }
  return key;
}

/** Two spellings of one word that differ only in capitals: `true` and `True`. */
function isWordButCase(left: string, right: string): boolean {
  return left !== right && /^[A-Za-z]+$/.test(left) && left.toLowerCase() === right.toLowerCase();
}

function sameWordButCase(left: Side, o: Occurrence, right: Side): boolean {
  return isWordButCase(
    o.left.map((i) => left.tokens[i]?.text ?? '').join(''),
    o.right.map((i) => right.tokens[i]?.text ?? '').join(''),
  );
}

/** A `(` directly followed by `)`: the parentheses of a call with no arguments. */
function emptyParens(tokens: readonly Token[], indices: readonly number[]): boolean {
  if (indices.length !== 2) return false;
  const open = tokens[indices[0] as number];
  const close = tokens[indices[1] as number];
  return (
    open?.text === '(' &&
    close?.text === ')' &&
    open.line === close.line &&
    close.column === open.column + 1
  );
}

/**
 * Code in a sentence, between backticks; code that holds a backtick (a template literal's) goes
 * between two, with a space inside each, as Markdown writes it: ``` `` `hi` `` ```.
 */
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** Values listed in a sentence: `a`, `b`, `c`, … (at most four). */
const listed = (xs: readonly string[]) =>
  xs.length > 4 ? `${xs.slice(0, 4).map(code).join(', ')}, …` : xs.map(code).join(', ');

/** Token indices grouped by the line they stand on, in order. */
function linesOf(tokens: readonly Token[], indices: readonly number[]): number[][] {
  const out: number[][] = [];
  let line = -1;
  for (const i of indices) {
    const t = tokens[i] as Token;
    if (t.line !== line) {
      out.push([]);
      line = t.line;
    }
    (out[out.length - 1] as number[]).push(i);
  }
  return out;
}

/**
 * The shape of an interpolating string from its differing marks: `" #{` reads `"…#{…}…"`,
 * `f" {` reads `f"…{…}…"`. `undefined` when the marks are not a quote and an opener.
 */
function interpolation(marks: string): string | undefined {
  const [quote, opener] = marks.split(' ');
  if (!quote || !opener || !/^[a-zA-Z]*["'`]+$/.test(quote) || !/\{$/.test(opener))
    return undefined;
  const close = quote.replace(/^[a-zA-Z]+/, '');
  return `${quote}…${opener}…}…${close}`;
}

function summarize(
  g: Group,
  lt: Token[],
  rt: Token[],
  leftIndices: readonly number[],
  rightIndices: readonly number[],
  leftSide: Side,
  rightSide: Side,
): string {
  const L = leftSide.language.info.name;
  const R = rightSide.language.info.name;
  if (g.kind === 'changed') {
    const leftLines = linesPhrase(lt);
    const rightLines = linesPhrase(rt);
    const where =
      leftLines === rightLines
        ? `on ${leftLines} where ${R} writes ${code(g.rightText)}`
        : `on ${leftLines} where ${R} writes ${code(g.rightText)} on ${rightLines}`;
    const modifier =
      g.first.form === 'modifier-left'
        ? 'left'
        : g.first.form === 'modifier-right'
          ? 'right'
          : null;
    if (g.category === 'keyword' && modifier) {
      const [M, F, mText, fText, mLines, fLines] =
        modifier === 'left'
          ? [L, R, g.leftText, g.rightText, leftLines, rightLines]
          : [R, L, g.rightText, g.leftText, rightLines, leftLines];
      return `${M} puts ${code(mText)} after the statement it guards on ${mLines}; ${F} writes a whole ${code(fText)} block on ${fLines}.`;
    }
    const rightWhere = leftLines === rightLines ? '' : ` on ${rightLines}`;
    if (g.first.form === 'defaults') {
      return `${L} gives the parameter the default ${code(g.leftText)} on ${leftLines} where ${R} gives ${code(g.rightText)}${rightWhere}: the two languages make a default value at different times.`;
    }
    if (g.first.form === 'argument-order') {
      const call = g.first.nodes.left;
      const word = call ? shown(leftSide.tokens, call.head, 'expression') : '';
      return `${L} gives ${code(word)} ${code(g.leftText)} on ${leftLines} where ${R} gives it ${code(g.rightText)}${rightWhere}: the same arguments, in another order.`;
    }
    if (g.first.form === 'order') {
      return `${L} takes ${code(g.leftText)} on ${leftLines} where ${R} takes ${code(g.rightText)}${rightWhere}: the item and its position come in opposite orders.`;
    }
    if (g.category === 'behaviour' && g.first.form !== 'truthiness') {
      const owner = g.first.nodes.left;
      const word = owner ? shown(leftSide.tokens, owner.head, 'expression') : '';
      return `${L} writes ${code(g.leftText)} on ${leftLines} where ${R} writes ${code(g.rightText)}${leftLines === rightLines ? '' : ` on ${rightLines}`}: ${code(word)} acts differently in the two languages.`;
    }
    if (g.first.form === 'truthiness') {
      return `${L} tests ${code(g.leftText)} on ${leftLines} where ${R} tests ${code(g.rightText)} on ${rightLines}: the two languages count different values as false.`;
    }
    if (ownNames(g.first)) {
      // Each class's constructor, named after it (`Box0`, `Box1`), against the one name the
      // other side gives them all (`initialize`); each field as each side reaches it: one
      // lesson, every place of it.
      return `${L} writes ${listed(g.examples.left)} on ${leftLines} where ${R} writes ${listed(g.examples.right)}${rightWhere}.`;
    }
    if (g.first.form === 'case') {
      return `${L} writes the names ${listed(g.examples.left)} on ${leftLines} where ${R} writes ${listed(g.examples.right)}${rightWhere}: the same words, joined another way.`;
    }
    if (g.category === 'literal' && isWordButCase(g.leftText, g.rightText)) {
      return `${L} writes ${listed(g.examples.left)} on ${leftLines} where ${R} writes ${listed(g.examples.right)}${rightWhere}.`;
    }
    if (g.first.form === 'tested' && g.examples.left.length > 0) {
      return `${L} writes ${listed(g.examples.left)} on ${leftLines} where ${R} writes ${listed(g.examples.right)}${rightWhere}.`;
    }
    if (g.category === 'type') {
      return `${L} declares the types ${listed(g.examples.left)} on ${leftLines} where ${R} writes ${listed(g.examples.right)}${rightWhere}.`;
    }
    if (g.examples.left.length > 0) {
      const list = (xs: string[]) =>
        xs.length > 3 ? `${xs.slice(0, 3).map(code).join(', ')}, …` : xs.map(code).join(', ');
      // The side that writes symbols speaks first, whichever side it is on.
      const leftSymbols = g.first.nodes.left?.variant === 'symbol';
      const [S, O, symbols, strings, lines] = leftSymbols
        ? [L, R, g.examples.left, g.examples.right, leftLines]
        : [R, L, g.examples.right, g.examples.left, rightLines];
      const many = symbols.length > 1;
      return `${S} writes ${many ? 'the values' : ''} ${list(symbols)} as ${many ? 'symbols' : 'a symbol'} on ${lines} where ${O} writes ${many ? 'strings' : 'a string'}: ${list(strings)}.`.replace(
        '  ',
        ' ',
      );
    }
    switch (g.category) {
      case 'string': {
        const l = interpolation(g.leftText);
        const r = interpolation(g.rightText);
        if (l && r) {
          return `${L} puts values into a string with ${code(l)} ${where.replace(code(g.rightText), code(r))}.`;
        }
        return `${L} writes ${code(g.leftText)} ${where}.`;
      }
      case 'builtin':
        return `${L} uses ${code(g.leftText)} ${where.replace(` writes `, ` uses `)}.`;
      case 'block-start':
        return `${L} opens the block with ${code(g.leftText)} ${where}.`;
      case 'block-end':
        return `${L} closes the block with ${code(g.leftText)} ${where}.`;
      case 'comment':
        return `${L} starts a comment with ${code(g.leftText)} ${where.replace(` writes `, ` starts one with `)}.`;
      case 'delimiter': {
        // A block's `|x|` against another language's delimiters around its loop variable.
        const leftSite = g.first.site;
        const rightSite = g.first.rightSite ?? leftSite;
        const bars = (t: string, site: string) => (t === '|' || t === '||') && site === 'params';
        const barsText = `the block's parameters between ${code('|')} bars`;
        if (bars(g.rightText, rightSite) && !bars(g.leftText, leftSite)) {
          return `${L} writes ${code(g.leftText)} on ${leftLines} where ${R} puts ${barsText}${rightWhere}.`;
        }
        if (bars(g.leftText, leftSite) && !bars(g.rightText, rightSite)) {
          return `${L} puts ${barsText} on ${leftLines} where ${R} writes ${code(g.rightText)}${rightWhere}.`;
        }
        return `${L} writes ${code(g.leftText)} ${where}.`;
      }
      default:
        return `${L} writes ${code(g.leftText)} ${where}.`;
    }
  }
  const [S, O, tokens, text, heads] =
    g.kind === 'left-only'
      ? [L, R, lt, g.leftText, g.contextHeads]
      : [R, L, rt, g.rightText, g.contextHeads];
  const lines = linesPhrase(tokens);
  const side = g.kind === 'left-only' ? leftSide : rightSide;
  const endsLines = (g.kind === 'left-only' ? leftIndices : rightIndices).every((i) =>
    endsLine(side.tokens, i),
  );
  switch (g.category) {
    case 'type': {
      const examples = g.kind === 'left-only' ? g.examples.left : g.examples.right;
      return `${S} declares types (${listed(examples)}) on ${lines}; ${O} does not.`;
    }
    case 'block-start':
      if (text === ':') {
        return endsLines
          ? `${S} puts ${code(':')} at the end of ${lines}; ${O} does not.`
          : `${S} puts ${code(':')} to open a block on ${lines}; ${O} does not.`;
      }
      return `${S} opens the block with ${code(text)} on ${lines}; ${O} does not.`;
    case 'block-end': {
      const only = heads.size === 1 ? ([...heads][0] as string) : '';
      const which = only !== '' ? `the ${code(only)} block` : 'its blocks';
      const word = /^[a-z]+$/i.test(text) ? `the keyword ${code(text)}` : code(text);
      return `${S} ends ${which} with ${word} on ${lines}; ${O} does not.`;
    }
    case 'delimiter': {
      if ((text === '|' || text === '||') && g.sites.has('params')) {
        return `${S} puts the block's parameters between ${code('|')} bars on ${lines}; ${O} does not.`;
      }
      if (g.first.site === 'parens') {
        // Parentheses a statement writes around its condition (or a loop around its header).
        const loops = g.contexts.has('for');
        const what =
          loops && g.contexts.size > 1
            ? 'the conditions and loop headers'
            : loops
              ? "the loop's header"
              : g.contexts.size > 1
                ? 'the conditions'
                : 'the condition';
        return `${S} puts ${code(text)} around ${what} on ${lines}; ${O} does not.`;
      }
      return `${S} writes ${code(text)} on ${lines}; ${O} does not.`;
    }
    case 'string':
      if (/^["']+$/.test(text) && g.contexts.has('import')) {
        return `${S} puts the library's name in quotes on ${lines}; ${O} does not.`;
      }
      return g.contexts.has('pair') && /^["']+$/.test(text)
        ? `${S} puts the key in quotes on ${lines}; ${O} does not.`
        : `${S} writes ${code(text)} on ${lines}; ${O} does not.`;
    case 'call-parens': {
      const names = [...heads];
      if (g.empty) {
        const what = names.length === 1 ? code(String(names[0])) : 'a method';
        return `${S} writes ${code('()')} to call ${what} with no arguments on ${lines}; ${O} does not.`;
      }
      if (g.piped) {
        const what = names.length === 1 ? code(String(names[0])) : 'a call';
        return `${S} writes ${code('()')} after ${what} on ${lines}, with nothing in them: its argument comes from before it; ${O} does not.`;
      }
      const of =
        names.length === 1 && g.contexts.has('call')
          ? PRINTING_IDEAS.has(ideaOf(side.language, String(names[0])) ?? '')
            ? `what ${code(String(names[0]))} prints`
            : `the arguments of ${code(String(names[0]))}`
          : [...g.contexts].some((c) => PARAMETER_CONTEXTS.has(c))
            ? 'the parameters'
            : 'the arguments';
      return `${S} puts ${code(text)} around ${of} on ${lines}; ${O} does not.`;
    }
    case 'statement':
      if (g.first.site === 'main') {
        // The wrapper's opening lines, quoted whole; the lines that only close it are counted.
        const openers = linesOf(side.tokens, g.kind === 'left-only' ? leftIndices : rightIndices)
          .map((indices) => shown(side.tokens, indices, 'expression'))
          .filter((t) => !/^[)\]}\s]*$/.test(t));
        const inside = openers.map(code).join(' and ');
        return `${S} puts the program’s statements inside ${inside} on ${lines}; ${O} runs them as they stand.`;
      }
      if (g.contexts.has('self-param')) {
        return `${S} lists ${code(text)} as the first parameter on ${lines}; ${O} does not.`;
      }
      // A whole statement only one side has, or words one side needs (`static final`).
      if (text.includes(' ') && g.first.whole) {
        // A method the other side's declaration writes (`attr_reader :owner`), or a
        // declaration whose method the other side writes out: that code, not "no counterpart".
        const otherwise = writtenOtherwise(g.first, g.kind);
        const [other, first] = [g.kind === 'left-only' ? rightSide : leftSide, otherwise.nodes[0]];
        const spans = otherwise.nodes.flatMap((n) => tokenSpan(n.firstToken, n.endToken));
        const at = linesPhrase(spans.map((i) => other.tokens[i] as Token));
        if (otherwise.writes && first) {
          const span = tokenSpan(first.firstToken, first.endToken);
          const declaration = shown(other.tokens, span, 'expression');
          const where = linesPhrase(span.map((i) => other.tokens[i] as Token));
          return `${S} has ${code(text)} on ${lines}; ${O} writes it with ${code(declaration)} on ${where}.`;
        }
        if (first) {
          const methods = otherwise.nodes.length === 1 ? 'the method' : 'the methods';
          return `${S} has ${code(text)} on ${lines}; ${O} writes ${methods} out on ${at}.`;
        }
        return `${S} has ${code(text)} on ${lines}; ${O} has no counterpart.`;
      }
      return `${S} needs ${code(text)} on ${lines}; ${O} does not.`;
    case 'comment':
      return `${S} has the comment ${code(text)} on ${lines}; ${O} does not.`;
    case 'expression':
      return `${S} has ${code(text)} on ${lines}; ${O} has nothing in its place.`;
    default:
      return `${S} writes ${code(text)} on ${lines}; ${O} does not.`;
  }
}

/** True when nothing but a comment follows token `i` on its line (so a `:` really ends the line). */
function endsLine(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !next || !t || next.line !== t.line || next.kind === 'comment';
}
