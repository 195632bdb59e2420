// Every program of the bundled library parses cleanly: a syntax error in a snippet would teach the
// wrong thing, and the engine's diagnostics are what a learner would see for it.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { loadLibrary } from '../../src/library/load.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';

const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);

describe('every program parses with no syntax errors', () => {
  for (const snippet of snippets) {
    it(snippet.id, async () => {
      const [left, right] = snippet.languages as [string, string];
      const result = await compare(
        { language: left, code: snippet.code[left] ?? '' },
        { language: right, code: snippet.code[right] ?? '' },
      );
      expect(result.left.errors, `${left} side`).toEqual([]);
      expect(result.right.errors, `${right} side`).toEqual([]);
    });
  }
});
