/** Where Juxta's own files are, whether running from `src/` (tests) or from `dist/` (built). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Juxta cannot find its own package.json');
    dir = parent;
  }
}

/** The folder holding Juxta's package.json. */
export const PACKAGE_ROOT = findPackageRoot();

/** The bundled snippet library, the service's embedded default. */
export const DEFAULT_SNIPPETS_DIR = join(PACKAGE_ROOT, 'snippets');

/** The built web view (`npm run build` writes it). */
export const WEB_DIST_DIR = join(PACKAGE_ROOT, 'dist', 'web');

/** The built engine's entry, which the service's compare threads load. */
export const ENGINE_MODULE = join(PACKAGE_ROOT, 'dist', 'src', 'index.js');

/**
 * The built script of a compare thread (`src/server/compare-worker.ts`). Threads run built
 * JavaScript, also when the service itself runs from `src/` in the tests.
 */
export const COMPARE_WORKER = join(PACKAGE_ROOT, 'dist', 'src', 'server', 'compare-worker.js');
