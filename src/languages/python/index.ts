/**
 * Python: grammar, extensions, token colours, how Python's syntax maps onto the shared concepts,
 * and the words that explain Python's side of a difference.
 */
import type { SyntaxNode } from '../../engine/parse.js';
import type { ConceptNode, Idiom, LanguageModule, NodeRule, RefineContext } from '../language.js';
import { lazyGrammar } from '../grammar.js';
import { METHOD_NAME } from '../rules.js';
import { kindOfToken } from '../token-kinds.js';
import { idioms } from './idioms.js';
import { syntaxErrors } from './syntax-errors.js';
import { words } from './words.js';

const KEYWORDS = new Set(
  `False None True and as assert async await break case class continue def del elif else except finally for from global if import in is lambda match nonlocal not or pass print raise return try while with yield`.split(
    ' ',
  ),
);

const NAMED_KINDS: Record<string, ReturnType<typeof kindOfToken>> = {
  identifier: 'identifier',
  integer: 'number',
  float: 'number',
  string_start: 'string',
  string_content: 'string',
  string_end: 'string',
  escape_sequence: 'string',
  escape_interpolation: 'string',
  comment: 'comment',
  none: 'keyword',
  true: 'keyword',
  false: 'keyword',
  type_conversion: 'string',
};

/** The idea a name spells in Python's idiom table, if any. */
const ideaOfName = (name: string) =>
  Object.hasOwn(idioms, name) ? (idioms[name] as Idiom).idea : undefined;

const block = (node: SyntaxNode) => node.type === 'block';

const TOKEN_TABLES = {
  keywords: KEYWORDS,
  named: NAMED_KINDS,
  stringParents: new Set(['string', 'string_content']),
  interpolation: new Set(['{', '}']),
};

/** Built-in functions that take the value Ruby calls a method on: `len(x)` ↔ `x.length`. */
const VALUE_BUILTINS = new Set([
  'len',
  'str',
  'int',
  'float',
  'repr',
  'sorted',
  'abs',
  'round',
  'sum',
  'max',
  'min',
]);

/**
 * `self.name` is Python's spelling of Ruby's `@name`; any other `obj.name` reads a property,
 * which Ruby spells as a method call without arguments.
 */
/**
 * `hour: int` alone in a class body: a field the class declares (a `@dataclass` makes its
 * `__init__` from them), its type hint a mark as a declaration's type is.
 */
function refineFieldDeclaration(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const typed = node.children.some((c) => c.field === 'type');
  const valued = node.children.some((c) => c.field === 'right');
  // (The statement around it is transparent, so it may or may not be among the ancestors.)
  const up = ctx.ancestor(1) === 'expression_statement' ? 1 : 0;
  const inClass = ctx.ancestor(1 + up) === 'block' && ctx.ancestor(2 + up) === 'class_definition';
  if (!typed || valued || !inClass) return undefined;
  return {
    concept: 'field-declaration',
    key: { slot: 'target' },
    fields: { left: 'target', type: { mark: 'type' } },
  };
}

function refineAttribute(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const object = node.children.find((c) => c.field === 'object');
  const attribute = node.children.find((c) => c.field === 'attribute');
  if (!object || !attribute) return undefined;
  if (ctx.text(object) === 'self') {
    const name = ctx.text(attribute);
    return ctx.make({
      concept: 'field',
      key: name,
      node,
      head: [node],
      headCategory: 'naming',
      // `self._cents`: private by convention, a lesson of its own (not `__init__`-like names).
      variant: name.startsWith('_') && !name.endsWith('__') ? 'private' : undefined,
    });
  }
  const name = ctx.text(attribute);
  return ctx.make({
    concept: 'call',
    key: ideaOfName(name) ?? name,
    node,
    head: [attribute],
    headCategory: 'expression',
    slots: { receiver: [ctx.normalize(object)] },
  });
}

/** `obj.method(args)` is a call with a receiver, like Ruby's; `print(x)` a call without one. */
function refineCall(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const fn = node.children.find((c) => c.field === 'function');
  const args = node.children.find((c) => c.field === 'arguments');
  if (!fn) return undefined;
  if (fn.type === 'attribute') {
    const object = fn.children.find((c) => c.field === 'object');
    const attribute = fn.children.find((c) => c.field === 'attribute');
    if (object && attribute && ctx.text(object) === 'self' && !ideaOfName(ctx.text(fn))) {
      // `self.check(x)`: a call of the object's own method, written with the name alone where
      // the receiver is understood; its receiver `self` is the difference, the name pairs it.
      // (`self.assertEqual` is a name of the language's own, kept whole.)
      return ctx.make({
        concept: 'call',
        key: ctx.text(attribute),
        node,
        head: [attribute],
        headCategory: 'expression',
        slots: {
          receiver: [
            ctx.make({
              concept: 'self',
              key: 'self',
              node: object,
              head: [object],
              headCategory: 'keyword',
            }),
          ],
          args: args ? [ctx.normalize(args)] : [],
        },
      });
    }
    if (object && attribute && ctx.text(object) !== 'self') {
      return ctx.make({
        concept: 'call',
        key: ideaOfName(ctx.text(attribute)) ?? ctx.text(attribute),
        node,
        head: [attribute],
        headCategory: 'expression',
        slots: {
          receiver: [ctx.normalize(object)],
          args: args ? [ctx.normalize(args)] : [],
        },
      });
    }
  }
  const name = ctx.text(fn);
  const builtin = fn.type === 'identifier' ? ideaOfName(name) : undefined;
  const positional = args?.children.filter((c) => c.named && c.type !== 'comment') ?? [];
  const only = positional.length === 1 ? positional[0] : undefined;
  if (builtin && VALUE_BUILTINS.has(name) && args && only && only.type !== 'keyword_argument') {
    // `len(x)` is Ruby's `x.length`: the value is the receiver, the parentheses the difference.
    return ctx.make({
      concept: 'call',
      key: builtin,
      node,
      head: [fn],
      headCategory: 'builtin',
      slots: {
        receiver: [ctx.normalize(only)],
        args: [
          ctx.make({
            concept: 'args',
            node: args,
            marks: [
              {
                category: 'call-parens',
                nodes: args.children.filter((c) => c.type === '(' || c.type === ')'),
              },
            ],
          }),
        ],
      },
    });
  }
  if (name === 'range' && args && positional.length >= 1 && positional.length <= 3) {
    // `range(1, 4)` counts from 1 and stops before 4: a range like Ruby's `1...4`.
    const order = positional.length === 1 ? ['stop'] : ['start', 'stop', 'step'];
    const slots: Record<string, (ConceptNode | null)[]> = {};
    positional.forEach((value, k) => (slots[order[k] as string] = [ctx.normalize(value)]));
    return ctx.make({
      concept: 'range',
      node,
      head: [fn],
      headCategory: 'builtin',
      variant: 'exclusive',
      marks: [
        {
          category: 'call-parens',
          nodes: args.children.filter((c) => c.type === '(' || c.type === ')'),
        },
      ],
      slots,
    });
  }
  if (/^[A-Z]/.test(name) && fn.type === 'identifier' && !builtin) {
    // `Dog("Rex")` makes an object (by the convention that classes are capitalised).
    return ctx.make({
      concept: 'construct',
      key: `name:${name}`,
      node,
      headCategory: 'statement',
      slots: { class: [ctx.normalize(fn)], args: args ? [ctx.normalize(args)] : [] },
    });
  }
  return ctx.make({
    concept: 'call',
    key: builtin ?? name,
    node,
    head: [fn],
    headCategory: builtin ? 'builtin' : 'expression',
    slots: { args: args ? [ctx.normalize(args)] : [] },
  });
}

/** Python's `x if c else y` lists its parts in another order than `c ? x : y`. */
function refineConditional(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const parts = node.children.filter((c) => c.named);
  const [then, condition, otherwise] = parts;
  return ctx.make({
    concept: 'ternary',
    node,
    head: node.children.filter((c) => c.type === 'if' || c.type === 'else'),
    headCategory: 'operator',
    slots: {
      condition: [condition ? ctx.normalize(condition) : null],
      then: [then ? ctx.normalize(then) : null],
      otherwise: [otherwise ? ctx.normalize(otherwise) : null],
    },
  });
}

/** A decorated definition is its definition, plus the decorators. */
const DECORATED: NodeRule = {
  concept: 'def',
  key: { slot: 'name' },
  fields: { definition: { slot: 'definition', splice: true } },
  childTypes: { decorator: 'decorator' },
};
const DECORATED_DEF: NodeRule = { ...DECORATED, concept: 'def' };
const DECORATED_CLASS: NodeRule = { ...DECORATED, concept: 'class' };

/** `case _:` is Python's `else` of a `match`. */
function refineCase(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  const pattern = node.children.find((c) => c.type === 'case_pattern');
  // `case _ if …:` has a guard: it is a case like any other, not the catch-all.
  const guarded = node.children.some((c) => c.type === 'if_clause' || c.field === 'guard');
  if (pattern && ctx.text(pattern) === '_' && !guarded) {
    return ctx.make({
      concept: 'else',
      variant: 'wildcard',
      node,
      head: node.children.filter((c) => c.type === 'case' || c.type === 'case_pattern'),
      headCategory: 'keyword',
      marks: [{ category: 'block-start', nodes: node.children.filter((c) => c.type === ':') }],
      slots: { body: node.children.filter(block).map((c) => ctx.normalize(c)) },
    });
  }
  return undefined;
}

/** A method's first parameter `self` is something only Python writes. */
function refineParameters(
  node: SyntaxNode,
  ctx: RefineContext,
): ReturnType<NonNullable<NodeRule['refine']>> {
  // ancestors: parameters, function_definition, [decorated_definition,] block, class_definition
  const method = ctx.ancestor(1) === 'function_definition';
  const inClass = method && [2, 3, 4].some((d) => ctx.ancestor(d) === 'class_definition');
  const named = node.children.filter((c) => c.named);
  const first = named[0];
  return ctx.make({
    concept: 'params',
    node,
    marks: [
      {
        category: 'call-parens',
        nodes: node.children.filter((c) => c.type === '(' || c.type === ')'),
      },
    ],
    slots: {
      item: named.map((c) =>
        inClass && c === first && ctx.text(c) === 'self'
          ? ctx.make({
              concept: 'self-param',
              key: 'self',
              node: c,
              head: [c],
              headCategory: 'statement',
            })
          : ctx.normalize(c),
      ),
    },
  });
}

/** A test method's name: `unittest` runs it as a test. */
const TEST_NAME: NodeRule = { ...METHOD_NAME, variant: 'test' };

const rules: Record<string, NodeRule> = {
  module: { concept: 'block' },
  block: { concept: 'block' },
  comment: { concept: 'comment' },
  expression_statement: { concept: 'expression', transparent: true },
  parenthesized_expression: { concept: 'parens', transparent: true },

  if_statement: {
    concept: 'if',
    head: ['if'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { condition: 'condition', consequence: 'body', alternative: 'clause' },
  },
  elif_clause: {
    concept: 'elif',
    head: ['elif'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { condition: 'condition', consequence: 'body' },
  },
  else_clause: {
    concept: 'else',
    head: ['else'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { body: 'body' },
  },
  conditional_expression: { concept: 'ternary', refine: refineConditional },
  while_statement: {
    concept: 'while',
    head: ['while'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { condition: 'condition', body: 'body', alternative: 'clause' },
    // `while True:` repeats until something breaks out of it.
    refine: (node) =>
      node.children.find((c) => c.field === 'condition')?.type === 'true'
        ? {
            concept: 'loop-forever',
            head: ['while', 'condition'],
            headCategory: 'keyword',
            marks: { ':': 'block-start' },
            fields: { body: 'body', alternative: 'clause' },
          }
        : undefined,
  },
  for_statement: {
    concept: 'for',
    head: ['for', 'in'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: {
      left: { slot: 'var', splice: ['names'] },
      right: 'iterable',
      body: 'body',
      alternative: 'clause',
    },
  },
  pattern_list: { concept: 'names' },
  break_statement: { concept: 'break', head: ['break'], headCategory: 'keyword', key: 'head' },
  continue_statement: {
    concept: 'continue',
    head: ['continue'],
    headCategory: 'keyword',
    key: { constant: 'continue' },
  },
  pass_statement: {
    concept: 'pass',
    head: ['pass'],
    headCategory: 'statement',
    key: { constant: 'pass' },
  },
  match_statement: {
    concept: 'switch',
    head: ['match'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { subject: 'subject', body: { slot: 'clause', splice: true } },
  },
  case_clause: {
    concept: 'case',
    head: ['case'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { consequence: 'body', guard: 'guard' },
    childTypes: { case_pattern: { slot: 'pattern', splice: ['patterns'] } },
    refine: refineCase,
  },
  case_pattern: { concept: 'pattern', transparent: true },
  if_clause: { concept: 'guard', head: ['if'], headCategory: 'keyword' },
  keyword_separator: { concept: 'keyword-only', leaf: true, key: 'text', head: ['self'] },
  union_pattern: { concept: 'patterns', marks: { '|': 'delimiter' } },

  function_definition: {
    concept: 'def',
    head: ['def'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    marks: { ':': 'block-start' },
    fields: {
      name: {
        slot: 'name',
        rule: {
          ...METHOD_NAME,
          // In a class, `unittest` runs a method whose name starts with `test` as a test.
          refine: (node, ctx) =>
            ctx.text(node).startsWith('test') &&
            [2, 3].some((d) => ctx.ancestor(d) === 'class_definition')
              ? TEST_NAME
              : undefined,
        },
      },
      parameters: 'params',
      body: 'body',
    },
  },
  parameters: { concept: 'params', refine: refineParameters },
  lambda_parameters: { concept: 'params' },
  keyword_argument: {
    concept: 'keyword-arg',
    key: { slot: 'name' },
    marks: { '=': 'delimiter' },
    fields: { name: 'name', value: 'value' },
  },
  default_parameter: {
    concept: 'default-param',
    marks: { '=': 'delimiter' },
    key: { slot: 'name' },
    fields: { name: 'name', value: 'value' },
  },
  return_statement: {
    concept: 'return',
    head: ['return'],
    headCategory: 'statement',
    key: { constant: 'return' },
    rest: 'value',
    // `return low, high`: the commas make a tuple, with no parentheses.
    childTypes: { expression_list: { slot: 'value', rule: { concept: 'tuple' } } },
  },
  class_definition: {
    concept: 'class',
    head: ['class'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    marks: { ':': 'block-start' },
    fields: {
      name: 'name',
      superclasses: {
        slot: 'superclass',
        rule: { concept: 'superclass', marks: { '(': 'delimiter', ')': 'delimiter' } },
      },
      body: 'body',
    },
  },
  try_statement: {
    concept: 'try',
    head: ['try'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { body: 'body' },
    childTypes: { except_clause: 'clause', finally_clause: 'clause', else_clause: 'clause' },
  },
  except_clause: {
    concept: 'except',
    head: ['except'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { value: { slot: 'pattern', splice: ['as-pattern'] }, alias: 'alias' },
    childTypes: { block: 'body' },
  },
  as_pattern: { concept: 'as-pattern', marks: { as: 'delimiter' }, fields: { alias: 'alias' } },
  as_pattern_target: { concept: 'alias', transparent: true },
  finally_clause: {
    concept: 'finally',
    head: ['finally'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    childTypes: { block: 'body' },
  },
  import_statement: {
    concept: 'import',
    head: ['import'],
    headCategory: 'keyword',
    key: { slot: 'module' },
    fields: { name: 'module' },
  },
  // `raise ValueError("…")`: Python's raise is a statement; Ruby's `raise` is a method call.
  raise_statement: {
    concept: 'call',
    head: ['raise'],
    headCategory: 'builtin',
    key: { constant: 'raise' },
    rest: 'args',
  },
  // `del stock["pear"]`: a statement where Ruby calls a method, `stock.delete("pear")`; told
  // as one piece of code (its own key), with each side's words.
  delete_statement: {
    concept: 'call',
    head: ['del'],
    headCategory: 'builtin',
    key: { constant: 'del' },
    rest: 'args',
  },
  import_from_statement: {
    concept: 'import',
    head: ['from', 'import'],
    headCategory: 'keyword',
    key: { slot: 'module' },
    fields: { module_name: 'module', name: 'item' },
  },
  // A module's name in `import json`: the same string Ruby quotes in `require "json"`.
  dotted_name: { concept: 'string', leaf: true, key: 'text' },

  call: { concept: 'call', refine: refineCall },
  argument_list: { concept: 'args', marks: { '(': 'call-parens', ')': 'call-parens' } },
  lambda: {
    concept: 'lambda',
    head: ['lambda'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { parameters: { slot: 'var', splice: ['params'] }, body: 'body' },
  },

  assignment: {
    concept: 'assign',
    key: { slot: 'target' },
    fields: { left: 'target', right: 'value' },
    refine: refineFieldDeclaration,
  },
  augmented_assignment: {
    concept: 'assign-op',
    head: ['operator'],
    headCategory: 'operator',
    key: { slot: 'target' },
    fields: { left: 'target', right: 'value' },
  },
  binary_operator: {
    concept: 'binary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { left: 'item', right: 'item' },
  },
  boolean_operator: {
    concept: 'binary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { left: 'item', right: 'item' },
  },
  comparison_operator: {
    concept: 'binary',
    head: ['operators'],
    headCategory: 'operator',
    key: 'head',
  },
  not_operator: {
    concept: 'not',
    head: ['not'],
    headCategory: 'operator',
    fields: { argument: 'item' },
  },
  unary_operator: {
    concept: 'unary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { argument: 'item' },
  },

  identifier: {
    concept: 'name',
    leaf: true,
    key: 'text',
    head: ['self'],
    // `for _ in …`: `_` names a loop variable the loop does not use; a parameter `_name`, by
    // custom, one the function does not use.
    refine: (node, ctx) =>
      (ctx.text(node) === '_' && ctx.ancestor(1) === 'for_statement') ||
      (/^_[^_]/.test(ctx.text(node)) && ctx.ancestor(1) === 'parameters')
        ? { concept: 'name', leaf: true, key: 'text', head: ['self'], variant: 'unused' }
        : undefined,
  },
  attribute: { concept: 'attribute', refine: refineAttribute },
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
  none: {
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
  string: {
    concept: 'string',
    refine: (node, ctx) =>
      ctx.make({
        concept: 'string',
        key: stringKey(node, ctx),
        node,
        // `"""…"""` holds several lines.
        variant: /^[a-zA-Z]*('''|""")/.test(ctx.text(node.children[0] ?? node))
          ? 'triple'
          : undefined,
        headCategory: 'string',
        // Quotes and `{` `}` together: `f"…{…}"` against `"…#{…}"` is one lesson.
        marks: [
          {
            category: 'string',
            nodes: node.children
              .flatMap((c) => (c.type === 'string_content' ? c.children : [c]))
              .flatMap((c) =>
                c.type === 'string_start' || c.type === 'string_end'
                  ? [c]
                  : c.type === 'interpolation'
                    ? c.children.filter((g) => g.type === '{' || g.type === '}')
                    : [],
              ),
          },
        ],
        slots: {
          item: node.children
            .flatMap((c) => (c.type === 'string_content' ? c.children : [c]))
            .filter((c) => c.type === 'interpolation')
            .map((c) => ctx.normalize(c)),
        },
      }),
  },
  concatenated_string: { concept: 'string-concat' },
  interpolation: { concept: 'interpolation' },
  list: { concept: 'list' },
  // `[int(p) for p in parts]`, and the same without brackets as a call's argument.
  list_comprehension: { concept: 'comprehension' },
  generator_expression: { concept: 'comprehension' },
  dictionary_comprehension: { concept: 'comprehension' },
  set: { concept: 'set' },
  tuple: { concept: 'tuple' },
  // `@property` above a `def`: the definition, with its decorators in a slot of their own.
  decorated_definition: {
    concept: 'def',
    refine: (node) => {
      const definition = node.children.find((c) => c.field === 'definition');
      return definition?.type === 'class_definition' ? DECORATED_CLASS : DECORATED_DEF;
    },
  },
  decorator: {
    concept: 'decorator',
    leaf: true,
    key: 'text',
    head: ['self'],
    headCategory: 'statement',
  },
  dictionary: { concept: 'map' },
  pair: {
    concept: 'pair',
    key: { slot: 'key' },
    marks: { ':': 'delimiter' },
    fields: { key: 'key', value: 'value' },
  },
  subscript: {
    concept: 'index',
    fields: { value: 'receiver', subscript: 'item' },
    // `text[::-1]` copies part of a sequence: a slice, not a lookup.
    refine: (node) =>
      node.children.some((c) => c.type === 'slice')
        ? { concept: 'index', fields: { value: 'receiver', subscript: 'item' }, variant: 'slice' }
        : undefined,
  },
};

/** A string's key is its text with interpolations replaced, so `f"hi {n}"` matches `"hi #{n}"`. */
function stringKey(node: SyntaxNode, ctx: RefineContext): string {
  return node.children
    .map((c) => {
      if (c.type === 'interpolation') return '{}';
      if (c.type === 'string_start' || c.type === 'string_end') return '';
      if (c.type === 'string_content') {
        // An f-string's content holds its interpolations as children.
        let out = '';
        let at = c.startIndex;
        for (const g of c.children) {
          if (g.type === 'interpolation') {
            out += ctx.text({ ...c, startIndex: at, endIndex: g.startIndex }) + '{}';
            at = g.endIndex;
          }
        }
        return out + ctx.text({ ...c, startIndex: at, endIndex: c.endIndex });
      }
      return ctx.text(c);
    })
    .join('');
}

export const python: LanguageModule = {
  info: { id: 'python', name: 'Python', extensions: ['.py'] },
  grammar: lazyGrammar('tree-sitter-python'),
  program: {
    fileName: 'main.py',
    command: 'python3',
    // Same bytes on every machine, whatever the locale.
    env: { PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
    install: 'apt-get install python3',
  },
  atomicNodes: new Set(['comment']),
  tokenKind: (type, named, parentType) => kindOfToken(type, named, parentType, TOKEN_TABLES),
  rules,
  idioms,
  methodNames: {
    __init__: 'constructor',
    __str__: 'to-string',
    __repr__: 'repr',
    __eq__: 'equals',
    __iter__: 'iterate',
  },
  commentMarker: (text) => (text.startsWith('#') ? '#' : text.slice(0, 3)),
  words,
  syntaxErrors,
};
