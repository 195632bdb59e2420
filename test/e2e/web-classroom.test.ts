/**
 * The web view in the classroom, in real Chromium against the real service: printing (a
 * landscape handout with both programs side by side), the theme toggle, the non-colour cues of
 * every category, and the rough edges of issue 14 (titles after an edit, language names, inline
 * code, clear pages for a damaged link or an unknown snippet, search, key hints, badge order).
 * Screenshots and PDFs go to test-results/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { CATEGORIES, CATEGORY_ORDER } from '../../src/concepts.js';
import { CUE_COUNT, categoryClass } from '../../web/src/categories.js';
import { chromiumAvailable, renders, waitForRender, webViewSession } from './browser.js';

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
  const session = webViewSession();
  const open = session.open;
  beforeAll(() => mkdirSync(RESULTS, { recursive: true }));

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
          const right = left.closest('[role="row"]')?.querySelector('.code.side-right') ?? null;
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
        // Chromium repeats a table header group at the top of every page the table runs onto.
        headerRepeats:
          getComputedStyle(document.querySelector('#comparison [role="row"]')!).display ===
          'table-header-group',
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
        expect(layout.headerRepeats).toBe(true);
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

    it('prints the aligned view of what is being edited, not the editors', async () => {
      const page = await open('/', { viewport: PRINT_AREA });
      await page.click('#edit-toggle');
      await page.locator('.editor-column.side-left .cm-content .diff').first().waitFor();
      const seen = await renders(page);
      await page.locator('.editor-column.side-left .cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText('puts "printed"\n');
      await waitForRender(page, seen);
      // What the browser does on Ctrl+P before it lays out the page for print.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.editors').isVisible()).toBe(false);
      const left = await page.$$eval('#comparison .code.side-left[data-line] .text', (cells) =>
        cells.map((c) => c.textContent),
      );
      expect(left.at(-1)).toBe('puts "printed"');
      expect((await printLayout(page)).rowsSideBySide).toBe(true);
    });

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
      /** The computed cue of a mark with these classes, as one comparable string. */
      const cues = (classes: string[]) =>
        page.evaluate((list) => {
          const probe = document.createElement('div');
          probe.className = 'code side-left';
          document.getElementById('comparison')!.append(probe);
          return list.map((className) => {
            const mark = document.createElement('mark');
            mark.className = `tok diff ${className}`;
            mark.textContent = '(';
            probe.append(mark);
            const style = getComputedStyle(mark);
            return {
              style: style.textDecorationStyle,
              thickness: style.textDecorationThickness,
              key: [
                style.textDecorationLine,
                style.textDecorationStyle,
                style.textDecorationThickness,
                style.textUnderlineOffset,
                style.backgroundImage,
              ].join(' | '),
            };
          });
        }, classes);
      const styles = await cues(categories.map(categoryClass));
      for (const s of styles) {
        expect(s.key).not.toMatch(/^none/);
        // None faint: at least 2 px, 3 px for a dotted line (one-character marks such as `(`).
        expect(parseFloat(s.thickness)).toBeGreaterThanOrEqual(s.style === 'dotted' ? 3 : 2);
      }
      const keys = styles.map((s) => s.key);
      expect(new Set(keys).size, keys.join('\n')).toBe(categories.length);
      // And all twenty cues, for the categories still to come.
      const all = await cues(Array.from({ length: CUE_COUNT }, (_, n) => `cat-other cue-${n}`));
      expect(new Set(all.map((s) => s.key)).size).toBe(CUE_COUNT);
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
  describe('rough edges', () => {
    const BROKEN_PYTHON =
      'age = 12\n\nif age % 2 == 1\n    print("age is odd")\nelse:\n    print("age is even")\n';

    it("drops the library's title and notes once the code is edited, naming the languages", async () => {
      const page = await open('/');
      expect(await page.textContent('h1')).toContain('Odd or even');
      expect(await page.locator('#notes').isVisible()).toBe(true);
      await page.click('#edit-toggle');
      await page.locator('.editor-column.side-left .cm-content .diff').first().waitFor();
      const seen = await renders(page);
      await page.locator('.editor-column.side-left .cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText('puts age\n');
      await waitForRender(page, seen);
      expect(await page.textContent('h1')).toBe('Your edit');
      expect(await page.textContent('#subtitle')).toBe(
        "Ruby and Python, edited from “Odd or even (the lesson's example)”",
      );
      expect(await page.locator('#notes').isVisible()).toBe(false);
      expect(await page.title()).toContain('Your edit');
    });

    it('names the languages of a shared link from the API, not by their ids', async () => {
      const code = Buffer.from('puts 1\n').toString('base64url');
      const page = await open(`/#l=ruby&lc=${code}&r=ruby&rc=${code}`);
      expect(await page.textContent('#subtitle')).toBe('Ruby and Ruby, from a shared link');
    });

    it('renders inline code in error messages as code, in the read view and the editor', async () => {
      const hash = `#l=ruby&lc=${Buffer.from('puts 1\n').toString('base64url')}&r=python&rc=${Buffer.from(BROKEN_PYTHON).toString('base64url')}`;
      const page = await open(`/${hash}`);
      const message = page.locator('#comparison .error-message');
      expect(await message.textContent()).not.toContain('`');
      expect(await message.locator('code').allTextContents()).toContain(':');
      await page.click('#edit-toggle');
      const inEditor = page.locator('.editor-column.side-right .cm-error-message');
      await expect.poll(() => inEditor.locator('code').count()).toBeGreaterThan(0);
      expect(await inEditor.textContent()).not.toContain('`');
      // Summaries and explanations too.
      expect(await page.locator('#difference-list').textContent()).not.toContain('`');
    });

    /** Drops the expected 404 of an unknown snippet from the page's console problems. */
    function expect404(): void {
      const mine = session.lastProblems();
      const expected = mine.filter((p) => /status of 404/.test(p));
      expect(expected.length).toBeGreaterThan(0);
      mine.splice(0, mine.length, ...mine.filter((p) => !/status of 404/.test(p)));
    }

    it('says what happened to a damaged link, keeping the library search at hand', async () => {
      const cases = [
        [
          '#l=ruby&lc=YQ&r=python',
          /Part of the link is missing: the right program \(rc=\)\. It was probably cut off/,
        ],
        ['#l=ruby&lc=%%%&r=python&rc=YQ', /left program cannot be read from the link/],
        ['#lc=YQ&rc=YQ', /missing: the left language \(l=\) and the right language \(r=\)\./],
      ] as const;
      for (const [hash, said] of cases) {
        const page = await open(`/${hash}`);
        expect(await page.textContent('h1')).toBe('This link is damaged');
        expect(await page.textContent('#problem-text')).toMatch(said);
        expect(await page.locator('#comparison-section').isVisible()).toBe(false);
        expect(await page.locator('#differences').isVisible()).toBe(false);
        expect(await page.locator('#edit-toggle').isDisabled()).toBe(true);
      }
      const page = await open('/#l=ruby&lc=YQ&r=python');
      // The part's name is inline code.
      expect(await page.locator('#problem-text code').allTextContents()).toEqual(['rc=']);
      await page.screenshot({ path: join(RESULTS, 'damaged-link.png') });
      await page.click('#problem-search');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
      await page.keyboard.type('odd');
      const link = page.locator('#library a[data-snippet="control-flow/odd-even"]');
      await link.click();
      await waitForRender(page, 1);
      await expect.poll(() => page.textContent('h1')).toContain('Odd or even');
      expect(await page.locator('#problem').isVisible()).toBe(false);
      expect(await page.locator('#comparison-section').isVisible()).toBe(true);
    });

    it('leaves the editors for a damaged link pasted while editing, comparing nothing more', async () => {
      const page = await open('/');
      await page.click('#edit-toggle');
      await page.locator('.editor-column.side-left .cm-content .diff').first().waitFor();
      const before = await renders(page);
      await page.evaluate(() => {
        location.hash = 'l=ruby&lc=YQ&r=python';
      });
      await expect.poll(() => page.textContent('h1')).toBe('This link is damaged');
      expect(await page.locator('.editors').isVisible()).toBe(false);
      const shown = await renders(page);
      expect(shown).toBe(before + 1);
      await page.waitForTimeout(800);
      expect(await renders(page)).toBe(shown);
      expect(await page.locator('#comparison-section').isVisible()).toBe(false);
    });

    it('says a snippet id is unknown in plain words, not in API wording', async () => {
      const page = await open('/?snippet=loops/no-such-loop');
      expect404();
      expect(await page.textContent('h1')).toBe('No such snippet');
      const text = (await page.textContent('#problem-text'))!;
      expect(text).toContain('“loops/no-such-loop”');
      expect(text).not.toMatch(/GET|\/api/);
      expect(await page.locator('#search').isVisible()).toBe(true);
      expect(await page.locator('#comparison-section').isVisible()).toBe(false);
      await page.screenshot({ path: join(RESULTS, 'unknown-snippet.png') });
    });

    it('searches titles, topics and teaching notes, and words for the same idea', async () => {
      const page = await open('/');
      await page.locator('#library a').first().waitFor();
      const found = () =>
        page.$$eval('#library a[data-snippet]', (links) =>
          links.map((a) => (a as HTMLElement).dataset.snippet).sort(),
        );
      await page.fill('#search', 'exception');
      await expect
        .poll(found)
        .toEqual(
          expect.arrayContaining([
            'errors/ensure-finally',
            'errors/raise-custom',
            'errors/rescue-except',
          ]),
        );
      // Only the notes of these two say `ValueError`; the notes arrive after the first keystroke.
      await page.fill('#search', 'ValueError');
      await expect.poll(found).toEqual(['errors/rescue-except', 'testing/assert-raises']);
      await page.fill('#search', 'dict');
      expect(await found()).toContain('collections/hashes-dicts');
    });

    it('shows key hints only where there is a keyboard', async () => {
      const desk = await open('/');
      expect(await desk.locator('#next-difference kbd').isVisible()).toBe(true);
      const phone = await open('/', {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      });
      expect(await phone.locator('#next-difference').isVisible()).toBe(true);
      expect(await phone.locator('#next-difference kbd').isVisible()).toBe(false);
      await phone.click('#edit-toggle');
      await phone.locator('.editor-hint').waitFor();
      expect(await phone.locator('.editor-hint .key-hint').isVisible()).toBe(false);
    });
  });
  describe('screen readers', () => {
    interface AXNode {
      nodeId: string;
      role?: { value: string };
      name?: { value: string };
      childIds?: string[];
      ignored?: boolean;
    }

    it('exposes the aligned view as a table: a row per aligned row, columns named after the languages', async () => {
      const page = await open('/');
      // Chromium's own accessibility tree, as a screen reader gets it (display: contents included).
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const table = nodes.find((n) => n.role?.value === 'table');
      expect(table?.name?.value).toBe('Ruby and Python, line by line');
      const descendants = (node: AXNode, role: string): AXNode[] =>
        (node.childIds ?? []).flatMap((id) => {
          const child = byId.get(id);
          if (!child) return [];
          return child.role?.value === role ? [child] : descendants(child, role);
        });
      const tableRows = descendants(table!, 'row');
      // The header row and the lesson's seven aligned rows (Ruby's `end` faces a gap).
      expect(tableRows).toHaveLength(8);
      const headers = descendants(tableRows[0]!, 'columnheader').map((h) => h.name?.value);
      expect(headers).toEqual(['Ruby', 'Python']);
      for (const row of tableRows.slice(1)) expect(descendants(row, 'cell')).toHaveLength(2);
      await cdp.detach();
    });

    it('links every marked token to its difference: number, summary and category', async () => {
      const page = await open('/');
      const count = await page.locator('#difference-list > li').count();
      const links = await page.$$eval('#comparison mark.diff', (marks) =>
        marks.map((mark) => {
          const ids = (mark.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
          return {
            ids,
            diff: (mark as HTMLElement).dataset.diff ?? '',
            // What is read: the element's text without its aria-hidden parts (the number disc).
            described: ids.map((id) => {
              const copy = document.getElementById(id)?.cloneNode(true) as HTMLElement | undefined;
              copy?.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
              return copy?.textContent ?? null;
            }),
          };
        }),
      );
      expect(links.length).toBeGreaterThan(8);
      for (const link of links) {
        expect(link.ids.length).toBeGreaterThan(0);
        expect(link.ids).toEqual(link.diff.split(' ').map((id) => `difference-${id}-name`));
        for (const text of link.described)
          expect(text).toMatch(new RegExp(`^Difference \\d+ of ${count}: `));
      }
      // Chromium computes the description: `puts` on Ruby's line 4 is the Built-in difference.
      const cdp = await page.context().newCDPSession(page);
      const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
      const { nodeId } = (await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: '#comparison .code.side-left[data-line="4"] mark.cat-builtin',
      })) as { nodeId: number };
      const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
        nodeId,
        fetchRelatives: false,
      })) as { nodes: (AXNode & { description?: { value: string } })[] };
      const mark = nodes[0];
      expect(mark?.description?.value).toMatch(/^Difference \d+ of \d+: Ruby uses puts .*Built-in/);
      await cdp.detach();
    });
  });
});
