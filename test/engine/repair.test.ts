// Typo repair: bugs found in review, each with the test that would have caught it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { checkInvariants } from './invariants.js';

describe('repairing a typo', () => {
  it('adds the missing `:` after a name that ends like `then` or `do`, never cuts the name', () => {
    for (const name of ['strengthen', 'todo', 'undo']) {
      const rb = `if x == ${name}\n  puts 1\nend\n`;
      const py = `if x == ${name}\n    print(1)\n`;
      const result = compare({ language: 'ruby', code: rb }, { language: 'python', code: py });
      checkInvariants(result, rb, py);
      expect(result.right.tokens.map((t) => t.text)).toContain(name);
      // The name reads the same on both sides: no difference names it.
      const named = result.differences.filter((d) =>
        d.right.some((t) => t.text.includes(name.slice(0, 3))),
      );
      expect(named).toEqual([]);
    }
  });

  it('shows a written line once where the repair broke it in two', () => {
    // Found by the Elixir property test: a string's closing `"` and the line break after it cut
    // out, so `"paid #{amount}  end` is one written line, and two once repaired.
    const read = (file: string) =>
      readFileSync(
        new URL(`../fixtures/elixir-raise-rescue-python/${file}`, import.meta.url),
        'utf8',
      );
    const ex = read('left.exs').replace('"paid #{amount}"\n', '"paid #{amount}');
    const py = read('right.py');
    expect(ex).not.toBe(read('left.exs'));
    for (const [left, right] of [
      [
        { language: 'elixir', code: ex },
        { language: 'python', code: py },
      ],
      [
        { language: 'python', code: py },
        { language: 'elixir', code: ex },
      ],
    ] as const) {
      const result = compare(left, right);
      checkInvariants(result, left.code, right.code);
    }
  });

  it('says a mark the typo left out is only on the other side, not "changed" against nothing', () => {
    const rb = 'if x then\n  puts 1\nend\n';
    const py = 'if x\n    print(1)\n';
    const result = compare({ language: 'ruby', code: rb }, { language: 'python', code: py });
    checkInvariants(result, rb, py);
    const then = result.differences.find((d) => d.left.some((t) => t.text === 'then'));
    expect(then?.kind).toBe('left-only');
    expect(then?.summary).not.toContain('``');
  });
});
