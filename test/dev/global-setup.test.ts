// The global setup's freshness check: which source is newer than what was built from it.
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleAddon, staleSource } from '../global-setup.js';
import { makeTemp, removeTemp } from '../server/helpers.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** Writes `files` under a fresh root, each with its modification time in seconds. */
async function tree(files: Record<string, number>): Promise<string> {
  const root = await makeTemp('stale');
  temps.push(root);
  for (const [file, seconds] of Object.entries(files)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), '');
    await utimes(join(root, file), seconds, seconds);
  }
  return root;
}

describe('staleSource', () => {
  it('is undefined when everything was built after its source', async () => {
    const root = await tree({
      'src/engine/compare.ts': 100,
      'src/types.d.ts': 300,
      'dist/src/engine/compare.js': 200,
      'bench/a.ts': 100,
      'dist/bench/a.js': 200,
      'web/src/main.ts': 100,
      'vite.config.ts': 100,
      'dist/web/index.html': 200,
    });
    expect(staleSource(root)).toBeUndefined();
  });

  it('names a source changed after its build, or never built', async () => {
    expect(
      staleSource(await tree({ 'src/engine/compare.ts': 300, 'dist/src/engine/compare.js': 200 })),
    ).toBe(join('src', 'engine', 'compare.ts'));
    expect(staleSource(await tree({ 'bench/new.ts': 100 }))).toBe(join('bench', 'new.ts'));
  });

  it('names a web view source changed after the last vite build', async () => {
    const root = await tree({ 'web/src/main.ts': 300, 'dist/web/index.html': 200 });
    expect(staleSource(root)).toBe(join('web', 'src', 'main.ts'));
  });
});

describe('staleAddon', () => {
  it('is undefined when the tree reader was built after its sources', async () => {
    const root = await tree({
      'native/tree.c': 100,
      'binding.gyp': 100,
      'build/Release/juxta_tree.node': 200,
    });
    expect(staleAddon(root)).toBeUndefined();
  });

  it('names a source changed after the build, or any source when it was never built', async () => {
    const built = { 'build/Release/juxta_tree.node': 200 };
    expect(staleAddon(await tree({ ...built, 'native/tree.c': 300, 'binding.gyp': 100 }))).toBe(
      join('native', 'tree.c'),
    );
    expect(staleAddon(await tree({ ...built, 'native/tree.c': 100, 'binding.gyp': 300 }))).toBe(
      'binding.gyp',
    );
    expect(staleAddon(await tree({ 'native/tree.c': 100 }))).toBe(join('native', 'tree.c'));
  });
});
