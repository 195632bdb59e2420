/**
 * Rules that every language's table writes alike: made once here, so that each table says only
 * how it differs (a predicate's `?`, a test method's name).
 */
import type { NodeRule } from './language.js';

/** A method's (or function's) name where it is defined: a name the program chose. */
export const METHOD_NAME: NodeRule = {
  concept: 'method-name',
  leaf: true,
  key: 'method',
  head: ['self'],
  headCategory: 'naming',
};
