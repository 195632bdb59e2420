// The library sidebar: snippets grouped by topic (in the order the service lists them), filtered
// by the search box. Each entry is a real link (`/?snippet=ID`), so it also works in a new tab.
import type { SnippetSummary } from '../../src/types.js';
import { h } from './dom.js';

export function snippetHref(id: string): string {
  return `/?snippet=${encodeURIComponent(id).replace(/%2F/gi, '/')}`;
}

function matches(snippet: SnippetSummary, words: string[]): boolean {
  const haystack = `${snippet.title} ${snippet.topic} ${snippet.id}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function renderLibrary(
  container: HTMLElement,
  snippets: SnippetSummary[],
  currentId: string | null,
  query: string,
): void {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const topics = new Map<string, SnippetSummary[]>();
  for (const snippet of snippets) {
    if (!matches(snippet, words)) continue;
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
