/**
 * The floor every bench measures against: tree-sitter parsing each side (through the Node binding,
 * with the engine's `parseTree`) and a cursor walk over every node through the binding, what any
 * comparison reading tree-sitter's tree from JavaScript had to do. The engine now reads the tree
 * with its own addon (`native/tree.c`), faster than this walk; the floor is kept as it was, so
 * that ratios stay comparable from day to day. Shared so that `npm run bench`, `bench:stages` and
 * `bench:server` measure the same thing.
 */
import type Parser from 'tree-sitter';
import { parseTree } from '../src/engine/parse.js';
import { languageModule } from '../src/languages/registry.js';

/** tree-sitter's parse of `code` alone (as the engine parses it), the first half of the floor. */
export function parseOnly(language: string, code: string): Parser.Tree {
  const tree = parseTree(code, languageModule(language));
  if (!tree) throw new Error('tree-sitter gave up without a time limit');
  return tree;
}

/** Visits every node of a tree in document order, reading what any walk reads; answers how many. */
function walkAll(cursor: Parser.TreeCursor): number {
  let nodes = 0;
  for (;;) {
    nodes += cursor.nodeType.length > 0 ? 1 : 0;
    nodes += cursor.startIndex >= 0 ? 0 : 1;
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return nodes;
    }
  }
}

/** The floor of one side: parse `code` and walk every node; answers how many nodes. */
export function floor(language: string, code: string): number {
  return walkAll(parseOnly(language, code).walk());
}
