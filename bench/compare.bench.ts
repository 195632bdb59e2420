/**
 * `npm run bench`: how much a comparison costs over its floor, the work no comparison can avoid
 * (tree-sitter parsing both sides plus a cursor walk over every node), on generated equivalent
 * programs of 100, 1,000 and 10,000 lines: Ruby against Python, and (`--all`, or a pair named
 * like `javascript-python`) JavaScript against Python and Java against Ruby. Prints ratios, not
 * absolute times, so the numbers mean the same on a laptop and on CI.
 */
import { compare } from '../src/index.js';
import { floor as floorOf } from './floor.js';
import { program, type BenchLanguage } from './generate.js';

const PAIRS: [BenchLanguage, BenchLanguage][] = [
  ['ruby', 'python'],
  ['javascript', 'python'],
  ['java', 'ruby'],
];
const asked = process.argv.slice(2);
const pairs = PAIRS.filter(
  ([a, b]) =>
    asked.includes('--all') ||
    asked.includes(`${a}-${b}`) ||
    (asked.length === 0 && a === 'ruby' && b === 'python'),
);
if (pairs.length === 0) {
  console.error(`Unknown pair: use --all or one of ${PAIRS.map((p) => p.join('-')).join(', ')}.`);
  process.exit(2);
}

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
 * A turn of the event loop between runs, outside the timed part, as a service has between
 * requests. The Node binding frees the floor's trees only then: without it, they piled up through
 * the whole bench (60 floors at 10,000 lines left 510 MB, 21 MB with the turns), and every run
 * after paid for that heap.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Each size in steady state: warm up on it, then alternate floor and compare so that machine
 * noise hits both alike. The whole series runs in three passes, a third of each size's runs per
 * pass, and a size's median is over all its runs: the machine's speed drifts, and three windows
 * side by side keep one slow spell from landing on one size only, which skewed the growth from
 * 1,000 to 10,000 lines when each size had one window of its own.
 */
async function measureAll([leftLanguage, rightLanguage]: [BenchLanguage, BenchLanguage]) {
  const floor = (left: string, right: string): number =>
    floorOf(leftLanguage, left) + floorOf(rightLanguage, right);
  const samples = SIZES.map(([lines]) => ({
    lines,
    left: program(leftLanguage, lines),
    right: program(rightLanguage, lines),
    floors: [] as number[],
    compares: [] as number[],
  }));
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, [, runs]] of SIZES.entries()) {
      const s = samples[i] as (typeof samples)[number];
      const left = { language: leftLanguage, code: s.left };
      const right = { language: rightLanguage, code: s.right };
      const perPass = Math.round(runs / PASSES);
      // Warm up the JIT and the parsers: steady state is what a service or a class sees.
      for (let w = 0; w < Math.max(2, Math.ceil(perPass / 2)); w++) {
        floor(s.left, s.right);
        compare(left, right);
        await turn();
      }
      for (let r = 0; r < perPass; r++) {
        let t = performance.now();
        floor(s.left, s.right);
        s.floors.push(performance.now() - t);
        t = performance.now();
        compare(left, right);
        s.compares.push(performance.now() - t);
        await turn();
      }
    }
  }
  return samples.map((s) => ({
    lines: s.lines,
    floor: median(s.floors),
    compare: median(s.compares),
  }));
}

let allMet = true;
for (const languages of pairs) {
  const results = await measureAll(languages);
  console.log(
    `${languages.join(' against ')}: compare time over its floor (parse both sides + cursor walk), median of runs\n`,
  );
  console.log('lines   floor ms  compare ms  ratio  growth vs previous size');
  let previous: { compare: number } | undefined;
  let worst = 0;
  for (const r of results) {
    const ratio = r.compare / r.floor;
    worst = Math.max(worst, ratio);
    const growth = previous
      ? `${(r.compare / previous.compare).toFixed(1)}x for 10x the lines`
      : '';
    console.log(
      `${String(r.lines).padStart(6)}  ${r.floor.toFixed(1).padStart(8)}  ${r.compare.toFixed(1).padStart(10)}  ${ratio.toFixed(2).padStart(5)}  ${growth}`,
    );
    previous = r;
  }
  const growth = (results[2]?.compare ?? 0) / (results[1]?.compare ?? 1);
  const met = worst <= 2 && growth <= 12;
  allMet &&= met;
  console.log(`\nWorst ratio ${worst.toFixed(2)} (target ≤ 2, goal 1.5).`);
  const floorGrowth = (results[2]?.floor ?? 0) / (results[1]?.floor ?? 1);
  console.log(
    `10x the lines cost ${growth.toFixed(1)}x the time (target ≤ about 12x); ` +
      `the floor's own growth: ${floorGrowth.toFixed(1)}x.\n`,
  );
}
console.log(allMet ? 'All targets met.' : 'Some targets were missed.');
// Like `bench:server`, a missed target is a failed run, so scripts notice.
if (!allMet) process.exitCode = 1;
