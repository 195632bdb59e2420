// The embed page, `/embed?snippet=ID` or `/embed#l=…` (a shared link's code): just the aligned
// comparison and its numbered differences, read-only, for an iframe in slides or a course page,
// with a link that opens the same comparison in Juxta. The service lets other sites frame this
// page and no other. `?theme=light` or `dark` fixes the theme (a dark slide deck); otherwise it
// follows the system.
import './style.css';
import './code.css';
import './embed.css';
import type { SourceInput } from '../../src/types.js';
import { ApiError, compareSources, fetchLanguages, fetchSnippet } from './api.js';
import { fromPair } from './comparison.js';
import { byId, withInlineCode } from './dom.js';
import { DEFAULT_SNIPPET, snippetHref } from './library.js';
import { readSharedLink } from './link.js';
import { renderDifferenceList } from './panel.js';
import { renderReadView } from './render.js';
import { applyTheme, savedTheme } from './theme.js';

const ui = {
  title: byId('title'),
  open: byId<HTMLAnchorElement>('open-in-juxta'),
  status: byId('status'),
  comparisonSection: byId('comparison-section'),
  comparison: byId('comparison'),
  differences: byId('differences'),
  count: byId('difference-count'),
  list: byId<HTMLOListElement>('difference-list'),
};

/** What the address asks to show, or what is wrong with it. */
type Request =
  | { kind: 'pair'; left: SourceInput; right: SourceInput; title: string | null; open: string }
  | { kind: 'problem'; title: string; message: string };

/** Reads the address: a shared link's code in the fragment, else `?snippet=` (or the lesson's). */
async function readRequest(): Promise<Request> {
  const url = new URL(location.href);
  const shared = readSharedLink(url.hash);
  if (shared.kind === 'damaged') {
    return { kind: 'problem', title: 'This link is damaged', message: shared.problem };
  }
  if (shared.kind === 'pair') {
    return { kind: 'pair', ...shared.pair, title: null, open: `/${url.hash}` };
  }
  if (shared.kind === 'sides') {
    const [left, right] = shared.sides;
    if (shared.sides.length === 2 && left && right) {
      return { kind: 'pair', left, right, title: null, open: `/${url.hash}` };
    }
    // Open in Juxta shows them all.
    ui.open.href = `/${url.hash}`;
    return {
      kind: 'problem',
      title: 'Two programs only',
      message: `An embed shows two programs side by side; this link holds ${shared.sides.length}. Open it in Juxta to see them all.`,
    };
  }
  const id = url.searchParams.get('snippet') ?? DEFAULT_SNIPPET;
  try {
    const snippet = await fetchSnippet(id);
    const [left, right] = snippet.languages;
    if (!left || !right) {
      return {
        kind: 'problem',
        title: 'Nothing to compare',
        message: `The snippet “${snippet.id}” has fewer than two languages to compare.`,
      };
    }
    return {
      kind: 'pair',
      left: { language: left, code: snippet.code[left] ?? '' },
      right: { language: right, code: snippet.code[right] ?? '' },
      title: snippet.title,
      open: snippetHref(snippet.id),
    };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
      return {
        kind: 'problem',
        title: 'No such snippet',
        message: `The library has no snippet “${shown}”: the embed code may be mistyped, or the snippet renamed since.`,
      };
    }
    throw error;
  }
}

async function show(): Promise<void> {
  const theme = new URL(location.href).searchParams.get('theme');
  applyTheme(theme === 'light' || theme === 'dark' ? theme : savedTheme());
  const languages = fetchLanguages().catch(() => []);
  try {
    const request = await readRequest();
    if (request.kind === 'problem') {
      showProblem(request.title, request.message);
      return;
    }
    const [result, known] = await Promise.all([
      compareSources(request.left, request.right),
      languages,
    ]);
    const name = (id: string) => known.find((l) => l.id === id)?.name ?? id;
    const leftName = name(result.left.language);
    const rightName = name(result.right.language);
    const title = request.title ?? `${leftName} and ${rightName}`;
    ui.title.textContent = title;
    document.title = `${title} · Juxta`;
    ui.open.href = request.open;
    const comparison = fromPair(
      result,
      [request.left.code, request.right.code],
      [leftName, rightName],
    );
    renderReadView(ui.comparison, {
      comparison,
      differences: new Map(
        result.differences.map((d, i) => [d.id, { number: i + 1, category: d.category }]),
      ),
      hidden: new Set(),
    });
    renderDifferenceList(ui.list, comparison.differences, new Set(), comparison.names);
    ui.count.textContent = `(${result.differences.length})`;
    const errors = result.left.errors.length + result.right.errors.length;
    const notes = [
      errors > 0
        ? `The code has ${errors} syntax ${errors === 1 ? 'error' : 'errors'}; the comparison is a best effort.`
        : '',
      result.notice ?? '',
    ].filter(Boolean);
    showStatus(notes.join(' '));
  } catch (error) {
    showProblem(
      'The comparison cannot be shown',
      error instanceof Error ? error.message : String(error),
    );
    return;
  } finally {
    // The page is drawn, as far as anything can be: tests wait for this.
    document.documentElement.dataset.renders = '1';
  }
}

function showStatus(message: string): void {
  ui.status.replaceChildren(withInlineCode(message));
  ui.status.hidden = message === '';
}

function showProblem(title: string, message: string): void {
  ui.title.textContent = title;
  document.title = `${title} · Juxta`;
  ui.status.dataset.tone = 'error';
  showStatus(message);
  ui.comparisonSection.hidden = true;
  ui.differences.hidden = true;
}

// ---------------------------------------------------------------------------------------------
// Linking, as on the full page: pointing at a difference or a marked token lights both sides and
// the entry; a click or the keyboard keeps one lit.

let hovered: string[] = [];
let chosen: string | null = null;

function idsAt(target: EventTarget | null): string[] {
  if (!(target instanceof Element)) return [];
  return target.closest<HTMLElement>('[data-diff]')?.dataset.diff?.split(' ') ?? [];
}

function light(): void {
  const active = new Set(hovered);
  if (chosen) active.add(chosen);
  document.body.classList.toggle('has-active', active.size > 0);
  for (const element of document.querySelectorAll<HTMLElement>('[data-diff]')) {
    const ids = element.dataset.diff?.split(' ') ?? [];
    element.classList.toggle(
      'active',
      ids.some((id) => active.has(id)),
    );
  }
}

document.addEventListener('mouseover', (event) => {
  const ids = idsAt(event.target);
  if (ids.join() === hovered.join()) return;
  hovered = ids;
  light();
});

for (const area of [ui.list, ui.comparison]) {
  for (const type of ['click', 'focusin']) {
    area.addEventListener(type, (event) => {
      const [id] = idsAt(event.target);
      if (!id) return;
      chosen = id;
      light();
      if (area === ui.comparison) {
        ui.list.querySelector(`[data-diff="${CSS.escape(id)}"]`)?.scrollIntoView({
          block: 'nearest',
        });
      }
    });
  }
}

void show();
