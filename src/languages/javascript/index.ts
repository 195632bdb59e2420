/**
 * JavaScript: grammar, extensions, token colours, how JavaScript's syntax maps onto the shared
 * concepts, and the words that explain JavaScript's side of a difference.
 */
import type { SyntaxNode } from '../../engine/parse.js';
import type {
  ConceptNode,
  FieldTarget,
  LanguageModule,
  Mark,
  NodeRule,
  RefineContext,
} from '../language.js';
import type { Category } from '../../types.js';
import { lazyGrammar } from '../grammar.js';
import { METHOD_NAME } from '../rules.js';
import { kindOfToken } from '../token-kinds.js';
import { idioms } from './idioms.js';
import { syntaxErrors } from './syntax-errors.js';
import { words } from './words.js';

const KEYWORDS = new Set(
  `as async await break case catch class const continue debugger default delete do else export extends finally for from function get if import in instanceof let new of return set static switch throw try typeof var void while with yield`.split(
    ' ',
  ),
);

const NAMED_KINDS: Record<string, ReturnType<typeof kindOfToken>> = {
  identifier: 'identifier',
  property_identifier: 'identifier',
  shorthand_property_identifier: 'identifier',
  shorthand_property_identifier_pattern: 'identifier',
  private_property_identifier: 'identifier',
  statement_identifier: 'identifier',
  number: 'number',
  string_fragment: 'string',
  escape_sequence: 'string',
  regex_pattern: 'string',
  regex_flags: 'string',
  comment: 'comment',
  hash_bang_line: 'comment',
  null: 'keyword',
  undefined: 'keyword',
  true: 'keyword',
  false: 'keyword',
  this: 'keyword',
  super: 'keyword',
};

const TOKEN_TABLES = {
  keywords: KEYWORDS,
  named: NAMED_KINDS,
  stringParents: new Set(['string', 'template_string', 'template_substitution', 'regex']),
  interpolation: new Set(['${', '}']),
};

type Refined = ReturnType<NonNullable<NodeRule['refine']>>;

const field = (node: SyntaxNode, name: string) => node.children.find((c) => c.field === name);
const namedKids = (node: SyntaxNode) =>
  node.children.filter((c) => c.named && c.type !== 'comment');
const ofType = (node: SyntaxNode, ...types: string[]) =>
  node.children.filter((c) => types.includes(c.type));

/** A mark made by hand, for tokens a rule's table cannot reach (a statement's `;`). */
const markOf = (category: Category, tokens: number[]): Mark => ({ category, tokens, site: null });

/** Marks with one mark per category, as a node keeps them: `=>` and `{` both open the block. */
function oneMarkEach(marks: readonly Mark[]): Mark[] {
  const byCategory = new Map<Category, number[]>();
  for (const m of marks) {
    if (m.tokens.length > 0)
      byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), ...m.tokens]);
  }
  return [...byCategory].map(([category, tokens]) =>
    markOf(
      category,
      tokens.sort((a, b) => a - b),
    ),
  );
}

/** The `;` that ends a statement, when it is written. */
const TERMINATOR = { ';': 'terminator' } as const;

/**
 * `{ … }`: the braces are the marks of the statement the block belongs to (`if`, `function`),
 * as an `end` is in a language that closes blocks with one.
 */
const BLOCK: NodeRule = {
  concept: 'block',
  marks: { '{': 'block-start', '}': 'block-end' },
  liftMarks: true,
};

/** The parentheses a statement needs around its condition (`if (x)`), given to the statement. */
const parenthesized = (slot: string): FieldTarget => ({
  slot,
  splice: true,
  rule: { concept: 'parens', marks: { '(': 'delimiter', ')': 'delimiter' } },
});

/**
 * An `if` with `else` branches, or a `try` with `catch` and `finally`, closes each branch with
 * `}`; all of them close the one statement, as a single `end` closes the whole of it elsewhere.
 * Each branch keeps the `{` that opens it.
 */
function closedAtEnd(rule: NodeRule): NodeRule['refine'] {
  return (node, ctx) => {
    const built = ctx.normalize(node, rule);
    if (!built) return undefined;
    const moved: number[] = [];
    for (const clause of built.slots.get('clause') ?? []) {
      const end = clause.marks.find((m) => m.category === 'block-end');
      if (!end) continue;
      moved.push(...end.tokens);
      clause.marks = clause.marks.filter((m) => m !== end);
    }
    if (moved.length === 0) return built;
    const own = built.marks.find((m) => m.category === 'block-end');
    const tokens = [...(own?.tokens ?? []), ...moved].sort((a, b) => a - b);
    built.marks = own
      ? built.marks.map((m) => (m === own ? { ...m, tokens } : m))
      : [...built.marks, markOf('block-end', tokens)];
    return built;
  };
}

const IF: NodeRule = {
  concept: 'if',
  head: ['if'],
  headCategory: 'keyword',
  fields: { condition: parenthesized('condition'), consequence: 'body', alternative: 'clause' },
};

/** `else if (…) { … }` is an `if` inside an `else`: the “else if” branch of the chain. */
const ELSE_IF: NodeRule = {
  concept: 'elif',
  head: ['else'],
  headCategory: 'keyword',
  childTypes: { if_statement: { slot: 'body', splice: true } },
  hoist: ['clause'],
};

const TRY: NodeRule = {
  concept: 'try',
  head: ['try'],
  headCategory: 'keyword',
  fields: { body: 'body', handler: 'clause', finalizer: 'clause' },
};

/**
 * `const x = 1;` is an assignment that also declares the name: `const`, `let` or `var` is a
 * word the statement needs. Several names in one declaration keep the grammar's own shape.
 */
function refineDeclaration(node: SyntaxNode, ctx: RefineContext): Refined {
  const declarators = ofType(node, 'variable_declarator');
  const only = declarators.length === 1 ? declarators[0] : undefined;
  if (!only) return undefined;
  const name = field(only, 'name');
  const value = field(only, 'value');
  const target = name ? ctx.normalize(name) : null;
  const kind = node.children.filter((c) => ['const', 'let', 'var'].includes(c.type));
  return ctx.make({
    concept: 'assign',
    key: target ? `${target.concept}:${target.key}` : '',
    node,
    marks: [
      { category: 'statement', nodes: kind },
      { category: 'terminator', nodes: ofType(node, ';') },
    ],
    slots: { target: [target], value: [value ? ctx.normalize(value) : null] },
  });
}

/** Methods that walk a collection, calling the function passed to them for each item. */
const LOOP_METHODS = new Set(['forEach']);

/**
 * `items.forEach((item) => { … })` is a loop over `items`: the function's parameters are the
 * loop's variables, its body the loop's body, its `=>` and braces the block's marks.
 */
function loopCall(
  node: SyntaxNode,
  ctx: RefineContext,
  method: SyntaxNode,
  receiver: SyntaxNode,
  args: SyntaxNode,
  fn: SyntaxNode,
): ConceptNode {
  const params = field(fn, 'parameters') ?? field(fn, 'parameter');
  const variables =
    params?.type === 'formal_parameters' ? namedKids(params) : params ? [params] : [];
  const body = field(fn, 'body');
  const block = body ? ctx.normalize(body) : null;
  const loop = ctx.make({
    concept: 'for',
    node,
    head: [method],
    headCategory: 'keyword',
    marks: [
      {
        category: 'delimiter',
        nodes: params?.type === 'formal_parameters' ? ofType(params, '(', ')') : [],
      },
      { category: 'block-start', nodes: ofType(fn, '=>') },
      { category: 'call-parens', nodes: parens(args) },
    ],
    slots: {
      iterable: [ctx.normalize(receiver)],
      var: variables.map((v) => ctx.normalize(v)),
      body: block?.concept === 'block' ? [...(block.slots.get('item') ?? [])] : [block],
    },
  });
  if (block?.concept === 'block') {
    loop.marks = oneMarkEach([...loop.marks, ...block.marks]);
    block.marks = [];
  }
  return loop;
}

/**
 * Functions called on a namespace or by a bare name that take the value other languages call a
 * method on: `Math.floor(x)` ↔ `x.floor`, `String(n)` ↔ `n.to_s`. The one argument is the receiver.
 */
const VALUE_FUNCTIONS = new Set([
  'Object.freeze',
  'Object.keys',
  'Object.values',
  'Object.entries',
  'Array.from',
  'String',
  'Number',
  'parseInt',
  'parseFloat',
  'Math.abs',
  'Math.round',
  'Math.floor',
  'Math.ceil',
  'Math.trunc',
]);

const idiomKey = (text: string) => (Object.hasOwn(idioms, text) ? text : undefined);
const ideaOfText = (text: string) => (Object.hasOwn(idioms, text) ? idioms[text]?.idea : undefined);

const parens = (args: SyntaxNode) => ofType(args, '(', ')');

/**
 * `obj.method(args)` is a call with a receiver; `console.log(x)` and `Math.floor(x)`, a function
 * of the language's own kept in an object, are one word, named whole; `f(x)` is a call without a
 * receiver.
 */
function refineCall(node: SyntaxNode, ctx: RefineContext): Refined {
  const fn = field(node, 'function');
  const args = field(node, 'arguments');
  if (!fn) return undefined;
  const fnText = ctx.text(fn);
  const positional = args ? namedKids(args) : [];
  const only = positional.length === 1 ? positional[0] : undefined;
  const known = idiomKey(fnText);
  if (known && VALUE_FUNCTIONS.has(known) && args && only) {
    // `Math.floor(x)` is another language's `x.floor`: the value is the receiver, the
    // parentheses the difference.
    return ctx.make({
      concept: 'call',
      key: ideaOfText(known) ?? known,
      node,
      head: [fn],
      headCategory: 'builtin',
      slots: {
        receiver: [ctx.normalize(only)],
        args: [
          ctx.make({
            concept: 'args',
            node: args,
            marks: [{ category: 'call-parens', nodes: parens(args) }],
          }),
        ],
      },
    });
  }
  if (fnText === 'require' && only?.type === 'string') {
    // `require("fs")` loads a module, as an `import` does.
    const module = ctx.normalize(only);
    return ctx.make({
      concept: 'import',
      key: module ? `${module.concept}:${module.key}` : '',
      node,
      head: [fn],
      headCategory: 'keyword',
      marks: [{ category: 'call-parens', nodes: args ? parens(args) : [] }],
      slots: { module: [module] },
    });
  }
  if (fn.type === 'member_expression' && !known) {
    const object = field(fn, 'object');
    const property = field(fn, 'property');
    if (object && property && object.type !== 'this') {
      const name = ctx.text(property);
      const safe = fn.children.find((c) => c.type === 'optional_chain');
      const callback = only?.type === 'arrow_function' || only?.type === 'function_expression';
      if (LOOP_METHODS.has(name) && args && only && callback && !safe) {
        return loopCall(node, ctx, property, object, args, only);
      }
      // `items.at(-1)` is one word with its argument: the last item.
      const whole = args ? idiomKey(`${name}${ctx.text(args).replace(/\s+/g, '')}`) : undefined;
      if (whole && args) {
        return ctx.make({
          concept: 'call',
          key: ideaOfText(whole) ?? whole,
          node,
          head: [property, args],
          headCategory: 'expression',
          slots: { receiver: [ctx.normalize(object)] },
        });
      }
      // `replace` given a regular expression flagged `g` (`/x/g`) replaces every match, as
      // `replaceAll` does; given a string, only the first.
      const spelled =
        name === 'replace' &&
        positional[0]?.type === 'regex' &&
        /\/[a-z]*g[a-z]*$/.test(ctx.text(positional[0]))
          ? 'replace /g'
          : name;
      return ctx.make({
        concept: 'call',
        key: ideaOfText(spelled) ?? name,
        node,
        head: [property],
        headText: spelled === name ? undefined : spelled,
        headCategory: 'expression',
        variant: safe ? 'safe' : undefined,
        marks: safe ? [{ category: 'delimiter', nodes: [safe] }] : [],
        slots: { receiver: [ctx.normalize(object)], args: args ? [ctx.normalize(args)] : [] },
      });
    }
  }
  const builtin = known ? ideaOfText(known) : undefined;
  // `this.isEmpty()` calls a method of the object's own class.
  const own = fn.type === 'member_expression' && field(fn, 'object')?.type === 'this';
  return ctx.make({
    concept: 'call',
    key: builtin ?? fnText,
    node,
    head: [fn],
    headCategory: builtin ? 'builtin' : 'expression',
    variant: own ? 'own-method' : undefined,
    slots: { args: args ? [ctx.normalize(args)] : [] },
  });
}

/**
 * `this.name` is the object's own property; `Math.PI` a value of the language's own, named
 * whole; any other `obj.name` reads a property, as a method called without arguments reads one
 * elsewhere.
 */
function refineMember(node: SyntaxNode, ctx: RefineContext): Refined {
  const object = field(node, 'object');
  const property = field(node, 'property');
  if (!object || !property) return undefined;
  if (object.type === 'this') {
    // `this.#owner` is the private field `owner`: the same field as another language's.
    return ctx.make({
      concept: 'field',
      key: ctx.text(property).replace(/^#/, ''),
      node,
      head: [node],
      headCategory: 'naming',
    });
  }
  const known = idiomKey(ctx.text(node));
  if (known) {
    return ctx.make({
      concept: 'call',
      key: ideaOfText(known) ?? known,
      node,
      head: [node],
      headCategory: 'builtin',
    });
  }
  const name = ctx.text(property);
  const safe = node.children.find((c) => c.type === 'optional_chain');
  return ctx.make({
    concept: 'call',
    key: ideaOfText(name) ?? name,
    node,
    head: [property],
    headCategory: 'expression',
    variant: safe ? 'safe' : undefined,
    marks: safe ? [{ category: 'delimiter', nodes: [safe] }] : [],
    slots: { receiver: [ctx.normalize(object)] },
  });
}

/**
 * `for (let i = 0; i < 5; i++)` counts: a `for` loop over the range from the start to the bound,
 * as a counting method or `range` spells it. A header of any other shape keeps its parts.
 */
function refineCountingFor(node: SyntaxNode, ctx: RefineContext): Refined {
  const init = field(node, 'initializer');
  const condition = node.children.find((c) => c.field === 'condition' && c.named);
  const step = field(node, 'increment');
  const body = field(node, 'body');
  if (!init || !condition || !step || !body) return undefined;
  const declarators = ofType(init, 'variable_declarator');
  const declarator = declarators.length === 1 ? declarators[0] : undefined;
  const variable = declarator && field(declarator, 'name');
  const start = declarator && field(declarator, 'value');
  if (!variable || variable.type !== 'identifier' || !start) return undefined;
  const name = ctx.text(variable);
  const operator = field(condition, 'operator');
  const bound = field(condition, 'right');
  const left = field(condition, 'left');
  if (condition.type !== 'binary_expression' || !operator || !bound || !left) return undefined;
  if (ctx.text(left) !== name || !['<', '<=', '>', '>='].includes(ctx.text(operator))) {
    return undefined;
  }
  const stepTarget = field(step, 'argument') ?? field(step, 'left');
  if (!stepTarget || ctx.text(stepTarget) !== name) return undefined;
  const stepOperator = ctx.text(field(step, 'operator') ?? step);
  const amount = field(step, 'right');
  let stepNode: ConceptNode | null = null;
  if (stepOperator === '--') {
    stepNode = ctx.make({ concept: 'number', key: '-1', node: step });
  } else if (stepOperator === '+=' && amount) {
    stepNode = ctx.normalize(amount);
  } else if (stepOperator === '-=' && amount?.type === 'number') {
    stepNode = ctx.make({ concept: 'number', key: `-${ctx.text(amount)}`, node: step });
  } else if (stepOperator !== '++') {
    return undefined;
  }
  const inclusive = ['<=', '>='].includes(ctx.text(operator));
  const range = ctx.make({
    concept: 'range',
    node,
    variant: inclusive ? 'inclusive' : 'exclusive',
    slots: { start: [ctx.normalize(start)], stop: [ctx.normalize(bound)], step: [stepNode] },
  });
  range.firstToken = init.firstToken;
  range.endToken = step.endToken;
  const block = ctx.normalize(body);
  const loop = ctx.make({
    concept: 'for',
    node,
    head: ofType(node, 'for'),
    headCategory: 'keyword',
    marks: [
      { category: 'delimiter', nodes: ofType(node, '(', ')'), site: 'parens' },
      {
        category: 'statement',
        nodes: init.children.filter((c) => c.field === 'kind' || c.type === 'var'),
      },
    ],
    slots: {
      var: [ctx.normalize(variable)],
      iterable: [range],
      body: block?.concept === 'block' ? [...(block.slots.get('item') ?? [])] : [block],
    },
  });
  if (block?.concept === 'block') loop.marks = [...loop.marks, ...block.marks];
  return loop;
}

/**
 * `case 1:` and the statements after it: its body is a block, and the `break` that ends it (so
 * that the code does not run on into the next case) a word of the case itself.
 */
function refineCase(node: SyntaxNode, ctx: RefineContext): Refined {
  const isDefault = node.type === 'switch_default';
  const statements = node.children.filter((c) => c.field === 'body');
  const last = statements[statements.length - 1];
  const breaks = last?.type === 'break_statement' && !field(last, 'label') ? last : undefined;
  const body = breaks ? statements.slice(0, -1) : statements;
  const kids = body.map((s) => ctx.normalize(s)).filter((k) => k !== null);
  const block = ctx.make({ concept: 'block', node, slots: { item: kids } });
  if (kids.length > 0) {
    block.firstToken = (kids[0] as ConceptNode).firstToken;
    block.endToken = (kids[kids.length - 1] as ConceptNode).endToken;
    block.startRow = (kids[0] as ConceptNode).startRow;
    block.endRow = (kids[kids.length - 1] as ConceptNode).endRow;
  }
  const value = field(node, 'value');
  return ctx.make({
    concept: isDefault ? 'else' : 'case',
    variant: isDefault ? 'wildcard' : undefined,
    node,
    head: ofType(node, isDefault ? 'default' : 'case'),
    headCategory: 'keyword',
    marks: [
      { category: 'block-start', nodes: ofType(node, ':') },
      { category: 'statement', nodes: breaks ? ofType(breaks, 'break') : [] },
      { category: 'terminator', nodes: breaks ? ofType(breaks, ';') : [] },
    ],
    slots: { pattern: [value ? ctx.normalize(value) : null], body: kids.length > 0 ? [block] : [] },
  });
}

const SWITCH: NodeRule = {
  concept: 'switch',
  head: ['switch'],
  headCategory: 'keyword',
  fields: { value: parenthesized('subject'), body: { slot: 'clause', splice: true } },
};

/**
 * A `case` with no statements runs on into the next: `case "sat": case "sun":` is one case with
 * two values, its second `case` and the first `:` what joins them.
 */
function refineSwitch(node: SyntaxNode, ctx: RefineContext): Refined {
  const built = ctx.normalize(node, SWITCH);
  const clauses = built?.slots.get('clause');
  if (!built || !clauses) return built ?? undefined;
  const merged: ConceptNode[] = [];
  let waiting: ConceptNode[] = [];
  for (const clause of clauses) {
    const empty = clause.concept === 'case' && (clause.slots.get('body') ?? []).length === 0;
    if (empty) {
      waiting.push(clause);
      continue;
    }
    const first = waiting[0];
    if (first && clause.concept === 'case') {
      const joins = waiting.flatMap((c) => [
        ...(c.marks.find((m) => m.category === 'block-start')?.tokens ?? []),
      ]);
      const heads = [...waiting.slice(1), clause].flatMap((c) => c.head);
      clause.slots.set('pattern', [
        ...waiting.flatMap((c) => c.slots.get('pattern') ?? []),
        ...(clause.slots.get('pattern') ?? []),
      ]);
      clause.head = first.head;
      clause.marks = [
        ...clause.marks,
        markOf(
          'delimiter',
          [...joins, ...heads].sort((a, b) => a - b),
        ),
      ];
      clause.firstToken = first.firstToken;
      clause.startRow = first.startRow;
    } else {
      merged.push(...waiting);
    }
    waiting = [];
    merged.push(clause);
  }
  merged.push(...waiting);
  if (merged.length !== clauses.length) built.slots.set('clause', merged);
  return built;
}

const METHOD: NodeRule = {
  concept: 'def',
  head: ['static', 'async'],
  headCategory: 'keyword',
  key: { slot: 'name' },
  fields: {
    name: { slot: 'name', rule: METHOD_NAME },
    parameters: 'params',
    body: 'body',
  },
};

/**
 * `get owner() { … }` is a method read like a property (`set` one set like one): its `get` wraps
 * the definition as a decorator does elsewhere (`@property`).
 */
function refineMethod(node: SyntaxNode, ctx: RefineContext): Refined {
  const accessor = ofType(node, 'get', 'set')[0];
  if (!accessor) return undefined;
  const built = ctx.normalize(node, METHOD);
  if (!built) return undefined;
  built.slots.set('decorator', [
    ctx.make({
      concept: 'decorator',
      key: accessor.type,
      node: accessor,
      head: [accessor],
      headText: `${accessor.type} accessor`,
      headCategory: 'statement',
    }),
  ]);
  return built;
}

const FOR_IN: NodeRule = {
  concept: 'for',
  head: ['for', 'operator'],
  headCategory: 'keyword',
  marks: {
    '(': 'delimiter',
    ')': 'delimiter',
    const: 'statement',
    let: 'statement',
    var: 'statement',
  },
  fields: { left: { slot: 'var', splice: ['names'] }, right: 'iterable', body: 'body' },
};

/**
 * `for (const x of xs)`: the parentheses around the header are the header's own (as a
 * condition's are), apart from the brackets that take a pair apart in it (`[key, value]`).
 */
function refineForIn(node: SyntaxNode, ctx: RefineContext): Refined {
  const built = ctx.normalize(node, FOR_IN);
  if (!built) return undefined;
  const parens = new Set(ofType(node, '(', ')').map((p) => p.firstToken));
  const delimiter = built.marks.find((m) => m.category === 'delimiter');
  if (!delimiter) return built;
  const rest = delimiter.tokens.filter((t) => !parens.has(t));
  built.marks = [
    ...built.marks.filter((m) => m !== delimiter),
    { category: 'delimiter', tokens: [...parens].sort((a, b) => a - b), site: 'parens' },
    ...(rest.length > 0 ? [{ ...delimiter, tokens: rest, site: 'names' as const }] : []),
  ];
  return built;
}

/** A string's key is its text without quotes, a value put in read as `{}`: `hi {}`. */
function stringKey(node: SyntaxNode, ctx: RefineContext): string {
  return node.children
    .map((c) =>
      c.type === 'template_substitution'
        ? '{}'
        : c.type === '"' || c.type === "'" || c.type === '`'
          ? ''
          : ctx.text(c),
    )
    .join('');
}

/** Quotes, and a template literal's `${` `}`: the string's marks. */
function refineString(node: SyntaxNode, ctx: RefineContext): Refined {
  return ctx.make({
    concept: 'string',
    key: stringKey(node, ctx),
    node,
    headCategory: 'string',
    // A template literal over several lines keeps their line breaks.
    variant: node.type === 'template_string' && node.endRow > node.startRow ? 'triple' : undefined,
    marks: [
      {
        category: 'string',
        nodes: node.children.flatMap((c) =>
          c.type === '"' || c.type === "'" || c.type === '`'
            ? [c]
            : c.type === 'template_substitution'
              ? c.children.filter((g) => g.type === '${' || g.type === '}')
              : [],
        ),
      },
    ],
    slots: { item: ofType(node, 'template_substitution').map((c) => ctx.normalize(c)) },
  });
}

/** A key written bare, `{ name: "Ann" }`: the string `"name"` all the same. */
const BARE_KEY: NodeRule = { concept: 'string', leaf: true, key: 'text' };

const LITERAL: NodeRule = {
  concept: 'literal',
  leaf: true,
  key: 'canonical',
  head: ['self'],
  headCategory: 'literal',
};

/** `{ name: "Ada" }`: a key written as a bare word, which is a string all the same. */
const BARE_PAIR: NodeRule = {
  concept: 'pair',
  key: { slot: 'key' },
  marks: { ':': 'delimiter' },
  fields: { key: { slot: 'key', rule: BARE_KEY }, value: 'value' },
};

const rules: Record<string, NodeRule> = {
  program: { concept: 'block' },
  statement_block: BLOCK,
  // A field's `;` (`#owner;`) is the class body's child in the grammar: it ends the field.
  class_body: { ...BLOCK, trailingMarks: TERMINATOR },
  comment: { concept: 'comment' },
  hash_bang_line: { concept: 'comment' },
  // `x;`: the expression is the statement, and its `;` the statement's mark.
  expression_statement: { concept: 'expression', transparent: true, marks: TERMINATOR },
  parenthesized_expression: { concept: 'parens', transparent: true },
  lexical_declaration: { concept: 'assign', refine: refineDeclaration },
  variable_declaration: { concept: 'assign', refine: refineDeclaration },

  if_statement: { ...IF, refine: closedAtEnd(IF) },
  else_clause: {
    concept: 'else',
    head: ['else'],
    headCategory: 'keyword',
    rest: 'body',
    refine: (node) => (namedKids(node)[0]?.type === 'if_statement' ? ELSE_IF : undefined),
  },
  ternary_expression: {
    concept: 'ternary',
    head: ['?', ':'],
    headCategory: 'operator',
    fields: { condition: 'condition', consequence: 'then', alternative: 'otherwise' },
  },
  while_statement: {
    concept: 'while',
    head: ['while'],
    headCategory: 'keyword',
    fields: { condition: parenthesized('condition'), body: 'body' },
    // `while (true)` repeats until something breaks out of it.
    refine: (node, ctx) => {
      const condition = field(node, 'condition');
      const inner = condition ? namedKids(condition) : [];
      return inner.length === 1 && inner[0]?.type === 'true' && ctx.text(inner[0]) === 'true'
        ? {
            concept: 'loop-forever',
            head: ['while', 'condition'],
            headCategory: 'keyword',
            fields: { body: 'body' },
          }
        : undefined;
    },
  },
  // `do { … } while (x);`: the loop's test after its block; `do` opens the block.
  do_statement: {
    concept: 'while',
    head: ['while'],
    headCategory: 'keyword',
    marks: { ';': 'terminator', do: 'block-start' },
    fields: { body: 'body', condition: parenthesized('condition') },
  },
  for_in_statement: { ...FOR_IN, refine: refineForIn },

  for_statement: {
    concept: 'for',
    head: ['for'],
    headCategory: 'keyword',
    marks: { '(': 'delimiter', ')': 'delimiter' },
    fields: { initializer: 'init', condition: 'condition', increment: 'update', body: 'body' },
    refine: refineCountingFor,
  },
  array_pattern: { concept: 'names', marks: { '[': 'delimiter', ']': 'delimiter' } },
  break_statement: {
    concept: 'break',
    head: ['break'],
    headCategory: 'keyword',
    key: 'head',
    marks: TERMINATOR,
  },
  continue_statement: {
    concept: 'continue',
    head: ['continue'],
    headCategory: 'keyword',
    key: { constant: 'continue' },
    marks: TERMINATOR,
  },
  switch_statement: { ...SWITCH, refine: refineSwitch },
  switch_body: BLOCK,
  switch_case: { concept: 'case', refine: refineCase },
  switch_default: { concept: 'else', refine: refineCase },

  function_declaration: {
    concept: 'def',
    head: ['function'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    fields: {
      name: { slot: 'name', rule: METHOD_NAME },
      parameters: 'params',
      body: 'body',
    },
  },
  method_definition: { ...METHOD, refine: refineMethod },
  formal_parameters: { concept: 'params', marks: { '(': 'call-parens', ')': 'call-parens' } },
  assignment_pattern: {
    concept: 'default-param',
    key: { slot: 'name' },
    marks: { '=': 'delimiter' },
    fields: { left: 'name', right: 'value' },
  },
  return_statement: {
    concept: 'return',
    head: ['return'],
    headCategory: 'statement',
    key: { constant: 'return' },
    marks: TERMINATOR,
    rest: 'value',
  },
  arrow_function: {
    concept: 'lambda',
    head: ['=>'],
    headCategory: 'keyword',
    fields: {
      parameters: { slot: 'var', splice: ['params'] },
      parameter: 'var',
      body: 'body',
    },
  },
  function_expression: {
    concept: 'lambda',
    head: ['function'],
    headCategory: 'keyword',
    // Written with the keyword, `function (a, b) { … }`: its words are not an arrow function's.
    variant: 'keyword',
    fields: { parameters: { slot: 'var', splice: ['params'] }, body: 'body' },
  },
  class_declaration: {
    concept: 'class',
    head: ['class'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    fields: { name: 'name', body: 'body' },
    childTypes: {
      class_heritage: {
        slot: 'superclass',
        rule: { concept: 'superclass', marks: { extends: 'delimiter' } },
      },
    },
  },
  // `count = 0;` in a class body: a field every new object gets.
  field_definition: {
    concept: 'field-declaration',
    key: { slot: 'target' },
    head: ['static'],
    headCategory: 'statement',
    marks: { '=': 'delimiter' },
    fields: { property: 'target', value: 'value' },
  },
  // `#owner`: a private field, known by its name without the `#`, so that it pairs with the
  // same field of a language that marks privacy another way.
  private_property_identifier: {
    concept: 'name',
    leaf: true,
    key: 'text',
    head: ['self'],
    refine: (node, ctx) =>
      ctx.make({
        concept: 'name',
        key: ctx.text(node).replace(/^#/, ''),
        node,
        head: [node],
        variant: 'private',
      }),
  },
  new_expression: {
    concept: 'construct',
    key: { slot: 'class' },
    head: ['new'],
    headCategory: 'statement',
    fields: { constructor: 'class', arguments: 'args' },
  },
  try_statement: { ...TRY, refine: closedAtEnd(TRY) },
  catch_clause: {
    concept: 'except',
    head: ['catch'],
    headCategory: 'keyword',
    marks: { '(': 'delimiter', ')': 'delimiter' },
    fields: {
      parameter: {
        slot: 'alias',
        rule: { concept: 'alias', leaf: true, key: 'text', head: ['self'] },
      },
      body: 'body',
    },
  },
  finally_clause: {
    concept: 'finally',
    head: ['finally'],
    headCategory: 'keyword',
    fields: { body: 'body' },
  },
  // `throw new Error("…")`: a statement, like a `raise` that is a method call elsewhere.
  throw_statement: {
    concept: 'call',
    head: ['throw'],
    headCategory: 'builtin',
    key: { constant: 'raise' },
    marks: TERMINATOR,
    rest: 'args',
  },
  import_statement: {
    concept: 'import',
    head: ['import', 'from'],
    headCategory: 'keyword',
    key: { slot: 'module' },
    marks: TERMINATOR,
    fields: { source: 'module' },
    // `import assert from "node:assert"`: the names given to what the module exports.
    childTypes: { import_clause: { slot: 'item', rule: { concept: 'names' } } },
  },

  call_expression: { concept: 'call', refine: refineCall },
  arguments: { concept: 'args', marks: { '(': 'call-parens', ')': 'call-parens' } },
  member_expression: { concept: 'attribute', refine: refineMember },
  subscript_expression: { concept: 'index', fields: { object: 'receiver', index: 'item' } },
  assignment_expression: {
    concept: 'assign',
    key: { slot: 'target' },
    fields: { left: 'target', right: 'value' },
  },
  augmented_assignment_expression: {
    concept: 'assign-op',
    head: ['operator'],
    headCategory: 'operator',
    key: { slot: 'target' },
    fields: { left: 'target', right: 'value' },
  },
  // `i++` is one word for adding 1, not an assignment with a value written out.
  update_expression: {
    concept: 'unary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { argument: 'item' },
  },
  binary_expression: {
    concept: 'binary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { left: 'item', right: 'item' },
  },
  unary_expression: {
    concept: 'unary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { argument: 'item' },
    refine: (node, ctx) => {
      const operator = field(node, 'operator');
      return operator && ctx.text(operator) === '!'
        ? {
            concept: 'not',
            head: ['operator'],
            headCategory: 'operator',
            fields: { argument: 'item' },
          }
        : undefined;
    },
  },

  identifier: {
    concept: 'name',
    leaf: true,
    key: 'text',
    head: ['self'],
    // A parameter named `_name`: by custom, a value the function does not use.
    refine: (node, ctx) =>
      ctx.text(node).startsWith('_') && ctx.ancestor(1) === 'formal_parameters'
        ? { concept: 'name', leaf: true, key: 'text', head: ['self'], variant: 'unused' }
        : undefined,
  },
  property_identifier: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  shorthand_property_identifier: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  this: { concept: 'self', leaf: true, key: 'text', head: ['self'], headCategory: 'keyword' },
  super: { concept: 'super', leaf: true, key: 'text', head: ['self'], headCategory: 'keyword' },
  number: {
    concept: 'number',
    leaf: true,
    key: 'canonical',
    head: ['self'],
    headCategory: 'literal',
    // `2.5` is written as a decimal; JavaScript's numbers are one kind all the same.
    refine: (node, ctx) =>
      /[.eE]/.test(ctx.text(node)) && !/^0[xXbBoO]/.test(ctx.text(node))
        ? {
            concept: 'number',
            leaf: true,
            key: 'canonical',
            head: ['self'],
            headCategory: 'literal',
            variant: 'decimal',
          }
        : undefined,
  },
  null: LITERAL,
  undefined: LITERAL,
  true: LITERAL,
  false: LITERAL,
  string: { concept: 'string', refine: refineString },
  template_string: { concept: 'string', refine: refineString },
  // `/[^a-z]/g`: a pattern, written as a value of its own where other languages write a string.
  regex: { concept: 'string', leaf: true, key: 'text', head: ['self'], variant: 'regex' },
  template_substitution: { concept: 'interpolation' },
  array: { concept: 'list' },
  object: { concept: 'map' },
  pair: {
    concept: 'pair',
    key: { slot: 'key' },
    marks: { ':': 'delimiter' },
    fields: { key: 'key', value: 'value' },
    refine: (node) => (field(node, 'key')?.type === 'property_identifier' ? BARE_PAIR : undefined),
  },
};

export const javascript: LanguageModule = {
  info: { id: 'javascript', name: 'JavaScript', extensions: ['.js', '.mjs'] },
  grammar: lazyGrammar('tree-sitter-javascript'),
  program: { fileName: 'main.js', command: 'node', install: 'apt-get install nodejs' },
  atomicNodes: new Set(['comment', 'regex', 'hash_bang_line']),
  tokenKind: (type, named, parentType) => kindOfToken(type, named, parentType, TOKEN_TABLES),
  rules,
  idioms,
  // `as const`: see idioms.ts's `toString`.
  methodNames: { constructor: 'constructor' as const, toString: 'to-string' as const },
  commentMarker: (text) => (text.startsWith('/*') ? '/*' : '//'),
  words,
  syntaxErrors,
};
