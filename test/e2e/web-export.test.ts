/**
 * Export and embedding from the web view, in real Chromium against the real service (issue 14,
 * items 3 and 4): the Export menu downloads exactly what `juxta compare --format html|svg|markdown`
 * prints for the code on screen (a library snippet, and an edit of it), copies the Markdown and
 * the embed code; the embed page shows the comparison read-only and opens it in Juxta; another
 * site (and a slide deck opened from disk) can frame the embed page and cannot frame the web
 * view. Screenshots go to test-results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/present/shared.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { chromiumAvailable, openPage, renders, waitForRender, webViewSession } from './browser.js';

const RESULTS = join(PACKAGE_ROOT, 'test-results');
const LESSON = join(PACKAGE_ROOT, 'snippets', 'control-flow', 'odd-even');
const LESSON_TITLE = "Odd or even (the lesson's example)";
const FORMATS = [
  { format: 'html', extension: 'html' },
  { format: 'svg', extension: 'svg' },
  { format: 'markdown', extension: 'md' },
] as const;
type Format = (typeof FORMATS)[number]['format'];

/**
 * What `juxta compare` prints for two files, with the CLI's title (the file names) put in place of
 * the web view's (the snippet's): the one thing the two are meant to differ in.
 */
function cliOutput(left: string, right: string, format: Format, title: string): string {
  const printed = execFileSync(
    process.execPath,
    [join(PACKAGE_ROOT, 'bin', 'juxta.js'), 'compare', left, right, '--format', format],
    { encoding: 'utf8' },
  );
  const escape = format === 'markdown' ? (text: string) => text : escapeMarkup;
  const cliTitle = escape(
    `${left.split('/').at(-1)} (Ruby) and ${right.split('/').at(-1)} (Python)`,
  );
  const parts = printed.split(cliTitle);
  expect(parts.length).toBeGreaterThan(1);
  return parts.join(escape(title));
}

/** Clicks an export button in the Export menu and reads the file the browser saved. */
async function downloadExport(page: Page, format: Format) {
  if (!(await page.$eval('#export-menu', (menu) => (menu as HTMLDetailsElement).open))) {
    await page.click('#export-menu summary');
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`#export-menu button[data-export="${format}"]`),
  ]);
  return {
    name: download.suggestedFilename(),
    text: readFileSync((await download.path())!, 'utf8'),
  };
}

describe.skipIf(!chromiumAvailable())('export and embedding', () => {
  const session = webViewSession();
  const open = session.open;
  const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
  let temp: string;
  beforeAll(() => {
    mkdirSync(RESULTS, { recursive: true });
    temp = mkdtempSync(join(tmpdir(), 'juxta-export-'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  describe('the Export menu', () => {
    it("downloads exactly what juxta compare prints for the lesson's pair, named after the snippet", async () => {
      const page = await open('/', { viewport: { width: 1280, height: 720 } });
      await page.click('#export-menu summary');
      await page.screenshot({ path: join(RESULTS, 'export-menu-1280x720.png') });
      for (const { format, extension } of FORMATS) {
        const file = await downloadExport(page, format);
        expect(file.name).toBe(`control-flow-odd-even.${extension}`);
        const expected = cliOutput(
          join(LESSON, 'main.rb'),
          join(LESSON, 'main.py'),
          format,
          LESSON_TITLE,
        );
        expect(file.text).toBe(expected);
        writeFileSync(join(temp, file.name), file.text);
      }
      expect(await page.textContent('#announcer')).toBe(
        'Markdown saved as control-flow-odd-even.md.',
      );

      // The files show as they should in the browser itself: the page and the picture.
      for (const name of ['control-flow-odd-even.html', 'control-flow-odd-even.svg']) {
        const viewer = await openPage(session.browser, { viewport: { width: 1280, height: 720 } });
        session.closeAfter(viewer.close);
        await viewer.page.goto(pathToFileURL(join(temp, name)).href);
        expect(await viewer.page.locator('text=age.odd?').count()).toBeGreaterThan(0);
        await viewer.page.screenshot({
          path: join(RESULTS, `export-${name.replace('.', '-')}.png`),
          // A whole-page shot measures the document's body, which an SVG document has none of.
          fullPage: name.endsWith('.html'),
        });
        expect(viewer.problems).toEqual([]);
      }
    });

    it('exports the code on screen after an edit, as "comparison", titled as edited', async () => {
      const page = await open('/');
      await page.click('#edit-toggle');
      await page.locator('.editor-column.side-right .cm-content .diff').first().waitFor();
      const seen = await renders(page);
      await page.locator('.editor-column.side-left .cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText('puts age * 2\n');
      await waitForRender(page, seen);
      const left = join(temp, 'edited.rb');
      writeFileSync(left, `${readFileSync(join(LESSON, 'main.rb'), 'utf8')}puts age * 2\n`);
      for (const { format, extension } of FORMATS) {
        const file = await downloadExport(page, format);
        expect(file.name).toBe(`comparison.${extension}`);
        expect(file.text).toContain('puts age * 2');
        expect(file.text).toBe(
          cliOutput(left, join(LESSON, 'main.py'), format, `${LESSON_TITLE} (edited)`),
        );
      }
    });

    it('copies the Markdown, the same text as the download', async () => {
      const page = await open('/?snippet=classes/inheritance', clipboard);
      const file = await downloadExport(page, 'markdown');
      expect(file.name).toBe('classes-inheritance.md');
      await page.click('#export-menu button[data-export="copy-markdown"]');
      await expect.poll(() => page.textContent('#announcer')).toBe('Markdown copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file.text);
      expect(file.text).toMatch(/^# Inheritance and super\n/);
      expect(file.text).toContain('## 17 differences');
    });

    it('opens its panel inside the window, however the toolbar wraps', async () => {
      // 1000 px wraps the toolbar so that Export sits at the bar's left; 390 px is a phone.
      for (const width of [390, 1000, 1280]) {
        const page = await open('/', { viewport: { width, height: 800 } });
        await page.click('#export-menu summary');
        const box = (await page.locator('.export-panel').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        if (width === 390) {
          await page.screenshot({ path: join(RESULTS, 'export-menu-phone.png') });
        }
      }
    });

    it('closes with Esc, giving the focus back to its button, and is gone on a problem page', async () => {
      const page = await open('/');
      await page.focus('#export-menu summary');
      await page.keyboard.press('Enter');
      expect(await page.locator('#embed-code').isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      expect(await page.locator('#embed-code').isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export');

      const damaged = await open('/#l=ruby&lc=cHV0cyAx');
      await damaged.locator('#problem:not([hidden])').waitFor();
      expect(await damaged.locator('#export-menu').isVisible()).toBe(false);
    });
  });

  describe('embedding', () => {
    let host: Server;
    let hostPage = '';
    beforeAll(async () => {
      // Another site: a page on another origin (another port) that frames what it is given.
      host = createServer((_req, res) => res.setHeader('content-type', 'text/html').end(hostPage));
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

    it('gives embed code that another site and a slide deck on disk can frame, but not the web view', async () => {
      const url = session.server.url;
      const page = await open('/', clipboard);
      await page.click('#export-menu summary');
      const code = await page.inputValue('#embed-code');
      expect(code).toBe(
        `<iframe src="${url}/embed?snippet=control-flow/odd-even" title="Juxta: Odd or even (the lesson&#39;s example)" width="100%" height="600" style="border:0" loading="lazy"></iframe>`,
      );
      await page.click('#export-menu button[data-export="copy-embed"]');
      await expect.poll(() => page.textContent('#announcer')).toBe('Embed code copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

      // The embed code as pasted into a course page, next to a frame of the web view itself.
      hostPage = `<!doctype html><html lang="en"><title>Course page</title><h1>Lesson 4</h1>
${code}
<iframe name="web-view" title="The web view" src="${url}/" width="100%" height="300"></iframe>`;
      const onDisk = join(temp, 'slides.html');
      writeFileSync(onDisk, hostPage);
      const hosts = {
        'another-site': `http://127.0.0.1:${(host.address() as AddressInfo).port}/lesson`,
        'slides-on-disk': pathToFileURL(onDisk).href,
      };
      for (const [name, address] of Object.entries(hosts)) {
        const course = await openPage(session.browser, { viewport: { width: 1280, height: 1000 } });
        session.closeAfter(course.close);
        await course.page.goto(address);
        const embed = course.page.frameLocator('iframe[title^="Juxta"]');
        await embed.locator('#comparison mark').first().waitFor();
        expect(await embed.locator('#difference-list > li').count()).toBe(5);
        expect(await embed.locator('h1').textContent()).toBe(LESSON_TITLE);
        expect(await embed.locator('#open-in-juxta').getAttribute('href')).toBe(
          '/?snippet=control-flow/odd-even',
        );
        // The web view refuses: Chromium shows its error page in that frame instead.
        const webView = course.page.frame({ name: 'web-view' })!;
        await expect.poll(() => webView.url()).toMatch(/^chrome-error:/);
        expect(course.problems).toHaveLength(1);
        expect(course.problems[0]).toMatch(
          new RegExp(`Framing '${url}/' violates .*"frame-ancestors 'none'"`),
        );
        await course.page.screenshot({ path: join(RESULTS, `embed-in-${name}.png`) });
      }
    });

    it('embeds an edited pair by its code, and opens it in Juxta', async () => {
      const page = await open('/');
      await page.click('#edit-toggle');
      await page.locator('.editor-column.side-right .cm-content .diff').first().waitFor();
      const seen = await renders(page);
      await page.locator('.editor-column.side-right .cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText('print(age * 2)\n');
      await waitForRender(page, seen);
      await page.click('#export-menu summary');
      const code = await page.inputValue('#embed-code');
      const src = /src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&');
      expect(src).toMatch(new RegExp(`^${session.server.url}/embed#l=ruby&lc=.+&r=python&rc=.+`));
      expect(code).toContain(`title="Juxta: Odd or even (the lesson&#39;s example) (edited)"`);

      const embed = await open(src.slice(session.server.url.length));
      expect(await embed.textContent('h1')).toBe('Ruby and Python');
      const right = await embed.$$eval('#comparison .code.side-right[data-line] .text', (cells) =>
        cells.map((cell) => cell.textContent),
      );
      expect(right).toContain('print(age * 2)');
      const href = await embed.getAttribute('#open-in-juxta', 'href');
      expect(href).toBe(`/${new URL(src).hash}`);
      expect(await embed.getAttribute('#open-in-juxta', 'target')).toBe('_blank');

      const opened = await open(href!);
      expect(await opened.textContent('h1')).toBe('Your comparison');
      expect(await opened.locator('#comparison .code.side-right .text').allTextContents()).toEqual(
        right,
      );
    });
  });

  describe('the embed page', () => {
    const sizes = [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ];
    for (const scheme of ['light', 'dark'] as const) {
      for (const viewport of sizes) {
        it(`shows only the comparison and its differences, read-only (${scheme}, ${viewport.width}×${viewport.height})`, async () => {
          const page = await open('/embed?snippet=classes/inheritance', {
            viewport,
            colorScheme: scheme,
          });
          const shown = await page.evaluate(() => ({
            rows: document.querySelectorAll('#comparison [role="row"]').length,
            marks: document.querySelectorAll('#comparison mark').length,
            differences: document.querySelectorAll('#difference-list > li').length,
            explanations: document.querySelectorAll('.difference-explanation').length,
            editable: document.querySelectorAll(
              'input, textarea, select, [contenteditable], .library, .toolbar, .editors',
            ).length,
            links: [...document.querySelectorAll('a')].map((a) => a.textContent?.trim()),
            scheme: getComputedStyle(document.documentElement).colorScheme,
          }));
          expect(shown).toMatchObject({ differences: 17, explanations: 17, editable: 0 });
          expect(shown.rows).toBe((await page.locator('#comparison .code.side-left').count()) + 1);
          expect(shown.marks).toBeGreaterThan(17);
          expect(shown.links).toEqual(['Open in Juxta ↗ (opens in a new tab)']);
          expect(await page.title()).toBe('Inheritance and super · Juxta');
          await page.screenshot({
            path: join(RESULTS, `embed-${scheme}-${viewport.width}x${viewport.height}.png`),
            fullPage: true,
          });
        });
      }
    }

    it('takes ?theme= for a slide deck of the other colour', async () => {
      const page = await open('/embed?snippet=control-flow/odd-even&theme=dark', {
        colorScheme: 'light',
      });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    });

    it('links a difference with its tokens on hover and click, as the web view does', async () => {
      const page = await open('/embed?snippet=control-flow/odd-even');
      const entry = page.locator('#difference-list > li').nth(4);
      await entry.hover();
      const id = await entry.getAttribute('data-diff');
      const lit = await page.$$eval('#comparison mark.active', (marks) =>
        marks.map((m) => m.textContent),
      );
      expect(lit).toEqual(['end']);
      await page.locator('#comparison mark', { hasText: 'puts' }).first().click();
      await page.mouse.move(0, 0);
      expect(await page.locator('#difference-list > li.active').count()).toBe(1);
      expect(await page.locator('#difference-list > li.active').getAttribute('data-diff')).not.toBe(
        id,
      );
    });

    it('says what is wrong with a damaged link or an unknown language, in plain words', async () => {
      const damaged = await open('/embed#l=ruby&lc=cHV0cyAx');
      expect(await damaged.textContent('h1')).toBe('This link is damaged');
      expect(await damaged.textContent('#status')).toContain('Part of the link is missing');
      expect(await damaged.locator('#comparison-section').isVisible()).toBe(false);

      const unknown = await open('/embed#l=cobol&lc=&r=python&rc=');
      expect(await unknown.textContent('h1')).toBe('The comparison cannot be shown');
      expect(await unknown.textContent('#status')).toMatch(/cobol/);
      const problems = session.lastProblems();
      expect(problems).toEqual([expect.stringMatching(/status of 422/)]);
      problems.length = 0;
    });
  });
});
