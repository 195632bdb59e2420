/**
 * The mistakes learners make writing Elixir, above all those coming from Ruby or Python, as data
 * for `diagnose`: a block opens with `do` at the end of its first line and closes with `end`; `->`
 * belongs in the clauses of `case`, `cond` and `fn`, not after a `def`; and words from other
 * languages (`elsif`, `return`, `while`, `puts`, `+=`) have Elixir spellings or none.
 */
import type { SyntaxErrorHints } from '../../engine/diagnose.js';

export const syntaxErrors: SyntaxErrorHints = {
  brackets: { '(': ')', '[': ']', '{': '}', '#{': '}' },
  // Strings, charlists and sigils all open with a `quoted_start` field, whose type is its quote.
  stringOpeners: ['"', "'", '"""', "'''"],
  comments: ['comment'],
  textNodes: ['string', 'charlist', 'sigil', 'quoted_atom', 'quoted_keyword'],
  foreignWords: {
    end: {
      where: 'statement-start',
      type: 'identifier',
      message:
        'This `end` has no `do` to close: a block opens with `do` at the end of its first line (`if x do`)',
    },
    else: {
      where: 'statement-start',
      type: 'identifier',
      message: 'This `else` belongs to no block: the `if` line above needs `do` at its end',
    },
    elsif: {
      where: 'statement-start',
      type: 'identifier',
      message:
        'Elixir has no `elsif`: write the conditions as the clauses of a `cond` block, `condition -> …`',
    },
    elif: {
      where: 'statement-start',
      type: 'identifier',
      message:
        'Elixir has no `elif`: write the conditions as the clauses of a `cond` block, `condition -> …`',
    },
    'else if': {
      where: 'statement-start',
      message:
        'Elixir has no `else if`: write the conditions as the clauses of a `cond` block, `condition -> …`',
    },
    return: {
      where: 'statement-start',
      type: 'identifier',
      message:
        'Elixir has no `return`: a function gives back the value of its last expression, so write the value alone',
    },
    while: {
      where: 'statement-start',
      type: 'identifier',
      message:
        'Elixir has no `while` loop: walk a range or list with `Enum.each`, or write a function that calls itself',
    },
    puts: {
      where: 'statement-start',
      type: 'identifier',
      message: 'Elixir prints with `IO.puts(...)`',
    },
    print: {
      where: 'statement-start',
      type: 'identifier',
      message: 'Elixir prints with `IO.puts(...)` (or `IO.write(...)`, which adds no new line)',
    },
    '+=': {
      where: 'in-error',
      message: 'Elixir has no `+=`: bind the name again to the new value, `x = x + 1`',
    },
    '-=': {
      where: 'in-error',
      message: 'Elixir has no `-=`: bind the name again to the new value, `x = x - 1`',
    },
    '++': {
      where: 'in-error',
      message:
        'Elixir has no `++` that adds one (`++` joins two lists): bind the name again, `x = x + 1`',
    },
    '->': {
      where: 'in-error',
      message:
        '`->` belongs in a clause of `case`, `cond` or `fn` (`pattern -> code`); `def` and `if` open their block with `do`',
    },
  },
  invalidNodes: {},
  colonHeaders: {
    keywords: {
      if: 'an',
      unless: 'an',
      case: 'a',
      cond: 'a',
      def: 'a',
      defp: 'a',
      defmodule: 'a',
      for: 'a',
      try: 'a',
    },
    soft: [],
    insteadOfColon: ['->', ':', '{', 'then'],
    opener: 'do',
    openerForms: ['do:'],
    strayWords: ['end', 'else'],
  },
  endBlocks: {
    closer: 'end',
    openers: ['do', 'fn'],
    modifiers: [],
    takesDo: [],
    middles: ['else', 'rescue', 'after', 'catch'],
    namedByLine: true,
  },
};
