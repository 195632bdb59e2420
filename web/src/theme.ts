// The theme picker: light, dark, or whatever the system says (the default), remembered in the
// browser. The stylesheet's colours are all light-dark() pairs, so a theme is only the
// `color-scheme` that `data-theme` on <html> selects; "system" removes it.

export type Theme = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'juxta.theme';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}

export function savedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    // Storage unavailable (private mode): follow the system.
    return 'system';
  }
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Applies the remembered theme and keeps it in step with the picker. */
export function setUpThemePicker(select: HTMLSelectElement): void {
  const theme = savedTheme();
  applyTheme(theme);
  select.value = theme;
  select.addEventListener('change', () => {
    const chosen = isTheme(select.value) ? select.value : 'system';
    applyTheme(chosen);
    try {
      if (chosen === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, chosen);
    } catch {
      // Not remembered, but still applied for this page.
    }
  });
}
