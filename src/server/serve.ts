/**
 * Puts the app on a port and takes it down gracefully: on close (or SIGTERM/SIGINT, once
 * `installShutdown` is called) it stops accepting connections, lets requests in flight finish
 * (their answers say `Connection: close`), closes idle keep-alive connections, and waits for the
 * compare threads to be idle, so the process can exit.
 */
import {
  createServer,
  maxHeaderSize,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from 'pino';
import { comparisonsSettled, createApp, type AppOptions } from './app.js';
import { answerClientErrors } from './client-errors.js';
import { resolveLogger } from './logging.js';

/** How long a client may take to send its request line and headers. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 20_000;
/** How long a client may take to send its whole request, body included. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface ServeOptions extends Omit<AppOptions, 'logger'> {
  /** Default 3000; `0` picks a free port (tests). */
  port?: number;
  /** Default `localhost`. */
  host?: string;
  logger?: Logger | false;
  /** How long in-flight requests may take to finish on close before they are cut. Default 10 s. */
  shutdownGraceMs?: number;
  /** How long a client may take to send its headers. Default {@link DEFAULT_HEADERS_TIMEOUT_MS}. */
  headersTimeoutMs?: number;
  /**
   * How long a client may take to send its whole request. Default
   * {@link DEFAULT_REQUEST_TIMEOUT_MS}; at least `headersTimeoutMs`.
   */
  requestTimeoutMs?: number;
}

export interface ServerHandle {
  /** Where it listens, e.g. `http://localhost:3000`. */
  url: string;
  server: Server;
  /** The logger the service writes to (silent when started with `logger: false`). */
  logger: Logger;
  /**
   * Stops accepting, waits for requests in flight (up to the grace period) and for the comparisons
   * they started, then resolves.
   */
  close(): Promise<void>;
  /**
   * Stops accepting and cuts every connection at once, then resolves once no compare thread is in
   * a comparison (at most the time budget): a thread must not be stopped while it parses, and
   * exiting the process stops it (see compare-pool.ts).
   */
  closeNow(): Promise<void>;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(options: ServeOptions = {}): Promise<ServerHandle> {
  const logger = resolveLogger(options.logger);
  const headersTimeoutMs = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  checkTimeouts(headersTimeoutMs, requestTimeoutMs);
  const app = await createApp({ ...options, logger });
  // Bounds what a slow or stalled client can hold. Node checks these timeouts only every
  // `connectionsCheckingInterval` (30 s by default, which let a client that sent its headers
  // slowly hold its connection 41 s instead of 20): checked every second here, or more often for
  // shorter timeouts, so a client is cut within a second of its time.
  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: timeoutCheckInterval(headersTimeoutMs),
    },
    app,
  );
  answerClientErrors(server, logger, {
    maxHeaderBytes: maxHeaderSize,
    headersTimeoutMs,
    requestTimeoutMs,
  });
  const startClosing = closeAfterAnswers(server);
  keepAnswersWhole(server);

  const host = options.host ?? 'localhost';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url }, `Juxta is serving at ${url}`);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    // A request cut at the end of the grace period may leave its comparison running on a thread,
    // and the process must not exit while a thread parses (see compare-pool.ts); the time budget
    // bounds the wait.
    if (!closing) startClosing();
    closing ??= closeGracefully(server, options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS).then(
      () => comparisonsSettled(app),
    );
    return closing;
  };
  const closeNow = (): Promise<void> => {
    // Its own end is of no interest here: closeNow resolves with the threads.
    if (!closing) close().catch(() => undefined);
    server.closeAllConnections();
    // The connections are gone, so comparisons still waiting for a thread are dropped; only the
    // ones the threads already hold are waited for.
    return comparisonsSettled(app);
  };
  return { url, server, logger, close, closeNow };
}

/**
 * How often Node checks the slow-client timeouts, in ms: every second, or four times within a
 * headers timeout shorter than 4 s. A client is cut at most this long after its time is up.
 */
export function timeoutCheckInterval(headersTimeoutMs: number): number {
  return Math.min(1_000, Math.max(10, Math.floor(headersTimeoutMs / 4)));
}

function checkTimeouts(headersTimeoutMs: number, requestTimeoutMs: number): void {
  for (const [name, value] of [
    ['headersTimeoutMs', headersTimeoutMs],
    ['requestTimeoutMs', requestTimeoutMs],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`${name} must be a whole number of milliseconds from 1, not ${value}.`);
    }
  }
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new RangeError(
      `requestTimeoutMs (${requestTimeoutMs}) must be at least headersTimeoutMs (${headersTimeoutMs}): ` +
        'the headers are part of the request.',
    );
  }
}

/**
 * Once shutdown begins, every answer not yet begun says `Connection: close`, and Node closes its
 * connection after it. A keep-alive connection closed right after an answer without saying so
 * leaves the client guessing: Node's own `fetch` then fails a compressed answer it had already
 * received ("other side closed"). Returns what starts the shutdown.
 */
function closeAfterAnswers(server: Server): () => void {
  const open = new Set<ServerResponse>();
  let closing = false;
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (closing) {
      res.shouldKeepAlive = false;
      return;
    }
    open.add(res);
    res.once('close', () => open.delete(res));
  });
  return () => {
    closing = true;
    for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
    open.clear();
  };
}

/**
 * Node's `closeIdleConnections` (which `server.close()` calls too) takes a connection for idle as
 * soon as its answer has been ended, even while part of that answer still waits in the socket to
 * be written: a slow client that had been sent a large answer (a long comparison runs to
 * megabytes) just before shutdown got it cut short. So closing idle connections waits while any
 * socket still holds data to write; `closeGracefully` sweeps again until the server has closed,
 * and its grace period still bounds the wait.
 */
function keepAnswersWhole(server: Server): void {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const closeIdle = server.closeIdleConnections.bind(server);
  server.closeIdleConnections = () => {
    for (const socket of sockets) if (socket.writableLength > 0) return;
    closeIdle();
  };
}

function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // A keep-alive connection whose request finishes after close() began would otherwise stay
    // open until its client hangs up; sweep idle ones until the server is closed.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    sweep.unref();
    deadline.unref();
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Closes the server on SIGTERM or SIGINT and then exits 0. A second signal stops waiting for
 * requests: it cuts every connection and exits 1 as soon as no compare thread is in a comparison.
 * Not at once, because exiting stops the threads, and a thread stopped while it parses aborts the
 * process (`process.exit` stops them first, whatever its caller does; see compare-pool.ts); the
 * time budget bounds the wait. A third signal exits 1 at once, at that risk. Kept apart from
 * `startServer` so tests and embedders decide about signals themselves. Returns a function that
 * removes the handlers.
 */
export function installShutdown(handle: ServerHandle): () => void {
  const log = handle.logger;
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  let received = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    received++;
    if (received === 1) {
      log.info({ signal }, 'shutting down: finishing requests in flight');
      handle.close().then(
        () => {
          log.info('shut down');
          process.exit(0);
        },
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    } else if (received === 2) {
      log.warn(
        { signal },
        'second signal: connections cut; exiting once the comparisons under way end',
      );
      handle.closeNow().then(
        () => process.exit(1),
        () => process.exit(1),
      );
    } else {
      log.warn({ signal }, 'third signal: exiting at once');
      process.exit(1);
    }
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
