/**
 * The mistakes learners make writing Python, above all those coming from Ruby, as data for
 * `diagnose`: block lines need `:`, blocks are indented rather than closed, and Ruby's words and
 * operators (`elsif`, `end`, `puts`, `&&`) have Python spellings.
 */
import type { SyntaxErrorHints } from '../../engine/diagnose.js';

export const syntaxErrors: SyntaxErrorHints = {
  brackets: { '(': ')', '[': ']', '{': '}' },
  stringOpeners: ['string_start'],
  comments: ['comment'],
  textNodes: ['string', 'concatenated_string'],
  foreignWords: {
    '&&': { where: 'in-error', message: 'Python writes `and` where other languages write `&&`' },
    '||': { where: 'in-error', message: 'Python writes `or` where other languages write `||`' },
    '!': { where: 'in-error', message: 'Python writes `not` where other languages write `!`' },
    '++': { where: 'in-error', message: 'Python has no `++`: write `+= 1`' },
    '--': { where: 'in-error', message: 'Python has no `--`: write `-= 1`' },
    elsif: {
      where: 'in-error',
      type: 'identifier',
      message: 'Python writes `elif` where Ruby writes `elsif`',
    },
    'else if': {
      where: 'in-error',
      message: 'Python writes `elif` where other languages write `else if`',
    },
    unless: { where: 'in-error', message: 'Python has no `unless`: write `if not`' },
    until: { where: 'in-error', message: 'Python has no `until`: write `while not`' },
    then: { where: 'in-error', message: 'Python has no `then`: end the line with `:` instead' },
    end: {
      where: 'alone',
      type: 'identifier',
      message:
        'Python has no `end`: a block ends where the indentation goes back, so remove this line',
    },
    puts: {
      where: 'statement-start',
      type: 'identifier',
      message: 'Python prints with `print(...)`; `puts` is Ruby',
    },
    begin: {
      where: 'in-error',
      message: 'Python has no `begin`: write `try:` and indent the block under it',
    },
    rescue: { where: 'in-error', message: 'Python writes `except` where Ruby writes `rescue`' },
    '?': {
      where: 'in-error',
      message:
        'Python writes `a if condition else b` where other languages write `condition ? a : b`',
    },
    do: {
      where: 'in-error',
      message: 'Python has no `do` blocks: loop with `for x in items:` and indent the body',
    },
    '=>': { where: 'in-error', message: 'Python writes `:` between a key and its value, not `=>`' },
  },
  invalidNodes: {
    print_statement: 'Python needs parentheses around what `print` prints: `print(...)`',
    exec_statement: 'Python needs parentheses around what `exec` runs: `exec(...)`',
  },
  colonHeaders: {
    keywords: {
      if: 'an',
      elif: 'an',
      else: 'an',
      for: 'a',
      while: 'a',
      def: 'a',
      class: 'a',
      try: 'a',
      except: 'an',
      finally: 'a',
      with: 'a',
      match: 'a',
      case: 'a',
    },
    soft: ['match', 'case'],
    insteadOfColon: ['then', 'do', '{'],
  },
  indentation: true,
};
