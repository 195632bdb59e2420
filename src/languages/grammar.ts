/**
 * Loads a tree-sitter grammar package the first time a language is used, so that a process
 * comparing Ruby and Python never loads Java's parser. The grammar packages are CommonJS native
 * modules, so `require` loads them synchronously.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function that loads the grammar package `name` once, on its first call. */
export function lazyGrammar(name: string): () => unknown {
  let grammar: unknown;
  return () => (grammar ??= require(name));
}
