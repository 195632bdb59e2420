// Small DOM helpers. Everything a user or a link can supply goes through `textContent` (never
// `innerHTML`), so code and messages are always shown as text and never run.

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * Text in which `backticks` mark code, as the engine's summaries write it: `end` → <code>end</code>;
 * code that holds a backtick is between two, with a space inside each (``` `` `hi` `` ```).
 */
export function withInlineCode(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  text.split(/(`` .+? ``|`[^`]+`)/).forEach((part) => {
    if (part.length > 6 && part.startsWith('`` ') && part.endsWith(' ``')) {
      fragment.append(h('code', {}, part.slice(3, -3)));
    } else if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
      fragment.append(h('code', {}, part.slice(1, -1)));
    } else if (part) {
      fragment.append(document.createTextNode(part));
    }
  });
  return fragment;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}; web/index.html and the script disagree.`);
  return element as T;
}
