// Damage no one edit explains must not derail the comparison either. For every pair of the
// library, each line of code on each side is damaged in ways no repair can mend (a stray `@@@`, a
// bracket and a wrong closer); the damaged side reports its error, only the damaged region (the
// statement damaged, and those its errors are reported on) falls back to aligning lines, and the
// rows and differences away from it are exactly those of the pair as written.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { snippets } from '../library/snippet-results.js';
import { awayFrom } from './away-from.js';

interface Damage {
  name: string;
  /** The damaged line, or undefined where this line cannot carry the damage. */
  damage(line: string): string | undefined;
}

/** A line with code that no string or comment runs through, so the damage lands in code. */
const PLAIN = /^[^#"'`]*\S[^#"'`]*$/;

const DAMAGES: Damage[] = [
  { name: 'a stray `@@@` at the end', damage: (l) => (PLAIN.test(l) ? `${l} @@@` : undefined) },
  {
    name: 'a stray `@@@` at the start',
    damage: (l) => (PLAIN.test(l) ? l.replace(/^(\s*)/, '$1@@@ ') : undefined),
  },
  { name: 'a `(` and a `]` added', damage: (l) => (PLAIN.test(l) ? `${l} ( ]` : undefined) },
];

/** Words that go on with a statement at its own indentation. */
const GOES_ON = /^\s*(end|else|elsif|elif|except|rescue|ensure|finally|when|in)\b|^\s*\}/;

/**
 * The 1-based lines of the statement that starts on `line`: the lines after it indented deeper,
 * and those at its indentation that go on with it (`else`, `end`).
 */
export function statementAt(lines: readonly string[], line: number): number[] {
  const indent = (text: string) => text.length - text.trimStart().length;
  const own = indent(lines[line - 1] ?? '');
  const out = [line];
  for (let n = line + 1; n <= lines.length; n++) {
    const text = lines[n - 1] as string;
    if (text.trim() === '') continue;
    if (indent(text) > own || (indent(text) === own && GOES_ON.test(text))) out.push(n);
    else break;
  }
  return out;
}

describe('damage no repair explains changes nothing away from the damaged statement', () => {
  for (const snippet of snippets) {
    const [leftLanguage, rightLanguage] = snippet.languages as [string, string];
    const code = {
      left: snippet.code[leftLanguage] ?? '',
      right: snippet.code[rightLanguage] ?? '',
    };
    it(snippet.id, () => {
      const intact = compare(
        { language: leftLanguage, code: code.left },
        { language: rightLanguage, code: code.right },
      );
      const failures: string[] = [];
      let tried = 0;
      for (const side of ['left', 'right'] as const) {
        const lines = code[side].split('\n');
        for (const d of DAMAGES) {
          lines.forEach((text, i) => {
            const damagedLine = d.damage(text);
            if (damagedLine === undefined) return;
            const damaged = [...lines.slice(0, i), damagedLine, ...lines.slice(i + 1)].join('\n');
            const sides = { ...code, [side]: damaged };
            const result = compare(
              { language: leftLanguage, code: sides.left },
              { language: rightLanguage, code: sides.right },
            );
            // Damage inside a comment or a string (a block comment's lines) is no error at all.
            if (result[side].errors.length === 0) return;
            tried++;
            // The damaged region: the statement damaged, and those the errors are reported on
            // (a knock-on error can land on a later line: an unclosed `(` where the parser gives up).
            const region = [...new Set([i + 1, ...result[side].errors.map((e) => e.line)])].flatMap(
              (n) => statementAt(lines, n),
            );
            const want = awayFrom(intact, side, region, code);
            const got = awayFrom(result, side, region, sides);
            if (JSON.stringify(want) !== JSON.stringify(got)) {
              failures.push(`${side} line ${i + 1}: ${d.name}`);
            }
          });
        }
      }
      expect(failures).toEqual([]);
      if (tried === 0) return;
    });
  }
});
