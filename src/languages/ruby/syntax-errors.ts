/**
 * The mistakes learners make writing Ruby, above all those coming from Python, as data for
 * `diagnose`: every block needs its `end`, block lines take no `:`, and Python's words (`elif`,
 * `def f():`, `except`) have Ruby spellings.
 */
import type { SyntaxErrorHints } from '../../engine/diagnose.js';

export const syntaxErrors: SyntaxErrorHints = {
  brackets: { '(': ')', '[': ']', '{': '}', '#{': '}' },
  // tree-sitter-ruby gives every quote (`"`, `'`) the anonymous type `"`.
  stringOpeners: ['"'],
  comments: ['comment'],
  textNodes: ['string', 'heredoc_body', 'regex', 'string_array', 'symbol_array', 'subshell'],
  foreignWords: {
    elif: {
      where: 'statement-start',
      type: 'identifier',
      message: 'Ruby writes `elsif` where Python writes `elif`',
    },
    end: {
      where: 'statement-start',
      type: 'identifier',
      message: 'This `end` has no block to close: remove it',
    },
    ':': {
      where: 'line-end',
      message:
        'Ruby does not end a line with `:`: start the block on the next line and close it with `end`',
    },
    except: {
      where: 'statement-start',
      type: 'identifier',
      message: 'Ruby writes `rescue` where Python writes `except`',
    },
  },
  invalidNodes: {},
  endBlocks: {
    closer: 'end',
    openers: [
      'if',
      'unless',
      'while',
      'until',
      'case',
      'def',
      'class',
      'module',
      'begin',
      'do',
      'for',
    ],
    modifiers: ['if', 'unless', 'while', 'until'],
    takesDo: ['while', 'until', 'for'],
    middles: ['else', 'elsif', 'when', 'in', 'rescue', 'ensure'],
  },
};
