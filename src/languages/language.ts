/**
 * What a language module provides. Everything Juxta knows about one language lives in its module
 * (`src/languages/<id>/`): grammar, extensions, token colours, how its syntax maps onto the shared
 * concepts, and the words that explain its side of a difference. The engine holds no
 * language-specific knowledge.
 */
import type { SyntaxErrorHints } from '../engine/diagnose.js';
import type { SyntaxNode } from '../engine/parse.js';
import type { Slots } from '../engine/slots.js';
import type { Category, LanguageInfo, TokenKind } from '../types.js';

/**
 * Where a child node goes in its parent's concept: a slot name (`condition`, `body`, `arg`, …), or
 * a slot plus overrides of the child's own rule (say, Python's `argument_list` used as the list of
 * superclasses, whose parentheses are a delimiter rather than call parentheses).
 */
export type FieldTarget =
  | string
  | {
      slot: string;
      /** Overrides of the child's rule; one that names a `concept` replaces the rule whole. */
      rule?: Partial<NodeRule>;
      /**
       * Dissolve the child into this node: its `item` children go to `slot`, its other slots to
       * the slots of the same name, and its marks become this node's. A list of concepts
       * dissolves only children of those concepts (a `|` union of patterns, not a lone string).
       */
      splice?: boolean | string[];
    };

/** How one grammar node type maps onto a shared concept. Tables of these are the heart of a module. */
export interface NodeRule {
  /**
   * The shared concept, named as a teacher would: `if`, `elif`, `else`, `while`, `for`, `def`,
   * `call`, `args`, `params`, `block`, `string`, `name`, `number`, `literal`, `binary`, …
   * Two nodes can only be paired as the same thing when their concepts are equal.
   */
  concept: string;
  /**
   * What identifies the node within its concept, for alignment: `text` (its source text),
   * `canonical` (its text looked up in the module's `canonical` table, so that `nil` and `None`
   * share a key), `method` (its text looked up in `methodNames`: `initialize` and `__init__`),
   * `head` (the canonical text of its head), a constant, or the key of the first
   * child in a slot (an assignment is known by its target). Default: the empty key.
   */
  key?: 'text' | 'canonical' | 'method' | 'head' | { constant: string } | { slot: string };
  /**
   * Child node types, or field names, whose tokens spell the concept (`if`, `elsif`, `&&`). When
   * two paired nodes spell their heads differently, that is a difference of `headCategory`.
   * `self` means the node's own tokens (for leaves).
   */
  head?: string[];
  headCategory?: Category;
  /** Child node types whose tokens are syntax marks of a category: `{ ':': 'block-start', end: 'block-end' }`. */
  marks?: Record<string, Category>;
  /** Fields of the grammar node and the slots their children go to. */
  fields?: Record<string, FieldTarget>;
  /** Child node types and the slots they go to, for children in no listed field (`rescue` → `clause`). */
  childTypes?: Record<string, FieldTarget>;
  /** The slot for named children in no listed field (default `item`). */
  rest?: string;
  /** Gather the `rest` children into a synthetic `block` in this slot (Ruby's `else` holds its statements directly). */
  wrapRest?: string;
  /** The node stands for its only named child (Python's `expression_statement`). */
  transparent?: boolean;
  /** Do not look inside: compare by text. */
  leaf?: boolean;
  /** Hand this node's marks to its parent (Ruby's `then` keyword belongs to the `if`). */
  liftMarks?: boolean;
  /** Move the children of these slots up into the parent's same slot (Ruby nests `elsif` chains; Python lists them). */
  hoist?: string[];
  /** The condition is negated (`unless`, `until`). */
  negated?: boolean;
  /** A flavour of the concept that is a lesson of its own: a Ruby `symbol` is a `string` that reads differently. */
  variant?: string;
  /**
   * The escape hatch for shapes a table cannot express (Ruby's `list.each do |x|` is a `for`
   * loop). Returns a rule to use instead, or a built node, or `undefined` to keep the table rule.
   */
  refine?: (node: SyntaxNode, ctx: RefineContext) => NodeRule | ConceptNode | undefined;
}

/** What a `refine` function may use. */
export interface RefineContext {
  /** The source text of a node. */
  text(node: SyntaxNode): string;
  /** Normalizes a child node (with an optional rule override). */
  normalize(node: SyntaxNode, rule?: Partial<NodeRule>): ConceptNode | null;
  /** A concept node built by hand. */
  make(parts: ConceptParts): ConceptNode;
  /** The type of the enclosing grammar node `depth` levels up (0: the node being refined). */
  ancestor(depth: number): string | undefined;
}

export interface ConceptParts {
  concept: string;
  key?: string;
  node: SyntaxNode;
  /** Nodes whose tokens spell the concept. */
  head?: SyntaxNode[];
  headCategory?: Category;
  /** Text compared instead of the head tokens' text (a comment's marker rather than its words). */
  headText?: string;
  marks?: { category: Category; nodes: SyntaxNode[] }[];
  slots?: Record<string, (ConceptNode | null)[]>;
  negated?: boolean;
  variant?: string;
}

/** A mark: syntax tokens of one category owned by a concept node (a `:`, an `end`, a pair of parentheses). */
export interface Mark {
  category: Category;
  /** Token indices. */
  tokens: number[];
}

/** A node of the shared-concept tree that both sides are normalized into. */
export interface ConceptNode {
  concept: string;
  key: string;
  /** Token indices spelling the concept. */
  head: number[];
  headCategory: Category;
  headText: string | null;
  marks: Mark[];
  /** Children by slot, each list in source order. */
  slots: Slots;
  negated: boolean;
  variant: string | null;
  /** The token range covered: [first, end). */
  firstToken: number;
  endToken: number;
  /** 0-based rows. */
  startRow: number;
  endRow: number;
  /** Sits in a block: a statement, or a clause such as `else`. Aligned lines come from these. */
  statement: boolean;
  /** The table rule that built it, when one did (normalize reads its `liftMarks` and `hoist`). */
  rule?: NodeRule;
}

/** The words a module uses to explain its side of a difference. */
export interface LanguageWords {
  /** How this language writes the thing, when it has it: `python['block-start']`. */
  has: Partial<Record<Category, string>>;
  /** Why this language does without it: `python['block-end']`. */
  lacks: Partial<Record<Category, string>>;
  /** What a particular token means, keyed by its text: `puts`, `elsif`, `nil`. */
  tokens: Record<string, string>;
}

export interface LanguageModule {
  info: LanguageInfo;
  /** The tree-sitter grammar (the `tree-sitter-<lang>` package's export). */
  grammar: unknown;
  /**
   * Node types taken as one token without looking inside (comments, heredoc bodies). Constant:
   * the parse stage reads it once per node type.
   */
  atomicNodes: ReadonlySet<string>;
  /**
   * The colour class of a token. A pure function of its arguments: the parse stage asks once per
   * node type and parent type and keeps the answer.
   */
  tokenKind(type: string, named: boolean, parentType: string | null): TokenKind;
  /** Grammar node type → concept. Types not listed keep a language-private concept. */
  rules: Record<string, NodeRule>;
  /** Text → canonical key shared across languages: `nil` → `null`, `&&` → `and`, `puts` → `print-line`. */
  canonical: Record<string, string>;
  /** Method names with a shared meaning: `initialize` → `constructor`, `to_s` → `to-string`. */
  methodNames: Record<string, string>;
  /** The comment marker at the start of a comment's text. */
  commentMarker(text: string): string;
  words: LanguageWords;
  syntaxErrors: SyntaxErrorHints;
}
