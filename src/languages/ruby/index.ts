/**
 * Ruby: grammar, extensions, token colours, how Ruby's syntax maps onto the shared concepts, and
 * the words that explain Ruby's side of a difference.
 */
import Ruby from 'tree-sitter-ruby';
import type { SyntaxNode } from '../../engine/parse.js';
import type { LanguageModule, NodeRule, RefineContext } from '../language.js';
import { kindOfToken } from '../token-kinds.js';
import { syntaxErrors } from './syntax-errors.js';

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

const TOKEN_TABLES = { keywords: KEYWORDS, named: NAMED_KINDS };

/** Methods that are Ruby's built-ins for ideas Python spells as built-in functions. */
const BUILTINS: Record<string, string> = {
  puts: 'print-line',
  print: 'print',
  p: 'inspect-print',
  pp: 'inspect-print',
  gets: 'input',
  require: 'import',
  require_relative: 'import',
  raise: 'raise',
  format: 'format',
  sleep: 'sleep',
};

const isBlock = (n: SyntaxNode | undefined) => n?.type === 'do_block' || n?.type === 'block';

/** `list.each do |x| … end` and `3.times { |i| … }` are Ruby's `for` loops. */
const LOOP_METHODS = new Set(['each', 'times', 'each_with_index', 'upto', 'step', 'each_pair']);

function refineCall(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const method = node.children.find((c) => c.field === 'method');
  const receiver = node.children.find((c) => c.field === 'receiver');
  const block = node.children.find((c) => c.field === 'block');
  const name = method ? ctx.text(method) : '';
  if (receiver && block && isBlock(block) && LOOP_METHODS.has(name)) {
    return {
      concept: 'for',
      head: ['method'],
      headCategory: 'keyword',
      fields: {
        receiver: 'iterable',
        arguments: 'iterable',
        block: { slot: 'body', splice: true },
      },
    };
  }
  if (receiver && (name === 'call' || !method)) {
    // `square.call(4)` and `square.(4)` call a lambda; Python calls it like any function.
    const args = node.children.find((c) => c.field === 'arguments');
    return ctx.make({
      concept: 'call',
      key: ctx.text(receiver),
      node,
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
          concept: 'method-name',
          leaf: true,
          key: 'method',
          head: ['self'],
          headCategory: 'naming',
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

  identifier: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  constant: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  scope_resolution: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
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
    fields: { begin: 'item', end: 'item' },
  },
  element_reference: { concept: 'index', fields: { object: 'receiver' } },
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
  grammar: Ruby,
  atomicNodes: new Set(['comment', 'heredoc_body']),
  tokenKind: (type, named, parentType) => kindOfToken(type, named, parentType, TOKEN_TABLES),
  rules,
  canonical: {
    nil: 'null',
    true: 'true',
    false: 'false',
    '&&': 'and',
    and: 'and',
    '||': 'or',
    or: 'or',
    '!': 'not',
    not: 'not',
    ...BUILTINS,
    // Methods that Python spells as built-in functions taking the value: `len(x)`, `str(x)`.
    length: 'length',
    size: 'length',
    to_s: 'to-string',
    to_i: 'to-int',
    to_f: 'to-float',
    inspect: 'repr',
    sort: 'sorted',
    push: 'append',
    sum: 'sum',
    max: 'max',
    min: 'min',
    abs: 'abs',
    round: 'round',
  },
  methodNames: {
    initialize: 'constructor',
    to_s: 'to-string',
    inspect: 'repr',
    '==': 'equals',
    each: 'iterate',
  },
  commentMarker: (text) => (text.startsWith('=begin') ? '=begin' : '#'),
  words: {
    has: {
      'block-start':
        'Ruby can open a block with `then` or `do`, but usually needs nothing: the block starts on the next line.',
      'block-end':
        'Ruby closes every block (`if`, `while`, `def`, `class`, `do`) with the keyword `end`.',
      'call-parens':
        'Ruby puts parentheses around arguments when the call would be unclear without them.',
      delimiter: 'Ruby has its own punctuation here.',
      string:
        'In Ruby, double quotes allow `#{…}` interpolation; single quotes take the text as it is.',
      statement:
        'This has no counterpart in the other program: each language needs its own statements here.',
      literal:
        'Ruby often names things with symbols such as `:name` (or `name:` as a hash key), which need no quotes.',
      comment: 'Ruby comments start with `#`; `=begin` … `=end` wraps a block comment.',
      terminator: 'Ruby allows `;` between statements on one line, but a line break does the same.',
    },
    lacks: {
      'block-start':
        'Ruby starts the block right after the line that opens it, with nothing at its end.',
      'block-end': 'Ruby always closes a block with `end`.',
      'call-parens':
        'Ruby lets you leave out the parentheses around a method’s arguments, as in `puts "hi"`.',
      statement: 'Ruby does without it.',
      keyword: 'Ruby does without it.',
      string: 'In a hash, Ruby can write a key as `name:`, a symbol, which needs no quotes.',
      delimiter: 'Ruby does without it.',
    },
    tokens: {
      puts: '`puts` is Ruby’s method for printing a value followed by a new line.',
      print: '`print` in Ruby prints without adding a new line.',
      p: '`p` prints a value the way Ruby would write it in code (strings keep their quotes).',
      end: 'Ruby closes every block (`if`, `while`, `def`, `class`, `do`) with the keyword `end`.',
      elsif: 'Ruby spells “else if” as one word, `elsif`.',
      unless: '`unless` is Ruby’s “if not”.',
      until: '`until` is Ruby’s “while not”.',
      nil: '`nil` is Ruby’s value for “nothing”.',
      true: 'Ruby writes its boolean values in lower case: `true`, `false`.',
      false: 'Ruby writes its boolean values in lower case: `true`, `false`.',
      '&&': 'Ruby’s usual “and” is `&&` (it also has a low-priority `and`).',
      '||': 'Ruby’s usual “or” is `||` (it also has a low-priority `or`).',
      '!': 'Ruby’s usual “not” is `!`.',
      '#{': 'Ruby puts values into a double-quoted string with `#{…}`.',
      '"': 'Ruby interpolates `#{…}` in any double-quoted string.',
      initialize: 'Ruby calls the method that sets up a new object `initialize`.',
      to_s: 'Ruby calls `to_s` to turn an object into a string.',
      require: '`require` loads a library in Ruby.',
      length: '`length` (or `size`) is a method you call on the value itself: `list.length`.',
      size: '`size` (or `length`) is a method you call on the value itself: `list.size`.',
      to_i: '`to_i` is a method you call on the value itself to get a whole number.',
      to_f: '`to_f` is a method you call on the value itself to get a decimal number.',
      sort: '`sort` is a method you call on the list itself.',
      'statement:. new': 'Ruby makes an object by calling `new` on its class: `Dog.new("Rex")`.',
      'statement:.new': 'Ruby makes an object by calling `new` on its class: `Dog.new("Rex")`.',
      'statement:.call':
        'Ruby calls a lambda with `.call(…)` (or `.(…)`); a plain name would call a method instead.',
      'statement:.':
        'Ruby calls a lambda with `.(…)` (or `.call(…)`); a plain name would call a method instead.',
      each: 'Ruby loops over a collection by calling its `each` method with a block.',
      times: '`n.times` runs a block n times, counting from 0.',
      when: 'Ruby lists the cases of a `case` with `when`.',
      case: 'Ruby chooses between cases with `case` … `when`.',
      '->': '`->` makes a lambda in Ruby; its body goes in braces or `do` … `end`.',
      return: 'Ruby’s `return` leaves a method early; at the end of a method it is optional.',
      begin: 'Ruby wraps code that may fail in `begin` … `rescue` … `end`.',
      rescue: '`rescue` catches an exception in Ruby.',
      ensure: '`ensure` runs whether or not an exception happened.',
      next: '`next` skips to the next round of a loop in Ruby.',
      'delimiter:|': 'Ruby names a block’s parameters between bars: `|x|`.',
      'keyword@modifier-left':
        'Ruby lets a one-line statement carry its condition at the end: `puts "hi" if ready` (a modifier); it needs no `end`.',
      'delimiter@keyword-arg': 'Ruby passes a keyword argument as `name: value`.',
      'delimiter@default-param':
        'Ruby gives a parameter its default with `=`, or with `name:` for a keyword parameter.',
      'expression:inspect':
        '`inspect` shows a value the way Ruby would write it in code, brackets and quotes included; Python’s `print` already shows a list that way.',
      'expression:&':
        '`&:even?` is short for the block `{ |n| n.even? }`: call that method on each item.',
      'expression:odd?': '`odd?` is a method every Ruby integer has: it answers `true` or `false`.',
      'expression:even?':
        '`even?` is a method every Ruby integer has: it answers `true` or `false`.',
      'expression:zero?': '`zero?` asks a Ruby number whether it is 0.',
      'expression:positive?': '`positive?` asks a Ruby number whether it is above 0.',
      'expression:negative?': '`negative?` asks a Ruby number whether it is below 0.',
      'expression:empty?': '`empty?` asks a Ruby string, array or hash whether it holds nothing.',
      'expression:nil?': '`nil?` asks whether a value is `nil`.',
      'expression:include?':
        '`include?` asks a Ruby collection or string whether it holds a value.',
      'expression:<<': '`<<` appends to a Ruby array (or string) in place.',
      'expression:join': 'In Ruby, `join` is called on the array: `words.join(", ")`.',
      'expression:each_with_index':
        '`each_with_index` gives a Ruby block each item and its position.',
      'expression:..': 'Ruby’s range `1..5` includes its end, 5; `1...5` stops before it.',
      'expression:map': '`map` makes a new Ruby array from a block’s answers.',
      'expression:select': '`select` keeps the items for which the block answers true.',
      'expression:reject': '`reject` drops the items for which the block answers true.',
      'expression:sort_by': '`sort_by` sorts by what the block answers for each item.',
      'expression:fetch': '`fetch` reads a hash key, with a default when it is missing.',
      'expression:message': 'A Ruby exception’s text is its `message`.',
      'expression:first': '`first` is the first item of a Ruby array.',
      'expression:last': '`last` is the last item of a Ruby array.',
      'delimiter@pair':
        'Ruby writes `=>` between a hash’s key and value: `"a" => 1` (or `a: 1` for a symbol key).',
      'delimiter@except':
        'Ruby names the caught exception after `=>`: `rescue ZeroDivisionError => e`.',
      'string@import': 'Ruby names the library to `require` in a string, in quotes.',
      'lacks:string@import': 'Ruby names the library to `require` in a string, in quotes.',
      'lacks:return':
        'Ruby gives back the value of a method’s last expression by itself, so `return` is optional there.',
      'lacks:self':
        'Ruby methods know their object without a parameter for it: inside a method it is `self`.',
      'lacks:pass': 'Ruby needs nothing in an empty block: `end` closes it.',
      'lacks:statement@import': 'Ruby needs no `require` for this: it is built in.',
      'naming@field':
        'Ruby writes an object’s own variables (instance variables) with `@`: `@name`.',
      inspect: '`inspect` is a method that shows a value the way Ruby would write it in code.',
      'keyword:else@else': 'Ruby’s `case` ends with `else` for everything no `when` caught.',
      'delimiter:,': 'Ruby separates the values of one `when` with commas.',
      'delimiter:<': 'Ruby names the superclass after `<`.',
      '?': 'Ruby’s conditional expression is `condition ? a : b`.',
      then: 'Ruby allows `then` after a condition, mostly to fit a branch on one line.',
      do: '`do` opens a block in Ruby; `end` closes it.',
      '{': 'Braces open a one-line block in Ruby.',
    },
  },
  syntaxErrors,
};
