/**
 * Vitest's global setup: builds `dist/` when it is older than the sources, and the engine's
 * native tree reader when it is older than `native/` or `binding.gyp`, so that no test runs
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

/** The tree reader's source when it changed after the addon was built (or it was never built). */
export function staleAddon(root: string): string | undefined {
  const addon = join(root, 'build', 'Release', 'juxta_tree.node');
  const built = existsSync(addon) ? modified(addon) : -Infinity;
  const sources = [...filesUnder(join(root, 'native')), join(root, 'binding.gyp')].filter((file) =>
    existsSync(file),
  );
  const newer = sources.find((file) => modified(file) > built);
  return newer === undefined ? undefined : relative(root, newer);
}

/** Runs `npm run <script>`, failing with its output. */
function run(script: string, why: string) {
  console.log(`${why}: building it (npm run ${script}) before the tests run.`);
  try {
    execFileSync('npm', ['run', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `npm run ${script} failed, and the tests would run stale code; fix the build ` +
        `and run them again.\n${stdout}${stderr}`,
      { cause: error },
    );
  }
}

export default function setup(): void {
  const addon = staleAddon(ROOT);
  if (addon !== undefined) run('install', `the tree reader is older than ${addon}`);
  const stale = staleSource(ROOT);
  if (stale === undefined) return;
  run('build', `dist/ is older than ${stale}`);
  const still = staleSource(ROOT);
  if (still !== undefined) {
    throw new Error(`npm run build ran, but dist/ is still older than ${still}.`);
  }
}
