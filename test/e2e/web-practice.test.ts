/**
 * Practice mode (issue 14, item 2), played in real Chromium against the real service: the
 * differences hidden, every token a learner can pick with the mouse or the keyboard, each pick
 * answered (found, with its explanation; or "reads the same in both"), hints, the score, and the
 * best score kept in localStorage across reloads, on the lesson's pair, on a pair made in edit
 * mode, and on every pair of the library. The engine's own answer (POST /api/compare) says which
 * tokens belong to which difference, so no test knows the answers by heart. Screenshots at
 * 1280×720 and 1920×1080, light and dark, go to test-results/practice-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { CompareResult, Difference, Snippet, SnippetSummary, Token } from '../../src/types.js';
import { chromiumAvailable, renders, waitForRender, webViewSession } from './browser.js';

const RESULTS = join(PACKAGE_ROOT, 'test-results');
const LESSON = 'control-flow/odd-even';
const LESSON_KEY = 'juxta.practice.snippet:control-flow/odd-even:ruby/python';
type Side = 'left' | 'right';

describe.skipIf(!chromiumAvailable())('practice mode in Chromium', () => {
  const session = webViewSession();
  const open = session.open;
  beforeAll(() => mkdirSync(RESULTS, { recursive: true }));

  async function api<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(session.server.url + path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    return (await response.json()) as T;
  }

  /** A snippet's first two languages and the engine's answer for them. */
  async function snippetPair(id: string) {
    const snippet = await api<Snippet>(`/api/snippets/${id}`);
    const [l, r] = snippet.languages as [string, string];
    const code = { left: snippet.code[l]!, right: snippet.code[r]! };
    const result = await api<CompareResult>('/api/compare', {
      left: { language: l, code: code.left },
      right: { language: r, code: code.right },
    });
    return { code, result };
  }

  /** The index of a token in its side's list, which the board's `data-token` carries. */
  function tokenIndex(result: CompareResult, side: Side, token: Token): number {
    const index = result[side].tokens.findIndex(
      (t) => t.line === token.line && t.column === token.column && t.text === token.text,
    );
    expect(index, `${side} token ${JSON.stringify(token)} is in the side's tokens`).not.toBe(-1);
    return index;
  }

  function pickSelector(side: Side, index: number): string {
    return `#practice-board .pick[data-side="${side}"][data-token="${index}"]`;
  }

  /** A token of this side that no difference touches: a wrong pick. */
  function sameToken(result: CompareResult, side: Side): number {
    const inDifferences = new Set(
      result.differences.flatMap((d) => d[side].map((t) => `${t.line}:${t.column}`)),
    );
    const index = result[side].tokens.findIndex((t) => !inDifferences.has(`${t.line}:${t.column}`));
    expect(index).not.toBe(-1);
    return index;
  }

  /** The board's text, line by line, per side: the code must all be there. */
  function boardText(page: Page, side: Side): Promise<string[]> {
    return page.$$eval(`#practice-board .code.side-${side}[data-line] .text`, (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
  }

  function codeLines(code: string): string[] {
    const lines = code.split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.map((line) => line.replace(/\r$/, ''));
  }

  const feedback = (page: Page) => page.locator('#practice-feedback').innerText();
  const tally = (page: Page) => page.locator('#practice-tally').innerText();
  const plain = (text: string) => text.replace(/`/g, '');

  /** Whether an element lies wholly inside the window. */
  function inViewport(page: Page, selector: string): Promise<boolean> {
    return page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    });
  }

  /** Finds difference `d` by clicking one of its tokens on `side`, and checks the answer. */
  async function findByClick(
    page: Page,
    result: CompareResult,
    d: Difference,
    side: Side,
    which: 'first' | 'last' = 'first',
  ): Promise<void> {
    const tokens = d[side];
    const token = which === 'first' ? tokens[0]! : tokens.at(-1)!;
    await page.click(pickSelector(side, tokenIndex(result, side, token)));
    const number = result.differences.indexOf(d) + 1;
    const answer = await feedback(page);
    expect(answer).toContain(`Found difference ${number} of ${result.differences.length}`);
    expect(answer).toContain(plain(d.summary));
    expect(answer).toContain(plain(d.explanation));
    // Now marked in the code, on both sides, every token of it, with its number.
    for (const s of ['left', 'right'] as const) {
      expect(
        await page
          .locator(`#practice-board mark.diff[data-side="${s}"][data-diff~="${d.id}"]`)
          .count(),
      ).toBe(d[s].length);
    }
    expect(
      await page.locator(`#practice-board .badge[data-diff="${d.id}"]`).first().textContent(),
    ).toBe(String(number));
    expect(await page.locator(`#practice-found li[data-diff="${d.id}"]`).innerText()).toContain(
      plain(d.explanation),
    );
  }

  it("plays a round on the lesson's pair: a wrong pick, a hint, five finds by clicking, the score, the best kept across a reload", async () => {
    const { code, result } = await snippetPair(LESSON);
    expect(result.differences).toHaveLength(5);
    const page = await open(`/?snippet=${LESSON}&mode=practice`, {
      viewport: { width: 1280, height: 720 },
    });
    await page.locator('#practice-board .pick').first().waitFor();
    expect(await page.textContent('h1')).toContain('Odd or even');

    // Nothing gives the answers away: no marks, numbers, dashed joints, list or notes.
    for (const selector of ['#comparison', '#differences', '#legend', '#notes', '#edit-toggle']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('#practice-board mark, #practice-board .badge').count()).toBe(0);
    expect(await page.locator('#practice-board .conn.has-diff').count()).toBe(0);
    expect(await page.locator('#practice-found li').count()).toBe(0);
    expect(await page.getAttribute('#practice-toggle', 'aria-pressed')).toBe('true');
    // All the code is there, and every token is a pick.
    for (const side of ['left', 'right'] as const) {
      expect(await boardText(page, side)).toEqual(codeLines(code[side]));
      expect(
        await page.locator(`#practice-board .pick[role="button"][data-side="${side}"]`).count(),
      ).toBe(result[side].tokens.length);
    }
    expect(await feedback(page)).toContain('5 differences are hidden');
    expect(await tally(page)).toMatch(/Found\s*0 of 5\s*Hints\s*0\s*Wrong picks\s*0/);
    expect(await page.textContent('#practice-best')).toBe('No best score on this pair yet.');

    // The answers are announced: the feedback is a polite, atomic live region.
    const live = page.locator('#practice-feedback');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.getAttribute('aria-atomic')).toBe('true');

    // A wrong pick: a token no difference touches reads the same in both. Counted once.
    const same = sameToken(result, 'left');
    const sameText = result.left.tokens[same]!;
    await page.click(pickSelector('left', same));
    // `age` on line 1 faces Python's `age` on line 1: the answer says so, and no more.
    expect(sameText).toMatchObject({ text: 'age', line: 1 });
    expect(await feedback(page)).toContain(
      'Not a difference: age on Ruby line 1 reads the same in both programs: Python writes it on line 1 too.',
    );
    expect(await tally(page)).toMatch(/Wrong picks\s*1/);
    expect(await page.getAttribute(pickSelector('left', same), 'class')).toContain('picked-same');
    await page.click(pickSelector('left', same));
    expect(await feedback(page)).toContain('not counted again');
    expect(await tally(page)).toMatch(/Wrong picks\s*1/);

    // A hint marks the line of a difference not found yet, and says which.
    await page.click('#practice-hint');
    const hinted = page.locator('#practice-board .code.hinted');
    expect(await hinted.count()).toBe(1);
    const hintSide = (await hinted.getAttribute('data-side')) as Side;
    const hintLine = Number(await hinted.getAttribute('data-line'));
    const names = { left: 'Ruby', right: 'Python' };
    expect(await feedback(page)).toContain(
      `a difference you have not found yet is on ${names[hintSide]} line ${hintLine}`,
    );
    const hintedDifference = result.differences.find((d) =>
      d[hintSide].some((t) => t.line === hintLine),
    );
    expect(hintedDifference, 'a difference has a token on the hinted line').toBeDefined();
    expect(await tally(page)).toMatch(/Hints\s*1/);
    expect(await inViewport(page, '#practice-feedback')).toBe(true);

    // Find all five, last to first, from either side: a click anywhere on a token of a
    // difference finds it (the closing `)` of a call's parentheses as well as the opening one).
    const order = [...result.differences].reverse();
    for (const [i, d] of order.entries()) {
      const side: Side = d.right.length && (i % 2 === 1 || !d.left.length) ? 'right' : 'left';
      await findByClick(page, result, d, side, i % 2 === 0 ? 'last' : 'first');
      expect(await tally(page)).toMatch(new RegExp(`Found\\s*${i + 1} of 5`));
      expect(await inViewport(page, '#practice-feedback')).toBe(true);
      if (d === hintedDifference) expect(await hinted.count()).toBe(0);
    }
    const end = await feedback(page);
    expect(end).toContain('All 5 differences found!');
    expect(end).toContain('Your score: 5 of 5 found, 1 hint, 1 wrong pick.');
    expect(end).toContain('Your first score on this pair, kept as your best.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-again');
    expect(await page.locator('#practice-board .pick[role="button"]').count()).toBe(0);
    expect(await page.locator('#practice-found li').count()).toBe(5);
    expect(await page.locator('#practice-found li').first().innerText()).toContain(
      plain(result.differences[0]!.summary),
    );
    expect(
      JSON.parse((await page.evaluate((k) => localStorage.getItem(k), LESSON_KEY)) ?? ''),
    ).toEqual({ found: 5, total: 5, hints: 1, wrong: 1 });

    // The best score survives a reload.
    await page.reload();
    await page.locator('#practice-board .pick').first().waitFor();
    expect(await page.textContent('#practice-best')).toBe(
      'Your best on this pair: 5 of 5 found, 1 hint, 1 wrong pick.',
    );
    expect(await tally(page)).toMatch(/Found\s*0 of 5/);
  });

  it('plays by keyboard alone: Tab to the programs, arrows to a token, Enter to pick; a better round is the new best', async () => {
    const { result } = await snippetPair(LESSON);
    const page = await open(`/?snippet=${LESSON}&mode=practice`);
    await page.evaluate(
      (k) => localStorage.setItem(k, JSON.stringify({ found: 5, total: 5, hints: 1, wrong: 2 })),
      LESSON_KEY,
    );
    await page.reload();
    await page.locator('#practice-board .pick').first().waitFor();
    expect(await page.textContent('#practice-best')).toBe(
      'Your best on this pair: 5 of 5 found, 1 hint, 2 wrong picks.',
    );

    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return {
          side: e?.dataset.side ?? null,
          line: Number(e?.dataset.line ?? 0),
          token: Number(e?.dataset.token ?? -1),
          outline: e
            ? getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth
            : '',
        };
      });
    // The board is one tab stop: Tab from the last button reaches Ruby's first token, with a
    // clear focus ring, and the next Tab leaves the board.
    await page.focus('#practice-exit');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ side: 'left', line: 1, token: 0 });
    expect((await focused()).outline).toBe('solid 3px');
    await page.keyboard.press('Tab');
    expect((await focused()).side).toBe(null);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toMatchObject({ side: 'left', line: 1, token: 0 });
    // Right past the end of Ruby's line 1 is Python's line 1, beside it.
    const rubyLine1 = result.left.tokens.filter((t) => t.line === 1).length;
    for (let i = 0; i < rubyLine1; i++) await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ side: 'right', line: 1, token: 0 });
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatchObject({ side: 'left', line: 1, token: rubyLine1 - 1 });

    /** Walks to a token with the arrow keys, then presses Enter. */
    async function walkTo(side: Side, token: Token): Promise<void> {
      let at = await focused();
      for (let guard = 0; at.side !== side && guard < 40; guard++) {
        await page.keyboard.press(side === 'right' ? 'ArrowRight' : 'ArrowLeft');
        at = await focused();
      }
      expect(at.side).toBe(side);
      for (let guard = 0; at.line !== token.line && guard < 40; guard++) {
        await page.keyboard.press(at.line < token.line ? 'ArrowDown' : 'ArrowUp');
        at = await focused();
      }
      const target = tokenIndex(result, side, token);
      for (let guard = 0; at.token !== target && guard < 40; guard++) {
        await page.keyboard.press(at.token < target ? 'ArrowRight' : 'ArrowLeft');
        at = await focused();
      }
      expect(at).toMatchObject({ side, line: token.line, token: target });
      await page.keyboard.press('Enter');
    }

    for (const [i, d] of result.differences.entries()) {
      const side: Side = d.left.length ? 'left' : 'right';
      await walkTo(side, d[side][0]!);
      expect(await feedback(page)).toContain(`Found difference ${i + 1} of 5`);
      if (i === 0) {
        // The same token again: already found, nothing counted.
        await page.keyboard.press('Enter');
        expect(await feedback(page)).toContain('Already found: difference 1 of 5');
        // `j` belongs to the read view: in practice it moves nothing and lights nothing.
        await page.keyboard.press('j');
        expect(await page.locator('#difference-list .difference.active').count()).toBe(0);
      }
    }
    const end = await feedback(page);
    expect(end).toContain('Your score: 5 of 5 found, no hints, no wrong picks.');
    expect(end).toContain('A new best for this pair (it was 5 of 5 found, 1 hint, 2 wrong picks).');
    expect(await page.textContent('#practice-best')).toBe(
      'Your best on this pair: 5 of 5 found, no hints, no wrong picks.',
    );

    // A worse round (the rest shown at once) leaves the best alone and lists every difference.
    await page.keyboard.press('Enter'); // Play again has the focus
    expect(await tally(page)).toMatch(/Found\s*0 of 5/);
    await page.keyboard.press('h'); // a hint from the keyboard
    expect(await tally(page)).toMatch(/Hints\s*1/);
    await page.click('#practice-reveal');
    const over = await feedback(page);
    expect(over).toContain('Round over: you found 0 of 5.');
    expect(over).toContain(
      'Your best on this pair is still 5 of 5 found, no hints, no wrong picks.',
    );
    expect(await page.locator('#practice-found li').count()).toBe(5);
    expect(await page.locator('#practice-found li').first().innerText()).toContain(
      'not found by you',
    );
    expect(await page.locator('#practice-board mark.diff').count()).toBeGreaterThan(0);
  });

  it('goes back to the read view and in again from the Practice button, the address following', async () => {
    const page = await open('/');
    expect(await page.locator('#practice').isVisible()).toBe(false);
    await page.click('#practice-toggle');
    await page.locator('#practice-board .pick').first().waitFor();
    expect(new URL(page.url()).search).toBe(`?snippet=${LESSON}&mode=practice`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-heading');
    expect(await page.locator('#comparison').isVisible()).toBe(false);

    await page.click('#practice-exit');
    expect(new URL(page.url()).search).toBe(`?snippet=${LESSON}`);
    expect(await page.locator('#practice').isVisible()).toBe(false);
    expect(await page.locator('#comparison mark.diff').first().isVisible()).toBe(true);
    expect(await page.locator('#differences').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-toggle');
    expect(await page.getAttribute('#practice-toggle', 'aria-pressed')).toBe('false');

    // The Practice button, pressed again, leaves practice as well.
    await page.click('#practice-toggle');
    await page.locator('#practice-board .pick').first().waitFor();
    await page.click('#practice-toggle');
    expect(await page.locator('#practice').isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe(`?snippet=${LESSON}`);

    // A library link leaves practice too, for the read view of that snippet.
    await page.click('#practice-toggle');
    await page.locator('#practice-board .pick').first().waitFor();
    const seen = await renders(page);
    await page.click('#library a[data-snippet="loops/while"]');
    await waitForRender(page, seen);
    expect(await page.locator('#practice').isVisible()).toBe(false);
    expect(await page.locator('#comparison').isVisible()).toBe(true);
  });

  it('plays on a phone: the programs stacked, a tap picks, no key hints', async () => {
    const { result } = await snippetPair(LESSON);
    const page = await open(`/?snippet=${LESSON}&mode=practice`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.locator('#practice-board .pick').first().waitFor();
    // Ruby's lines above Python's, as the read view stacks them.
    const rubyLast = await page
      .locator('#practice-board .code.side-left[data-line]')
      .last()
      .boundingBox();
    const pythonFirst = await page
      .locator('#practice-board .code.side-right[data-line]')
      .first()
      .boundingBox();
    expect(rubyLast!.y).toBeLessThan(pythonFirst!.y);
    const d = result.differences.find((x) => x.right.length)!;
    await page.tap(pickSelector('right', tokenIndex(result, 'right', d.right[0]!)));
    expect(await feedback(page)).toContain(
      `Found difference ${result.differences.indexOf(d) + 1} of 5`,
    );
    expect(
      await page
        .locator('#practice .key-hint')
        .evaluateAll((hints) => hints.filter((e) => e.getClientRects().length > 0).length),
    ).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'practice-phone.png'), fullPage: true });
  });

  it('plays a pair made in edit mode, its best score kept by its code across a reload', async () => {
    const page = await open('/');
    const left = 'total = 0\n[1, 2, 3].each do |n|\n  total += n\nend\nputs total\n';
    const right = 'total = 0\nfor n in [1, 2, 3]:\n    total += n\nprint(total)\n';
    await page.click('#edit-toggle');
    await page.locator('.editor-column.side-left .cm-content .diff').first().waitFor();
    for (const [side, code] of [
      ['left', left],
      ['right', right],
    ] as const) {
      const seen = await renders(page);
      await page.locator(`.editor-column.side-${side} .cm-content`).click();
      await page.keyboard.press('ControlOrMeta+a');
      // Typed over a selection, Chromium's editing may copy the old text's inline style, which
      // the page's CSP (rightly) blocks with a console error; typing into an empty editor does not.
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(code);
      await waitForRender(page, seen);
    }
    expect(await page.textContent('h1')).toBe('Your edit');

    // Practice leaves the editors and puts the code in the address, so a reload keeps it.
    await page.click('#practice-toggle');
    await page.locator('#practice-board .pick').first().waitFor();
    expect(await page.locator('#editors').isVisible()).toBe(false);
    const url = new URL(page.url());
    expect(url.search).toBe('?mode=practice');
    expect(url.hash).toMatch(/^#l=ruby&lc=.+&r=python&rc=/);
    expect(await boardText(page, 'left')).toEqual(codeLines(left));
    expect(await boardText(page, 'right')).toEqual(codeLines(right));

    const result = await api<CompareResult>('/api/compare', {
      left: { language: 'ruby', code: left },
      right: { language: 'python', code: right },
    });
    const total = result.differences.length;
    expect(total).toBeGreaterThan(2);
    expect(await feedback(page)).toContain(`${total} differences are hidden`);
    await page.click(pickSelector('right', sameToken(result, 'right')));
    for (const [i, d] of result.differences.entries()) {
      await findByClick(page, result, d, d.right.length ? 'right' : 'left');
      if (i < total - 1) expect(await feedback(page)).toContain(`${i + 1} of ${total} found`);
    }
    const score = `${total} of ${total} found, no hints, 1 wrong pick`;
    expect(await feedback(page)).toContain(`Your score: ${score}.`);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('juxta.practice.')),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^juxta\.practice\.code:ruby\/python:[0-9a-f]{14}$/);

    await page.reload();
    await page.locator('#practice-board .pick').first().waitFor();
    expect(await page.textContent('h1')).toBe('Your comparison');
    expect(await boardText(page, 'left')).toEqual(codeLines(left));
    expect(await page.textContent('#practice-best')).toBe(`Your best on this pair: ${score}.`);

    // The lesson's pair has a best of its own (none yet in this browser).
    await page.goto(`${session.server.url}/?snippet=${LESSON}&mode=practice`);
    await page.locator('#practice-board .pick').first().waitFor();
    expect(await page.textContent('#practice-best')).toBe('No best score on this pair yet.');
  });

  it('finds every difference of every library pair by a click on one of its tokens', async () => {
    const snippets = await api<SnippetSummary[]>('/api/snippets');
    expect(snippets.length).toBeGreaterThanOrEqual(50);
    const page = await open(`/?snippet=${snippets[0]!.id}&mode=practice`);
    for (const { id } of snippets) {
      const { code, result } = await snippetPair(id);
      await page.goto(`${session.server.url}/?snippet=${id}&mode=practice`);
      await page.locator('#practice-board .pick').first().waitFor();
      expect(await boardText(page, 'left'), id).toEqual(codeLines(code.left));
      expect(await boardText(page, 'right'), id).toEqual(codeLines(code.right));
      expect(await page.locator('#practice-board mark').count(), id).toBe(0);
      // One token per difference, taken from the side given by the difference's place in the
      // list, and the last token of it where it has several.
      const picks = result.differences.map((d, i) => {
        const side: Side = (i % 2 === 0 && d.left.length) || !d.right.length ? 'left' : 'right';
        return pickSelector(side, tokenIndex(result, side, d[side].at(-1)!));
      });
      const answers = await page.evaluate((selectors) => {
        const said: string[] = [];
        for (const selector of selectors) {
          document.querySelector<HTMLElement>(selector)?.click();
          said.push(document.getElementById('practice-feedback')?.textContent ?? '');
        }
        return said;
      }, picks);
      const total = result.differences.length;
      answers.forEach((answer, i) =>
        expect(answer, `${id}: difference ${i + 1}`).toContain(
          `Found difference ${i + 1} of ${total}`,
        ),
      );
      expect(answers.at(-1), id).toContain(`All ${total} differences found!`);
    }
  }, 240_000);

  /**
   * The serious and critical findings of axe-core on practice mode: its section and the Practice
   * button (the rest of the page is the read view's, audited with it). axe is evaluated over the
   * DevTools protocol, since the page's CSP refuses injected scripts.
   */
  async function axeViolations(page: Page): Promise<string[]> {
    const source = readFileSync(
      createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
      'utf8',
    );
    await page.evaluate(source);
    const { violations } = (await page.evaluate(() =>
      (window as unknown as { axe: { run(context: object): Promise<unknown> } }).axe.run({
        include: [['#practice'], ['#practice-toggle']],
      }),
    )) as AxeResults;
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const size = `${viewport.width}x${viewport.height}`;
      it(`saves screenshots at ${size} in the ${scheme} theme, the answer always in view, and passes axe`, async () => {
        const { result } = await snippetPair('classes/inheritance');
        const page = await open(`/?snippet=classes/inheritance&mode=practice`, {
          viewport,
          colorScheme: scheme,
        });
        await page.locator('#practice-board .pick').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.click(pickSelector('left', sameToken(result, 'left')));
        await page.click('#practice-hint');
        // Three finds, the last far down the program: the answer stays on screen.
        const lowest = [...result.differences].sort(
          (a, b) =>
            Math.max(...b.left.map((t) => t.line), 0) - Math.max(...a.left.map((t) => t.line), 0),
        );
        for (const d of [result.differences[1]!, result.differences[2]!, lowest[0]!]) {
          const side: Side = d.left.length ? 'left' : 'right';
          await findByClick(page, result, d, side, 'last');
          expect(await inViewport(page, '#practice-feedback'), d.summary).toBe(true);
        }
        // Hover and keyboard focus, as a learner sees them.
        await page.focus('#practice-exit');
        await page.keyboard.press('Tab');
        await page.keyboard.press('ArrowRight');
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(RESULTS, `practice-${size}-${scheme}.png`) });

        // The end of the round: the rest found, the score and the best.
        const rest = result.differences
          .filter((d, i) => ![1, 2].includes(i) && d !== lowest[0])
          .map((d) => {
            const side: Side = d.left.length ? 'left' : 'right';
            return pickSelector(side, tokenIndex(result, side, d[side][0]!));
          });
        await page.evaluate((selectors) => {
          for (const selector of selectors) document.querySelector<HTMLElement>(selector)?.click();
        }, rest);
        expect(await feedback(page)).toContain(
          `Your score: ${result.differences.length} of ${result.differences.length} found, 1 hint, 1 wrong pick.`,
        );
        expect(await inViewport(page, '#practice-feedback')).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(RESULTS, `practice-${size}-${scheme}-end.png`) });

        // The largest code size, for a projector: the answer still in view, scrolling inside
        // itself if it must, and the round's end too.
        await page.evaluate(() => localStorage.setItem('juxta.codeSize', '8'));
        await page.reload();
        await page.locator('#practice-board .pick').first().waitFor();
        const answer = result.differences.at(-1)!;
        await findByClick(page, result, answer, answer.left.length ? 'left' : 'right');
        expect(await inViewport(page, '#practice-feedback')).toBe(true);
        await page.screenshot({ path: join(RESULTS, `practice-${size}-${scheme}-largest.png`) });
        await page.click('#practice-reveal');
        await page.locator('#practice-again').waitFor();
        expect(await inViewport(page, '#practice-feedback')).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
