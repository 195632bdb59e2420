// The library sidebar: snippets grouped by topic (in the order the service lists them), filtered
// by the search box. Each entry is a real link (`/?snippet=ID`), so it also works in a new tab.
import type { SnippetSummary } from '../../src/types.js';
import { h } from './dom.js';

/** The snippet `/` (and `/embed`) opens: the lesson's own pair. */
export const DEFAULT_SNIPPET = 'control-flow/odd-even';

export function snippetHref(id: string): string {
  return `/?snippet=${encodeURIComponent(id).replace(/%2F/gi, '/')}`;
}

/**
 * Words a learner may search for, and the words the library uses for the same idea (often one
 * language's word for the other's): "exception" finds the Errors topic, "dict" finds hashes.
 */
const SYNONYMS: Record<string, string[]> = {
  exception: ['error', 'rescue', 'except', 'raise'],
  try: ['rescue', 'begin'],
  catch: ['rescue', 'except'],
  function: ['method', 'def', 'lambda'],
  method: ['function'],
  dict: ['hash'],
  dictionary: ['hash'],
  map: ['hash', 'dict'],
  hash: ['dict'],
  array: ['list'],
  list: ['array'],
  loop: ['each', 'for', 'while', 'until', 'times'],
  iterate: ['each', 'for', 'loop'],
  print: ['puts'],
  puts: ['print'],
  class: ['object'],
  object: ['class'],
  string: ['text', 'str'],
  test: ['assert', 'minitest', 'unittest'],
  switch: ['case', 'match'],
};

/** Whether one search word is in the text, as written or as one of its synonyms. */
function wordMatches(word: string, haystack: string): boolean {
  return haystack.includes(word) || (SYNONYMS[word] ?? []).some((s) => haystack.includes(s));
}

function matches(snippet: SnippetSummary, words: string[], notes: string): boolean {
  const haystack = `${snippet.title} ${snippet.topic} ${snippet.id} ${notes}`.toLowerCase();
  return words.every((word) => wordMatches(word, haystack));
}

/**
 * Draws the library, filtered by `query` over each snippet's title, topic, id and (once they
 * are loaded; the list does not carry them) its teaching notes, `notes` by snippet id.
 */
export function renderLibrary(
  container: HTMLElement,
  snippets: SnippetSummary[],
  currentId: string | null,
  query: string,
  notes: ReadonlyMap<string, string> = new Map(),
): void {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const topics = new Map<string, SnippetSummary[]>();
  for (const snippet of snippets) {
    if (!matches(snippet, words, notes.get(snippet.id) ?? '')) continue;
    topics.set(snippet.topic, [...(topics.get(snippet.topic) ?? []), snippet]);
  }
  if (topics.size === 0) {
    container.replaceChildren(
      h(
        'p',
        { class: 'library-empty' },
        snippets.length === 0 ? 'The library is empty.' : `No snippet matches “${query}”.`,
      ),
    );
    return;
  }
  const groups = [...topics].map(([topic, items], index) => {
    const headingId = `topic-${index}`;
    return h(
      'section',
      { class: 'topic', 'aria-labelledby': headingId },
      h('h2', { id: headingId, class: 'topic-title' }, topic),
      h(
        'ul',
        {},
        ...items.map((snippet) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                href: snippetHref(snippet.id),
                'data-snippet': snippet.id,
                'aria-current': snippet.id === currentId ? 'page' : undefined,
              },
              snippet.title,
            ),
          ),
        ),
      ),
    );
  });
  container.replaceChildren(...groups);
}

const LIBRARY_KEY = 'juxta.library';

/**
 * The button that hides the library, to give the code the whole width (on a projector, say), and
 * shows it again; remembered in the browser. On a narrow screen the library sits under the
 * comparison, out of the way, and is always there.
 */
export function setUpLibraryToggle(button: HTMLButtonElement, layout: HTMLElement): void {
  const apply = (shown: boolean) => {
    button.setAttribute('aria-expanded', String(shown));
    layout.classList.toggle('library-hidden', !shown);
  };
  let shown = true;
  try {
    shown = localStorage.getItem(LIBRARY_KEY) !== 'hidden';
  } catch {
    // Storage unavailable: the library is shown.
  }
  apply(shown);
  button.addEventListener('click', () => {
    shown = !shown;
    apply(shown);
    try {
      if (shown) localStorage.removeItem(LIBRARY_KEY);
      else localStorage.setItem(LIBRARY_KEY, 'hidden');
    } catch {
      // Not remembered, but still applied for this page.
    }
  });
}
