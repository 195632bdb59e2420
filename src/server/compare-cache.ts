/**
 * An LRU cache of compare answers keyed by a hash of both sides, so that a class sending the same
 * lesson pair a hundred times costs one comparison. Entries are the serialized JSON, which also
 * spares re-serializing on a hit.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { SourceInput } from '../types.js';

export type CachedCompare =
  | { kind: 'result'; json: string }
  /** Remembered briefly so that resending an input that exhausts the budget costs nothing. */
  | { kind: 'too-complex'; message: string };

/** Entries kept by default; each is one compare answer, typically a few to a few hundred KB. */
export const DEFAULT_CACHE_ENTRIES = 500;
/** An upper bound on the cache's memory, whatever the number of entries. */
const MAX_CACHE_CHARS = 64 * 1024 * 1024;
/** A borderline input may fit the budget on a quieter machine, so failures are not kept long. */
const TOO_COMPLEX_TTL_MS = 60_000;

export class CompareCache {
  readonly #entries: LRUCache<string, CachedCompare>;

  constructor(maxEntries: number) {
    this.#entries = new LRUCache<string, CachedCompare>({
      max: maxEntries,
      maxSize: MAX_CACHE_CHARS,
      sizeCalculation: (entry) =>
        Math.max(1, entry.kind === 'result' ? entry.json.length : entry.message.length),
    });
  }

  /** The key of a pair: a sha256 of both languages and codes, unambiguous whatever they hold. */
  static key(left: SourceInput, right: SourceInput): string {
    return createHash('sha256')
      .update(JSON.stringify([left.language, left.code, right.language, right.code]))
      .digest('base64url');
  }

  get(key: string): CachedCompare | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: CachedCompare): void {
    // Larger than the whole cache: not worth evicting everything else for.
    if (entry.kind === 'result' && entry.json.length > MAX_CACHE_CHARS / 4) return;
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
