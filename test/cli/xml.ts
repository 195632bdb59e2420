/**
 * A small XML well-formedness checker for the tests (the project has no XML parser among its
 * dependencies): one root element, tags that nest and close, quoted attributes named once each,
 * `<` and `&` only as markup or as the five entities and character references, and only the
 * characters XML 1.0 allows. It returns the elements with their text, so tests can look inside.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The decoded text directly and indirectly inside the element, in order. */
  text: string;
  children: XmlElement[];
}

const NAME = /^[A-Za-z_:][\w:.-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`a raw "<" in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`an "&" that starts no reference in ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const code = /^#x[0-9a-fA-F]+$/.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#\d+$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (Number.isNaN(code)) throw new Error(`an unknown entity "&${ref};" in ${where}`);
    const ch = String.fromCodePoint(code);
    if (FORBIDDEN.test(ch)) throw new Error(`a reference to a forbidden character in ${where}`);
    return ch;
  });
}

/** Parses `xml`, throwing an Error that says what is wrong where; answers the root element. */
export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('a character XML does not allow');
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml)) {
    throw new Error('an unpaired surrogate');
  }
  let at = 0;
  const rest = () => xml.slice(at);
  const skipSpace = () => {
    while (/\s/.test(xml[at] ?? '')) at++;
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('an unclosed XML declaration');
    at = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error(`text outside the root element: "${text.trim()}"`);
    } else {
      const decoded = decode(text, `<${stack.at(-1)!.name}>`);
      for (const open of stack) open.text += decoded;
    }
    if (lt < 0) break;
    at = lt;
    if (rest().startsWith('<!--')) {
      const end = xml.indexOf('-->', at + 4);
      if (end < 0) throw new Error('an unclosed comment');
      at = end + 3;
      continue;
    }
    if (rest().startsWith('</')) {
      at += 2;
      const name = NAME.exec(rest())?.[0];
      const open = stack.pop();
      if (!name || !open || open.name !== name) {
        throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      }
      at += name.length;
      skipSpace();
      if (xml[at] !== '>') throw new Error(`a malformed end tag </${name}>`);
      at++;
      continue;
    }
    at++;
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new Error(`a "<" that starts no tag at ${at}`);
    if (stack.length === 0 && root) throw new Error(`a second root element <${name}>`);
    at += name.length;
    const element: XmlElement = { name, attributes: {}, text: '', children: [] };
    for (;;) {
      const before = at;
      skipSpace();
      if (xml[at] === '>' || xml.startsWith('/>', at)) break;
      if (at === before) throw new Error(`no space before an attribute of <${name}>`);
      const attribute = NAME.exec(rest())?.[0];
      if (!attribute) throw new Error(`a malformed attribute in <${name}>`);
      at += attribute.length;
      skipSpace();
      if (xml[at] !== '=') throw new Error(`attribute ${attribute} of <${name}> has no value`);
      at++;
      skipSpace();
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") throw new Error(`an unquoted ${attribute} in <${name}>`);
      const end = xml.indexOf(quote, at + 1);
      if (end < 0) throw new Error(`an unclosed ${attribute} in <${name}>`);
      if (attribute in element.attributes) throw new Error(`${attribute} twice in <${name}>`);
      element.attributes[attribute] = decode(xml.slice(at + 1, end), `${name}@${attribute}`);
      at = end + 1;
    }
    stack.at(-1)?.children.push(element);
    root ??= element;
    if (xml.startsWith('/>', at)) {
      at += 2;
    } else {
      at++;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element under `root` (itself included) named `name`, in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return found;
}
