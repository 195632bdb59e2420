// Keeps the chosen difference of the read view and its explanation in sight together. When the
// marked code and its entry in the list fit in the window at once, the page scrolls to show both;
// when they do not (a long program, large code), the code stays in view and the explanation is
// shown in a caption pinned to the bottom of the window, until its entry is scrolled into view.
import { h } from './dom.js';

/** Room kept free at the window's edges, in CSS pixels. */
const MARGIN = 16;

let caption: HTMLElement | null = null;
let watched: Element | null = null;
const observer =
  typeof IntersectionObserver === 'undefined'
    ? null
    : new IntersectionObserver(
        (entries) => {
          const entry = entries.filter((e) => e.target === watched).at(-1);
          if (!caption || !entry) return;
          // The list was drawn again (a legend switch, a new comparison): nothing to follow.
          if (!entry.target.isConnected) {
            stopFollowing();
            return;
          }
          // The entry's explanation is on screen (or fills it): the caption would only repeat it.
          const seen =
            entry.intersectionRatio > 0.99 || entry.intersectionRect.height > innerHeight / 2;
          caption.hidden = seen;
        },
        { threshold: [0, 0.25, 0.5, 0.75, 0.99, 1] },
      );

function captionElement(): HTMLElement {
  if (!caption) {
    // Decorative for screen readers: the focused entry in the list already reads the same text.
    caption = h('aside', { class: 'follow-caption', 'aria-hidden': 'true', hidden: true });
    document.body.append(caption);
  }
  return caption;
}

/** Fills the caption with a copy of the entry's number, summary and explanation. */
function fillCaption(entry: HTMLElement): HTMLElement {
  const box = captionElement();
  const parts = ['.difference-number', '.difference-summary', '.difference-explanation'].map(
    (selector) => {
      const copy = entry.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined;
      copy?.removeAttribute('id');
      return copy ?? null;
    },
  );
  box.className = `follow-caption ${[...entry.classList].filter((c) => /^(cat|cue)-/.test(c)).join(' ')}`;
  box.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  return box;
}

/** Forgets the chosen difference: no caption. */
export function stopFollowing(): void {
  if (watched) observer?.unobserve(watched);
  watched = null;
  if (caption) caption.hidden = true;
}

/**
 * Brings a chosen difference into view: its first marked `token` and its `entry` in the list
 * together when they fit; otherwise what `keep` names (the token when the difference was chosen
 * in the code or with j/k, the entry when it was chosen in the list), with the explanation in the
 * caption while the entry is out of sight. `words` is the list's entry, whose number, summary and
 * explanation the caption shows, when `entry` is another view's (a row of the concept table).
 */
export function followDifference(
  token: HTMLElement | null,
  entry: HTMLElement | null,
  keep: 'token' | 'entry',
  words: HTMLElement | null = entry,
): void {
  stopFollowing();
  if (!entry) {
    token?.scrollIntoView({ block: 'nearest' });
    return;
  }
  const box = fillCaption(words ?? entry);
  const explanation = entry.querySelector('.difference-explanation') ?? entry;
  const view = innerHeight;
  const e = entry.getBoundingClientRect();
  const t = token?.getBoundingClientRect() ?? e;
  const top = Math.min(t.top, e.top);
  const bottom = Math.max(t.bottom, e.bottom);
  let scroll = 0;
  if (bottom - top <= view - 2 * MARGIN) {
    // Both fit: the least scrolling that shows them.
    if (top < MARGIN) scroll = top - MARGIN;
    else if (bottom > view - MARGIN) scroll = bottom - (view - MARGIN);
  } else if (keep === 'entry' || !token) {
    if (e.top < MARGIN || e.bottom > view - MARGIN) scroll = e.top - MARGIN;
  } else {
    // The code in the upper part of the window, clear of the caption under it.
    box.hidden = false;
    const free = view - box.getBoundingClientRect().height - MARGIN;
    if (t.top < MARGIN || t.bottom > free) scroll = t.top - Math.max(MARGIN, (free - t.height) / 3);
  }
  if (scroll !== 0) window.scrollBy({ top: scroll, behavior: 'instant' });
  watched = explanation;
  observer?.observe(explanation);
}
