// Edit mode: one CodeMirror 6 editor per pane. Colouring, difference marks and syntax errors come
// from the engine's answer (the same `buildLines` as the read view), so the editor needs no
// grammar of its own. Loaded on demand: the read view does not pay for the editor's weight.
//
// Each editor lives in a shadow root. CodeMirror injects its base styles with a <style> element
// into a document, which the service's CSP (style-src 'self') blocks; into a shadow root it
// adopts constructed stylesheets instead, which the CSP allows. Our own styles follow them there.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { Compartment, EditorState, StateEffect, StateField, type Range } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  EditorView,
  WidgetType,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { categoryClass } from './categories.js';
import { withInlineCode } from './dom.js';
import codeCss from './code.css?inline';
import editorCss from './editor.css?inline';
import type { SourceLine } from './segments.js';

let sheets: CSSStyleSheet[] | null = null;
function styleSheets(): CSSStyleSheet[] {
  if (!sheets) {
    sheets = [codeCss, editorCss].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  return sheets;
}

const setDecorations = StateEffect.define<DecorationSet>();

const decorations = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    // Until the next answer arrives, marks follow the text they were on.
    let next = value.map(transaction.changes);
    for (const effect of transaction.effects) if (effect.is(setDecorations)) next = effect.value;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The engine's message under the line it concerns, as text. */
class ErrorWidget extends WidgetType {
  constructor(readonly messages: string[]) {
    super();
  }
  override eq(other: ErrorWidget): boolean {
    return other.messages.join('\n') === this.messages.join('\n');
  }
  toDOM(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'error-message cm-error-message';
    box.setAttribute('role', 'note');
    for (const message of this.messages) {
      const p = document.createElement('p');
      p.append(withInlineCode(message));
      box.append(p);
    }
    return box;
  }
}

export interface CodeEditor {
  readonly view: EditorView;
  code(): string;
  setCode(code: string): void;
  setLabel(label: string): void;
  /** Draws the engine's answer, but only if it was computed for exactly the text on screen. */
  showLines(code: string, lines: SourceLine[], categoryOf: (id: string) => string): void;
  /** Lights up the marks of these differences. */
  setActive(ids: Set<string>): void;
  destroy(): void;
}

export function createEditor(
  parent: HTMLElement,
  code: string,
  label: string,
  onChange: (code: string) => void,
): CodeEditor {
  const shadow = parent.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [...styleSheets()];
  const labelling = new Compartment();
  const contentLabel = (text: string) =>
    EditorView.contentAttributes.of({ 'aria-label': text, 'aria-multiline': 'true' });
  const view = new EditorView({
    parent: shadow,
    root: shadow,
    state: EditorState.create({
      doc: code,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        decorations,
        labelling.of(contentLabel(label)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  let shown: { code: string; lines: SourceLine[]; categoryOf: (id: string) => string } | null =
    null;
  let active = new Set<string>();

  return {
    view,
    code: () => view.state.doc.toString(),
    setCode(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    setLabel(text) {
      view.dispatch({ effects: labelling.reconfigure(contentLabel(text)) });
    },
    showLines(forCode, lines, categoryOf) {
      if (forCode !== view.state.doc.toString()) return;
      shown = { code: forCode, lines, categoryOf };
      draw();
    },
    setActive(ids) {
      const key = [...ids].sort().join(' ');
      if (key === [...active].sort().join(' ')) return;
      active = new Set(ids);
      if (shown) draw();
    },
    destroy: () => view.destroy(),
  };

  function draw(): void {
    // Positions are only right for the text they were computed for.
    if (!shown || shown.code !== view.state.doc.toString()) return;
    const { lines, categoryOf } = shown;
    {
      const ranges: Range<Decoration>[] = [];
      for (const line of lines) {
        for (const run of line.runs) {
          const classes = [run.kind ? `tok tok-${run.kind}` : ''];
          const attributes: Record<string, string> = {};
          if (run.differences.length > 0) {
            classes.push('diff', categoryClass(categoryOf(run.differences[0]!)));
            if (run.differences.some((id) => active.has(id))) classes.push('active');
            attributes['data-diff'] = run.differences.join(' ');
          }
          if (run.error) classes.push('error-mark');
          const className = classes.join(' ').trim();
          if (!className) continue;
          ranges.push(
            Decoration.mark({ class: className, attributes }).range(
              run.from,
              run.from + run.text.length,
            ),
          );
        }
        if (line.errors.length > 0) {
          const docLine = view.state.doc.line(Math.min(line.number, view.state.doc.lines));
          ranges.push(Decoration.line({ class: 'cm-error-line' }).range(docLine.from));
          ranges.push(
            Decoration.widget({
              widget: new ErrorWidget(
                line.errors.map((e) => `Line ${e.line}, column ${e.column}: ${e.message}`),
              ),
              block: true,
              side: 1,
            }).range(docLine.to),
          );
        }
      }
      view.dispatch({ effects: setDecorations.of(Decoration.set(ranges, true)) });
    }
  }
}
