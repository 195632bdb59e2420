// The web view's entry: holds the page's state (which code, which answer, what is highlighted),
// loads snippets and shared links, and wires the read view, the editors, the differences panel,
// the library and the keyboard together.
import './style.css';
import './code.css';
import './print.css';
import './export.css';
import type { LanguageInfo, Snippet, SnippetSummary, SourceInput } from '../../src/types.js';
import {
  ApiError,
  compareMany,
  compareSources,
  fetchLanguages,
  fetchSnippet,
  fetchSnippets,
} from './api.js';
import { readLangs, renderLanguageChooser } from './chooser.js';
import { fromMany, fromPair, listed, type Comparison, type ShownDifference } from './comparison.js';
import { renderConceptTable } from './concept-table.js';
import { byId, h, withInlineCode } from './dom.js';
import type { CodeEditor } from './editor.js';
import { setUpExportMenu, type ExportSource } from './export.js';
import { followDifference, stopFollowing } from './follow.js';
import { DEFAULT_SNIPPET, renderLibrary, setUpLibraryToggle, snippetHref } from './library.js';
import { encodeShared, readSharedLink } from './link.js';
import { renderDifferenceList, renderLegend } from './panel.js';
import { setUpPractice } from './practice.js';
import { paneClass, renderReadView, type DifferenceInfo } from './render.js';
import { buildLines, marksOf } from './segments.js';
import { setUpTabs } from './tabs.js';
import { setUpThemePicker } from './theme.js';
import { PRESENT_PARAMS, setUpPresentation } from './present.js';

/** Pause after the last keystroke before comparing again. */
const COMPARE_DELAY_MS = 300;
/** Code sizes offered by A−/A+ (px); the projector end of the range is deliberately large. */
const CODE_SIZES = [13, 15, 17, 19, 22, 26, 30, 36, 42];
const DEFAULT_SIZE_INDEX = 2;

interface State {
  languages: LanguageInfo[];
  snippets: SnippetSummary[];
  snippet: Snippet | null;
  edited: boolean;
  /** The programs on screen, left to right: two to four. */
  sides: SourceInput[];
  /** The latest answer, with the code it was computed for (the panes may have moved on). */
  shown: Comparison | null;
  hiddenCategories: Set<string>;
  /** The difference chosen with the keyboard or a click; stays lit until another is chosen. */
  selected: string | null;
  /** The difference under the mouse pointer. */
  hovered: string[];
  editing: boolean;
}

const state: State = {
  languages: [],
  snippets: [],
  snippet: null,
  edited: false,
  // Until a snippet or a link names them: the first two languages the service lists.
  sides: [
    { language: '', code: '' },
    { language: '', code: '' },
  ],
  shown: null,
  hiddenCategories: new Set(),
  selected: null,
  hovered: [],
  editing: false,
};

const ui = {
  title: byId('title'),
  problem: byId('problem'),
  problemText: byId('problem-text'),
  problemSearch: byId<HTMLAnchorElement>('problem-search'),
  comparisonSection: byId('comparison-section'),
  differences: byId('differences'),
  subtitle: byId('subtitle'),
  status: byId('status'),
  legend: byId('legend'),
  legendItems: byId('legend-items'),
  comparison: byId('comparison'),
  editors: byId('editors'),
  list: byId<HTMLOListElement>('difference-list'),
  conceptTable: byId('concept-table'),
  viewTabs: byId('view-tabs'),
  chooser: byId('language-chooser'),
  chooserOptions: byId('language-options'),
  chooserHint: byId('language-hint'),
  twoOnly: byId('two-only'),
  count: byId('difference-count'),
  libraryList: byId('library-list'),
  search: byId<HTMLInputElement>('search'),
  notes: byId<HTMLDetailsElement>('notes'),
  notesList: byId('notes-list'),
  editToggle: byId<HTMLButtonElement>('edit-toggle'),
  copyLink: byId<HTMLButtonElement>('copy-link'),
  exportMenu: byId<HTMLDetailsElement>('export-menu'),
  fontDown: byId<HTMLButtonElement>('font-down'),
  fontUp: byId<HTMLButtonElement>('font-up'),
  fontValue: byId<HTMLOutputElement>('font-size-value'),
  prev: byId<HTMLButtonElement>('prev-difference'),
  next: byId<HTMLButtonElement>('next-difference'),
  announcer: byId('announcer'),
};

/** While editing: an editor and its language picker per side, left to right. */
let editors: { editor: CodeEditor; select: HTMLSelectElement }[] | null = null;
let renders = 0;
/** Set while code is put into the editors by the page itself rather than typed. */
let syncing = false;

// ---------------------------------------------------------------------------------------------
// Loading

const languagesReady = fetchLanguages()
  .then((languages) => {
    state.languages = languages;
    state.sides.forEach((side, s) => (side.language ||= languages[s]?.id ?? ''));
  })
  .catch((error: unknown) => showStatus(messageOf(error), 'error'));

/** Fills the sidebar; called once the first comparison is drawn, so it never delays it. */
function loadLibraryList(): void {
  fetchSnippets()
    .then((snippets) => {
      state.snippets = snippets;
      if (ui.search.value.trim()) loadNotesForSearch();
      drawLibrary(true);
    })
    .catch((error: unknown) => {
      ui.libraryList.replaceChildren(
        h('p', { class: 'library-empty' }, `The library could not be loaded: ${messageOf(error)}`),
      );
    });
}

/**
 * What in the address decides what is shown: the query (`?snippet=`) and a shared pair in the
 * fragment. Other fragments (`#comparison` from the skip link) do not count.
 */
function locationKey(): string {
  // How the comparison is shown (presentation mode, its step) does not change what is shown.
  const query = new URLSearchParams(location.search);
  for (const name of PRESENT_PARAMS) query.delete(name);
  return `${query}${readSharedLink(location.hash).kind === 'none' ? '' : location.hash}`;
}
let shownKey: string | null = null;

/** Follows back/forward and pasted links, but not jumps within the page. */
function onAddressChange(): void {
  if (locationKey() !== shownKey) void loadFromLocation();
}

/**
 * Shows what the address asks for: shared code in the fragment, else a snippet in the languages
 * `langs` names (by default its first two).
 */
async function loadFromLocation(): Promise<void> {
  shownKey = locationKey();
  const url = new URL(location.href);
  const shared = readSharedLink(url.hash);
  if (shared.kind === 'damaged') {
    showProblem('This link is damaged', shared.problem);
    return;
  }
  if (shared.kind === 'pair' || shared.kind === 'sides') {
    const sides = shared.kind === 'pair' ? [shared.pair.left, shared.pair.right] : shared.sides;
    await languagesReady;
    const unknown = sides
      .map((side) => side.language)
      .filter((id) => state.languages.length > 0 && !state.languages.some((l) => l.id === id));
    if (unknown.length) {
      const known = listed(state.languages.map((l) => l.name));
      showProblem(
        'This link cannot be shown',
        `It names a language Juxta does not know: “${shorten(unknown[0]!)}”. Juxta compares ${known}.`,
      );
      return;
    }
    clearProblem();
    state.snippet = null;
    state.edited = false;
    state.sides = sides;
    state.selected = null;
    drawTitle();
    drawLibrary();
    syncEditors();
    await compareNow();
    return;
  }
  const id = url.searchParams.get('snippet') ?? DEFAULT_SNIPPET;
  showStatus('Loading…', 'info');
  try {
    const snippet = await fetchSnippet(id);
    if (snippet.languages.length < 2) {
      throw new Error(`The snippet “${snippet.id}” has fewer than two languages to compare.`);
    }
    const langs = url.searchParams.get('langs');
    // The languages' names are needed only to say what is wrong with `langs`.
    if (langs !== null) await languagesReady;
    const chosen =
      langs === null
        ? { ids: snippet.languages.slice(0, 2) }
        : readLangs(langs, snippet.languages, languageName);
    if ('problem' in chosen) {
      showProblem('These languages cannot be shown', chosen.problem);
      return;
    }
    clearProblem();
    notesById.set(snippet.id, snippet.notes);
    state.snippet = snippet;
    state.edited = false;
    state.sides = chosen.ids.map((language) => ({ language, code: snippet.code[language] ?? '' }));
    state.selected = null;
    drawTitle();
    drawLibrary(true);
    syncEditors();
    await compareNow();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      showProblem(
        'No such snippet',
        `The library has no snippet “${shorten(id)}”: the link may be mistyped, or the snippet renamed since. Find it in the library.`,
      );
      return;
    }
    if (!state.shown) {
      ui.title.textContent = 'Nothing to show yet';
      ui.subtitle.textContent = 'Pick a snippet from the library.';
    }
    showStatus(messageOf(error), 'error');
  }
}

/** A name from the address, cut to a length that fits a sentence. */
function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * Instead of a comparison, says what went wrong with the address (a damaged link, an unknown
 * snippet), with the way on: the library's search and the lesson's pair.
 */
function showProblem(title: string, message: string): void {
  inFlight?.abort();
  state.snippet = null;
  state.shown = null;
  state.selected = null;
  ui.title.textContent = title;
  ui.subtitle.textContent = '';
  ui.notes.hidden = true;
  document.title = `${title} · Juxta`;
  ui.problemText.replaceChildren(withInlineCode(message));
  ui.problem.hidden = false;
  // After the problem is shown, so that leaving the editors does not compare their code again.
  if (state.editing) void setEditing(false);
  ui.comparisonSection.hidden = true;
  ui.differences.hidden = true;
  ui.editToggle.disabled = ui.copyLink.disabled = true;
  ui.exportMenu.hidden = true;
  ui.chooser.hidden = ui.twoOnly.hidden = true;
  showStatus('', 'info');
  drawLibrary();
  practice.refresh();
  presentation.refresh();
  // The page is drawn, as far as anything can be: tests and the bench wait for this.
  renders += 1;
  document.documentElement.dataset.renders = String(renders);
}

function clearProblem(): void {
  if (ui.problem.hidden) return;
  ui.problem.hidden = true;
  ui.comparisonSection.hidden = false;
  ui.differences.hidden = false;
  ui.editToggle.disabled = ui.copyLink.disabled = false;
  ui.exportMenu.hidden = false;
}

/**
 * Puts newly loaded code into open editors, without counting it as the user's edit; code with
 * another number of sides gets new editors.
 */
function syncEditors(): void {
  if (!editors) return;
  if (editors.length !== state.sides.length) {
    void openEditors();
    return;
  }
  syncing = true;
  try {
    editors.forEach(({ editor, select }, s) => {
      const side = state.sides[s]!;
      if (editor.code() !== side.code) editor.setCode(side.code);
      select.value = side.language;
      editor.setLabel(editorLabel(s));
    });
  } finally {
    syncing = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing

let compareTimer: ReturnType<typeof setTimeout> | undefined;
let latestRequest = 0;
let inFlight: AbortController | null = null;

function compareSoon(): void {
  clearTimeout(compareTimer);
  compareTimer = setTimeout(() => void compareNow(), COMPARE_DELAY_MS);
}

async function compareNow(): Promise<void> {
  clearTimeout(compareTimer);
  const request = ++latestRequest;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const sides = state.sides.map((side) => ({ ...side }));
  const [left, right] = sides;
  try {
    // Two sides get the two-way answer (which practice, presenting and export take); more, the
    // N-way one.
    const [answer] = await Promise.all([
      sides.length === 2 && left && right
        ? compareSources(left, right, controller.signal)
        : compareMany(sides, controller.signal),
      languagesReady,
    ]);
    if (request !== latestRequest) return;
    const codes = sides.map((side) => side.code);
    const names = sides.map((side) => languageName(side.language));
    state.shown =
      'sides' in answer
        ? fromMany(answer, codes, names)
        : fromPair(answer, [codes[0]!, codes[1]!], [names[0]!, names[1]!]);
    const shown = state.shown;
    if (state.selected && !shown.differences.some((d) => d.id === state.selected)) {
      state.selected = null;
    }
    drawResult();
  } catch (error) {
    if (controller.signal.aborted || request !== latestRequest) return;
    showStatus(`The comparison failed: ${messageOf(error)}`, 'error');
  }
}

// ---------------------------------------------------------------------------------------------
// Drawing

function languageName(id: string): string {
  return state.languages.find((l) => l.id === id)?.name ?? id;
}

function differenceIndex(differences: ShownDifference[]): Map<string, DifferenceInfo> {
  return new Map(differences.map((d, i) => [d.id, { number: i + 1, category: d.category }]));
}

function hiddenIds(shown: Comparison): Set<string> {
  return new Set(
    shown.differences.filter((d) => state.hiddenCategories.has(d.category)).map((d) => d.id),
  );
}

function drawResult(): void {
  const { shown } = state;
  if (!shown) return;
  const differences = differenceIndex(shown.differences);

  if (!state.editing) {
    drawReadView();
  } else if (editors) {
    const visible = shown.differences.filter((d) => !state.hiddenCategories.has(d.category));
    const categoryOf = (id: string) => differences.get(id)?.category ?? 'other';
    editors.forEach(({ editor }, s) => {
      const side = shown.sides[s];
      const code = shown.codes[s] ?? '';
      if (!side) return;
      editor.showLines(
        code,
        buildLines(code, side.tokens, marksOf(visible, s), side.errors),
        categoryOf,
      );
    });
  }

  renderLegend(ui.legendItems, shown.differences, state.hiddenCategories, toggleCategory);
  ui.legend.hidden = shown.differences.length === 0;
  renderDifferenceList(ui.list, shown.differences, state.hiddenCategories, shown.names);
  if (shown.differences.length === 0) {
    const every = shown.sides.length === 2 ? 'both sides are' : 'every side is';
    ui.list.replaceChildren(
      h('li', { class: 'no-differences' }, `No differences: ${every} written the same way.`),
    );
  }
  if (views.current === 'tab-table') drawConceptTable();
  const count = visibleDifferences().length;
  ui.count.textContent =
    count === shown.differences.length ? `(${count})` : `(${count} of ${shown.differences.length})`;
  ui.prev.disabled = ui.next.disabled = count === 0;
  drawStatus(shown);
  drawChooser();
  applyActive();
  exportMenu.refresh();
  presentation.refresh();

  renders += 1;
  document.documentElement.dataset.renders = String(renders);
  if (renders === 1) performance.mark('juxta:first-comparison');
  if (state.editing) announce(`${count} ${count === 1 ? 'difference' : 'differences'}.`);
  practice.refresh();
}

function drawReadView(): void {
  const { shown } = state;
  if (!shown) return;
  renderReadView(ui.comparison, {
    comparison: shown,
    differences: differenceIndex(shown.differences),
    hidden: hiddenIds(shown),
  });
  applyActive();
}

/** The concept table, drawn only while its tab is shown. */
function drawConceptTable(): void {
  const { shown } = state;
  if (!shown) return;
  renderConceptTable(ui.conceptTable, shown.differences, shown.names, state.hiddenCategories);
}

// Printing while editing prints the aligned view of what is typed (print.css shows it).
window.addEventListener('beforeprint', () => {
  if (state.editing) drawReadView();
});

function drawStatus(shown: Comparison): void {
  const parts: string[] = [];
  shown.sides.forEach((side, s) => {
    const count = side.errors.length;
    if (count > 0) {
      const lines = [...new Set(side.errors.map((e) => e.line))];
      const where = `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
      parts.push(
        `${shown.names[s]} has ${count} syntax ${count === 1 ? 'error' : 'errors'} (${where}); the comparison below is a best effort.`,
      );
    }
  });
  if (shown.notice) parts.push(shown.notice);
  if (parts.length) showStatus(parts.join(' '), 'warning');
  else showStatus('', 'info');
}

function showStatus(message: string, tone: 'info' | 'warning' | 'error'): void {
  ui.status.replaceChildren(withInlineCode(message));
  ui.status.dataset.tone = tone;
  ui.status.hidden = message === '';
}

function drawTitle(): void {
  const snippet = state.snippet;
  if (snippet && state.edited) {
    // The code is no longer the library's: its title and teaching notes would describe
    // something that is not on the screen.
    ui.title.textContent = 'Your edit';
    ui.subtitle.textContent = `${sideNames()}, edited from “${snippet.title}”`;
    ui.notes.hidden = true;
    document.title = `Your edit of ${snippet.title} · Juxta`;
  } else if (snippet) {
    ui.title.textContent = snippet.title;
    ui.subtitle.textContent = [snippet.topic, snippet.level].filter(Boolean).join(' · ');
    const notes = snippet.notes.split('\n').filter((line) => line.trim());
    ui.notesList.replaceChildren(...notes.map((note) => h('li', {}, withInlineCode(note))));
    ui.notes.hidden = notes.length === 0;
    document.title = `${snippet.title} · Juxta`;
  } else {
    ui.title.textContent = 'Your comparison';
    ui.subtitle.textContent = `${sideNames()}, from a shared link`;
    ui.notes.hidden = true;
    document.title = 'Your comparison · Juxta';
  }
}

/** "Ruby and Python", "Ruby, Python and JavaScript": the languages on screen. */
function sideNames(): string {
  return listed(state.sides.map((side) => languageName(side.language)));
}

/** Draws the sidebar; `reveal` scrolls it to the open snippet (not while the user searches). */
function drawLibrary(reveal = false): void {
  renderLibrary(
    ui.libraryList,
    state.snippets,
    state.snippet?.id ?? null,
    ui.search.value,
    notesById,
  );
  if (reveal) revealCurrentSnippet();
}

/**
 * Scrolls the sidebar (its own scroll box on wide screens) so the open snippet is in sight.
 * Sets scrollTop rather than calling scrollIntoView, which could move the page itself.
 */
function revealCurrentSnippet(): void {
  const library = ui.libraryList.closest<HTMLElement>('.library');
  const link = ui.libraryList.querySelector<HTMLElement>('a[aria-current="page"]');
  if (!library || !link || library.scrollHeight <= library.clientHeight) return;
  const top = link.getBoundingClientRect().top - library.getBoundingClientRect().top;
  if (top < 0 || top > library.clientHeight - link.offsetHeight) {
    library.scrollTop += top - library.clientHeight / 3;
  }
}

function toggleCategory(category: string, shown: boolean): void {
  if (shown) state.hiddenCategories.delete(category);
  else state.hiddenCategories.add(category);
  drawResult();
}

// ---------------------------------------------------------------------------------------------
// Highlighting: a difference lights up everywhere it appears (every pane, the connectors, the
// list and the concept table).

function visibleDifferences(): ShownDifference[] {
  return (state.shown?.differences ?? []).filter((d) => !state.hiddenCategories.has(d.category));
}

function applyActive(): void {
  const active = new Set(state.hovered);
  if (state.selected) active.add(state.selected);
  document.body.classList.toggle('has-active', active.size > 0);
  for (const { editor } of editors ?? []) editor.setActive(active);
  for (const element of document.querySelectorAll<HTMLElement>('[data-diff]')) {
    const ids = (element.dataset.diff ?? '').split(' ');
    element.classList.toggle(
      'active',
      ids.some((id) => active.has(id)),
    );
  }
}

/** The differences of the element an event happened on (inside an editor's shadow root too). */
function diffIdsAt(event: Event): string[] {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return [];
  const element = target.closest<HTMLElement>('[data-diff]');
  return element?.dataset.diff?.split(' ').filter(Boolean) ?? [];
}

document.addEventListener('mouseover', (event) => {
  const ids = diffIdsAt(event);
  if (ids.join() === state.hovered.join()) return;
  state.hovered = ids;
  // No scrolling here: moving the pointer must never move the page under it.
  applyActive();
});

document.addEventListener('mouseout', (event) => {
  if (event.relatedTarget === null && state.hovered.length) {
    state.hovered = [];
    applyActive();
  }
});

for (const entries of [ui.list, ui.conceptTable]) {
  for (const type of ['focusin', 'click']) {
    entries.addEventListener(type, (event) => {
      const [id] = diffIdsAt(event);
      if (id) select(id, false);
    });
  }
}

// Clicking a highlighted token keeps its difference lit and brings its entry into view.
ui.comparison.addEventListener('click', (event) => {
  const [id] = diffIdsAt(event);
  if (id) select(id, false);
});

function select(id: string | null, moveFocus: boolean): void {
  // Chosen in the list or the table (a click, Tab), it stays where it is; in the code or with j/k,
  // the code.
  const entries = views.current === 'tab-table' ? ui.conceptTable : ui.list;
  const fromList = !moveFocus && entries.contains(document.activeElement);
  state.selected = id;
  applyActive();
  if (!id) {
    stopFollowing();
    return;
  }
  const button = entries.querySelector<HTMLButtonElement>(`button[data-diff="${CSS.escape(id)}"]`);
  if (moveFocus) button?.focus({ preventScroll: true });
  const token = [
    ...document.querySelectorAll<HTMLElement>('#comparison [data-diff], .editors [data-diff]'),
  ].find((element) => element.dataset.diff?.split(' ').includes(id));
  const entry = button?.closest<HTMLElement>('li, tr') ?? null;
  // The caption reads the list's words, also for a row of the table.
  const words = ui.list.querySelector<HTMLElement>(`li[data-diff="${CSS.escape(id)}"]`);
  followDifference(token ?? null, entry, fromList ? 'entry' : 'token', words);
}

function step(direction: 1 | -1): void {
  const list = visibleDifferences();
  if (list.length === 0) return;
  const at = list.findIndex((d) => d.id === state.selected);
  const next =
    at === -1
      ? direction === 1
        ? 0
        : list.length - 1
      : (at + direction + list.length) % list.length;
  select(list[next]!.id, true);
}

ui.prev.addEventListener('click', () => step(-1));
ui.next.addEventListener('click', () => step(1));

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || practice.active) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], .editor-host')) return;
  if (event.key === 'j' || event.key === 'n') step(1);
  else if (event.key === 'k' || event.key === 'p') step(-1);
  else if (event.key === 'Escape' && state.selected) select(null, false);
  else return;
  event.preventDefault();
});

// ---------------------------------------------------------------------------------------------
// Editing

async function setEditing(on: boolean): Promise<void> {
  state.editing = on;
  ui.editToggle.setAttribute('aria-pressed', String(on));
  ui.comparison.hidden = on;
  ui.editors.hidden = !on;
  drawChooser();
  if (on) {
    await openEditors();
    editors?.[0]?.editor.view.focus();
  } else {
    for (const { editor } of editors ?? []) editor.destroy();
    editors = null;
    ui.editors.replaceChildren();
    drawResult();
    // A keystroke still waiting for its comparison: compare now rather than show stale code.
    // (Not when a problem page has replaced the comparison: there is nothing to show.)
    const stale = state.sides.some((side, s) => side.code !== state.shown?.codes[s]);
    if (stale && ui.problem.hidden) {
      void compareNow();
    }
  }
}

/** An editor and a language picker per side, in place of the read view. */
async function openEditors(): Promise<void> {
  const { createEditor } = await import('./editor.js');
  for (const { editor } of editors ?? []) editor.destroy();
  const count = state.sides.length;
  const columns = state.sides.map((side, s) => {
    const host = h('div', { class: 'editor-host' });
    const select = languageSelect(s);
    const column = h(
      'div',
      { class: `editor-column ${paneClass(s, count)}` },
      h('label', { class: 'editor-head' }, h('span', {}, sideLabel(s, count)), select),
      host,
    );
    return { column, host, select };
  });
  ui.editors.dataset.panes = String(count);
  ui.editors.replaceChildren(
    ...columns.map((c) => c.column),
    h(
      'p',
      { class: 'editor-hint' },
      'Changes are compared as you type. ',
      h('span', { class: 'key-hint' }, 'Tab indents; press Esc, then Tab, to leave an editor.'),
    ),
  );
  const onChange = (s: number) => (code: string) => {
    if (syncing) return;
    state.sides[s] = { ...state.sides[s]!, code };
    markEdited();
    compareSoon();
  };
  editors = columns.map(({ host, select }, s) => ({
    editor: createEditor(host, state.sides[s]!.code, editorLabel(s), onChange(s)),
    select,
  }));
  drawResult();
}

/** "Left language", "Right language"; with more sides, "Language 3". */
function sideLabel(side: number, count: number): string {
  if (count === 2) return side === 0 ? 'Left language' : 'Right language';
  return `Language ${side + 1}`;
}

/** An editor's accessible name: its language and where it stands. */
function editorLabel(side: number): string {
  const count = state.sides.length;
  const where = count === 2 ? (side === 0 ? 'left' : 'right') : `column ${side + 1}`;
  return `${languageName(state.sides[side]?.language ?? '')} code, ${where}`;
}

function languageSelect(side: number): HTMLSelectElement {
  const select = h(
    'select',
    { 'data-side': side },
    ...state.languages.map((language) =>
      h(
        'option',
        { value: language.id, selected: language.id === state.sides[side]?.language },
        language.name,
      ),
    ),
  );
  select.addEventListener('change', () => {
    state.sides[side] = { ...state.sides[side]!, language: select.value };
    editors?.[side]?.editor.setLabel(editorLabel(side));
    markEdited();
    drawTitle();
    void compareNow();
  });
  return select;
}

function markEdited(): void {
  if (!state.edited) {
    state.edited = true;
    drawTitle();
    drawChooser();
  }
}

ui.editToggle.addEventListener('click', () => void setEditing(!state.editing));

// ---------------------------------------------------------------------------------------------
// Sharing, exporting, navigation and display settings

/**
 * The two-way comparison on screen, for what takes exactly two programs (export, presenting,
 * practice); `null` while there is none, or while more than two are shown.
 */
function shownPair() {
  const { shown } = state;
  if (!shown?.pair) return null;
  const [leftCode = '', rightCode = ''] = shown.codes;
  const [leftName = '', rightName = ''] = shown.names;
  return { result: shown.pair, leftCode, rightCode, leftName, rightName };
}

/** The comparison on screen, for the Export menu; `null` while there is none. */
function exportSource(): ExportSource | null {
  const { snippet } = state;
  const pair = shownPair();
  if (!pair) return null;
  const { result, leftCode, rightCode, leftName, rightName } = pair;
  // Judged by the code the result is for, not by the edit flag: a keystroke still waiting for
  // its comparison is not on screen yet.
  const asInLibrary =
    snippet !== null &&
    snippet.code[result.left.language] === leftCode &&
    snippet.code[result.right.language] === rightCode;
  return {
    result,
    leftCode,
    rightCode,
    leftName,
    rightName,
    title: !snippet
      ? `${leftName} and ${rightName}`
      : asInLibrary
        ? snippet.title
        : `${snippet.title} (edited)`,
    snippetId: asInLibrary ? snippet.id : null,
  };
}
const exportMenu = setUpExportMenu(ui.exportMenu, exportSource, (message) =>
  announce(message, true),
);

ui.copyLink.addEventListener('click', async () => {
  const url = `${location.origin}/${encodeShared(state.sides)}`;
  history.replaceState(null, '', url);
  shownKey = locationKey();
  const all = state.sides.length === 2 ? 'both' : `all ${COUNT_WORDS[state.sides.length] ?? ''}`;
  try {
    await navigator.clipboard.writeText(url);
    announce(`Link copied. It holds ${all} programs and their languages.`, true);
  } catch {
    // Without clipboard access the link is still in the address bar, ready to copy by hand.
    announce('The link is in the address bar; copy it from there.', true);
  }
});

ui.libraryList.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-snippet]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  const id = link.dataset.snippet ?? '';
  // The languages chosen go along to a snippet written in all of them.
  const langs = new URLSearchParams(location.search).get('langs');
  const has = state.snippets.find((s) => s.id === id)?.languages ?? [];
  const keep = langs !== null && langs.split(',').every((l) => has.includes(l));
  history.pushState(null, '', snippetHref(id) + (keep ? `&langs=${langs}` : ''));
  void loadFromLocation();
});

// ---------------------------------------------------------------------------------------------
// Choosing the languages, and what takes exactly two

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four'];

/**
 * The chooser, for a library snippet in more than two languages as the library has it (not an
 * edit, not a shared link); and, with more than two shown, a line saying what takes two.
 */
function drawChooser(): void {
  const { snippet } = state;
  const count = state.sides.length;
  const offered = snippet !== null && !state.edited && !state.editing && ui.problem.hidden;
  ui.chooser.hidden = !offered || snippet.languages.length <= 2;
  if (offered && !ui.chooser.hidden) {
    renderLanguageChooser(
      ui.chooserOptions,
      ui.chooserHint,
      snippet.languages.map((id) => ({ id, name: languageName(id) })),
      state.sides.map((side) => side.language),
      chooseLanguages,
    );
  }
  ui.twoOnly.hidden = count <= 2 || !ui.problem.hidden;
  ui.twoOnly.textContent =
    count <= 2
      ? ''
      : `Practice, Present and Export take two languages; with ${COUNT_WORDS[count]} shown they are off.${offered ? ' Untick languages to leave two.' : ''}`;
  ui.exportMenu.hidden = count > 2 || !ui.problem.hidden;
}

function chooseLanguages(ids: string[]): void {
  const url = new URL(location.href);
  url.searchParams.set('langs', ids.join(','));
  history.pushState(
    null,
    '',
    `${url.pathname}?${url.searchParams.toString().replace(/%2F/gi, '/').replace(/%2C/gi, ',')}`,
  );
  void loadFromLocation();
}

/** The differences as a list (with their explanations) or as the concept table. */
const views = setUpTabs(ui.viewTabs, 'juxta.differencesView', (tab) => {
  // The caption copies an entry of the view that is now put away.
  stopFollowing();
  if (tab === 'tab-table') drawConceptTable();
  applyActive();
});

window.addEventListener('popstate', onAddressChange);
// A shared link pasted over the current one only changes the fragment: no page load happens.
window.addEventListener('hashchange', onAddressChange);
ui.search.addEventListener('input', () => {
  loadNotesForSearch();
  drawLibrary();
});

/** Teaching notes by snippet id, which the search covers too; the list does not carry them. */
const notesById = new Map<string, string>();
let notesRequested = false;

/** Fetches every snippet's notes the first time someone searches, a few requests at a time. */
function loadNotesForSearch(): void {
  if (notesRequested || state.snippets.length === 0) return;
  notesRequested = true;
  const queue = state.snippets.map((s) => s.id).filter((id) => !notesById.has(id));
  const fetchSome = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        notesById.set(id, (await fetchSnippet(id)).notes);
      } catch {
        // That snippet is searched by its title and topic only.
      }
    }
  };
  void Promise.all([fetchSome(), fetchSome(), fetchSome(), fetchSome()]).then(() => {
    if (ui.search.value.trim()) drawLibrary();
  });
}
ui.problemSearch.addEventListener('click', (event) => {
  event.preventDefault();
  ui.search.focus();
  ui.search.scrollIntoView({ block: 'nearest' });
});

setUpThemePicker(byId<HTMLSelectElement>('theme'));
setUpLibraryToggle(byId<HTMLButtonElement>('library-toggle'), byId('layout'));

/**
 * What presentation mode shows: the comparison on screen, unless a problem page replaced it or
 * practice hides its differences (presenting would give the answers away).
 */
const presentation = setUpPresentation({
  button: byId<HTMLButtonElement>('present'),
  current: () => {
    const pair = shownPair();
    if (!pair || !ui.problem.hidden || practice.active) return null;
    return { ...pair, title: ui.title.textContent ?? '' };
  },
});

let sizeIndex = DEFAULT_SIZE_INDEX;
function applySize(index: number): void {
  sizeIndex = Math.min(Math.max(index, 0), CODE_SIZES.length - 1);
  const px = CODE_SIZES[sizeIndex]!;
  // CSSOM, not a style attribute: allowed under the service's CSP.
  document.documentElement.style.setProperty('--code-size', `${px}px`);
  const scale = Math.max(1, px / CODE_SIZES[DEFAULT_SIZE_INDEX]!);
  document.documentElement.style.setProperty('--ui-scale', scale.toFixed(3));
  ui.fontValue.textContent = `${Math.round((px / CODE_SIZES[DEFAULT_SIZE_INDEX]!) * 100)}%`;
  ui.fontDown.disabled = sizeIndex === 0;
  ui.fontUp.disabled = sizeIndex === CODE_SIZES.length - 1;
  try {
    localStorage.setItem('juxta.codeSize', String(sizeIndex));
  } catch {
    // Private mode: the size just is not remembered.
  }
}
ui.fontDown.addEventListener('click', () => applySize(sizeIndex - 1));
ui.fontUp.addEventListener('click', () => applySize(sizeIndex + 1));
let savedSize = DEFAULT_SIZE_INDEX;
try {
  savedSize = Number(localStorage.getItem('juxta.codeSize') ?? DEFAULT_SIZE_INDEX);
} catch {
  // Storage unavailable: start at the default size.
}
applySize(Number.isInteger(savedSize) ? savedSize : DEFAULT_SIZE_INDEX);

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function announce(message: string, visible = false): void {
  ui.announcer.textContent = message;
  if (!visible) return;
  let toast = document.getElementById('toast');
  if (!toast) {
    toast = h('div', { id: 'toast', class: 'toast', 'aria-hidden': 'true' });
    document.body.append(toast);
  }
  toast.textContent = message;
  toast.classList.add('shown');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => toast.classList.remove('shown'), 2500);
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError || error instanceof Error) return error.message;
  return String(error);
}

// Practice mode (practice.ts): the differences hidden, for the learner to find.
const practice = setUpPractice(byId<HTMLButtonElement>('practice-toggle'), ui.comparisonSection, {
  current: () => {
    const pair = shownPair();
    if (!pair || !ui.problem.hidden) return null;
    return {
      result: pair.result,
      code: { left: pair.leftCode, right: pair.rightCode },
      names: { left: pair.leftName, right: pair.rightName },
      snippetId: state.snippet && !state.edited ? state.snippet.id : null,
    };
  },
  beforeStart: async () => {
    if (state.editing) await setEditing(false);
    if (state.sides.some((side, s) => side.code !== state.shown?.codes[s])) await compareNow();
  },
  replaceAddress: (url) => {
    history.replaceState(null, '', url);
    shownKey = locationKey();
  },
});

void loadFromLocation().finally(loadLibraryList);
