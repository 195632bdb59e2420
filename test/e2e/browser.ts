/**
 * What the end-to-end tests share: Debian's Chromium driven by playwright-core, the web view built
 * with Vite when `dist/web` is missing or older than `web/`, the real service on a free port, and
 * the accessibility audit (axe-core) that every mode's tests run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer, type ServerHandle } from '../../src/server/serve.js';
import { CHROMIUM_PATH, launchChromium } from '../../bench/chromium.js';
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
    // The export menu bundles the CLI's presenters.
    join(PACKAGE_ROOT, 'src', 'present'),
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

/** What a describe block of browser tests shares: the real service, one Chromium, `open`. */
export interface WebViewSession {
  server: ServerHandle;
  browser: Browser;
  /** Opens a path of the service in a fresh page and waits for its first comparison. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /** Closes a page the test opened itself after the test, without holding its console to account. */
  closeAfter(close: () => Promise<void>): void;
  /** The console problems of the page opened last (a test may take out the ones it expects). */
  lastProblems(): string[];
}

/**
 * Starts the service and Chromium for the describe block it is called in, closes every page a
 * test opened after it, and holds every test to a clean console: no CSP violation, no uncaught
 * error, no failed request.
 */
export function webViewSession(): WebViewSession {
  let problems: string[][] = [];
  const closers: (() => Promise<void>)[] = [];
  const session = {
    async open(path: string, options: BrowserContextOptions = {}) {
      const opened = await openPage(session.browser, options);
      closers.push(opened.close);
      problems.push(opened.problems);
      await opened.page.goto(session.server.url + path);
      await waitForRender(opened.page);
      return opened.page;
    },
    closeAfter(close: () => Promise<void>) {
      closers.push(close);
    },
    lastProblems() {
      return problems.at(-1) ?? [];
    },
  } as WebViewSession;
  beforeAll(async () => {
    await ensureWebBuilt();
    session.server = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    expect(problems.flat()).toEqual([]);
    problems = [];
  });
  return session;
}

/** One rule the audit found broken, with where: enough for a failing test to say what to fix. */
export interface AccessibilityProblem {
  rule: string;
  impact: ImpactValue | null | undefined;
  help: string;
  /** CSS selectors of the elements that break it (the first ten). */
  elements: string[];
}

const AUDIT_FAILS: readonly ImpactValue[] = ['serious', 'critical'];
let axeSource: string | undefined;

/**
 * Audits the page as it is now with axe-core (every rule axe runs by default: WCAG 2.x A and AA
 * and its best practices) and returns the serious and critical violations; a test expects none:
 * `expect(await auditAccessibility(page, 'read-view')).toEqual([])`. The whole report goes to
 * `test-results/axe-NAME.json`, the minor and moderate findings included.
 *
 * axe is evaluated over the DevTools protocol rather than added as a <script>: the service's CSP
 * (`script-src 'self'`) refuses injected scripts, and the audit must not loosen the policy the page
 * really runs under. `options` narrows the audit (`{ rules: { … } }`); leave it out to run all.
 */
export async function auditAccessibility(
  page: Page,
  name: string,
  options: RunOptions = {},
): Promise<AccessibilityProblem[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = (await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(
        document,
        runOptions,
      ),
    { ...options, resultTypes: ['violations'] },
  )) as AxeResults;
  const folder = join(PACKAGE_ROOT, 'test-results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `axe-${name}.json`), JSON.stringify(results.violations, null, 2));
  return results.violations
    .filter((violation) => AUDIT_FAILS.includes(violation.impact ?? 'minor'))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.slice(0, 10).map((node) => node.target.join(' ')),
    }));
}

/**
 * Runs in the page: every visible text (code tokens, marks, list, legend, buttons) against the
 * background it is drawn on, composited up the tree. Returns what falls under 4.5:1. `selector`
 * picks the texts (by default the read view's); it is a parameter because the function runs in
 * the page, where nothing from this module is in scope.
 */
export function contrastFailures(selector: string | void): { checked: number; failures: string[] } {
  const texts =
    selector ||
    '#comparison .tok, #comparison mark, #comparison .ln, #comparison .head, .difference-summary, .difference-explanation, .difference-meta, .difference-number, .badge, .legend-item, .btn, .topic a, .subtitle, h1, .library-label, .problem-text, .theme-picker';
  const parse = (color: string): [number, number, number, number] => {
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1]!
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  };
  const over = (top: number[], bottom: number[]) =>
    [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
  const background = (element: Element | null): number[] => {
    const layers: number[][] = [];
    for (let e = element; e; e = e.parentElement) {
      const color = parse(getComputedStyle(e).backgroundColor);
      if (color[3] > 0) layers.push(color);
      if (color[3] >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const failures: string[] = [];
  let checked = 0;
  for (const element of document.querySelectorAll<HTMLElement>(texts)) {
    if (!element.textContent?.trim() || element.getClientRects().length === 0) continue;
    checked += 1;
    const style = getComputedStyle(element);
    const fg = parse(style.color);
    const bg = background(element);
    const text = over(fg, bg);
    const [l1, l2] = [luminance(text), luminance(bg)].sort((a, b) => b - a);
    const ratio = (l1! + 0.05) / (l2! + 0.05);
    if (ratio < 4.5) {
      failures.push(
        `${element.className || element.tagName} "${element.textContent.trim().slice(0, 20)}": ${ratio.toFixed(2)}`,
      );
    }
  }
  return { checked, failures };
}
