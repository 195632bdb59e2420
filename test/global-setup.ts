/**
 * Vitest's global setup: builds `dist/` when it is older than the sources, so that no test runs
 * stale code. Tests do run built code: the compare threads load `dist/src/server/compare-worker.js`
 * and the built engine, the CLI tests run `bin/juxta.js` (which loads `dist/src/cli`), the
 * browser tests load `dist/web`. `npm test` builds first (`pretest`); then this finds `dist/`
 * fresh and does nothing. `npx vitest` after a change gets the build it needs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every file under `dir`, as absolute paths. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function modified(file: string): number {
  return statSync(file).mtimeMs;
}

/**
 * The first source (relative to `root`) that changed after it was last built, or whose built
 * file is missing; `undefined` when `dist/` is up to date. tsc builds `src/` and `bench/` file for
 * file into `dist/`; vite builds `web/` (with `vite.config.ts`) into `dist/web`, whose
 * `index.html` it writes on every build.
 */
export function staleSource(root: string): string | undefined {
  for (const dir of ['src', 'bench']) {
    for (const source of filesUnder(join(root, dir))) {
      if (!source.endsWith('.ts') || source.endsWith('.d.ts')) continue;
      const built = join(root, 'dist', relative(root, source).replace(/\.ts$/, '.js'));
      if (!existsSync(built) || modified(built) < modified(source)) return relative(root, source);
    }
  }
  const page = join(root, 'dist', 'web', 'index.html');
  const webSources = [...filesUnder(join(root, 'web')), join(root, 'vite.config.ts')].filter(
    (file) => existsSync(file),
  );
  if (webSources.length === 0) return undefined;
  const pageTime = existsSync(page) ? modified(page) : -Infinity;
  const newer = webSources.find((file) => modified(file) > pageTime);
  return newer === undefined ? undefined : relative(root, newer);
}

export default function setup(): void {
  const stale = staleSource(ROOT);
  if (stale === undefined) return;
  console.log(`dist/ is older than ${stale}: building it (npm run build) before the tests run.`);
  try {
    execFileSync('npm', ['run', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `npm run build failed, and the tests would run the stale code in dist/; fix the build ` +
        `and run them again.\n${stdout}${stderr}`,
      { cause: error },
    );
  }
  const still = staleSource(ROOT);
  if (still !== undefined) {
    throw new Error(`npm run build ran, but dist/ is still older than ${still}.`);
  }
}
