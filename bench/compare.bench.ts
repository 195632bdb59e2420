/**
 * `npm run bench`: how much a comparison costs over its floor, the work no comparison can avoid
 * (tree-sitter parsing both sides plus a cursor walk over every node), on generated equivalent
 * Ruby/Python pairs of 100, 1,000 and 10,000 lines. Prints ratios, not absolute times, so the
 * numbers mean the same on a laptop and on CI.
 */
import { compare } from '../src/index.js';
import { floor as floorOf } from './floor.js';
import { pair } from './generate.js';

/** The floor: parse both sides and visit every node with a cursor, reading what any walk reads. */
const floor = (ruby: string, python: string): number =>
  floorOf('ruby', ruby) + floorOf('python', python);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Samples per size (more at small sizes, where one run is short and noisier). */
const SIZES: [lines: number, runs: number][] = [
  [100, 201],
  [1_000, 33],
  [10_000, 9],
];
const PASSES = 3;

/**
 * Each size in steady state: warm up on it, then alternate floor and compare so that machine
 * noise hits both alike. The whole series runs in three passes, a third of each size's runs per
 * pass, and a size's median is over all its runs: the machine's speed drifts, and three windows
 * side by side keep one slow spell from landing on one size only, which skewed the growth from
 * 1,000 to 10,000 lines when each size had one window of its own.
 */
function measureAll() {
  const samples = SIZES.map(([lines]) => ({
    lines,
    ...pair(lines),
    floors: [] as number[],
    compares: [] as number[],
  }));
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, [, runs]] of SIZES.entries()) {
      const s = samples[i] as (typeof samples)[number];
      const left = { language: 'ruby', code: s.ruby };
      const right = { language: 'python', code: s.python };
      const perPass = Math.round(runs / PASSES);
      // Warm up the JIT and the parsers: steady state is what a service or a class sees.
      for (let w = 0; w < Math.max(2, Math.ceil(perPass / 2)); w++) {
        floor(s.ruby, s.python);
        compare(left, right);
      }
      for (let r = 0; r < perPass; r++) {
        let t = performance.now();
        floor(s.ruby, s.python);
        s.floors.push(performance.now() - t);
        t = performance.now();
        compare(left, right);
        s.compares.push(performance.now() - t);
      }
    }
  }
  return samples.map((s) => ({
    lines: s.lines,
    floor: median(s.floors),
    compare: median(s.compares),
  }));
}

const results = measureAll();

console.log('Compare time over its floor (parse both sides + cursor walk), median of runs\n');
console.log('lines   floor ms  compare ms  ratio  growth vs previous size');
let previous: { compare: number } | undefined;
let worst = 0;
for (const r of results) {
  const ratio = r.compare / r.floor;
  worst = Math.max(worst, ratio);
  const growth = previous ? `${(r.compare / previous.compare).toFixed(1)}x for 10x the lines` : '';
  console.log(
    `${String(r.lines).padStart(6)}  ${r.floor.toFixed(1).padStart(8)}  ${r.compare.toFixed(1).padStart(10)}  ${ratio.toFixed(2).padStart(5)}  ${growth}`,
  );
  previous = r;
}
const growth = (results[2]?.compare ?? 0) / (results[1]?.compare ?? 1);
const met = worst <= 2 && growth <= 12;
console.log(`\nWorst ratio ${worst.toFixed(2)} (target ≤ 2, goal 1.5).`);
const floorGrowth = (results[2]?.floor ?? 0) / (results[1]?.floor ?? 1);
console.log(
  `10x the lines cost ${growth.toFixed(1)}x the time (target ≤ about 12x); ` +
    `the floor's own growth: ${floorGrowth.toFixed(1)}x.`,
);
console.log(met ? 'All targets met.' : 'Some targets were missed.');
// Like `bench:server`, a missed target is a failed run, so scripts notice.
if (!met) process.exitCode = 1;
