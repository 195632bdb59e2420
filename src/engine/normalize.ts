/**
 * Stage 2, normalize: maps a language's syntax tree onto the shared concepts (`if`, `call`,
 * `block`, …) by interpreting the language module's rule table, so that the aligner can pair
 * Ruby's `if … end` with Python's `if …:` without knowing either grammar.
 */
import {
  idiomsOf,
  type ConceptNode,
  type ConceptParts,
  type FieldTarget,
  type LanguageModule,
  type Mark,
  type NodeRule,
  type RefineContext,
} from '../languages/language.js';
import type { Category, Token } from '../types.js';
import { IDIOM_CONCEPTS, OWN_MARKS, type ConceptId } from '../vocabulary.js';
import { Arena, NO_MARKS, NO_SLOTS, NO_TOKENS, type ListPool } from './arena.js';
import type { SyntaxNode } from './parse.js';

/** Deeper than this, a subtree is compared as plain text: no beginner writes it, and it keeps every later stage's recursion bounded. */
const MAX_DEPTH = 120;

const NONE: Record<string, never> = {};

/** Every field a rule can have, none set: the first part of every rule as `visit` reads it. */
const RULE_FIELDS: { [K in keyof Required<NodeRule>]: undefined } = {
  concept: undefined,
  key: undefined,
  head: undefined,
  headCategory: undefined,
  marks: undefined,
  trailingMarks: undefined,
  fields: undefined,
  childTypes: undefined,
  rest: undefined,
  wrapRest: undefined,
  transparent: undefined,
  leaf: undefined,
  liftMarks: undefined,
  hoist: undefined,
  negated: undefined,
  variant: undefined,
  refine: undefined,
};

/**
 * What `visit` reads of a rule, made once per rule: the rule with every field present in one order,
 * and its tables of child types as `Map`s. The tables write their rules with the few fields each
 * needs, in dozens of shapes per language; `visit` reads a dozen fields and several tables for
 * every node, and reads across that many shapes (more with every language a process has met) are
 * V8's slowest kind, where reads of one shape and `Map.get` stay fast.
 */
interface Plan {
  rule: NodeRule;
  head: ReadonlySet<string>;
  marks: ReadonlyMap<string, Category>;
  trailingMarks: ReadonlyMap<string, Category> | null;
  fields: ReadonlyMap<string, FieldTarget>;
  childTypes: ReadonlyMap<string, FieldTarget> | null;
}

const NO_TABLE: ReadonlyMap<string, never> = new Map<string, never>();
const tableOf = <T>(record: Record<string, T> | undefined): ReadonlyMap<string, T> | null =>
  record ? new Map(Object.entries(record)) : null;

const plans = new WeakMap<NodeRule, Plan>();
function planOf(rule: NodeRule): Plan {
  let plan = plans.get(rule);
  if (!plan) {
    const shaped: NodeRule = { ...RULE_FIELDS, ...rule };
    plan = {
      rule: shaped,
      head: new Set(rule.head ?? []),
      marks: tableOf(rule.marks) ?? NO_TABLE,
      trailingMarks: tableOf(rule.trailingMarks),
      fields: tableOf(rule.fields) ?? NO_TABLE,
      childTypes: tableOf(rule.childTypes),
    };
    plans.set(rule, plan);
    plans.set(shaped, plan);
  }
  return plan;
}

/** The plans of a language's table rules by grammar type, made as met. */
const tablePlans = new WeakMap<LanguageModule, Map<string, Plan>>();

/** The rules made for grammar types no table rule names, per language, as leaves and as inner nodes: made once. */
const genericRules = new WeakMap<
  LanguageModule,
  { leaves: Map<string, NodeRule>; inner: Map<string, NodeRule> }
>();
function genericRulesOf(language: LanguageModule) {
  let known = genericRules.get(language);
  if (!known) {
    known = { leaves: new Map(), inner: new Map() };
    genericRules.set(language, known);
  }
  return known;
}

const amendments = new WeakMap<Partial<NodeRule>, WeakMap<NodeRule, NodeRule>>();
/** `rule` with `override`'s fields, made once per pair (overrides are constants of a rule table). */
function amended(rule: NodeRule, override: Partial<NodeRule>): NodeRule {
  let byRule = amendments.get(override);
  if (!byRule) {
    byRule = new WeakMap();
    amendments.set(override, byRule);
  }
  let merged = byRule.get(rule);
  if (!merged) {
    merged = { ...rule, ...override };
    byRule.set(rule, merged);
  }
  return merged;
}

/** The node's only named child other than comments, if it has exactly one. */
function onlyNamedChild(node: SyntaxNode): SyntaxNode | undefined {
  let only: SyntaxNode | undefined;
  for (const c of node.children) {
    if (!c.named || c.type === 'comment') continue;
    if (only) return undefined;
    only = c;
  }
  return only;
}

/**
 * The lists of a concept node (its slots' children, its head's and marks' tokens, its marks) that
 * are shorter than this come from the arena and are never changed: a list one longer is another
 * one. Most hold one to three items. A longer list is an array of the node's own, grown in place.
 */
const SHORT_LIST = 8;

const NO_KIDS: ConceptNode[] = [];

/** `a` followed by `b`, by the rule of `SHORT_LIST`: `a` itself when it may grow. */
function joined<T>(pool: ListPool<T>, a: T[], b: readonly T[]): T[] {
  if (a.length >= SHORT_LIST) {
    for (const x of b) a.push(x);
    return a;
  }
  const total = a.length + b.length;
  if (total >= SHORT_LIST) return a.concat(b);
  if (total === 0) return a;
  const out = pool.alloc(total, (a[0] ?? b[0]) as T);
  for (let k = 0; k < a.length; k++) out[k] = a[k] as T;
  for (let k = 0; k < b.length; k++) out[a.length + k] = b[k] as T;
  return out;
}

/** `a` followed by `x`, as `joined` makes lists. */
function withOne<T>(pool: ListPool<T>, a: T[], x: T): T[] {
  if (a.length >= SHORT_LIST) {
    a.push(x);
    return a;
  }
  if (a.length + 1 >= SHORT_LIST) return a.concat([x]);
  const out = pool.alloc(a.length + 1, x);
  for (let k = 0; k < a.length; k++) out[k] = a[k] as T;
  out[a.length] = x;
  return out;
}

/** Concepts whose declarations end with them (see `endScope`). */
const SCOPES = new Set(['def', 'lambda', 'class']);

/** Concepts whose children in the `clause` slot, and whose own children, are statements. */
const STATEMENT_CONTAINERS = new Set(['block']);

/** A side mapped onto the shared concepts. */
export interface Normalized {
  tree: ConceptNode;
  /** The tokens that close a block (`end`, `}`): the rows stage keeps lines of only those apart. */
  blockEnds: ReadonlySet<number>;
  /**
   * The tokens of marks a concept owns (`OWN_MARKS`: a program's class and `main`): a line of
   * nothing else stands apart in the rows, paired with no line of the other side.
   */
  apart: ReadonlySet<number>;
}

/**
 * Normalizes a side, noting on the way the tokens that close a block. Concept nodes come from
 * `arena` (see `arena.ts`).
 */
export function normalize(
  root: SyntaxNode,
  code: string,
  tokens: readonly Token[],
  language: LanguageModule,
  arena: Arena = new Arena(),
): Normalized {
  const blockEnds = new Set<number>();
  const apart = new Set<number>();
  /** Names of the methods the program defines, and the calls that were given an idiom. */
  const defined = new Set<string>();
  const spelled: { node: ConceptNode; name: string; receiver: string }[] = [];
  /** Names of the fields the program declares (Java's `private List<String> items;`). */
  const fields = new Set<string>();
  const rules = language.rules;
  let byType = tablePlans.get(language);
  if (!byType) {
    byType = new Map();
    tablePlans.set(language, byType);
  }
  const ancestors: string[] = [];

  const text = (node: SyntaxNode) => {
    // A node of exactly one token reads as that token: the string exists already, and a key
    // kept till the comparison ends is one string less for the collector to copy.
    if (node.endToken - node.firstToken === 1) {
      const only = tokens[node.firstToken] as Token;
      if (only.text.length === node.endIndex - node.startIndex) return only.text;
    }
    return code.slice(node.startIndex, node.endIndex);
  };
  const idioms = idiomsOf(language);
  const canonical = (t: string) => idioms.get(t)?.idea ?? t;

  /** A node with nothing in it yet: its lists and slots are the shared empty ones. */
  const blank = (node: SyntaxNode, concept: ConceptId): ConceptNode => {
    const cn = arena.concepts.take();
    cn.concept = concept;
    cn.key = '';
    cn.head = NO_TOKENS;
    cn.marks = NO_MARKS;
    cn.slots = NO_SLOTS;
    cn.headCategory = 'expression';
    cn.headText = null;
    cn.negated = false;
    cn.variant = null;
    cn.firstToken = node.firstToken;
    cn.endToken = node.endToken;
    cn.startRow = node.startRow;
    cn.endRow = node.endRow;
    cn.statement = false;
    cn.rule = undefined;
    cn.idiom = undefined;
    return cn;
  };

  /**
   * `list` with the token indices [first, end) appended: the arena's shared list for one token,
   * else a list as `joined` makes them.
   */
  const appendRange = (list: number[], first: number, end: number): number[] => {
    if (list.length === 0 && end - first === 1) return arena.single(first);
    if (list.length >= SHORT_LIST) {
      for (let i = first; i < end; i++) list.push(i);
      return list;
    }
    const total = list.length + end - first;
    if (total >= SHORT_LIST) {
      const out = list.slice();
      for (let i = first; i < end; i++) out.push(i);
      return out;
    }
    const out = arena.tokenLists.alloc(total, first);
    for (let k = 0; k < list.length; k++) out[k] = list[k] as number;
    for (let i = first, k = list.length; i < end; i++, k++) out[k] = i;
    return out;
  };

  /** Appends the tokens [first, end) to a node's head. */
  const addHead = (cn: ConceptNode, first: number, end: number) => {
    if (first < end) cn.head = appendRange(cn.head, first, end);
  };

  /** Appends `kid` to a slot. */
  const addToSlot = (cn: ConceptNode, slot: string, kid: ConceptNode) => {
    if (cn.slots === NO_SLOTS) cn.slots = arena.slots.take().clear();
    const list = cn.slots.get(slot);
    if (list === undefined) cn.slots.set(slot, withOne(arena.kidLists, NO_KIDS, kid));
    else {
      const longer = withOne(arena.kidLists, list, kid);
      if (longer !== list) cn.slots.set(slot, longer);
    }
  };

  // Children on their way into the slots of the nodes being built, gathered here while a node's
  // children are visited (a stack: a child's own go above and are settled before it returns).
  // Each slot's list is then made once, at its length: appended one by one, a short list was
  // made anew, and copied, for every child.
  const pendingSlots: string[] = [];
  const pendingKids: ConceptNode[] = [];
  let pendingTop = 0;
  const TAKEN = '';
  const pend = (slot: string, kid: ConceptNode) => {
    pendingSlots[pendingTop] = slot;
    pendingKids[pendingTop] = kid;
    pendingTop++;
  };
  /** Puts the children pending since `from` into `cn`'s slots, in order, and drops them. */
  const settle = (cn: ConceptNode, from: number) => {
    for (let i = from; i < pendingTop; i++) {
      const slot = pendingSlots[i] as string;
      if (slot === TAKEN) continue;
      if (cn.slots.has(slot)) {
        // A slot filled before (rare): appended to, as `addToSlot` does.
        for (let j = i; j < pendingTop; j++) {
          if (pendingSlots[j] !== slot) continue;
          addToSlot(cn, slot, pendingKids[j] as ConceptNode);
          pendingSlots[j] = TAKEN;
        }
        continue;
      }
      let count = 0;
      for (let j = i; j < pendingTop; j++) if (pendingSlots[j] === slot) count++;
      const first = pendingKids[i] as ConceptNode;
      // By the rule of `SHORT_LIST`: a short list from the arena, a longer one the node's own.
      const list: ConceptNode[] = count >= SHORT_LIST ? [] : arena.kidLists.alloc(count, first);
      let k = 0;
      for (let j = i; j < pendingTop; j++) {
        if (pendingSlots[j] !== slot) continue;
        if (count >= SHORT_LIST) list.push(pendingKids[j] as ConceptNode);
        else list[k++] = pendingKids[j] as ConceptNode;
        pendingSlots[j] = TAKEN;
      }
      if (cn.slots === NO_SLOTS) cn.slots = arena.slots.take().clear();
      cn.slots.set(slot, list);
    }
    pendingTop = from;
  };

  const make = (parts: ConceptParts): ConceptNode => {
    const cn = blank(parts.node, parts.concept);
    cn.key = parts.key ?? '';
    for (const h of parts.head ?? []) addHead(cn, h.firstToken, h.endToken);
    cn.headCategory = parts.headCategory ?? 'expression';
    cn.headText = parts.headText ?? null;
    cn.negated = parts.negated ?? false;
    cn.variant = parts.variant ?? null;
    for (const m of parts.marks ?? []) {
      if (m.site) {
        const tokens: number[] = [];
        for (const n of m.nodes) for (let t = n.firstToken; t < n.endToken; t++) tokens.push(t);
        addMark(cn, m.category, tokens, m.site);
      } else {
        for (const n of m.nodes) addMarkRange(cn, m.category, n.firstToken, n.endToken);
      }
    }
    const slots = parts.slots ?? NONE;
    for (const slot in slots) {
      for (const kid of slots[slot] as (ConceptNode | null)[]) if (kid) addToSlot(cn, slot, kid);
    }
    finish(cn);
    return cn;
  };

  /** The code a call is made on, as written without spaces (`os.path`), or `''`. */
  const receiverText = (cn: ConceptNode): string => {
    const receiver = cn.slots.get('receiver')?.[0];
    if (!receiver) return '';
    let out = '';
    for (let i = receiver.firstToken; i < receiver.endToken; i++) out += tokens[i]?.text ?? '';
    return out;
  };

  /** The idiom a node's head spells, for the concepts that spell one: `puts`, `&&`, `nil`. */
  const findIdiom = (cn: ConceptNode) => {
    if (cn.head.length === 0) return;
    // Most nodes are of no concept that spells an idiom: they return before reading a token.
    const spellsIdioms = IDIOM_CONCEPTS.has(cn.concept);
    if (!spellsIdioms && cn.concept !== 'name') return;
    const first = tokens[cn.head[0] as number]?.text ?? '';
    // A name spells an idiom only when it names a class (`ValueError`) or is a name the language
    // gives (`__name__`, `$stdout`): a variable called `max` or `message` is the author's, not
    // the language's.
    if (!spellsIdioms && !/^([A-Z]|__|\$)/.test(first)) return;
    const head =
      cn.headText ??
      (cn.head.length === 1 ? first : cn.head.map((i) => tokens[i]?.text ?? '').join(' '));
    // An operator on a string may mean something else: `"%d" % n` formats, `7 % 2` divides.
    const items = cn.concept === 'binary' ? (cn.slots.get('item') ?? NO_KIDS) : NO_KIDS;
    const onString = items.some((k) => k.concept === 'string')
      ? idioms.get(`${head} on-string`)
      : // `x == null` asks whether there is an object at all.
        items.some((k) => k.concept === 'literal' && k.key === 'null')
        ? idioms.get(`${head} on-null`)
        : // `total / 2.0` and `(double) total / n` divide exactly where `7 / 2` drops the remainder.
          items.some(decimal)
          ? idioms.get(`${head} on-decimal`)
          : undefined;
    // A class's constructor may be an idiom of its own: `Struct.new`.
    const made =
      cn.concept === 'construct' && cn.slots.get('class')?.[0]
        ? (idioms.get(`${(cn.slots.get('class') as ConceptNode[])[0]?.key}.new`) ??
          idioms.get((cn.slots.get('class') as ConceptNode[])[0]?.key ?? ''))
        : undefined;
    const idiom =
      onString ??
      made ??
      idioms.get(head) ??
      (head.includes(' ') ? idioms.get(head.replaceAll(' ', '')) : undefined) ??
      idioms.get(first);
    cn.idiom = idiom?.on === undefined || receiverText(cn) === idiom.on ? idiom : undefined;
    // The module such a call is made on (`math` of `math.sqrt`) is a name the language gives.
    const module = cn.idiom?.on ? cn.slots.get('receiver')?.[0] : undefined;
    if (module?.concept === 'name' && !module.idiom) module.idiom = idioms.get(module.key);
    // An object's own field (`@items`, `self.items`) usually holds one of the language's
    // collections; any other receiver may be an object of the program's own class.
    const onField = cn.slots.get('receiver')?.[0]?.concept === 'field';
    if (cn.idiom && cn.concept === 'call' && !onField)
      spelled.push({ node: cn, name: first, receiver: receiverText(cn) });
  };

  /**
   * The names declared with a type so far, in document order: whether each one's values are
   * decimal numbers (`double celsius`), and the token its declaration starts at. A name's latest
   * declaration is the one in force (`inForce`: each name's, innermost last), and a method's,
   * lambda's or class's own end with it: `int n` in one method and `double n` in the next are
   * each told in their own. Declarations come before their uses, so a division finds its
   * operands' here.
   */
  const declarations: { name: string; decimal: boolean; at: number }[] = [];
  const inForce = new Map<string, boolean[]>();
  const noteDeclaration = (cn: ConceptNode) => {
    const type = cn.marks.find((m) => m.category === 'type');
    if (!type) return;
    const name = cn.concept === 'name' ? cn.key : (cn.slots.get('target')?.[0]?.key ?? undefined);
    if (name === undefined) return;
    const written = type.tokens.map((i) => tokens[i]?.text ?? '').join('');
    const decimal = language.floatingTypes?.has(written) ?? false;
    declarations.push({ name, decimal, at: cn.firstToken });
    let list = inForce.get(name);
    if (!list) inForce.set(name, (list = []));
    list.push(decimal);
  };
  /** Drops the declarations made inside `scope`, which has just been built. */
  const endScope = (scope: ConceptNode) => {
    for (
      let last = declarations.at(-1);
      last && last.at >= scope.firstToken;
      last = declarations.at(-1)
    ) {
      declarations.pop();
      inForce.get(last.name)?.pop();
    }
  };
  const declaredDecimal = (name: string): boolean => inForce.get(name)?.at(-1) === true;
  /**
   * Whether a value is a decimal number: a decimal literal, a value made one (`(double) x`,
   * `x.to_f`), a name declared with a decimal type, or arithmetic on any of these
   * (`celsius * 9.0`), where the other operand is made decimal too.
   */
  const decimal = (k: ConceptNode): boolean =>
    (k.concept === 'number' && k.variant === 'decimal') ||
    k.idiom?.idea === 'to-float' ||
    (k.concept === 'name' && declaredDecimal(k.key)) ||
    (k.concept === 'binary' && (k.slots.get('item') ?? NO_KIDS).some(decimal));

  /** Marks statements and finds the idiom; called on every built node. */
  const finish = (cn: ConceptNode) => {
    if (language.floatingTypes && cn.marks.length > 0) noteDeclaration(cn);
    findIdiom(cn);
    if (language.floatingTypes && SCOPES.has(cn.concept)) endScope(cn);
    if (cn.concept === 'field-declaration' && cn.key.startsWith('name:'))
      fields.add(cn.key.slice(5));
    if (STATEMENT_CONTAINERS.has(cn.concept)) {
      for (let i = 0; i < cn.slots.size; i++)
        for (const kid of cn.slots.listAt(i)) kid.statement = true;
    }
    const clauses = cn.slots.get('clause');
    if (clauses) for (const kid of clauses) kid.statement = true;
  };

  const opaque = (node: SyntaxNode): ConceptNode => {
    const cn = blank(node, 'opaque');
    cn.key = text(node);
    addHead(cn, node.firstToken, node.endToken);
    return cn;
  };

  const ctx: RefineContext = {
    text,
    normalize: (node, rule) => visit(node, rule),
    make,
    ancestor: (depth) => ancestors[ancestors.length - 1 - depth],
  };

  const visit = (node: SyntaxNode, override?: Partial<NodeRule>): ConceptNode | null => {
    if (node.missing || node.endToken === node.firstToken) return null;
    if (node.type === 'ERROR') {
      const cn = blank(node, 'error');
      cn.key = text(node);
      addHead(cn, node.firstToken, node.endToken);
      return cn;
    }
    if (!node.named && !override) return null;
    if (ancestors.length > MAX_DEPTH) return opaque(node);

    let plan = byType.get(node.type);
    if (plan === undefined) {
      const tableRule = rules[node.type];
      plan = planOf(tableRule ?? genericRule(node));
      if (tableRule) byType.set(node.type, plan);
    }
    // An override naming its own concept replaces the table's rule; otherwise it amends it.
    if (override)
      plan = planOf(override.concept ? (override as NodeRule) : amended(plan.rule, override));
    if (plan.rule.refine) {
      ancestors.push(node.type);
      const refined = plan.rule.refine(node, ctx);
      ancestors.pop();
      if (refined && 'slots' in refined) return refined;
      if (refined) plan = planOf(refined);
    }
    const rule = plan.rule;

    if (rule.transparent) {
      const only = onlyNamedChild(node);
      if (only) {
        const kid = visit(only);
        // A statement's own marks (the `;` that ends it) go to the code it stands for.
        if (kid && rule.marks) {
          for (const c of node.children) {
            const category = c.named ? undefined : plan.marks.get(c.type);
            if (category) addMarkRange(kid, category, c.firstToken, c.endToken);
          }
        }
        return kid;
      }
    }
    if (rule.concept === 'comment') {
      const cn = blank(node, 'comment');
      addHead(cn, node.firstToken, node.endToken);
      cn.headCategory = 'comment';
      cn.headText = language.commentMarker(text(node));
      cn.rule = rule;
      return cn;
    }

    const cn = blank(node, rule.concept);
    cn.rule = rule;
    cn.headCategory = rule.headCategory ?? 'expression';
    cn.negated = rule.negated ?? false;
    cn.variant = rule.variant ?? null;
    if (rule.leaf) {
      if (rule.head) addHead(cn, node.firstToken, node.endToken);
      cn.key = keyOf(rule, node, cn);
      findIdiom(cn);
      if (cn.concept === 'method-name') defined.add(text(node));
      return cn;
    }

    const head = plan.head;
    if (head.has('self')) addHead(cn, node.firstToken, node.endToken);
    const { marks, fields, trailingMarks, childTypes } = plan;
    const restSlot = rule.rest ?? 'item';
    let rest: ConceptNode[] | undefined;
    let lastKid: ConceptNode | undefined;

    ancestors.push(node.type);
    const children = node.children;
    const from = pendingTop;
    for (let c = 0; c < children.length; c++) {
      const child = children[c] as SyntaxNode;
      // By type, heads and marks are tokens: Ruby's keyword `elsif` is one, a nested `elsif`
      // clause (a named node with children) is not.
      const token = !child.named || child.children.length === 0;
      if ((token && head.has(child.type)) || (child.field !== null && head.has(child.field))) {
        addHead(cn, child.firstToken, child.endToken);
        continue;
      }
      const trailing = token && lastKid ? trailingMarks?.get(child.type) : undefined;
      if (trailing && lastKid) {
        addMarkRange(lastKid, trailing, child.firstToken, child.endToken);
        continue;
      }
      const markCategory = token ? marks.get(child.type) : undefined;
      if (markCategory) {
        addMarkRange(cn, markCategory, child.firstToken, child.endToken);
        continue;
      }
      if (!child.named) continue;
      const found =
        (child.field !== null ? fields.get(child.field) : undefined) ?? childTypes?.get(child.type);
      if (found !== undefined && typeof found !== 'string' && 'mark' in found) {
        addMarkRange(cn, found.mark, child.firstToken, child.endToken);
        continue;
      }
      const target = found;
      const slot = target === undefined ? null : typeof target === 'string' ? target : target.slot;
      const childRule =
        target !== undefined && typeof target !== 'string' ? target.rule : undefined;
      const kid = visit(child, childRule);
      if (!kid) continue;
      lastKid = kid;
      const kidRule = kid.rule;
      const spliceSpec =
        target !== undefined && typeof target !== 'string' ? target.splice : undefined;
      const splice =
        spliceSpec === true || (Array.isArray(spliceSpec) && spliceSpec.includes(kid.concept));
      if (kidRule?.liftMarks || splice) {
        for (const m of kid.marks) addMark(cn, m.category, m.tokens, m.site ?? kid.concept);
        kid.marks = NO_MARKS;
      }
      const destination = slot ?? restSlot;
      if (splice) {
        dissolve(kid, cn, destination);
      } else if (slot === null && rule.wrapRest) {
        (rest ??= []).push(kid);
      } else {
        pend(destination, kid);
      }
      if (kidRule?.hoist) {
        for (const h of kidRule.hoist) {
          const moved = kid.slots.get(h);
          if (!moved) continue;
          kid.slots.delete(h);
          for (const m of moved) pend(h, m);
        }
      }
    }
    ancestors.pop();
    settle(cn, from);

    if (rule.wrapRest && rest) {
      const first = rest[0] as ConceptNode;
      const last = rest[rest.length - 1] as ConceptNode;
      const block = blank(node, 'block');
      block.firstToken = first.firstToken;
      block.endToken = last.endToken;
      block.startRow = first.startRow;
      block.endRow = last.endRow;
      for (const kid of rest) addToSlot(block, 'item', kid);
      finish(block);
      addToSlot(cn, rule.wrapRest, block);
    }
    cn.key = keyOf(rule, node, cn);
    finish(cn);
    return cn;
  };

  /**
   * Dissolves `kid` into `cn`, whose children are being visited: its head joins `cn`'s, its
   * `item` children go to `destination` and its other slots to `cn`'s of the same name.
   */
  const dissolve = (kid: ConceptNode, cn: ConceptNode, destination: string) => {
    if (kid.head.length > 0) cn.head = joined(arena.tokenLists, cn.head, kid.head);
    for (let i = 0; i < kid.slots.size; i++) {
      const kidSlot = kid.slots.nameAt(i);
      for (const g of kid.slots.listAt(i)) pend(kidSlot === 'item' ? destination : kidSlot, g);
    }
  };

  /** The index in `cn.marks` of its mark of `category`, or -1 (one mark per category and node: `(` and `)` of one call are one difference, not two). */
  const markIndex = (cn: ConceptNode, category: Category): number => {
    for (let k = 0; k < cn.marks.length; k++) {
      if ((cn.marks[k] as Mark).category === category) return k;
    }
    return -1;
  };

  const addMark = (
    cn: ConceptNode,
    category: Category,
    tokens: readonly number[],
    site: ConceptId | null,
  ) => {
    if (tokens.length === 0) return;
    if (category === 'block-end') for (const t of tokens) blockEnds.add(t);
    if (site !== null && OWN_MARKS.has(site)) for (const t of tokens) apart.add(t);
    const k = markIndex(cn, category);
    if (k >= 0) {
      const mark = cn.marks[k] as Mark;
      mark.tokens = joined(arena.tokenLists, mark.tokens, tokens);
    } else newMark(cn, category, joined(arena.tokenLists, NO_TOKENS, tokens), site);
  };

  const newMark = (
    cn: ConceptNode,
    category: Category,
    tokens: number[],
    site: ConceptId | null = null,
  ) => {
    const mark = arena.marks.take();
    mark.category = category;
    mark.tokens = tokens;
    mark.site = site;
    cn.marks = withOne(arena.markLists, cn.marks, mark);
  };

  /** Marks the tokens [first, end) (a child's own tokens) without a list in between. */
  const addMarkRange = (cn: ConceptNode, category: Category, first: number, end: number) => {
    if (first === end) return;
    if (category === 'block-end') for (let t = first; t < end; t++) blockEnds.add(t);
    const k = markIndex(cn, category);
    if (k >= 0) {
      const mark = cn.marks[k] as Mark;
      mark.tokens = appendRange(mark.tokens, first, end);
      return;
    }
    newMark(cn, category, appendRange(NO_TOKENS, first, end));
  };

  const generic = genericRulesOf(language);
  /** Types no rule names keep a language-private concept: they pair only with themselves. */
  const genericRule = (node: SyntaxNode): NodeRule => {
    const leaf = node.children.every((c) => !c.named);
    const known = leaf ? generic.leaves : generic.inner;
    let rule = known.get(node.type);
    if (!rule) {
      rule = { concept: `${language.info.id}:${node.type}` };
      if (leaf) rule = { ...rule, leaf: true, key: 'text', head: ['self'] };
      known.set(node.type, rule);
    }
    return rule;
  };

  const keyOf = (rule: NodeRule, node: SyntaxNode, cn: ConceptNode): string => {
    const spec = rule.key;
    if (spec === undefined) return '';
    if (spec === 'text') return text(node);
    if (spec === 'canonical') return canonical(text(node));
    if (spec === 'method') {
      const t = text(node);
      return Object.hasOwn(language.methodNames, t) ? (language.methodNames[t] as string) : t;
    }
    if (spec === 'head') return canonical(cn.head.map((i) => tokens[i]?.text ?? '').join(' '));
    if ('constant' in spec) return spec.constant;
    const kid = cn.slots.get(spec.slot)?.[0];
    return kid ? `${kid.concept}:${kid.key}` : '';
  };

  const tree = visit(root) ?? blank(root, 'block');
  // A call of a method the program defines itself (a stack's own `pop` or `empty?`) means what
  // the program says, not what the language's method of that name does.
  if (defined.size > 0) {
    // (A field the class declares, read by its bare name, `items.isEmpty()`, is a field too.)
    for (const { node, name, receiver } of spelled) {
      if (!defined.has(name) || fields.has(receiver)) continue;
      // Its key names the method, not the idea the language's method of that name spells, so it
      // pairs with the other side's call of the same name.
      if (node.key === node.idiom?.idea) node.key = name;
      node.idiom = undefined;
    }
  }
  return { tree, blockEnds, apart };
}
