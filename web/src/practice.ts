// Practice mode (`?mode=practice`, the Practice button): the differences are hidden and the
// learner finds them. Every token of both programs can be picked, with the mouse or the keyboard
// (Tab to the programs, arrow keys, Enter); each pick is answered in a live region, a hint marks
// the line of a difference not found yet, and the round ends with a score and the best one kept
// in the browser. The rules are in practice-round.ts; this file draws them and takes the picks.
import './practice.css';
import type { CompareResult, Difference } from '../../src/types.js';
import { categoryClass, categoryName, describeKind } from './categories.js';
import { h, withInlineCode } from './dom.js';
import { encodePair } from './link.js';
import {
  PracticeRound,
  describeScore,
  pickLines,
  practiceKey,
  readBest,
  sameOnOtherSide,
  saveBest,
  tokenDifferences,
  type PickLine,
  type Piece,
  type Score,
} from './practice-round.js';
import { paneClass, rowsToShow } from './render.js';
import type { Side } from './segments.js';
import { indentColumns } from './wrap.js';

/** The comparison on screen, as main.ts hands it over. */
export interface PracticePair {
  result: CompareResult;
  /** The code the result was computed for. */
  code: Record<Side, string>;
  /** The languages' names, as the API gives them. */
  names: Record<Side, string>;
  /** The library snippet when its code is shown unchanged; null for an edited or shared pair. */
  snippetId: string | null;
}

export interface PracticeHooks {
  /** The pair to practise on; null when there is none (nothing loaded, a problem page). */
  current(): PracticePair | null;
  /** Gets the page ready before a round starts: leaves the editors, compares what they hold. */
  beforeStart(): Promise<void>;
  /** Changes the address without loading anything: the page already shows what it says. */
  replaceAddress(url: string): void;
}

export interface Practice {
  /** Follows the address (`mode=practice`) and the pair on screen; main.ts calls it after drawing. */
  refresh(): void;
  /** Whether practice mode is on screen (the read view's keys stand down). */
  readonly active: boolean;
}

const SIDES: readonly Side[] = ['left', 'right'];
const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Finds a token's element again after the board is drawn anew. */
function pickSelector(element: HTMLElement): string {
  const { side, line, token } = element.dataset;
  return `.pick[data-side="${side}"][data-line="${line}"][data-token="${token}"]`;
}

interface Hint {
  id: string;
  side: Side;
  line: number;
}

interface Game {
  key: string;
  pair: PracticePair;
  round: PracticeRound;
  lines: Record<Side, PickLine[]>;
  /** Per side, per token: the differences it is part of. */
  owners: Record<Side, string[][]>;
  byId: Map<string, Difference>;
  hints: Hint[];
  /** The best score kept before this round ended, and whether this round beat it. */
  best: Score | null;
  newBest: boolean;
}

function requested(): boolean {
  return new URLSearchParams(location.search).get('mode') === 'practice';
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The address of practice on this pair: the snippet's, or the code itself in the fragment. */
function practiceAddress(pair: PracticePair): string {
  const params = new URLSearchParams(location.search);
  params.delete('mode');
  let hash: string;
  if (pair.snippetId !== null) {
    params.set('snippet', pair.snippetId);
    hash = '';
  } else {
    // Reloading an edited pair then shows the same code, so its round and best score carry on.
    params.delete('snippet');
    params.delete('langs');
    hash = encodePair({
      left: { language: pair.result.left.language, code: pair.code.left },
      right: { language: pair.result.right.language, code: pair.code.right },
    });
  }
  params.append('mode', 'practice');
  return `${location.pathname}?${params.toString().replace(/%2F/gi, '/')}${hash}`;
}

function readAddress(): string {
  const params = new URLSearchParams(location.search);
  params.delete('mode');
  const search = params.toString().replace(/%2F/gi, '/');
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}

/** The line a hint points at: the difference's first line on the left, or on the right. */
function hintFor(difference: Difference): Hint | null {
  for (const side of SIDES) {
    const lines = difference[side].map((t) => t.line);
    if (lines.length) return { id: difference.id, side, line: Math.min(...lines) };
  }
  return null;
}

/**
 * A line of the board, its indentation set as in the read view (render.ts), so that a wrapped
 * line continues under it.
 */
function lineText(nodes: Node[], pieces: readonly { text: string }[]): HTMLElement {
  const text = h('span', { class: 'text' }, ...nodes);
  const indent = indentColumns(pieces.map((p) => p.text).join(''));
  if (indent > 0) text.style.setProperty('--indent', String(indent));
  return text;
}

export function setUpPractice(
  button: HTMLButtonElement,
  anchor: HTMLElement,
  hooks: PracticeHooks,
): Practice {
  const heading = h(
    'h2',
    { id: 'practice-heading', tabindex: '-1' },
    'Practice: find the differences',
  );
  const how = h(
    'p',
    { class: 'practice-how' },
    'Pick every place where the two programs are written differently. ',
    h(
      'span',
      { class: 'key-hint' },
      'With the keyboard: Tab to the programs, move with the arrow keys, press Enter to pick, H for a hint.',
    ),
  );
  const tally = h('p', { class: 'practice-tally', id: 'practice-tally' });
  const best = h('p', { class: 'practice-best', id: 'practice-best' });
  const hintButton = h(
    'button',
    { type: 'button', class: 'btn', id: 'practice-hint', 'aria-keyshortcuts': 'h' },
    'Hint ',
    h('kbd', { class: 'key-hint' }, 'h'),
  );
  const revealButton = h(
    'button',
    { type: 'button', class: 'btn', id: 'practice-reveal' },
    'Show the rest',
  );
  const againButton = h(
    'button',
    { type: 'button', class: 'btn', id: 'practice-again' },
    'Play again',
  );
  const exitButton = h(
    'button',
    { type: 'button', class: 'btn', id: 'practice-exit' },
    'Back to reading',
  );
  const board = h('div', { class: 'compare practice-board', id: 'practice-board' });
  const feedback = h('div', {
    class: 'practice-feedback',
    id: 'practice-feedback',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    // Focusable, so that a long answer that scrolls inside it can be scrolled from the keyboard.
    tabindex: '0',
  });
  const foundHeading = h('h3', { class: 'practice-found-heading' });
  const foundList = h('ol', { class: 'practice-found', id: 'practice-found' });
  const section = h(
    'section',
    { id: 'practice', class: 'practice', 'aria-labelledby': 'practice-heading', hidden: true },
    h(
      'div',
      { class: 'practice-bar' },
      h('div', { class: 'practice-intro' }, heading, how),
      h('div', { class: 'practice-score' }, tally, best),
      h('div', { class: 'practice-actions' }, hintButton, revealButton, againButton, exitButton),
    ),
    board,
    feedback,
    h('div', { class: 'practice-found-box' }, foundHeading, foundList),
  );
  anchor.after(section);

  let game: Game | null = null;
  /** The board's one tab stop (where the learner last was), as a selector for its token. */
  let tabStop: string | null = null;

  function show(on: boolean): void {
    section.hidden = !on;
    document.body.classList.toggle('practicing', on);
    button.setAttribute('aria-pressed', String(on));
  }

  function start(pair: PracticePair, key: string): void {
    const { result } = pair;
    game = {
      key,
      pair,
      round: new PracticeRound(result.differences.map((d) => d.id)),
      lines: {
        left: pickLines(pair.code.left, result.left.tokens),
        right: pickLines(pair.code.right, result.right.tokens),
      },
      owners: {
        left: tokenDifferences(pair.code.left, result.left.tokens, result.differences, 'left'),
        right: tokenDifferences(pair.code.right, result.right.tokens, result.differences, 'right'),
      },
      byId: new Map(result.differences.map((d) => [d.id, d])),
      hints: [],
      best: readBest(browserStorage(), key),
      newBest: false,
    };
    tabStop = null;
    show(true);
    draw();
    const total = result.differences.length;
    feedback.replaceChildren(
      total === 0
        ? h('p', {}, 'Nothing to find: the two programs are written the same way.')
        : h(
            'p',
            {},
            `${total} ${total === 1 ? 'difference is' : 'differences are'} hidden in these two programs. Pick the first one you see.`,
          ),
    );
  }

  function refresh(): void {
    const pair = hooks.current();
    button.disabled = pair === null;
    if (!requested() || !pair) {
      show(false);
      return;
    }
    const key = practiceKey({
      snippetId: pair.snippetId,
      left: { language: pair.result.left.language, code: pair.code.left },
      right: { language: pair.result.right.language, code: pair.code.right },
    });
    const sameDifferences =
      game !== null && game.round.ids.join() === pair.result.differences.map((d) => d.id).join();
    if (game && game.key === key && sameDifferences && !section.hidden) {
      // The same pair drawn again (a re-compare of the same code): the round goes on.
      game.pair = pair;
      draw();
      return;
    }
    start(pair, key);
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  function draw(): void {
    if (!game) return;
    const focused = document.activeElement;
    const refocus =
      focused instanceof HTMLElement && board.contains(focused) ? pickSelector(focused) : null;
    drawBoard(game);
    drawScore(game);
    drawFound(game);
    if (refocus) {
      const again = board.querySelector<HTMLElement>(refocus);
      if (again?.getAttribute('role') === 'button') moveTo(again, false);
      else if (game.round.finished) (game.round.ids.length ? againButton : exitButton).focus();
    }
  }

  function drawScore(g: Game): void {
    const score = g.round.score();
    tally.replaceChildren(
      h('span', {}, 'Found ', h('strong', {}, `${score.found} of ${score.total}`)),
      h('span', {}, 'Hints ', h('strong', {}, String(score.hints))),
      h('span', {}, 'Wrong picks ', h('strong', {}, String(score.wrong))),
    );
    const kept = g.round.finished ? readBest(browserStorage(), g.key) : g.best;
    best.textContent = kept
      ? `Your best on this pair: ${describeScore(kept)}.`
      : 'No best score on this pair yet.';
    const over = g.round.finished;
    hintButton.hidden = revealButton.hidden = over;
    againButton.hidden = !over || score.total === 0;
    hintButton.disabled = !g.round.canHint;
  }

  function drawBoard(g: Game): void {
    const { result } = g.pair;
    const names = g.pair.names;
    const interactive = !g.round.finished;
    const shown = (id: string) => g.round.found.has(id) || g.round.revealed;
    const hinted = new Set(
      g.hints
        .filter((hint) => !g.round.found.has(hint.id))
        .map((hint) => `${hint.side}:${hint.line}`),
    );

    const pieceNode = (side: Side, line: PickLine, piece: Piece): Node => {
      if (piece.token === null) return document.createTextNode(piece.text);
      const ids = (g.owners[side][piece.token] ?? []).filter(shown);
      const first = ids.length ? g.byId.get(ids[0]!) : undefined;
      const wrong = g.round.wrongPicks.has(`${side}:${piece.token}`);
      const label = [`${piece.text.trim() || piece.text}, ${names[side]} line ${line.number}`];
      if (first)
        label.push(`difference ${g.round.numberOf(first.id)}, ${categoryName(first.category)}`);
      if (wrong) label.push('reads the same in both');
      return h(
        first ? 'mark' : 'span',
        {
          class: [
            piece.kind ? `tok tok-${piece.kind}` : '',
            'pick',
            first ? `diff ${categoryClass(first.category)}` : '',
            wrong ? 'picked-same' : '',
          ]
            .filter(Boolean)
            .join(' '),
          'data-side': side,
          'data-line': line.number,
          'data-token': piece.token,
          // Found differences light up together on both sides, as in the read view.
          'data-diff': ids.length ? ids.join(' ') : undefined,
          role: interactive ? 'button' : undefined,
          tabindex: interactive ? '-1' : undefined,
          'aria-label': interactive ? label.join(', ') : undefined,
          title: first
            ? `${categoryName(first.category)} (difference ${g.round.numberOf(first.id)})`
            : wrong
              ? 'Reads the same in both'
              : undefined,
        },
        piece.text,
      );
    };

    const lineCells = (side: Side, line: PickLine | null): HTMLElement[] => {
      // The read view's classes for the two panes, so the board lays out as it does.
      const sideClass = paneClass(side === 'left' ? 0 : 1, 2);
      if (!line) {
        return [
          h('div', { class: `ln gap ${sideClass}`, 'aria-hidden': 'true' }),
          h(
            'div',
            { class: `code gap ${sideClass}`, title: `No ${names[side]} line here` },
            h('span', { class: 'visually-hidden' }, `No ${names[side]} line here`),
          ),
        ];
      }
      const isHinted = hinted.has(`${side}:${line.number}`);
      const numbers = [
        ...new Set(
          line.pieces.flatMap((p) =>
            p.token === null ? [] : (g.owners[side][p.token] ?? []).filter(shown),
          ),
        ),
      ].sort((a, b) => g.round.numberOf(a) - g.round.numberOf(b));
      const badges = numbers.map((id) => {
        const category = g.byId.get(id)?.category ?? 'other';
        const number = g.round.numberOf(id);
        return h(
          'span',
          {
            class: `badge ${categoryClass(category)}`,
            'data-diff': id,
            role: 'img',
            'aria-label': `Difference ${number}, ${categoryName(category)}`,
            title: categoryName(category),
          },
          String(number),
        );
      });
      const hintClass = isHinted ? ' hinted' : '';
      return [
        h(
          'div',
          { class: `ln ${sideClass}${hintClass}`, 'data-line': line.number },
          h('span', { class: 'visually-hidden' }, `${names[side]} line `),
          String(line.number),
          isHinted ? h('span', { class: 'visually-hidden' }, ', hint: a difference is here') : null,
        ),
        h(
          'div',
          {
            class: `code ${sideClass}${hintClass}`,
            'data-side': side,
            'data-line': line.number,
            title: isHinted ? 'Hint: a difference is on this line' : undefined,
          },
          lineText(
            line.pieces.map((p) => pieceNode(side, line, p)),
            line.pieces,
          ),
          badges.length ? h('span', { class: 'badges' }, ...badges) : null,
        ),
      ];
    };

    const row = (...cells: HTMLElement[]) =>
      h('div', { class: 'table-row', role: 'row' }, ...cells);
    const cell = (...children: HTMLElement[]) =>
      h('div', { class: 'table-cell', role: 'cell' }, ...children);
    const head = (side: Side) =>
      h(
        'div',
        { class: 'table-cell', role: 'columnheader' },
        h(
          'div',
          { class: `head head-${side} ${paneClass(side === 'left' ? 0 : 1, 2)}` },
          h('span', { class: 'lang' }, names[side]),
        ),
      );

    const rows = [
      row(
        head('left'),
        h('div', { class: 'head head-conn', 'aria-hidden': 'true' }),
        head('right'),
      ),
    ];
    for (const r of rowsToShow(result.rows, g.lines.left.length, g.lines.right.length)) {
      const left = r.left === null ? null : (g.lines.left[r.left - 1] ?? null);
      const right = r.right === null ? null : (g.lines.right[r.right - 1] ?? null);
      // A plain joint: a dashed one, as the read view draws, would give away where differences are.
      const shape = left && right ? 'conn-both' : left ? 'conn-left' : 'conn-right';
      rows.push(
        row(
          cell(...lineCells('left', left)),
          h('div', { class: `conn ${shape}`, 'aria-hidden': 'true' }),
          cell(...lineCells('right', right)),
        ),
      );
    }
    board.setAttribute('role', 'table');
    board.setAttribute(
      'aria-label',
      `${names.left} and ${names.right}, line by line: find the differences`,
    );
    board.replaceChildren(...rows);
    // One tab stop for the board (where the learner last was); the arrow keys move within it.
    const kept = tabStop ? board.querySelector<HTMLElement>(`${tabStop}[role="button"]`) : null;
    (kept ?? picks()[0])?.setAttribute('tabindex', '0');
  }

  function drawFound(g: Game): void {
    const ids = g.round.ids.filter((id) => g.round.found.has(id) || g.round.revealed);
    const { found, total } = g.round.score();
    foundHeading.textContent =
      total === 0
        ? 'Nothing to find'
        : g.round.revealed && found < total
          ? `The differences (${found} of ${total} found by you)`
          : `Differences found (${found} of ${total})`;
    foundList.replaceChildren(
      ...ids.map((id) => {
        const d = g.byId.get(id)!;
        const number = g.round.numberOf(id);
        const category = categoryClass(d.category);
        return h(
          'li',
          {
            class: `practice-found-item ${category}`,
            value: number,
            'data-diff': id,
            id: `practice-found-${id}`,
          },
          h(
            'span',
            { class: `difference-number ${category}`, 'aria-hidden': 'true' },
            String(number),
          ),
          h(
            'div',
            { class: 'difference-body' },
            h('span', { class: 'visually-hidden' }, `Difference ${number} of ${total}: `),
            h('span', { class: 'difference-summary' }, withInlineCode(d.summary)),
            h(
              'span',
              { class: 'difference-meta' },
              `${categoryName(d.category)}, ${describeKind(d.kind, g.pair.names.left, g.pair.names.right)}`,
              g.round.found.has(id) ? '' : ' · not found by you',
            ),
            h('p', { class: 'difference-explanation' }, withInlineCode(d.explanation)),
          ),
        );
      }),
    );
  }

  /** Puts an answer in the live region, where a screen reader reads it out. */
  function say(...paragraphs: HTMLElement[]): void {
    feedback.replaceChildren(...paragraphs);
    // It sticks to the bottom of the window beside a long program; this brings it back when the
    // page was scrolled past it.
    feedback.scrollIntoView({ block: 'nearest' });
  }

  // ---------------------------------------------------------------------------------------------
  // Picks, hints and the end of a round

  function pick(element: HTMLElement): void {
    if (!game) return;
    const side = element.dataset.side as Side;
    const token = Number(element.dataset.token);
    const line = Number(element.dataset.line);
    const answer = game.round.pick(`${side}:${token}`, game.owners[side][token] ?? []);
    const { found, total } = game.round.score();
    const name = game.pair.names[side];
    const text = element.textContent ?? '';
    switch (answer.kind) {
      case 'found': {
        const d = game.byId.get(answer.id)!;
        const left = total - found;
        const message = [
          h(
            'p',
            { class: 'practice-answer practice-answer-found' },
            h(
              'span',
              { class: `difference-number ${categoryClass(d.category)}`, 'aria-hidden': 'true' },
              String(answer.number),
            ),
            h('strong', {}, `Found difference ${answer.number} of ${total}`),
            ` (${categoryName(d.category)}): `,
            withInlineCode(d.summary),
          ),
          h('p', { class: 'practice-explanation' }, withInlineCode(d.explanation)),
        ];
        if (game.round.finished) {
          finish(...message);
        } else {
          draw();
          say(
            ...message,
            h('p', { class: 'practice-progress' }, `${found} of ${total} found, ${left} to go.`),
          );
        }
        return;
      }
      case 'already': {
        const d = game.byId.get(answer.id)!;
        say(
          h(
            'p',
            { class: 'practice-answer' },
            h('strong', {}, `Already found: difference ${answer.number} of ${total}`),
            ' (',
            categoryName(d.category),
            '). Nothing is counted.',
          ),
        );
        return;
      }
      case 'same': {
        draw();
        const otherSide: Side = side === 'left' ? 'right' : 'left';
        const facing = sameOnOtherSide(
          game.pair.result.rows,
          game.lines[otherSide],
          side,
          line,
          text,
        );
        // Said only as far as it can be seen: the same token on the line it faces, or else
        // that no difference of this comparison is there.
        const why =
          facing === null
            ? ` on ${name} line ${line} is not part of any difference in this comparison.`
            : ` on ${name} line ${line} reads the same in both programs: ${game.pair.names[otherSide]} writes it on line ${facing} too.`;
        say(
          h(
            'p',
            { class: 'practice-answer practice-answer-same' },
            h('strong', {}, 'Not a difference: '),
            h('code', {}, text),
            why,
            answer.repeated ? ' You picked it before, so it is not counted again.' : '',
          ),
          h(
            'p',
            { class: 'practice-progress' },
            `${found} of ${total} found, ${total - found} to go.`,
          ),
        );
        return;
      }
      case 'over':
        return;
    }
  }

  function hint(): void {
    if (!game) return;
    const id = game.round.hint();
    const difference = id === null ? undefined : game.byId.get(id);
    const where = difference ? hintFor(difference) : null;
    if (!where) return;
    game.hints.push(where);
    draw();
    const name = game.pair.names[where.side];
    say(
      h(
        'p',
        { class: 'practice-answer practice-answer-hint' },
        h('strong', {}, 'Hint: '),
        `a difference you have not found yet is on ${name} line ${where.line}. That line is marked.`,
      ),
    );
    board
      .querySelector(`.code.hinted[data-side="${where.side}"][data-line="${where.line}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }

  /** Ends the round: keeps the best score and says how it went, after `lead` (the last find). */
  function finish(...lead: HTMLElement[]): void {
    if (!game) return;
    const score = game.round.score();
    if (score.total > 0) {
      game.best = readBest(browserStorage(), game.key);
      game.newBest = saveBest(browserStorage(), game.key, score);
    }
    const before = game.best;
    draw();
    const summary = game.round.revealed
      ? `Round over: you found ${score.found} of ${score.total}. The rest are marked now, and listed below with their explanations.`
      : `All ${score.total} differences found!`;
    say(
      ...lead,
      h('p', { class: 'practice-answer practice-answer-end' }, h('strong', {}, summary)),
      h('p', { class: 'practice-final' }, `Your score: ${describeScore(score)}.`),
      h(
        'p',
        { class: 'practice-final' },
        game.newBest
          ? before
            ? `A new best for this pair (it was ${describeScore(before)}).`
            : 'Your first score on this pair, kept as your best.'
          : `Your best on this pair is still ${describeScore(before ?? score)}.`,
      ),
    );
    againButton.focus();
  }

  function reveal(): void {
    if (!game || game.round.finished) return;
    game.round.reveal();
    finish();
  }

  // ---------------------------------------------------------------------------------------------
  // Keyboard: the board is one tab stop (a roving tabindex). Left and right follow the rows as
  // they read, across both programs (past the end of a Ruby line comes the Python line beside
  // it); up and down stay in the same program, to the nearest token of the next line.

  /** The tokens that can be picked, row by row, each row's left program first. */
  function picks(side?: string): HTMLElement[] {
    const only = side === undefined ? '' : `[data-side="${side}"]`;
    return [...board.querySelectorAll<HTMLElement>(`.pick[role="button"]${only}`)];
  }

  function moveTo(target: HTMLElement, scroll = true): void {
    tabStop = pickSelector(target);
    for (const other of picks()) other.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus({ preventScroll: !scroll });
    if (scroll) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function neighbour(from: HTMLElement, key: string): HTMLElement | undefined {
    const all = picks();
    const same = picks(from.dataset.side);
    const line = from.dataset.line;
    const onLine = same.filter((p) => p.dataset.line === line);
    switch (key) {
      case 'ArrowRight':
        return all[all.indexOf(from) + 1];
      case 'ArrowLeft':
        return all[all.indexOf(from) - 1];
      case 'Home':
        return onLine[0];
      case 'End':
        return onLine.at(-1);
      case 'ArrowDown':
      case 'ArrowUp': {
        const lines = [...new Set(same.map((p) => p.dataset.line))];
        const next = lines[lines.indexOf(line) + (key === 'ArrowDown' ? 1 : -1)];
        if (next === undefined) return undefined;
        // The token nearest below (or above) the current one.
        const x = from.getBoundingClientRect().left;
        return same
          .filter((p) => p.dataset.line === next)
          .reduce<HTMLElement | undefined>((best, p) => {
            if (!best) return p;
            const distance = (e: HTMLElement) => Math.abs(e.getBoundingClientRect().left - x);
            return distance(p) < distance(best) ? p : best;
          }, undefined);
      }
    }
    return undefined;
  }

  board.addEventListener('keydown', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('.pick[role="button"]');
    if (!target || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      pick(target);
    } else if (MOVE_KEYS.has(event.key)) {
      // At the edge the key does nothing (rather than scroll the page).
      const next = neighbour(target, event.key);
      if (next) moveTo(next);
    } else {
      return;
    }
    event.preventDefault();
  });

  board.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('.pick[role="button"]');
    if (!target) return;
    moveTo(target, false);
    pick(target);
  });

  document.addEventListener('keydown', (event) => {
    if (section.hidden || event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], .editor-host')) return;
    event.preventDefault();
    hint();
  });

  hintButton.addEventListener('click', hint);
  revealButton.addEventListener('click', reveal);
  againButton.addEventListener('click', () => {
    if (!game) return;
    start(game.pair, game.key);
    picks()[0]?.focus();
  });

  async function enter(): Promise<void> {
    await hooks.beforeStart();
    const pair = hooks.current();
    if (!pair) return;
    hooks.replaceAddress(practiceAddress(pair));
    refresh();
    heading.focus();
  }

  function exit(): void {
    hooks.replaceAddress(readAddress());
    show(false);
    button.focus();
  }

  button.addEventListener('click', () => {
    if (section.hidden) void enter();
    else exit();
  });
  exitButton.addEventListener('click', exit);

  return {
    refresh,
    get active() {
      return !section.hidden;
    },
  };
}
