// Share links: the code and languages of every pane live in the URL's fragment, so a link opens
// exactly the same comparison without any storage on the server (and the code never reaches the
// server's logs, since browsers do not send the fragment). Two panes: `#l=…&lc=…&r=…&rc=…`;
// three or four: `#l1=…&c1=…&l2=…&c2=…&l3=…&c3=…`, the panes numbered left to right.
import type { SourceInput } from '../../src/types.js';

export interface SharedPair {
  left: SourceInput;
  right: SourceInput;
}

/** UTF-8 bytes as base64url without padding: safe in a URL fragment, exact for any text. */
export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of `encodeText`; `null` when the text is not valid base64url UTF-8. */
export function decodeText(encoded: string): string | null {
  try {
    const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `#l=ruby&lc=…&r=python&rc=…` */
export function encodePair(pair: SharedPair): string {
  const params = new URLSearchParams({
    l: pair.left.language,
    lc: encodeText(pair.left.code),
    r: pair.right.language,
    rc: encodeText(pair.right.code),
  });
  return `#${params.toString()}`;
}

/** `#l1=ruby&c1=…&l2=python&c2=…&l3=…&c3=…`: three or four panes, left to right. */
export function encodeSides(sides: readonly SourceInput[]): string {
  const params = new URLSearchParams();
  sides.forEach((side, s) => {
    params.set(`l${s + 1}`, side.language);
    params.set(`c${s + 1}`, encodeText(side.code));
  });
  return `#${params.toString()}`;
}

/** The link for what is on screen: the two-pane form for two, numbered panes for more. */
export function encodeShared(sides: readonly SourceInput[]): string {
  const [left, right] = sides;
  return sides.length === 2 && left && right ? encodePair({ left, right }) : encodeSides(sides);
}

/**
 * What a fragment holds: nothing of a share link, a whole pair, three or four panes, or a link
 * that was damaged.
 */
export type SharedLink =
  | { kind: 'none' }
  | { kind: 'pair'; pair: SharedPair }
  | { kind: 'sides'; sides: SourceInput[] }
  | { kind: 'damaged'; problem: string };

/** The most panes a link holds, as the service compares at most four programs at once. */
const MAX_SIDES = 4;

const PARTS = [
  ['l', 'the left language'],
  ['lc', 'the left program'],
  ['r', 'the right language'],
  ['rc', 'the right program'],
] as const;

/**
 * Reads a fragment written by `encodePair`. A fragment with any of its four parts is taken for a
 * share link, so one that lost a part or had its code mangled (cut off in an e-mail, a character
 * changed) says what is wrong instead of quietly showing something else.
 */
export function readSharedLink(hash: string): SharedLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!PARTS.some(([key]) => params.has(key))) return readSides(params);
  // An empty program is a valid `lc=`/`rc=`; an empty language is not.
  const missing = PARTS.filter(([key]) =>
    key.endsWith('c') ? !params.has(key) : !params.get(key),
  );
  if (missing.length) {
    const names = missing.map(([key, name]) => `${name} (\`${key}=\`)`).join(' and ');
    return {
      kind: 'damaged',
      problem: `Part of the link is missing: ${names}. It was probably cut off when it was copied or sent.`,
    };
  }
  const leftCode = decodeText(params.get('lc')!);
  const rightCode = decodeText(params.get('rc')!);
  if (leftCode === null || rightCode === null) {
    const which =
      leftCode === null && rightCode === null
        ? 'Neither program can'
        : `The ${leftCode === null ? 'left' : 'right'} program cannot`;
    return {
      kind: 'damaged',
      problem: `${which} be read from the link: some of its characters were changed or cut off on the way.`,
    };
  }
  return {
    kind: 'pair',
    pair: {
      left: { language: params.get('l')!, code: leftCode },
      right: { language: params.get('r')!, code: rightCode },
    },
  };
}

/** Reads a fragment written by `encodePair`; `null` when it holds no (valid) shared pair. */
export function decodePair(hash: string): SharedPair | null {
  const link = readSharedLink(hash);
  return link.kind === 'pair' ? link.pair : null;
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * Reads the numbered form written by `encodeSides`. As for two panes, a fragment with any of its
 * parts is a share link, and a pane that lost its language or its code, or whose code does not
 * decode, is named rather than left out.
 */
function readSides(params: URLSearchParams): SharedLink {
  const numbered = [...params.keys()]
    .map((key) => /^[lc]([1-9]\d*)$/.exec(key)?.[1])
    .filter((n) => n !== undefined)
    .map(Number);
  if (numbered.length === 0) return { kind: 'none' };
  const count = Math.max(...numbered);
  if (count > MAX_SIDES) {
    return {
      kind: 'damaged',
      problem: `The link names ${count} programs; Juxta compares at most ${MAX_SIDES} at once.`,
    };
  }
  const panes = Array.from({ length: Math.max(count, 2) }, (_, s) => s + 1);
  const missing = panes.flatMap((n) => {
    const name = ORDINALS[n - 1] ?? `number ${n}`;
    return [
      ...(params.get(`l${n}`) ? [] : [`the ${name} language (\`l${n}=\`)`]),
      ...(params.has(`c${n}`) ? [] : [`the ${name} program (\`c${n}=\`)`]),
    ];
  });
  if (missing.length) {
    const names =
      missing.length === 1
        ? missing[0]
        : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    return {
      kind: 'damaged',
      problem: `Part of the link is missing: ${names}. It was probably cut off when it was copied or sent.`,
    };
  }
  const codes = panes.map((n) => decodeText(params.get(`c${n}`)!));
  const unreadable = panes.filter((_, s) => codes[s] === null);
  if (unreadable.length) {
    const which =
      unreadable.length === panes.length
        ? 'None of the programs can'
        : `The ${unreadable.map((n) => ORDINALS[n - 1]).join(' and ')} ${unreadable.length === 1 ? 'program cannot' : 'programs cannot'}`;
    return {
      kind: 'damaged',
      problem: `${which} be read from the link: some of its characters were changed or cut off on the way.`,
    };
  }
  return {
    kind: 'sides',
    sides: panes.map((n, s) => ({ language: params.get(`l${n}`)!, code: codes[s]! })),
  };
}
