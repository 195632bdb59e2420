/**
 * The web view's performance budget: page weight (JS and CSS of dist/web, gzipped) and the time
 * from navigation to the first rendered comparison of the lesson's pair in headless Chromium
 * (median of several cold loads), in the read view and in presentation mode (`?mode=present`,
 * where the code is also sized to fit the screen). Run after `npm run build`: `npm run bench:web`
 * (`-- --runs 15`, `-- --json`, `-- --check` to exit 1 when a target is missed).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, launchChromium } from './chromium.js';
import { WEB_DIST_DIR } from '../src/paths.js';
import { startServer } from '../src/server/serve.js';

const TARGET_WEIGHT_KB = 150;
const TARGET_FIRST_RENDER_MS = 500;

interface Asset {
  file: string;
  bytes: number;
  gzipped: number;
  /** Loaded with the page (linked from index.html) rather than on demand (the editor). */
  initial: boolean;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function measureWeight(dir: string): Asset[] {
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  return listFiles(dir)
    .filter((path) => ['.js', '.css'].includes(extname(path)))
    .map((path) => {
      const content = readFileSync(path);
      const file = relative(dir, path).split('\\').join('/');
      return {
        file,
        bytes: content.length,
        gzipped: gzipSync(content, { level: 9 }).length,
        initial: index.includes(`/${file}`),
      };
    });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** What is timed: a page of the service and the performance mark it sets once it is drawn. */
interface View {
  path: string;
  mark: string;
}

const READ_VIEW: View = { path: '/', mark: 'juxta:first-comparison' };
const PRESENTATION: View = {
  path: '/?snippet=control-flow/odd-even&mode=present',
  mark: 'juxta:first-presentation',
};

/** Milliseconds from navigation start to the view's performance mark, per load. */
async function measureFirstRender(runs: number, view: View): Promise<number[]> {
  const service = await startServer({ port: 0, host: '127.0.0.1', logger: false });
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    // One warm-up load first: it pays for Chromium's own start-up, not for Juxta.
    for (let run = 0; run <= runs; run++) {
      // A fresh context per load: an empty cache, as for a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${service.url}${view.path}`);
      try {
        await page.waitForFunction(
          (mark) => performance.getEntriesByName(mark).length > 0,
          view.mark,
          { timeout: 15_000 },
        );
      } catch {
        const status = await page.textContent('#status').catch(() => null);
        throw new Error(
          `The page drew no comparison within 15 s${status ? `; it says: ${status}` : ''}.`,
        );
      }
      const ms = await page.evaluate(
        (mark) => performance.getEntriesByName(mark)[0]!.startTime,
        view.mark,
      );
      if (run > 0) times.push(ms);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await service.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? 9 : Number(args[runsAt + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1.');
  if (!existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(
      `The web view is not built (no ${WEB_DIST_DIR}/index.html): run npm run build.`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}: install it or set CHROMIUM_PATH.`);
  }

  const assets = measureWeight(WEB_DIST_DIR);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const totalKb = kb(assets.reduce((sum, a) => sum + a.gzipped, 0));
  const initialKb = kb(assets.filter((a) => a.initial).reduce((sum, a) => sum + a.gzipped, 0));
  const times = await measureFirstRender(runs, READ_VIEW);
  const firstRenderMs = Math.round(median(times));
  const presentTimes = await measureFirstRender(runs, PRESENTATION);
  const presentMs = Math.round(median(presentTimes));
  // Timings depend on how busy the machine is; say so next to them.
  const machine = { cpus: cpus().length, loadAverage: loadavg()[0]!.toFixed(2) };
  const report = {
    machine,
    weight: { totalKb, initialKb, targetKb: TARGET_WEIGHT_KB, assets },
    firstRender: {
      medianMs: firstRenderMs,
      runsMs: times.map(Math.round),
      targetMs: TARGET_FIRST_RENDER_MS,
    },
    // Presentation mode is held to the read view's budget.
    firstPresentation: {
      medianMs: presentMs,
      runsMs: presentTimes.map(Math.round),
      targetMs: TARGET_FIRST_RENDER_MS,
    },
  };
  const ok =
    totalKb <= TARGET_WEIGHT_KB &&
    firstRenderMs <= TARGET_FIRST_RENDER_MS &&
    presentMs <= TARGET_FIRST_RENDER_MS;

  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const verdict = (good: boolean) => (good ? 'within target' : 'OVER TARGET');
    console.log(`Juxta web view (${machine.cpus} CPUs, load average ${machine.loadAverage})`);
    for (const a of assets) {
      const when = a.initial ? 'with the page' : 'on demand';
      console.log(
        `  ${a.file.padEnd(34)} ${String(kb(a.gzipped)).padStart(6)} KB gzipped  (${when})`,
      );
    }
    console.log(
      `  page weight, JS + CSS gzipped: ${totalKb} KB in all, ${initialKb} KB with the page` +
        ` (target ≤ ${TARGET_WEIGHT_KB} KB: ${verdict(totalKb <= TARGET_WEIGHT_KB)})`,
    );
    console.log(
      `  navigation → first comparison of the lesson's pair: median ${firstRenderMs} ms of ${runs}` +
        ` cold loads [${report.firstRender.runsMs.join(', ')}]` +
        ` (target ≤ ${TARGET_FIRST_RENDER_MS} ms: ${verdict(firstRenderMs <= TARGET_FIRST_RENDER_MS)})`,
    );
    console.log(
      `  navigation → first presentation (?mode=present, sized to fit): median ${presentMs} ms of ${runs}` +
        ` cold loads [${report.firstPresentation.runsMs.join(', ')}]` +
        ` (target ≤ ${TARGET_FIRST_RENDER_MS} ms: ${verdict(presentMs <= TARGET_FIRST_RENDER_MS)})`,
    );
  }
  if (args.includes('--check') && !ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
