/**
 * The mistakes learners make writing Java, above all those coming from a language without types
 * or `;`, as data for `diagnose` and `repair`: every statement ends with `;`, every variable and
 * parameter is declared with its type, a condition goes in parentheses, blocks are braces, and
 * other languages' words (`elif`, `def`, `puts`, `and`) have Java spellings.
 */
import type { SyntaxErrorHints } from '../../engine/diagnose.js';

/** Operators after which a statement goes on to the next line. */
const OPERATORS = [
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&&',
  '||',
  '!',
  '?',
  ':',
  '<',
  '>',
  '==',
  '!=',
  '<=',
  '>=',
  '+=',
  '-=',
  '*=',
  '/=',
  '&',
  '|',
  '^',
  '->',
];

export const syntaxErrors: SyntaxErrorHints = {
  brackets: { '(': ')', '[': ']', '{': '}' },
  stringOpeners: ['"', '"""'],
  comments: ['line_comment', 'block_comment'],
  textNodes: ['string_literal', 'block_comment'],
  lineComment: '//',
  foreignWords: {
    elif: {
      where: 'error-line',
      type: 'identifier',
      message: 'Java writes `else if` where other languages write `elif`',
    },
    elsif: {
      where: 'error-line',
      type: 'identifier',
      message: 'Java writes `else if` where other languages write `elsif`',
    },
    puts: {
      where: 'error-line',
      type: 'identifier',
      message: 'Java prints a line with `System.out.println(…)`',
    },
    def: {
      where: 'in-error',
      type: 'identifier',
      message:
        'Java has no `def`: a method is written as its return type, its name and its typed parameters, `static int square(int n) { … }`',
    },
    and: {
      where: 'in-error',
      type: 'identifier',
      message: 'Java writes `&&` where other languages write `and`',
    },
    or: {
      where: 'in-error',
      type: 'identifier',
      message: 'Java writes `||` where other languages write `or`',
    },
    not: {
      where: 'in-error',
      type: 'identifier',
      message: 'Java writes `!` where other languages write `not`',
    },
    '===': {
      where: 'in-error',
      message: 'Java compares with `==` (and two strings with `equals`); it has no `===`',
    },
    end: {
      where: 'alone',
      type: 'identifier',
      message: 'Java has no `end`: a block closes with `}`',
    },
    ':': {
      where: 'line-end',
      unlessFirst: ['case', 'default'],
      message: 'Java does not end a line with `:`: open the block with `{` and close it with `}`',
    },
  },
  invalidNodes: {},
  terminators: {
    token: ';',
    endings: [';', '{', '}', '(', '[', ',', '.', ...OPERATORS],
    continuations: [
      '.',
      '{',
      ')',
      ']',
      ',',
      ...OPERATORS,
      'instanceof',
      'extends',
      'implements',
      'throws',
    ],
    headers: [
      'if',
      'else',
      'for',
      'while',
      'do',
      'switch',
      'try',
      'catch',
      'finally',
      'class',
      'interface',
      'enum',
      'record',
      '@',
    ],
  },
  parenHeaders: { if: 'an', while: 'a', switch: 'a' },
  errorsIn: {
    formal_parameters: 'Java needs the type of each parameter before its name, as in `int n`',
    formal_parameter: 'Java needs the type of each parameter before its name, as in `int n`',
  },
  declarations: {
    assignment: 'assignment_expression',
    target: 'left',
    declarers: {
      variable_declarator: 'name',
      formal_parameter: 'name',
      catch_formal_parameter: 'name',
      enhanced_for_statement: 'name',
      lambda_expression: 'parameters',
      resource: 'name',
      spread_parameter: 'name',
      enum_constant: 'name',
      type_pattern: 'name',
    },
    lists: { inferred_parameters: 'identifier' },
    name: 'identifier',
    message:
      'Java needs `{name}` declared, with its type, before it gets a value: `int {name} = …`, `String {name} = …` or `var {name} = …`',
  },
};
