/**
 * Explain, part of the classify stage (which calls it once per difference): why a difference is
 * there, composed from what each language says about its own side. A sentence is chosen by the
 * difference's concept, category and form, and by the idea its words spell (the idiom table),
 * never by a token's text alone; each language speaks only for itself. Where neither language
 * has words for it, the explanation is left empty rather than filled with a sentence that would
 * fit any difference: `npm run quality` and the library tests count those.
 */
import {
  CONCEPT_FORMS,
  idiomOf,
  type ConceptForm,
  type ConceptNode,
  type ConceptWords,
  type LanguageModule,
  type MarkCategory,
} from '../languages/language.js';
import type { Category, DifferenceKind, Token } from '../types.js';
import {
  FORM_IDEAS,
  IDIOM_CONCEPTS,
  OWN_MARKS,
  TYPE_IDEAS,
  WRITTEN_BY,
  isSharedConcept,
  type ConceptId,
  type Idea,
} from '../vocabulary.js';
import { MARK_CATEGORIES } from '../concepts.js';
import { sameWords, type Form, type Occurrence } from './align.js';

export interface ExplainSide {
  language: LanguageModule;
  /** The side's tokens: a sentence that quotes the code (`{code}`) is filled from them. */
  tokens: readonly Token[];
}

/**
 * Where a language's sentence quotes the code it is about (the name a program chose, the
 * parameter that takes the struct), it writes `{code}`: filled with the side's own code here, so
 * that the sentence names what the learner sees. A sentence with nothing to fill it is left out.
 */
function fill(sentence: string | undefined, code: string): string | undefined {
  if (!sentence?.includes('{code}')) return sentence;
  return code === '' ? undefined : sentence.replaceAll('{code}', code);
}

/**
 * A side's code in a difference: its tokens' texts in order, each once, spaced as written
 * (`List<String> names`).
 */
function codeOf(side: ExplainSide, indices: readonly number[]): string {
  let code = '';
  const seen = new Set<string>();
  let before: Token | undefined;
  for (const i of indices) {
    const token = side.tokens[i];
    if (!token || seen.has(token.text)) continue;
    seen.add(token.text);
    const touching =
      before !== undefined &&
      before.line === token.line &&
      before.column + before.text.length === token.column;
    code += code === '' || touching ? token.text : ` ${token.text}`;
    before = token;
  }
  return code;
}

/** What explain needs to know of a group of occurrences. */
export interface Explainable {
  category: Category;
  kind: DifferenceKind;
  /** Its tokens on each side (indices), for a sentence that quotes the code. */
  left: readonly number[];
  right: readonly number[];
  /** The group's first occurrence: its nodes, site and form stand for all. */
  first: Occurrence;
  /** The constructs its occurrences belong to: one `end` closing an `if`, another a `def`. */
  contexts: ReadonlySet<ConceptId>;
  /** The concepts whose syntax its marks are, when it is marks. */
  sites: ReadonlySet<ConceptId>;
}

function conceptWords(language: LanguageModule, concept: ConceptId): ConceptWords | undefined {
  return isSharedConcept(concept) ? language.words.concepts[concept] : undefined;
}

/**
 * What a language says of a mark of `category`: how it writes one (`marks`) or why it writes
 * none (`without`). Said of the most fitting place first: for a mark, the construct it sits in
 * (a lambda's parameters), then the concept it belongs to (a block's `|x|` is its parameters');
 * for its absence the same; then of the language as a whole.
 */
function markSentence(
  language: LanguageModule,
  which: 'marks' | 'without',
  category: MarkCategory,
  site: ConceptId | null,
  context: ConceptId | null,
): string | undefined {
  if (site && OWN_MARKS.has(site)) {
    const own = conceptWords(language, site)?.[which]?.[category];
    if (own) return own;
  }
  return (
    (context && conceptWords(language, context)?.[which]?.[category]) ??
    (site && conceptWords(language, site)?.[which]?.[category]) ??
    language.words[which][category]
  );
}

const markWords = (l: LanguageModule, c: MarkCategory, s: ConceptId | null, x: ConceptId | null) =>
  markSentence(l, 'marks', c, s, x);
const withoutWords = (
  l: LanguageModule,
  c: MarkCategory,
  s: ConceptId | null,
  x: ConceptId | null,
) => markSentence(l, 'without', c, s, x);

/** A word named as a yes-or-no question (`allowed?`) on one side only: each side's convention. */
function predicateWords(
  language: LanguageModule,
  node: ConceptNode,
  other: ConceptNode | null,
): string | undefined {
  const forms = conceptWords(language, node.concept)?.forms;
  if (node.variant === 'predicate') return forms?.predicate;
  if (other?.variant === 'predicate') return forms?.['no-predicate'];
  return undefined;
}

/** The words for a node's form (`case _`, an unused `_`), if it has one with words. */
function formOf(language: LanguageModule, node: ConceptNode): string | undefined {
  if (!node.variant || !isConceptForm(node.variant)) return undefined;
  return conceptWords(language, node.concept)?.forms?.[node.variant];
}

/** What a node's own words say: its form's words (`&.`, `case _`), its idiom's, or its concept's. */
function nodeWords(language: LanguageModule, node: ConceptNode): string | undefined {
  const own = formOf(language, node) ?? node.idiom?.says;
  // A method's name with no meaning of its own (`process`) is the author's choice, not a name the
  // language gives a meaning (`initialize`).
  if (node.concept === 'method-name')
    return own ?? conceptWords(language, node.concept)?.forms?.chosen;
  return own ?? conceptWords(language, node.concept)?.word;
}

function isConceptForm(variant: string): variant is ConceptForm {
  return (CONCEPT_FORMS as readonly string[]).includes(variant);
}

/** Slots whose code is a statement's body, not the expression a difference is about. */
const BODY_SLOTS = new Set(['body', 'block', 'clause']);

/**
 * The idioms spelled inside a piece of code, outermost first, at most `limit`: calls and
 * operators of the expression itself, not of a body it holds, and a value (`False`) only when it
 * is the code itself.
 */
function idiomsWithin(node: ConceptNode, limit: number): string[] {
  const found: string[] = [];
  const visit = (n: ConceptNode, top: boolean, module?: string) => {
    if (found.length >= limit) return;
    // (The module a call is made on, `re` of `re.sub`, is said by the call's own words.)
    const counts =
      (IDIOM_CONCEPTS.has(n.concept) || n.concept === 'name') &&
      (top || (n.concept !== 'literal' && n.key !== module));
    if (n.idiom && counts && !found.includes(n.idiom.says)) found.push(n.idiom.says);
    for (let i = 0; i < n.slots.size; i++) {
      if (BODY_SLOTS.has(n.slots.nameAt(i)) && !top) continue;
      for (const kid of n.slots.listAt(i)) visit(kid, false, n.idiom?.on);
    }
  };
  visit(node, true);
  return found;
}

/** Concepts that hold other values: two of one kind differ in what they hold. */
const COLLECTIONS = new Set<ConceptId>(['list', 'tuple', 'set', 'map']);

/** Concepts that are a value written as it is (`2`, `"hi"`): their words are about their form. */
const LEAF_CONCEPTS = new Set<ConceptId>(['number', 'string', 'name', 'literal']);

/** Code handed to a call to run: a block, or a function written in place. */
const HANDED = new Set(['loop-body', 'lambda']);

/** A node's words as a piece of code: its concept's own sentence, then the idioms inside it. */
function codeWords(language: LanguageModule, node: ConceptNode, limit = 2): string[] {
  // A decorated definition is about its decorator (`@property`) first.
  const decorators = (node.slots.get('decorator') ?? []).flatMap((d) =>
    d.idiom ? [d.idiom.says] : [],
  );
  if (decorators.length > 0) return decorators.slice(0, limit);
  // A value's words are about its form only (`2.0` is a decimal, `<<~TEXT` a heredoc); a string
  // that holds values, about how it holds them.
  const interpolates =
    node.concept === 'string' &&
    (node.slots.get('item') ?? []).some((k) => k.concept === 'interpolation');
  const own =
    formOf(language, node) ??
    (interpolates ? conceptWords(language, 'interpolation')?.word : undefined) ??
    (node.idiom || LEAF_CONCEPTS.has(node.concept) ? undefined : nodeWords(language, node));
  const idioms = idiomsWithin(node, limit);
  return own ? [own, ...idioms.filter((s) => s !== own)].slice(0, limit) : idioms;
}

/** The first warning an idiom in a piece of code gives, the code's own first. */
function behavesWithin(node: ConceptNode): string | undefined {
  if (node.idiom?.behaves) return node.idiom.behaves;
  for (let i = 0; i < node.slots.size; i++) {
    if (BODY_SLOTS.has(node.slots.nameAt(i))) continue;
    for (const kid of node.slots.listAt(i)) {
      const found = behavesWithin(kid);
      if (found) return found;
    }
  }
  return undefined;
}

/** The words for a form (`unless`, a modifier, a symbol) on one side, if the form has any. */
function formWords(
  language: LanguageModule,
  form: Form,
  node: ConceptNode | null,
  mine: boolean,
): string | undefined {
  const concept = node ? conceptWords(language, node.concept) : undefined;
  switch (form) {
    case 'negated':
      return node?.negated ? concept?.forms?.negated : concept?.forms?.['not-negated'];
    case 'modifier-left':
    case 'modifier-right':
      return mine ? concept?.forms?.modifier : concept?.forms?.['no-modifier'];
    case 'symbol':
      return node?.variant === 'symbol'
        ? language.words.concepts.string?.forms?.symbol
        : language.words.concepts.string?.forms?.['no-symbol'];
    case 'truthiness':
      return language.words.truthiness;
    case 'defaults':
      return language.words.defaults;
    case 'order':
      return node ? behavesWithin(node) : undefined;
    case 'tested':
      // (A clause that tests with a guard, `case _ if …:`, says what its guard does.)
      if (mine && node?.concept === 'guard') return conceptWords(language, 'guard')?.word;
      return conceptWords(language, 'case')?.forms?.[mine ? 'compared' : 'written-out'];
    case 'after-try':
      return conceptWords(language, 'else')?.forms?.[mine ? 'after-try' : 'no-after-try'];
    case 'case':
      return conceptWords(language, 'name')?.forms?.['word-case'];
    case 'error-name':
      return conceptWords(language, 'class')?.forms?.['error-name'];
    case 'with-index':
      // The side handed item and position: what its loop (or what it walks) says; the
      // counting side: its loop's words.
      return node && (node.slots.get('var') ?? []).length > 1
        ? (node.idiom?.says ?? node.slots.get('iterable')?.[0]?.idiom?.says)
        : node
          ? nodeWords(language, node)
          : undefined;
    case 'unpacked':
      return conceptWords(language, 'for')?.forms?.[mine ? 'unpacked' : 'not-unpacked'];
    case 'construct':
      return node ? nodeWords(language, node) : undefined;
    case 'clauses':
      return undefined;
  }
}

/** A string's quotes on its side, or why this side writes the same thing bare. */
function stringWords(
  language: LanguageModule,
  node: ConceptNode,
  context: ConceptId,
): string | undefined {
  const quoted = node.marks.some((m) => m.category === 'string');
  return quoted
    ? markWords(language, 'string', node.concept, context)
    : withoutWords(language, 'string', node.concept, context);
}

/** Why `language` writes without the form (`&.`) the other side's node has, if it says. */
function missingFormWords(
  language: LanguageModule,
  other: ConceptNode,
  mine: ConceptNode,
): string | undefined {
  if (!other.variant || mine.variant === other.variant) return undefined;
  const missing = `no-${other.variant}`;
  return isConceptForm(missing)
    ? conceptWords(language, other.concept)?.forms?.[missing]
    : undefined;
}

/** What the idioms among a node's patterns say, for those of them in a difference's tokens. */
function patternWords(node: ConceptNode, tokens: readonly number[]): string[] {
  return (node.slots.get('pattern') ?? []).flatMap((p) =>
    p.idiom && tokens.includes(p.firstToken) ? [p.idiom.says] : [],
  );
}

/** Mark categories whose words say what a piece of code does, not how it is punctuated. */
const TELLING_MARKS = new Set<MarkCategory>(['statement', 'keyword']);

/**
 * What a language says of a node's own telling marks (`.call` of `handler.call(params)`): the
 * last words for a piece of code that has none of its own.
 */
function ownMarkWords(language: LanguageModule, node: ConceptNode): string | undefined {
  for (const m of node.marks) {
    if (!isMarkCategory(m.category)) continue;
    // (A declaration's type, `int low = 0;`, tells what the statement is too.)
    const telling =
      TELLING_MARKS.has(m.category) || (m.category === 'type' && node.concept === 'assign');
    if (!telling) continue;
    const said = markWords(language, m.category, m.site ?? node.concept, node.concept);
    if (said) return said;
  }
  return undefined;
}

/**
 * A keyword argument's words: the called idiom's option (`sep=` of `print`, `trim: true` of a
 * keyword list's pair).
 */
function optionWords(node: ConceptNode, call: ConceptNode | null): string | undefined {
  // (A call's trailing `key: value` may be read as a pair of a keyword list: the same option.)
  const named = node.concept === 'keyword-arg' || node.concept === 'pair';
  if (!named || !call?.idiom?.options) return undefined;
  const name = node.key.replace(/^(name|string):/, '');
  return Object.hasOwn(call.idiom.options, name) ? call.idiom.options[name] : undefined;
}

/**
 * The words for the options a call is given on screen (`end=""` of `print`): a call's own words
 * say what it does unless told otherwise, so the option that tells it otherwise is said too
 * (unless those words already name it: `String.replace`'s own words tell of `global: false`).
 */
function callOptionWords(call: ConceptNode): string[] {
  if (call.concept !== 'call' || !call.idiom?.options) return [];
  const found: string[] = [];
  const visit = (n: ConceptNode, depth: number) => {
    for (let i = 0; i < n.slots.size; i++) {
      if (BODY_SLOTS.has(n.slots.nameAt(i))) continue;
      for (const kid of n.slots.listAt(i)) {
        const said = optionWords(kid, call);
        const named = call.idiom?.says.includes(`\`${kid.key.replace(/^(name|string):/, '')}`);
        if (said && !named && !found.includes(said)) found.push(said);
        else if (depth === 0 && kid.concept === 'args') visit(kid, 1);
      }
    }
  };
  visit(call, 0);
  return found;
}

/**
 * A method that only reads or sets an attribute, and the idea of it: a form its language gives
 * it (Java's getter) or its decorator's (`@property`, JavaScript's `get`).
 */
function accessorIdea(node: ConceptNode): Idea | undefined {
  if (node.concept !== 'def') return undefined;
  if (node.variant && Object.hasOwn(FORM_IDEAS, node.variant)) return FORM_IDEAS[node.variant];
  const idea = node.slots.get('decorator')?.[0]?.idiom?.idea;
  return idea && WRITTEN_BY.has(idea) ? idea : undefined;
}

/** A name as an attribute's: `@owner`, `_owner`, `self._owner` and `owner` are one. */
const attributeName = (key: string) =>
  key
    .replace(/^[@_#]+/, '')
    .replaceAll('_', '')
    .toLowerCase();

/** The attributes a piece of code names: its names and fields, and a symbol's value (`:owner`). */
function attributesOf(node: ConceptNode, into = new Set<string>()): Set<string> {
  if (node.concept === 'name' || node.concept === 'field' || node.concept === 'string')
    into.add(attributeName(node.key));
  for (let i = 0; i < node.slots.size; i++)
    for (const kid of node.slots.listAt(i)) attributesOf(kid, into);
  return into;
}

/** The statements of a class (or any construct), through its blocks but not into a method. */
function statementsOf(node: ConceptNode, into: ConceptNode[] = []): ConceptNode[] {
  for (let i = 0; i < node.slots.size; i++) {
    for (const kid of node.slots.listAt(i)) {
      if (kid.concept === 'block') statementsOf(kid, into);
      else if (kid.statement) into.push(kid);
    }
  }
  return into;
}

/**
 * The other side's code for a method only one side has, or a declaration only one side has: a
 * declaration that writes that method (`attr_reader :owner` for `getOwner()`, found in the
 * class around it, for the same attribute; `writes`), or the methods written out that the
 * declaration writes (`@property def owner` for `attr_reader :owner`). Empty for anything else.
 */
export function writtenOtherwise(
  o: Occurrence,
  kind: DifferenceKind,
): { writes: boolean; nodes: ConceptNode[] } {
  const none = { writes: false, nodes: [] };
  const node = kind === 'left-only' ? o.nodes.left : kind === 'right-only' ? o.nodes.right : null;
  const theirs = kind === 'left-only' ? o.outer?.right : o.outer?.left;
  if (!node || !theirs || !o.whole) return none;
  const accessor = accessorIdea(node);
  const idea = node.concept === 'call' ? node.idiom?.idea : undefined;
  const declared =
    idea && [...WRITTEN_BY.values()].some((ideas) => ideas.includes(idea)) ? idea : undefined;
  if (!accessor && !declared) return none;
  /** Whether a declaration of one idea writes a method of the other. */
  const writes = (declaration: Idea | undefined, method: Idea | undefined) =>
    declaration !== undefined &&
    method !== undefined &&
    WRITTEN_BY.get(method)?.includes(declaration) === true;
  const attributes = attributesOf(node);
  const nodes = statementsOf(theirs).filter(
    (s) =>
      (accessor
        ? s.concept === 'call' && writes(s.idiom?.idea, accessor)
        : writes(declared, accessorIdea(s))) && [...attributesOf(s)].some((a) => attributes.has(a)),
  );
  return nodes.length > 0 ? { writes: accessor !== undefined, nodes } : none;
}

export function explain(g: Explainable, left: ExplainSide, right: ExplainSide): string {
  const sentences: string[] = [];
  const code = { left: codeOf(left, g.left), right: codeOf(right, g.right) };
  /** Adds a sentence, its `{code}` filled from the side it speaks for (left out if none). */
  const add = (s: string | undefined, side?: 'left' | 'right') => {
    const filled = fill(s, side ? code[side] : '');
    if (filled && !sentences.includes(filled)) sentences.push(filled);
  };
  const o = g.first;
  const L = left.language;
  const R = right.language;

  if (g.category === 'behaviour') {
    const l = o.nodes.left;
    const r = o.nodes.right;
    if (o.form === 'truthiness') {
      add(L.words.truthiness);
      add(R.words.truthiness);
    } else if (o.form === 'defaults') {
      add(L.words.defaults);
      add(R.words.defaults);
    } else if (o.form === 'argument-order') {
      // The calls' own words show where each takes each argument (`reduce(start, (total, x) -> …)`).
      add(l?.idiom?.says);
      add(r?.idiom?.says);
    } else if (o.form === 'order') {
      // The loop's own idiom, or the one it walks (`enumerate`), says in what order.
      add(l ? behavesWithin(l) : undefined);
      add(r ? behavesWithin(r) : undefined);
    } else {
      add(l?.idiom?.behaves ?? (l ? nodeWords(L, l) : undefined));
      add(r?.idiom?.behaves ?? (r ? nodeWords(R, r) : undefined));
    }
    return sentences.join(' ');
  }

  if (o.form === 'construct') {
    // Two constructs of different kinds (a `while` against a function that calls itself): what
    // each is, and why each language does without the other's.
    const l = o.nodes.left;
    const r = o.nodes.right;
    if (!o.whole && isMarkCategory(g.category)) {
      // A mark of one of them: each side's words for its own construct's mark, or for doing
      // without one.
      const category = g.category;
      const has = (lang: LanguageModule, n: ConceptNode | null) =>
        n ? markWords(lang, category, n.concept, n.concept) : undefined;
      const lacks = (lang: LanguageModule, n: ConceptNode | null) =>
        n ? withoutWords(lang, category, n.concept, n.concept) : undefined;
      add(g.kind === 'right-only' ? lacks(L, l) : has(L, l));
      add(g.kind === 'left-only' ? lacks(R, r) : has(R, r));
      if (g.kind === 'right-only') sentences.reverse();
      return sentences.join(' ');
    }
    // (A negated construct, `until`, is said as one.)
    const own = (lang: LanguageModule, n: ConceptNode) =>
      (n.negated ? conceptWords(lang, n.concept)?.forms?.negated : undefined) ?? nodeWords(lang, n);
    if (l) add(own(L, l), 'left');
    if (r) add(own(R, r), 'right');
    if (l && r) {
      add(conceptWords(R, l.concept)?.absent);
      add(conceptWords(L, r.concept)?.absent);
    }
    return sentences.join(' ');
  }

  if (o.form === 'clauses') {
    // A guard at the start of one side's function against the clause the other side defines
    // for that case: how each picks the code to run. The clause's side: its clauses, and its
    // pattern or `when` where the test has one; the guard's: its own words, and that its
    // function has one body for every call.
    const says = (lang: LanguageModule, n: ConceptNode | null, side: 'left' | 'right') => {
      if (!n) return;
      if (n.concept === 'def') {
        add(conceptWords(lang, 'def')?.forms?.clause, side);
        const values = (n.slots.get('params')?.[0]?.slots.get('item') ?? []).some(
          (p) => p.concept !== 'name' && p.endToken - p.firstToken > 0 && p.slots.size > 0,
        );
        if (values) add(conceptWords(lang, 'pattern')?.word, side);
        if (n.slots.has('guard')) add(conceptWords(lang, 'guard')?.word, side);
      } else {
        for (const w of codeWords(lang, n, 2)) add(w, side);
        add(conceptWords(lang, 'guard')?.forms?.['no-def-guard'], side);
      }
    };
    says(L, o.nodes.left, 'left');
    says(R, o.nodes.right, 'right');
    return sentences.join(' ');
  }

  if (o.form) {
    // `mine`: this side has the form (the modifier; the `case` that compares its values).
    const [mineL, mineR] =
      o.form === 'tested'
        ? [o.owner.left?.concept === 'case', o.owner.right?.concept === 'case']
        : o.form === 'after-try'
          ? [g.left.length > 0, g.right.length > 0]
          : o.form === 'unpacked'
            ? [
                (o.nodes.left?.slots.get('var') ?? []).length > 1,
                (o.nodes.right?.slots.get('var') ?? []).length > 1,
              ]
            : [o.form === 'modifier-left', o.form === 'modifier-right'];
    // A test written out that is no comparison (`handler.nil?`) says what it asks itself.
    const asks = (lang: LanguageModule, n: ConceptNode | null, mine: boolean) =>
      o.form === 'tested' && !mine && n && n.concept !== 'binary'
        ? codeWords(lang, n, 1)[0]
        : undefined;
    add(asks(L, o.nodes.left, mineL) ?? formWords(L, o.form, o.nodes.left, mineL), 'left');
    add(asks(R, o.nodes.right, mineR) ?? formWords(R, o.form, o.nodes.right, mineR), 'right');
    // A case's range against a comparison written out (`80...90`, `80 <= score < 90`): whether
    // the range holds its end is what the other side's `<` or `<=` says.
    const range = (lang: LanguageModule, n: ConceptNode | null, mine: boolean) =>
      o.form === 'tested' && mine && n?.concept === 'range' ? nodeWords(lang, n) : undefined;
    add(range(L, o.nodes.left, mineL), 'left');
    add(range(R, o.nodes.right, mineR), 'right');
    return sentences.join(' ');
  }

  if (o.whole) {
    if (g.kind === 'changed') {
      const l = o.nodes.left;
      const r = o.nodes.right;
      const quoted = (n: ConceptNode) => n.marks.some((m) => m.category === 'string');
      const regex = l?.variant === 'regex' || r?.variant === 'regex';
      if (l && r && g.category === 'string' && quoted(l) !== quoted(r) && !regex) {
        // Quotes on one side only (`require "json"` against `import json`); a pattern between
        // slashes (`/x/g`) against one in quotes is said by the pattern's own words.
        add(stringWords(L, l, o.context));
        add(stringWords(R, r, o.context));
      }
      // An option of the call around it (`global: false`) against a value given by position
      // (`1`): the option's words, and the call's own for the argument it takes in that place.
      // (The call around them is `outer`, or the construct the difference belongs to.)
      const callL = o.outer?.left ?? o.owner.left;
      const callR = o.outer?.right ?? o.owner.right;
      // What a call is given, where the call's words say how it is given it (`raise`'s class
      // and message): those words first, on both sides.
      const [tellsL, tellsR] = [callL?.idiom, callR?.idiom];
      if (tellsL?.tellsArguments && tellsR?.tellsArguments && tellsL.idea === tellsR.idea) {
        add(tellsL.says);
        add(tellsR.says);
      }
      const optionL = l ? optionWords(l, callL) : undefined;
      const optionR = r ? optionWords(r, callR) : undefined;
      add(optionL ?? (optionR ? callL?.idiom?.says : undefined));
      add(optionR ?? (optionL ? callR?.idiom?.says : undefined));
      // Two collections of one kind (an array and a list): what differs is what they hold
      // (arrays in one, tuples in the other), said first.
      if (l && r && l.concept === r.concept && COLLECTIONS.has(l.concept))
        partsWords(L, l, R, r).forEach((s) => add(s));
      // Two calls of one method, named by each language's custom (`is_empty`, `isEmpty`).
      const unnamed = sentences.length;
      if (l?.concept === 'call' && r?.concept === 'call') {
        const headOf = (n: ConceptNode, side: ExplainSide) =>
          n.head.map((i) => side.tokens[i]?.text ?? '').join('');
        const [hl, hr] = [headOf(l, left), headOf(r, right)];
        if (sameWords(hl, hr)) {
          add(formWords(L, 'case', l, true));
          add(formWords(R, 'case', r, true));
        } else if (hl.endsWith('?') !== hr.endsWith('?') && asksAlike(hl, hr)) {
          // `empty?` against `isEmpty`: a question named by each language's custom.
          const form = (lang: LanguageModule, h: string) =>
            conceptWords(lang, 'method-name')?.forms?.[
              h.endsWith('?') ? 'predicate' : 'no-predicate'
            ];
          add(form(L, hl));
          add(form(R, hr));
        }
      }
      // Each side's words, a form one side has and the other writes out (`user&.length`) said
      // next to it, and at most four sentences in all.
      // A block against the function passed in its place is a lesson about the two forms: each
      // side's words for its form, not for the code inside (told by the call's own entries).
      const handed = l && r && HANDED.has(l.concept) && HANDED.has(r.concept);
      const limit = handed && l.concept !== r.concept ? 1 : 2;
      // (Two names of one method say it all: not each call's words besides.)
      const named = sentences.length > unnamed;
      if (l && !named) codeWords(L, l, limit).forEach((s) => add(s, 'left'));
      if (l) callOptionWords(l).forEach((s) => add(s));
      if (l && r) add(missingFormWords(R, l, r), 'right');
      if (r && !named) codeWords(R, r, limit).forEach((s) => add(s, 'right'));
      if (r) callOptionWords(r).forEach((s) => add(s));
      if (l && r) add(missingFormWords(L, r, l), 'left');
      sentences.splice(4);
      if (l && r && l.concept !== r.concept && !l.idiom && !r.idiom) {
        // A construct one language has and the other writes another way (`yield` against
        // calling the function passed in): why the other does without it, quoting its own code.
        add(conceptWords(R, l.concept)?.absent, 'right');
        add(conceptWords(L, r.concept)?.absent, 'left');
      }
      // Nothing said of the code as a whole: the parts one side holds and the other does not
      // (a `*` among parameters, a parameter passed by name), each with its words.
      if (sentences.length === 0 && l && r) partsWords(L, l, R, r).forEach((s) => add(s));
      // Nothing inside says more: the calls around it, when they do different things (a text
      // with its own `\n` for a print that adds none), or what the construct around it is for
      // (a `require` and an `import` of differently named libraries).
      // (Two calls' arguments, in another order: what each call takes, in its order.)
      const [ownerL, ownerR] = [o.owner.left?.idiom, o.owner.right?.idiom];
      const args = l?.concept === 'args' && r?.concept === 'args';
      if (sentences.length === 0 && ownerL && ownerR && (ownerL.idea !== ownerR.idea || args)) {
        add(ownerL.says);
        add(ownerR.says);
      }
      if (sentences.length === 0) {
        add(conceptWords(L, o.context)?.word);
        add(conceptWords(R, o.context)?.word);
      }
    } else {
      const [has, lacks, node] =
        g.kind === 'left-only' ? [L, R, o.nodes.left] : [R, L, o.nodes.right];
      if (node) {
        const within = g.kind === 'left-only' ? o.outer?.left : o.outer?.right;
        const theirs = g.kind === 'left-only' ? o.outer?.right : o.outer?.left;
        if (takesBlock(node, within, theirs)) {
          // The function one side takes as a parameter where the other's method `yield`s to
          // the block it was given.
          add(
            conceptWords(has, 'yield')?.forms?.['block-param'],
            g.kind === 'left-only' ? 'left' : 'right',
          );
          add(conceptWords(lacks, 'yield')?.word);
          return sentences.join(' ');
        }
        add(
          optionWords(node, within ?? null) ??
            formOf(has, node) ??
            // A method whose name the language calls for itself (`to_s`, `__str__`): that name.
            (node.concept === 'def' ? node.slots.get('name')?.[0]?.idiom?.says : undefined) ??
            conceptWords(has, node.concept)?.alone ??
            codeWords(has, node, 1)[0] ??
            ownMarkWords(has, node) ??
            // An assignment with no words of its own: what it assigns to (`self.nickname`).
            (node.concept === 'assign'
              ? codeWords(has, node.slots.get('target')?.[0] ?? node, 1)[0]
              : undefined),
          g.kind === 'left-only' ? 'left' : 'right',
        );
        // A method the other side's declaration writes for it (`attr_reader :owner` for a
        // getter), or the methods written out that a declaration writes: what that code does.
        const otherwise = writtenOtherwise(o, g.kind).nodes;
        for (const n of otherwise)
          add(n.idiom?.says ?? formOf(lacks, n) ?? codeWords(lacks, n, 1)[0]);
        // A form of its own (a function clause's guard, not a `case`'s): why the other side
        // does without that form, or nothing rather than its words for the plain construct.
        const missing = node.variant ? `no-${node.variant}` : '';
        if (otherwise.length === 0)
          add(
            isConceptForm(missing)
              ? conceptWords(lacks, node.concept)?.forms?.[missing]
              : conceptWords(lacks, node.concept)?.absent,
          );
        // A word for an idea the other language writes with none (`e.message`, `{e}`).
        const unspelled = lacks.words.unspelled;
        const idea = node.idiom?.idea;
        if (unspelled && idea && Object.hasOwn(unspelled, idea)) add(unspelled[idea]);
        // A value with no words of its own that one side hands a call (the `" "` of
        // `split(" ")`): what each side's call does with it, or without it.
        if (sentences.length === 0 && within?.concept === 'call' && within.idiom) {
          add(within.idiom.says);
          if (theirs?.concept === 'call') add(theirs.idiom?.says);
        }
      }
    }
    return sentences.join(' ');
  }

  const category = g.category;
  if (isMarkCategory(category) && (MARK_CATEGORIES.has(category) || !headOf(o))) {
    // Marks of several constructs in one difference (the `end`s of an `if` and a `def`): what
    // the language says of such marks in general, not of the first construct's; but marks that
    // are all one concept's syntax (the parentheses of conditions) are explained by its words.
    const shared = g.sites.size === 1 ? o.site : null;
    const [site, context] = g.contexts.size > 1 ? [shared, null] : [o.site, o.context];
    // Marks that all sit on one statement inside the construct (a field's `private final` in a
    // class): that statement's words for them come first.
    const onNode = (lang: LanguageModule, which: 'marks' | 'without', n: ConceptNode | null) =>
      n?.statement && context && n.concept !== context && g.contexts.size === 1
        ? conceptWords(lang, n.concept)?.[which]?.[category]
        : undefined;
    const [l, r] = [o.nodes.left, o.nodes.right];
    if (category === 'type') {
      // Types the language's idiom table knows (`IntSupplier`): what they are, then why the
      // other side declares none.
      const known = [...typeWords(left, g.left), ...typeWords(right, g.right)];
      if (known.length > 0) {
        known.slice(0, 2).forEach((s) => add(s));
        if (g.kind !== 'changed') {
          const [lacks, theirs] = g.kind === 'left-only' ? [R, r] : [L, l];
          add(onNode(lacks, 'without', theirs) ?? withoutWords(lacks, category, site, context));
        }
        return sentences.join(' ');
      }
    }
    if (g.kind === 'changed') {
      add(onNode(L, 'marks', l) ?? markWords(L, category, site, context));
      // Marks of constructs of different kinds (Ruby's `then` of a `when`, JavaScript's `{` of
      // an `if`): the right side's words are about its own construct, not the left side's.
      const rightContext =
        context !== null && l && r && l.concept !== r.concept ? r.concept : context;
      // (A right-side delimiter of a concept of its own, JavaScript's `[]` that takes an item
      // apart against Ruby's `|x|`: that concept's words first.)
      add(
        onNode(R, 'marks', r) ??
          (o.rightSite && site !== null && category === 'delimiter'
            ? conceptWords(R, o.rightSite)?.marks?.[category]
            : undefined) ??
          markWords(R, category, site === null ? null : (o.rightSite ?? site), rightContext),
      );
    } else {
      const [has, lacks, mine, theirs] = g.kind === 'left-only' ? [L, R, l, r] : [R, L, r, l];
      add(onNode(has, 'marks', mine) ?? markWords(has, category, site, context));
      add(onNode(lacks, 'without', theirs) ?? withoutWords(lacks, category, site, context));
    }
    return sentences.join(' ');
  }

  // A concept's words, spelled differently on the two sides or by one side only.
  const l = o.nodes.left;
  const r = o.nodes.right;
  if (g.kind === 'changed') {
    if (l) add(predicateWords(L, l, r) ?? nodeWords(L, l), 'left');
    // The values a keyword's difference holds (`rescue ArgumentError`): their own words.
    if (l) patternWords(l, o.left).forEach((s) => add(s, 'left'));
    if (l) callOptionWords(l).forEach((s) => add(s));
    if (r) add(predicateWords(R, r, l) ?? nodeWords(R, r), 'right');
    if (r) patternWords(r, o.right).forEach((s) => add(s, 'right'));
    if (r) callOptionWords(r).forEach((s) => add(s));
    if (l && r && l.concept !== r.concept) {
      add(conceptWords(R, l.concept)?.absent);
      add(conceptWords(L, r.concept)?.absent);
    }
  } else {
    const [has, lacks, node] = g.kind === 'left-only' ? [L, R, l] : [R, L, r];
    if (node) {
      add(nodeWords(has, node));
      add(conceptWords(lacks, node.concept)?.absent);
    }
  }
  return sentences.join(' ');
}

/** Two names of one yes-or-no question: `empty?`, `isEmpty`, `is_empty`. */
function asksAlike(a: string, b: string): boolean {
  const words = (name: string) =>
    name
      .replace(/\?$/, '')
      .replace(/^is(?:_|(?=[A-Z]))/, '')
      .replaceAll('_', '')
      .toLowerCase();
  return words(a) !== '' && words(a) === words(b);
}

/** Whether a concept appears anywhere in a piece of code. */
function holds(node: ConceptNode, concept: ConceptId): boolean {
  if (node.concept === concept) return true;
  for (let i = 0; i < node.slots.size; i++) {
    for (const kid of node.slots.listAt(i)) if (holds(kid, concept)) return true;
  }
  return false;
}

/**
 * A parameter of one side's definition where the other side's definition takes no parameter for
 * it but `yield`s to a block: the function passed in is the block's counterpart.
 */
function takesBlock(
  node: ConceptNode,
  def: ConceptNode | null | undefined,
  other: ConceptNode | null | undefined,
): boolean {
  if (def?.concept !== 'def' || other?.concept !== 'def') return false;
  const params = def.slots.get('params')?.[0];
  const inParams =
    params !== undefined &&
    node.firstToken >= params.firstToken &&
    node.endToken <= params.endToken;
  return inParams && holds(other, 'yield');
}

/** A part's identity when two pieces of code are compared part by part: its concept and form. */
const partId = (n: ConceptNode) => `${n.concept}|${n.variant ?? ''}`;

/** The parts a piece of code holds directly, outside any body: each kind once. */
function partsOf(node: ConceptNode): ConceptNode[] {
  const found = new Map<string, ConceptNode>();
  for (let i = 0; i < node.slots.size; i++) {
    if (BODY_SLOTS.has(node.slots.nameAt(i))) continue;
    for (const kid of node.slots.listAt(i))
      if (!found.has(partId(kid))) found.set(partId(kid), kid);
  }
  return [...found.values()];
}

/**
 * Two pieces of code with no words as a whole (two parameter lists): for each kind of part only
 * one holds (`*`, a parameter passed by name), that side's words for it and the other's for
 * doing without; at most four sentences.
 */
function partsWords(
  L: LanguageModule,
  l: ConceptNode,
  R: LanguageModule,
  r: ConceptNode,
): string[] {
  const out: string[] = [];
  const say = (s: string | undefined) => {
    if (s && !s.includes('{code}') && !out.includes(s)) out.push(s);
  };
  const [lParts, rParts] = [partsOf(l), partsOf(r)];
  const one = (
    has: LanguageModule,
    part: ConceptNode,
    lacks: LanguageModule,
    theirs: ConceptNode[],
  ) => {
    if (LEAF_CONCEPTS.has(part.concept) || theirs.some((t) => partId(t) === partId(part))) return;
    // The plain form against the other side's own form of it: that form's words say it all.
    if (!part.variant && theirs.some((t) => t.concept === part.concept)) return;
    say(
      formOf(has, part) ??
        conceptWords(has, part.concept)?.word ??
        conceptWords(has, part.concept)?.alone,
    );
    const missing = part.variant ? `no-${part.variant}` : '';
    say(
      (isConceptForm(missing) ? conceptWords(lacks, part.concept)?.forms?.[missing] : undefined) ??
        (theirs.some((t) => t.concept === part.concept)
          ? undefined
          : conceptWords(lacks, part.concept)?.absent),
    );
  };
  lParts.forEach((p) => one(L, p, R, rParts));
  rParts.forEach((p) => one(R, p, L, lParts));
  return out.slice(0, 4);
}

/** What a side's idiom table says of the types it names (`IntSupplier`), each once. */
function typeWords(side: ExplainSide, indices: readonly number[]): string[] {
  const found: string[] = [];
  for (const i of indices) {
    const text = side.tokens[i]?.text;
    const idiom = text === undefined ? undefined : idiomOf(side.language, text);
    if (idiom && TYPE_IDEAS.has(idiom.idea) && !found.includes(idiom.says)) found.push(idiom.says);
  }
  return found;
}

function isMarkCategory(category: Category): category is MarkCategory {
  return MARK_CATEGORIES.has(category) || category === 'statement' || category === 'keyword';
}

/** Whether an occurrence's tokens are its nodes' heads (words) rather than marks. */
function headOf(o: Occurrence): boolean {
  const [node, tokens] = o.left.length > 0 ? [o.nodes.left, o.left] : [o.nodes.right, o.right];
  return node !== null && tokens.length > 0 && node.head.includes(tokens[0] as number);
}
