/**
 * Java: grammar, extensions, token colours, how Java's syntax maps onto the shared concepts, and
 * the words that explain Java's side of a difference. A program's class and its `main` method are
 * a wrapper: the statements inside `main` are the program's statements, aligned with another
 * language's top-level ones, and the wrapper is one difference of its own.
 */
import type { SyntaxNode } from '../../engine/parse.js';
import type {
  ConceptNode,
  FieldTarget,
  LanguageModule,
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
  `abstract assert boolean break byte case catch char class continue default do double else enum extends final finally float for if implements import instanceof int interface long new package private protected public record return short static super switch synchronized this throw throws try var void while yield`.split(
    ' ',
  ),
);

const NAMED_KINDS: Record<string, ReturnType<typeof kindOfToken>> = {
  identifier: 'identifier',
  type_identifier: 'constant',
  decimal_integer_literal: 'number',
  hex_integer_literal: 'number',
  octal_integer_literal: 'number',
  binary_integer_literal: 'number',
  decimal_floating_point_literal: 'number',
  hex_floating_point_literal: 'number',
  string_fragment: 'string',
  multiline_string_fragment: 'string',
  escape_sequence: 'string',
  character_literal: 'string',
  line_comment: 'comment',
  block_comment: 'comment',
  null_literal: 'keyword',
  true: 'keyword',
  false: 'keyword',
  this: 'keyword',
  super: 'keyword',
  void_type: 'keyword',
  boolean_type: 'keyword',
};

const TOKEN_TABLES = {
  keywords: KEYWORDS,
  named: NAMED_KINDS,
  stringParents: new Set(['string_literal']),
};

type Refined = ReturnType<NonNullable<NodeRule['refine']>>;

const fieldOf = (node: SyntaxNode, name: string) => node.children.find((c) => c.field === name);
const childOf = (node: SyntaxNode, type: string) => node.children.find((c) => c.type === type);
const childrenOf = (node: SyntaxNode, type: string) => node.children.filter((c) => c.type === type);
/** Named children, comments included (a comment in a block is a statement of its own). */
const namedOf = (node: SyntaxNode) => node.children.filter((c) => c.named);

/** A modifier word, a mark of the definition it stands before. */
const MODIFIER_MARKS: Record<string, Category> = Object.fromEntries(
  [
    'public',
    'private',
    'protected',
    'static',
    'final',
    'abstract',
    'default',
    'synchronized',
    'sealed',
    'non-sealed',
  ].map((word) => [word, 'statement' as Category]),
);

/**
 * `public static` before a definition: its words are marks of the definition, its annotations
 * (`@Override`) the definition's decorators.
 */
const MODIFIERS: FieldTarget = { slot: 'decorator', splice: true };

/** A declaration's type: all its tokens are a mark of the declaration. */
const TYPE: FieldTarget = { mark: 'type' };

/** The parentheses around an `if`'s or a loop's condition are the statement's marks. */
const CONDITION: FieldTarget = {
  slot: 'condition',
  splice: true,
  rule: { concept: 'parens', marks: { '(': 'delimiter', ')': 'delimiter' } },
};

/** A block normalized without its braces: the construct it belongs to owns them. */
const NO_BRACES: Partial<NodeRule> = { marks: {} };

/** The `;` that ends a statement. */
const TERMINATOR: Record<string, Category> = { ';': 'terminator' };

/** The braces of a block (none for a single statement in their place). */
function braces(node: SyntaxNode | undefined): { open: SyntaxNode[]; close: SyntaxNode[] } {
  if (!node || node.type !== 'block') return { open: [], close: [] };
  return { open: childrenOf(node, '{'), close: childrenOf(node, '}') };
}

/** A body's statements as one concept, without the braces. */
function body(node: SyntaxNode | undefined, ctx: RefineContext): ConceptNode | null {
  if (!node) return null;
  return ctx.normalize(node, node.type === 'block' ? NO_BRACES : undefined);
}

/** The expression inside a condition's parentheses, and the parentheses. */
function condition(node: SyntaxNode | undefined, ctx: RefineContext) {
  if (!node) return { value: null, parens: [] as SyntaxNode[] };
  if (node.type !== 'parenthesized_expression') return { value: ctx.normalize(node), parens: [] };
  const inner = node.children.find((c) => c.named && c.type !== 'line_comment');
  return {
    value: inner ? ctx.normalize(inner) : null,
    parens: node.children.filter((c) => c.type === '(' || c.type === ')'),
  };
}

/** Sets a built node's range: from `first` (a clause's keyword) to the end of `last` (its body). */
function span(cn: ConceptNode, first: SyntaxNode, last: SyntaxNode): ConceptNode {
  cn.firstToken = first.firstToken;
  cn.startRow = first.startRow;
  cn.endToken = last.endToken;
  cn.endRow = last.endRow;
  return cn;
}

/**
 * `if (…) { … } else if (…) { … } else { … }`: Java nests each `else if` in the `else` of the one
 * before. The chain becomes one `if` with its `else if` and `else` clauses, as in the languages
 * that list them; every `}` of the chain closes the `if`, each `{` opens its own branch.
 */
function refineIf(node: SyntaxNode, ctx: RefineContext): Refined {
  const branches: { at: SyntaxNode; elseWord: SyntaxNode | undefined }[] = [];
  let at = node;
  let elseWord: SyntaxNode | undefined;
  let otherwise: { block: SyntaxNode; word: SyntaxNode } | undefined;
  for (;;) {
    branches.push({ at, elseWord });
    const alternative = fieldOf(at, 'alternative');
    const word = childOf(at, 'else');
    if (!alternative || !word) break;
    if (alternative.type !== 'if_statement') {
      otherwise = { block: alternative, word };
      break;
    }
    at = alternative;
    elseWord = word;
  }
  const closers: SyntaxNode[] = [];
  const clauses: ConceptNode[] = [];
  const [top, ...rest] = branches.map(({ at: branch, elseWord: word }) => {
    const test = condition(fieldOf(branch, 'condition'), ctx);
    const consequence = fieldOf(branch, 'consequence');
    const { open, close } = braces(consequence);
    closers.push(...close);
    return {
      branch,
      word,
      consequence,
      head: [...(word ? [word] : []), ...childrenOf(branch, 'if')],
      marks: [
        { category: 'delimiter' as const, nodes: test.parens, site: 'parens' as const },
        { category: 'block-start' as const, nodes: open },
      ],
      slots: { condition: [test.value], body: [body(consequence, ctx)] },
    };
  });
  for (const elif of rest) {
    const made = ctx.make({
      concept: 'elif',
      node: elif.branch,
      head: elif.head,
      headCategory: 'keyword',
      marks: elif.marks,
      slots: elif.slots,
    });
    clauses.push(span(made, elif.word ?? elif.branch, elif.consequence ?? elif.branch));
  }
  if (otherwise) {
    const { open, close } = braces(otherwise.block);
    closers.push(...close);
    const made = ctx.make({
      concept: 'else',
      node: otherwise.block,
      head: [otherwise.word],
      headCategory: 'keyword',
      marks: [{ category: 'block-start', nodes: open }],
      slots: { body: [body(otherwise.block, ctx)] },
    });
    clauses.push(span(made, otherwise.word, otherwise.block));
  }
  const first = top as NonNullable<typeof top>;
  return ctx.make({
    concept: 'if',
    node,
    head: first.head,
    headCategory: 'keyword',
    // The whole chain's `}`s are the `if`'s: they close it, branch by branch.
    marks: [...first.marks, { category: 'block-end', nodes: closers }],
    slots: { ...first.slots, clause: clauses },
  });
}

/**
 * `try { … } catch (…) { … } finally { … }`: as with an `if` chain, every `}` closes the `try`,
 * each `{` opens its own part.
 */
function refineTry(node: SyntaxNode, ctx: RefineContext): Refined {
  const tried = fieldOf(node, 'body');
  const closers = [...braces(tried).close];
  const clauses = node.children
    .filter((c) => c.type === 'catch_clause' || c.type === 'finally_clause')
    .map((clause) => {
      const block = fieldOf(clause, 'body') ?? childOf(clause, 'block');
      const { open, close } = braces(block);
      closers.push(...close);
      const parameter = childOf(clause, 'catch_formal_parameter');
      const name = parameter && fieldOf(parameter, 'name');
      const types = parameter && childOf(parameter, 'catch_type');
      const isCatch = clause.type === 'catch_clause';
      return ctx.make({
        concept: isCatch ? 'except' : 'finally',
        node: clause,
        head: childrenOf(clause, isCatch ? 'catch' : 'finally'),
        headCategory: 'keyword',
        marks: [
          { category: 'block-start', nodes: open },
          {
            category: 'delimiter',
            nodes: clause.children.filter((c) => c.type === '(' || c.type === ')'),
          },
        ],
        slots: {
          pattern: types ? namedOf(types).map((t) => ctx.normalize(t)) : [],
          alias: name ? [ctx.normalize(name)] : [],
          body: [body(block, ctx)],
        },
      });
    });
  const resources = fieldOf(node, 'resources');
  return ctx.make({
    concept: 'try',
    node,
    head: childrenOf(node, 'try'),
    headCategory: 'keyword',
    marks: [
      { category: 'block-start', nodes: braces(tried).open },
      { category: 'block-end', nodes: closers },
    ],
    slots: {
      item: resources ? [ctx.normalize(resources)] : [],
      body: [body(tried, ctx)],
      clause: clauses,
    },
  });
}

/** `i++`, `i += 2`, `i--`: the step a counting loop's update takes, or `null`. */
function stepOf(update: SyntaxNode, name: string, ctx: RefineContext): number | null {
  const text = ctx.text(update).replace(/\s+/g, '');
  if (text === `${name}++` || text === `++${name}`) return 1;
  if (text === `${name}--` || text === `--${name}`) return -1;
  const by = new RegExp(`^${name}([+-])=(\\d+)$`).exec(text);
  if (!by) return null;
  return (by[1] === '-' ? -1 : 1) * Number(by[2]);
}

/**
 * `for (int i = 0; i < n; i++)` counts: a `for` over the range the counter runs through, written
 * out, with no word that spells it. Any other three-part `for` keeps the grammar's shape.
 */
function refineFor(node: SyntaxNode, ctx: RefineContext): Refined {
  const init = fieldOf(node, 'init');
  const test = fieldOf(node, 'condition');
  const update = fieldOf(node, 'update');
  const loopBody = fieldOf(node, 'body');
  if (init?.type !== 'local_variable_declaration' || !test || !update || !loopBody)
    return undefined;
  const declarators = childrenOf(init, 'variable_declarator');
  const declarator = declarators.length === 1 ? declarators[0] : undefined;
  const name = declarator && fieldOf(declarator, 'name');
  const start = declarator && fieldOf(declarator, 'value');
  if (!name || !start || test.type !== 'binary_expression') return undefined;
  const counter = ctx.text(name);
  const left = fieldOf(test, 'left');
  const operator = fieldOf(test, 'operator');
  const stop = fieldOf(test, 'right');
  const op = operator ? ctx.text(operator) : '';
  const step = stepOf(update, counter, ctx);
  if (!left || !stop || ctx.text(left) !== counter || step === null) return undefined;
  if (!(step > 0 ? ['<', '<='] : ['>', '>=']).includes(op)) return undefined;
  const range = ctx.make({
    concept: 'range',
    node: init,
    variant: op.endsWith('=') ? 'inclusive' : 'exclusive',
    slots: { start: [ctx.normalize(start)], stop: [ctx.normalize(stop)] },
  });
  span(range, init, update);
  const { open, close } = braces(loopBody);
  return ctx.make({
    concept: 'for',
    node,
    head: childrenOf(node, 'for'),
    headCategory: 'keyword',
    marks: [
      {
        category: 'delimiter',
        nodes: node.children.filter((c) => c.type === '(' || c.type === ')'),
        site: 'parens',
      },
      { category: 'block-start', nodes: open },
      { category: 'block-end', nodes: close },
    ],
    slots: {
      var: [ctx.make({ concept: 'name', key: counter, node: name, head: [name] })],
      iterable: [range],
      body: [body(loopBody, ctx)],
    },
  });
}

/** `for (String name : names)`: the loop variable with its type, the collection after `:`. */
function refineEachFor(node: SyntaxNode, ctx: RefineContext): Refined {
  const name = fieldOf(node, 'name');
  const type = fieldOf(node, 'type');
  const value = fieldOf(node, 'value');
  const loopBody = fieldOf(node, 'body');
  if (!name || !value) return undefined;
  const { open, close } = braces(loopBody);
  const modifiers = childOf(node, 'modifiers');
  const variable = ctx.make({
    concept: 'name',
    key: ctx.text(name),
    node: name,
    head: [name],
    marks: [
      { category: 'type', nodes: type ? [type] : [] },
      { category: 'statement', nodes: modifiers ? [modifiers] : [] },
    ],
  });
  if (type) span(variable, modifiers ?? type, name);
  return ctx.make({
    concept: 'for',
    node,
    head: node.children.filter((c) => c.type === 'for' || c.type === ':'),
    headCategory: 'keyword',
    marks: [
      {
        category: 'delimiter',
        nodes: node.children.filter((c) => c.type === '(' || c.type === ')'),
        site: 'parens',
      },
      { category: 'block-start', nodes: open },
      { category: 'block-end', nodes: close },
    ],
    slots: { var: [variable], iterable: [ctx.normalize(value)], body: [body(loopBody, ctx)] },
  });
}

/** A `switch`'s `break` ends its case. */
const CASE_BREAK: Partial<NodeRule> = {
  concept: 'break',
  head: ['break'],
  headCategory: 'keyword',
  key: 'head',
  variant: 'case-break',
  marks: TERMINATOR,
};

/**
 * `switch (day) { case "sat": … break; default: … }` and `case "sat", "sun" -> …`: a choice with a
 * case per label, `default` as its `else`. Labels with no statements of their own fall through
 * to the next: they are values of the same case.
 */
function refineSwitch(node: SyntaxNode, ctx: RefineContext): Refined {
  const subject = condition(fieldOf(node, 'condition'), ctx);
  const block = fieldOf(node, 'body');
  if (!block) return undefined;
  const clauses: ConceptNode[] = [];
  let labels: SyntaxNode[] = [];
  for (const group of namedOf(block)) {
    if (group.type === 'line_comment' || group.type === 'block_comment') continue;
    labels.push(...childrenOf(group, 'switch_label'));
    const isRule = group.type === 'switch_rule';
    const statements = namedOf(group).filter((c) => c.type !== 'switch_label');
    if (!isRule && statements.length === 0) continue;
    const isDefault = labels.some((l) => l.children.some((c) => c.type === 'default'));
    const starts = group.children.filter((c) => c.type === ':' || c.type === '->');
    const heads = labels.flatMap((l) =>
      l.children.filter((c) => c.type === 'case' || c.type === 'default'),
    );
    const values = labels.flatMap((l) => namedOf(l));
    const kids = statements.map((s, k) =>
      s.type === 'break_statement' && k === statements.length - 1 && !isRule
        ? ctx.normalize(s, CASE_BREAK)
        : s.type === 'block'
          ? body(s, ctx)
          : ctx.normalize(s),
    );
    const firstKid = statements[0] ?? group;
    const lastKid = statements[statements.length - 1] ?? group;
    const stmts = ctx.make({ concept: 'block', node: firstKid, slots: { item: kids } });
    span(stmts, firstKid, lastKid);
    const ruleBraces = isRule ? braces(statements[0]) : { open: [], close: [] };
    const made = ctx.make({
      concept: isDefault ? 'else' : 'case',
      variant: isDefault ? 'wildcard' : undefined,
      node: group,
      head: heads,
      headCategory: 'keyword',
      // A `default`'s `:` or `->` is a case label's, as a `case`'s is.
      marks: [
        { category: 'block-start', nodes: [...starts, ...ruleBraces.open], site: 'case' },
        { category: 'block-end', nodes: ruleBraces.close, site: 'case' },
        {
          category: 'delimiter',
          nodes: labels.flatMap((l) => l.children.filter((c) => c.type === ',')),
          site: 'case',
        },
      ],
      slots: { pattern: isDefault ? [] : values.map((v) => ctx.normalize(v)), body: [stmts] },
    });
    clauses.push(span(made, labels[0] ?? group, group));
    labels = [];
  }
  const { open, close } = {
    open: childrenOf(block, '{'),
    close: childrenOf(block, '}'),
  };
  return ctx.make({
    concept: 'switch',
    node,
    head: childrenOf(node, 'switch'),
    headCategory: 'keyword',
    marks: [
      { category: 'delimiter', nodes: subject.parens, site: 'parens' },
      { category: 'block-start', nodes: open },
      { category: 'block-end', nodes: close },
    ],
    slots: { subject: [subject.value], clause: clauses },
  });
}

/** `while (true)` repeats until something breaks out of it. */
function refineWhile(node: SyntaxNode, ctx: RefineContext): Refined {
  const test = condition(fieldOf(node, 'condition'), ctx);
  if (test.value?.concept !== 'literal' || test.value.key !== 'true') return undefined;
  const loopBody = fieldOf(node, 'body');
  const { open, close } = braces(loopBody);
  return ctx.make({
    concept: 'loop-forever',
    node,
    head: node.children.filter((c) => c.type === 'while' || c.field === 'condition'),
    headCategory: 'keyword',
    marks: [
      { category: 'block-start', nodes: open },
      { category: 'block-end', nodes: close },
    ],
    slots: { body: [body(loopBody, ctx)] },
  });
}

/** A class's name, or a dotted path of one (`Math`, `System.out`): a static member's owner. */
const CLASS_PATH = /^[A-Z]\w*(\.\w+)*$/;

/**
 * Static methods that take the value other languages call a method on or pass to a function:
 * `String.valueOf(x)` is `x.to_s`, `Math.abs(x)` is `abs(x)`. The value is the call's receiver,
 * so that both sides' values pair.
 */
const VALUE_FUNCTIONS = new Set([
  'String.valueOf',
  'Integer.parseInt',
  'Double.parseDouble',
  'Math.abs',
  'Math.round',
  'Math.sqrt',
  'Math.floor',
  'Math.ceil',
]);

/** The methods that call a lambda kept in a variable, by the kind of function it is. */
const FUNCTION_METHODS = new Set([
  'apply',
  'test',
  'accept',
  'run',
  'applyAsInt',
  'applyAsDouble',
  'getAsInt',
  'getAsDouble',
  'getAsLong',
  'getAsBoolean',
]);

/** The idea `text` spells in Java's idiom table, if any. */
const ideaOf = (text: string) => (Object.hasOwn(idioms, text) ? idioms[text]?.idea : undefined);

/**
 * `System.out.println(x)` and `Math.max(a, b)`: a static method, named whole with its class;
 * `name.length()`: a method of a value, its receiver; `square(4)`: the program's own method.
 */
function refineInvocation(node: SyntaxNode, ctx: RefineContext): Refined {
  const object = fieldOf(node, 'object');
  const name = fieldOf(node, 'name');
  const args = fieldOf(node, 'arguments');
  if (!name) return undefined;
  const method = ctx.text(name);
  const argsNode = args ? [ctx.normalize(args)] : [];
  if (object && CLASS_PATH.test(ctx.text(object))) {
    const whole = `${ctx.text(object)}.${method}`;
    const head = node.children.filter((c) => c === object || c === name || c.type === '.');
    const idea = ideaOf(whole);
    const values = args ? namedOf(args).filter((c) => c.type !== 'line_comment') : [];
    if (idea && VALUE_FUNCTIONS.has(whole) && args && values.length === 1) {
      return ctx.make({
        concept: 'call',
        key: idea,
        node,
        head,
        headCategory: 'builtin',
        slots: {
          receiver: [ctx.normalize(values[0] as SyntaxNode)],
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
    return ctx.make({
      concept: 'call',
      key: idea ?? whole,
      node,
      head,
      headCategory: idea ? 'builtin' : 'expression',
      slots: { args: argsNode },
    });
  }
  if (object?.type === 'identifier' && FUNCTION_METHODS.has(method)) {
    // `square.apply(4)` calls the function kept in `square`: the call is `square`'s, and
    // `.apply` the way Java spells calling it.
    return ctx.make({
      concept: 'call',
      key: ctx.text(object),
      node,
      // The lambda's name is the call's, as a function's name is in a plain call.
      head: [object],
      headCategory: 'expression',
      marks: [
        { category: 'statement', nodes: node.children.filter((c) => c.type === '.' || c === name) },
      ],
      slots: { args: argsNode },
    });
  }
  if (object) {
    return ctx.make({
      concept: 'call',
      key: ideaOf(method) ?? method,
      node,
      head: [name],
      headCategory: 'expression',
      slots: { receiver: [ctx.normalize(object)], args: argsNode },
    });
  }
  // A method called by its name alone is the program's own: its class's.
  return ctx.make({
    concept: 'call',
    key: method,
    node,
    head: [name],
    headCategory: 'expression',
    variant: 'own-method',
    slots: { args: argsNode },
  });
}

/**
 * `this.name` is an object's own field; `Math.PI` a class's constant; `nums.length` an array's
 * length; any other `obj.x` reads a value of an object.
 */
function refineFieldAccess(node: SyntaxNode, ctx: RefineContext): Refined {
  const object = fieldOf(node, 'object');
  const field = fieldOf(node, 'field');
  if (!object || !field) return undefined;
  if (object.type === 'this') {
    return ctx.make({
      concept: 'field',
      key: ctx.text(field),
      node,
      head: [node],
      headCategory: 'naming',
    });
  }
  if (CLASS_PATH.test(ctx.text(node))) {
    return ctx.make({ concept: 'name', key: ctx.text(node), node, head: [node] });
  }
  const name = ctx.text(field);
  return ctx.make({
    concept: 'call',
    key: ideaOf(name) ?? name,
    node,
    head: [field],
    headCategory: 'expression',
    slots: { receiver: [ctx.normalize(object)] },
  });
}

/**
 * The class that holds `public static void main(String[] args)` is a wrapper: the program's
 * statements are those of `main`, after the class's other members (its static methods are the
 * program's functions, its static fields the program's variables). The wrapper's words, braces
 * included, are one mark of the program, so that they are one difference. A class of static
 * methods and fields only, with no `main`, is a wrapper too, the way a module of functions is
 * (site `module`): its methods are the program's functions, as another language writes them at
 * the top of a file.
 */
function refineProgram(node: SyntaxNode, ctx: RefineContext): Refined {
  const kids = namedOf(node);
  let main: SyntaxNode | undefined;
  const mainClass = kids.find((c) => {
    if (c.type !== 'class_declaration') return false;
    main = namedOf(fieldOf(c, 'body') ?? c).find((m) => isMain(m, ctx));
    return main !== undefined;
  });
  const mainBody = main && fieldOf(main, 'body');
  const wrapperClass = mainClass ?? (main === undefined ? staticsOnly(kids) : undefined);
  const classBody = wrapperClass && fieldOf(wrapperClass, 'body');
  if (!wrapperClass || !classBody || (main && !mainBody)) return undefined;
  const items: (ConceptNode | null)[] = [];
  for (const kid of kids) {
    if (kid !== wrapperClass) {
      items.push(ctx.normalize(kid));
      continue;
    }
    // The class's other members are the program's definitions, which a script writes before the
    // statements that use them: `main`'s statements come after them, wherever `main` stands.
    for (const member of namedOf(classBody)) {
      if (member === main) continue;
      // A static field of the program's class is the program's variable.
      if (member.type === 'field_declaration') items.push(ctx.normalize(member, VARIABLE));
      else items.push(ctx.normalize(member));
    }
    if (mainBody) for (const s of namedOf(mainBody)) items.push(ctx.normalize(s));
  }
  const wrapper = [
    ...wrapperClass.children.filter((c) => c !== classBody),
    ...childrenOf(classBody, '{'),
    ...(main && mainBody
      ? [
          ...main.children.filter((c) => c !== mainBody),
          ...childrenOf(mainBody, '{'),
          ...childrenOf(mainBody, '}'),
        ]
      : []),
    ...childrenOf(classBody, '}'),
  ];
  return ctx.make({
    concept: 'block',
    node,
    marks: [{ category: 'statement', nodes: wrapper, site: main ? 'main' : 'module' }],
    slots: { item: items },
  });
}

/**
 * The program's one class, when it holds only static methods and fields (and comments): a
 * place for functions, not a kind of object. A class with a constructor, an instance member,
 * or beside another class is a class.
 */
function staticsOnly(kids: SyntaxNode[]): SyntaxNode | undefined {
  const isComment = (c: SyntaxNode) => c.type === 'line_comment' || c.type === 'block_comment';
  const classes = kids.filter((c) => c.type !== 'import_declaration' && !isComment(c));
  const only = classes.length === 1 ? classes[0] : undefined;
  const body = only?.type === 'class_declaration' ? fieldOf(only, 'body') : undefined;
  if (!only || !body) return undefined;
  const members = namedOf(body).filter((m) => !isComment(m));
  const isStatic = (m: SyntaxNode) =>
    (m.type === 'method_declaration' || m.type === 'field_declaration') &&
    childOf(m, 'modifiers')?.children.some((c) => c.type === 'static') === true;
  return members.length > 0 && members.every(isStatic) ? only : undefined;
}

/** `public static void main(String[] args)`: where the `java` command starts a program. */
function isMain(node: SyntaxNode, ctx: RefineContext): boolean {
  if (node.type !== 'method_declaration') return false;
  const name = fieldOf(node, 'name');
  const modifiers = childOf(node, 'modifiers');
  return (
    name !== undefined &&
    ctx.text(name) === 'main' &&
    modifiers !== undefined &&
    modifiers.children.some((c) => c.type === 'static') &&
    fieldOf(node, 'type')?.type === 'void_type'
  );
}

const METHOD: NodeRule = {
  concept: 'def',
  key: { slot: 'name' },
  fields: {
    name: { slot: 'name', rule: METHOD_NAME },
    type: TYPE,
    parameters: 'params',
    body: 'body',
  },
  childTypes: { modifiers: MODIFIERS },
};
const GETTER: NodeRule = { ...METHOD, variant: 'getter' };
const SETTER: NodeRule = { ...METHOD, variant: 'setter' };

/**
 * A getter or a setter: a method written out only to read one field, `String getOwner() {
 * return owner; }`, or to set it, `void setNickname(String nickname) { this.nickname =
 * nickname; }`, named by custom after the field. Other languages write these for the program
 * (`attr_reader :owner`) or read and set the attribute itself.
 */
function refineMethod(node: SyntaxNode, ctx: RefineContext): Refined {
  const name = fieldOf(node, 'name');
  const body = fieldOf(node, 'body');
  const statements = body ? namedOf(body) : [];
  const params = namedOf(fieldOf(node, 'parameters') ?? node);
  if (!name || statements.length !== 1) return undefined;
  if (childOf(node, 'modifiers')?.children.some((c) => c.type === 'static')) return undefined;
  /** The field `x` or `this.x` names, if it names one. */
  const fieldNamed = (n: SyntaxNode | undefined) =>
    n?.type === 'identifier'
      ? ctx.text(n)
      : n?.type === 'field_access' && fieldOf(n, 'object')?.type === 'this'
        ? ctx.text(fieldOf(n, 'field') ?? n)
        : undefined;
  const named = (field: string | undefined, ...prefixes: string[]) =>
    field !== undefined &&
    prefixes.some((p) => ctx.text(name) === p + field.charAt(0).toUpperCase() + field.slice(1));
  const only = statements[0] as SyntaxNode;
  if (only.type === 'return_statement' && params.length === 0) {
    return named(fieldNamed(namedOf(only)[0]), 'get', 'is') ? GETTER : undefined;
  }
  const assignment = only.type === 'expression_statement' ? namedOf(only)[0] : undefined;
  const param = params.length === 1 ? fieldOf(params[0] as SyntaxNode, 'name') : undefined;
  if (assignment?.type !== 'assignment_expression' || !param) return undefined;
  const value = fieldOf(assignment, 'right');
  const sets = value?.type === 'identifier' && ctx.text(value) === ctx.text(param);
  return sets && named(fieldNamed(fieldOf(assignment, 'left')), 'set') ? SETTER : undefined;
}

/** A string's key: its text without quotes, so `"hi"` matches another language's `'hi'`. */
function refineString(node: SyntaxNode, ctx: RefineContext): Refined {
  const quotes = node.children.filter((c) => !c.named);
  const text = ctx.text(node);
  const triple = text.startsWith('"""');
  return ctx.make({
    concept: 'string',
    key: node.children
      .filter((c) => c.named)
      .map((c) => ctx.text(c))
      .join(''),
    node,
    variant: triple ? 'triple' : undefined,
    headCategory: 'string',
    marks: [{ category: 'string', nodes: quotes }],
  });
}

/** A generic type (`ArrayList<>`, `List<Integer>`) is known by its class's name. */
function refineGenericType(node: SyntaxNode, ctx: RefineContext): Refined {
  const base = node.children.find(
    (c) => c.type === 'type_identifier' || c.type === 'scoped_type_identifier',
  );
  return ctx.make({
    concept: 'name',
    key: base ? ctx.text(base) : ctx.text(node),
    node,
    head: [node],
  });
}

/** `(double) total`: turning a value into another type; a call of the type on the value. */
function refineCast(node: SyntaxNode, ctx: RefineContext): Refined {
  const value = fieldOf(node, 'value');
  const type = fieldOf(node, 'type');
  if (!value || !type) return undefined;
  const head = node.children.filter((c) => c !== value);
  const written = `(${ctx.text(type)})`;
  const idea = ideaOf(written);
  return ctx.make({
    concept: 'call',
    key: idea ?? written,
    node,
    head,
    headCategory: idea ? 'builtin' : 'expression',
    slots: { receiver: [ctx.normalize(value)] },
  });
}

const ASSIGN: NodeRule = {
  concept: 'assign',
  key: { slot: 'target' },
  fields: { left: 'target', right: 'value' },
};

const ASSIGN_OP: NodeRule = {
  concept: 'assign-op',
  head: ['operator'],
  headCategory: 'operator',
  key: { slot: 'target' },
  fields: { left: 'target', right: 'value' },
};

/** `x = 5` assigns; `x += 5` updates. */
function refineAssignment(node: SyntaxNode, ctx: RefineContext): Refined {
  const operator = fieldOf(node, 'operator');
  return !operator || ctx.text(operator) === '=' ? ASSIGN : ASSIGN_OP;
}

/** `!x` negates; `-x` is an operator before a value. */
function refineUnary(node: SyntaxNode, ctx: RefineContext): Refined {
  const operator = fieldOf(node, 'operator');
  if (operator && ctx.text(operator) === '!') {
    return {
      concept: 'not',
      head: ['operator'],
      headCategory: 'operator',
      fields: { operand: 'item' },
    };
  }
  return undefined;
}

/** A parameter: its name, with its type as a mark. */
function refineParameter(node: SyntaxNode, ctx: RefineContext): Refined {
  const name = fieldOf(node, 'name') ?? node.children.filter((c) => c.type === 'identifier').pop();
  const type =
    fieldOf(node, 'type') ??
    node.children.find((c) => c.named && c !== name && c.type !== 'modifiers');
  if (!name) return undefined;
  const modifiers = childOf(node, 'modifiers');
  return ctx.make({
    concept: 'name',
    key: ctx.text(name),
    node,
    head: [name],
    marks: [
      { category: 'type', nodes: type ? [type] : [] },
      { category: 'statement', nodes: modifiers ? [modifiers] : [] },
    ],
  });
}

const VALUE: NodeRule = {
  concept: 'number',
  leaf: true,
  key: 'canonical',
  head: ['self'],
  headCategory: 'literal',
};
const LITERAL: NodeRule = {
  concept: 'literal',
  leaf: true,
  key: 'canonical',
  head: ['self'],
  headCategory: 'literal',
};
const NAME: NodeRule = { concept: 'name', leaf: true, key: 'text', head: ['self'] };

/** The braces of a block belong to the construct it is the body of. */
const BLOCK: NodeRule = {
  concept: 'block',
  marks: { '{': 'block-start', '}': 'block-end' },
  liftMarks: true,
};

/** A variable's declaration: its type and words such as `final` are its marks. */
const VARIABLE: NodeRule = {
  concept: 'assign',
  key: { slot: 'target' },
  marks: TERMINATOR,
  fields: { type: TYPE, declarator: { slot: 'target', splice: true } },
  childTypes: { modifiers: { mark: 'statement' } },
};

const rules: Record<string, NodeRule> = {
  program: { concept: 'block', refine: refineProgram },
  block: BLOCK,
  class_body: BLOCK,
  constructor_body: BLOCK,
  interface_body: BLOCK,
  enum_body: BLOCK,
  line_comment: { concept: 'comment' },
  block_comment: { concept: 'comment' },
  expression_statement: { concept: 'expression', transparent: true, marks: TERMINATOR },
  parenthesized_expression: { concept: 'parens', transparent: true },
  modifiers: { concept: 'java:modifiers', marks: MODIFIER_MARKS, rest: 'decorator' },
  marker_annotation: {
    concept: 'decorator',
    leaf: true,
    key: 'text',
    head: ['self'],
    headCategory: 'statement',
  },
  annotation: {
    concept: 'decorator',
    leaf: true,
    key: 'text',
    head: ['self'],
    headCategory: 'statement',
  },

  if_statement: { concept: 'if', refine: refineIf },
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
    fields: { condition: CONDITION, body: 'body' },
    refine: refineWhile,
  },
  do_statement: {
    concept: 'while',
    head: ['do', 'while'],
    headCategory: 'keyword',
    marks: TERMINATOR,
    fields: { condition: CONDITION, body: 'body' },
  },
  for_statement: {
    concept: 'for',
    head: ['for'],
    headCategory: 'keyword',
    fields: { init: 'var', condition: 'condition', update: 'update', body: 'body' },
    refine: refineFor,
  },
  enhanced_for_statement: { concept: 'for', refine: refineEachFor },
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
  switch_expression: { concept: 'switch', refine: refineSwitch },
  yield_statement: {
    concept: 'return',
    head: ['yield'],
    headCategory: 'statement',
    key: { constant: 'return' },
    rest: 'value',
    marks: TERMINATOR,
  },

  method_declaration: { ...METHOD, refine: refineMethod },
  constructor_declaration: {
    concept: 'def',
    key: { slot: 'name' },
    fields: {
      // A constructor is named after its class; it is the class's `constructor` whatever its name.
      name: {
        slot: 'name',
        rule: { ...METHOD_NAME, key: { constant: 'constructor' }, variant: 'class-named' },
      },
      parameters: 'params',
      body: 'body',
    },
    childTypes: { modifiers: MODIFIERS },
  },
  explicit_constructor_invocation: {
    concept: 'call',
    head: ['constructor'],
    headCategory: 'expression',
    key: { constant: 'super' },
    marks: TERMINATOR,
    fields: { arguments: 'args' },
  },
  formal_parameters: { concept: 'params', marks: { '(': 'call-parens', ')': 'call-parens' } },
  inferred_parameters: { concept: 'params', marks: { '(': 'call-parens', ')': 'call-parens' } },
  formal_parameter: { concept: 'name', refine: refineParameter },
  spread_parameter: { concept: 'name', refine: refineParameter },
  return_statement: {
    concept: 'return',
    head: ['return'],
    headCategory: 'statement',
    key: { constant: 'return' },
    rest: 'value',
    marks: TERMINATOR,
  },
  class_declaration: {
    concept: 'class',
    head: ['class'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    fields: { name: 'name', superclass: 'superclass', interfaces: 'superclass', body: 'body' },
    childTypes: { modifiers: MODIFIERS },
  },
  record_declaration: {
    concept: 'class',
    head: ['record'],
    headCategory: 'keyword',
    variant: 'record',
    key: { slot: 'name' },
    fields: { name: 'name', parameters: 'params', body: 'body' },
    childTypes: { modifiers: MODIFIERS },
  },
  interface_declaration: {
    concept: 'class',
    head: ['interface'],
    headCategory: 'keyword',
    key: { slot: 'name' },
    fields: { name: 'name', body: 'body' },
    childTypes: { modifiers: MODIFIERS },
  },
  superclass: { concept: 'superclass', marks: { extends: 'delimiter' } },
  super_interfaces: { concept: 'superclass', marks: { implements: 'delimiter' } },
  field_declaration: {
    concept: 'field-declaration',
    key: { slot: 'target' },
    marks: TERMINATOR,
    fields: { type: TYPE, declarator: { slot: 'target', splice: true } },
    childTypes: { modifiers: MODIFIERS },
  },
  local_variable_declaration: VARIABLE,
  variable_declarator: {
    concept: 'java:declarator',
    fields: { name: 'target', value: 'value' },
  },
  try_statement: { concept: 'try', refine: refineTry },
  try_with_resources_statement: { concept: 'try', refine: refineTry },
  throw_statement: {
    concept: 'call',
    head: ['throw'],
    headCategory: 'builtin',
    key: { constant: 'raise' },
    rest: 'args',
    marks: TERMINATOR,
  },
  import_declaration: {
    concept: 'import',
    head: ['import'],
    headCategory: 'keyword',
    key: { slot: 'module' },
    marks: TERMINATOR,
    rest: 'module',
  },
  // A package's or class's dotted name in `import java.util.List;`.
  scoped_identifier: { concept: 'string', leaf: true, key: 'text' },
  // `throws OutOfStockException` after a method's parameters.
  throws: { concept: 'throws', head: ['throws'], headCategory: 'keyword' },
  package_declaration: { concept: 'java:package', leaf: true, key: 'text', head: ['self'] },

  method_invocation: { concept: 'call', refine: refineInvocation },
  argument_list: { concept: 'args', marks: { '(': 'call-parens', ')': 'call-parens' } },
  object_creation_expression: {
    concept: 'construct',
    head: ['new'],
    headCategory: 'statement',
    key: { slot: 'class' },
    fields: { type: 'class', arguments: 'args', body: 'body' },
  },
  lambda_expression: {
    concept: 'lambda',
    head: ['->'],
    headCategory: 'keyword',
    fields: { parameters: { slot: 'var', splice: ['params'] }, body: 'body' },
  },
  cast_expression: { concept: 'call', refine: refineCast },

  assignment_expression: { concept: 'assign', refine: refineAssignment },
  update_expression: {
    concept: 'assign-op',
    head: ['++', '--'],
    headCategory: 'operator',
    key: { slot: 'target' },
    rest: 'target',
  },
  binary_expression: {
    concept: 'binary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { left: 'item', right: 'item' },
  },
  instanceof_expression: {
    concept: 'binary',
    head: ['instanceof'],
    headCategory: 'operator',
    key: 'head',
    fields: { left: 'item', right: 'item' },
  },
  unary_expression: {
    concept: 'unary',
    head: ['operator'],
    headCategory: 'operator',
    key: 'head',
    fields: { operand: 'item' },
    refine: refineUnary,
  },

  identifier: NAME,
  type_identifier: NAME,
  scoped_type_identifier: NAME,
  generic_type: { concept: 'name', refine: refineGenericType },
  field_access: { concept: 'call', refine: refineFieldAccess },
  this: { concept: 'self', leaf: true, key: 'text', head: ['self'], headCategory: 'keyword' },
  super: { concept: 'super', leaf: true, key: 'text', head: ['self'], headCategory: 'keyword' },
  decimal_integer_literal: VALUE,
  hex_integer_literal: VALUE,
  octal_integer_literal: VALUE,
  binary_integer_literal: VALUE,
  decimal_floating_point_literal: { ...VALUE, variant: 'decimal' },
  null_literal: LITERAL,
  true: LITERAL,
  false: LITERAL,
  string_literal: { concept: 'string', refine: refineString },
  array_initializer: { concept: 'java:array_initializer' },
  array_access: { concept: 'index', fields: { array: 'receiver', index: 'item' } },
};

export const java: LanguageModule = {
  info: { id: 'java', name: 'Java', extensions: ['.java'] },
  grammar: lazyGrammar('tree-sitter-java'),
  program: {
    fileName: 'Main.java',
    command: 'java',
    install: 'apt-get install default-jdk-headless',
  },
  atomicNodes: new Set(['line_comment', 'block_comment', 'character_literal']),
  floatingTypes: new Set(['double', 'float', 'Double', 'Float']),
  tokenKind: (type, named, parentType) => kindOfToken(type, named, parentType, TOKEN_TABLES),
  rules,
  idioms,
  methodNames: { toString: 'to-string' as const, equals: 'equals' },
  commentMarker: (text) => (text.startsWith('//') ? '//' : text.startsWith('/**') ? '/**' : '/*'),
  words,
  syntaxErrors,
};
