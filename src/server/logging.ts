/**
 * Structured request logs: one pino line per request with its id, status and time. The id comes
 * from the client's `X-Request-Id` when it is sane, is generated otherwise, and is always echoed
 * back so that a person reporting a problem can quote it.
 *
 * The lines are those pino-http writes (`req`, `res`, `responseTime`, "request completed"), written
 * by this small middleware instead: pino-http makes a child logger for every request and runs the
 * request through its serializers up front, which cost more than the rest of a small request's
 * logging. Here the line is written once the answer is sent, and `req.log` (a child logger bound
 * to the request) is only made when something logs through it.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** The request id, also sent back in `X-Request-Id`. */
    id: string;
    /** A logger whose lines carry the request (`req`: id, method, URL, remote address). */
    log: Logger;
  }
}

/** Ids a proxy or client may pass on; anything else could forge or flood log lines. */
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The logger of a service: `false` for silence (tests), a pino logger, or the default. */
export function resolveLogger(logger: Logger | false | undefined): Logger {
  if (logger === false) return pino({ level: 'silent' });
  return logger ?? pino({ name: 'juxta', level: process.env['LOG_LEVEL'] ?? 'info' });
}

/**
 * What a request's log line says about it: method, path and status are what a person reads a
 * request log for; headers would add bulk and could carry a client's cookies or credentials.
 */
interface RequestFields {
  id: string;
  method: string | undefined;
  url: string | undefined;
  remoteAddress: string | undefined;
}

const noted = new WeakMap<ServerResponse, Record<string, number>>();

/**
 * Notes when a step of answering a request happened (a `Date.now()` value): the request's log line
 * gives each in `timings`, as milliseconds from the request's arrival, so that a slow answer shows
 * where its time went.
 */
export function noteTime(res: ServerResponse, step: string, at = Date.now()): void {
  let times = noted.get(res);
  if (!times) noted.set(res, (times = {}));
  times[step] = at;
}

export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    const start = Date.now();
    const fields: RequestFields = {
      id,
      method: req.method,
      url: req.originalUrl,
      remoteAddress: req.socket.remoteAddress,
    };
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: false,
      get: () => (child ??= logger.child({ req: fields })),
    });

    const done = (error?: Error): void => {
      res.off('finish', done);
      res.off('close', done);
      res.off('error', done);
      const statusCode = res.statusCode;
      const responseTime = Date.now() - start;
      const times = noted.get(res);
      const timings =
        times &&
        Object.fromEntries(
          Object.entries(times).map(([step, at]) => [step, Math.round(at - start)]),
        );
      // A client's mistake is worth a warning, a bug of ours an error; the rest is routine. A
      // 503 is load shed on purpose, a warning: under load there are thousands of them.
      if (error !== undefined || (statusCode >= 500 && statusCode !== 503)) {
        logger.error(
          {
            req: fields,
            res: { statusCode },
            err: error ?? new Error(`failed with status code ${statusCode}`),
            responseTime,
            timings,
          },
          'request errored',
        );
        return;
      }
      if (statusCode >= 400 ? !logger.isLevelEnabled('warn') : !logger.isLevelEnabled('info')) {
        return;
      }
      const line = { req: fields, res: { statusCode }, responseTime, timings };
      const message =
        !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted';
      if (statusCode >= 400) logger.warn(line, message);
      else logger.info(line, message);
    };
    res.on('finish', done);
    res.on('close', done);
    res.on('error', done);
    next();
  };
}
