/**
 * The mistakes learners make writing JavaScript, above all those coming from Ruby or Python, as
 * data for `diagnose` and `repair`: every `{` needs its `}` and every `(` its `)`, `=` assigns
 * where `===` compares, and other languages' words (`elif`, `end`, `and`) have JavaScript
 * spellings.
 */
import type { Suspicious, SyntaxErrorHints } from '../../engine/diagnose.js';

/** `if (x = 5)`: an assignment where a condition belongs, most likely meant as a comparison. */
const assignedInCondition = (statement: string): Suspicious => ({
  path: ['assignment_expression', 'parenthesized_expression', statement],
  token: '=',
  message:
    'This `=` puts a value into a variable; to compare two values in a condition, JavaScript writes `===`',
  meant: '===',
});

export const syntaxErrors: SyntaxErrorHints = {
  brackets: { '(': ')', '[': ']', '{': '}', '${': '}' },
  stringOpeners: ['"', "'", '`'],
  comments: ['comment'],
  textNodes: ['string', 'template_string', 'regex', 'comment'],
  braceBlocks: { open: '{', close: '}' },
  lineComment: '//',
  quotes: ['"', "'", '`'],
  closeBefore: [';', '{'],
  suspicious: ['if_statement', 'while_statement', 'do_statement'].map(assignedInCondition),
  parenHeaders: { if: 'an', while: 'a' },
  foreignWords: {
    elif: {
      where: 'error-line',
      type: 'identifier',
      message: 'JavaScript writes `else if` where Python writes `elif`',
      meant: 'else if',
    },
    elsif: {
      where: 'error-line',
      type: 'identifier',
      message: 'JavaScript writes `else if` where Ruby writes `elsif`',
      meant: 'else if',
    },
    end: {
      where: 'alone',
      type: 'identifier',
      message: 'JavaScript has no `end`: a block ends with `}`',
    },
    def: {
      where: 'statement-start',
      type: 'identifier',
      message: 'JavaScript defines a function with `function`, not `def`',
    },
    puts: {
      where: 'statement-start',
      type: 'identifier',
      message: 'JavaScript prints with `console.log(...)`; `puts` is Ruby',
    },
    and: {
      where: 'in-error',
      message: 'JavaScript writes `&&` where Python writes `and`',
      meant: '&&',
    },
    or: {
      where: 'in-error',
      message: 'JavaScript writes `||` where Python writes `or`',
      meant: '||',
    },
    not: { where: 'in-error', message: 'JavaScript writes `!` where Python writes `not`' },
    unless: {
      where: 'error-line',
      type: 'identifier',
      message: 'JavaScript has no `unless`: write `if (!condition)`',
    },
    then: {
      where: 'in-error',
      message:
        'JavaScript has no `then`: put the condition in parentheses and open the block with `{`',
    },
    ':': {
      where: 'line-end',
      message:
        'JavaScript does not end a line with `:`: open the block with `{` and close it with `}`',
    },
    '->': { where: 'in-error', message: 'JavaScript writes an arrow function with `=>`, not `->`' },
  },
  invalidNodes: {},
};
