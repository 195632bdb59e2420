/** Each bundled snippet compared once, for the tests that read its result. */
import { compare } from '../../src/index.js';
import { loadLibrary } from '../../src/library/load.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';
import type { CompareResult, Snippet } from '../../src/types.js';

export const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);

const results = new Map<string, CompareResult>();

/** The comparison of a snippet's two programs (the first two languages it has). */
export function resultOf(snippet: Snippet): CompareResult {
  let result = results.get(snippet.id);
  if (!result) {
    const [left, right] = snippet.languages as [string, string];
    result = compare(
      { language: left, code: snippet.code[left] ?? '' },
      { language: right, code: snippet.code[right] ?? '' },
    );
    results.set(snippet.id, result);
  }
  return result;
}
