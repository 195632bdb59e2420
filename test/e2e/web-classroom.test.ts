/**
 * The web view in the classroom, in real Chromium against the real service: printing (a
 * landscape handout with both programs side by side), the theme toggle, the non-colour cues of
 * every category, and the rough edges of issue 14 (titles after an edit, language names, inline
 * code, clear pages for a damaged link or an unknown snippet, search, key hints, badge order).
 * Screenshots and PDFs go to test-results/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { startServer, type ServerHandle } from '../../src/server/serve.js';
import { CATEGORIES, CATEGORY_ORDER } from '../../src/concepts.js';
import { categoryClass } from '../../web/src/categories.js';
import {
  chromiumAvailable,
  ensureWebBuilt,
  launchChromium,
  openPage,
  waitForRender,
} from './browser.js';

const RESULTS = join(PACKAGE_ROOT, 'test-results');

/** A4 landscape less print.css's page margins (10 mm × 12 mm), in CSS pixels (96 per inch). */
const PRINT_AREA = {
  width: Math.round(((297 - 24) / 25.4) * 96),
  height: Math.round(((210 - 20) / 25.4) * 96),
};

/** The pages of a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe.skipIf(!chromiumAvailable())('web view in the classroom', () => {
  let server: ServerHandle;
  let browser: Browser;
  let problems: string[][] = [];
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    browser = await launchChromium();
    mkdirSync(RESULTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    expect(problems.flat()).toEqual([]);
    problems = [];
  });

  async function open(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
    const opened = await openPage(browser, options);
    closers.push(opened.close);
    problems.push(opened.problems);
    await opened.page.goto(server.url + path);
    await waitForRender(opened.page);
    return opened.page;
  }

  /** Under print media: is every aligned row's pair of cells on one line, left before right? */
  async function printLayout(page: Page) {
    return page.evaluate(() => {
      const visible = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden',
        ).length;
      const box = (e: Element) => e.getBoundingClientRect();
      const heads = [
        ...document.querySelectorAll('#comparison .head-left, #comparison .head-right'),
      ];
      const rows = [...document.querySelectorAll<HTMLElement>('#comparison .code.side-left')].map(
        (left) => {
          // The right-hand cell of the same grid row is three cells further on.
          let right: Element | null = left;
          for (let i = 0; i < 3 && right; i++) right = right.nextElementSibling;
          return { left: box(left), right: right ? box(right) : null };
        },
      );
      return {
        hidden: {
          library: visible('#library'),
          toolbar: visible('.toolbar'),
          checkboxes: visible('input[type="checkbox"]'),
          nav: visible('.differences-nav'),
        },
        headsShareRow:
          heads.length === 2 &&
          Math.abs(box(heads[0]!).top - box(heads[1]!).top) < 1 &&
          box(heads[0]!).right <= box(heads[1]!).left,
        rowsSideBySide: rows.every(
          (r) =>
            r.right !== null &&
            Math.abs(r.left.top - r.right.top) < 1 &&
            r.left.right <= r.right.left,
        ),
        rows: rows.length,
        paneWidths: [box(heads[0]!).width, box(heads[1]!).width],
        explanations: visible('.difference-explanation'),
        codeSizePx: parseFloat(
          getComputedStyle(document.querySelector('#comparison .code')!).fontSize,
        ),
      };
    });
  }

  describe('printing', () => {
    for (const id of ['control-flow/odd-even', 'classes/inheritance']) {
      it(`prints ${id} on A4 landscape, both programs side by side, no chrome`, async () => {
        const page = await open(`/?snippet=${id}`, { viewport: PRINT_AREA });
        const differences = await page.locator('#difference-list > li').count();
        const pdf = await page.pdf({
          format: 'A4',
          landscape: true,
          preferCSSPageSize: true,
          printBackground: true,
        });
        const name = id.replace('/', '-');
        writeFileSync(join(RESULTS, `print-${name}.pdf`), pdf);
        await page.emulateMedia({ media: 'print' });
        const layout = await printLayout(page);
        expect(layout.hidden).toEqual({ library: 0, toolbar: 0, checkboxes: 0, nav: 0 });
        expect(layout.headsShareRow).toBe(true);
        expect(layout.rowsSideBySide).toBe(true);
        expect(layout.rows).toBeGreaterThan(5);
        expect(layout.explanations).toBe(differences);
        // Readable: 9.5 pt code, and each pane at least a third of the page.
        expect(layout.codeSizePx).toBeGreaterThanOrEqual(12);
        for (const width of layout.paneWidths) expect(width).toBeGreaterThan(PRINT_AREA.width / 3);
        await page.screenshot({ path: join(RESULTS, `print-${name}.png`), fullPage: true });
        const pages = pdfPageCount(pdf);
        expect(pages).toBeGreaterThanOrEqual(1);
        if (id === 'classes/inheritance') expect(pages).toBeLessThanOrEqual(2);
        if (id === 'control-flow/odd-even') expect(pages).toBe(1);
      });
    }

    it('keeps the panes side by side on paper narrower than a screen layout allows, in dark mode too', async () => {
      // A4 portrait's width: on a screen this width stacks the panes; on paper it must not.
      const page = await open('/?snippet=classes/inheritance', {
        viewport: { width: 720, height: 1000 },
        colorScheme: 'dark',
      });
      await page.emulateMedia({ media: 'print' });
      const layout = await printLayout(page);
      expect(layout.rowsSideBySide).toBe(true);
      // Paper is white: the dark palette is for screens.
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector('#comparison')!).backgroundColor,
      );
      expect(background).toBe('rgb(255, 255, 255)');
      // …and its text the light theme's dark ink, also where the picker chose dark.
      const ink = () => page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color);
      expect(await ink()).toBe('rgb(27, 34, 48)');
      await page.emulateMedia({ media: 'screen' });
      await page.getByLabel('Theme').selectOption('dark');
      await page.emulateMedia({ media: 'print' });
      expect(await ink()).toBe('rgb(27, 34, 48)');
    });
  });
  describe('theme', () => {
    const background = (page: Page) =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const LIGHT_BG = 'rgb(245, 244, 239)';
    const DARK_BG = 'rgb(17, 20, 25)';

    it('follows the system by default, and a labelled picker chooses light or dark, remembered', async () => {
      const page = await open('/', { colorScheme: 'light' });
      const picker = page.getByLabel('Theme');
      expect(await picker.inputValue()).toBe('system');
      expect(await background(page)).toBe(LIGHT_BG);

      await picker.selectOption('dark');
      expect(await background(page)).toBe(DARK_BG);
      await page.screenshot({ path: join(RESULTS, 'theme-dark-chosen.png') });
      await page.reload();
      await waitForRender(page);
      expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
      expect(await background(page)).toBe(DARK_BG);

      // Back to the system's setting, which follows the system as it changes.
      await page.getByLabel('Theme').selectOption('system');
      expect(await background(page)).toBe(LIGHT_BG);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(page)).toBe(DARK_BG);
      await page.reload();
      await waitForRender(page);
      expect(await page.evaluate(() => localStorage.getItem('juxta.theme'))).toBeNull();
    });

    it('chooses light on a dark system, editors included', async () => {
      const page = await open('/', { colorScheme: 'dark' });
      expect(await background(page)).toBe(DARK_BG);
      await page.getByLabel('Theme').selectOption('light');
      expect(await background(page)).toBe(LIGHT_BG);
      await page.click('#edit-toggle');
      const editor = page.locator('.editor-column.side-left .cm-content');
      await editor.waitFor();
      // The editors sit in shadow roots; the theme reaches them through inheritance.
      const text = await editor.evaluate((e) => getComputedStyle(e).color);
      expect(text).toBe('rgb(27, 34, 48)');
    });
  });
  describe('telling categories apart without colour', () => {
    it('draws every category with its own line style, position and weight, computed in the page', async () => {
      const page = await open('/');
      const categories = [...CATEGORY_ORDER, 'a-category-from-the-future'];
      const styles = await page.evaluate((classes) => {
        const probe = document.createElement('div');
        probe.className = 'code side-left';
        document.getElementById('comparison')!.append(probe);
        return classes.map((className) => {
          const mark = document.createElement('mark');
          mark.className = `tok diff ${className}`;
          mark.textContent = '(';
          probe.append(mark);
          const style = getComputedStyle(mark);
          return {
            line: style.textDecorationLine,
            style: style.textDecorationStyle,
            thickness: style.textDecorationThickness,
            offset: style.textUnderlineOffset,
          };
        });
      }, categories.map(categoryClass));
      for (const s of styles) {
        expect(s.line).not.toBe('none');
        // None faint: at least 2 px, 3 px for a dotted line (one-character marks such as `(`).
        expect(parseFloat(s.thickness)).toBeGreaterThanOrEqual(s.style === 'dotted' ? 3 : 2);
      }
      const keys = styles.map((s) => `${s.line}|${s.style}|${s.thickness}|${s.offset}`);
      expect(new Set(keys).size, keys.join('\n')).toBe(categories.length);
    });

    it("names the category on hover and in each badge's accessible name, badges in number order", async () => {
      const page = await open('/?snippet=classes/inheritance');
      const names = new Map(Object.entries(CATEGORIES).map(([id, info]) => [id, info.name]));
      const items = await page.$$eval('#difference-list > li', (lis) =>
        lis.map((li) => li.dataset.diff ?? ''),
      );
      const numberOf = new Map(items.map((id, i) => [id, i + 1]));
      const badges = await page.$$eval('#comparison .code', (cells) =>
        cells.map((cell) =>
          [...cell.querySelectorAll<HTMLElement>('.badge')].map((b) => ({
            id: b.dataset.diff ?? '',
            text: b.textContent,
            role: b.getAttribute('role'),
            label: b.getAttribute('aria-label'),
            title: b.title,
            category: [...b.classList].find((c) => c.startsWith('cat-'))!.slice(4),
            hidden: b.closest('[aria-hidden="true"]') !== null,
          })),
        ),
      );
      const all = badges.flat();
      expect(all.length).toBeGreaterThan(20);
      for (const badge of all) {
        const number = numberOf.get(badge.id)!;
        const name = names.get(badge.category)!;
        expect(badge.text).toBe(String(number));
        expect(badge.role).toBe('img');
        expect(badge.label).toBe(`Difference ${number}, ${name}`);
        expect(badge.title).toBe(name);
        expect(badge.hidden).toBe(false);
      }
      // Python's line 2, `def __init__(self, name):`, holds three differences: listed 1 2 3 order.
      for (const line of badges) {
        const numbers = line.map((b) => Number(b.text));
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }
      expect(badges.some((line) => line.length >= 3)).toBe(true);
      // Every marked token names its category and its number on hover.
      const marks = await page.$$eval('#comparison mark.diff', (ms) =>
        ms.map((m) => ({
          title: (m as HTMLElement).title,
          ids: (m as HTMLElement).dataset.diff ?? '',
        })),
      );
      for (const mark of marks) {
        const id = mark.ids.split(' ')[0]!;
        expect(mark.title).toMatch(new RegExp(`\\(difference ${numberOf.get(id)}\\)$`));
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`saves a grayscale screenshot (${scheme}) where only the cues tell categories apart`, async () => {
        const page = await open('/?snippet=classes/inheritance', {
          colorScheme: scheme,
          viewport: { width: 1280, height: 1100 },
        });
        await page.evaluate(() => {
          document.documentElement.style.filter = 'grayscale(1)';
        });
        await page.locator('#comparison').screenshot({
          path: join(RESULTS, `cues-grayscale-${scheme}.png`),
        });
        await page.locator('#legend').screenshot({
          path: join(RESULTS, `cues-grayscale-legend-${scheme}.png`),
        });
      });
    }
  });
});
