/**
 * `npm run bench:stages`: where a comparison's time goes. Runs the pipeline's stages cumulatively
 * (parse, then parse and diagnose, then parse and normalize, …) on the same generated pairs as
 * `npm run bench` and prints each as a ratio to the floor, in steady state. A tool for engine
 * work, not a target: `npm run bench` holds the targets.
 */
import { align } from '../src/engine/align.js';
import { withArena, type Arena } from '../src/engine/arena.js';
import { compare } from '../src/engine/compare.js';
import { diagnose } from '../src/engine/diagnose.js';
import { normalize } from '../src/engine/normalize.js';
import { parse } from '../src/engine/parse.js';
import { languageModule } from '../src/languages/registry.js';
import { floor } from './floor.js';
import { pair } from './generate.js';

const ruby = languageModule('ruby');
const python = languageModule('python');

function variants(left: string, right: string): Record<string, () => unknown> {
  // Each stage runs in an arena, as inside `compare`, so that the numbers add up to its cost.
  const parsed = (arena: Arena) =>
    [parse(left, ruby, undefined, arena), parse(right, python, undefined, arena)] as const;
  const normalized = (arena: Arena) => {
    const [a, b] = parsed(arena);
    return {
      a,
      b,
      left: normalize(a.root, left, a.tokens, ruby, undefined, arena),
      right: normalize(b.root, right, b.tokens, python, undefined, arena),
    };
  };
  return {
    floor: () => floor('ruby', left) + floor('python', right),
    parse: () => withArena(parsed),
    '+ diagnose': () =>
      withArena((arena) => {
        const [a, b] = parsed(arena);
        return [diagnose(a.root, left, ruby), diagnose(b.root, right, python)];
      }),
    '+ normalize': () => withArena(normalized),
    '+ normalize + align': () =>
      withArena((arena) => {
        const { a, b, left, right } = normalized(arena);
        return align({ left, right, leftTokens: a.tokens, rightTokens: b.tokens });
      }),
    'compare (all)': () =>
      compare({ language: 'ruby', code: left }, { language: 'python', code: right }),
  };
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
    // Interleaved, so that machine noise hits every stage alike.
    for (const [name, run] of Object.entries(stages)) {
      const t = performance.now();
      run();
      (times[name] ??= []).push(performance.now() - t);
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
