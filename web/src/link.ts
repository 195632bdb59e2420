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

/** Reads a fragment written by `encodePair`; `null` when it holds no (valid) shared pair. */
export function decodePair(hash: string): SharedPair | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const l = params.get('l');
  const r = params.get('r');
  const lc = params.get('lc');
  const rc = params.get('rc');
  if (!l || !r || lc === null || rc === null) return null;
  const leftCode = decodeText(lc);
  const rightCode = decodeText(rc);
  if (leftCode === null || rightCode === null) return null;
  return { left: { language: l, code: leftCode }, right: { language: r, code: rightCode } };
}
