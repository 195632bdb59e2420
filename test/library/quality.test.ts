// What the library's explanations are worth, by the written rules of src/library/quality.ts
// (docs/quality.md): no difference may show the same text on both sides, at least 98 % must be
// specific, and every difference of the library and of the golden fixtures that is not is listed
// in a reviewed file, so that a new generic or off-topic explanation shows up as a diff someone
// reads (and one mended shows up too). Update with `npx vitest run test/library/quality.test.ts -u`.
import { describe, expect, it } from 'vitest';
import {
  emptyCount,
  specificShare,
  tally,
  verdictOf,
  type QualityCount,
} from '../../src/library/quality.js';
import { resultOf, snippets } from './snippet-results.js';
import { readdirSync, readFileSync } from 'node:fs';
import { compare } from '../../src/index.js';
import { languageForFile } from '../../src/languages/registry.js';
import type { SourceInput } from '../../src/types.js';

/** The target: at least 98 % of the library's differences explained specifically. */
const FLOOR = 0.98;

describe("the library's explanations", () => {
  const total: QualityCount = emptyCount();
  const gaps: string[] = [];
  for (const snippet of snippets) {
    const flagged = tally(total, resultOf(snippet).differences);
    for (const d of flagged) {
      gaps.push(`${snippet.id} ${d.id} ${verdictOf(d)} [${d.category}] ${d.summary}`);
    }
  }

  it('never show the same text on both sides', () => {
    expect(total.identical).toBe(0);
  });

  it(`are specific for at least ${FLOOR * 100} % of the differences`, () => {
    expect(specificShare(total)).toBeGreaterThanOrEqual(FLOOR);
  });

  // The golden fixtures, one pair per construct of the course, are held to the same list.
  const fixtures = new URL('../fixtures/', import.meta.url);
  for (const name of readdirSync(fixtures).sort()) {
    const files = readdirSync(new URL(`${name}/`, fixtures));
    const sides = (['left', 'right'] as const).map((side) => {
      const file = files.find((f) => f.startsWith(`${side}.`)) ?? '';
      return {
        language: languageForFile(file)?.id ?? '',
        code: readFileSync(new URL(`${name}/${file}`, fixtures), 'utf8'),
      };
    });
    const result = compare(sides[0] as SourceInput, sides[1] as SourceInput);
    for (const d of result.differences) {
      const verdict = verdictOf(d);
      if (verdict !== 'specific')
        gaps.push(`fixture ${name} ${d.id} ${verdict} [${d.category}] ${d.summary}`);
    }
  }

  it('that are not yet specific are the reviewed list', async () => {
    await expect(`${gaps.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/quality-gaps.txt');
  });
});
