// A grammar loads only when its language is first used: a process comparing Ruby and Python never
// loads another language's parser (each is a native module of a few MB).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const INDEX = fileURLToPath(new URL('../../dist/src/index.js', import.meta.url));

/** The tree-sitter grammar packages a fresh process has loaded after comparing `a` with `b`. */
async function grammarsLoadedBy(a: string, b: string): Promise<string[]> {
  const script = `
    import { createRequire } from 'node:module';
    const { compare } = await import(${JSON.stringify(INDEX)});
    compare({ language: '${a}', code: 'x = 1\\n' }, { language: '${b}', code: 'x = 1\\n' });
    const cache = createRequire(import.meta.url).cache;
    const loaded = Object.keys(cache).flatMap((k) => k.match(/node_modules\\/(tree-sitter-[a-z]+)\\//)?.[1] ?? []);
    console.log(JSON.stringify([...new Set(loaded)].sort()));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--input-type=module',
    '-e',
    script,
  ]);
  return JSON.parse(stdout) as string[];
}

it('loads only the grammars of the languages compared', async () => {
  expect(await grammarsLoadedBy('ruby', 'python')).toEqual([
    'tree-sitter-python',
    'tree-sitter-ruby',
  ]);
  expect(await grammarsLoadedBy('ruby', 'ruby')).toEqual(['tree-sitter-ruby']);
});
