/**
 * `npm run bench:cli`: the command line's start-up time for a two-file comparison (the lesson's
 * pair), over node's own start-up (`node -e ""`), the floor no command can go under. With the
 * path of another checkout (built: `npm run build` there) as an argument, it times that
 * checkout's `juxta` too, runs alternating, to show whether a change made start-up slower.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';

const RUNS = 21;
const LESSON = join(PACKAGE_ROOT, 'snippets', 'control-flow', 'odd-even');
const baseline = process.argv[2] ? resolve(process.argv[2]) : undefined;
if (baseline && !existsSync(join(baseline, 'dist', 'src', 'cli', 'main.js'))) {
  console.error(`${baseline} has no built dist/: run npm run build there first.`);
  process.exit(2);
}

function time(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - start;
}

const juxta = (root: string) => [
  join(root, 'bin', 'juxta.js'),
  'compare',
  join(LESSON, 'main.rb'),
  join(LESSON, 'main.py'),
  '--format',
  'json',
];

const samples = { node: [] as number[], juxta: [] as number[], baseline: [] as number[] };
for (let r = 0; r < RUNS; r++) {
  samples.node.push(time(['-e', '']));
  samples.juxta.push(time(juxta(PACKAGE_ROOT)));
  if (baseline) samples.baseline.push(time(juxta(baseline)));
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const node = median(samples.node);
const ours = median(samples.juxta);
console.log(`Start-up of juxta compare on the lesson's pair, median of ${RUNS} runs\n`);
console.log(`node -e ""        ${node.toFixed(0).padStart(5)} ms`);
console.log(
  `juxta compare     ${ours.toFixed(0).padStart(5)} ms  (${(ours / node).toFixed(2)}x node's own start)`,
);
if (baseline) {
  const theirs = median(samples.baseline);
  console.log(`baseline          ${theirs.toFixed(0).padStart(5)} ms  (${baseline})`);
  const slower = ours > theirs * 1.05;
  console.log(
    slower
      ? 'Slower than the baseline by more than 5 %.'
      : 'No slower than the baseline (within 5 %).',
  );
  if (slower) process.exitCode = 1;
}
