// Each snippet's differences as a reviewed, human-readable snapshot: per difference a line
// `kind category: summary` and, indented under it, the explanation, so that any change in what the
// engine finds or says about the library shows up as a diff someone reads. Update with `npx vitest run test/library/differences.test.ts -u`
// and review the changed files under __snapshots__/ before committing them.
import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/types.js';
import { resultOf, snippets } from './snippet-results.js';

/** The snapshot text: one line per difference, in display order. */
function describeDifferences(result: CompareResult): string {
  if (result.differences.length === 0) return '(no differences)\n';
  return (
    result.differences
      .map(
        (d) => `${d.kind} ${d.category}: ${d.summary}\n    ${d.explanation || '(no explanation)'}`,
      )
      .join('\n') + '\n'
  );
}

describe('the differences of each snippet', () => {
  for (const snippet of snippets) {
    it(snippet.id, async () => {
      await expect(describeDifferences(resultOf(snippet))).toMatchFileSnapshot(
        `./__snapshots__/${snippet.id.replaceAll('/', '__')}.txt`,
      );
    });
  }
});
