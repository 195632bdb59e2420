/** `GET /api/snippets` and `GET /api/snippets/ID`: the snippet library, loaded once at start. */
import { Router } from 'express';
import { JuxtaError } from '../../errors.js';
import { toSummary } from '../../library/load.js';
import type { Snippet } from '../../types.js';
import { cacheableJson, sendCacheable, type CacheableJson } from '../cacheable.js';
import { methodNotAllowed } from '../errors.js';

// An instructor may edit the library and restart the service, so clients revalidate every time;
// the ETag makes that a cheap 304.
const CACHE_CONTROL = 'public, no-cache';

export function snippetsController(snippets: Snippet[]): Router {
  const list = cacheableJson(snippets.map(toSummary));
  const byId = new Map<string, CacheableJson>(snippets.map((s) => [s.id, cacheableJson(s)]));
  const onlyGet = methodNotAllowed(['GET', 'HEAD'], 'The snippet library is read-only.');

  const router = Router();
  router
    .route('/')
    .get((_req, res) => sendCacheable(res, list, CACHE_CONTROL))
    .all(onlyGet);
  // `*id` keeps the id's `/`: /api/snippets/control-flow/odd-even has the id control-flow/odd-even.
  router
    .route('/*id')
    .get((req, res) => {
      const segments = req.params['id'] as unknown as string[];
      const id = segments.join('/');
      const answer = byId.get(id);
      if (!answer) {
        const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
        throw new JuxtaError(
          'snippet-not-found',
          `No snippet has the id "${shown}". GET /api/snippets lists the ids of the library.`,
        );
      }
      sendCacheable(res, answer, CACHE_CONTROL);
    })
    .all(onlyGet);
  return router;
}
