// startServer on a real port, and a close that lets a request in flight finish.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../src/server/serve.js';
import { LESSON_BODY, rawRequest } from './helpers.js';

let handle: ServerHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

describe('startServer', () => {
  it('listens on a free port with port 0 and answers there', async () => {
    handle = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    expect(handle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${handle.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('rejects with the reason when the port is taken', async () => {
    handle = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    const port = Number(new URL(handle.url).port);
    await expect(startServer({ port, host: '127.0.0.1', logger: false })).rejects.toThrow(
      /EADDRINUSE/,
    );
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then stops accepting', async () => {
    handle = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    const { url } = handle;
    const body = Buffer.from(JSON.stringify(LESSON_BODY));

    // Send the headers and half the body, so the request is in flight when close() begins.
    const answer = new Promise<{ status: number; connection?: string; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          new URL('/api/compare', url),
          {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                connection: res.headers.connection,
                body: text,
              }),
            );
          },
        );
        req.on('error', reject);
        req.write(body.subarray(0, 20));
        setTimeout(() => req.end(body.subarray(20)), 300);
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    let closed = false;
    const closing = handle.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);

    const finished = await answer;
    expect(finished.status).toBe(200);
    // The answer tells the client that its keep-alive connection closes after it.
    expect(finished.connection).toBe('close');
    expect(JSON.parse(finished.body)).toMatchObject({ left: { language: 'ruby' } });
    await closing;
    expect(closed).toBe(true);
    await expect(rawRequest(url, { method: 'GET', path: '/healthz' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
    handle = undefined;
  });

  it('does not wait for idle keep-alive connections', async () => {
    handle = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    // fetch keeps its connection alive after the answer.
    await (await fetch(`${handle.url}/healthz`)).text();
    const started = Date.now();
    await handle.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    handle = undefined;
  });
});
