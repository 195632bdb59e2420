/**
 * The floor every bench measures against: the work no comparison can skip, which is tree-sitter
 * parsing each side (read a chunk at a time, as the engine reads it) and a cursor walk over every
 * node. Shared so that `npm run bench`, `bench:stages` and `bench:server` measure the same thing.
 */
import Parser from 'tree-sitter';
import { languageModule } from '../src/languages/registry.js';

const parsers = new Map<string, Parser>();

function parserFor(language: string): Parser {
  let parser = parsers.get(language);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(languageModule(language).grammar as Parser.Language);
    parsers.set(language, parser);
  }
  return parser;
}

/** tree-sitter's parse of `code` alone, the first half of the floor. */
export function parseOnly(language: string, code: string): Parser.Tree {
  return parserFor(language).parse((index: number) => code.slice(index, index + 16_384));
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
