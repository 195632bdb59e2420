// Export and embedding from the web view: the comparison on screen as the standalone HTML page,
// the SVG picture or the Markdown that `juxta compare --format …` prints, and the <iframe> code
// that embeds it. The files are made here in the browser by the CLI's own presenters
// (src/present/: pure functions of a result), loaded on the first export, so an export is exactly
// what is on screen and costs no second trip to the service.
import type { CompareResult } from '../../src/types.js';
import { escapeMarkup } from '../../src/present/shared.js';
import { encodePair } from './link.js';

/** What is on screen, as the presenters need it. */
export interface ExportSource {
  result: CompareResult;
  /** The code the result is for (the editors may have moved on). */
  leftCode: string;
  rightCode: string;
  leftName: string;
  rightName: string;
  /** The document's title: the snippet's, or what the code is when it is not the library's. */
  title: string;
  /** The library snippet, when the code on screen is exactly the library's; else `null`. */
  snippetId: string | null;
}

export type ExportFormat = 'html' | 'svg' | 'markdown';

const FORMATS: Record<ExportFormat, { extension: string; type: string; name: string }> = {
  html: { extension: 'html', type: 'text/html;charset=utf-8', name: 'HTML page' },
  svg: { extension: 'svg', type: 'image/svg+xml;charset=utf-8', name: 'SVG picture' },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8', name: 'Markdown' },
};

/** The least space between the open menu's panel and the window's edges (px). */
const PANEL_MARGIN = 8;

/** The iframe's height in the embed code: the page scrolls inside it when the pair is longer. */
const EMBED_HEIGHT = 600;

/** The presenter's output for `source`, as `juxta compare --format FORMAT` prints it. */
export async function present(format: ExportFormat, source: ExportSource): Promise<string> {
  const { result, leftCode, rightCode, leftName, rightName, title } = source;
  const options = { leftName, rightName, title };
  switch (format) {
    case 'html':
      return (await import('../../src/present/html.js')).toHtml(
        result,
        leftCode,
        rightCode,
        options,
      );
    case 'svg':
      return (await import('../../src/present/svg.js')).toSvg(result, leftCode, rightCode, options);
    case 'markdown':
      return (await import('../../src/present/markdown.js')).toMarkdown(
        result,
        leftCode,
        rightCode,
        {
          ...options,
          leftLanguage: result.left.language,
          rightLanguage: result.right.language,
        },
      );
  }
}

/** `control-flow-odd-even.svg` for a library snippet, `comparison.svg` for anything else. */
export function exportFileName(source: ExportSource, format: ExportFormat): string {
  const base = source.snippetId?.replace(/[^\w.-]+/g, '-') || 'comparison';
  return `${base}.${FORMATS[format].extension}`;
}

/** The embed page's address for what is on screen: the snippet's id, or its code in the fragment. */
export function embedUrl(source: ExportSource, origin: string): string {
  if (source.snippetId !== null) {
    return `${origin}/embed?snippet=${encodeURIComponent(source.snippetId).replace(/%2F/gi, '/')}`;
  }
  const { result, leftCode, rightCode } = source;
  return `${origin}/embed${encodePair({
    left: { language: result.left.language, code: leftCode },
    right: { language: result.right.language, code: rightCode },
  })}`;
}

/** The `<iframe>` to paste into a course page or slides. */
export function embedCode(source: ExportSource, origin: string): string {
  const src = escapeMarkup(embedUrl(source, origin));
  const title = escapeMarkup(`Juxta: ${source.title}`);
  return `<iframe src="${src}" title="${title}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}

export interface ExportMenu {
  /** Brings the embed code up to date with what is on screen. */
  refresh(): void;
}

/**
 * Wires the Export menu (a `<details>` in the toolbar): a download button per format, Copy
 * Markdown, and the embed code with its Copy button. `source` is asked at each use; `null` means
 * there is nothing on screen to export.
 */
export function setUpExportMenu(
  menu: HTMLDetailsElement,
  source: () => ExportSource | null,
  announce: (message: string) => void,
): ExportMenu {
  const embed = menu.querySelector<HTMLTextAreaElement>('textarea')!;

  const refresh = () => {
    const current = source();
    embed.value = current ? embedCode(current, location.origin) : '';
  };

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      announce(`${what} copied.`);
    } catch {
      announce(`${what} could not be copied here; select it and copy it by hand.`);
    }
  };

  menu.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-export]');
    const current = source();
    if (!button || !current) return;
    const action = button.dataset.export;
    if (action === 'copy-markdown') {
      void present('markdown', current).then((text) => copy(text, 'Markdown'));
    } else if (action === 'copy-embed') {
      refresh();
      void copy(embed.value, 'Embed code');
    } else if (action === 'html' || action === 'svg' || action === 'markdown') {
      void present(action, current).then((text) => {
        download(text, exportFileName(current, action), FORMATS[action].type);
        announce(`${FORMATS[action].name} saved as ${exportFileName(current, action)}.`);
      });
    }
  });

  // The panel opens under the button, moved left as far as it must to stay on screen: the
  // toolbar wraps, so the button may be anywhere along the bar.
  const panel = menu.querySelector<HTMLElement>('.export-panel')!;
  const place = () => {
    if (!menu.open) return;
    const menuLeft = menu.getBoundingClientRect().left;
    const room = document.documentElement.clientWidth - panel.offsetWidth - PANEL_MARGIN;
    const left = Math.max(PANEL_MARGIN, Math.min(menuLeft, room));
    // CSSOM, not a style attribute: allowed under the service's CSP.
    panel.style.setProperty('left', `${left - menuLeft}px`);
  };
  window.addEventListener('resize', place);
  // Placed as soon as it opens (a mutation is seen before the next task; the toggle event is a
  // task of its own, after which a panel could be seen off the screen for a moment).
  new MutationObserver(place).observe(menu, { attributes: true, attributeFilter: ['open'] });
  menu.addEventListener('toggle', () => {
    if (!menu.open) return;
    refresh();
    place();
  });
  // Esc closes the menu and gives the focus back to its button; so does a click elsewhere.
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
    event.stopPropagation();
  });
  document.addEventListener('click', (event) => {
    // A person's click only: the download's own click on its link must leave the menu open.
    if (event.isTrusted && menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  embed.addEventListener('focus', () => embed.select());

  return { refresh };
}

/** Saves text as a file through the browser's own download. */
function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the file after this turn; a minute later it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
