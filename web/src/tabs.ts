// Tabs (WAI-ARIA's tab pattern): one tab stop for the group, the arrow keys and Home/End move
// between tabs and show each at once. Used for the differences as a list or as the concept table;
// the choice is remembered in the browser, as the library's toggle is.

export interface Tabs {
  /** The id of the tab shown. */
  readonly current: string;
}

/**
 * Wires the `role="tab"` buttons inside `list`, each showing the panel its `aria-controls` names.
 * `onChange` runs after a tab is shown (also for the remembered one at start).
 */
export function setUpTabs(
  list: HTMLElement,
  storageKey: string,
  onChange: (id: string) => void,
): Tabs {
  const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  let current = tabs.find((t) => t.getAttribute('aria-selected') === 'true')?.id ?? '';

  const show = (id: string, focus: boolean) => {
    for (const tab of tabs) {
      const selected = tab.id === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
      if (selected && focus) tab.focus();
    }
    current = id;
    onChange(id);
  };

  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (!tab) return;
    show(tab.id, false);
    remember(storageKey, tab.id);
  });
  list.addEventListener('keydown', (event) => {
    const at = tabs.findIndex((t) => t.id === current);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (to === -1) return;
    event.preventDefault();
    show(tabs[to]!.id, true);
    remember(storageKey, tabs[to]!.id);
  });

  const saved = recall(storageKey);
  if (saved && saved !== current && tabs.some((t) => t.id === saved)) show(saved, false);

  return {
    get current() {
      return current;
    },
  };
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice just is not remembered.
  }
}

function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
