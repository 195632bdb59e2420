/**
 * `npm run quality`: every snippet of the bundled library compared, its first two languages (Ruby
 * and Python) snippet by snippet, then every pair of languages the library holds (Ruby–JavaScript,
 * Java–Elixir, …) in total, and their differences counted by the rules of `quality.ts`
 * (specific, generic, off-topic, identical). Exits 1 when the first pair or any language pair is
 * under its targets: at least 98 % specific and none identical. `--verbose` lists each difference
 * that is not specific, with its verdict, so that it can be mended.
 */
import { compare } from '../engine/compare.js';
import { DEFAULT_SNIPPETS_DIR } from '../paths.js';
import { loadLibrary } from './load.js';
import { emptyCount, specificShare, tally, type QualityCount, verdictOf } from './quality.js';

export const TARGET_SPECIFIC = 0.98;

const verbose = process.argv.includes('--verbose');
const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const { snippets } = await loadLibrary(dirArg ?? DEFAULT_SNIPPETS_DIR);

const total = emptyCount();
const row = (name: string, c: QualityCount) =>
  `${name.padEnd(34)} ${String(c.total).padStart(5)} ${String(c.specific).padStart(8)} ${String(c.generic).padStart(7)} ${String(c['off-topic']).padStart(9)} ${String(c.identical).padStart(9)}`;

console.log(
  `${'pair'.padEnd(34)} ${'total'.padStart(5)} ${'specific'.padStart(8)} ${'generic'.padStart(7)} ${'off-topic'.padStart(9)} ${'identical'.padStart(9)}`,
);
for (const snippet of snippets) {
  const [left, right] = snippet.languages;
  if (!left || !right) continue;
  {
    const [a, b] = [left, right];
    const result = compare(
      { language: a, code: snippet.code[a] ?? '' },
      { language: b, code: snippet.code[b] ?? '' },
    );
    const count = emptyCount();
    const flagged = tally(count, result.differences);
    tally(total, result.differences);
    console.log(row(`${snippet.id}`, count));
    if (verbose) {
      for (const d of flagged) {
        console.log(`    ${verdictOf(d)} ${d.id} [${d.category}] ${d.summary}`);
        console.log(`      ${d.explanation || '(no explanation)'}`);
      }
    }
  }
}
console.log(row('library', total));
const share = specificShare(total);
const shareMet = share >= TARGET_SPECIFIC;
const identicalMet = total.identical === 0;
console.log(
  `\nspecific: ${(share * 100).toFixed(1)} % (target ≥ ${TARGET_SPECIFIC * 100} %): ${shareMet ? 'met' : 'MISSED'}`,
);
console.log(`identical: ${total.identical} (target 0): ${identicalMet ? 'met' : 'MISSED'}`);
if (!shareMet || !identicalMet) process.exitCode = 1;

// Every pair of languages, each snippet that has both, in the registry's order.
const byPair = new Map<string, QualityCount>();
for (const snippet of snippets) {
  const [first, second] = snippet.languages;
  snippet.languages.forEach((a, i) =>
    snippet.languages.slice(i + 1).forEach((b) => {
      if (a === first && b === second) return;
      const result = compare(
        { language: a, code: snippet.code[a] ?? '' },
        { language: b, code: snippet.code[b] ?? '' },
      );
      const count = byPair.get(`${a}–${b}`) ?? emptyCount();
      const flagged = tally(count, result.differences);
      byPair.set(`${a}–${b}`, count);
      if (verbose) {
        for (const d of flagged) {
          console.log(`    ${a}–${b} ${snippet.id} ${verdictOf(d)} [${d.category}] ${d.summary}`);
          console.log(`      ${d.explanation || '(no explanation)'}`);
        }
      }
    }),
  );
}
if (byPair.size > 0) {
  console.log(
    `\n${'language pair'.padEnd(34)} ${'total'.padStart(5)} ${'specific'.padStart(8)} ${'generic'.padStart(7)} ${'off-topic'.padStart(9)} ${'identical'.padStart(9)}  share`,
  );
  for (const [pair, count] of byPair) {
    const pairShare = specificShare(count);
    const met = pairShare >= TARGET_SPECIFIC && count.identical === 0;
    console.log(`${row(pair, count)}  ${(pairShare * 100).toFixed(1)} %${met ? '' : ' MISSED'}`);
    if (!met) process.exitCode = 1;
  }
}
