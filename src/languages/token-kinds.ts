/** The colour class of a token, from a language's keyword list and its table of named leaf types. */
import type { TokenKind } from '../types.js';

export interface TokenKindTables {
  /** Anonymous tokens spelled as words that are keywords. */
  keywords: ReadonlySet<string>;
  /** Named leaf node types and their kinds (`identifier`, `integer`, `comment`, …). */
  named: Readonly<Record<string, TokenKind>>;
  /** Node types whose anonymous children are string delimiters (`"`, `f"`). */
  stringParents?: ReadonlySet<string>;
  /** Tokens inside a string that open or close an interpolation (`#{`, `${`, `{`, `}`). */
  interpolation?: ReadonlySet<string>;
}

const WORD = /^[A-Za-z_][A-Za-z0-9_]*[?!]?$/;
const PUNCTUATION = new Set([
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  ':',
  '.',
  '|',
  '::',
  '->',
  '=>',
]);

export function kindOfToken(
  type: string,
  named: boolean,
  parentType: string | null,
  tables: TokenKindTables,
): TokenKind {
  if (named) {
    const kind = tables.named[type];
    if (kind) return kind;
    if (parentType && (tables.named[parentType] === 'string' || parentType.includes('string')))
      return 'string';
    return 'identifier';
  }
  if (parentType !== null && (parentType === 'string' || tables.stringParents?.has(parentType))) {
    if (tables.interpolation?.has(type)) return 'punctuation';
    return 'string';
  }
  if (tables.keywords.has(type)) return 'keyword';
  if (PUNCTUATION.has(type)) return 'punctuation';
  if (WORD.test(type)) return 'keyword';
  return 'operator';
}
