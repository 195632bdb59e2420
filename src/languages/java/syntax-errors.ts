/**
 * The mistakes learners make writing Java, above all those coming from a language without types
 * or `;`, as data for `diagnose` and `repair`: every statement ends with `;`, every variable and
 * parameter is declared with its type, blocks are braces, and other languages' words (`elif`,
 * `def`, `puts`) have Java spellings.
 */
import type { SyntaxErrorHints } from '../../engine/diagnose.js';

export const syntaxErrors: SyntaxErrorHints = {
  brackets: { '(': ')', '[': ']', '{': '}' },
  stringOpeners: ['"', '"""'],
  comments: ['line_comment', 'block_comment'],
  textNodes: ['string_literal', 'block_comment'],
  foreignWords: {},
  invalidNodes: {},
};
