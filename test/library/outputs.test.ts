// The proof of equivalence: every program of the bundled library, run with the real interpreter,
// prints exactly its snippet's output.txt. Without an interpreter the tests of its language are
// skipped with a note, except under CI=true, where a missing interpreter fails the run: CI must prove
// every pair, not skip quietly.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages as registered } from '../../src/languages/registry.js';
import { loadLibrary, programFileName } from '../../src/library/load.js';
import {
  describeMismatch,
  interpreterFor,
  isInstalled,
  programSpec,
  runProgram,
} from '../../src/library/run.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';

const CI = process.env.CI === 'true';
const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);
const languages = [...new Set(snippets.flatMap((s) => s.languages))];
const installed = new Map(
  await Promise.all(languages.map(async (l) => [l, await isInstalled(interpreterFor(l))] as const)),
);

it('has every program of the library to run, in every language', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(40);
  // Every registered language has programs in the library, in the registry's order.
  expect([...languages].sort()).toEqual(registered.map((l) => l.id).sort());
});

// Concurrent: about a hundred interpreter starts, a few at a time (vitest's maxConcurrency).
describe.concurrent('every program prints its output.txt', () => {
  for (const snippet of snippets) {
    for (const language of snippet.languages) {
      const fileName = programFileName(language);
      it(`${snippet.id}/${fileName}`, async ({ skip }) => {
        const command = interpreterFor(language);
        if (!installed.get(language)) {
          const why = `${command} is not installed, so ${fileName} of ${snippet.id} cannot be run`;
          if (CI)
            throw new Error(
              `${why}; CI=true requires every program to run: ${programSpec(language).install}`,
            );
          skip(`${why} (install it to prove the pair equivalent)`);
        }
        const run = await runProgram(
          command,
          fileName,
          join(DEFAULT_SNIPPETS_DIR, snippet.id),
          undefined,
          programSpec(language),
        );
        expect(run.timedOut, `${fileName} did not finish in time`).toBe(false);
        expect(run.exitCode, `${command} ${fileName} failed:\n${run.stderr}`).toBe(0);
        const mismatch = describeMismatch(snippet.expectedOutput, run.stdout);
        expect(run.stdout, `stdout differs from output.txt: ${mismatch}`).toBe(
          snippet.expectedOutput,
        );
      });
    }
  }
});

describe('describeMismatch', () => {
  it('says nothing when the outputs are equal, also with Windows line ends', () => {
    expect(describeMismatch('a\nb\n', 'a\nb\n')).toBeUndefined();
    expect(describeMismatch('a\r\nb\r\n', 'a\nb\n')).toBeUndefined();
  });

  it('names the first line that differs', () => {
    expect(describeMismatch('a\nb\n', 'a\nc\n')).toBe('line 2: expected "b", got "c"');
  });

  it('names a missing or an extra line', () => {
    expect(describeMismatch('a\nb\n', 'a\n')).toBe(
      'line 2: expected "b", got nothing (the output ended)',
    );
    expect(describeMismatch('a\n', 'a\nb\n')).toBe('line 2: expected the output to end, got "b"');
  });

  it('notices a missing final newline', () => {
    expect(describeMismatch('a\n', 'a')).toBe('the last line does not end with a newline');
  });
});
