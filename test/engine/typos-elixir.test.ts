// A typo in Elixir must not derail the comparison either. For every golden fixture with an
// Elixir side, each typo learners make in Elixir (a `do` or an `end` left out, `->` written for
// `do`, a closing `)` or quote left out) is applied to each line where it can be made; the
// damaged side then reports its error, and the rows and differences away from the damaged line
// are exactly those of the pair as written (as test/engine/typos.test.ts checks for the library).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { languageForFile } from '../../src/languages/registry.js';
import type { CompareResult, Difference, Row } from '../../src/types.js';

interface Typo {
  name: string;
  /** The damaged line, or undefined where this line cannot carry the typo. */
  damage(line: string): string | undefined;
}

const HEADER = /^\s*(if|unless|def|defp|defmodule|case|cond|for|try)\b.*\sdo\s*$/;

const TYPOS: Typo[] = [
  {
    name: 'the `do` of a block line left out',
    damage: (line) => (HEADER.test(line) ? line.replace(/\s+do\s*$/, '') : undefined),
  },
  {
    name: '`->` written for `do`',
    damage: (line) =>
      /^\s*(def|defp|if)\b.*\sdo\s*$/.test(line) ? line.replace(/do\s*$/, '->') : undefined,
  },
  {
    name: 'an `end` left out',
    damage: (line) => (line.trim() === 'end' ? '' : undefined),
  },
  {
    name: 'a closing `)` left out',
    damage: (line) =>
      /\)\s*$/.test(line) && !line.includes('#') ? line.replace(/\)\s*$/, '') : undefined,
  },
  {
    name: 'a closing quote left out',
    damage: (line) => (/^[^#'"]*"[^"\\]*"\s*$/.test(line) ? line.replace(/"\s*$/, '') : undefined),
  },
];

/** What a comparison says away from one line of the Elixir side (see test/engine/typos.test.ts). */
function awayFrom(
  result: CompareResult,
  side: 'left' | 'right',
  line: number,
  code: { left: string; right: string },
) {
  const blank = {
    left: code.left.split('\n').map((l) => l.trim() === ''),
    right: code.right.split('\n').map((l) => l.trim() === ''),
  };
  const kept = (s: 'left' | 'right', n: number | null) =>
    n === null || (s === side && n === line) || blank[s][n - 1] ? null : n;
  const rows = result.rows
    .map((r: Row) => ({ left: kept('left', r.left), right: kept('right', r.right) }))
    .filter((r) => r.left !== null || r.right !== null)
    .map((r) => `${r.left}:${r.right}`)
    .sort();
  const other = side === 'left' ? 'right' : 'left';
  const partner = result.rows.find((r) => r[side] === line)?.[other] ?? null;
  const onDamagedRow = (s: 'left' | 'right', n: number) =>
    s === side ? n === line : n === partner;
  const places = result.differences.flatMap((d: Difference) =>
    (['left', 'right'] as const).flatMap((s) =>
      d[s]
        .filter((t) => !onDamagedRow(s, t.line))
        .map((t) => `${d.category} ${d.kind} ${s} ${t.line}:${t.column} ${t.text}`),
    ),
  );
  return { rows, places: [...new Set(places)].sort() };
}

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** The fixtures with an Elixir side, each side's file and language. */
const pairs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const files = readdirSync(new URL(`${entry.name}/`, FIXTURES));
    const side = (s: 'left' | 'right') => {
      const file = files.find((f) => f.startsWith(`${s}.`)) ?? '';
      return {
        language: languageForFile(file)?.id ?? '',
        code: readFileSync(new URL(`${entry.name}/${file}`, FIXTURES), 'utf8'),
      };
    };
    return { name: entry.name, left: side('left'), right: side('right') };
  })
  .filter((p) => p.left.language === 'elixir' || p.right.language === 'elixir');

describe('a typo on one line of Elixir changes nothing away from that line', () => {
  it('has Elixir fixtures to damage', () => {
    expect(pairs.length).toBeGreaterThan(20);
  });
  for (const pair of pairs) {
    const side = pair.left.language === 'elixir' ? 'left' : 'right';
    const code = { left: pair.left.code, right: pair.right.code };
    const lines = code[side].split('\n');
    const cases = TYPOS.flatMap((typo) =>
      lines.flatMap((text, i) => {
        const damagedLine = typo.damage(text);
        if (damagedLine === undefined) return [];
        const damaged = [...lines.slice(0, i), damagedLine, ...lines.slice(i + 1)].join('\n');
        return [{ line: i + 1, typo, damaged }];
      }),
    );
    if (cases.length === 0) continue;
    it(`${pair.name} (${cases.length} typos)`, () => {
      const intact = compare(pair.left, pair.right);
      const failures: string[] = [];
      let reported = 0;
      for (const c of cases) {
        const sides = { ...code, [side]: c.damaged };
        const result = compare(
          { language: pair.left.language, code: sides.left },
          { language: pair.right.language, code: sides.right },
        );
        // A change that still parses is no typo: nothing to tolerate.
        if (result[side].errors.length === 0) continue;
        reported++;
        const want = awayFrom(intact, side, c.line, code);
        const got = awayFrom(result, side, c.line, sides);
        if (JSON.stringify(want) !== JSON.stringify(got)) {
          failures.push(`line ${c.line}: ${c.typo.name}`);
        }
      }
      expect(failures).toEqual([]);
      expect(reported).toBeGreaterThan(0);
    });
  }
});
