/**
 * The Juxta service as an express app, without `listen()`: tests drive it with supertest and
 * `serve.ts` puts it on a port. Middleware order is the request's path through it: logs and ids,
 * security headers, the compare route (which encodes its own answers), compression, the rest of the
 * API by area, the web view, and the one error handler.
 */
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { formatLoadSummary, formatSkipped, loadLibrary } from '../library/load.js';
import { DEFAULT_SNIPPETS_DIR, WEB_DIST_DIR } from '../paths.js';
import { compare } from '../engine/compare.js';
import { CompareCache, DEFAULT_CACHE_ENTRIES } from './compare-cache.js';
import { type ComparePool, defaultCompareThreads, sharedComparePool } from './compare-pool.js';
import {
  compareController,
  type CompareEngine,
  type CompareRunner,
} from './controllers/compare.js';
import { languagesController } from './controllers/languages.js';
import { snippetsController } from './controllers/snippets.js';
import { errorHandler, methodNotAllowed, notFound } from './errors.js';
import { requestLogging, resolveLogger } from './logging.js';
import { securityHeaders } from './security.js';
import { webView } from './web.js';

/** How long one comparison may take in the service before it answers 422 too complex. */
export const DEFAULT_COMPARE_TIMEOUT_MS = 5_000;

export interface AppOptions {
  /** The snippet library folder. Default: the bundled library. */
  snippetsDir?: string;
  /**
   * The compare cache: `true` (the default) for {@link DEFAULT_CACHE_ENTRIES} entries, a number
   * for that many, `false` or `0` for none.
   */
  cache?: boolean | number;
  /** Where logs go: a pino logger, `false` for none. Default: pino on stdout at `LOG_LEVEL`. */
  logger?: Logger | false;
  /** The time budget of one comparison. Default {@link DEFAULT_COMPARE_TIMEOUT_MS}. */
  compareTimeoutMs?: number;
  /** The built web view. Default: `dist/web` of the package. */
  webDir?: string;
  /**
   * How many worker threads compare (see `compare-pool.ts`); threads are shared by every app in
   * the process. Default {@link defaultCompareThreads}: one fewer than the machine's cores, 1 to
   * 4. `0` compares on the event loop, as a plain call of the engine.
   */
  compareThreads?: number;
  /**
   * A built module whose `compare` export the compare threads run instead of the engine's (a path
   * or `file:` URL). `npm run bench:server` passes stand-ins that do only tree-sitter's share of
   * the work, to measure the service's floor.
   */
  engineModule?: string | URL;
  /**
   * A function to compare with on the event loop instead (then no threads are used): tests pass
   * engines that misbehave on purpose.
   */
  engine?: CompareEngine;
}

export type { CompareEngine };

/**
 * How the compare route has comparisons run: on the shared compare threads, or with a function on
 * the event loop. `pool` is the threads' pool, when there is one.
 */
function compareRunner(options: AppOptions): { run: CompareRunner; pool?: ComparePool } {
  const threads = options.compareThreads ?? defaultCompareThreads();
  if (!Number.isInteger(threads) || threads < 0) {
    throw new RangeError(`compareThreads must be a whole number from 0, not ${threads}.`);
  }
  if (options.engine || threads === 0) {
    const engine = options.engine ?? compare;
    return {
      run: async (left, right, timeoutMs) =>
        Buffer.from(JSON.stringify(engine(left, right, { timeoutMs }))),
    };
  }
  const pool = sharedComparePool(threads, options.engineModule);
  return {
    run: (left, right, timeoutMs, abandoned, trace) =>
      pool.run(left, right, timeoutMs, abandoned, trace),
    pool,
  };
}

const pools = new WeakMap<Express, ComparePool>();

/**
 * Resolves once no comparison of `app`'s threads is running or waiting: a process must not exit
 * while a thread parses (see `compare-pool.ts`). At once for an app that compares on the event loop.
 */
export function comparisonsSettled(app: Express): Promise<void> {
  return pools.get(app)?.idle() ?? Promise.resolve();
}

/**
 * Loads the snippet library and builds the app. Malformed snippets are logged as warnings and left
 * out; a library folder that cannot be read at all rejects with a `JuxtaError`.
 */
export async function createApp(options: AppOptions = {}): Promise<Express> {
  const logger = resolveLogger(options.logger);
  const snippetsDir = options.snippetsDir ?? DEFAULT_SNIPPETS_DIR;
  const library = await loadLibrary(snippetsDir);
  const { snippets, skipped } = library;
  // One line per topic or snippet left out; `juxta check` lists every problem of each.
  for (const entry of skipped) {
    logger.warn(
      { [entry.kind]: entry.id, file: entry.problems[0]?.file, snippetsDir },
      `snippet library: ${formatSkipped(entry)}`,
    );
  }
  logger[skipped.length > 0 ? 'warn' : 'info'](
    { snippetsDir, snippets: snippets.length, skipped: skipped.length },
    `snippet library: ${formatLoadSummary(library)}`,
  );

  const cacheEntries =
    options.cache === undefined || options.cache === true
      ? DEFAULT_CACHE_ENTRIES
      : options.cache === false
        ? 0
        : options.cache;
  const cache = cacheEntries > 0 ? new CompareCache(cacheEntries) : undefined;

  const { run, pool } = compareRunner(options);
  logger.info(
    { compareThreads: pool?.threads ?? 0 },
    pool
      ? `comparing on ${pool.threads} worker thread${pool.threads === 1 ? '' : 's'}`
      : 'comparing on the event loop',
  );

  const app = express();
  if (pool) pools.set(app, pool);
  // Answers with fixed content set their own ETags; hashing every compare answer would be waste.
  app.set('etag', false);
  app.set('x-powered-by', false);
  // `?a[b]=1` style nesting is not needed by any endpoint and only widens what a query can be.
  app.set('query parser', 'simple');

  app.use(requestLogging(logger));
  app.use(securityHeaders());
  // Ahead of `compression`: the compare route sends its answers already encoded (and keeps the
  // compressed copies with its cached answers) instead of compressing each one as it is sent.
  app.use(
    '/api/compare',
    compareController({
      cache,
      timeoutMs: options.compareTimeoutMs ?? DEFAULT_COMPARE_TIMEOUT_MS,
      run,
      admit: pool && ((chars, timeoutMs) => pool.admit(chars, timeoutMs)),
    }),
  );
  app.use(compression());

  app
    .route('/healthz')
    .get((_req, res) => {
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    })
    .all(methodNotAllowed(['GET', 'HEAD'], 'Use GET /healthz.'));
  app.use('/api/languages', languagesController());
  app.use('/api/snippets', snippetsController(snippets));
  app.use('/api', notFound);
  app.use(webView(options.webDir ?? WEB_DIST_DIR));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
