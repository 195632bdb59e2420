// Presentation mode (`?mode=present`), for showing a comparison to a class: the two programs fill
// the screen with nothing else around them, the code as large as the widest line allows, and the
// differences are stepped through one at a time with the current one's explanation large under
// the code. "Reveal one at a time" starts with nothing marked, for asking the class first. The
// step is in the address, so a reload or a shared link keeps the place. main.ts hands over each
// comparison it draws (`refresh`); everything else about the mode lives here and in present.css.
import './present.css';
import type { CompareResult, Difference } from '../../src/types.js';
import { categoryClass, categoryName, describeKind } from './categories.js';
import { fromPair } from './comparison.js';
import { h, withInlineCode } from './dom.js';
import { renderReadView, type DifferenceInfo } from './render.js';

/** What is being presented: main.ts's latest comparison and the code it was computed for. */
export interface PresentedComparison {
  result: CompareResult;
  leftCode: string;
  rightCode: string;
  leftName: string;
  rightName: string;
  title: string;
}

export interface Presentation {
  /** Draws the comparison `current()` gives now; main.ts calls it after each one it draws. */
  refresh(): void;
  readonly active: boolean;
}

/** Sizes the presenter can step through with −/+, relative to the size that fits the screen. */
export const PRESENT_ZOOMS = [0.7, 0.85, 1, 1.2, 1.45, 1.75];
const FIT_ZOOM = PRESENT_ZOOMS.indexOf(1);
/** Address parameters of the mode: main.ts does not reload the comparison when only these change. */
export const PRESENT_PARAMS = ['mode', 'step', 'reveal'] as const;

/** Keys that presentation remotes and keyboards send to go on or back (`key` values). */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'j', 'n']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'k', 'p']);

interface Place {
  step: number;
  reveal: boolean;
}

function placeFromAddress(): Place & { presenting: boolean } {
  const params = new URLSearchParams(location.search);
  const step = Number(params.get('step') ?? 0);
  return {
    presenting: params.get('mode') === 'present',
    step: Number.isInteger(step) && step > 0 ? step : 0,
    reveal: params.get('reveal') === '1',
  };
}

/** The address with the mode's parameters set (or, with `place` null, taken out). */
function addressWith(place: Place | null): string {
  const url = new URL(location.href);
  for (const name of PRESENT_PARAMS) url.searchParams.delete(name);
  if (place) {
    url.searchParams.set('mode', 'present');
    if (place.step > 0) url.searchParams.set('step', String(place.step));
    if (place.reveal) url.searchParams.set('reveal', '1');
  }
  // URLSearchParams writes `/` in a snippet id as %2F; the library's links keep it plain.
  return url.href.replace(/(snippet=[^&#]*)/, (part) => part.replace(/%2F/gi, '/'));
}

/** A keystroke meant for a field or an editor, not for the page. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('input, textarea, select, [contenteditable="true"], .editor-host') !== null
  );
}

export function setUpPresentation(options: {
  button: HTMLButtonElement;
  current: () => PresentedComparison | null;
}): Presentation {
  const { button, current } = options;
  const fromAddress = placeFromAddress();
  let active = false;
  /** Waiting for the first comparison to enter the mode the address asks for. */
  let pending = fromAddress.presenting;
  let pushedEntry = false;
  let place: Place = { step: fromAddress.step, reveal: fromAddress.reveal };
  let zoom = FIT_ZOOM;
  let fitSize = 0;
  let fitFor = '';
  let shown: PresentedComparison | null = null;
  let drawn = false;

  // ----- the page ---------------------------------------------------------------------------

  const title = h('h1', { class: 'present-title', id: 'present-title' }, 'Loading…');
  const counter = h('p', { class: 'present-counter' });
  const code = h('div', { class: 'compare', tabindex: '-1' });
  const codeArea = h('div', { class: 'present-code' }, code);
  const caption = h('div', {
    class: 'present-caption',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const control = (label: string, text: string, keys: string, extra: Record<string, string> = {}) =>
    h(
      'button',
      {
        type: 'button',
        class: 'btn present-btn',
        'aria-label': label,
        'aria-keyshortcuts': keys,
        ...extra,
      },
      text,
    );
  const previous = control('Previous difference', '←', 'ArrowLeft PageUp k');
  const next = control('Next difference', '→', 'ArrowRight PageDown Space j');
  const revealToggle = h(
    'button',
    { type: 'button', class: 'btn present-btn', 'aria-pressed': 'false', 'aria-keyshortcuts': 'r' },
    'Reveal one at a time',
  );
  const smaller = control('A− smaller code', 'A−', '-');
  const zoomValue = h('output', { class: 'present-zoom', 'aria-live': 'polite' }, '100%');
  const larger = control('A+ larger code', 'A+', '+');
  const fullScreen = h(
    'button',
    { type: 'button', class: 'btn present-btn', 'aria-pressed': 'false', 'aria-keyshortcuts': 'f' },
    'Full screen',
  );
  const leaveButton = h(
    'button',
    { type: 'button', class: 'btn present-btn', 'aria-keyshortcuts': 'Escape' },
    'Leave',
    h('kbd', { class: 'key-hint' }, 'Esc'),
  );
  const controls = h(
    'div',
    { class: 'present-controls', role: 'toolbar', 'aria-label': 'Presentation' },
    previous,
    next,
    revealToggle,
    h(
      'span',
      { class: 'present-size', role: 'group', 'aria-label': 'Code size' },
      smaller,
      zoomValue,
      larger,
    ),
    fullScreen,
    leaveButton,
  );
  const root = h(
    'section',
    {
      id: 'presentation',
      class: 'presentation',
      'aria-labelledby': 'present-title',
      tabindex: '-1',
      hidden: true,
    },
    h('header', { class: 'present-top' }, title, counter),
    codeArea,
    h(
      'div',
      { class: 'present-band', role: 'region', 'aria-label': 'Current difference' },
      caption,
      controls,
    ),
  );
  document.body.append(root);

  // The read view's own pointer handling (main.ts, on the document) stays out of the way.
  for (const type of ['mouseover', 'mouseout', 'click'] as const) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }

  // ----- differences and steps ----------------------------------------------------------------

  function differences(): Difference[] {
    return shown?.result.differences ?? [];
  }

  function currentDifference(): Difference | null {
    return place.step > 0 ? (differences()[place.step - 1] ?? null) : null;
  }

  function go(step: number): void {
    const last = differences().length;
    const clamped = Math.min(Math.max(step, 0), last);
    if (clamped === place.step && drawn) return;
    place = { ...place, step: clamped };
    history.replaceState(history.state, '', addressWith(place));
    draw();
  }

  function setReveal(on: boolean): void {
    place = { ...place, reveal: on };
    history.replaceState(history.state, '', addressWith(place));
    draw();
  }

  // ----- drawing ------------------------------------------------------------------------------

  function differenceIndex(list: Difference[]): Map<string, DifferenceInfo> {
    return new Map(list.map((d, i) => [d.id, { number: i + 1, category: d.category }]));
  }

  function renderCode(view: PresentedComparison, hidden: Set<string>): void {
    renderReadView(code, {
      comparison: fromPair(
        view.result,
        [view.leftCode, view.rightCode],
        [view.leftName, view.rightName],
      ),
      differences: differenceIndex(view.result.differences),
      hidden,
    });
  }

  /** Draws the code, the marks for this step and the caption, and brings the current one into view. */
  function draw(): void {
    const view = shown;
    if (!view || !active) return;
    const list = view.result.differences;
    const now = currentDifference();
    // Revealing: only the differences stepped through so far are marked.
    const hidden = new Set(place.reveal ? list.slice(place.step).map((d) => d.id) : []);
    fit(view);
    renderCode(view, hidden);
    for (const element of code.querySelectorAll<HTMLElement>('[data-diff]')) {
      const ids = (element.dataset.diff ?? '').split(' ');
      const isCurrent = now !== null && ids.includes(now.id);
      element.classList.toggle('is-current', isCurrent);
      element.classList.toggle('is-dimmed', now !== null && !isCurrent);
    }
    drawCaption(view, now);
    previous.disabled = place.step === 0;
    next.disabled = place.step >= list.length;
    revealToggle.setAttribute('aria-pressed', String(place.reveal));
    scrollToCurrent();
    if (!drawn) {
      drawn = true;
      performance.mark('juxta:first-presentation');
    }
    root.dataset.step = String(place.step);
  }

  function drawCaption(view: PresentedComparison, now: Difference | null): void {
    const list = view.result.differences;
    const total = list.length;
    title.textContent = view.title;
    document.title = `Presenting ${view.title} · Juxta`;
    if (!now) {
      counter.textContent =
        total === 0 ? '' : `${total} ${total === 1 ? 'difference' : 'differences'}`;
      const both = `${view.leftName} and ${view.rightName}`;
      const lead =
        total === 0
          ? `No differences: ${both} write this the same way.`
          : place.reveal
            ? `Where do ${both} differ? ${total === 1 ? 'One difference' : `${total} differences`} to find.`
            : `${total === 1 ? 'One difference' : `${total} differences`} between ${both}.`;
      const how =
        total === 0
          ? ''
          : place.reveal
            ? 'Press → or Space to reveal them one at a time.'
            : 'Press → or Space to go through them one at a time.';
      caption.replaceChildren(h('p', { class: 'present-summary' }, lead));
      if (how) caption.append(h('p', { class: 'present-explanation key-hint' }, how));
      return;
    }
    const number = place.step;
    const category = categoryClass(now.category);
    counter.textContent = `Difference ${number} of ${total}`;
    caption.replaceChildren(
      h(
        'p',
        { class: 'present-where' },
        h(
          'span',
          { class: `difference-number ${category}`, 'aria-hidden': 'true' },
          String(number),
        ),
        h('span', { class: 'visually-hidden' }, `Difference ${number} of ${total}: `),
        h(
          'span',
          { class: 'present-meta' },
          `${categoryName(now.category)}, ${describeKind(now.kind, view.leftName, view.rightName)}`,
        ),
      ),
      h('p', { class: 'present-summary' }, withInlineCode(now.summary)),
      h('p', { class: 'present-explanation' }, withInlineCode(now.explanation)),
    );
  }

  /** Scrolls the code (its own scroll box) so the current difference's marks are in sight. */
  function scrollToCurrent(): void {
    const now = currentDifference();
    const marks = now
      ? [...code.querySelectorAll<HTMLElement>('mark.is-current, .badge.is-current')]
      : [];
    if (marks.length === 0) {
      codeArea.scrollTop = 0;
      return;
    }
    const area = codeArea.getBoundingClientRect();
    const rects = marks.map((m) => m.getBoundingClientRect());
    const top = Math.min(...rects.map((r) => r.top)) - area.top + codeArea.scrollTop;
    const bottom = Math.max(...rects.map((r) => r.bottom)) - area.top + codeArea.scrollTop;
    const room = codeArea.clientHeight;
    const margin = Math.min(room / 6, 48);
    // All of it centred when it fits; else its first place near the top.
    codeArea.scrollTop =
      bottom - top <= room - 2 * margin ? (top + bottom) / 2 - room / 2 : top - margin;
  }

  // ----- the size of the code -------------------------------------------------------------------

  /** The size code is first measured at, in CSS pixels. */
  const PROBE_SIZE = 20;

  /**
   * Chooses the code size: the widest line fits across the screen, and (unless that would make the
   * code too small to read from the back of a room) every line fits above the caption too. A code
   * that cannot fit across at a readable size wraps (render.ts, wrap.ts) and the code scrolls.
   * The code's natural width and height grow in step with its size, plus a part that does not
   * (gutters stop growing past 16 px), so two measurements give the line, and a last one checks.
   */
  function fit(view: PresentedComparison): void {
    const key = `${innerWidth}x${innerHeight}:${view.leftCode.length}:${view.rightCode.length}:${view.result.differences.length}:${view.title}`;
    if (key !== fitFor || fitSize === 0) {
      fitFor = key;
      renderCode(view, new Set());
      const band = root.querySelector<HTMLElement>('.present-band')!;
      const top = root.querySelector<HTMLElement>('.present-top')!;
      const style = getComputedStyle(codeArea);
      const room = {
        width:
          codeArea.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        height:
          root.clientHeight -
          top.offsetHeight -
          parseFloat(getComputedStyle(band).minHeight) -
          parseFloat(style.paddingTop) -
          parseFloat(style.paddingBottom),
      };
      const readable = Math.max(16, Math.round(innerHeight / 36));
      const ceiling = Math.max(readable, Math.round(innerHeight / 11));
      code.classList.add('measuring');
      const measure = (size: number) => {
        code.style.setProperty('--present-size', `${size}px`);
        const box = code.getBoundingClientRect();
        return { width: box.width, height: box.height };
      };
      /** The largest size (by the line through two measurements) at which `side` fits its room. */
      const along = (
        side: 'width' | 'height',
        a: { size: number; box: { width: number; height: number } },
        b: { size: number; box: { width: number; height: number } },
      ) => {
        const slope = (b.box[side] - a.box[side]) / (b.size - a.size || 1);
        return slope > 0
          ? Math.floor(a.size + (room[side] - a.box[side]) / slope)
          : Math.floor((a.size * room[side]) / a.box[side]);
      };
      const choose = (across: number, down: number) =>
        across < readable ? readable : Math.min(across, Math.max(down, readable), ceiling);
      const first = { size: PROBE_SIZE, box: measure(PROBE_SIZE) };
      const guess = Math.max(
        PROBE_SIZE + 4,
        choose(
          Math.floor((PROBE_SIZE * room.width) / first.box.width),
          Math.floor((PROBE_SIZE * room.height) / first.box.height),
        ),
      );
      const second = { size: guess, box: measure(guess) };
      const across = along('width', first, second);
      const down = along('height', first, second);
      let size = choose(across, down);
      // Checked, a pixel at a time, since the line is only nearly straight: the largest size at
      // which the code fits across and, when it can at a readable size, down too.
      const fits = (at: number) => {
        const box = measure(at);
        return (
          box.width <= room.width + 0.5 && (down < readable || box.height <= room.height + 0.5)
        );
      };
      // A code too long to fit down at a readable size scrolls, at that size.
      const limit = down < readable ? readable : ceiling;
      if (across >= readable) {
        while (size > readable && !fits(size)) size -= 1;
        while (size < limit && fits(size + 1)) size += 1;
      }
      code.classList.remove('measuring');
      fitSize = size;
    }
    const size = Math.max(10, Math.round(fitSize * PRESENT_ZOOMS[zoom]!));
    code.style.setProperty('--present-size', `${size}px`);
    zoomValue.textContent = `${Math.round(PRESENT_ZOOMS[zoom]! * 100)}%`;
    smaller.disabled = zoom === 0;
    larger.disabled = zoom === PRESENT_ZOOMS.length - 1;
    root.dataset.codeSize = String(size);
  }

  function setZoom(index: number): void {
    zoom = Math.min(Math.max(index, 0), PRESENT_ZOOMS.length - 1);
    draw();
  }

  // ----- entering and leaving ------------------------------------------------------------------

  function show(): void {
    active = true;
    document.body.classList.add('presenting');
    root.hidden = false;
  }

  function enter(push: boolean): void {
    if (!current()) return;
    if (push) {
      place = { step: 0, reveal: place.reveal };
      history.pushState({ presentation: true }, '', addressWith(place));
      pushedEntry = true;
    }
    show();
    pending = false;
    shown = current();
    drawn = false;
    fitSize = 0;
    draw();
    root.focus({ preventScroll: true });
  }

  function leave(changeAddress: boolean): void {
    if (!active && !pending) return;
    const wasActive = active;
    active = false;
    pending = false;
    document.body.classList.remove('presenting');
    root.hidden = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    if (changeAddress) {
      if (pushedEntry && history.state?.presentation) history.back();
      else history.replaceState(history.state, '', addressWith(null));
    }
    pushedEntry = false;
    place = { step: 0, reveal: place.reveal };
    if (shown) document.title = `${shown.title} · Juxta`;
    if (wasActive) button.focus({ preventScroll: true });
  }

  async function toggleFullScreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      caption.append(
        h('p', { class: 'present-explanation' }, 'This browser does not allow full screen here.'),
      );
    }
  }

  document.addEventListener('fullscreenchange', () => {
    fullScreen.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
  });

  // The screen changed size (full screen, a projector plugged in): fit the code again.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => draw(), 100);
  });

  window.addEventListener('popstate', () => {
    const wanted = placeFromAddress();
    if (wanted.presenting && !active) {
      place = { step: wanted.step, reveal: wanted.reveal };
      enter(false);
    } else if (!wanted.presenting && active) {
      pushedEntry = false;
      leave(false);
    }
  });

  button.addEventListener('click', () => enter(true));
  previous.addEventListener('click', () => go(place.step - 1));
  next.addEventListener('click', () => go(place.step + 1));
  revealToggle.addEventListener('click', () => setReveal(!place.reveal));
  smaller.addEventListener('click', () => setZoom(zoom - 1));
  larger.addEventListener('click', () => setZoom(zoom + 1));
  fullScreen.addEventListener('click', () => void toggleFullScreen());
  leaveButton.addEventListener('click', () => leave(true));
  // A marked token or badge, clicked, becomes the current difference.
  code.addEventListener('click', (event) => {
    const element = (event.target as Element).closest<HTMLElement>('[data-diff]');
    const id = element?.dataset.diff?.split(' ')[0];
    const index = differences().findIndex((d) => d.id === id);
    if (index !== -1) go(index + 1);
  });

  // Captured before main.ts's own keys (j/k on the document) see them.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (!active) {
        if (pending && event.key === 'Escape') leave(true);
        // In the read view, `f` presents in full screen.
        if (event.key === 'f' && !isTyping(event.target) && current()) {
          event.preventDefault();
          enter(true);
          void toggleFullScreen();
        }
        return;
      }
      const onButton = event.target instanceof HTMLButtonElement;
      const key = event.key;
      // Space and Enter on a focused control press it.
      if (onButton && (key === ' ' || key === 'Enter')) return;
      if (NEXT_KEYS.has(key) && !(key === ' ' && event.shiftKey)) go(place.step + 1);
      else if (PREVIOUS_KEYS.has(key) || (key === ' ' && event.shiftKey)) go(place.step - 1);
      else if (key === 'Home') go(0);
      else if (key === 'End') go(differences().length);
      else if (key === 'f') void toggleFullScreen();
      else if (key === 'r') setReveal(!place.reveal);
      else if (key === '+' || key === '=') setZoom(zoom + 1);
      else if (key === '-') setZoom(zoom - 1);
      else if (key === '0') setZoom(FIT_ZOOM);
      else if (key === 'Escape') leave(true);
      else return;
      event.preventDefault();
      event.stopPropagation();
    },
    true,
  );

  // Opened as `?mode=present`: no read view first, not even while the comparison loads. If it
  // cannot load, the page's own message (in its status line) is shown instead.
  if (pending) {
    show();
    active = false;
    caption.replaceChildren(h('p', { class: 'present-summary' }, 'Loading…'));
    const status = document.getElementById('status');
    if (status) {
      const watch = new MutationObserver(() => {
        if (!pending) watch.disconnect();
        else if (status.dataset.tone === 'error' && status.textContent) leave(true);
      });
      watch.observe(status, { attributes: true, childList: true, subtree: true });
    }
  }

  return {
    get active() {
      return active;
    },
    refresh() {
      const view = current();
      button.disabled = view === null;
      if (!view) {
        // A problem page (a damaged link, an unknown snippet) is shown as it is.
        if (active || pending) leave(true);
        return;
      }
      if (pending) {
        shown = view;
        pending = false;
        active = true;
        const wanted = place.step;
        drawn = false;
        place = { ...place, step: Math.min(wanted, view.result.differences.length) };
        draw();
        root.focus({ preventScroll: true });
        return;
      }
      if (active) {
        shown = view;
        if (place.step > view.result.differences.length) place = { ...place, step: 0 };
        draw();
      }
    },
  };
}
