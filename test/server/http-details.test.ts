// The HTTP details of issue 15: empty JSON bodies, charsets, ranges, 405s, and the errors Node's
// HTTP server raises below express, each answered as the service's usual JSON error.
import { gzipSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { startServer, type ServerHandle } from '../../src/server/serve.js';
import {
  LESSON_BODY,
  LESSON_ID,
  capturingLogger,
  makeTemp,
  rawRequest,
  removeTemp,
  type RawAnswer,
} from './helpers.js';
import { rawExchange, type RawExchange } from './raw-socket.js';

const FILE = 'console.log("juxta");\n';
let webDir: string;
let app: Express;
let server: ServerHandle;
const log = capturingLogger();

beforeAll(async () => {
  webDir = await makeTemp('web');
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Juxta</title>');
  await writeFile(join(webDir, 'assets', 'main-abc123.js'), FILE);
  app = await createApp({ logger: false, webDir, compareThreads: 0 });
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    logger: log.logger,
    webDir,
    compareThreads: 0,
  });
});

afterAll(async () => {
  await server.close();
  await removeTemp(webDir);
});

/** The error of a JSON error answer, after checking that it is one. */
function errorOf(
  res: RawAnswer | RawExchange | request.Response,
  status: number,
  code: string,
): string {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  // The raw answers hold the body as text, supertest's as parsed JSON beside its text.
  const body = JSON.parse(
    typeof res.body === 'string' ? res.body : (res as request.Response).text,
  ) as unknown;
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  return (body as { error: { message: string } }).error.message;
}

/** The headers every answer carries, also those written below express. */
function expectSecurityHeaders(headers: Record<string, unknown>): void {
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['x-request-id']).toMatch(/^[\w-]{36}$/);
}

describe('an empty body declared as JSON', () => {
  const json = { 'Content-Type': 'application/json' };

  it('is a 400 that says the body is empty, however it is framed', async () => {
    const framings: [string, Record<string, string>, Buffer | undefined][] = [
      ['Content-Length: 0', { ...json, 'Content-Length': '0' }, undefined],
      ['chunked, no chunks', { ...json, 'Transfer-Encoding': 'chunked' }, Buffer.alloc(0)],
      ['gzip of nothing', { ...json, 'Content-Encoding': 'gzip' }, gzipSync(Buffer.alloc(0))],
    ];
    for (const [name, headers, body] of framings) {
      const res = await rawRequest(server.url, { headers, body });
      const message = errorOf(res, 400, 'invalid-body');
      expect(message, name).toContain('The request body is empty');
      expect(message, name).not.toContain('application/json');
    }
  });

  it('is the same 400 with no Content-Length and no body at all (as curl -X POST sends it)', async () => {
    // Node's client always adds a Content-Length or chunks; this is the request as curl sends it.
    const res = await rawExchange(
      server.url,
      'POST /api/compare HTTP/1.1\r\nHost: juxta\r\nContent-Type: application/json\r\n' +
        'Connection: close\r\n\r\n',
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'invalid-body' } });
    expect(res.body).toContain('The request body is empty');
  });

  it('is still "no body" without a Content-Type, and 415 with another type', async () => {
    const none = await request(app).post('/api/compare');
    expect(errorOf(none, 400, 'invalid-body')).toContain('no body');
    const text = await rawRequest(server.url, {
      headers: { 'Content-Type': 'text/plain', 'Content-Length': '0' },
    });
    expect(errorOf(text, 415, 'not-json')).toContain('not "text/plain"');
  });
});

describe('the charset of a JSON body', () => {
  it('refuses UTF-16 and other charsets with 415, as the docs say, naming the charset', async () => {
    const body = JSON.stringify(LESSON_BODY);
    for (const [charset, bytes] of [
      ['utf-16', Buffer.from(`\ufeff${body}`, 'utf16le')],
      ['UTF-16LE', Buffer.from(body, 'utf16le')],
      ['"utf-32"', Buffer.from(body)],
      ['latin1', Buffer.from(body, 'latin1')],
      ['utf8', Buffer.from(body)],
    ] as const) {
      const res = await rawRequest(server.url, {
        headers: { 'Content-Type': `application/json; charset=${charset}` },
        body: bytes,
      });
      const message = errorOf(res, 415, 'not-json');
      expect(message).toContain(charset.replaceAll('"', '').toUpperCase());
      expect(message).toContain('Send JSON in UTF-8');
    }
  });

  it('takes UTF-8 however it is written, on +json types and compressed bodies too', async () => {
    const body = Buffer.from(JSON.stringify(LESSON_BODY));
    for (const [type, encoding] of [
      ['application/json; charset=UTF-8', undefined],
      ['application/json;charset="utf-8"', undefined],
      ['application/vnd.juxta+json; charset=utf-8', undefined],
      ['application/json; charset=utf-8', 'gzip'],
    ] as const) {
      const headers: Record<string, string> = { 'Content-Type': type };
      if (encoding) headers['Content-Encoding'] = encoding;
      const res = await rawRequest(server.url, {
        headers,
        body: encoding ? gzipSync(body) : body,
      });
      expect(res.status, type).toBe(200);
    }
  });
});

describe('a Range the file cannot satisfy', () => {
  it('is a 416 with the length in Content-Range, labelled as the JSON it is', async () => {
    for (const path of ['/assets/main-abc123.js', '/']) {
      const res = await request(app).get(path).set('Range', 'bytes=100000-');
      const message = errorOf(res, 416, 'range-not-satisfiable');
      const length = path === '/' ? '<!doctype html><title>Juxta</title>'.length : FILE.length;
      expect(res.headers['content-range']).toBe(`bytes */${length}`);
      expect(message).toContain(`bytes */${length}`);
      // Nothing left over from the file it did not send.
      expect(res.headers['etag']).toBeUndefined();
      expect(res.headers['last-modified']).toBeUndefined();
      expect(res.headers['accept-ranges']).toBeUndefined();
      expectSecurityHeaders(res.headers);
    }
  });

  it('leaves a range the file can satisfy as it was: 206 with the file’s type', async () => {
    const res = await request(app).get('/assets/main-abc123.js').set('Range', 'bytes=0-6');
    expect(res.status).toBe(206);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-range']).toBe(`bytes 0-6/${FILE.length}`);
    expect(res.text).toBe(FILE.slice(0, 7));
  });
});

describe('a known path asked with the wrong method', () => {
  it('is a 405 whose Allow lists the methods the path answers', async () => {
    const cases: [string, string, string][] = [
      ['POST', '/healthz', 'GET, HEAD'],
      ['DELETE', '/healthz', 'GET, HEAD'],
      ['DELETE', '/api/compare', 'POST'],
      ['PUT', `/api/snippets/${LESSON_ID}`, 'GET, HEAD'],
      ['POST', '/api/snippets', 'GET, HEAD'],
      ['PATCH', '/api/languages', 'GET, HEAD'],
      ['POST', '/', 'GET, HEAD'],
      ['PUT', '/index.html', 'GET, HEAD'],
      ['DELETE', '/assets/main-abc123.js', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await rawRequest(server.url, { method, path });
      const message = errorOf(res, 405, 'method-not-allowed');
      expect(message).toContain(`${method} is not allowed on ${path}.`);
      expect(res.headers['allow'], `${method} ${path}`).toBe(allow);
    }
  });

  it('still answers GET and HEAD there, and 404 for a path that is not there', async () => {
    expect((await rawRequest(server.url, { method: 'HEAD', path: '/healthz' })).status).toBe(200);
    expect((await rawRequest(server.url, { method: 'GET', path: '/healthz' })).status).toBe(200);
    for (const path of ['/assets/nothing.js', '/assets/..%2f..%2fetc%2fpasswd', '/%E0%A4%A']) {
      const res = await rawRequest(server.url, { method: 'POST', path });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).not.toBe(405);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});

describe('requests refused below express', () => {
  it('431 for headers over the limit: JSON, security headers, logged with its request id', async () => {
    const res = await rawExchange(
      server.url,
      `GET /healthz HTTP/1.1\r\nHost: juxta\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const message = errorOf(res, 431, 'headers-too-large');
    expect(message).toContain('16 KB');
    expectSecurityHeaders(res.headers);
    expect(res.headers['connection']).toBe('close');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    const line = log.lines().find((l) => l['msg'] === 'request refused by the HTTP parser');
    expect(line).toMatchObject({
      level: 40,
      req: { id: res.headers['x-request-id'] },
      res: { statusCode: 431 },
      err: { code: 'HPE_HEADER_OVERFLOW' },
    });
  });

  it('400 for a Content-Length that is not a number, or two that disagree', async () => {
    for (const lengths of [
      'Content-Length: abc\r\n',
      'Content-Length: 2\r\nContent-Length: 3\r\n',
    ]) {
      const res = await rawExchange(
        server.url,
        `POST /api/compare HTTP/1.1\r\nHost: juxta\r\nContent-Type: application/json\r\n${lengths}\r\n{}`,
      );
      expect(errorOf(res, 400, 'bad-request')).toContain('Content-Length');
      expectSecurityHeaders(res.headers);
    }
  });

  it('400 for what is not HTTP at all, and for a header Node will not read', async () => {
    for (const raw of [
      'HELLO THERE\r\n\r\n',
      'GET /healthz HTTP/1.1\r\nHost: juxta\r\nBad Header: x\r\n\r\n',
    ]) {
      const res = await rawExchange(server.url, raw);
      expect(errorOf(res, 400, 'bad-request')).toContain('not well-formed HTTP/1.1');
      expectSecurityHeaders(res.headers);
    }
  });

  it('answers a bad request on a connection that already had an answer', async () => {
    const res = await rawExchange(
      server.url,
      'GET /healthz HTTP/1.1\r\nHost: juxta\r\n\r\n' +
        `GET /healthz HTTP/1.1\r\nHost: juxta\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(res.status).toBe(200);
    expect(res.rest).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(res.rest).toContain('"code":"headers-too-large"');
  });
});
