// A typo must not derail the comparison, in a brace language too. For every golden fixture with
// a JavaScript side, each typo a learner makes in JavaScript is applied to each line where it
// can be made (a line's `}` left out, a `)` or a closing quote left out before the `;`, `=`
// written for `===` in a condition); the damaged side then reports its error, and the rows and
// differences away from the damaged line are exactly those of the pair as written.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { languageForFile } from '../../src/languages/registry.js';
import { awayFrom } from './away-from.js';

interface Typo {
  name: string;
  /** The damaged line, or undefined where this line cannot carry the typo. */
  damage(line: string): string | undefined;
}

const TYPOS: Typo[] = [
  { name: 'a `}` left out', damage: (line) => (line.trim() === '}' ? '' : undefined) },
  {
    name: 'a `)` left out before the `;`',
    damage: (line) => (/\);\s*$/.test(line) ? line.replace(/\);\s*$/, ';') : undefined),
  },
  {
    name: "a condition's `)` left out before the `{`",
    damage: (line) =>
      /^\s*(if|while) \(.*\) \{\s*$/.test(line) ? line.replace(/\) \{\s*$/, ' {') : undefined,
  },
  {
    name: 'a closing quote left out',
    damage: (line) =>
      /^[^"'`/]*"[^"\\]*"\);\s*$/.test(line) ? line.replace(/"\);\s*$/, ');') : undefined,
  },
  {
    name: '`=` written for `===` in a condition',
    damage: (line) =>
      /^\s*(\} else )?if \(.* === /.test(line) ? line.replace(' === ', ' = ') : undefined,
  },
];

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** The fixtures with a JavaScript side, each with its two files' languages and code. */
const pairs = readdirSync(FIXTURES)
  .sort()
  .map((name) => {
    const files = readdirSync(new URL(`${name}/`, FIXTURES));
    const side = (prefix: string) => {
      const file = files.find((f) => f.startsWith(`${prefix}.`)) ?? '';
      return {
        language: languageForFile(file)?.id ?? '',
        code: readFileSync(new URL(`${name}/${file}`, FIXTURES), 'utf8'),
      };
    };
    return { name, left: side('left'), right: side('right') };
  })
  .filter((p) => p.left.language === 'javascript' || p.right.language === 'javascript');

describe('a typo in JavaScript changes nothing away from its line', () => {
  it('has fixtures to damage', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(20);
  });

  for (const pair of pairs) {
    const side = pair.left.language === 'javascript' ? 'left' : 'right';
    const code = { left: pair.left.code, right: pair.right.code };
    const lines = code[side].split('\n');
    const cases = TYPOS.flatMap((typo) =>
      lines.flatMap((text, i) => {
        const damaged = typo.damage(text);
        if (damaged === undefined) return [];
        return [
          {
            typo,
            line: i + 1,
            code: [...lines.slice(0, i), damaged, ...lines.slice(i + 1)].join('\n'),
          },
        ];
      }),
    );
    if (cases.length === 0) continue;
    it(`${pair.name} (${cases.length} typos)`, () => {
      const intact = compare(pair.left, pair.right);
      const failures: string[] = [];
      for (const c of cases) {
        const sides = { ...code, [side]: c.code };
        const result = compare(
          { language: pair.left.language, code: sides.left },
          { language: pair.right.language, code: sides.right },
        );
        if (result[side].errors.length === 0) {
          failures.push(`line ${c.line}: ${c.typo.name} is not reported`);
          continue;
        }
        const want = awayFrom(intact, side, c.line, code);
        const got = awayFrom(result, side, c.line, sides, intact);
        if (JSON.stringify(want) !== JSON.stringify(got)) {
          failures.push(`line ${c.line}: ${c.typo.name}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
