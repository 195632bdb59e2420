// Issue 13's "Must show" on the lesson's odd/even, written in all five languages: every pair
// compares from the command line, in either order, with each difference specific; three at once
// put Ruby's `end` and JavaScript's closing `}` on one row, Python's cell empty.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { languageForFile } from '../../src/languages/registry.js';
import { verdictOf } from '../../src/library/quality.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';
import type { CompareManyResult, CompareResult } from '../../src/types.js';

const LESSON = join(DEFAULT_SNIPPETS_DIR, 'control-flow', 'odd-even');
const programs = readdirSync(LESSON).filter((name) => languageForFile(name));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

it('has the lesson in all five languages', () => {
  expect(programs.map((p) => languageForFile(p)?.id).sort()).toEqual([
    'elixir',
    'java',
    'javascript',
    'python',
    'ruby',
  ]);
});

describe('every pair of the lesson compares, in either order', () => {
  for (const a of programs) {
    for (const b of programs) {
      if (a === b) continue;
      it(`${a} against ${b}`, async () => {
        const { status, stdout, stderr } = await run([
          'compare',
          join(LESSON, a),
          join(LESSON, b),
          '--format',
          'json',
        ]);
        expect(stderr).toBe('');
        expect(status).toBe(0);
        const result = JSON.parse(stdout) as CompareResult;
        expect(result.left.errors).toEqual([]);
        expect(result.right.errors).toEqual([]);
        expect(result.differences.length).toBeGreaterThan(0);
        for (const d of result.differences) {
          expect(verdictOf(d), `${d.summary} ${d.explanation}`).toBe('specific');
        }
      });
    }
  }
});

it('three at once: Ruby’s end and JavaScript’s closing } on one row, Python’s cell empty', async () => {
  const files = ['main.rb', 'main.py', 'main.js'].map((name) => join(LESSON, name));
  const { status, stdout } = await run(['compare', ...files, '--format', 'json']);
  expect(status).toBe(0);
  const result = JSON.parse(stdout) as CompareManyResult;
  expect(result.sides.map((s) => s.language)).toEqual(['ruby', 'python', 'javascript']);
  // One row per line, three columns.
  expect(result.rows.map((r) => r.lines)).toEqual([
    [1, 1, 1],
    [2, 2, 2],
    [3, 3, 3],
    [4, 4, 4],
    [5, 5, 5],
    [6, 6, 6],
    [7, null, 7],
  ]);
  expect(result.differences.map((d) => d.summary)).toContain(
    'Ruby writes `end` on line 7; JavaScript writes `}` on lines 5 and 7; Python does not.',
  );
});
