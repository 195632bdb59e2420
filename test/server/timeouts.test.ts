// Slow clients are cut on time: Node checks its headers and request timeouts only every
// `connectionsCheckingInterval` (30 s by default, which let a client hold a connection 41 s where
// the docs said 20), so the service checks far more often. Small timeouts keep the test short.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  startServer,
  timeoutCheckInterval,
  type ServerHandle,
} from '../../src/server/serve.js';
import { rawExchange } from './raw-socket.js';

const HEADERS_MS = 600;
const REQUEST_MS = 1_200;
/** Margin for a loaded machine, on top of the check interval. */
const SLACK_MS = 400;

let handle: ServerHandle;
beforeAll(async () => {
  handle = await startServer({
    port: 0,
    host: '127.0.0.1',
    logger: false,
    compareThreads: 0,
    headersTimeoutMs: HEADERS_MS,
    requestTimeoutMs: REQUEST_MS,
  });
});
afterAll(() => handle.close());

/** `count` pieces of `piece`, for a client that keeps sending without ever finishing. */
const trickle = (piece: string, count: number): string[] => Array<string>(count).fill(piece);

describe('a slow client', () => {
  it('sending its headers slowly is cut when the headers timeout is up, with a JSON 408', async () => {
    const res = await rawExchange(
      handle.url,
      ['GET /healthz HTTP/1.1\r\nHost: juxta\r\n', ...trickle('X-Slow: a\r\n', 100)],
      { gapMs: 50 },
    );
    expect(res.closedAfterMs).toBeGreaterThanOrEqual(HEADERS_MS - 20);
    expect(res.closedAfterMs).toBeLessThan(
      HEADERS_MS + timeoutCheckInterval(HEADERS_MS) + SLACK_MS,
    );
    expect(res.status).toBe(408);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'request-timeout' } });
    expect(res.body).toContain('within 600 ms');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sending its body slowly is cut when the request timeout is up, with a JSON 408', async () => {
    const res = await rawExchange(
      handle.url,
      [
        'POST /api/compare HTTP/1.1\r\nHost: juxta\r\nContent-Type: application/json\r\n' +
          'Content-Length: 500\r\n\r\n{',
        ...trickle(' ', 100),
      ],
      { gapMs: 50 },
    );
    expect(res.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_MS - 20);
    expect(res.closedAfterMs).toBeLessThan(
      REQUEST_MS + timeoutCheckInterval(HEADERS_MS) + SLACK_MS,
    );
    expect(res.status).toBe(408);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'request-timeout' } });
  });

  it('that is merely not quick is answered as usual', async () => {
    const res = await rawExchange(
      handle.url,
      ['GET /healthz HTTP/1.1\r\n', 'Host: juxta\r\n', 'Connection: close\r\n', '\r\n'],
      { gapMs: 100 },
    );
    expect(res.status).toBe(200);
  });
});

describe('the timeouts', () => {
  it('default to the documented 20 s for headers and 30 s for the whole request, checked every second', async () => {
    expect(DEFAULT_HEADERS_TIMEOUT_MS).toBe(20_000);
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(30_000);
    expect(timeoutCheckInterval(DEFAULT_HEADERS_TIMEOUT_MS)).toBe(1_000);
    const server = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    expect(server.server.headersTimeout).toBe(20_000);
    expect(server.server.requestTimeout).toBe(30_000);
    await server.close();
  });

  it('refuses timeouts that cannot work, saying why', async () => {
    const start = (headersTimeoutMs: number, requestTimeoutMs: number) =>
      startServer({ port: 0, logger: false, headersTimeoutMs, requestTimeoutMs });
    await expect(start(0, 1_000)).rejects.toThrow(/headersTimeoutMs must be a whole number/);
    await expect(start(2_000, 1_000)).rejects.toThrow(/must be at least headersTimeoutMs/);
  });
});
