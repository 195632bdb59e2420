/**
 * The parse stage reads tree-sitter's tree through Juxta's own addon (`native/tree.c`), in one
 * call, instead of a native call per node through the Node binding. Whatever it reads must be what
 * the binding itself reads of the same tree: every node's type, named-ness, field, span, whether
 * the parser inserted it, and its children, on every program of the library and on code that is
 * broken or unusual in every way the addon has to get right (UTF-16 offsets, ERROR and MISSING
 * nodes, fields under hidden rules).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { isJuxtaError } from '../../src/index.js';
import { parse, parseTree, type SyntaxNode } from '../../src/engine/parse.js';
import { languageModule } from '../../src/languages/registry.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';

/** What a node is, without the token indices the walk adds. */
interface Shape {
  type: string;
  named: boolean;
  field: string | null;
  startIndex: number;
  endIndex: number;
  missing: boolean;
  children: Shape[];
}

const shapeOf = (node: SyntaxNode): Shape => ({
  type: node.type,
  named: node.named,
  field: node.field,
  startIndex: node.startIndex,
  endIndex: node.endIndex,
  missing: node.missing,
  children: node.children.map(shapeOf),
});

/** The same tree as the Node binding reads it, node by node, not entering the language's atomic nodes. */
function bindingShape(tree: Parser.Tree, atomic: ReadonlySet<string>): Shape {
  const cursor = tree.walk();
  const visit = (): Shape => {
    const shape: Shape = {
      type: cursor.nodeType,
      named: cursor.nodeIsNamed,
      field: cursor.currentFieldName ?? null,
      startIndex: cursor.startIndex,
      endIndex: cursor.endIndex,
      missing: cursor.nodeIsMissing,
      children: [],
    };
    if (!atomic.has(shape.type) && cursor.gotoFirstChild()) {
      do shape.children.push(visit());
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
    return shape;
  };
  return visit();
}

function expectSameTree(languageId: string, code: string) {
  const language = languageModule(languageId);
  const tree = parseTree(code, language);
  if (!tree) throw new Error('tree-sitter gave up without a time limit');
  expect(shapeOf(parse(code, language).root)).toEqual(bindingShape(tree, language.atomicNodes));
}

const EXTENSIONS: Record<string, string> = {
  '.rb': 'ruby',
  '.py': 'python',
  '.js': 'javascript',
  '.java': 'java',
  '.ex': 'elixir',
  '.exs': 'elixir',
};

function libraryPrograms(dir: string): { path: string; language: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return libraryPrograms(path);
    const language = EXTENSIONS[extname(name)];
    return language ? [{ path, language }] : [];
  });
}

describe('the parse stage reads the tree the binding reads', () => {
  const programs = libraryPrograms(DEFAULT_SNIPPETS_DIR);

  it('finds the library', () => {
    expect(programs.length).toBeGreaterThan(200);
  });

  it('on every program of the library', () => {
    for (const { path, language } of programs) {
      expectSameTree(language, readFileSync(path, 'utf8'));
    }
  });

  const odd: Record<string, [language: string, code: string]> = {
    empty: ['python', ''],
    'astral characters before a node (two UTF-16 units each)': [
      'ruby',
      's = "😀😀 é"\nputs s.length # 🎉\n',
    ],
    'a lone surrogate': ['javascript', 'const x = "\ud800";\nlet y = 1;\n'],
    CRLF: ['python', 'if x:\r\n    print(x)\r\n'],
    'an ERROR node': ['ruby', 'def f(\n  puts 1 +\nend end\n'],
    'a MISSING node': ['java', 'class A { void f() { int x = 1 } }\n'],
    'a MISSING `:`': ['python', 'if x\n    print(1)\n'],
    'fields under hidden rules': ['javascript', 'for (const [a, b] of pairs) { x += a * b; }\n'],
    'an unclosed string': ['elixir', 'IO.puts "abc\nx = 1\n'],
    'deep nesting': ['python', `${'('.repeat(300)}1${')'.repeat(300)}\n`],
  };
  for (const [name, [language, code]] of Object.entries(odd)) {
    it(name, () => expectSameTree(language, code));
  }
});

describe('the parse stage keeps its promises', () => {
  it('counts offsets in UTF-16 code units, as tokens and the contract do', () => {
    const { tokens } = parse('s = "😀"; t = 1\n', languageModule('ruby'));
    expect(tokens.find((t) => t.text === 't')).toMatchObject({ line: 1, column: 11 });
  });

  it('gives up past its deadline with a too-complex error, and parses well after that', () => {
    const python = languageModule('python');
    const code = 'x = [1, 2, 3]\n'.repeat(20_000);
    let error: unknown;
    try {
      parse(code, python, performance.now() - 1);
    } catch (e) {
      error = e;
    }
    expect(isJuxtaError(error) && error.code).toBe('too-complex');
    // A parse cut short must leave nothing behind for the next one.
    expectSameTree('python', 'if x:\n    print(x)\n');
  });
});
