// A typo must not derail the comparison. For every pair of the library, each of the typos
// learners make is applied to each line where it can be made (a header's `:` left out in Python,
// a `then` written for it, a Ruby `end` left out, a closing `)` or quote left out); the damaged
// side then reports its error, and the rows and differences away from the damaged line are
// exactly those of the pair as written.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { snippets } from '../library/snippet-results.js';
import { awayFrom } from './away-from.js';

interface Typo {
  name: string;
  /** The language whose code it damages. */
  language: string;
  /** The damaged line, or undefined where this line cannot carry the typo. */
  damage(line: string): string | undefined;
}

const HEADER = /^\s*(if|elif|else|for|while|def|class|try|except|finally|with)\b.*:\s*$/;

const TYPOS: Typo[] = [
  {
    name: 'the `:` of a block line left out',
    language: 'python',
    damage: (line) => (HEADER.test(line) ? line.replace(/:\s*$/, '') : undefined),
  },
  {
    name: '`then` written for the `:`',
    language: 'python',
    damage: (line) =>
      /^\s*(if|elif)\b.*:\s*$/.test(line) ? line.replace(/:\s*$/, ' then') : undefined,
  },
  {
    name: 'an `end` left out',
    language: 'ruby',
    damage: (line) => (line.trim() === 'end' ? '' : undefined),
  },
  ...['ruby', 'python'].flatMap((language) => [
    {
      name: 'a closing `)` left out',
      language,
      damage: (line: string) =>
        /\)\s*$/.test(line) && !line.includes('#') ? line.replace(/\)\s*$/, '') : undefined,
    },
    {
      name: 'a closing quote left out',
      language,
      damage: (line: string) =>
        /^[^#'"]*"[^"\\]*"\s*$/.test(line) ? line.replace(/"\s*$/, '') : undefined,
    },
  ]),
];

describe('a typo on one line changes nothing away from that line', () => {
  for (const snippet of snippets) {
    const [leftLanguage, rightLanguage] = snippet.languages as [string, string];
    const code = {
      left: snippet.code[leftLanguage] ?? '',
      right: snippet.code[rightLanguage] ?? '',
    };
    const languageOf = { left: leftLanguage, right: rightLanguage };
    const cases: { side: 'left' | 'right'; line: number; typo: Typo; damaged: string }[] = [];
    for (const side of ['left', 'right'] as const) {
      const lines = code[side].split('\n');
      for (const typo of TYPOS.filter((t) => t.language === languageOf[side])) {
        lines.forEach((text, i) => {
          const damagedLine = typo.damage(text);
          if (damagedLine === undefined) return;
          const damaged = [...lines.slice(0, i), damagedLine, ...lines.slice(i + 1)].join('\n');
          cases.push({ side, line: i + 1, typo, damaged });
        });
      }
    }
    if (cases.length === 0) continue;
    it(`${snippet.id} (${cases.length} typos)`, () => {
      const intact = compare(
        { language: leftLanguage, code: code.left },
        { language: rightLanguage, code: code.right },
      );
      const failures: string[] = [];
      for (const c of cases) {
        const sides = { ...code, [c.side]: c.damaged };
        const result = compare(
          { language: leftLanguage, code: sides.left },
          { language: rightLanguage, code: sides.right },
        );
        // A change that still parses is no typo: nothing to tolerate.
        if (result[c.side].errors.length === 0) continue;
        const want = awayFrom(intact, c.side, c.line, code);
        const got = awayFrom(result, c.side, c.line, sides);
        if (JSON.stringify(want) !== JSON.stringify(got)) {
          failures.push(`${c.side} line ${c.line}: ${c.typo.name}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
