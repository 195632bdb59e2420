/**
 * The shared vocabulary: every category of difference, named as a teacher would name it. The
 * engine, the CLI and the web view all read their learner-facing words from here. Pure data, so
 * the web view may import it. The descriptions name no language: they hold for any pair.
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
    description: 'What opens a block: a `:`, a word such as `do` or `then`, a `{`.',
  },
  'block-end': {
    name: 'Block end',
    description: 'What closes a block: a word such as `end`, a `}`, or nothing but indentation.',
  },
  'call-parens': {
    name: 'Call parentheses',
    description: "Parentheses around a call's arguments.",
  },
  keyword: {
    name: 'Keyword',
    description: 'The same idea spelled with another word, such as “else if”.',
  },
  builtin: {
    name: 'Built-in',
    description: 'A built-in function or method with another name, such as the one that prints.',
  },
  literal: {
    name: 'Literal',
    description: 'A fixed value written differently: the empty value, true and false.',
  },
  operator: {
    name: 'Operator',
    description: 'An operator written differently: a symbol in one language, a word in another.',
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
    description:
      'The same intent written as a different expression: asking a number whether it is odd, or testing its remainder.',
  },
  statement: {
    name: 'Statement',
    description: 'A statement or keyword only one side needs: a `return`, a `self`, an import.',
  },
  delimiter: {
    name: 'Delimiter',
    description:
      'Separators inside a literal or a parameter list: between a key and its value, around a block’s parameters.',
  },
  naming: {
    name: 'Naming',
    description:
      'The same thing under another name by convention: the method that sets up an object, its fields, its text form.',
  },
  behaviour: {
    name: 'Behaviour',
    description:
      'A false friend: code that reads alike but acts differently (`7 / 2`, `round(2.5)`), or reads differently because the languages act differently (which values count as false).',
  },
  type: {
    name: 'Type',
    description:
      'A declared type: the type written before a variable or a parameter, a method’s return type.',
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
  'type',
]);
