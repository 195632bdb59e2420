/**
 * Part of `npm run soak` (bench/soak.ts), in a process of its own so that its RSS is only its
 * own: compares every Ruby/Python pair of the bundled library in turn, `LOOP_COMPARES` times in
 * all (default 10,000), through the library's `compare`, and prints one JSON line with the RSS
 * before and after. Between two compares it gives the event loop a turn, as a long loop of
 * compares must: tree-sitter's trees are freed there (see src/engine/parse.ts).
 */
import { compare } from '../../src/index.js';
import { loadLibrary } from '../../src/library/load.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';
import type { SourceInput } from '../../src/types.js';

const COMPARES = Number(process.env['LOOP_COMPARES'] ?? 10_000);
const WARM_UP = 200;

const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);
const pairs: [SourceInput, SourceInput][] = snippets
  .filter((s) => s.code['ruby'] !== undefined && s.code['python'] !== undefined)
  .map((s) => [
    { language: 'ruby', code: s.code['ruby'] as string },
    { language: 'python', code: s.code['python'] as string },
  ]);
const turn = () => new Promise((resolve) => setImmediate(resolve));

const one = (i: number) => {
  const [left, right] = pairs[i % pairs.length] as [SourceInput, SourceInput];
  compare(left, right);
};
for (let i = 0; i < WARM_UP; i++) {
  one(i);
  await turn();
}
const before = process.memoryUsage.rss();
const began = performance.now();
for (let i = 0; i < COMPARES; i++) {
  one(i);
  await turn();
}
const after = process.memoryUsage.rss();
console.log(
  JSON.stringify({
    pairs: pairs.length,
    compares: COMPARES,
    seconds: (performance.now() - began) / 1000,
    beforeMb: before / 1024 / 1024,
    afterMb: after / 1024 / 1024,
  }),
);
