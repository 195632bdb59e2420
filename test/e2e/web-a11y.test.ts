/**
 * The accessibility audit of issue 14: axe-core, run inside real Chromium on the web view as a
 * person meets it (the read view in both themes and with a difference lit, edit mode, the Export
 * menu, the library's search, the pages for an unknown snippet and a damaged link, a phone's
 * width) and on the embed page. No serious or critical violation may be left; the full reports
 * go to test-results/axe-*.json.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditAccessibility, chromiumAvailable, webViewSession } from './browser.js';

describe.skipIf(!chromiumAvailable())('accessibility audit (axe-core)', () => {
  const session = webViewSession();
  const open = session.open;

  async function expectClean(page: Page, name: string): Promise<void> {
    expect(await auditAccessibility(page, name)).toEqual([]);
  }

  /** Takes the 404 of an unknown snippet's request out of the console problems: it is expected. */
  function expectNotFound(): void {
    const problems = session.lastProblems();
    expect(problems.some((p) => /status of 404/.test(p))).toBe(true);
    problems.splice(0, problems.length, ...problems.filter((p) => !/status of 404/.test(p)));
  }

  it('finds what it is there to find: a button with no name fails the audit', async () => {
    const page = await open('/');
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'nameless';
      button.innerHTML = '<svg width="10" height="10"></svg>';
      document.querySelector('.toolbar')!.append(button);
    });
    const problems = await auditAccessibility(page, 'nameless-button');
    expect(problems.map((p) => [p.rule, p.impact])).toEqual([['button-name', 'critical']]);
    expect(problems[0]!.elements).toEqual(['#nameless']);
  });

  describe('the read view', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes in the ${scheme} theme, with a difference lit and without`, async () => {
        const page = await open('/?snippet=classes/inheritance', { colorScheme: scheme });
        await expectClean(page, `read-view-${scheme}`);
        await page.keyboard.press('j');
        await page.locator('.difference.active').waitFor();
        await expectClean(page, `read-view-${scheme}-lit`);
      });
    }

    it("passes with a syntax error's message under its line", async () => {
      const page = await open('/#l=ruby&lc=aWYgeAogIHB1dHMgMQ&r=python&rc=aWYgeAogICAgcHJpbnQoMSk');
      await page.locator('.error-message').first().waitFor();
      await expectClean(page, 'read-view-syntax-error');
    });

    it('passes on a phone, the panes stacked and the library under them', async () => {
      const page = await open('/', { viewport: { width: 390, height: 844 }, hasTouch: true });
      await expectClean(page, 'read-view-phone');
    });
  });

  it('passes in edit mode, in both editors', async () => {
    const page = await open('/');
    await page.click('#edit-toggle');
    await page.locator('.editor-column.side-right .cm-content .diff').first().waitFor();
    await expectClean(page, 'edit-mode');
  });

  it('passes with the Export menu open', async () => {
    const page = await open('/');
    await page.click('#export-menu summary');
    await page.locator('#embed-code').waitFor();
    await expectClean(page, 'export-menu');
  });

  describe('the library', () => {
    it('passes while searching, with results and with none', async () => {
      const page = await open('/');
      await page.locator('#library-list a').first().waitFor();
      await page.fill('#search', 'loop');
      await expectClean(page, 'library-search');
      await page.fill('#search', 'nothing matches this');
      await page.locator('.library-empty').waitFor();
      await expectClean(page, 'library-no-match');
    });

    it('passes on the pages for an unknown snippet and a damaged link', async () => {
      const unknown = await open('/?snippet=no/such-snippet');
      expectNotFound();
      await unknown.locator('#problem:not([hidden])').waitFor();
      await expectClean(unknown, 'unknown-snippet');
      const damaged = await open('/#l=ruby&lc=cHV0cyAx');
      await damaged.locator('#problem:not([hidden])').waitFor();
      await expectClean(damaged, 'damaged-link');
    });
  });

  describe('the embed page', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes in the ${scheme} theme`, async () => {
        const page = await open('/embed?snippet=classes/inheritance', { colorScheme: scheme });
        await page.locator('#comparison mark').first().waitFor();
        await expectClean(page, `embed-${scheme}`);
      });
    }

    it('passes with a difference lit, and on its page for an unknown snippet', async () => {
      const page = await open('/embed?snippet=control-flow/odd-even');
      await page.locator('#difference-list button').first().focus();
      await page.locator('.difference.active').waitFor();
      await expectClean(page, 'embed-lit');
      const unknown = await open('/embed?snippet=no/such-snippet');
      expectNotFound();
      expect(await unknown.textContent('h1')).toBe('No such snippet');
      await expectClean(unknown, 'embed-unknown-snippet');
    });
  });
});
