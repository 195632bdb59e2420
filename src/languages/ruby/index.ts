/**
 * Ruby: grammar, extensions, token colours, how Ruby's syntax maps onto the shared concepts, and
 * the words that explain Ruby's side of a difference.
 */
import type { SyntaxNode } from '../../engine/parse.js';
import type { ConceptNode, LanguageModule, NodeRule, RefineContext } from '../language.js';
import { lazyGrammar } from '../grammar.js';
import { METHOD_NAME } from '../rules.js';
import { kindOfToken } from '../token-kinds.js';
import { idioms } from './idioms.js';
import { syntaxErrors } from './syntax-errors.js';
import { words } from './words.js';

const KEYWORDS = new Set(
  `alias and begin break case class def defined? do else elsif end ensure false for if in module next nil not or redo rescue retry return self super then true undef unless until when while yield __FILE__ __LINE__ __method__`.split(
    ' ',
  ),
);

const NAMED_KINDS: Record<string, ReturnType<typeof kindOfToken>> = {
  identifier: 'identifier',
  constant: 'constant',
  instance_variable: 'identifier',
  class_variable: 'identifier',
  global_variable: 'identifier',
  integer: 'number',
  float: 'number',
  complex: 'number',
  rational: 'number',
  string_content: 'string',
  escape_sequence: 'string',
  heredoc_content: 'string',
  heredoc_beginning: 'string',
  heredoc_end: 'string',
  simple_symbol: 'symbol',
  hash_key_symbol: 'symbol',
  comment: 'comment',
  nil: 'keyword',
  true: 'keyword',
  false: 'keyword',
  self: 'keyword',
};

const TOKEN_TABLES = {
  keywords: KEYWORDS,
  named: NAMED_KINDS,
  interpolation: new Set(['#{', '{', '}']),
};

const PREDICATE_NAME: NodeRule = { ...METHOD_NAME, variant: 'predicate' };
const TEST_NAME: NodeRule = { ...METHOD_NAME, variant: 'test' };

const isBlock = (n: SyntaxNode | undefined) => n?.type === 'do_block' || n?.type === 'block';

/** `list.each do |x| … end` and `3.times { |i| … }` are Ruby's `for` loops. */
const LOOP_METHODS = new Set([
  'each',
  'times',
  'each_with_index',
  'upto',
  'downto',
  'step',
  'each_pair',
  'each_char',
]);

/**
 * Counting methods: each makes the range it counts through from its receiver and arguments, in
 * order: where it starts, where it stops, its step. `times` starts at 0 and stops before its
 * receiver; the others count up (or down) to their end, included.
 */
const COUNTING: Record<string, { slots: ('start' | 'stop' | 'step')[]; inclusive: boolean }> = {
  times: { slots: ['stop'], inclusive: false },
  upto: { slots: ['start', 'stop'], inclusive: true },
  downto: { slots: ['start', 'stop'], inclusive: true },
  step: { slots: ['start', 'stop', 'step'], inclusive: true },
};

/** `items.each do |x| … end`: a loop over the receiver, the block its body. */
const LOOP_CALL: NodeRule = {
  concept: 'for',
  head: ['method'],
  headCategory: 'keyword',
  fields: {
    receiver: 'iterable',
    arguments: 'iterable',
    block: { slot: 'body', splice: true },
  },
};

/**
 * `3.times do … end`, `1.upto(5) { |n| … }`: a `for` loop over the range the method counts
 * through, with the block's parameters and body, and its `do`/`end` (or braces) as marks.
 */
function countingLoop(
  node: SyntaxNode,
  ctx: RefineContext,
  method: SyntaxNode,
  receiver: SyntaxNode,
  block: SyntaxNode,
): ConceptNode | undefined {
  const counting = COUNTING[ctx.text(method)];
  const args = node.children.find((c) => c.field === 'arguments');
  if (!counting) return undefined;
  const values = [receiver, ...(args?.children.filter((c) => c.named) ?? [])];
  if (values.length !== counting.slots.length) return undefined;
  const slots: Record<string, (ConceptNode | null)[]> = {};
  counting.slots.forEach((slot, k) => (slots[slot] = [ctx.normalize(values[k] as SyntaxNode)]));
  const range = ctx.make({
    concept: 'range',
    node,
    head: [method],
    headCategory: 'keyword',
    variant: counting.inclusive ? 'inclusive' : 'exclusive',
    slots,
  });
  const last = args ?? method;
  range.endToken = last.endToken;
  range.endRow = last.endRow;
  const body = ctx.normalize(block);
  const loop = ctx.make({
    concept: 'for',
    node,
    head: [method],
    headCategory: 'keyword',
    slots: {
      var: [...(body?.slots.get('var') ?? [])],
      iterable: [range],
      body: [...(body?.slots.get('body') ?? [])],
    },
  });
  if (body) loop.marks = body.marks;
  return loop;
}

function refineCall(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const method = node.children.find((c) => c.field === 'method');
  const receiver = node.children.find((c) => c.field === 'receiver');
  const block = node.children.find((c) => c.field === 'block');
  const name = method ? ctx.text(method) : '';
  if (receiver && block && isBlock(block) && LOOP_METHODS.has(name)) {
    const counted = method ? countingLoop(node, ctx, method, receiver, block) : undefined;
    if (counted) return counted;
    return LOOP_CALL;
  }
  if (receiver && node.children.some((c) => c.type === '&.')) {
    // `user&.name`: the call is made only when `user` is not `nil`.
    return {
      concept: 'call',
      head: ['method'],
      headCategory: 'expression',
      key: 'head',
      variant: 'safe',
      marks: { '&.': 'delimiter' },
      fields: { receiver: 'receiver', arguments: 'args', block: 'block' },
    };
  }
  if (!receiver && name === 'loop' && block && isBlock(block)) {
    // `loop do … end` repeats until something breaks out of it.
    return {
      concept: 'loop-forever',
      head: ['method'],
      headCategory: 'keyword',
      fields: { block: { slot: 'body', splice: true } },
    };
  }
  if (receiver && (name === 'call' || !method)) {
    // `square.call(4)` and `square.(4)` call a lambda; Python calls it like any function.
    const args = node.children.find((c) => c.field === 'arguments');
    return ctx.make({
      concept: 'call',
      key: ctx.text(receiver),
      node,
      // The lambda's name is the call's, as a function's name is in a plain call.
      head: receiver.type === 'identifier' ? [receiver] : [],
      headCategory: 'expression',
      marks: [
        {
          category: 'statement',
          nodes: node.children.filter((c) => c.type === '.' || c.field === 'method'),
        },
      ],
      slots: { args: args ? [ctx.normalize(args)] : [] },
    });
  }
  if (receiver && name === 'new') {
    // `Dog.new("Rex")` makes an object; Python calls the class itself: `Dog("Rex")`.
    return {
      concept: 'construct',
      key: { slot: 'class' },
      head: ['.', 'method'],
      headCategory: 'statement',
      fields: { receiver: 'class', arguments: 'args', block: 'block' },
    };
  }
  if (!receiver && (name === 'lambda' || name === 'proc') && block && isBlock(block)) {
    return {
      concept: 'lambda',
      head: ['method'],
      headCategory: 'keyword',
      fields: { block: { slot: 'body', splice: true } },
    };
  }
  if (!receiver && (name === 'require' || name === 'require_relative')) {
    return {
      concept: 'import',
      head: ['method'],
      headCategory: 'keyword',
      key: { slot: 'module' },
      fields: { arguments: { slot: 'module', splice: true } },
    };
  }
  return undefined;
}

/**
 * A method body with `rescue`/`ensure` clauses is an implicit `begin … end`: Python writes the
 * `try` that Ruby leaves out.
 */
function refineBody(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const clauses = new Set(['rescue', 'ensure', 'else']);
  if (!node.children.some((c) => c.type === 'rescue' || c.type === 'ensure')) return undefined;
  const body = node.children.filter((c) => c.named && !clauses.has(c.type));
  const first = body[0] ?? node;
  const statements = body.map((c) => ctx.normalize(c)).filter((c) => c !== null);
  const block = ctx.make({ concept: 'block', node: first, slots: { item: statements } });
  block.firstToken = statements[0]?.firstToken ?? block.firstToken;
  block.endToken = statements[statements.length - 1]?.endToken ?? block.endToken;
  const attempt = ctx.make({
    concept: 'try',
    node,
    headCategory: 'keyword',
    slots: {
      body: [block],
      clause: node.children.filter((c) => clauses.has(c.type)).map((c) => ctx.normalize(c)),
    },
  });
  return ctx.make({ concept: 'block', node, slots: { item: [attempt] } });
}

/** Parameter lists: a name in one that starts with `_` is a value the code does not use. */
const UNUSED_PARENTS = new Set(['method_parameters', 'block_parameters', 'lambda_parameters']);
const rules: Record<string, NodeRule> = {
  program: { concept: 'block' },
  body_statement: { concept: 'block', refine: refineBody },
  block_body: { concept: 'block' },
  begin_block: { concept: 'block' },
  then: { concept: 'block', marks: { then: 'block-start' }, liftMarks: true },
  do: { concept: 'block', marks: { do: 'block-start', end: 'block-end' }, liftMarks: true },
  comment: { concept: 'comment' },
  parenthesized_statements: { concept: 'parens', transparent: true },

  if: {
    concept: 'if',
    head: ['if'],
    headCategory: 'keyword',
    marks: { end: 'block-end' },
    fields: { condition: 'condition', consequence: 'body', alternative: 'clause' },
  },
  unless: {
    concept: 'if',
    head: ['unless'],
    headCategory: 'keyword',
    negated: true,
    marks: { end: 'block-end' },
    fields: { condition: 'condition', consequence: 'body', alternative: 'clause' },
  },
  if_modifier: {
    concept: 'if',
    head: ['if'],
    headCategory: 'keyword',
    variant: 'modifier',
    fields: { condition: 'condition', body: 'body' },
  },
  unless_modifier: {
    concept: 'if',
    head: ['unless'],
    headCategory: 'keyword',
    negated: true,
    variant: 'modifier',
    fields: { condition: 'condition', body: 'body' },
  },
  elsif: {
    concept: 'elif',
    head: ['elsif'],
    headCategory: 'keyword',
    fields: { condition: 'condition', consequence: 'body', alternative: 'clause' },
    hoist: ['clause'],
  },
  else: { concept: 'else', head: ['else'], headCategory: 'keyword', wrapRest: 'body' },
  conditional: {
    concept: 'ternary',
    head: ['?', ':'],
    headCategory: 'operator',
    fields: { condition: 'condition', consequence: 'then', alternative: 'otherwise' },
  },
  while: {
    concept: 'while',
    head: ['while'],
    headCategory: 'keyword',
    fields: { condition: 'condition', body: 'body' },
  },
  until: {
    concept: 'while',
    head: ['until'],
    headCategory: 'keyword',
    negated: true,
    fields: { condition: 'condition', body: 'body' },
  },
  while_modifier: {
    concept: 'while',
    head: ['while'],
    headCategory: 'keyword',
    variant: 'modifier',
    fields: { condition: 'condition', body: 'body' },
  },
  until_modifier: {
    concept: 'while',
    head: ['until'],
    headCategory: 'keyword',
    negated: true,
    variant: 'modifier',
    fields: { condition: 'condition', body: 'body' },
  },
  for: {
    concept: 'for',
    head: ['for', 'in'],
    headCategory: 'keyword',
    fields: { pattern: 'var', value: 'iterable', body: 'body' },
  },
  in: { concept: 'in', transparent: true },
  do_block: {
    concept: 'loop-body',
    marks: { do: 'block-start', end: 'block-end' },
    fields: { parameters: { slot: 'var', splice: true }, body: 'body' },
  },
  block: {
    concept: 'loop-body',
    marks: { '{': 'block-start', '}': 'block-end' },
    fields: { parameters: { slot: 'var', splice: true }, body: 'body' },
  },
  block_parameters: { concept: 'params', marks: { '|': 'delimiter' }, liftMarks: true },
  break: { concept: 'break', head: ['break'], headCategory: 'keyword', key: 'head' },
  next: {
    concept: 'continue',
    head: ['next'],
    headCategory: 'keyword',
    key: { constant: 'continue' },
  },
  // `retry` in a `rescue`: back to the start of the `begin`, a round of a loop made without one.
  retry: {
    concept: 'continue',
    head: ['retry'],
    headCategory: 'keyword',
    key: { constant: 'retry' },
    variant: 'retry',
  },
  case: {
    concept: 'switch',
    head: ['case'],
    headCategory: 'keyword',
    marks: { end: 'block-end' },
    fields: { value: 'subject' },
    childTypes: { when: 'clause', else: 'clause' },
  },
  when: {
    concept: 'case',
    head: ['when'],
    headCategory: 'keyword',
    marks: { ',': 'delimiter' },
    fields: { pattern: 'pattern', body: 'body' },
  },
  pattern: { concept: 'pattern', transparent: true },

  method: {
    concept: 'def',
    head: ['def'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    marks: { end: 'block-end' },
    fields: {
      name: {
        slot: 'name',
        rule: {
          ...METHOD_NAME,
          // `allowed?` answers yes or no by its name's `?`; in a class, Minitest runs a method
          // whose name starts with `test_` as a test.
          refine: (node, ctx) => {
            if (ctx.text(node).endsWith('?')) return PREDICATE_NAME;
            const inClass = [2, 3].some((d) => ctx.ancestor(d) === 'class');
            return inClass && ctx.text(node).startsWith('test_') ? TEST_NAME : undefined;
          },
        },
      },
      parameters: 'params',
      body: 'body',
    },
  },
  method_parameters: { concept: 'params', marks: { '(': 'call-parens', ')': 'call-parens' } },
  lambda_parameters: { concept: 'params', marks: { '(': 'call-parens', ')': 'call-parens' } },
  optional_parameter: {
    concept: 'default-param',
    key: { slot: 'name' },
    marks: { '=': 'delimiter' },
    fields: { name: 'name', value: 'value' },
  },
  keyword_parameter: {
    concept: 'default-param',
    variant: 'keyword',
    key: { slot: 'name' },
    marks: { ':': 'delimiter' },
    fields: { name: 'name', value: 'value' },
  },
  return: {
    concept: 'return',
    // `return x` holds its value in an argument list; the value is what compares.
    refine: (node, ctx) => {
      const args = node.children.find((c) => c.type === 'argument_list');
      return ctx.make({
        concept: 'return',
        key: 'return',
        node,
        head: node.children.filter((c) => c.type === 'return'),
        headCategory: 'statement',
        slots: {
          value: args ? args.children.filter((c) => c.named).map((c) => ctx.normalize(c)) : [],
        },
      });
    },
  },
  class: {
    concept: 'class',
    head: ['class'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    marks: { end: 'block-end' },
    fields: { name: 'name', superclass: 'superclass', body: 'body' },
  },
  superclass: { concept: 'superclass', marks: { '<': 'delimiter' } },
  module: {
    concept: 'module',
    head: ['module'],
    headCategory: 'keyword',
    marks: { end: 'block-end' },
    fields: { name: 'name', body: 'body' },
  },
  begin: {
    concept: 'try',
    head: ['begin'],
    headCategory: 'keyword',
    marks: { end: 'block-end' },
    childTypes: { rescue: 'clause', ensure: 'clause', else: 'clause' },
    wrapRest: 'body',
  },
  rescue: {
    concept: 'except',
    head: ['rescue'],
    headCategory: 'keyword',
    fields: { exceptions: 'pattern', variable: { slot: 'alias', splice: true }, body: 'body' },
  },
  exceptions: { concept: 'exceptions', transparent: true },
  exception_variable: { concept: 'alias', marks: { '=>': 'delimiter' } },
  ensure: { concept: 'finally', head: ['ensure'], headCategory: 'keyword', wrapRest: 'body' },

  call: {
    concept: 'call',
    head: ['method'],
    headCategory: 'expression',
    key: 'head',
    fields: { receiver: 'receiver', arguments: 'args', block: 'block' },
    refine: refineCall,
  },
  argument_list: { concept: 'args', marks: { '(': 'call-parens', ')': 'call-parens' } },
  lambda: {
    concept: 'lambda',
    head: ['->'],
    headCategory: 'keyword',
    fields: {
      parameters: { slot: 'var', splice: true },
      body: { slot: 'body', splice: true },
    },
  },
  assignment: {
    concept: 'assign',
    key: { slot: 'target' },
    fields: { left: 'target', right: 'value' },
  },
  operator_assignment: {
    concept: 'assign-op',
    head: ['operator'],
    headCategory: 'operator',
    key: { slot: 'target' },
    fields: { left: 'target', right: 'value' },
  },
  binary: {
    concept: 'binary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { left: 'item', right: 'item' },
  },
  unary: {
    concept: 'unary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { operand: 'item' },
    refine: (node, ctx) => {
      const op = node.children.find((c) => c.field === 'operator');
      const t = op ? ctx.text(op) : '';
      if (t === '!' || t === 'not') {
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
  parenthesized_expression: { concept: 'parens', transparent: true },

  identifier: {
    concept: 'name',
    leaf: true,
    key: 'text',
    head: ['self'],
    // A parameter named `_` or `_name`: a value the method or block does not use.
    refine: (node, ctx) =>
      ctx.text(node).startsWith('_') && UNUSED_PARENTS.has(ctx.ancestor(1) ?? '')
        ? { concept: 'name', leaf: true, key: 'text', head: ['self'], variant: 'unused' }
        : undefined,
  },
  constant: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  scope_resolution: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  global_variable: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  super: { concept: 'super', leaf: true, key: 'text', head: ['self'], headCategory: 'keyword' },
  // `<<~TEXT` and the lines after it: a string, written as a heredoc.
  heredoc_beginning: { concept: 'string', leaf: true, key: 'text', variant: 'heredoc' },
  heredoc_body: { concept: 'string', leaf: true, key: 'text', variant: 'heredoc-body' },
  instance_variable: {
    concept: 'field',
    leaf: true,
    head: ['self'],
    headCategory: 'naming',
    refine: (node, ctx) =>
      ctx.make({
        concept: 'field',
        key: ctx.text(node).slice(1),
        node,
        head: [node],
        headCategory: 'naming',
      }),
  },
  self: { concept: 'self', leaf: true, key: 'text', head: ['self'], headCategory: 'keyword' },
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
  nil: {
    concept: 'literal',
    leaf: true,
    key: 'canonical',
    head: ['self'],
    headCategory: 'literal',
  },
  true: {
    concept: 'literal',
    leaf: true,
    key: 'canonical',
    head: ['self'],
    headCategory: 'literal',
  },
  false: {
    concept: 'literal',
    leaf: true,
    key: 'canonical',
    head: ['self'],
    headCategory: 'literal',
  },
  // `%w[b a]`: an array of words, written without quotes or commas.
  string_array: { concept: 'list', variant: 'word-list' },
  simple_symbol: {
    concept: 'string',
    leaf: true,
    variant: 'symbol',
    refine: (node, ctx) =>
      ctx.make({ concept: 'string', key: ctx.text(node).slice(1), node, variant: 'symbol' }),
  },
  hash_key_symbol: {
    concept: 'string',
    leaf: true,
    variant: 'symbol',
    refine: (node, ctx) =>
      ctx.make({ concept: 'string', key: ctx.text(node), node, variant: 'symbol' }),
  },
  string: {
    concept: 'string',
    refine: (node, ctx) =>
      ctx.make({
        concept: 'string',
        key: stringKey(node, ctx),
        node,
        headCategory: 'string',
        // Quotes and `#{` `}` together: `"…#{…}"` against `f"…{…}"` is one lesson.
        marks: [
          {
            category: 'string',
            nodes: node.children.flatMap((c) =>
              c.type === '"'
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
      }),
  },
  interpolation: { concept: 'interpolation' },
  left_assignment_list: { concept: 'names' },
  array: { concept: 'list' },
  hash: { concept: 'map' },
  pair: {
    concept: 'pair',
    key: { slot: 'key' },
    marks: { '=>': 'delimiter', ':': 'delimiter' },
    fields: { key: 'key', value: 'value' },
    refine: (node, ctx) => {
      // `order("mug", gift: true)`: a symbol-keyed pair among a call's arguments is a keyword argument.
      const key = node.children.find((c) => c.field === 'key');
      if (ctx.ancestor(1) !== 'argument_list' || key?.type !== 'hash_key_symbol') return undefined;
      return {
        concept: 'keyword-arg',
        key: { constant: `name:${ctx.text(key)}` },
        marks: { ':': 'delimiter' },
        fields: {
          key: {
            slot: 'name',
            // The key reads as the parameter's name, not as a symbol.
            rule: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
          },
          value: 'value',
        },
      };
    },
  },
  range: {
    concept: 'range',
    head: ['operator'],
    headCategory: 'operator',
    fields: { begin: 'start', end: 'stop' },
    // `1..5` includes its end, `1...5` stops before it.
    refine: (node, ctx) => {
      const operator = node.children.find((c) => c.field === 'operator');
      const inclusive = operator !== undefined && ctx.text(operator) === '..';
      return {
        concept: 'range',
        head: ['operator'],
        headCategory: 'operator',
        fields: { begin: 'start', end: 'stop' },
        variant: inclusive ? 'inclusive' : 'exclusive',
      };
    },
  },
  element_reference: {
    concept: 'index',
    fields: { object: 'receiver' },
    // `s[0, 3]` (a start and a length) and `s[1..3]` read a part, not one item.
    refine: (node) => {
      const keys = node.children.filter((c) => c.named && c.field !== 'object');
      const part = keys.length === 2 || (keys.length === 1 && keys[0]?.type === 'range');
      return part
        ? { concept: 'index', fields: { object: 'receiver' }, variant: 'slice' }
        : undefined;
    },
  },
  // `&:age`: each item's own method `age`, handed over as the block.
  block_argument: {
    concept: 'ruby:block_argument',
    refine: (node, ctx) => {
      const symbol = node.children.find((c) => c.type === 'simple_symbol');
      if (!symbol) return undefined;
      return ctx.make({
        concept: 'call',
        key: `&${ctx.text(symbol)}`,
        node,
        head: [node],
        headText: '&:',
        headCategory: 'expression',
      });
    },
  },
  yield: { concept: 'yield', head: ['yield'], headCategory: 'keyword' },
};

/** A string's key is its text with interpolations replaced, so `"hi #{n}"` matches `f"hi {n}"`. */
function stringKey(node: SyntaxNode, ctx: RefineContext): string {
  return node.children
    .map((c) => (c.type === 'interpolation' ? '{}' : c.type === '"' ? '' : ctx.text(c)))
    .join('');
}

export const ruby: LanguageModule = {
  info: { id: 'ruby', name: 'Ruby', extensions: ['.rb'] },
  grammar: lazyGrammar('tree-sitter-ruby'),
  program: {
    fileName: 'main.rb',
    command: 'ruby',
    install: 'apt-get install ruby',
  },
  atomicNodes: new Set(['comment', 'heredoc_body']),
  tokenKind: (type, named, parentType) => kindOfToken(type, named, parentType, TOKEN_TABLES),
  rules,
  idioms,
  methodNames: {
    initialize: 'constructor',
    to_s: 'to-string',
    inspect: 'repr',
    '==': 'equals',
    each: 'iterate',
  },
  commentMarker: (text) => (text.startsWith('=begin') ? '=begin' : '#'),
  words,
  syntaxErrors,
};
