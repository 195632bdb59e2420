/**
 * Stage 2, normalize: maps a language's syntax tree onto the shared concepts (`if`, `call`,
 * `block`, …) by interpreting the language module's rule table, so that the aligner can pair
 * Ruby's `if … end` with Python's `if …:` without knowing either grammar.
 */
import type {
  ConceptNode,
  ConceptParts,
  LanguageModule,
  Mark,
  NodeRule,
  RefineContext,
} from '../languages/language.js';
import type { Category, Token } from '../types.js';
import type { SyntaxNode } from './parse.js';

/** Deeper than this, a subtree is compared as plain text: no beginner writes it, and it keeps every later stage's recursion bounded. */
const MAX_DEPTH = 120;

const NONE: Record<string, never> = {};

/**
 * Nodes share one empty slot map, head and mark list until they get their own (never written:
 * `addToSlot`, `addHead` and `addMark` replace them first). Most concept nodes are leaves, and
 * every empty list is garbage to collect.
 */
const NO_SLOTS = new Map<string, ConceptNode[]>();
const NO_TOKENS: number[] = [];
Object.freeze(NO_TOKENS);
const NO_MARKS: Mark[] = [];
Object.freeze(NO_MARKS);

const headSets = new WeakMap<NodeRule, Set<string>>();
/** A rule's head as a set, made once per rule. */
function headSet(rule: NodeRule): Set<string> {
  let set = headSets.get(rule);
  if (!set) {
    set = new Set(rule.head ?? []);
    headSets.set(rule, set);
  }
  return set;
}

/** Concepts whose children in the `clause` slot, and whose own children, are statements. */
const STATEMENT_CONTAINERS = new Set(['block']);

/**
 * Normalizes a side. `blockEnds`, when given, collects the tokens that close a block (the rows
 * stage keeps lines holding only those apart).
 */
export function normalize(
  root: SyntaxNode,
  code: string,
  tokens: readonly Token[],
  language: LanguageModule,
  blockEnds?: Set<number>,
): ConceptNode {
  const rules = language.rules;
  const ancestors: string[] = [];

  const text = (node: SyntaxNode) => code.slice(node.startIndex, node.endIndex);
  const tokensOf = (node: SyntaxNode): number[] => {
    const out: number[] = [];
    for (let i = node.firstToken; i < node.endToken; i++) out.push(i);
    return out;
  };
  const canonical = (t: string) => language.canonical[t] ?? t;

  const blank = (node: SyntaxNode, concept: string): ConceptNode => ({
    concept,
    key: '',
    head: NO_TOKENS,
    headCategory: 'expression',
    headText: null,
    marks: NO_MARKS,
    slots: NO_SLOTS,
    negated: false,
    variant: null,
    firstToken: node.firstToken,
    endToken: node.endToken,
    startRow: node.startRow,
    endRow: node.endRow,
    statement: false,
  });

  const addToSlot = (cn: ConceptNode, slot: string, kid: ConceptNode) => {
    const list = cn.slots.get(slot);
    if (list) list.push(kid);
    else {
      if (cn.slots === NO_SLOTS) cn.slots = new Map();
      cn.slots.set(slot, [kid]);
    }
  };

  const make = (parts: ConceptParts): ConceptNode => {
    const cn = blank(parts.node, parts.concept);
    cn.key = parts.key ?? '';
    cn.head = (parts.head ?? []).flatMap(tokensOf);
    cn.headCategory = parts.headCategory ?? 'expression';
    cn.headText = parts.headText ?? null;
    cn.negated = parts.negated ?? false;
    cn.variant = parts.variant ?? null;
    for (const m of parts.marks ?? []) addMark(cn, m.category, m.nodes.flatMap(tokensOf));
    for (const [slot, kids] of Object.entries(parts.slots ?? {})) {
      for (const kid of kids) if (kid) addToSlot(cn, slot, kid);
    }
    finish(cn);
    return cn;
  };

  /** Marks statements; called on every built node. */
  const finish = (cn: ConceptNode) => {
    if (STATEMENT_CONTAINERS.has(cn.concept)) {
      for (const kids of cn.slots.values()) for (const kid of kids) kid.statement = true;
    }
    const clauses = cn.slots.get('clause');
    if (clauses) for (const kid of clauses) kid.statement = true;
  };

  const opaque = (node: SyntaxNode): ConceptNode => {
    const cn = blank(node, 'opaque');
    cn.key = text(node);
    cn.head = tokensOf(node);
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
      cn.head = tokensOf(node);
      return cn;
    }
    if (!node.named && !override) return null;
    if (ancestors.length > MAX_DEPTH) return opaque(node);

    let rule: NodeRule = rules[node.type] ?? genericRule(node);
    // An override naming its own concept replaces the table's rule; otherwise it amends it.
    if (override) rule = override.concept ? (override as NodeRule) : { ...rule, ...override };
    if (rule.refine) {
      ancestors.push(node.type);
      const refined = rule.refine(node, ctx);
      ancestors.pop();
      if (refined && 'slots' in refined) return refined;
      if (refined) rule = refined;
    }

    if (rule.transparent) {
      const named = node.children.filter((c) => c.named && c.type !== 'comment');
      if (named.length === 1 && named[0]) return visit(named[0]);
    }
    if (rule.concept === 'comment') {
      const cn = blank(node, 'comment');
      cn.head = tokensOf(node);
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
      if (rule.head) cn.head = tokensOf(node);
      cn.key = keyOf(rule, node, cn);
      return cn;
    }

    const head = headSet(rule);
    if (head.has('self')) cn.head = tokensOf(node);
    const marks = rule.marks ?? NONE;
    const fields = rule.fields ?? NONE;
    const restSlot = rule.rest ?? 'item';
    let rest: ConceptNode[] | undefined;

    ancestors.push(node.type);
    for (const child of node.children) {
      // By type, heads and marks are tokens: Ruby's keyword `elsif` is one, a nested `elsif`
      // clause (a named node with children) is not.
      const token = !child.named || child.children.length === 0;
      if ((token && head.has(child.type)) || (child.field !== null && head.has(child.field))) {
        addHead(cn, child.firstToken, child.endToken);
        continue;
      }
      const markCategory = token ? marks[child.type] : undefined;
      if (markCategory) {
        addMark(cn, markCategory, tokensOf(child));
        continue;
      }
      if (!child.named) continue;
      const target =
        child.field !== null && fields[child.field] !== undefined
          ? fields[child.field]
          : rule.childTypes?.[child.type];
      const slot = target === undefined ? null : typeof target === 'string' ? target : target.slot;
      const childRule =
        target !== undefined && typeof target !== 'string' ? target.rule : undefined;
      const kid = visit(child, childRule);
      if (!kid) continue;
      const kidRule = kid.rule;
      const spliceSpec =
        target !== undefined && typeof target !== 'string' ? target.splice : undefined;
      const splice =
        spliceSpec === true || (Array.isArray(spliceSpec) && spliceSpec.includes(kid.concept));
      if (kidRule?.liftMarks || splice) {
        for (const m of kid.marks) addMark(cn, m.category, m.tokens);
        kid.marks = NO_MARKS;
      }
      const destination = slot ?? restSlot;
      if (splice) {
        if (kid.head.length > 0) {
          if (cn.head === NO_TOKENS) cn.head = [];
          cn.head.push(...kid.head);
        }
        for (const [kidSlot, grandkids] of kid.slots) {
          for (const g of grandkids) addToSlot(cn, kidSlot === 'item' ? destination : kidSlot, g);
        }
      } else if (slot === null && rule.wrapRest) {
        (rest ??= []).push(kid);
      } else {
        addToSlot(cn, destination, kid);
      }
      if (kidRule?.hoist) {
        for (const h of kidRule.hoist) {
          const moved = kid.slots.get(h);
          if (!moved) continue;
          kid.slots.delete(h);
          for (const m of moved) addToSlot(cn, h, m);
        }
      }
    }
    ancestors.pop();

    if (rule.wrapRest && rest) {
      const first = rest[0] as ConceptNode;
      const last = rest[rest.length - 1] as ConceptNode;
      const block: ConceptNode = {
        ...blank(node, 'block'),
        firstToken: first.firstToken,
        endToken: last.endToken,
        startRow: first.startRow,
        endRow: last.endRow,
      };
      block.slots = new Map([['item', rest]]);
      finish(block);
      addToSlot(cn, rule.wrapRest, block);
    }
    cn.key = keyOf(rule, node, cn);
    finish(cn);
    return cn;
  };

  /** Appends the tokens [first, end) to a node's head. */
  const addHead = (cn: ConceptNode, first: number, end: number) => {
    if (first === end) return;
    if (cn.head === NO_TOKENS) cn.head = [];
    for (let i = first; i < end; i++) cn.head.push(i);
  };

  const addMark = (cn: ConceptNode, category: Category, tokens: number[]) => {
    if (tokens.length === 0) return;
    if (category === 'block-end') for (const t of tokens) blockEnds?.add(t);
    // One mark per category and node: `(` and `)` of one call are one difference, not two.
    const existing = cn.marks.find((m) => m.category === category);
    if (existing) existing.tokens.push(...tokens);
    else if (cn.marks === NO_MARKS) cn.marks = [{ category, tokens: [...tokens] }];
    else cn.marks.push({ category, tokens: [...tokens] });
  };

  const genericRules = new Map<string, NodeRule>();
  /** Types no rule names keep a language-private concept: they pair only with themselves. */
  const genericRule = (node: SyntaxNode): NodeRule => {
    const leaf = node.children.every((c) => !c.named);
    const key = `${node.type}\u0000${leaf}`;
    let rule = genericRules.get(key);
    if (!rule) {
      rule = { concept: `${language.info.id}:${node.type}` };
      if (leaf) rule = { ...rule, leaf: true, key: 'text', head: ['self'] };
      genericRules.set(key, rule);
    }
    return rule;
  };

  const keyOf = (rule: NodeRule, node: SyntaxNode, cn: ConceptNode): string => {
    const spec = rule.key;
    if (spec === undefined) return '';
    if (spec === 'text') return text(node);
    if (spec === 'canonical') return canonical(text(node));
    if (spec === 'method') return language.methodNames[text(node)] ?? text(node);
    if (spec === 'head') return canonical(cn.head.map((i) => tokens[i]?.text ?? '').join(' '));
    if ('constant' in spec) return spec.constant;
    const kid = cn.slots.get(spec.slot)?.[0];
    return kid ? `${kid.concept}:${kid.key}` : '';
  };

  return visit(root) ?? blank(root, 'block');
}
