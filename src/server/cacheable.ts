/**
 * JSON answers that do not change while the service runs (languages, the snippet library),
 * serialized once with their ETag so that a repeat request costs a lookup, and a revalidation a 304.
 */
import { createHash } from 'node:crypto';
import type { Response } from 'express';

export interface CacheableJson {
  body: string;
  etag: string;
}

export function cacheableJson(value: unknown): CacheableJson {
  const body = JSON.stringify(value);
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  // Weak, because compression may send other bytes for the same content.
  return { body, etag: `W/"${digest}"` };
}

/**
 * Sends a precomputed answer. Express compares `If-None-Match` with the ETag set here and turns
 * the answer into a bodiless 304 when they match.
 */
export function sendCacheable(res: Response, answer: CacheableJson, cacheControl: string): void {
  res.set('ETag', answer.etag).set('Cache-Control', cacheControl).type('json').send(answer.body);
}
