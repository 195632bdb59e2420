// The language chooser: a snippet's languages as checkboxes, of which 2 to 4 are compared, in the
// order they were ticked (the first is the leftmost pane). Each ticked box shows its place. A tick
// that would leave fewer than two or make more than four is undone and the hint says why, rather
// than a disabled box that a keyboard or a screen reader cannot reach to learn the reason.
import { listed } from './comparison.js';
import { h } from './dom.js';

export const MIN_CHOSEN = 2;
export const MAX_CHOSEN = 4;

export interface ChooserLanguage {
  id: string;
  name: string;
}

/**
 * Draws the chooser into `options` (the checkboxes) and `hint` (a live line under them).
 * `onChoose` gets the new choice, in order; the page then shows it and draws the chooser again.
 */
export function renderLanguageChooser(
  options: HTMLElement,
  hint: HTMLElement,
  languages: readonly ChooserLanguage[],
  chosen: readonly string[],
  onChoose: (ids: string[]) => void,
): void {
  // Drawn again after each choice: the box that had the focus keeps it.
  const focused = (document.activeElement as HTMLElement | null)?.dataset.language;
  const boxes = languages.map((language) => {
    const place = chosen.indexOf(language.id);
    const input = h('input', {
      type: 'checkbox',
      checked: place !== -1,
      'data-language': language.id,
      // The place is part of the name ("Python, column 2"); the number beside it is its picture.
      'aria-label': place === -1 ? undefined : `${language.name}, column ${place + 1}`,
    });
    input.addEventListener('change', () => {
      const next = input.checked
        ? [...chosen, language.id]
        : chosen.filter((id) => id !== language.id);
      if (next.length < MIN_CHOSEN || next.length > MAX_CHOSEN) {
        input.checked = !input.checked;
        hint.textContent =
          next.length < MIN_CHOSEN
            ? `At least ${MIN_CHOSEN} languages are compared: tick another before taking ${language.name} away.`
            : `At most ${MAX_CHOSEN} languages fit side by side: take one away before adding ${language.name}.`;
        return;
      }
      onChoose(next);
    });
    return h(
      'label',
      { class: `chooser-option${place === -1 ? '' : ' chosen'}` },
      input,
      h('span', { class: 'chooser-name' }, language.name),
      place === -1
        ? null
        : h('span', { class: 'chooser-place', 'aria-hidden': 'true' }, String(place + 1)),
    );
  });
  options.replaceChildren(...boxes);
  hint.textContent = `Choose ${MIN_CHOSEN} to ${MAX_CHOSEN}; they are shown left to right in the order you tick them.`;
  if (focused)
    options.querySelector<HTMLElement>(`[data-language="${CSS.escape(focused)}"]`)?.focus();
}

/**
 * Reads `?langs=a,b,c` against a snippet's languages: the ids in order, or what is wrong with
 * them in words (`name` gives a language's name).
 */
export function readLangs(
  value: string,
  available: readonly string[],
  name: (id: string) => string,
): { ids: string[] } | { problem: string } {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const has = `It is written in ${listed(available.map(name))}.`;
  const unknown = ids.find((id) => !available.includes(id));
  if (unknown !== undefined) {
    const shown = unknown.length > 40 ? `${unknown.slice(0, 40)}…` : unknown;
    return { problem: `This snippet has no “${shown}” version. ${has}` };
  }
  const twice = ids.find((id, n) => ids.indexOf(id) !== n);
  if (twice !== undefined) {
    return { problem: `The address names ${name(twice)} twice; name each language once.` };
  }
  if (ids.length < MIN_CHOSEN || ids.length > MAX_CHOSEN) {
    return {
      problem: `Juxta compares ${MIN_CHOSEN} to ${MAX_CHOSEN} languages at once; the address names ${ids.length}. ${has}`,
    };
  }
  return { ids };
}
