/**
 * Elixir: grammar, extensions, token colours, how Elixir's syntax maps onto the shared concepts,
 * and the words that explain Elixir's side of a difference. Nearly everything in Elixir is a call:
 * `def`, `if` and `case` are macros whose blocks are `do … end` (or `, do:` on one line). So most
 * of the mapping is `refineCall`, which reads what a call is called by and builds the concept it
 * stands for; the grammar's other nodes map through the table.
 */
import type { SyntaxNode } from '../../engine/parse.js';
import type {
  ConceptNode,
  ConceptParts,
  LanguageModule,
  NodeRule,
  RefineContext,
} from '../language.js';
import { idiomOf } from '../language.js';
import { lazyGrammar } from '../grammar.js';
import { METHOD_NAME } from '../rules.js';
import { kindOfToken } from '../token-kinds.js';
import type { TokenKind } from '../../types.js';
import { idioms } from './idioms.js';
import { syntaxErrors } from './syntax-errors.js';
import { words } from './words.js';

/** Reserved words: the grammar gives them tokens of their own. */
const KEYWORDS = new Set(
  'after and catch do else end false fn in nil not or rescue true when'.split(' '),
);

/** Macros a reader knows as keywords, though the grammar reads them as names being called. */
const KEYWORD_NAMES = new Set(
  'alias case cond def defmacro defmodule defp defstruct for if import quote raise receive require try unless unquote use with'.split(
    ' ',
  ),
);

const NAMED_KINDS: Record<string, TokenKind> = {
  identifier: 'identifier',
  alias: 'constant',
  integer: 'number',
  float: 'number',
  char: 'number',
  quoted_content: 'string',
  escape_sequence: 'string',
  atom: 'symbol',
  keyword: 'symbol',
  comment: 'comment',
  sigil_name: 'string',
  sigil_modifiers: 'string',
  operator_identifier: 'operator',
};

const TOKEN_TABLES = {
  keywords: KEYWORDS,
  named: NAMED_KINDS,
  stringParents: new Set(['charlist', 'sigil', 'quoted_atom', 'quoted_keyword']),
  interpolation: new Set(['#{', '}']),
};

/** The words of a block given as a keyword on one line (`, do: x, else: y`): kept whole. */
const BLOCK_KEYWORDS = new Set(['do', 'else', 'rescue', 'catch', 'after']);

type Refined = ReturnType<NonNullable<NodeRule['refine']>>;

const fieldOf = (node: SyntaxNode, field: string) => node.children.find((c) => c.field === field);
const typeOf = (node: SyntaxNode | undefined, type: string) =>
  node?.children.find((c) => c.type === type);
/** A node's named children, comments left out (arguments, patterns). */
const namedKids = (node: SyntaxNode | undefined) =>
  node?.children.filter((c) => c.named && c.type !== 'comment') ?? [];
const nonNull = (n: ConceptNode | null): n is ConceptNode => n !== null;

/**
 * A stand-in for one token of a node (`make` takes nodes; the parts of a keyword token such as
 * `name: ` are two tokens of one leaf).
 */
function tokenAt(node: SyntaxNode, index: number): SyntaxNode {
  return { ...node, firstToken: index, endToken: index + 1, children: [] };
}

/**
 * Statements, with each further clause of a function defined clause by clause (`def fact(0)`,
 * then `def fact(n)`) told apart from the first.
 */
function statementsOf(ctx: RefineContext, items: SyntaxNode[]): ConceptNode[] {
  const statements = items.map((c) => ctx.normalize(c)).filter(nonNull);
  let previous: ConceptNode | undefined;
  for (const statement of statements) {
    if (statement.concept === 'comment') continue;
    if (
      statement.concept === 'def' &&
      previous?.concept === 'def' &&
      previous.key === statement.key
    )
      statement.variant = 'clause';
    previous = statement;
  }
  return statements;
}

/** A statement list as a block, spanning its statements. */
function blockOf(ctx: RefineContext, owner: SyntaxNode, items: SyntaxNode[]): ConceptNode {
  const statements = statementsOf(ctx, items);
  const block = ctx.make({
    concept: 'block',
    node: items[0] ?? owner,
    slots: { item: statements },
  });
  const first = statements[0];
  const last = statements[statements.length - 1];
  if (first && last) {
    block.firstToken = first.firstToken;
    block.endToken = last.endToken;
    block.startRow = first.startRow;
    block.endRow = last.endRow;
  }
  return block;
}

/** A `do … end` block's parts: its `do` and `end`, its statements, and its clause blocks (`else`). */
interface DoBlock {
  node: SyntaxNode;
  open: SyntaxNode[];
  close: SyntaxNode[];
  body: SyntaxNode[];
  clauses: SyntaxNode[];
}

const CLAUSE_BLOCKS = new Set(['else_block', 'rescue_block', 'catch_block', 'after_block']);

function doBlockOf(node: SyntaxNode): DoBlock | undefined {
  const block = typeOf(node, 'do_block');
  if (!block) return undefined;
  return {
    node: block,
    open: block.children.filter((c) => c.type === 'do'),
    close: block.children.filter((c) => c.type === 'end'),
    body: block.children.filter((c) => c.named && !CLAUSE_BLOCKS.has(c.type)),
    clauses: block.children.filter((c) => CLAUSE_BLOCKS.has(c.type)),
  };
}

/** A block's one-line form: the `, do: value` (and `else: value`) keywords closing a call's arguments. */
interface OneLine {
  /** The `,` before the keywords and the `do:`. */
  open: SyntaxNode[];
  body: SyntaxNode | undefined;
  /** The `else:` pair, if any. */
  otherwise: SyntaxNode | undefined;
}

/** The word of a keyword pair (`do` for `do: x`). */
const keywordWord = (pair: SyntaxNode, ctx: RefineContext) =>
  ctx.text(fieldOf(pair, 'key') ?? pair).replace(/:\s*$/, '');

function oneLineOf(args: SyntaxNode | undefined, ctx: RefineContext): OneLine | undefined {
  const keywords = args?.children.find((c) => c.type === 'keywords');
  const pairs = keywords?.children.filter((c) => c.type === 'pair') ?? [];
  const doPair = pairs.find((p) => keywordWord(p, ctx) === 'do');
  if (!args || !keywords || !doPair) return undefined;
  const at = args.children.indexOf(keywords);
  const comma = at > 0 && args.children[at - 1]?.type === ',' ? [args.children[at - 1]] : [];
  const key = fieldOf(doPair, 'key');
  return {
    open: [...(comma as SyntaxNode[]), ...(key ? [key] : [])],
    body: fieldOf(doPair, 'value'),
    otherwise: pairs.find((p) => keywordWord(p, ctx) === 'else'),
  };
}

/** A call's positional arguments: its arguments but for a trailing keyword list. */
function positional(args: SyntaxNode | undefined): SyntaxNode[] {
  return namedKids(args).filter((c) => c.type !== 'keywords');
}

/** A call's parentheses, if it has them. */
const parensOf = (args: SyntaxNode | undefined) =>
  args?.children.filter((c) => c.type === '(' || c.type === ')') ?? [];

/** The body and marks of a construct with a block, in either form (`do … end`, `, do:`). */
function blockParts(
  node: SyntaxNode,
  ctx: RefineContext,
  args: SyntaxNode | undefined,
): {
  body: ConceptNode | null;
  marks: NonNullable<ConceptParts['marks']>;
  doBlock: DoBlock | undefined;
  oneLine: OneLine | undefined;
} {
  const doBlock = doBlockOf(node);
  if (doBlock) {
    return {
      body: blockOf(ctx, doBlock.node, doBlock.body),
      marks: [
        { category: 'block-start', nodes: doBlock.open },
        { category: 'block-end', nodes: doBlock.close },
      ],
      doBlock,
      oneLine: undefined,
    };
  }
  const oneLine = oneLineOf(args, ctx);
  return {
    body: oneLine?.body ? blockOf(ctx, oneLine.body, [oneLine.body]) : null,
    marks: oneLine ? [{ category: 'block-start', nodes: oneLine.open }] : [],
    doBlock: undefined,
    oneLine,
  };
}

/** An `else` clause, as a block of its own (`else … end`) or one line (`else: value`). */
function elseOf(ctx: RefineContext, doBlock?: DoBlock, oneLine?: OneLine): ConceptNode | null {
  const block = doBlock?.clauses.find((c) => c.type === 'else_block');
  if (block) {
    return ctx.make({
      concept: 'else',
      node: block,
      head: block.children.filter((c) => c.type === 'else'),
      headCategory: 'keyword',
      slots: {
        body: [
          blockOf(
            ctx,
            block,
            block.children.filter((c) => c.named),
          ),
        ],
      },
    });
  }
  const pair = oneLine?.otherwise;
  const value = pair ? fieldOf(pair, 'value') : undefined;
  if (!pair || !value) return null;
  return ctx.make({
    concept: 'else',
    node: pair,
    head: [fieldOf(pair, 'key') ?? pair],
    headCategory: 'keyword',
    variant: 'one-line',
    slots: { body: [blockOf(ctx, value, [value])] },
  });
}

/** `if x do … else … end`, `unless x do … end`, `if x, do: a, else: b`. */
function conditional(
  node: SyntaxNode,
  ctx: RefineContext,
  target: SyntaxNode,
  args: SyntaxNode | undefined,
  negated: boolean,
): ConceptNode {
  const { body, marks, doBlock, oneLine } = blockParts(node, ctx, args);
  const condition = positional(args)[0];
  return ctx.make({
    concept: 'if',
    node,
    head: [target],
    headCategory: 'keyword',
    negated,
    marks,
    slots: {
      condition: condition ? [ctx.normalize(condition)] : [],
      body: [body],
      clause: [elseOf(ctx, doBlock, oneLine)],
    },
  });
}

/** A stab clause's parts: `pattern when guard -> body`. */
function stabParts(clause: SyntaxNode) {
  let left = fieldOf(clause, 'left');
  let guard: SyntaxNode | undefined;
  let when: SyntaxNode | undefined;
  if (left?.type === 'binary_operator' && typeOf(left, 'when')) {
    guard = fieldOf(left, 'right');
    when = typeOf(left, 'when');
    left = fieldOf(left, 'left');
  }
  const patterns = left?.type === 'arguments' ? namedKids(left) : left ? [left] : [];
  const right = fieldOf(clause, 'right');
  return {
    patterns,
    guard,
    when,
    arrow: clause.children.filter((c) => c.type === '->'),
    body: right ? right.children.filter((c) => c.named) : [],
  };
}

/** A clause's guard, `when condition`; `def-guard` when it is a function clause's. */
function guardOf(
  ctx: RefineContext,
  when: SyntaxNode | undefined,
  guard: SyntaxNode | undefined,
  variant?: 'def-guard',
) {
  if (!when || !guard) return null;
  const cn = ctx.make({
    concept: 'guard',
    node: guard,
    head: [when],
    headCategory: 'keyword',
    variant,
    slots: { item: [ctx.normalize(guard)] },
  });
  cn.firstToken = when.firstToken;
  return cn;
}

/** A catch-all pattern: `_` in a `case`, `true` in a `cond`. */
const catchAll = (ctx: RefineContext, patterns: SyntaxNode[], word: string) =>
  patterns.length === 1 && ctx.text(patterns[0] as SyntaxNode) === word;

/**
 * `cond do a -> … ; b -> … ; true -> … end`: Elixir's chain of conditions, the first clause an
 * `if`, the others `else if`s, a last `true ->` the `else`.
 */
function condChain(node: SyntaxNode, ctx: RefineContext, target: SyntaxNode): Refined {
  const doBlock = doBlockOf(node);
  const clauses = doBlock?.body.filter((c) => c.type === 'stab_clause') ?? [];
  const first = clauses[0];
  if (!doBlock || !first) return undefined;
  const branch = (clause: SyntaxNode) => {
    const parts = stabParts(clause);
    const body = blockOf(ctx, clause, parts.body);
    return { parts, body };
  };
  const head = branch(first);
  const rest = clauses.slice(1).map((clause) => {
    const { parts, body } = branch(clause);
    if (catchAll(ctx, parts.patterns, 'true')) {
      return ctx.make({
        concept: 'else',
        node: clause,
        head: parts.patterns,
        headCategory: 'keyword',
        variant: 'wildcard',
        marks: [{ category: 'block-start', nodes: parts.arrow }],
        slots: { body: [body] },
      });
    }
    return ctx.make({
      concept: 'elif',
      node: clause,
      headCategory: 'keyword',
      marks: [{ category: 'block-start', nodes: parts.arrow }],
      slots: { condition: parts.patterns.map((p) => ctx.normalize(p)), body: [body] },
    });
  });
  return ctx.make({
    concept: 'if',
    node,
    head: [target, ...doBlock.open],
    headCategory: 'keyword',
    variant: 'clauses',
    marks: [
      { category: 'block-start', nodes: head.parts.arrow },
      { category: 'block-end', nodes: doBlock.close },
    ],
    slots: {
      condition: head.parts.patterns.map((p) => ctx.normalize(p)),
      body: [head.body],
      clause: rest,
    },
  });
}

/** `case value do pattern -> … ; _ -> … end`. */
function caseOf(
  node: SyntaxNode,
  ctx: RefineContext,
  target: SyntaxNode,
  args: SyntaxNode | undefined,
): Refined {
  const doBlock = doBlockOf(node);
  if (!doBlock) return undefined;
  const subject = positional(args)[0];
  const clauses = doBlock.body
    .filter((c) => c.type === 'stab_clause')
    .map((clause) => {
      const parts = stabParts(clause);
      const body = blockOf(ctx, clause, parts.body);
      if (catchAll(ctx, parts.patterns, '_') && !parts.guard) {
        return ctx.make({
          concept: 'else',
          node: clause,
          head: parts.patterns,
          headCategory: 'keyword',
          variant: 'wildcard',
          marks: [{ category: 'block-start', nodes: parts.arrow }],
          slots: { body: [body] },
        });
      }
      return ctx.make({
        concept: 'case',
        node: clause,
        headCategory: 'keyword',
        marks: [{ category: 'block-start', nodes: parts.arrow }],
        slots: {
          pattern: parts.patterns.map((p) => ctx.normalize(p)),
          guard: [guardOf(ctx, parts.when, parts.guard)],
          body: [body],
        },
      });
    });
  return ctx.make({
    concept: 'switch',
    node,
    head: [target],
    headCategory: 'keyword',
    marks: [
      { category: 'block-start', nodes: doBlock.open },
      { category: 'block-end', nodes: doBlock.close },
    ],
    slots: { subject: subject ? [ctx.normalize(subject)] : [], clause: clauses },
  });
}

/** A function's name that answers yes or no by its `?`: `even?`. */
const PREDICATE_NAME: NodeRule = { ...METHOD_NAME, variant: 'predicate' };

/** The rule for a function's name where it is defined. */
const FUNCTION_NAME: NodeRule = {
  ...METHOD_NAME,
  refine: (node, ctx) => (ctx.text(node).endsWith('?') ? PREDICATE_NAME : undefined),
};

/** Grammar types that, left of `=`, are patterns taking a value apart. */
const MATCHED_TYPES = new Set(['tuple', 'list', 'map']);

/** Values that, among a function's parameters, are patterns a call's argument must match. */
const PATTERN_CONCEPTS = new Set(['number', 'string', 'literal', 'list', 'tuple', 'map']);

const PARAMS: NodeRule = {
  concept: 'params',
  marks: { '(': 'call-parens', ')': 'call-parens' },
};

/** `def name(params) when guard do … end`, `defp`, and their one-line form `, do: value`. */
function definition(
  node: SyntaxNode,
  ctx: RefineContext,
  target: SyntaxNode,
  args: SyntaxNode | undefined,
): Refined {
  let signature = positional(args)[0];
  if (!signature) return undefined;
  let guard: ConceptNode | null = null;
  if (signature.type === 'binary_operator' && typeOf(signature, 'when')) {
    guard = guardOf(ctx, typeOf(signature, 'when'), fieldOf(signature, 'right'), 'def-guard');
    signature = fieldOf(signature, 'left');
  }
  const name = signature?.type === 'call' ? fieldOf(signature, 'target') : signature;
  if (!signature || !name || name.type !== 'identifier') return undefined;
  const paramList = signature.type === 'call' ? typeOf(signature, 'arguments') : undefined;
  const params = paramList ? ctx.normalize(paramList, PARAMS) : null;
  if (params) {
    // A value among the parameters (`def factorial(0)`) is a pattern the argument must match.
    const items = params.slots.get('item') ?? [];
    items.forEach((item, k) => {
      if (PATTERN_CONCEPTS.has(item.concept)) {
        items[k] = ctx.make({
          concept: 'pattern',
          node: paramList as SyntaxNode,
          slots: { item: [item] },
        });
        Object.assign(items[k] as ConceptNode, {
          firstToken: item.firstToken,
          endToken: item.endToken,
          startRow: item.startRow,
          endRow: item.endRow,
        });
      }
    });
  }
  const nameNode = ctx.normalize(name, FUNCTION_NAME);
  const { body, marks } = blockParts(node, ctx, args);
  if (body) markRecursion(body, ctx.text(name));
  return ctx.make({
    concept: 'def',
    node,
    key: nameNode ? `${nameNode.concept}:${nameNode.key}` : '',
    head: [target],
    headCategory: 'keyword',
    variant: ctx.text(target) === 'defp' ? 'private' : undefined,
    marks,
    slots: {
      name: [nameNode],
      params: [params],
      guard: [guard],
      body: [body],
    },
  });
}

/** The calls of a function's body to the function itself: how Elixir repeats. */
function markRecursion(node: ConceptNode, name: string): void {
  if (node.concept === 'call' && node.key === name && node.variant === null) {
    node.variant = 'recursive';
  }
  if (node.concept === 'def' || node.concept === 'lambda') return;
  for (let i = 0; i < node.slots.size; i++) {
    for (const kid of node.slots.listAt(i)) markRecursion(kid, name);
  }
}

/**
 * In a module of a struct (`defmodule Dog`), a function's first parameter named after it
 * (`def describe(dog)`), or after its name's last word (`account` in `BankAccount`), is the data
 * the function works on, as an object's own `self` is.
 */
function dataParams(body: ConceptNode, module: string): void {
  const own = module
    .replace(/.*\./, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
  const last = own.replace(/.*_/, '');
  for (const statement of body.slots.get('item') ?? []) {
    if (statement.concept !== 'def') continue;
    const first = statement.slots.get('params')?.[0]?.slots.get('item')?.[0];
    if (first?.concept === 'name' && (first.key === own || first.key === last)) {
      first.concept = 'self-param';
      first.headCategory = 'naming';
      fieldReads(statement, first.key);
    }
  }
}

/**
 * Within a function, `account.cents` on the struct it works on reads that struct's field, as
 * `@cents` and `this.cents` read an object's own: a field, not a call.
 */
function fieldReads(node: ConceptNode, param: string): void {
  for (let i = 0; i < node.slots.size; i++) {
    for (const kid of node.slots.listAt(i)) {
      const receiver = kid.slots.get('receiver')?.[0];
      const read =
        kid.concept === 'call' &&
        kid.variant === null &&
        (kid.slots.get('args') ?? []).length === 0 &&
        receiver?.concept === 'name' &&
        receiver.key === param;
      if (read) {
        // Its head is the whole read, `account.cents`, the struct's name included.
        kid.concept = 'field';
        kid.headCategory = 'naming';
        kid.head = Array.from(
          { length: kid.endToken - receiver.firstToken },
          (_, k) => receiver.firstToken + k,
        );
        kid.slots.delete('receiver');
      } else fieldReads(kid, param);
    }
  }
}

/** `defmodule Name do … end` where it is not the program's outermost wrapper. */
function moduleOf(
  node: SyntaxNode,
  ctx: RefineContext,
  target: SyntaxNode,
  args: SyntaxNode | undefined,
): Refined {
  const name = positional(args)[0];
  const { body, marks } = blockParts(node, ctx, args);
  // `defimpl String.Chars, for: Point`: its functions work on a `Point`, named by `for:`.
  const pairs = args?.children.find((c) => c.type === 'keywords')?.children ?? [];
  const forType = pairs.find((p) => p.type === 'pair' && keywordWord(p, ctx) === 'for');
  const type = forType && fieldOf(forType, 'value');
  const own = ctx.text(target) === 'defimpl' && type ? type : name;
  if (body && own) dataParams(body, ctx.text(own));
  return ctx.make({
    concept: 'module',
    node,
    key: name ? `name:${ctx.text(name)}` : '',
    head: [target],
    headCategory: 'keyword',
    // `defimpl String.Chars, for: Point`: a protocol's functions for one struct.
    variant: ctx.text(target) === 'defimpl' ? 'protocol' : undefined,
    marks,
    slots: { name: name ? [ctx.normalize(name)] : [], body: [body] },
  });
}

/** `for x <- items do … end`, `for x <- items, do: …`: a loop (that also collects its values). */
function comprehension(
  node: SyntaxNode,
  ctx: RefineContext,
  target: SyntaxNode,
  args: SyntaxNode | undefined,
): Refined {
  const [generator, ...filters] = positional(args);
  const arrow = typeOf(generator, '<-');
  if (!generator || !arrow) return undefined;
  const left = fieldOf(generator, 'left');
  const right = fieldOf(generator, 'right');
  const { body, marks } = blockParts(node, ctx, args);
  // `for {word, count} <- counts`: the tuple pattern names each item's parts, as another
  // language's `for word, count in …` does; its braces are the pattern's own syntax.
  const parts = left && namesInTuple(left);
  return ctx.make({
    concept: 'for',
    node,
    head: [target, arrow],
    headCategory: 'keyword',
    marks: parts
      ? [
          ...marks,
          {
            category: 'delimiter',
            nodes: left.children.filter((c) => c.type === '{' || c.type === '}'),
            site: 'names',
          },
        ]
      : marks,
    slots: {
      var: parts ? parts.map((p) => ctx.normalize(p)) : left ? [ctx.normalize(left)] : [],
      iterable: right ? [ctx.normalize(right)] : [],
      guard: filters.map((f) => ctx.normalize(f)),
      body: [body],
    },
  });
}

/** The names of a tuple pattern of plain names (`{word, count}`), or undefined. */
function namesInTuple(node: SyntaxNode): SyntaxNode[] | undefined {
  if (node.type !== 'tuple') return undefined;
  const names = node.children.filter((c) => c.named);
  return names.length >= 2 && names.every((c) => c.type === 'identifier') ? names : undefined;
}

/** `try do … rescue e in Error -> … after … end`. */
function tryOf(node: SyntaxNode, ctx: RefineContext, target: SyntaxNode): Refined {
  const doBlock = doBlockOf(node);
  if (!doBlock) return undefined;
  const clauses: (ConceptNode | null)[] = [];
  for (const block of doBlock.clauses) {
    const word = block.children.filter((c) => !c.named);
    if (block.type === 'rescue_block') {
      block.children
        .filter((c) => c.type === 'stab_clause')
        .forEach((clause, k) => {
          const parts = stabParts(clause);
          const only = parts.patterns[0];
          // `e in ArgumentError`: the name the exception gets, and the exceptions it may be.
          const named = only?.type === 'binary_operator' && typeOf(only, 'in') ? only : undefined;
          const kinds = named ? fieldOf(named, 'right') : only;
          const alias = named ? fieldOf(named, 'left') : undefined;
          const aliasNode = alias ? ctx.normalize(alias) : null;
          if (aliasNode) aliasNode.concept = 'alias';
          clauses.push(
            ctx.make({
              concept: 'except',
              node: clause,
              head: k === 0 ? word : [],
              headCategory: 'keyword',
              marks: [
                { category: 'block-start', nodes: parts.arrow },
                { category: 'delimiter', nodes: named ? [typeOf(named, 'in') as SyntaxNode] : [] },
              ],
              slots: {
                pattern: kinds ? [ctx.normalize(kinds)] : [],
                alias: [aliasNode],
                body: [blockOf(ctx, clause, parts.body)],
              },
            }),
          );
        });
    } else if (block.type === 'after_block') {
      clauses.push(
        ctx.make({
          concept: 'finally',
          node: block,
          head: word,
          headCategory: 'keyword',
          slots: {
            body: [
              blockOf(
                ctx,
                block,
                block.children.filter((c) => c.named),
              ),
            ],
          },
        }),
      );
    } else {
      clauses.push(ctx.normalize(block));
    }
  }
  return ctx.make({
    concept: 'try',
    node,
    head: [target],
    headCategory: 'keyword',
    marks: [
      { category: 'block-start', nodes: doBlock.open },
      { category: 'block-end', nodes: doBlock.close },
    ],
    slots: { body: [blockOf(ctx, doBlock.node, doBlock.body)], clause: clauses },
  });
}

/** Modules whose functions take the value they work on first: `String.upcase(x)`, where a method is called on `x`. */
const SUBJECT_MODULES = new Set([
  'String',
  'Enum',
  'List',
  'Map',
  'MapSet',
  'Integer',
  'Float',
  'Tuple',
  'Keyword',
  'Stream',
]);

/** Modules whose functions other languages also call on the module by name: `File.read!(path)`. */
const RECEIVER_MODULES = new Set(['File']);

/** Functions of `Kernel` that take one value to work on: `length(x)`. */
const SUBJECT_FUNCTIONS = new Set([
  'length',
  'round',
  'abs',
  'trunc',
  'to_string',
  'hd',
  'tl',
  'is_nil',
  'map_size',
  'tuple_size',
  'inspect',
]);

/** A piped value: `value |> call`, the value going in as the call's first argument. */
interface Piped {
  node: SyntaxNode;
  value: SyntaxNode;
  pipe: SyntaxNode;
}

/**
 * An argument list as a concept: its parentheses and its items, a piped value first. `skip`
 * leaves out the value that became the receiver and a function that became the block.
 */
function argsOf(
  ctx: RefineContext,
  args: SyntaxNode | undefined,
  items: (ConceptNode | null)[],
  piped?: Piped,
): ConceptNode | null {
  const node = args ?? piped?.value;
  if (!node) return null;
  // In a pipe, `|> Enum.sort()` takes its argument from the pipe: its `()` with nothing written
  // in them are still the call's parentheses, as `count()`'s are.
  const cn = ctx.make({
    concept: 'args',
    node,
    marks: [{ category: 'call-parens', nodes: parensOf(args) }],
    slots: { item: items },
    // Its first argument comes from before the call: `()` may stand empty around the rest.
    variant: piped ? 'piped' : undefined,
  });
  // A piped value stands before the call: the arguments reach back to it.
  const first = items.find(nonNull);
  if (first && first.firstToken < cn.firstToken) {
    cn.firstToken = first.firstToken;
    cn.startRow = first.startRow;
  }
  return cn;
}

/** The items of an argument list, a keyword list dissolved into its pairs. */
function argItems(ctx: RefineContext, args: SyntaxNode | undefined): SyntaxNode[] {
  return namedKids(args).flatMap((c) => (c.type === 'keywords' ? namedKids(c) : [c]));
}

/**
 * A call: `IO.puts(x)`, `String.upcase(name)`, `greet(name)`, `Greeter.hello(x)`, `user.name`,
 * `double.(4)`, each maybe with a piped first argument and a function or `do` block after its
 * arguments.
 */
function plainCall(
  node: SyntaxNode,
  ctx: RefineContext,
  target: SyntaxNode,
  args: SyntaxNode | undefined,
  piped?: Piped,
): ConceptNode {
  const whole = piped?.node ?? node;
  let items = argItems(ctx, args);
  if (piped) items = [piped.value, ...items];
  const pipeHead = piped ? [piped.pipe] : [];
  const emptyParens: SyntaxNode[] = [];
  const blockNode = doBlockOf(node) ? typeOf(node, 'do_block') : undefined;
  // A function handed over last is the code the call runs for each item (`Enum.map(xs, fn …)`).
  const last = items[items.length - 1];
  const fnBlock = !blockNode && last?.type === 'anonymous_function' ? last : undefined;
  if (fnBlock) items = items.slice(0, -1);
  const argsFor = (list: SyntaxNode[]) =>
    argsOf(
      ctx,
      args,
      list.map((c) => ctx.normalize(c)),
      piped,
    );
  const block = blockNode
    ? ctx.normalize(blockNode)
    : fnBlock
      ? ctx.normalize(fnBlock, FUNCTION_BLOCK)
      : null;

  if (target.type === 'dot') {
    const left = fieldOf(target, 'left');
    const right = fieldOf(target, 'right');
    if (left && !right) {
      // `double.(4)`: the dot calls an anonymous function kept in a variable.
      return ctx.make({
        concept: 'call',
        key: ctx.text(left),
        node: whole,
        head: pipeHead,
        marks: [{ category: 'statement', nodes: target.children.filter((c) => c.type === '.') }],
        slots: {
          args: [argsFor(items)],
          block: [block],
        },
      });
    }
    if (left && right && (left.type === 'alias' || left.type === 'atom')) {
      const module = ctx.text(left);
      const name = ctx.text(right);
      const idiom = idiomOf(elixir, `${module}.${name}`);
      if (idiom && (left.type === 'atom' || RECEIVER_MODULES.has(module))) {
        // `:math.sqrt(x)`, `File.read!(path)`: a module other languages also name before the
        // function, as the thing it is called on.
        const cn = ctx.make({
          concept: 'call',
          key: idiom.idea,
          node: whole,
          head: [...pipeHead, right, ...emptyParens],
          headCategory: 'builtin',
          variant: piped ? 'piped' : undefined,
          slots: {
            receiver: [
              ctx.make({
                concept: 'name',
                key: module.replace(/^:/, ''),
                node: left,
                head: [left],
                variant: left.type === 'atom' ? 'erlang' : undefined,
              }),
            ],
            args: [argsFor(items)],
            block: [block],
          },
        });
        cn.idiom = idiom;
        return cn;
      }
      if (idiom) {
        // A function of the language's own modules: `IO.puts`, `String.upcase(name)`.
        const subject = SUBJECT_MODULES.has(module) ? items[0] : undefined;
        const rest = subject ? items.slice(1) : items;
        const cn = ctx.make({
          concept: 'call',
          key: idiom.idea,
          node: whole,
          head: [...pipeHead, target, ...emptyParens],
          headCategory: 'builtin',
          variant: piped ? 'piped' : undefined,
          slots: {
            receiver: subject ? [ctx.normalize(subject)] : [],
            args: [argsFor(rest)],
            block: [block],
          },
        });
        cn.idiom = idiom;
        return cn;
      }
      // A function of a module the program names (often its own): `Greeter.hello(x)`.
      return ctx.make({
        concept: 'call',
        key: name,
        node: whole,
        head: [...pipeHead, target, ...emptyParens],
        headCategory: 'statement',
        variant: piped ? 'piped' : 'qualified',
        slots: {
          args: [argsFor(items)],
          block: [block],
        },
      });
    }
    if (left && right) {
      // `user.name`, `error.message`: a field of a map or struct, read with a dot.
      const name = ctx.text(right);
      return ctx.make({
        concept: 'call',
        key: idiomOf(elixir, name)?.idea ?? name,
        node: whole,
        head: [...pipeHead, right, ...emptyParens],
        variant: piped ? 'piped' : undefined,
        slots: {
          receiver: [ctx.normalize(left)],
          args: args ? [argsFor(items)] : [],
          block: [block],
        },
      });
    }
  }
  // `greet(name)`, `length(list)`, `rem(a, b)`, `raise "…"`.
  const name = ctx.text(target);
  // `assert actual == expected`: the two values it checks are equal, as other test libraries
  // take them.
  const compared = name === 'assert' && items.length === 1 ? items[0] : undefined;
  if (compared?.type === 'binary_operator' && typeOf(compared, '==')) {
    items = namedKids(compared);
  }
  const idiom = idiomOf(elixir, name);
  const subject = idiom && SUBJECT_FUNCTIONS.has(name) && items.length === 1 ? items[0] : undefined;
  const rest = subject ? [] : items;
  const cn = ctx.make({
    concept: 'call',
    key: idiom?.idea ?? name,
    node: whole,
    head: [...pipeHead, target, ...emptyParens],
    headCategory: idiom ? 'builtin' : 'expression',
    variant: piped ? 'piped' : undefined,
    slots: {
      receiver: subject ? [ctx.normalize(subject)] : [],
      args: args || piped ? [argsFor(rest)] : [],
      block: [block],
    },
  });
  if (idiom) cn.idiom = idiom;
  return cn;
}

/** An anonymous function handed to a call as the code it runs: `fn x -> … end`. */
const FUNCTION_BLOCK: NodeRule = {
  concept: 'loop-body',
  refine: (node, ctx) => fnOf(node, ctx, 'loop-body'),
};

/**
 * `fn x -> body end`: a lambda, or (handed to a call) the code it runs. A function of several
 * clauses (`fn 0 -> … ; n -> … end`) keeps them as cases.
 */
function fnOf(node: SyntaxNode, ctx: RefineContext, concept: 'lambda' | 'loop-body'): ConceptNode {
  const clauses = node.children.filter((c) => c.type === 'stab_clause');
  const fn = node.children.filter((c) => c.type === 'fn');
  const end = node.children.filter((c) => c.type === 'end');
  const only = clauses.length === 1 ? clauses[0] : undefined;
  if (only) {
    const parts = stabParts(only);
    return ctx.make({
      concept,
      node,
      head: concept === 'lambda' ? fn : [],
      headCategory: 'keyword',
      marks: [
        ...(concept === 'lambda' ? [] : [{ category: 'block-start' as const, nodes: fn }]),
        { category: concept === 'lambda' ? 'block-start' : 'delimiter', nodes: parts.arrow },
        { category: 'block-end', nodes: end },
      ],
      slots: {
        var: parts.patterns.map((p) => ctx.normalize(p)),
        guard: [guardOf(ctx, parts.when, parts.guard)],
        body: [blockOf(ctx, only, parts.body)],
      },
    });
  }
  return ctx.make({
    concept,
    node,
    head: concept === 'lambda' ? fn : [],
    headCategory: 'keyword',
    marks: [
      ...(concept === 'lambda' ? [] : [{ category: 'block-start' as const, nodes: fn }]),
      { category: 'block-end', nodes: end },
    ],
    slots: {
      clause: clauses.map((clause) => {
        const parts = stabParts(clause);
        return ctx.make({
          concept: 'case',
          node: clause,
          marks: [{ category: 'block-start', nodes: parts.arrow }],
          slots: {
            pattern: parts.patterns.map((p) => ctx.normalize(p)),
            guard: [guardOf(ctx, parts.when, parts.guard)],
            body: [blockOf(ctx, clause, parts.body)],
          },
        });
      }),
    },
  });
}

/** `Enum.each(items, fn item -> … end)`: a loop over the items, as a `for` is. */
function eachLoop(
  node: SyntaxNode,
  ctx: RefineContext,
  target: SyntaxNode,
  args: SyntaxNode | undefined,
  piped?: Piped,
): Refined {
  const items = [...(piped ? [piped.value] : []), ...argItems(ctx, args)];
  const [iterable, fn] = items;
  if (items.length !== 2 || !iterable || fn?.type !== 'anonymous_function') return undefined;
  const clauses = fn.children.filter((c) => c.type === 'stab_clause');
  const only = clauses.length === 1 ? clauses[0] : undefined;
  if (!only) return undefined;
  const parts = stabParts(only);
  // `fn {key, value} -> … end`: a map's items come as tuples, taken apart in the parameter.
  const tuple =
    parts.patterns.length === 1 && parts.patterns[0]?.type === 'tuple'
      ? parts.patterns[0]
      : undefined;
  const vars = tuple ? namedKids(tuple) : parts.patterns;
  const braces = tuple ? tuple.children.filter((c) => c.type === '{' || c.type === '}') : [];
  return ctx.make({
    concept: 'for',
    node: piped?.node ?? node,
    head: [...(piped ? [piped.pipe] : []), target],
    headCategory: 'keyword',
    variant: piped ? 'piped' : undefined,
    marks: [
      { category: 'call-parens', nodes: parensOf(args) },
      { category: 'block-start', nodes: fn.children.filter((c) => c.type === 'fn') },
      { category: 'delimiter', nodes: [...braces, ...parts.arrow], site: 'params' },
      { category: 'block-end', nodes: fn.children.filter((c) => c.type === 'end') },
    ],
    slots: {
      var: vars.map((p) => ctx.normalize(p)),
      iterable: [ctx.normalize(iterable)],
      guard: [guardOf(ctx, parts.when, parts.guard)],
      body: [blockOf(ctx, only, parts.body)],
    },
  });
}

/** `import Enum`, `require Integer`, `alias My.Module`, `use GenServer`. */
function importOf(node: SyntaxNode, ctx: RefineContext, target: SyntaxNode): ConceptNode {
  const args = typeOf(node, 'arguments');
  const [module, ...rest] = argItems(ctx, args);
  return ctx.make({
    concept: 'import',
    node,
    key: module ? `string:${ctx.text(module)}` : '',
    head: [target],
    headCategory: 'keyword',
    slots: {
      module: module ? [ctx.make({ concept: 'string', key: ctx.text(module), node: module })] : [],
      item: rest.map((c) => ctx.normalize(c)),
    },
  });
}

/** What a call is, by what it calls: Elixir's keywords are calls of macros. */
function refineCall(node: SyntaxNode, ctx: RefineContext, piped?: Piped): Refined {
  const target = fieldOf(node, 'target');
  const args = typeOf(node, 'arguments');
  if (!target) return undefined;
  if (target.type === 'identifier' && !piped) {
    switch (ctx.text(target)) {
      case 'if':
        return conditional(node, ctx, target, args, false);
      case 'unless':
        return conditional(node, ctx, target, args, true);
      case 'cond':
        return condChain(node, ctx, target);
      case 'case':
        return caseOf(node, ctx, target, args);
      case 'def':
      case 'defp':
        return definition(node, ctx, target, args);
      case 'defmodule':
      case 'defimpl':
        return moduleOf(node, ctx, target, args);
      case 'for':
        return comprehension(node, ctx, target, args);
      case 'try':
        return tryOf(node, ctx, target);
      case 'test':
        return testOf(node, ctx, target) ?? plainCall(node, ctx, target, args);
      case 'import':
      case 'require':
      case 'alias':
      case 'use':
        return importOf(node, ctx, target);
    }
  }
  if (target.type === 'dot' && ctx.text(target).replace(/\s+/g, '') === 'Enum.each') {
    const loop = eachLoop(node, ctx, target, args, piped);
    if (loop) return loop;
  }
  return plainCall(node, ctx, target, args, piped);
}

/** `value |> call(args)`: the call, with the value as its first argument. */
function refinePipe(node: SyntaxNode, ctx: RefineContext): Refined {
  const value = fieldOf(node, 'left');
  const right = fieldOf(node, 'right');
  const pipe = typeOf(node, '|>');
  if (!value || !right || !pipe) return undefined;
  const piped = { node, value, pipe };
  if (right.type === 'call') return refineCall(right, ctx, piped);
  if (right.type === 'identifier') return plainCall(right, ctx, right, undefined, piped);
  return undefined;
}

/** The concept of a binary operator, by its operator: `=` binds, `..` is a range, `|>` pipes. */
function refineBinary(node: SyntaxNode, ctx: RefineContext): Refined {
  const operator = fieldOf(node, 'operator');
  const op = operator ? ctx.text(operator) : '';
  switch (op) {
    case '|>':
      return refinePipe(node, ctx);
    case '=': {
      // `{a, b} = {1, 2}`: a pattern on the left takes the value apart.
      const left = fieldOf(node, 'left');
      return {
        concept: 'assign',
        key: { slot: 'target' },
        variant: left && MATCHED_TYPES.has(left.type) ? 'match' : undefined,
        fields: { left: 'target', right: 'value' },
      };
    }
    case '..':
      return {
        concept: 'range',
        head: ['operator'],
        headCategory: 'operator',
        variant: 'inclusive',
        fields: { left: 'start', right: 'stop' },
      };
    case '\\\\':
      return {
        concept: 'default-param',
        key: { slot: 'name' },
        marks: { '\\\\': 'delimiter' },
        fields: { left: 'name', right: 'value' },
      };
    case '=>':
      return {
        concept: 'pair',
        key: { slot: 'key' },
        marks: { '=>': 'delimiter' },
        fields: { left: 'key', right: 'value' },
      };
  }
  return undefined;
}

/**
 * `&String.upcase/1` and `&(&1 * 2)`: a function captured as a value, compared whole (its `/1`
 * is the number of arguments, no division); `&1` inside one is its first argument.
 */
function refineCapture(node: SyntaxNode, ctx: RefineContext): Refined {
  const operand = node.children.filter((c) => c.field === 'operand' && c.named)[0];
  if (operand?.type === 'integer') {
    return ctx.make({ concept: 'name', key: ctx.text(node), node, head: [node] });
  }
  return ctx.make({
    concept: 'lambda',
    key: ctx.text(node),
    node,
    head: [node],
    headCategory: 'keyword',
    variant: 'capture',
  });
}

/** `@routes %{…}` sets a module attribute; `@routes` alone reads it. */
function refineAttribute(node: SyntaxNode, ctx: RefineContext): Refined {
  const operand = fieldOf(node, 'operand');
  const target = operand?.type === 'call' ? fieldOf(operand, 'target') : undefined;
  const value = positional(typeOf(operand, 'arguments'))[0];
  const at = node.children.find((c) => c.field === 'operator');
  if (!operand || !at) return undefined;
  if (!target || !value) {
    return ctx.make({
      concept: 'name',
      key: ctx.text(node),
      node,
      head: [node],
      variant: 'attribute',
    });
  }
  const name = ctx.make({
    concept: 'name',
    key: `@${ctx.text(target)}`,
    node: at,
    head: [at, target],
    variant: 'attribute',
  });
  name.endToken = target.endToken;
  return ctx.make({
    concept: 'assign',
    key: `name:${name.key}`,
    node,
    variant: 'attribute',
    slots: { target: [name], value: [ctx.normalize(value)] },
  });
}

/** A keyword list's `name: value`: a keyword argument in a call, a pair in a map or list. */
function refinePair(node: SyntaxNode, ctx: RefineContext): Refined {
  const key = fieldOf(node, 'key');
  const value = fieldOf(node, 'value');
  if (!key) return undefined;
  const name = ctx.text(key).replace(/:\s*$/, '');
  // The key token is cut in two (`tokenParts`): the name, then its `:`.
  const split = key.endToken - key.firstToken === 2;
  const nameToken = split ? tokenAt(key, key.firstToken) : key;
  const colon = split ? [tokenAt(key, key.firstToken + 1)] : [];
  // (A call's refine hands its pairs over itself, its arguments dissolved.)
  const inCall =
    ctx.ancestor(1) === 'call' ||
    (ctx.ancestor(1) === 'keywords' && ctx.ancestor(2) === 'arguments');
  if (inCall) {
    return ctx.make({
      concept: 'keyword-arg',
      key: `name:${name}`,
      node,
      marks: [{ category: 'delimiter', nodes: colon }],
      slots: {
        name: [ctx.make({ concept: 'name', key: name, node: nameToken, head: [nameToken] })],
        value: value ? [ctx.normalize(value)] : [],
      },
    });
  }
  return ctx.make({
    concept: 'pair',
    key: `string:${name}`,
    node,
    marks: [{ category: 'delimiter', nodes: colon }],
    slots: {
      key: [ctx.make({ concept: 'string', key: name, node: nameToken, variant: 'symbol' })],
      value: value ? [ctx.normalize(value)] : [],
    },
  });
}

/**
 * The program: its statements, and those of the modules around its functions. An Elixir
 * program keeps its functions in a module (`defmodule Greeter do … end`) where other languages
 * write them at the top of the file: the module's functions stand among the program's
 * statements, and its `defmodule … do` and `end` are the module's own syntax.
 */
function refineSource(node: SyntaxNode, ctx: RefineContext): Refined {
  const items: SyntaxNode[] = [];
  const opens: SyntaxNode[] = [];
  const ends: SyntaxNode[] = [];
  for (const child of node.children) {
    if (!child.named) continue;
    const target = child.type === 'call' ? fieldOf(child, 'target') : undefined;
    const doBlock = target && ctx.text(target) === 'defmodule' ? doBlockOf(child) : undefined;
    if (target && doBlock && doBlock.body.every((c) => holdsFunctions(c, ctx))) {
      const name = positional(typeOf(child, 'arguments'))[0];
      opens.push(target, ...(name ? [name] : []), ...doBlock.open);
      ends.push(...doBlock.close);
      items.push(...doBlock.body);
      continue;
    }
    items.push(child);
  }
  const statements = statementsOf(ctx, items);
  // The wrapper is the module's own syntax (`OWN_MARKS`): one mark, its lines standing apart.
  return ctx.make({
    concept: 'block',
    node,
    marks: [{ category: 'statement', nodes: [...opens, ...ends], site: 'module' }],
    slots: { item: statements },
  });
}

/**
 * What a module that only holds functions holds: definitions, module attributes, comments. A
 * module with a struct or tests (`defstruct`, `use ExUnit.Case`) is more than a wrapper: it
 * stays a module, to stand for a class.
 */
function holdsFunctions(node: SyntaxNode, ctx: RefineContext): boolean {
  if (node.type === 'comment') return true;
  if (node.type === 'unary_operator') return ctx.text(node).startsWith('@');
  const target = node.type === 'call' ? fieldOf(node, 'target') : undefined;
  return target !== undefined && FUNCTION_WORDS.has(ctx.text(target));
}

const FUNCTION_WORDS = new Set(['def', 'defp', 'defmacro', 'import', 'require', 'alias']);

/** `test "divides" do … end`: one ExUnit test, a definition named by its string. */
function testOf(node: SyntaxNode, ctx: RefineContext, target: SyntaxNode): Refined {
  const name = positional(typeOf(node, 'arguments'))[0];
  const { body, marks } = blockParts(node, ctx, typeOf(node, 'arguments'));
  if (!name || name.type !== 'string' || !body) return undefined;
  const nameNode = ctx.make({
    concept: 'method-name',
    key: ctx.text(name),
    node: name,
    head: [name],
    headCategory: 'naming',
    variant: 'test',
  });
  return ctx.make({
    concept: 'def',
    node,
    key: `method-name:${nameNode.key}`,
    head: [target],
    headCategory: 'keyword',
    variant: 'test',
    marks,
    slots: { name: [nameNode], body: [body] },
  });
}

/** A string's key is its text with interpolations replaced, so `"hi #{n}"` matches `f"hi {n}"`. */
function stringKey(node: SyntaxNode, ctx: RefineContext): string {
  return node.children
    .map((c) =>
      c.type === 'interpolation'
        ? '{}'
        : c.field === 'quoted_start' || c.field === 'quoted_end'
          ? ''
          : ctx.text(c),
    )
    .join('');
}

/** A quoted string or charlist: its quotes and `#{`…`}` are its marks, its interpolations its items. */
function quoted(variant?: string): NodeRule {
  return {
    concept: 'string',
    refine: (node, ctx) => {
      const start = fieldOf(node, 'quoted_start');
      const triple = start !== undefined && ctx.text(start).length === 3;
      return ctx.make({
        concept: 'string',
        key: variant ? `${variant}:${stringKey(node, ctx)}` : stringKey(node, ctx),
        node,
        headCategory: 'string',
        variant: variant ?? (triple ? 'triple' : undefined),
        marks: [
          {
            category: 'string',
            nodes: node.children.flatMap((c) =>
              c.field === 'quoted_start' || c.field === 'quoted_end'
                ? [c]
                : c.type === 'interpolation'
                  ? c.children.filter((g) => g.type === '#{' || g.type === '}')
                  : [],
            ),
          },
        ],
        slots: {
          item: node.children
            .filter((c) => c.type === 'interpolation')
            .map((c) => ctx.normalize(c)),
        },
      });
    },
  };
}

const LITERAL: NodeRule = {
  concept: 'literal',
  leaf: true,
  key: 'canonical',
  head: ['self'],
  headCategory: 'literal',
};

const rules: Record<string, NodeRule> = {
  source: { concept: 'block', refine: refineSource },
  body: { concept: 'block' },
  block: { concept: 'parens', transparent: true },
  comment: { concept: 'comment' },
  // `do … end` after a call that is no keyword of the language (`test "adds" do … end`): the
  // code handed to the call.
  do_block: {
    concept: 'loop-body',
    marks: { do: 'block-start', end: 'block-end' },
    childTypes: {
      else_block: 'clause',
      rescue_block: 'clause',
      catch_block: 'clause',
      after_block: 'clause',
    },
    wrapRest: 'body',
  },
  else_block: { concept: 'else', head: ['else'], headCategory: 'keyword', wrapRest: 'body' },
  after_block: { concept: 'finally', head: ['after'], headCategory: 'keyword', wrapRest: 'body' },

  call: { concept: 'call', refine: (node, ctx) => refineCall(node, ctx) },
  arguments: { concept: 'args', marks: { '(': 'call-parens', ')': 'call-parens' } },
  keywords: { concept: 'args' },
  anonymous_function: {
    concept: 'lambda',
    refine: (node, ctx) => fnOf(node, ctx, 'lambda'),
  },
  binary_operator: {
    concept: 'binary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { left: 'item', right: 'item' },
    refine: refineBinary,
  },
  unary_operator: {
    concept: 'unary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { operand: 'item' },
    refine: (node, ctx) => {
      const operator = fieldOf(node, 'operator');
      const op = operator ? ctx.text(operator) : '';
      if (op === '&') return refineCapture(node, ctx);
      if (op === '@') return refineAttribute(node, ctx);
      if (op === '!' || op === 'not') {
        return {
          concept: 'not',
          head: ['operator'],
          headCategory: 'operator',
          fields: { operand: 'item' },
        };
      }
      return undefined;
    },
  },
  pair: { concept: 'pair', refine: refinePair },
  map: {
    concept: 'map',
    marks: { '%': 'delimiter' },
    childTypes: { map_content: { slot: 'item', splice: true } },
    // `%{account | nickname: "savings"}`: a copy of a map with some keys changed;
    // `%Dog{name: "Rex"}`: a struct, a map with its module's fields.
    refine: (node) => {
      const first = namedKids(typeOf(node, 'map_content'))[0];
      const update = first?.type === 'binary_operator' && typeOf(first, '|') !== undefined;
      const struct = typeOf(node, 'struct') !== undefined;
      if (!update && !struct) return undefined;
      return {
        concept: 'map',
        variant: update ? 'update' : 'struct',
        marks: { '%': 'delimiter' },
        childTypes: { map_content: { slot: 'item', splice: true } },
      };
    },
  },
  map_content: { concept: 'args', childTypes: { keywords: { slot: 'item', splice: true } } },
  list: { concept: 'list', childTypes: { keywords: { slot: 'item', splice: true } } },
  tuple: { concept: 'tuple' },
  access_call: { concept: 'index', fields: { target: 'receiver', key: 'item' } },
  dot: {
    concept: 'name',
    leaf: true,
    key: 'text',
    head: ['self'],
  },

  identifier: {
    concept: 'name',
    leaf: true,
    key: 'text',
    head: ['self'],
    // `_` (or `_name`) names a value the code does not use.
    refine: (node, ctx) =>
      ctx.text(node).startsWith('_')
        ? { concept: 'name', leaf: true, key: 'text', head: ['self'], variant: 'unused' }
        : undefined,
  },
  alias: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  integer: {
    concept: 'number',
    leaf: true,
    key: 'canonical',
    head: ['self'],
    headCategory: 'literal',
  },
  float: {
    concept: 'number',
    leaf: true,
    key: 'canonical',
    head: ['self'],
    headCategory: 'literal',
    variant: 'decimal',
  },
  nil: LITERAL,
  boolean: LITERAL,
  atom: {
    concept: 'string',
    leaf: true,
    variant: 'symbol',
    refine: (node, ctx) =>
      ctx.make({ concept: 'string', key: ctx.text(node).slice(1), node, variant: 'symbol' }),
  },
  string: quoted(),
  charlist: quoted('charlist'),
  interpolation: { concept: 'interpolation' },
};

export const elixir: LanguageModule = {
  info: { id: 'elixir', name: 'Elixir', extensions: ['.ex', '.exs'] },
  grammar: lazyGrammar('tree-sitter-elixir'),
  program: {
    fileName: 'main.exs',
    command: 'elixir',
    install: 'apt-get install elixir',
  },
  atomicNodes: new Set(['comment']),
  tokenKind: (type, named, parentType) => kindOfToken(type, named, parentType, TOKEN_TABLES),
  keywordNames: KEYWORD_NAMES,
  tokenParts: {
    types: new Set(['keyword']),
    // `name: ` is a name and its colon; a block's `do: ` stays one word.
    split: (text) => {
      const name = text.replace(/:\s*$/, '');
      if (name === text || BLOCK_KEYWORDS.has(name))
        return [{ text: text.trim(), kind: 'keyword' }];
      return [
        { text: name, kind: 'symbol' },
        { text: ':', kind: 'punctuation' },
      ];
    },
  },
  rules,
  idioms,
  methodNames: { to_string: 'to-string', inspect: 'repr', new: 'constructor' },
  commentMarker: () => '#',
  words,
  syntaxErrors,
};
