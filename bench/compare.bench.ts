/**
 * `npm run bench`: how much a comparison costs over its floor, the work no comparison can avoid
 * (tree-sitter parsing both sides plus a cursor walk over every node), on generated equivalent
 * Ruby/Python pairs of 100, 1,000 and 10,000 lines. Prints ratios, not absolute times, so the
 * numbers mean the same on a laptop and on CI.
 */
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import Ruby from 'tree-sitter-ruby';
import { compare } from '../src/index.js';
import { pair, walkAll } from './generate.js';

const rubyParser = new Parser();
rubyParser.setLanguage(Ruby as Parser.Language);
const pythonParser = new Parser();
pythonParser.setLanguage(Python as Parser.Language);
const input = (code: string) => (index: number) => code.slice(index, index + 16_384);

/** The floor: parse both sides and visit every node with a cursor, reading what any walk reads. */
function floor(ruby: string, python: string): number {
  let nodes = 0;
  for (const [parser, code] of [
    [rubyParser, ruby],
    [pythonParser, python],
  ] as const) {
    nodes += walkAll(parser.parse(input(code)).walk());
  }
  return nodes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Alternates the two measurements so that machine noise hits both alike. */
function measure(lines: number, runs: number) {
  const { ruby, python } = pair(lines);
  const floors: number[] = [];
  const compares: number[] = [];
  // Warm up the JIT and the parsers: steady state is what a service or a class sees.
  for (let w = 0; w < Math.max(3, Math.ceil(runs / 2)); w++) {
    floor(ruby, python);
    compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });
  }
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    floor(ruby, python);
    floors.push(performance.now() - t);
    t = performance.now();
    compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });
    compares.push(performance.now() - t);
  }
  return { lines, floor: median(floors), compare: median(compares) };
}

const sizes: [number, number][] = [
  [100, 201],
  [1_000, 31],
  [10_000, 9],
];
const results = sizes.map(([lines, runs]) => measure(lines, runs));

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
console.log(`10x the lines cost ${growth.toFixed(1)}x the time (target ≤ about 12x).`);
console.log(met ? 'All targets met.' : 'Some targets were missed.');
// Like `bench:server`, a missed target is a failed run, so scripts notice.
if (!met) process.exitCode = 1;
