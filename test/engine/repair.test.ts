// Typo repair: bugs found in review, each with the test that would have caught it.
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
