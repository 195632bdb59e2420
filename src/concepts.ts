/**
 * The shared vocabulary: every category of difference, named as a teacher would name it. The
 * engine, the CLI and the web view all read their learner-facing words from here. Pure data, so
 * the web view may import it.
 */
import type { Category } from './types.js';

export interface CategoryInfo {
  /** Short name for legends and filters: "Block start". */
  name: string;
  /** One line on what falls in this category. */
  description: string;
}

export const CATEGORIES: Record<Category, CategoryInfo> = {
  'block-start': {
    name: 'Block start',
    description: 'What opens a block: `:`, `do`, `then`, `{`.',
  },
  'block-end': {
    name: 'Block end',
    description: 'What closes a block: `end`, `}`, or nothing but indentation.',
  },
  'call-parens': {
    name: 'Call parentheses',
    description: "Parentheses around a call's arguments.",
  },
  keyword: {
    name: 'Keyword',
    description: 'The same idea spelled with another word: `elsif`/`elif`.',
  },
  builtin: {
    name: 'Built-in',
    description: 'A built-in function or method with another name: `puts`/`print`.',
  },
  literal: {
    name: 'Literal',
    description: 'A fixed value written differently: `nil`/`None`, `true`/`True`.',
  },
  operator: {
    name: 'Operator',
    description: 'An operator written differently: `&&`/`and`.',
  },
  string: {
    name: 'String',
    description: 'Quotes, interpolation and other string syntax.',
  },
  comment: {
    name: 'Comment',
    description: 'How comments are written.',
  },
  terminator: {
    name: 'Terminator',
    description: 'Statement terminators such as `;`.',
  },
  expression: {
    name: 'Expression',
    description: 'The same intent written as a different expression: `age.odd?` / `age % 2 == 1`.',
  },
  statement: {
    name: 'Statement',
    description: 'A statement or keyword only one side needs: `return`, `self`, `import`.',
  },
  delimiter: {
    name: 'Delimiter',
    description:
      'Separators inside a literal or a parameter list: `=>`/`:` in a hash, `|x|` around block parameters.',
  },
  naming: {
    name: 'Naming',
    description:
      'The same thing under another name by convention: `initialize`/`__init__`, `@name`/`self.name`, `to_s`/`__str__`.',
  },
  behaviour: {
    name: 'Behaviour',
    description:
      'A false friend: code that reads alike but acts differently (`7 / 2`, `round(2.5)`), or reads differently because the languages act differently (which values count as false).',
  },
};

/** Categories in the order legends and filters list them. */
export const CATEGORY_ORDER = Object.keys(CATEGORIES) as Category[];

/** Categories of syntax marks a construct owns (`:`, `end`, `()`), as opposed to words and code. */
export const MARK_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'block-start',
  'block-end',
  'call-parens',
  'delimiter',
  'string',
  'terminator',
]);
