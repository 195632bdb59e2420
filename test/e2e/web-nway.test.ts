/**
 * The web view with three and four languages at once (issue 13), in real Chromium against the real
 * service: `?langs=` and the language chooser, the panes aligned row by row (Ruby's `end` and the
 * closing `}` on one row, Python's cell empty), every difference marked and numbered in every pane
 * and lit there by j/k, the concept table (for two languages too), share links of three sides and
 * their damage, edit mode with an editor per side, what takes two languages saying so, the axe-core
 * audit, print, and screenshots at 1280×720 and 1920×1080 in light and dark.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { linesPhrase, shown } from '../../src/engine/spelling.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { CompareManyResult, LanguageInfo, Snippet } from '../../src/types.js';
import { encodeSides } from '../../web/src/link.js';
import {
  auditAccessibility,
  chromiumAvailable,
  contrastFailures,
  renders,
  waitForRender,
  webViewSession,
} from './browser.js';

const SCREENSHOTS = join(PACKAGE_ROOT, 'test-results');
const LESSON = 'control-flow/odd-even';
/** The language a learner's other first language usually is, beside the lesson's two. */
const THIRD = 'javascript';
const THREE = ['ruby', 'python', THIRD];

describe.skipIf(!chromiumAvailable())('web view with three and four languages', () => {
  const session = webViewSession();
  const open = session.open;
  let snippet: Snippet;
  let languages: LanguageInfo[];
  let answer: CompareManyResult;

  async function api<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(session.server.url + path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    return (await response.json()) as T;
  }
  const name = (id: string) => languages.find((l) => l.id === id)?.name ?? id;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    snippet = await api<Snippet>(`/api/snippets/${LESSON}`);
    languages = await api<LanguageInfo[]>('/api/languages');
    answer = await api<CompareManyResult>('/api/compare', {
      sides: THREE.map((language) => ({ language, code: snippet.code[language] })),
    });
  });

  /** Each row of the read view: per pane, its line number, or `null` for a gap. */
  function shownRows(page: Page): Promise<(number | null)[][]> {
    return page.$$eval('#comparison [role="row"]', (rows) =>
      rows
        .filter((row) => row.querySelector('.code'))
        .map((row) =>
          [...row.querySelectorAll<HTMLElement>('.code')].map((cell) =>
            cell.classList.contains('gap') ? null : Number(cell.dataset.line),
          ),
        ),
    );
  }

  it("shows the lesson's pair with a third language: Ruby's `end` and the closing `}` on one row, Python's cell empty", async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`, {
      viewport: { width: 1280, height: 720 },
    });
    expect(await page.locator('#comparison [role="columnheader"] .lang').allTextContents()).toEqual(
      THREE.map(name),
    );
    // Row by row, as the engine aligned them.
    expect(await shownRows(page)).toEqual(answer.rows.map((row) => row.lines));

    const rubyLines = snippet.code.ruby!.trimEnd().split('\n');
    const endLine = rubyLines.length;
    expect(rubyLines[endLine - 1]).toBe('end');
    const endRow = page.locator('#comparison [role="row"]', {
      has: page.locator(`.code.pane-0[data-line="${endLine}"]`),
    });
    expect(await endRow.locator('.code.pane-0 .text').textContent()).toBe('end');
    expect(await endRow.locator('.code.pane-1').getAttribute('class')).toMatch(/\bgap\b/);
    expect(await endRow.locator('.code.pane-1').getAttribute('title')).toBe(
      `No ${name('python')} line here`,
    );
    expect((await endRow.locator('.code.pane-2 .text').textContent())?.trim()).toBe('}');
    // Both closers are marked as the one block-end difference, with the same number.
    const blockEnd = answer.differences.findIndex((d) => d.category === 'block-end');
    expect(blockEnd).toBeGreaterThan(-1);
    for (const pane of [0, 2]) {
      const mark = endRow.locator(`.code.pane-${pane} mark.cat-block-end`);
      expect(await mark.getAttribute('data-diff')).toContain(answer.differences[blockEnd]!.id);
      expect(await endRow.locator(`.code.pane-${pane} .badge`).allTextContents()).toContain(
        String(blockEnd + 1),
      );
    }

    // Every difference: its tokens marked in every pane it has places in, none where it has none,
    // and its number on each of its lines; the list says what the engine says.
    for (const [index, difference] of answer.differences.entries()) {
      for (const [pane, tokens] of difference.places.entries()) {
        const marks = page.locator(
          `#comparison .code.pane-${pane} mark[data-diff~="${difference.id}"]`,
        );
        const marked = (await marks.allTextContents()).join('');
        for (const token of tokens) expect(marked).toContain(token.text.trim());
        if (tokens.length === 0) expect(await marks.count()).toBe(0);
        for (const line of new Set(tokens.map((t) => t.line))) {
          const badges = page.locator(
            `#comparison .code.pane-${pane}[data-line="${line}"] .badge[data-diff="${difference.id}"]`,
          );
          expect(await badges.textContent()).toBe(String(index + 1));
        }
      }
      const item = page.locator('#difference-list > li').nth(index);
      expect(await item.locator('.difference-summary').textContent()).toBe(
        difference.summary.replace(/`/g, ''),
      );
      expect(await item.locator('.difference-explanation').textContent()).toBe(
        difference.explanation.replace(/`/g, ''),
      );
    }
    expect(await page.locator('#difference-list > li').count()).toBe(answer.differences.length);
    // The legend counts each category once per difference.
    const legend = await page
      .locator('.legend-item')
      .evaluateAll((items) =>
        items.map((i) => [
          i.querySelector('input')?.dataset.category,
          Number(i.querySelector('.legend-count')?.textContent),
        ]),
      );
    expect(Object.fromEntries(legend)).toEqual(
      answer.differences.reduce<Record<string, number>>(
        (counts, d) => ({ ...counts, [d.category]: (counts[d.category] ?? 0) + 1 }),
        {},
      ),
    );
  });

  it('lights the difference j/k step to in every pane that has it, and in the list', async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`);
    const count = answer.differences.length;
    for (let step = 0; step < count; step++) {
      await page.keyboard.press('j');
      const difference = answer.differences[step]!;
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(focused).toContain(`Difference ${step + 1} of ${count}`);
      for (const [pane, tokens] of difference.places.entries()) {
        const lit = page.locator(`#comparison .code.pane-${pane} mark.active`);
        if (tokens.length === 0) {
          expect(await lit.count()).toBe(0);
        } else {
          expect(await lit.count()).toBeGreaterThan(0);
          for (const id of await lit.evaluateAll((marks) =>
            marks.map((m) => (m as HTMLElement).dataset.diff ?? ''),
          )) {
            expect(id.split(' ')).toContain(difference.id);
          }
        }
      }
      expect(await page.locator('#difference-list > li.active').getAttribute('data-diff')).toBe(
        difference.id,
      );
    }
    // One more wraps round to the first; k goes back to the last.
    await page.keyboard.press('j');
    expect(await page.locator('#difference-list > li.active').getAttribute('data-diff')).toBe(
      answer.differences[0]!.id,
    );
    await page.keyboard.press('k');
    expect(await page.locator('#difference-list > li.active').getAttribute('data-diff')).toBe(
      answer.differences[count - 1]!.id,
    );
    // A difference present in all three panes lights all three.
    const everywhere = answer.differences.findIndex((d) => d.places.every((p) => p.length > 0));
    expect(everywhere).toBeGreaterThan(-1);
    await page.locator('#difference-list > li').nth(everywhere).locator('button').click();
    for (const pane of [0, 1, 2]) {
      expect(
        await page.locator(`#comparison .code.pane-${pane} mark.active`).count(),
      ).toBeGreaterThan(0);
    }
  });

  it('shows the concept table: a row per difference, a column per language, each cell its spelling and lines', async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`);
    const tab = page.getByRole('tab', { name: 'Concept table' });
    expect(await tab.getAttribute('aria-selected')).toBe('false');
    // By keyboard: the List tab, then the arrow key.
    await page.getByRole('tab', { name: 'List' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-table');
    expect(await page.locator('#difference-list-panel').isVisible()).toBe(false);
    const table = page.getByRole('table', { name: /as every language writes it/ });
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Difference',
      'Category',
      ...THREE.map(name),
    ]);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(answer.differences.length);
    for (const [index, difference] of answer.differences.entries()) {
      const cells = await rows.nth(index).locator('td').allTextContents();
      const expected = difference.places.map((tokens, pane) =>
        tokens.length > 0
          ? `${shown(tokens).replace(/`/g, '')}${linesPhrase(tokens)}`
          : difference.without.includes(pane)
            ? `—nothing in ${name(THREE[pane]!)}`
            : `·${name(THREE[pane]!)}: not part of this difference`,
      );
      expect(cells.slice(1)).toEqual(expected);
      expect(await rows.nth(index).locator('th').textContent()).toBe(`Difference ${index + 1}`);
    }
    // The block-end row reads as a reference sheet does: `end`, nothing, `}`.
    const blockEnd = rows.filter({ hasText: 'Block end' });
    const cells = blockEnd.locator('td');
    expect(await cells.nth(1).locator('code').textContent()).toBe('end');
    expect(await cells.nth(2).textContent()).toContain(`nothing in ${name('python')}`);
    expect(await cells.nth(3).locator('code').textContent()).toBe('}');

    // j/k step through the table's rows, lighting the code in every pane.
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.diff)).toBe(
      answer.differences[0]!.id,
    );
    expect(await page.locator('#comparison mark.active').count()).toBeGreaterThan(0);
    // A row's number, clicked, lights its marks; the legend hides its rows too.
    await rows.nth(0).locator('button').click();
    const category = answer.differences[0]!.category;
    await page.locator(`.legend-item input[data-category="${category}"]`).uncheck();
    expect(
      await table.locator(`tbody tr[data-diff="${answer.differences[0]!.id}"]`).isVisible(),
    ).toBe(false);
    await page.locator(`.legend-item input[data-category="${category}"]`).check();

    // Remembered across a reload, as the library's toggle is.
    await page.reload();
    await waitForRender(page);
    expect(
      await page.getByRole('tab', { name: 'Concept table' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await page.locator('.concept-table tbody tr').count()).toBe(answer.differences.length);
  });

  it('shows the concept table for two languages too', async () => {
    const page = await open(`/?snippet=${LESSON}`);
    await page.getByRole('tab', { name: 'Concept table' }).click();
    const table = page.locator('.concept-table');
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Difference',
      'Category',
      name('ruby'),
      name('python'),
    ]);
    const pair = await api<{ differences: { left: { text: string }[]; right: unknown[] }[] }>(
      '/api/compare',
      {
        left: { language: 'ruby', code: snippet.code.ruby },
        right: { language: 'python', code: snippet.code.python },
      },
    );
    expect(await table.locator('tbody tr').count()).toBe(pair.differences.length);
    const end = table.locator('tbody tr', { hasText: 'Block end' }).locator('td');
    expect(await end.nth(1).textContent()).toBe('endline 7');
    expect(await end.nth(2).textContent()).toBe(`—nothing in ${name('python')}`);
  });

  it('prints the concept table after the explanations when it is the tab shown', async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`);
    await page.getByRole('tab', { name: 'Concept table' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.concept-table').isVisible()).toBe(true);
    expect(await page.locator('#difference-list').isVisible()).toBe(true);
    expect(await page.locator('.view-tabs').isVisible()).toBe(false);
    expect(await page.locator('.language-chooser').isVisible()).toBe(false);
    // Every row's three panes share a line on paper too.
    const panes = await page.$$eval('#comparison [role="row"]', (rows) =>
      rows
        .filter((row) => row.querySelector('.code'))
        .map((row) => {
          const tops = [...row.querySelectorAll('.code')].map((c) => c.getBoundingClientRect().top);
          return Math.max(...tops) - Math.min(...tops);
        }),
    );
    expect(Math.max(...panes)).toBeLessThan(2);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('chooses the languages with the chooser, in the order ticked, by keyboard, the choice in the address', async () => {
    const page = await open(`/?snippet=${LESSON}`);
    const chooser = page.getByRole('group', { name: 'Languages' });
    const boxes = chooser.getByRole('checkbox');
    expect(
      await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLElement).dataset.language)),
    ).toEqual(snippet.languages);
    const ticked = () =>
      boxes.evaluateAll((inputs) =>
        inputs
          .filter((i) => (i as HTMLInputElement).checked)
          .map((i) => (i as HTMLElement).dataset.language),
      );
    expect(await ticked()).toEqual(['ruby', 'python']);
    expect(await chooser.locator('.chooser-place').allTextContents()).toEqual(['1', '2']);
    expect(
      await chooser.getByRole('checkbox', { name: `${name('python')}, column 2` }).isChecked(),
    ).toBe(true);

    // Tab to the third language's box and tick it with Space.
    const third = chooser.locator(`input[data-language="${THIRD}"]`);
    await third.focus();
    let seen = await renders(page);
    await page.keyboard.press('Space');
    seen = await waitForRender(page, seen);
    expect(new URL(page.url()).searchParams.get('langs')).toBe(THREE.join(','));
    expect(await page.locator('#comparison [role="columnheader"]').count()).toBe(3);
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.language),
    ).toBe(THIRD);
    // Its accessible name says where it stands.
    expect(await page.getByRole('checkbox', { name: `${name(THIRD)}, column 3` }).isChecked()).toBe(
      true,
    );

    // Untick Ruby: Python and the third are left, in that order, two-way.
    await chooser.locator('input[data-language="ruby"]').click();
    seen = await waitForRender(page, seen);
    expect(new URL(page.url()).searchParams.get('langs')).toBe(`python,${THIRD}`);
    expect(await page.locator('#comparison .head .lang').allTextContents()).toEqual([
      name('python'),
      name(THIRD),
    ]);
    // Not below two: the tick stays and the hint says why.
    await chooser.locator('input[data-language="python"]').click();
    expect(await chooser.locator('input[data-language="python"]').isChecked()).toBe(true);
    expect(await page.locator('#language-hint').textContent()).toMatch(/At least 2 languages/);
    expect(new URL(page.url()).searchParams.get('langs')).toBe(`python,${THIRD}`);

    // Back goes to the choice before.
    await page.goBack();
    await waitForRender(page, seen);
    expect(await page.locator('#comparison .head .lang').allTextContents()).toEqual(
      THREE.map(name),
    );
  });

  it('takes four languages, and no fifth', async () => {
    const others = snippet.languages.filter((l) => !THREE.includes(l));
    expect(others.length).toBeGreaterThanOrEqual(2);
    const four = [...THREE, others[0]!];
    const page = await open(`/?snippet=${LESSON}&langs=${four.join(',')}`, {
      viewport: { width: 1920, height: 1080 },
    });
    expect(await page.locator('#comparison .head .lang').allTextContents()).toEqual(four.map(name));
    const many = await api<CompareManyResult>('/api/compare', {
      sides: four.map((language) => ({ language, code: snippet.code[language] })),
    });
    expect(await shownRows(page)).toEqual(many.rows.map((row) => row.lines));
    expect(await page.locator('#difference-list > li').count()).toBe(many.differences.length);
    const fifth = page.locator(`#language-options input[data-language="${others[1]}"]`);
    await fifth.click();
    expect(await fifth.isChecked()).toBe(false);
    expect(await page.locator('#language-hint').textContent()).toMatch(/At most 4 languages/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SCREENSHOTS, `nway-four-1920-${scheme}.png`) });
    }
  });

  it('says what is wrong with langs= in the address', async () => {
    const cases: [string, RegExp][] = [
      ['ruby,klingon', /no “klingon” version/],
      ['ruby', /compares 2 to 4 languages at once; the address names 1/],
      ['ruby,ruby', new RegExp(`names ${name('ruby')} twice`)],
    ];
    for (const [langs, message] of cases) {
      const page = await open(`/?snippet=${LESSON}&langs=${langs}`);
      expect(await page.textContent('h1')).toBe('These languages cannot be shown');
      expect(await page.textContent('#problem-text')).toMatch(message);
      expect(await page.locator('#comparison-section').isVisible()).toBe(false);
    }
  });

  it('copies a share link of three sides that reopens the same code, and names what a damaged one lost', async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.click('#copy-link');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const params = new URLSearchParams(new URL(copied).hash.slice(1));
    expect([...params.keys()]).toEqual(['l1', 'c1', 'l2', 'c2', 'l3', 'c3']);
    expect(await page.locator('#announcer').textContent()).toContain('all three programs');

    const shared = await open(new URL(copied).pathname + new URL(copied).hash);
    expect(await shared.textContent('h1')).toBe('Your comparison');
    expect(await shared.textContent('#subtitle')).toBe(
      `${name('ruby')}, ${name('python')} and ${name(THIRD)}, from a shared link`,
    );
    for (const [pane, language] of THREE.entries()) {
      const text = await shared.$$eval(`#comparison .code.pane-${pane}[data-line] .text`, (cells) =>
        cells.map((c) => c.textContent ?? ''),
      );
      expect(text.join('\n') + '\n').toBe(snippet.code[language]);
    }
    expect(await shownRows(shared)).toEqual(answer.rows.map((row) => row.lines));

    // Any text round-trips, as in two-way links.
    const odd = [
      { language: 'ruby', code: 'puts "Zoë ✓ 😀"\n' },
      { language: 'python', code: 'print("Zoë ✓ 😀")\r\n' },
      { language: THIRD, code: '' },
    ];
    const roundTrip = await open(`/${encodeSides(odd)}`);
    expect(
      await roundTrip.locator('#comparison .code.pane-0[data-line="1"] .text').textContent(),
    ).toBe('puts "Zoë ✓ 😀"');

    // Damaged: the third program cut off, a code mangled, a language unknown.
    const cut = new URLSearchParams(params);
    cut.delete('c3');
    const damaged = await open(`/#${cut.toString()}`);
    expect(await damaged.textContent('h1')).toBe('This link is damaged');
    expect(await damaged.textContent('#problem-text')).toContain('the third program (c3=)');
    const mangled = new URLSearchParams(params);
    mangled.set('c2', '_w');
    const unreadable = await open(`/#${mangled.toString()}`);
    expect(await unreadable.textContent('#problem-text')).toContain(
      'The second program cannot be read',
    );
    const unknown = new URLSearchParams(params);
    unknown.set('l3', 'klingon');
    const strange = await open(`/#${unknown.toString()}`);
    expect(await strange.textContent('h1')).toBe('This link cannot be shown');
    expect(await strange.textContent('#problem-text')).toContain('“klingon”');
  });

  it('edits with an editor per side, each picker listing every language', async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`);
    await page.click('#edit-toggle');
    await page.locator('.editor-column.pane-2 .cm-content .diff').first().waitFor();
    expect(await page.locator('.editor-column').count()).toBe(3);
    for (const pane of [0, 1, 2]) {
      const select = page.locator(`.editor-column.pane-${pane} select`);
      expect(
        await select
          .locator('option')
          .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
      ).toEqual(languages.map((l) => l.id));
      expect(await select.inputValue()).toBe(THREE[pane]);
    }
    // Typing in the third editor compares again; the title says it is an edit.
    let seen = await renders(page);
    await page.locator('.editor-column.pane-2 .cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\nconsole.log("done");\n');
    seen = await waitForRender(page, seen);
    expect(await page.textContent('h1')).toBe('Your edit');
    expect(await page.textContent('#subtitle')).toContain(
      `${name('ruby')}, ${name('python')} and ${name(THIRD)}, edited from`,
    );
    // A side's language changes from its picker.
    await page.selectOption('.editor-column.pane-1 select', 'ruby');
    seen = await waitForRender(page, seen);
    await page.click('#edit-toggle');
    await waitForRender(page, seen);
    expect(await page.locator('#comparison .head .lang').allTextContents()).toEqual([
      name('ruby'),
      name('ruby'),
      name(THIRD),
    ]);
    expect(await page.locator('#comparison .code.pane-2 .text').last().textContent()).toBe(
      'console.log("done");',
    );
  });

  it('says on screen that practice, presenting and export take two languages', async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`);
    expect(await page.locator('#practice-toggle').isDisabled()).toBe(true);
    expect(await page.locator('#present').isDisabled()).toBe(true);
    expect(await page.locator('#export-menu').isVisible()).toBe(false);
    expect(await page.locator('#two-only').textContent()).toMatch(
      /Practice, Present and Export take two languages; with three shown they are off\. Untick languages to leave two\./,
    );
    // `f` does not present.
    await page.keyboard.press('f');
    expect(await page.locator('#presentation').isVisible()).toBe(false);
    // Two again: all back.
    const seen = await renders(page);
    await page.locator('#language-options input[data-language="python"]').click();
    await waitForRender(page, seen);
    expect(await page.locator('#two-only').isVisible()).toBe(false);
    expect(await page.locator('#practice-toggle').isDisabled()).toBe(false);
    expect(await page.locator('#present').isDisabled()).toBe(false);
    expect(await page.locator('#export-menu').isVisible()).toBe(true);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes the audit and AA contrast at ${width}×${height} in ${scheme}, with screenshots`, async () => {
        const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`, {
          viewport: { width, height },
          colorScheme: scheme,
        });
        const base = `nway-${width}-${scheme}`;
        await page.screenshot({ path: join(SCREENSHOTS, `${base}.png`) });
        await page.keyboard.press('j');
        await page.keyboard.press('j');
        await page.locator('.difference.active').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, `${base}-lit.png`) });
        expect(await auditAccessibility(page, base)).toEqual([]);
        const contrast = await page.evaluate(
          contrastFailures,
          '#comparison .tok, #comparison mark, #comparison .ln, #comparison .head, .difference-summary, .difference-explanation, .badge, .chooser-option, .chooser-hint, .two-only, .view-tab',
        );
        expect(contrast.checked).toBeGreaterThan(50);
        expect(contrast.failures).toEqual([]);

        await page.getByRole('tab', { name: 'Concept table' }).click();
        await page.locator('.concept-table').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, `${base}-table.png`) });
        expect(await auditAccessibility(page, `${base}-table`)).toEqual([]);
        const tableContrast = await page.evaluate(
          contrastFailures,
          '.concept-table th, .concept-table td, .concept-table code, .concept-lines, .concept-table caption',
        );
        expect(tableContrast.failures).toEqual([]);
      });
    }
  }

  it('stacks three panes on a phone, in order, within its width', async () => {
    const page = await open(`/?snippet=${LESSON}&langs=${THREE.join(',')}`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const tops = await Promise.all(
      [0, 1, 2].map(
        async (pane) =>
          (await page.locator(`#comparison .code.pane-${pane}[data-line="1"]`).boundingBox())!.y,
      ),
    );
    expect(tops[1]!).toBeGreaterThan(tops[0]!);
    expect(tops[2]!).toBeGreaterThan(tops[1]!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await auditAccessibility(page, 'nway-phone')).toEqual([]);
  });
});
