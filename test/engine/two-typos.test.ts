// Two typos at once, far apart: each is a typo the repair stage mends on its own (a header's `:`
// left out in Python, an `end` left out in Ruby, a closing `)` left out). Applied together, on
// one side or one on each, both errors are reported where they are, and the rows and differences
// away from the two damaged lines are exactly those of the pair as written.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { snippets } from '../library/snippet-results.js';
import { awayFrom } from './away-from.js';

type Side = 'left' | 'right';

/** One typo per language that a single edit repairs: the line as damaged, or undefined. */
const TYPOS: Record<string, (line: string) => string | undefined> = {
  python: (line) =>
    /^\s*(if|elif|else|for|while|def|class|try|except|finally|with)\b.*:\s*$/.test(line)
      ? line.replace(/:\s*$/, '')
      : undefined,
  ruby: (line) =>
    /\)\s*$/.test(line) && !line.includes('#') ? line.replace(/\)\s*$/, '') : undefined,
};

/** Lines apart at least this far, so that neither typo's knock-on reaches the other. */
const APART = 4;

interface Damage {
  side: Side;
  line: number;
}

describe('two typos far apart change nothing away from their lines', () => {
  for (const snippet of snippets) {
    const [leftLanguage, rightLanguage] = snippet.languages as [string, string];
    const code = {
      left: snippet.code[leftLanguage] ?? '',
      right: snippet.code[rightLanguage] ?? '',
    };
    const languageOf = { left: leftLanguage, right: rightLanguage };
    /** Every line of a side the typo of its language can damage. */
    const places = (side: Side): Damage[] =>
      code[side]
        .split('\n')
        .flatMap((text, i) =>
          TYPOS[languageOf[side]]?.(text) !== undefined ? [{ side, line: i + 1 }] : [],
        );
    const left = places('left');
    const right = places('right');
    // Both on one side, far apart: the first and the last that can be damaged; and one on each.
    const pairs: [Damage, Damage][] = [];
    for (const list of [left, right]) {
      const first = list[0];
      const last = list[list.length - 1];
      if (first && last && last.line - first.line >= APART) pairs.push([first, last]);
    }
    if (left[0] && right[right.length - 1])
      pairs.push([left[0], right[right.length - 1] as Damage]);
    if (pairs.length === 0) continue;
    it(`${snippet.id} (${pairs.length} pairs of typos)`, () => {
      const intact = compare(
        { language: leftLanguage, code: code.left },
        { language: rightLanguage, code: code.right },
      );
      const failures: string[] = [];
      for (const pair of pairs) {
        const sides = { ...code };
        for (const { side, line } of pair) {
          const lines = sides[side].split('\n');
          lines[line - 1] = TYPOS[languageOf[side]]?.(lines[line - 1] as string) as string;
          sides[side] = lines.join('\n');
        }
        const result = compare(
          { language: leftLanguage, code: sides.left },
          { language: rightLanguage, code: sides.right },
        );
        const name = pair.map((d) => `${d.side} ${d.line}`).join(' and ');
        // A change that still parses is no typo: nothing to tolerate.
        if (pair.some((d) => result[d.side].errors.length === 0)) continue;
        // Each error is reported on its own line, or names it (a bracket never closed is reported
        // where its closer goes: "This `(` on line 1 is never closed").
        for (const { side, line } of pair) {
          const inPlace = (e: { line: number; message: string }) =>
            e.line === line || new RegExp(`\\bline ${line}\\b`).test(e.message);
          if (!result[side].errors.some(inPlace)) {
            failures.push(`${name}: no error on ${side} line ${line}`);
          }
        }
        for (const side of ['left', 'right'] as const) {
          const lines = pair.filter((d) => d.side === side).map((d) => d.line);
          if (lines.length === 0) continue;
          const want = awayFrom(intact, side, lines, code);
          const got = awayFrom(result, side, lines, sides);
          // The other side's damaged lines are left out of what is compared too, with what stands
          // against them on this side: that is the other typo's own place.
          const other = side === 'left' ? 'right' : 'left';
          const theirs = pair.filter((d) => d.side === other).map((d) => d.line);
          const strip = (away: { rows: string[]; places: string[] }, of: typeof result) => {
            const facing = of.rows
              .filter((r) => r[other] !== null && theirs.includes(r[other]))
              .map((r) => r[side]);
            const at = (p: string, s: Side, lines: (number | null)[]) =>
              lines.some((l) => p.includes(` ${s} ${l}:`));
            return {
              rows: away.rows.filter(
                (r) => !theirs.includes(Number(r.split(':')[other === 'left' ? 0 : 1])),
              ),
              places: away.places.filter((p) => !at(p, other, theirs) && !at(p, side, facing)),
            };
          };
          if (JSON.stringify(strip(want, intact)) !== JSON.stringify(strip(got, result))) {
            failures.push(`${name}: ${side} differs away from the typos`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
