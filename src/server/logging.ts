/**
 * Structured request logs: one pino line per request with its id, status and time. The id comes
 * from the client's `X-Request-Id` when it is sane, is generated otherwise, and is always echoed
 * back so that a person reporting a problem can quote it.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Ids a proxy or client may pass on; anything else could forge or flood log lines. */
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The logger of a service: `false` for silence (tests), a pino logger, or the default. */
export function resolveLogger(logger: Logger | false | undefined): Logger {
  if (logger === false) return pino({ level: 'silent' });
  return logger ?? pino({ name: 'juxta', level: process.env['LOG_LEVEL'] ?? 'info' });
}

export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId(req, res) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Method, path and status are what a person reads a request log for; headers would add bulk
    // and could carry a client's cookies or credentials into the logs.
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A client's mistake is worth a warning, a bug of ours an error; the rest is routine.
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
  });
}
