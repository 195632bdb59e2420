/**
 * What the end-to-end tests share: Debian's Chromium driven by playwright-core, the web view built
 * with Vite when `dist/web` is missing or older than `web/`, and the real service on a free port.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../bench/chromium.js';
import { PACKAGE_ROOT, WEB_DIST_DIR } from '../../src/paths.js';

export { CHROMIUM_PATH, launchChromium } from '../../bench/chromium.js';

/**
 * Whether the browser tests can run here. Without Chromium they are skipped locally with a message
 * saying how to install it; under CI (`CI=true`) a missing Chromium is a failure, never a skip.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium is not at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI === 'true')
    throw new Error(`${message} The web view's end-to-end tests must run in CI.`);
  console.warn(`Skipping the web view's end-to-end tests. ${message}`);
  return false;
}

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds the web view unless `dist/web` is newer than every file it is built from. */
export async function ensureWebBuilt(): Promise<void> {
  const index = join(WEB_DIST_DIR, 'index.html');
  const sources = [
    join(PACKAGE_ROOT, 'web'),
    join(PACKAGE_ROOT, 'vite.config.ts'),
    join(PACKAGE_ROOT, 'src', 'concepts.ts'),
    join(PACKAGE_ROOT, 'src', 'types.ts'),
  ];
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const { build } = await import('vite');
  await build({ configFile: join(PACKAGE_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

/** A page whose console errors, uncaught exceptions and failed requests are collected. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems, close: () => context.close() };
}

/** Waits until the page has drawn a comparison more recent than `after` renders. */
export async function waitForRender(page: Page, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const renders = Number(document.documentElement.dataset.renders ?? 0);
      return renders > n ? renders : false;
    },
    after,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

export async function renders(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.renders ?? 0));
}
