/**
 * Comparisons reuse their syntax and concept nodes and many of their lists (src/engine/arena.ts).
 * A result must never share anything with those pools: the next comparison, and one that fails
 * halfway, must leave an earlier result exactly as it was, and whatever ran before must not show
 * in the next one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ListPool, withArena } from '../../src/engine/arena.js';
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
    const nested = withArena('ruby python', (outer) => {
      const node = outer.syntax.take();
      node.type = 'held by the outer comparison';
      const inner = JSON.stringify(run(LESSON.ruby, LESSON.python));
      expect(node.type).toBe('held by the outer comparison');
      return inner;
    });
    expect(nested).toBe(expected);
  });

  it('hands each pair of languages the arena it used last, for up to three pairs', () => {
    const arenaOf = (pair: string) => withArena(pair, (arena) => arena);
    const rubyPython = arenaOf('ruby python');
    const javaRuby = arenaOf('java ruby');
    const pythonRuby = arenaOf('python ruby');
    expect(new Set([rubyPython, javaRuby, pythonRuby]).size).toBe(3);
    expect(arenaOf('ruby python')).toBe(rubyPython);
    expect(arenaOf('python ruby')).toBe(pythonRuby);
    expect(arenaOf('java ruby')).toBe(javaRuby);
    // A fourth pair takes the arena used longest ago (Ruby–Python's), and keeps it.
    const elixirRuby = arenaOf('elixir ruby');
    expect(elixirRuby).toBe(rubyPython);
    expect(arenaOf('elixir ruby')).toBe(elixirRuby);
  });

  it('gives every fixture pair the same answer, whatever was compared before', () => {
    const dir = new URL('../fixtures/', import.meta.url);
    const pairs = readdirSync(dir).map((name) => {
      const files = readdirSync(new URL(`${name}/`, dir));
      const read = (ext: string) => {
        const file = files.find((f) => f.endsWith(ext));
        return file ? fixture(`${name}/${file}`) : '';
      };
      return { name, ruby: read('.rb'), python: read('.py') };
    });
    expect(pairs.length).toBeGreaterThan(10);
    const answers = new Map(pairs.map((p) => [p.name, JSON.stringify(run(p.ruby, p.python))]));
    // Backwards, with the sides swapped in between, so that every pooled list is refilled by
    // different code before it is used again.
    for (const p of [...pairs].reverse()) {
      run(p.python, p.ruby);
      expect(JSON.stringify(run(p.ruby, p.python)), p.name).toBe(answers.get(p.name));
    }
  });
});

describe('ListPool', () => {
  it('hands out an array of the asked length, and the same ones again after reset', () => {
    const pool = new ListPool<number>();
    const a = pool.alloc(3, 0);
    const b = pool.alloc(3, 0);
    const c = pool.alloc(2, 0);
    expect([a.length, b.length, c.length]).toEqual([3, 3, 2]);
    expect(a).not.toBe(b);
    pool.reset();
    expect(pool.alloc(3, 0)).toBe(a);
    expect(pool.alloc(2, 0)).toBe(c);
    expect(pool.alloc(3, 0)).toBe(b);
  });

  it('copies from a source with take', () => {
    const pool = new ListPool<string>();
    const first = pool.take(2, ['a', 'b', 'c', 'd'], 1);
    expect(first).toEqual(['b', 'c']);
    pool.reset();
    const again = pool.take(2, ['x', 'y'], 0);
    expect(again).toBe(first);
    expect(again).toEqual(['x', 'y']);
  });

  it('drops every array it kept when reset to forget', () => {
    const pool = new ListPool<number>();
    const kept = pool.alloc(2, 0);
    pool.reset(true);
    expect(pool.alloc(2, 0)).not.toBe(kept);
  });

  it('makes long arrays afresh every time instead of keeping them', () => {
    const pool = new ListPool<number>();
    const long = pool.alloc(1000, 7);
    expect(long).toHaveLength(1000);
    pool.reset();
    expect(pool.alloc(1000, 7)).not.toBe(long);
  });
});
