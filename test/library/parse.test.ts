// Every program of the bundled library parses cleanly: a syntax error in a snippet would teach the
// wrong thing, and the engine's diagnostics are what a learner would see for it.
import { describe, expect, it } from 'vitest';
import { resultOf, snippets } from './snippet-results.js';

describe('every program parses with no syntax errors', () => {
  for (const snippet of snippets) {
    it(snippet.id, () => {
      const [left, right] = snippet.languages as [string, string];
      const result = resultOf(snippet);
      expect(result.left.errors, `${left} side`).toEqual([]);
      expect(result.right.errors, `${right} side`).toEqual([]);
    });
  }
});
