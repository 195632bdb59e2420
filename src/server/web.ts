/**
 * Serves the built web view at `/`, and its embed page at `/embed`, the one page other sites may
 * frame. When it has not been built, both say how to build it instead of failing, so the API stays
 * usable from a fresh checkout.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import express, { Router } from 'express';
import { methodNotAllowed } from './errors.js';
import { allowFraming } from './security.js';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Juxta: web view not built</title></head>
<body>
<h1>The Juxta web view is not built yet</h1>
<p>Run <code>npm run build</code> in the Juxta folder, then reload this page.</p>
<p>The API works already: try <a href="/api/snippets">/api/snippets</a>.</p>
</body>
</html>
`;

/** The embed page's paths: `/embed?snippet=ID` or `/embed#l=…` (a shared link's code). */
const EMBED_PATHS = ['/embed', '/embed.html'];

export function webView(webDir: string): Router {
  const router = Router();
  const readOnly = methodNotAllowed(
    ['GET', 'HEAD'],
    "The web view's files can only be read: use GET.",
  );
  // Another method on a path the web view serves is a 405, as on the API; elsewhere a 404.
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next();
      return;
    }
    isWebViewFile(webDir, req.path).then(
      (known) => (known ? readOnly(req, res, next) : next()),
      next,
    );
  });
  // Ahead of the static files, so that `/embed.html` gets the same headers as `/embed`.
  router.get(EMBED_PATHS, allowFraming(), (_req, res, next) => {
    res.sendFile(
      'embed.html',
      { root: webDir, headers: { 'Cache-Control': 'public, no-cache' } },
      (error?: NodeJS.ErrnoException) => {
        // Once the file has begun, `send` has dealt with a failure (a client that left) itself.
        if (!error || res.headersSent) return;
        if (error.code === 'ENOENT') {
          res.set('Cache-Control', 'no-store').type('html').send(NOT_BUILT_PAGE);
        } else next(error);
      },
    );
  });
  router.use(
    express.static(webDir, {
      index: 'index.html',
      setHeaders(res, path) {
        // Vite puts a content hash in the names under assets/, so they never change in place;
        // the page itself must be revalidated to pick up a new build.
        const hashed = path.includes(`${sep}assets${sep}`);
        res.setHeader(
          'Cache-Control',
          hashed ? 'public, max-age=31536000, immutable' : 'public, no-cache',
        );
      },
    }),
  );
  // Reached only when static found no index.html; checked per request so a build made while the
  // service runs is picked up.
  router.get(['/', '/index.html'], (_req, res, next) => {
    if (existsSync(join(webDir, 'index.html'))) {
      next();
      return;
    }
    res.set('Cache-Control', 'no-store').type('html').send(NOT_BUILT_PAGE);
  });
  return router;
}

/** Whether `path` (a request's, still percent-encoded) names the page or a file of the built view. */
async function isWebViewFile(webDir: string, path: string): Promise<boolean> {
  if (path === '/' || path === '/index.html' || EMBED_PATHS.includes(path)) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  const root = resolve(webDir);
  const file = resolve(root, `.${decoded}`);
  if (decoded.includes('\0') || !file.startsWith(root + sep)) return false;
  return stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
}
