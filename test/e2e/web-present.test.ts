/**
 * Presentation mode and projecting, in real Chromium against the real service: the comparison
 * alone on the screen at the size that fits, stepping with the keys presentation remotes send, the
 * current explanation inside the viewport at every step, reveal one at a time, the step kept in
 * the address; and in the read view, wrapped lines that continue under their indentation (never
 * at column 0, never inside a token), j/k that keep the explanation in sight, the library hidden,
 * the header and legend growing with the code. Screenshots (1280×720 and 1920×1080, light and
 * dark, grayscale) go to test-results/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { CompareResult, Difference, Snippet } from '../../src/types.js';
import { PRESENT_ZOOMS } from '../../web/src/present.js';
import {
  auditAccessibility,
  chromiumAvailable,
  contrastFailures,
  waitForRender,
  webViewSession,
} from './browser.js';

const RESULTS = join(PACKAGE_ROOT, 'test-results');
const LESSON = 'control-flow/odd-even';
const ROUTING = 'back-end/routing';
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
/** The read view's largest code size (A+ as far as it goes): CODE_SIZES' last index in main.ts. */
const LARGEST_READ_SIZE = '8';

/** What a person reads of a summary or explanation: the engine's backticks become code. */
const shown = (text: string) => text.replace(/`/g, '');

/**
 * Runs in the page: how every line of code under `root` wraps. A row after a line's first must
 * start right of the line's indentation (so never at column 0), with the continuation mark drawn
 * in front of it; a token or unit (a string literal, a call's name and bracket) must sit on one
 * row unless it alone is wider than a row can hold (`overlong`, reported apart).
 */
function wrapReport(root: string) {
  const restartsAtZero: string[] = [];
  const leftOfIndent: string[] = [];
  const noMark: string[] = [];
  const split: string[] = [];
  const overlong: string[] = [];
  let lines = 0;
  let wrapped = 0;
  const context = document.createElement('canvas').getContext('2d')!;
  for (const text of document.querySelectorAll<HTMLElement>(`${root} .code[data-line] .text`)) {
    lines += 1;
    const style = getComputedStyle(text);
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const ch = context.measureText('0').width;
    const lineHeight = parseFloat(style.lineHeight);
    const box = text.getBoundingClientRect();
    const room = text.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const row = (r: DOMRect) => Math.round((r.top - box.top) / lineHeight);
    const source = text.textContent ?? '';
    const indent = source.length - source.trimStart().length;
    const where = `${text.closest('.code')?.getAttribute('data-side')} line ${text.closest('.code')?.getAttribute('data-line')}`;

    const starts = new Map<number, number>();
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const n = row(r);
        starts.set(n, Math.min(starts.get(n) ?? Infinity, r.left - box.left));
      }
    }
    const rows = starts.size;
    if (rows > 1) {
      wrapped += 1;
      for (const [n, left] of starts) {
        if (n === 0) continue;
        if (left < 0.5) restartsAtZero.push(`${where}, row ${n + 1}`);
        if (left < (indent + 1) * ch - 0.5) {
          leftOfIndent.push(`${where}, row ${n + 1}: ${(left / ch).toFixed(1)} < ${indent + 1}`);
        }
      }
      const mark = getComputedStyle(text, '::before');
      if (!mark.content.includes('↪')) noMark.push(where);
      if (parseFloat(mark.left) < indent * ch - 0.5) leftOfIndent.push(`${where}, its mark`);
    }
    // Within a pixel it is the layout's rounding that decides, not the rule: count it as too wide.
    const fitsInRoom = (element: Element) => (element.textContent ?? '').length * ch <= room - 1;
    for (const unit of text.querySelectorAll('.wrap-unit')) {
      if (unit.getBoundingClientRect().height < lineHeight * 1.5) continue;
      if (fitsInRoom(unit)) split.push(`${where}: unit ${JSON.stringify(unit.textContent)}`);
      else overlong.push(`${where}: ${JSON.stringify(unit.textContent)}`);
    }
    for (const token of text.querySelectorAll('.tok, mark')) {
      const tokenRows = new Set([...token.getClientRects()].filter((r) => r.width > 0).map(row));
      if (tokenRows.size < 2 || token.closest('.wrap-prose')) continue;
      const unit = token.closest('.wrap-unit');
      if (!unit || fitsInRoom(unit)) {
        split.push(`${where}: token ${JSON.stringify(token.textContent)}`);
      }
    }
  }
  return { lines, wrapped, restartsAtZero, leftOfIndent, noMark, split, overlong };
}

/** Runs in the page: where presentation mode stands and what of it is in the viewport. */
function presentState() {
  const root = document.getElementById('presentation')!;
  const inViewport = (r: DOMRect) =>
    r.height > 0 &&
    r.top >= -0.5 &&
    r.left >= -0.5 &&
    r.bottom <= innerHeight + 0.5 &&
    r.right <= innerWidth + 0.5;
  const area = root.querySelector('.present-code')!.getBoundingClientRect();
  const caption = root.querySelector<HTMLElement>('.present-caption')!;
  const current = [...root.querySelectorAll('mark.is-current')].map((m) =>
    m.getBoundingClientRect(),
  );
  const visible = (selector: string) =>
    [...document.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0).length;
  return {
    shown: !root.hidden && root.getClientRects().length > 0,
    step: Number(root.dataset.step ?? -1),
    codeSize: Number(root.dataset.codeSize ?? 0),
    address: location.search,
    caption: caption.textContent ?? '',
    captionInViewport: inViewport(caption.getBoundingClientRect()),
    current: current.length,
    currentInSight: current.filter(
      (r) => r.top >= area.top - 0.5 && r.bottom <= area.bottom + 0.5 && inViewport(r),
    ).length,
    dimmed: root.querySelectorAll('mark.is-dimmed').length,
    marked: [
      ...new Set([...root.querySelectorAll<HTMLElement>('mark.diff')].map((m) => m.dataset.diff)),
    ],
    chrome:
      visible('.topbar') + visible('#library') + visible('.toolbar') + visible('#differences'),
    fills:
      Math.abs(root.getBoundingClientRect().width - innerWidth) < 1 &&
      Math.abs(root.getBoundingClientRect().height - innerHeight) < 1,
  };
}

describe.skipIf(!chromiumAvailable())('presentation mode and projecting', () => {
  const session = webViewSession();
  const open = session.open;
  beforeAll(() => mkdirSync(RESULTS, { recursive: true }));

  const results = new Map<string, CompareResult>();
  /** The engine's answer for a library snippet, as the page gets it. */
  async function compareSnippet(id: string): Promise<CompareResult> {
    const known = results.get(id);
    if (known) return known;
    const snippet = (await (
      await fetch(`${session.server.url}/api/snippets/${id}`)
    ).json()) as Snippet;
    const [left, right] = snippet.languages as [string, string];
    const response = await fetch(`${session.server.url}/api/compare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        left: { language: left, code: snippet.code[left] },
        right: { language: right, code: snippet.code[right] },
      }),
    });
    const result = (await response.json()) as CompareResult;
    results.set(id, result);
    return result;
  }

  async function state(page: Page) {
    return page.evaluate(presentState);
  }

  async function press(page: Page, key: string) {
    const before = await state(page);
    await page.keyboard.press(key);
    await page.waitForFunction(
      (step) => document.getElementById('presentation')?.dataset.step !== String(step),
      before.step,
      { timeout: 2000 },
    );
    return state(page);
  }

  /** The current difference's explanation is on screen, with its marks in sight, the rest dimmed. */
  function expectStep(seen: Awaited<ReturnType<typeof state>>, differences: Difference[]) {
    const difference = differences[seen.step - 1]!;
    expect(seen.captionInViewport).toBe(true);
    expect(seen.caption).toContain(shown(difference.summary));
    expect(seen.caption).toContain(shown(difference.explanation));
    expect(seen.caption).toContain(`Difference ${seen.step} of ${differences.length}`);
    expect(seen.current).toBeGreaterThan(0);
    expect(seen.currentInSight).toBeGreaterThan(0);
    if (seen.marked.length > 1) expect(seen.dimmed).toBeGreaterThan(0);
    expect(seen.address).toContain(`step=${seen.step}`);
  }

  function expectWrapsWell(report: ReturnType<typeof wrapReport>) {
    expect(report.lines).toBeGreaterThan(5);
    expect(report.restartsAtZero).toEqual([]);
    expect(report.leftOfIndent).toEqual([]);
    expect(report.noMark).toEqual([]);
    expect(report.split).toEqual([]);
  }

  describe('presentation', () => {
    for (const screen of SCREENS) {
      it(`fills ${screen.width}×${screen.height} with the lesson's pair alone, as large as its widest line allows`, async () => {
        const page = await open(`/?snippet=${LESSON}&mode=present`, { viewport: screen });
        const seen = await state(page);
        expect(seen.shown).toBe(true);
        expect(seen.fills).toBe(true);
        expect(seen.chrome).toBe(0);
        expect(seen.step).toBe(0);
        // Larger than the read view's default (17 px), and every line on one row.
        expect(seen.codeSize).toBeGreaterThan(17);
        const report = await page.evaluate(wrapReport, '#presentation');
        expect(report.wrapped).toBe(0);
        expectWrapsWell(report);
        // The largest that fits: a tenth larger, a line wraps or the code no longer fits above
        // the caption.
        const tighter = await page.evaluate(
          (size) => {
            const root = document.getElementById('presentation')!;
            const code = root.querySelector<HTMLElement>('.compare')!;
            code.style.setProperty('--present-size', `${size}px`);
            const wraps = [...code.querySelectorAll<HTMLElement>('.code[data-line] .text')].some(
              (t) =>
                t.getBoundingClientRect().height > parseFloat(getComputedStyle(t).lineHeight) * 1.5,
            );
            const area = root.querySelector('.present-code')!;
            return { wraps, overflows: area.scrollHeight > area.clientHeight + 1 };
          },
          Math.ceil(seen.codeSize * 1.1),
        );
        expect(tighter.wraps || tighter.overflows).toBe(true);
      });
    }

    it('steps with the arrows, j/k, Space and PageUp/PageDown, keeps the step in the address and leaves with Escape', async () => {
      const differences = (await compareSnippet(LESSON)).differences;
      const page = await open(`/?snippet=${LESSON}&mode=present`);
      const forward = ['ArrowRight', 'j', 'Space', 'PageDown', 'ArrowDown'];
      for (const [index, key] of forward.entries()) {
        const seen = await press(page, key);
        expect(seen.step).toBe(index + 1);
        expectStep(seen, differences);
      }
      // Past the last: nothing moves.
      await page.keyboard.press('ArrowRight');
      expect((await state(page)).step).toBe(differences.length);
      for (const [index, key] of ['ArrowLeft', 'k', 'PageUp', 'Shift+Space'].entries()) {
        const seen = await press(page, key);
        expect(seen.step).toBe(differences.length - 1 - index);
      }
      expect((await state(page)).address).toBe(`?snippet=${LESSON}&mode=present&step=1`);

      // A reload (or the link, shared) opens at the same place.
      await page.reload();
      await waitForRender(page);
      const again = await state(page);
      expect(again.shown).toBe(true);
      expect(again.step).toBe(1);
      expectStep(again, differences);

      await page.keyboard.press('Escape');
      const left = await state(page);
      expect(left.shown).toBe(false);
      expect(left.address).toBe(`?snippet=${LESSON}`);
      expect(await page.locator('#comparison').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('present');
    });

    it('opens from the Present button and leaves with the browser’s Back', async () => {
      const page = await open(`/?snippet=${ROUTING}`);
      await page.getByRole('button', { name: 'Present' }).click();
      expect((await state(page)).shown).toBe(true);
      expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('presentation');
      await press(page, 'j');
      await page.goBack();
      await page.waitForFunction(() => document.getElementById('presentation')?.hidden);
      expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
      expect(await page.locator('#comparison').isVisible()).toBe(true);
      // `f` in the read view presents in full screen; the Full screen control says so.
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement !== null);
      expect((await state(page)).shown).toBe(true);
      expect(
        await page.getByRole('button', { name: 'Full screen' }).getAttribute('aria-pressed'),
      ).toBe('true');
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement === null);
      await page.keyboard.press('Escape');
      expect((await state(page)).shown).toBe(false);
    });

    it('reveals one difference at a time: nothing marked at first, one more at each step', async () => {
      const differences = (await compareSnippet(LESSON)).differences;
      const page = await open(`/?snippet=${LESSON}&mode=present`);
      const reveal = page.getByRole('button', { name: 'Reveal one at a time' });
      await reveal.click();
      expect(await reveal.getAttribute('aria-pressed')).toBe('true');
      let seen = await state(page);
      expect(seen.marked).toEqual([]);
      expect(seen.address).toContain('reveal=1');
      expect(seen.caption).toContain(`${differences.length} differences to find`);
      await page.locator('#presentation').focus();
      for (let step = 1; step <= differences.length; step++) {
        seen = await press(page, 'ArrowRight');
        expect(seen.marked.sort()).toEqual(
          differences
            .slice(0, step)
            .map((d) => d.id)
            .sort(),
        );
        expectStep(seen, differences);
      }
      // The address keeps reveal and the step: a reload is where the class was.
      await page.reload();
      await waitForRender(page);
      seen = await state(page);
      expect(seen.step).toBe(differences.length);
      expect(seen.marked).toHaveLength(differences.length);
      expect(seen.address).toContain('reveal=1');
    });

    it('presents a shared link, keeping the code in the fragment', async () => {
      const ruby = 'x = nil\nputs x\n';
      const python = 'x = None\nprint(x)\n';
      const b64 = (s: string) => Buffer.from(s).toString('base64url');
      const page = await open(
        `/?mode=present&step=1#l=ruby&lc=${b64(ruby)}&r=python&rc=${b64(python)}`,
      );
      const seen = await state(page);
      expect(seen.shown).toBe(true);
      expect(seen.step).toBe(1);
      await press(page, 'ArrowRight');
      expect(new URL(page.url()).hash).toContain(`lc=${b64(ruby)}`);
    });

    it('shows the problem page, not an empty presentation, for an unknown snippet', async () => {
      const page = await open('/?snippet=no/such-thing&mode=present');
      // The service's 404 for the snippet, as Chromium logs it: expected here.
      const problems = session.lastProblems();
      expect(problems).toEqual([expect.stringContaining('404')]);
      problems.splice(0);
      expect((await state(page)).shown).toBe(false);
      expect(await page.textContent('h1')).toContain('No such snippet');
      expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    });

    it('keeps its controls reachable and named for keyboards and screen readers', async () => {
      const page = await open(`/?snippet=${LESSON}&mode=present`);
      const region = page.getByRole('region', { name: /Odd or even/ });
      expect(await region.isVisible()).toBe(true);
      const toolbar = page.getByRole('toolbar', { name: 'Presentation' });
      for (const name of [
        'Previous difference',
        'Next difference',
        'Reveal one at a time',
        'Smaller code',
        'Larger code',
        'Full screen',
        'Leave',
      ]) {
        expect(await toolbar.getByRole('button', { name }).count()).toBe(1);
      }
      expect(await page.locator('.present-caption').getAttribute('aria-live')).toBe('polite');
      // Tab moves through the controls (Previous is disabled at the start); a control pressed
      // with Space or Enter does its own job.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Next difference',
      );
      await page.keyboard.press('Enter');
      expect((await state(page)).step).toBe(1);
      // The code is the read view's table, named after the languages (the read view's own is
      // hidden meanwhile).
      const table = page.getByRole('table', { name: 'Ruby and Python, line by line' });
      expect(await table.count()).toBe(1);
      expect(await table.evaluate((t) => t.closest('#presentation') !== null)).toBe(true);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const { checked, failures } = await page.evaluate(
          contrastFailures,
          '#presentation .tok, #presentation mark, #presentation .ln, #presentation .head, #presentation .badge, #presentation p, #presentation .btn, #presentation h1, #presentation .present-counter',
        );
        expect(checked).toBeGreaterThan(30);
        expect(failures).toEqual([]);
      }
    });

    it('passes the axe-core audit at the start, at a step and revealing, in both themes', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await open(`/?snippet=${ROUTING}&mode=present`, { colorScheme: scheme });
        expect(await auditAccessibility(page, `present-start-${scheme}`)).toEqual([]);
        await press(page, 'ArrowRight');
        await press(page, 'ArrowRight');
        expect(await auditAccessibility(page, `present-step-${scheme}`)).toEqual([]);
        await page.keyboard.press('r');
        expect((await state(page)).address).toContain('reveal=1');
        expect(await auditAccessibility(page, `present-reveal-${scheme}`)).toEqual([]);
      }
    });

    it('stays out of practice, where it would give the answers away', async () => {
      const page = await open(`/?snippet=${LESSON}&mode=practice`);
      await page.locator('#practice').waitFor();
      expect(await page.locator('#present').isVisible()).toBe(false);
      await page.keyboard.press('f');
      expect((await state(page)).shown).toBe(false);
      expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
      // Back to reading, Present is there again.
      await page.click('#practice-exit');
      await page.getByRole('button', { name: 'Present' }).click();
      expect((await state(page)).shown).toBe(true);
    });

    // The classroom's conditions: both projector sizes, the largest code, light and dark.
    for (const id of [LESSON, ROUTING]) {
      for (const screen of SCREENS) {
        for (const scheme of ['light', 'dark'] as const) {
          it(`keeps ${id}'s current explanation on screen at every step, ${screen.width}×${screen.height}, largest code, ${scheme}`, async () => {
            const differences = (await compareSnippet(id)).differences;
            const page = await open(`/?snippet=${id}&mode=present`, {
              viewport: screen,
              colorScheme: scheme,
            });
            const fitted = (await state(page)).codeSize;
            for (let i = 0; i < PRESENT_ZOOMS.length; i++) await page.keyboard.press('+');
            expect(await page.getByRole('button', { name: 'Larger code' }).isDisabled()).toBe(true);
            const largest = (await state(page)).codeSize;
            expect(largest).toBeGreaterThanOrEqual(
              Math.round(fitted * Math.max(...PRESENT_ZOOMS)) - 1,
            );
            const name = `present-${id.replace('/', '-')}-${screen.width}x${screen.height}-${scheme}`;
            for (let step = 1; step <= differences.length; step++) {
              const seen = await press(page, 'ArrowRight');
              expect(seen.step).toBe(step);
              expectStep(seen, differences);
              // The current difference stands out without colour: a heavier line and a tinted
              // ground, where the others have neither.
              const cues = await page.evaluate(() => {
                const style = (selector: string) => {
                  const e = document.querySelector(`#presentation ${selector}`);
                  return e ? getComputedStyle(e) : null;
                };
                const current = style('mark.is-current');
                const dimmed = style('mark.is-dimmed');
                return {
                  currentLine: parseFloat(current?.textDecorationThickness ?? '0'),
                  dimmedLine: dimmed ? parseFloat(dimmed.textDecorationThickness) : 0,
                  dimmedGround: dimmed?.backgroundColor ?? 'none',
                };
              });
              expect(cues.currentLine).toBeGreaterThan(cues.dimmedLine);
              expect(cues.dimmedGround).toBe('rgba(0, 0, 0, 0)');
              expectWrapsWell(await page.evaluate(wrapReport, '#presentation'));
              if (step === 1) await page.screenshot({ path: join(RESULTS, `${name}.png`) });
            }
            await page.evaluate(() => {
              document.documentElement.style.filter = 'grayscale(1)';
            });
            await page.screenshot({ path: join(RESULTS, `${name}-grayscale.png`) });
          });
        }
      }
    }
  });

  describe('read view', () => {
    for (const id of [LESSON, ROUTING]) {
      it(`wraps ${id} at the largest code size under each line's indentation, never inside a token`, async () => {
        const page = await open(`/?snippet=${id}`, { viewport: SCREENS[0] });
        await page.evaluate(
          (size) => localStorage.setItem('juxta.codeSize', size),
          LARGEST_READ_SIZE,
        );
        await page.getByRole('button', { name: 'Library' }).click();
        await page.reload();
        await waitForRender(page);
        expect(await page.locator('#library').isVisible()).toBe(false);
        const report = await page.evaluate(wrapReport, '#comparison');
        // At 42 px in half of 1280 px, lines do wrap: the rules are exercised, not skipped.
        expect(report.wrapped).toBeGreaterThan(0);
        expectWrapsWell(report);
        await page.screenshot({
          path: join(RESULTS, `read-wrap-${id.replace('/', '-')}.png`),
          fullPage: true,
        });

        // With the library shown the panes are narrower still: rows still never restart at
        // column 0, always after the mark, and no token fitting a row is split. (Where a deep
        // indentation would leave under six columns, the indentation gives way.)
        await page.getByRole('button', { name: 'Library' }).click();
        const narrow = await page.evaluate(wrapReport, '#comparison');
        expect(narrow.wrapped).toBeGreaterThanOrEqual(report.wrapped);
        expect(narrow.restartsAtZero).toEqual([]);
        expect(narrow.noMark).toEqual([]);
        expect(narrow.split).toEqual([]);
      });
    }

    it('keeps the current explanation in the viewport while j/k step through back-end/routing at 1280×720', async () => {
      const differences = (await compareSnippet(ROUTING)).differences;
      const page = await open(`/?snippet=${ROUTING}`, { viewport: SCREENS[0] });
      await page.evaluate(
        (size) => localStorage.setItem('juxta.codeSize', size),
        LARGEST_READ_SIZE,
      );
      await page.reload();
      await waitForRender(page);
      for (let step = 1; step <= differences.length; step++) {
        await page.keyboard.press('j');
        const difference = differences[step - 1]!;
        // The caption follows an IntersectionObserver: give it a frame.
        await page.waitForTimeout(50);
        const seen = await page.evaluate((id) => {
          const inViewport = (r: DOMRect) =>
            r.height > 0 && r.top >= -0.5 && r.bottom <= innerHeight + 0.5;
          const entry = document.querySelector(
            `#difference-${CSS.escape(id)} .difference-explanation`,
          );
          const caption = document.querySelector<HTMLElement>('.follow-caption');
          const captionShown = caption !== null && !caption.hidden;
          const token = [...document.querySelectorAll<HTMLElement>('#comparison mark')].find((m) =>
            m.dataset.diff?.split(' ').includes(id),
          );
          const t = token?.getBoundingClientRect();
          return {
            entryInViewport: entry ? inViewport(entry.getBoundingClientRect()) : false,
            captionShown,
            captionInViewport: captionShown && inViewport(caption.getBoundingClientRect()),
            captionText: captionShown ? caption.textContent : '',
            tokenInViewport: t ? inViewport(t) : false,
            tokenClearOfCaption:
              !t || !captionShown || t.bottom <= caption.getBoundingClientRect().top + 0.5,
            focused: (document.activeElement as HTMLElement | null)?.dataset.diff,
          };
        }, difference.id);
        expect(seen.focused).toBe(difference.id);
        expect(seen.entryInViewport || seen.captionInViewport).toBe(true);
        if (!seen.entryInViewport)
          expect(seen.captionText).toContain(shown(difference.explanation));
        if (difference.left.length + difference.right.length > 0) {
          expect(seen.tokenInViewport).toBe(true);
          expect(seen.tokenClearOfCaption).toBe(true);
        }
        if (step === 14) {
          await page.screenshot({ path: join(RESULTS, 'read-step-14-routing-1280x720.png') });
          expect(await auditAccessibility(page, 'read-following-caption')).toEqual([]);
        }
      }
      await page.keyboard.press('Escape');
      await page.waitForTimeout(50);
      expect(await page.locator('.follow-caption').isHidden()).toBe(true);
    });

    it('hides the library, remembered, giving the code the width', async () => {
      const page = await open(`/?snippet=${LESSON}`, { viewport: SCREENS[0] });
      const toggle = page.getByRole('button', { name: 'Library' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await toggle.getAttribute('aria-controls')).toBe('library');
      const before = (await page.locator('#comparison').boundingBox())!.width;
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#library').isVisible()).toBe(false);
      expect((await page.locator('#comparison').boundingBox())!.width).toBeGreaterThan(
        before + 200,
      );
      await page.reload();
      await waitForRender(page);
      expect(await page.locator('#library').isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Library' }).click();
      expect(await page.locator('#library').isVisible()).toBe(true);
    });

    it('grows the header and the legend with the code size', async () => {
      const page = await open(`/?snippet=${LESSON}`, { viewport: SCREENS[0] });
      const sizes = () =>
        page.evaluate(() => {
          const px = (selector: string) =>
            parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
          return {
            title: px('h1'),
            button: px('#edit-toggle'),
            legend: px('.legend-item'),
            heading: px('#comparison .head'),
          };
        });
      const small = await sizes();
      while (!(await page.locator('#font-up').isDisabled())) await page.click('#font-up');
      const large = await sizes();
      for (const key of Object.keys(small) as (keyof typeof small)[]) {
        expect(large[key] / small[key]).toBeGreaterThan(1.3);
      }
      await page.screenshot({ path: join(RESULTS, 'read-largest-1280x720.png') });
    });
  });
});
