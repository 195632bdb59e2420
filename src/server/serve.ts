/**
 * Puts the app on a port and takes it down gracefully: on close (or SIGTERM/SIGINT, once
 * `installShutdown` is called) it stops accepting connections, lets requests in flight finish
 * (their answers say `Connection: close`), closes idle keep-alive connections, and waits for the
 * compare threads to be idle, so the process can exit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from 'pino';
import { comparisonsSettled, createApp, type AppOptions } from './app.js';
import { resolveLogger } from './logging.js';

export interface ServeOptions extends Omit<AppOptions, 'logger'> {
  /** Default 3000; `0` picks a free port (tests). */
  port?: number;
  /** Default `localhost`. */
  host?: string;
  logger?: Logger | false;
  /** How long in-flight requests may take to finish on close before they are cut. Default 10 s. */
  shutdownGraceMs?: number;
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
}

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(options: ServeOptions = {}): Promise<ServerHandle> {
  const logger = resolveLogger(options.logger);
  const app = await createApp({ ...options, logger });
  const server = createServer(app);
  // Bounds what a slow or stalled client can hold: headers within 20 s, a whole request in 30 s.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
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
  return { url, server, logger, close };
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
 * Closes the server on SIGTERM or SIGINT and then exits; a second signal exits at once. Kept apart
 * from `startServer` so tests and embedders decide about signals themselves. Returns a function
 * that removes the handlers.
 */
export function installShutdown(handle: ServerHandle): () => void {
  const log = handle.logger;
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown) {
      log.warn({ signal }, 'second signal: exiting without waiting for requests in flight');
      process.exit(1);
    }
    shuttingDown = true;
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
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
