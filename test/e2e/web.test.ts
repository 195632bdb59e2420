/**
 * The web view's promises, checked in real Chromium against the real service: the lesson's pair
 * aligned and marked, hover linking both ways, the keyboard, live editing, syntax errors in
 * place, share links that round-trip, XSS payloads that stay text, AA contrast in both themes,
 * and screenshots (light, dark, narrow) under test-results/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { CATEGORY_ORDER } from '../../src/concepts.js';
import type { CompareResult, TokenKind } from '../../src/types.js';
import {
  chromiumAvailable,
  contrastFailures,
  openPage,
  renders,
  waitForRender,
  webViewSession,
} from './browser.js';

const SCREENSHOTS = join(PACKAGE_ROOT, 'test-results');

/** Every token kind; a kind added to the engine's types and not listed here fails to compile. */
const TOKEN_KINDS = Object.keys({
  keyword: true,
  identifier: true,
  string: true,
  number: true,
  comment: true,
  operator: true,
  punctuation: true,
  constant: true,
  builtin: true,
  symbol: true,
  error: true,
} satisfies Record<TokenKind, true>) as TokenKind[];

/**
 * Every category's colours: the vocabulary's, "other", and `behaviour`, whose colours wait in
 * style.css for the engine to add it (so they are proven readable before it arrives).
 */
const PROBED_CATEGORIES = [...new Set([...CATEGORY_ORDER, 'behaviour', 'other'])];

const RUBY = `age = 12

if age.odd?
  puts "age is odd"
else
  puts "age is even"
end
`;

describe.skipIf(!chromiumAvailable())('web view in Chromium', () => {
  const session = webViewSession();
  const open = session.open;
  beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

  /** The text of one side of the read view, line by line (gaps left out). */
  function sideText(page: Page, side: 'left' | 'right'): Promise<string[]> {
    return page.$$eval(`#comparison .code.side-${side}[data-line] .text`, (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
  }

  async function api(path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(session.server.url + path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    return response.json();
  }

  it("opens the lesson's pair at / with Ruby's `end` marked on line 7 and the lesson's differences listed", async () => {
    const page = await open('/');
    expect(await page.textContent('h1')).toContain('Odd or even');
    expect((await sideText(page, 'left')).join('\n') + '\n').toBe(RUBY);

    // Ruby's line 7 faces a gap: Python has no line there.
    const endMark = page.locator('#comparison .code.side-left[data-line="7"] mark.cat-block-end');
    await expect.poll(() => endMark.textContent()).toBe('end');
    expect(await page.locator('#comparison .code.side-right.gap').count()).toBe(1);

    // Python's `:` after lines 3 and 5, and `()` around what `print` prints on lines 4 and 6.
    for (const line of [3, 5]) {
      const colon = page.locator(
        `#comparison .code.side-right[data-line="${line}"] mark.cat-block-start`,
      );
      expect(await colon.textContent()).toBe(':');
    }
    for (const line of [4, 6]) {
      const parens = await page
        .locator(`#comparison .code.side-right[data-line="${line}"] mark.cat-call-parens`)
        .allTextContents();
      expect(parens).toEqual(['(', ')']);
    }

    const items = page.locator('#difference-list > li');
    const categories = await items.evaluateAll((lis) =>
      lis.map((li) => [...li.classList].find((c) => c.startsWith('cat-'))),
    );
    expect(categories).toEqual(
      expect.arrayContaining(['cat-block-end', 'cat-block-start', 'cat-call-parens']),
    );
    const endSummary = await page.locator('#difference-list > li.cat-block-end').textContent();
    expect(endSummary).toContain('end');
    // The same list the engine answers, in its order, each with its explanation.
    const result = (await api('/api/compare', {
      left: { language: 'ruby', code: RUBY },
      right: {
        language: 'python',
        code: (await sideText(page, 'right')).join('\n') + '\n',
      },
    })) as CompareResult;
    expect(await items.count()).toBe(result.differences.length);
    for (const [index, difference] of result.differences.entries()) {
      const item = items.nth(index);
      expect(await item.locator('.difference-summary').textContent()).toBe(
        difference.summary.replace(/`/g, ''),
      );
      expect(await item.locator('.difference-explanation').textContent()).toBe(
        difference.explanation.replace(/`/g, ''),
      );
    }
  });

  it('deep-links a snippet with ?snippet=ID and marks it current in the library', async () => {
    const page = await open('/?snippet=control-flow/odd-even');
    const current = page.locator('#library a[aria-current="page"]');
    await expect.poll(() => current.getAttribute('data-snippet')).toBe('control-flow/odd-even');
    await page.fill('#search', 'no snippet is called this');
    expect(await page.locator('#library a').count()).toBe(0);
    await page.fill('#search', 'odd');
    expect(await page.locator('#library a[data-snippet="control-flow/odd-even"]').count()).toBe(1);
  });

  it('links hovering both ways: a difference lights its tokens, a token lights its difference and counterpart', async () => {
    const page = await open('/');
    const builtin = page.locator('#difference-list > li.cat-builtin');
    const id = await builtin.getAttribute('data-diff');
    expect(id).toBeTruthy();

    await builtin.hover();
    const lit = page.locator(`#comparison mark.active[data-diff~="${id}"]`);
    const litSides = await lit.evaluateAll((marks) =>
      marks.map((m) => (m.closest('.code') as HTMLElement).dataset.side),
    );
    expect(litSides).toContain('left');
    expect(litSides).toContain('right');
    expect(await lit.allTextContents()).toEqual(expect.arrayContaining(['puts', 'print']));

    // From the token: Ruby's `puts` lights Python's `print` and the list item.
    await page.mouse.move(0, 0);
    await expect.poll(() => lit.count()).toBe(0);
    await page.locator('#comparison .code.side-left[data-line="4"] mark.cat-builtin').hover();
    expect(await builtin.getAttribute('class')).toContain('active');
    expect(
      await page
        .locator('#comparison .code.side-right[data-line="4"] mark.cat-builtin')
        .getAttribute('class'),
    ).toContain('active');

    // `end` has no counterpart, but still lights its own entry.
    await page.locator('#comparison mark.cat-block-end').hover();
    expect(
      await page.locator('#difference-list > li.cat-block-end').getAttribute('class'),
    ).toContain('active');
    expect(await builtin.getAttribute('class')).not.toContain('active');
  });

  it('moves between differences with j/k and the buttons, announcing each by its summary', async () => {
    const page = await open('/');
    const count = await page.locator('#difference-list > li').count();
    await page.keyboard.press('j');
    const focused = () =>
      page.evaluate(() => ({
        id: (document.activeElement as HTMLElement | null)?.dataset.diff,
        name: document.activeElement?.textContent ?? '',
        describedBy: document.activeElement?.getAttribute('aria-describedby') ?? '',
      }));
    const first = await focused();
    expect(first.id).toBe(
      await page.locator('#difference-list > li').first().getAttribute('data-diff'),
    );
    expect(first.name).toContain(`Difference 1 of ${count}`);
    expect(first.describedBy).toMatch(/explanation/);
    expect(await page.locator(`#comparison mark.active`).count()).toBeGreaterThan(0);

    await page.keyboard.press('j');
    expect((await focused()).name).toContain(`Difference 2 of ${count}`);
    await page.keyboard.press('k');
    expect((await focused()).name).toContain(`Difference 1 of ${count}`);
    await page.keyboard.press('k');
    expect((await focused()).name).toContain(`Difference ${count} of ${count}`);
    await page.click('#next-difference');
    expect((await focused()).name).toContain(`Difference 1 of ${count}`);
  });

  it('hides and shows a category from the legend', async () => {
    const page = await open('/');
    await page.locator('#legend input[data-category="call-parens"]').uncheck();
    expect(await page.locator('#comparison mark.cat-call-parens').count()).toBe(0);
    expect(await page.locator('#difference-list > li.cat-call-parens').isHidden()).toBe(true);
    await page.locator('#legend input[data-category="call-parens"]').check();
    expect(await page.locator('#comparison mark.cat-call-parens').count()).toBe(4);
  });

  it('re-compares as you type and when a pane changes language', async () => {
    const page = await open('/');
    await page.click('#edit-toggle');
    await page.locator('.editor-column.side-right .cm-content').waitFor();
    expect(
      await page.locator('.editor-column.side-left .cm-content .diff').count(),
    ).toBeGreaterThan(0);

    // Make the right pane Ruby too, with the same code: nothing differs any more.
    let seen = await renders(page);
    await page.selectOption('.editor-column.side-right select', 'ruby');
    seen = await waitForRender(page, seen);
    await page.locator('.editor-column.side-right .cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(RUBY);
    await waitForRender(page, seen);
    await expect
      .poll(() => page.locator('#difference-list').textContent())
      .toContain('No differences');

    // Typing a line only on the left brings a difference back, without pressing anything.
    seen = await renders(page);
    await page.locator('.editor-column.side-left .cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('puts age\n');
    await waitForRender(page, seen);
    await expect
      .poll(() => page.locator('#difference-list > li.difference').count())
      .toBeGreaterThan(0);

    // Leaving edit mode shows the edited code, aligned.
    await page.click('#edit-toggle');
    expect((await sideText(page, 'left')).at(-1)).toBe('puts age');
    expect(await page.textContent('#subtitle')).toContain('edited');

    // Jumping within the page (the skip link) keeps the edited code.
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#comparison$/);
    await page.waitForTimeout(400);
    expect((await sideText(page, 'left')).at(-1)).toBe('puts age');
  });

  it("shows a syntax error in place with the engine's message, while editing and when reading", async () => {
    const page = await open('/');
    const broken = 'age = 12\n\nif age % 2 == 1\n    print("age is odd")\n';
    const result = (await api('/api/compare', {
      left: { language: 'ruby', code: RUBY },
      right: { language: 'python', code: broken },
    })) as CompareResult;
    const error = result.right.errors[0];
    expect(error, 'the engine reports the missing `:`').toBeDefined();
    // Shown with its `code` as <code>, so the text has no backticks.
    const shown = error!.message.replace(/`/g, '');

    await page.click('#edit-toggle');
    const seen = await renders(page);
    await page.locator('.editor-column.side-right .cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(broken);
    await waitForRender(page, seen);
    const inEditor = page.locator('.editor-column.side-right .cm-error-message');
    await expect.poll(() => inEditor.textContent()).toContain(shown);
    // The message sits right under the line it is about.
    const lineOfMessage = await inEditor.evaluate((box) => {
      let line = box.previousElementSibling;
      while (line && !line.classList.contains('cm-line')) line = line.previousElementSibling;
      return line?.textContent;
    });
    expect(lineOfMessage).toBe(broken.split('\n')[error!.line - 1]);

    await page.click('#edit-toggle');
    const inReadView = page.locator('#comparison .error-message.side-right');
    expect(await inReadView.textContent()).toContain(shown);
    expect(await page.locator('#status').textContent()).toContain('syntax error');
  });

  it('copies a link that reopens exactly the same code and languages', async () => {
    const page = await open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.click('#edit-toggle');
    const left = 'name = "Zoë ✓ 😀"\nputs "héllo #{name}"\n';
    const right = 'name = "Zoë ✓ 😀"\r\nprint(f"héllo {name}")\n\n';
    const seen = await renders(page);
    await page.locator('.editor-column.side-left .cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(left);
    await waitForRender(page, seen);
    // CodeMirror would normalise `\r\n` typed in; set the right side through the link itself.
    await page.click('#copy-link');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/#l=ruby&lc=.+&r=python&rc=/);

    const url = new URL(copied);
    const params = new URLSearchParams(url.hash.slice(1));
    params.set('rc', Buffer.from(right, 'utf8').toString('base64url'));
    const shared = await open(`/#${params.toString()}`);
    expect(await shared.textContent('h1')).toBe('Your comparison');
    expect((await sideText(shared, 'left')).join('\n') + '\n').toBe(left);
    expect(await sideText(shared, 'right')).toEqual([
      'name = "Zoë ✓ 😀"',
      'print(f"héllo {name}")',
      '',
    ]);
    expect(await shared.locator('#comparison .head-left').textContent()).toBe('Ruby');
    expect(await shared.locator('#comparison .head-right').textContent()).toBe('Python');

    // And the reopened page copies the very same link again.
    const again = await open(url.pathname + url.hash, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await again.click('#copy-link');
    expect(await again.evaluate(() => navigator.clipboard.readText())).toBe(copied);
  });

  it('keeps XSS payloads in code, links and snippet ids inert', async () => {
    const payloads = [
      '<img src=x onerror="window.__xss=1">',
      '</script><script>window.__xss=2</script>',
      '"><svg onload="window.__xss=3">',
    ];
    const code = payloads.join('\n') + '\n';
    const hash = `#l=ruby&lc=${Buffer.from(code).toString('base64url')}&r=python&rc=${Buffer.from(code).toString('base64url')}`;
    const page = await open(`/${hash}`);
    expect(await sideText(page, 'left')).toEqual(payloads);
    expect(await sideText(page, 'right')).toEqual(payloads);
    expect(await page.locator('main img, main svg, main script').count()).toBe(0);

    // Typed into an editor.
    await page.click('#edit-toggle');
    const seen = await renders(page);
    await page.locator('.editor-column.side-left .cm-content').click();
    await page.keyboard.insertText(payloads.join(' '));
    await waitForRender(page, seen);
    await page.click('#edit-toggle');

    // A language id that is a payload: the service refuses it, the page says so as text.
    const bad = await openPage(session.browser);
    session.closeAfter(bad.close);
    await bad.page.goto(
      `${session.server.url}/#l=${encodeURIComponent(payloads[0]!)}&lc=YQ&r=python&rc=YQ`,
    );
    await bad.page.waitForFunction(
      (payload) => document.getElementById('problem-text')?.textContent?.includes(payload),
      payloads[0]!,
    );
    // A snippet id that is a payload: 404, said as text.
    await bad.page.goto(`${session.server.url}/?snippet=${encodeURIComponent(payloads[1]!)}`);
    await bad.page.waitForFunction(
      (payload) => document.getElementById('problem-text')?.textContent?.includes(payload),
      payloads[1]!,
    );

    for (const p of [page, bad.page]) {
      expect(await p.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    }
    // The refused requests log their 4xx answers; those are expected, not page errors.
    expect(bad.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });

  it('changes the code size for projecting', async () => {
    const page = await open('/');
    const size = () =>
      page
        .locator('#comparison .code.side-left[data-line="1"]')
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const before = await size();
    await page.click('#font-up');
    await page.click('#font-up');
    expect(await size()).toBeGreaterThan(before);
    expect(await page.textContent('#font-size-value')).not.toBe('100%');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`meets WCAG AA contrast in the ${scheme} theme and saves a screenshot`, async () => {
      const page = await open('/', { colorScheme: scheme });
      await page.screenshot({ path: join(SCREENSHOTS, `web-${scheme}.png`), fullPage: true });
      const { checked, failures } = await page.evaluate(contrastFailures);
      expect(checked).toBeGreaterThan(50);
      expect(failures).toEqual([]);
      // Every token colour on every category's tint, plain and lit, not only the lesson's five.
      await page.evaluate(
        ({ categories, kinds }) => {
          const probe = document.createElement('div');
          probe.className = 'code side-left';
          for (const category of categories) {
            for (const kind of kinds) {
              for (const lit of ['', ' active']) {
                const mark = document.createElement('mark');
                mark.className = `tok tok-${kind} diff cat-${category}${lit}`;
                mark.textContent = `${category}/${kind}${lit}`;
                probe.append(mark);
              }
            }
          }
          document.getElementById('comparison')!.append(probe);
        },
        { categories: PROBED_CATEGORIES, kinds: TOKEN_KINDS },
      );
      const probed = await page.evaluate(contrastFailures);
      expect(probed.checked).toBeGreaterThan(PROBED_CATEGORIES.length * TOKEN_KINDS.length * 2);
      expect(probed.failures).toEqual([]);
      await page.reload();
      await waitForRender(page);

      // Lit differences (hovered) must stay readable too.
      const items = page.locator('#difference-list > li');
      for (let i = 0; i < (await items.count()); i++) {
        await items.nth(i).hover();
        expect((await page.evaluate(contrastFailures)).failures).toEqual([]);
      }
    });
  }

  it('keeps the page for a damaged link readable in both themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/#l=ruby&lc=YQ&r=python', { colorScheme: scheme });
      await page.locator('#library a').first().waitFor();
      const { checked, failures } = await page.evaluate(contrastFailures);
      expect(checked).toBeGreaterThan(10);
      expect(failures).toEqual([]);
    }
  });

  it('stacks the panes on a narrow screen and saves a screenshot', async () => {
    const page = await open('/', { viewport: { width: 390, height: 844 } });
    const left = await page.locator('#comparison .code.side-left[data-line="1"]').boundingBox();
    const right = await page.locator('#comparison .code.side-right[data-line="1"]').boundingBox();
    expect(right!.y).toBeGreaterThan(left!.y + left!.height * 6);
    expect(Math.abs(right!.x - left!.x)).toBeLessThan(2);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'web-narrow.png'), fullPage: true });
  });
});
