// Share links: the code and languages of both panes live in the URL's fragment, so a link opens
// exactly the same comparison without any storage on the server (and the code never reaches the
// server's logs, since browsers do not send the fragment).
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

/** What a fragment holds: nothing of a share link, a whole pair, or a link that was damaged. */
export type SharedLink =
  { kind: 'none' } | { kind: 'pair'; pair: SharedPair } | { kind: 'damaged'; problem: string };

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
  if (!PARTS.some(([key]) => params.has(key))) return { kind: 'none' };
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
