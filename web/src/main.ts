// The web view's entry: holds the page's state (which code, which answer, what is highlighted),
// loads snippets and shared links, and wires the read view, the editors, the differences panel,
// the library and the keyboard together.
import './style.css';
import './code.css';
import './print.css';
import './export.css';
import type {
  CompareResult,
  Difference,
  LanguageInfo,
  Snippet,
  SnippetSummary,
  SourceInput,
} from '../../src/types.js';
import { ApiError, compareSources, fetchLanguages, fetchSnippet, fetchSnippets } from './api.js';
import { byId, h, withInlineCode } from './dom.js';
import type { CodeEditor } from './editor.js';
import { setUpExportMenu, type ExportSource } from './export.js';
import { followDifference, stopFollowing } from './follow.js';
import { DEFAULT_SNIPPET, renderLibrary, setUpLibraryToggle, snippetHref } from './library.js';
import { encodePair, readSharedLink } from './link.js';
import { renderDifferenceList, renderLegend } from './panel.js';
import { setUpPractice } from './practice.js';
import { renderReadView, type DifferenceInfo } from './render.js';
import { buildLines, type Side } from './segments.js';
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
  left: SourceInput;
  right: SourceInput;
  /** The latest answer, with the code it was computed for (the panes may have moved on). */
  result: CompareResult | null;
  resultFor: { left: string; right: string } | null;
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
  left: { language: '', code: '' },
  right: { language: '', code: '' },
  result: null,
  resultFor: null,
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

let editors: {
  left: CodeEditor;
  right: CodeEditor;
  selects: Record<Side, HTMLSelectElement>;
} | null = null;
let renders = 0;
/** Set while code is put into the editors by the page itself rather than typed. */
let syncing = false;

// ---------------------------------------------------------------------------------------------
// Loading

const languagesReady = fetchLanguages()
  .then((languages) => {
    state.languages = languages;
    state.left.language ||= languages[0]?.id ?? '';
    state.right.language ||= languages[1]?.id ?? '';
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

/** Shows what the address asks for: a shared pair in the fragment, else a snippet. */
async function loadFromLocation(): Promise<void> {
  shownKey = locationKey();
  const url = new URL(location.href);
  const shared = readSharedLink(url.hash);
  if (shared.kind === 'damaged') {
    showProblem('This link is damaged', shared.problem);
    return;
  }
  if (shared.kind === 'pair') {
    const { left, right } = shared.pair;
    await languagesReady;
    const unknown = [left.language, right.language].filter(
      (id) => state.languages.length > 0 && !state.languages.some((l) => l.id === id),
    );
    if (unknown.length) {
      const known = state.languages.map((l) => l.name).join(' and ');
      showProblem(
        'This link cannot be shown',
        `It names a language Juxta does not know: “${shorten(unknown[0]!)}”. Juxta compares ${known}.`,
      );
      return;
    }
    clearProblem();
    state.snippet = null;
    state.edited = false;
    state.left = left;
    state.right = right;
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
    const [leftLanguage, rightLanguage] = snippet.languages;
    if (!leftLanguage || !rightLanguage) {
      throw new Error(`The snippet “${snippet.id}” has fewer than two languages to compare.`);
    }
    clearProblem();
    notesById.set(snippet.id, snippet.notes);
    state.snippet = snippet;
    state.edited = false;
    state.left = { language: leftLanguage, code: snippet.code[leftLanguage] ?? '' };
    state.right = { language: rightLanguage, code: snippet.code[rightLanguage] ?? '' };
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
    if (!state.result) {
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
  state.result = null;
  state.resultFor = null;
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

/** Puts newly loaded code into open editors, without counting it as the user's edit. */
function syncEditors(): void {
  if (!editors) return;
  syncing = true;
  try {
    for (const side of ['left', 'right'] as const) {
      if (editors[side].code() !== state[side].code) editors[side].setCode(state[side].code);
      editors.selects[side].value = state[side].language;
      editors[side].setLabel(`${languageName(state[side].language)} code, ${side}`);
    }
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
  const left = { ...state.left };
  const right = { ...state.right };
  try {
    const [result] = await Promise.all([
      compareSources(left, right, controller.signal),
      languagesReady,
    ]);
    if (request !== latestRequest) return;
    state.result = result;
    state.resultFor = { left: left.code, right: right.code };
    if (state.selected && !result.differences.some((d) => d.id === state.selected)) {
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

function differenceIndex(differences: Difference[]): Map<string, DifferenceInfo> {
  return new Map(differences.map((d, i) => [d.id, { number: i + 1, category: d.category }]));
}

function hiddenIds(result: CompareResult): Set<string> {
  return new Set(
    result.differences.filter((d) => state.hiddenCategories.has(d.category)).map((d) => d.id),
  );
}

function drawResult(): void {
  const { result, resultFor } = state;
  if (!result || !resultFor) return;
  const leftName = languageName(result.left.language);
  const rightName = languageName(result.right.language);
  const differences = differenceIndex(result.differences);

  if (!state.editing) {
    drawReadView();
  } else if (editors) {
    const visible = result.differences.filter((d) => !state.hiddenCategories.has(d.category));
    const categoryOf = (id: string) => differences.get(id)?.category ?? 'other';
    for (const side of ['left', 'right'] as const) {
      const lines = buildLines(
        resultFor[side],
        result[side].tokens,
        visible,
        side,
        result[side].errors,
      );
      editors[side].showLines(resultFor[side], lines, categoryOf);
    }
  }

  renderLegend(ui.legendItems, result.differences, state.hiddenCategories, toggleCategory);
  ui.legend.hidden = result.differences.length === 0;
  renderDifferenceList(ui.list, result.differences, state.hiddenCategories, leftName, rightName);
  if (result.differences.length === 0) {
    ui.list.replaceChildren(
      h('li', { class: 'no-differences' }, 'No differences: both sides are written the same way.'),
    );
  }
  const shown = visibleDifferences().length;
  ui.count.textContent =
    shown === result.differences.length
      ? `(${shown})`
      : `(${shown} of ${result.differences.length})`;
  ui.prev.disabled = ui.next.disabled = shown === 0;
  drawStatus(result, leftName, rightName);
  applyActive();
  exportMenu.refresh();
  presentation.refresh();

  renders += 1;
  document.documentElement.dataset.renders = String(renders);
  if (renders === 1) performance.mark('juxta:first-comparison');
  if (state.editing) announce(`${shown} ${shown === 1 ? 'difference' : 'differences'}.`);
  practice.refresh();
}

function drawReadView(): void {
  const { result, resultFor } = state;
  if (!result || !resultFor) return;
  renderReadView(ui.comparison, {
    result,
    leftCode: resultFor.left,
    rightCode: resultFor.right,
    leftName: languageName(result.left.language),
    rightName: languageName(result.right.language),
    differences: differenceIndex(result.differences),
    hidden: hiddenIds(result),
  });
  applyActive();
}

// Printing while editing prints the aligned view of what is typed (print.css shows it).
window.addEventListener('beforeprint', () => {
  if (state.editing) drawReadView();
});

function drawStatus(result: CompareResult, leftName: string, rightName: string): void {
  const parts: string[] = [];
  for (const [side, name] of [
    ['left', leftName],
    ['right', rightName],
  ] as const) {
    const count = result[side].errors.length;
    if (count > 0) {
      const lines = [...new Set(result[side].errors.map((e) => e.line))];
      const where = `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
      parts.push(
        `${name} has ${count} syntax ${count === 1 ? 'error' : 'errors'} (${where}); the comparison below is a best effort.`,
      );
    }
  }
  if (result.notice) parts.push(result.notice);
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
    ui.subtitle.textContent = `${languageName(state.left.language)} and ${languageName(state.right.language)}, edited from “${snippet.title}”`;
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
    ui.subtitle.textContent = `${languageName(state.left.language)} and ${languageName(state.right.language)}, from a shared link`;
    ui.notes.hidden = true;
    document.title = 'Your comparison · Juxta';
  }
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
// Highlighting: a difference lights up everywhere it appears (both panes, connectors, the list).

function visibleDifferences(): Difference[] {
  return (state.result?.differences ?? []).filter((d) => !state.hiddenCategories.has(d.category));
}

function applyActive(): void {
  const active = new Set(state.hovered);
  if (state.selected) active.add(state.selected);
  document.body.classList.toggle('has-active', active.size > 0);
  editors?.left.setActive(active);
  editors?.right.setActive(active);
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

ui.list.addEventListener('focusin', (event) => {
  const [id] = diffIdsAt(event);
  if (id) select(id, false);
});

ui.list.addEventListener('click', (event) => {
  const [id] = diffIdsAt(event);
  if (id) select(id, false);
});

// Clicking a highlighted token keeps its difference lit and brings its entry into view.
ui.comparison.addEventListener('click', (event) => {
  const [id] = diffIdsAt(event);
  if (id) select(id, false);
});

function select(id: string | null, moveFocus: boolean): void {
  // Chosen in the list (a click, Tab), the list stays where it is; in the code or with j/k, the code.
  const fromList = !moveFocus && ui.list.contains(document.activeElement);
  state.selected = id;
  applyActive();
  if (!id) {
    stopFollowing();
    return;
  }
  const button = ui.list.querySelector<HTMLButtonElement>(`button[data-diff="${CSS.escape(id)}"]`);
  if (moveFocus) button?.focus({ preventScroll: true });
  const token = [
    ...document.querySelectorAll<HTMLElement>('#comparison [data-diff], .editors [data-diff]'),
  ].find((element) => element.dataset.diff?.split(' ').includes(id));
  followDifference(token ?? null, button?.closest('li') ?? null, fromList ? 'entry' : 'token');
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
  if (on) {
    const { createEditor } = await import('./editor.js');
    const selects = { left: languageSelect('left'), right: languageSelect('right') };
    const columns = (['left', 'right'] as const).map((side) => {
      const host = h('div', { class: 'editor-host' });
      const column = h(
        'div',
        { class: `editor-column side-${side}` },
        h(
          'label',
          { class: 'editor-head' },
          h('span', {}, side === 'left' ? 'Left language' : 'Right language'),
          selects[side],
        ),
        host,
      );
      return { column, host };
    });
    ui.editors.replaceChildren(
      ...columns.map((c) => c.column),
      h(
        'p',
        { class: 'editor-hint' },
        'Changes are compared as you type. ',
        h('span', { class: 'key-hint' }, 'Tab indents; press Esc, then Tab, to leave an editor.'),
      ),
    );
    const onChange = (side: Side) => (code: string) => {
      if (syncing) return;
      state[side] = { ...state[side], code };
      markEdited();
      compareSoon();
    };
    editors = {
      left: createEditor(
        columns[0]!.host,
        state.left.code,
        `${languageName(state.left.language)} code, left`,
        onChange('left'),
      ),
      right: createEditor(
        columns[1]!.host,
        state.right.code,
        `${languageName(state.right.language)} code, right`,
        onChange('right'),
      ),
      selects,
    };
    drawResult();
    editors.left.view.focus();
  } else {
    editors?.left.destroy();
    editors?.right.destroy();
    editors = null;
    ui.editors.replaceChildren();
    drawResult();
    // A keystroke still waiting for its comparison: compare now rather than show stale code.
    // (Not when a problem page has replaced the comparison: there is nothing to show.)
    const stale =
      state.left.code !== state.resultFor?.left || state.right.code !== state.resultFor?.right;
    if (stale && ui.problem.hidden) {
      void compareNow();
    }
  }
}

function languageSelect(side: Side): HTMLSelectElement {
  const select = h(
    'select',
    { 'data-side': side },
    ...state.languages.map((language) =>
      h(
        'option',
        { value: language.id, selected: language.id === state[side].language },
        language.name,
      ),
    ),
  );
  select.addEventListener('change', () => {
    state[side] = { ...state[side], language: select.value };
    editors?.[side].setLabel(`${languageName(select.value)} code, ${side}`);
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
  }
}

ui.editToggle.addEventListener('click', () => void setEditing(!state.editing));

// ---------------------------------------------------------------------------------------------
// Sharing, exporting, navigation and display settings

/** The comparison on screen, for the Export menu; `null` while there is none. */
function exportSource(): ExportSource | null {
  const { result, resultFor, snippet } = state;
  if (!result || !resultFor) return null;
  const leftName = languageName(result.left.language);
  const rightName = languageName(result.right.language);
  // Judged by the code the result is for, not by the edit flag: a keystroke still waiting for
  // its comparison is not on screen yet.
  const asInLibrary =
    snippet !== null &&
    snippet.code[result.left.language] === resultFor.left &&
    snippet.code[result.right.language] === resultFor.right;
  return {
    result,
    leftCode: resultFor.left,
    rightCode: resultFor.right,
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
  const url = `${location.origin}/${encodePair({ left: state.left, right: state.right })}`;
  history.replaceState(null, '', url);
  shownKey = locationKey();
  try {
    await navigator.clipboard.writeText(url);
    announce('Link copied. It holds both programs and their languages.', true);
  } catch {
    // Without clipboard access the link is still in the address bar, ready to copy by hand.
    announce('The link is in the address bar; copy it from there.', true);
  }
});

ui.libraryList.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-snippet]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  history.pushState(null, '', snippetHref(link.dataset.snippet ?? ''));
  void loadFromLocation();
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
    const { result, resultFor } = state;
    if (!result || !resultFor || !ui.problem.hidden || practice.active) return null;
    return {
      result,
      leftCode: resultFor.left,
      rightCode: resultFor.right,
      leftName: languageName(result.left.language),
      rightName: languageName(result.right.language),
      title: ui.title.textContent ?? '',
    };
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
  current: () =>
    state.result && state.resultFor && ui.problem.hidden
      ? {
          result: state.result,
          code: state.resultFor,
          names: {
            left: languageName(state.result.left.language),
            right: languageName(state.result.right.language),
          },
          snippetId: state.snippet && !state.edited ? state.snippet.id : null,
        }
      : null,
  beforeStart: async () => {
    if (state.editing) await setEditing(false);
    if (state.left.code !== state.resultFor?.left || state.right.code !== state.resultFor?.right) {
      await compareNow();
    }
  },
  replaceAddress: (url) => {
    history.replaceState(null, '', url);
    shownKey = locationKey();
  },
});

void loadFromLocation().finally(loadLibraryList);
