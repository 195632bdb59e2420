/**
 * `npm run bench:stages`: where a comparison's time goes. Runs the pipeline's stages (`STAGES`)
 * cumulatively (parse, then parse and diagnose, …, then all of them) on the same generated pairs as
 * `npm run bench` and prints each as a ratio to the floor, in steady state. A tool for engine
 * work, not a target: `npm run bench` holds the targets.
 */
import { compareUpTo, STAGES } from '../src/engine/compare.js';
import { floor } from './floor.js';
import { pair } from './generate.js';

function variants(left: string, right: string): Record<string, () => unknown> {
  const sides = [
    { language: 'ruby', code: left },
    { language: 'python', code: right },
  ] as const;
  // The pipeline's own list of stages, run up to each in turn: the numbers add up to its cost.
  const stages = Object.fromEntries(
    STAGES.map((stage, k) => [
      k === 0 ? stage : `+ ${stage}`,
      () => compareUpTo(sides[0], sides[1], {}, stage),
    ]),
  );
  return { floor: () => floor('ruby', left) + floor('python', right), ...stages };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

for (const [lines, runs] of [
  [1_000, 15],
  [10_000, 5],
] as const) {
  const { ruby: left, python: right } = pair(lines);
  const stages = variants(left, right);
  const times: Record<string, number[]> = {};
  for (let w = 0; w < 3; w++) for (const run of Object.values(stages)) run();
  for (let r = 0; r < runs; r++) {
    // Interleaved, so that machine noise hits every stage alike; a turn of the event loop
    // between runs lets the binding free the floor's trees (see compare.bench.ts).
    for (const [name, run] of Object.entries(stages)) {
      const t = performance.now();
      run();
      (times[name] ??= []).push(performance.now() - t);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const floor = median(times.floor ?? []);
  console.log(`\n${lines} lines (median of ${runs} runs)`);
  for (const [name, values] of Object.entries(times)) {
    const ms = median(values);
    console.log(
      `  ${name.padEnd(20)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / floor).toFixed(2)} × floor`,
    );
  }
}
