/** `GET /api/languages`: the languages the engine compares. */
import { Router } from 'express';
import { languages } from '../../index.js';
import { cacheableJson, sendCacheable } from '../cacheable.js';
import { methodNotAllowed } from '../errors.js';

// The list only changes with a new version of Juxta, so clients may keep it a while.
const CACHE_CONTROL = 'public, max-age=300';

export function languagesController(): Router {
  const answer = cacheableJson(languages);
  const router = Router();
  router
    .route('/')
    .get((_req, res) => sendCacheable(res, answer, CACHE_CONTROL))
    .all(methodNotAllowed(['GET', 'HEAD'], 'Use GET /api/languages.'));
  return router;
}
