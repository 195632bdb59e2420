/**
 * Comparisons reuse their syntax and concept nodes (src/engine/arena.ts). A result must never
 * share anything with those pools: the next comparison, and one that fails halfway, must leave
 * an earlier result exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withArena } from '../../src/engine/arena.js';
import { compare } from '../../src/index.js';

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const LESSON = {
  ruby: fixture('lesson-odd-even/left.rb'),
  python: fixture('lesson-odd-even/right.py'),
};

const run = (ruby: string, python: string) =>
  compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });

describe('the node arena', () => {
  it('later comparisons leave an earlier result untouched', () => {
    const first = run(LESSON.ruby, LESSON.python);
    const before = JSON.stringify(first);
    // Other code, bigger and smaller, reuses (and outgrows) the same pooled nodes.
    run(LESSON.python.repeat(40), LESSON.ruby.repeat(40));
    run('x = 1', 'x = 1');
    run('def f(:', 'if x\n');
    expect(JSON.stringify(first)).toBe(before);
    // And comparing the same code again gives the same answer.
    expect(JSON.stringify(run(LESSON.ruby, LESSON.python))).toBe(before);
  });

  it('a comparison that runs out of time leaves the arena fit for the next', () => {
    const expected = JSON.stringify(run(LESSON.ruby, LESSON.python));
    const big = LESSON.ruby.repeat(3000);
    expect(() =>
      compare({ language: 'ruby', code: big }, { language: 'ruby', code: big }, { timeoutMs: 1 }),
    ).toThrow(/too complex/i);
    expect(JSON.stringify(run(LESSON.ruby, LESSON.python))).toBe(expected);
  });

  it('a comparison started inside another gets an arena of its own', () => {
    const expected = JSON.stringify(run(LESSON.ruby, LESSON.python));
    const nested = withArena((outer) => {
      const node = outer.syntax.take();
      node.type = 'held by the outer comparison';
      const inner = JSON.stringify(run(LESSON.ruby, LESSON.python));
      expect(node.type).toBe('held by the outer comparison');
      return inner;
    });
    expect(nested).toBe(expected);
  });
});
