/**
 * An LRU cache of compare answers keyed by a hash of both sides, so that a class sending the same
 * lesson pair a hundred times costs one comparison. Entries are the answers as bytes (and, once a
 * client has asked for them, compressed), so a hit neither serializes nor compresses anything.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { SourceInput } from '../types.js';
import type { JsonAnswer } from './json-answer.js';

export type CachedCompare =
  | { kind: 'result'; answer: JsonAnswer }
  /** Remembered briefly so that resending an input that exhausts the budget costs nothing. */
  | { kind: 'too-complex'; message: string };

/** Entries kept by default; each is one compare answer (the library's take 4 to 36 KB). */
export const DEFAULT_CACHE_ENTRIES = 500;
/** An upper bound on the cache's memory, whatever the number of entries. */
export const MAX_CACHE_BYTES = 16 * 1024 * 1024;
/**
 * A larger answer is sent but not kept. A 255 KB pair's answer is 4.8 MB: kept, a few of them
 * would push out hundreds of lessons' answers, and after a burst of unique large pairs they stayed
 * in memory for nothing (the cache held 64 MB of them, with the native memory around them, once
 * `npm run soak`'s load had stopped). Comparing such a pair again costs a fraction of a second.
 */
export const MAX_ENTRY_BYTES = 1024 * 1024;
/** A borderline input may fit the budget on a quieter machine, so failures are not kept long. */
const TOO_COMPLEX_TTL_MS = 60_000;

export class CompareCache {
  readonly #entries: LRUCache<string, CachedCompare>;

  constructor(maxEntries: number) {
    this.#entries = new LRUCache<string, CachedCompare>({
      max: maxEntries,
      maxSize: MAX_CACHE_BYTES,
      sizeCalculation: (entry) =>
        Math.max(1, entry.kind === 'result' ? entry.answer.size : entry.message.length * 2),
    });
  }

  /**
   * The key of a pair: a sha256 of both languages and codes, unambiguous whatever they hold. The
   * codes' lengths are part of it, so no two pairs run together into the same text; UTF-16
   * keeps every code unit, lone surrogates included, where UTF-8 would turn them all into U+FFFD.
   */
  static key(left: SourceInput, right: SourceInput): string {
    return createHash('sha256')
      .update(`${left.language}\0${right.language}\0${left.code.length}\0`, 'utf16le')
      .update(left.code, 'utf16le')
      .update(right.code, 'utf16le')
      .digest('base64url');
  }

  get(key: string): CachedCompare | undefined {
    return this.#entries.get(key);
  }

  /**
   * Stores an entry, or stores it again after its answer gained a compressed copy (a new entry
   * object, so that the cache counts its new size).
   */
  set(key: string, entry: CachedCompare): void {
    if (entry.kind === 'result' && entry.answer.size > MAX_ENTRY_BYTES) {
      this.#entries.delete(key);
      return;
    }
    this.#entries.set(
      key,
      entry,
      entry.kind === 'too-complex' ? { ttl: TOO_COMPLEX_TTL_MS } : undefined,
    );
  }

  get size(): number {
    return this.#entries.size;
  }
}
