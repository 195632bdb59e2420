/**
 * A language the engine was never told about, kept here to prove that a language is one module:
 * Starlark, the configuration language of Bazel, which is written in Python's syntax (so it can
 * borrow tree-sitter-python's grammar) but is a language of its own. Only the tests register it.
 * Its tables are small: enough for the lesson's odd/even, nothing more.
 */
import { lazyGrammar } from '../../src/languages/grammar.js';
import type { Idiom, LanguageModule, NodeRule } from '../../src/languages/language.js';
import { kindOfToken } from '../../src/languages/token-kinds.js';

const KEYWORDS = new Set(
  'and break continue def elif else for if in load not or pass return'.split(' '),
);

const TOKEN_TABLES = {
  keywords: KEYWORDS,
  named: { identifier: 'identifier', integer: 'number', comment: 'comment' } as const,
  stringParents: new Set(['string', 'string_content']),
};

const IDIOMS: Record<string, Idiom> = {
  print: {
    idea: 'print-line',
    says: '`print` is Starlark’s built-in function for printing a line.',
  },
  '%': { idea: 'remainder', says: '`%` gives the remainder of a division in Starlark.' },
};

const rules: Record<string, NodeRule> = {
  module: { concept: 'block' },
  block: { concept: 'block' },
  comment: { concept: 'comment' },
  expression_statement: { concept: 'expression', transparent: true },
  if_statement: {
    concept: 'if',
    head: ['if'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { condition: 'condition', consequence: 'body', alternative: 'clause' },
  },
  else_clause: {
    concept: 'else',
    head: ['else'],
    headCategory: 'keyword',
    marks: { ':': 'block-start' },
    fields: { body: 'body' },
  },
  call: {
    concept: 'call',
    // Known by the idea its name spells (`print` is printing a line), like any language's calls.
    refine: (node, ctx) => {
      const fn = node.children.find((c) => c.field === 'function');
      const args = node.children.find((c) => c.field === 'arguments');
      if (!fn) return undefined;
      const idea = IDIOMS[ctx.text(fn)]?.idea;
      return ctx.make({
        concept: 'call',
        key: idea ?? ctx.text(fn),
        node,
        head: [fn],
        headCategory: idea ? 'builtin' : 'expression',
        slots: { args: args ? [ctx.normalize(args)] : [] },
      });
    },
  },
  argument_list: { concept: 'args', marks: { '(': 'call-parens', ')': 'call-parens' } },
  assignment: {
    concept: 'assign',
    fields: { left: 'target', right: 'value' },
    key: { slot: 'target' },
  },
  binary_operator: { concept: 'binary', head: ['operator'], headCategory: 'operator', key: 'head' },
  comparison_operator: {
    concept: 'binary',
    head: ['operators'],
    headCategory: 'operator',
    key: 'head',
  },
  identifier: { concept: 'name', leaf: true, key: 'text', head: ['self'] },
  integer: {
    concept: 'number',
    leaf: true,
    key: 'canonical',
    head: ['self'],
    headCategory: 'literal',
  },
  string: { concept: 'string', leaf: true, key: 'text', headCategory: 'string' },
};

export const starlark: LanguageModule = {
  info: { id: 'starlark', name: 'Starlark', extensions: ['.star', '.bzl'] },
  grammar: lazyGrammar('tree-sitter-python'),
  program: {
    fileName: 'main.star',
    command: 'starlark',
    install: 'go install go.starlark.net/cmd/starlark@latest',
  },
  atomicNodes: new Set(['comment']),
  tokenKind: (type, named, parentType) => kindOfToken(type, named, parentType, TOKEN_TABLES),
  rules,
  idioms: IDIOMS,
  methodNames: {},
  commentMarker: () => '#',
  words: {
    marks: {
      'block-start': 'Starlark ends the line that opens a block with `:`.',
      'call-parens': 'Starlark writes parentheses around every call’s arguments.',
    },
    without: {
      'block-end': 'Starlark ends a block where its indentation ends, with no closing word.',
    },
    concepts: {},
    truthiness: 'Starlark counts `0`, `""`, empty lists and dicts and `None` as false.',
    defaults: 'Starlark makes a parameter’s default value once, when the function is defined.',
  },
  syntaxErrors: {
    brackets: { '(': ')', '[': ']', '{': '}' },
    stringOpeners: ['string_start'],
    comments: ['comment'],
    textNodes: ['string'],
    foreignWords: {},
    invalidNodes: {},
  },
};
