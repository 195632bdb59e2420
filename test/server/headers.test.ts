// The headers the issue asks for: security, ETag revalidation, compression, request ids, caching.
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { LESSON_BODY, LESSON_ID, PYTHON, RUBY, capturingLogger } from './helpers.js';

let app: Express;
beforeAll(async () => {
  app = await createApp({ logger: false });
});

describe('security headers', () => {
  it('sends a CSP without inline scripts or styles, nosniff, and frame and referrer policies', async () => {
    for (const path of ['/', '/api/languages', '/api/nothing']) {
      const res = await request(app).get(path);
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('framing', () => {
  /** Who may frame the answer: `none` (CSP and X-Frame-Options both refuse) or `anyone`. */
  async function framing(path: string): Promise<'none' | 'anyone' | string> {
    const res = await request(app).get(path);
    const csp = res.headers['content-security-policy'] as string;
    // The rest of the policy holds on every answer, the embed page's too.
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1];
    const xfo = res.headers['x-frame-options'] as string | undefined;
    if (ancestors === "'none'" && xfo === 'DENY') return 'none';
    if (ancestors === undefined && xfo === undefined) return 'anyone';
    return `frame-ancestors ${ancestors}, X-Frame-Options ${xfo}`;
  }

  it('lets any site frame the embed page, for slides and course pages', async () => {
    for (const path of [
      '/embed',
      `/embed?snippet=${LESSON_ID}`,
      '/embed?snippet=no/such-snippet',
      '/embed.html',
    ]) {
      expect([path, await framing(path)]).toEqual([path, 'anyone']);
    }
  });

  it('keeps every other page, file and answer from being framed', async () => {
    for (const path of [
      '/',
      '/index.html',
      `/?snippet=${LESSON_ID}`,
      '/favicon.svg',
      '/embed/x',
      '/embedded',
      '/api/languages',
      `/api/snippets/${LESSON_ID}`,
      '/api/nothing',
      '/healthz',
    ]) {
      expect([path, await framing(path)]).toEqual([path, 'none']);
    }
    const compare = await request(app).post('/api/compare').send(LESSON_BODY);
    expect(compare.headers['x-frame-options']).toBe('DENY');
    expect(compare.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('ETag and Cache-Control', () => {
  for (const path of ['/api/languages', '/api/snippets', `/api/snippets/${LESSON_ID}`]) {
    it(`${path}: an ETag, and 304 without a body when it still matches`, async () => {
      const first = await request(app).get(path).expect(200);
      const etag = first.headers['etag'] as string;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers['cache-control']).toMatch(/^public, /);

      const again = await request(app).get(path).set('If-None-Match', etag).expect(304);
      expect(again.text).toBe('');
      expect(again.headers['etag']).toBe(etag);

      await request(app).get(path).set('If-None-Match', 'W/"stale"').expect(200);
    });
  }

  it('gives different snippets different ETags', async () => {
    const one = await request(app).get(`/api/snippets/${LESSON_ID}`);
    const list = await request(app).get('/api/snippets');
    expect(one.headers['etag']).not.toBe(list.headers['etag']);
  });
});

describe('compression', () => {
  it('gzips a large answer when the client accepts it', async () => {
    const res = await request(app)
      .post('/api/compare')
      .set('Accept-Encoding', 'gzip')
      .send(LESSON_BODY)
      .expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toContain('Accept-Encoding');
    // supertest inflates it again: the content is intact.
    expect(res.body.left.language).toBe('ruby');
  });

  it('sends it plain to a client that does not', async () => {
    const res = await request(app)
      .post('/api/compare')
      .set('Accept-Encoding', 'identity')
      .send(LESSON_BODY)
      .expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('request ids', () => {
  it('generates one when the client sends none', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("echoes the client's id when it is sane, and replaces it when it is not", async () => {
    const sane = await request(app).get('/healthz').set('X-Request-Id', 'lesson-4.a_1');
    expect(sane.headers['x-request-id']).toBe('lesson-4.a_1');
    const odd = await request(app).get('/healthz').set('X-Request-Id', 'a b{"x":1}');
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one structured line per request with its id and status', async () => {
    const { logger, lines } = capturingLogger();
    const logged = await createApp({ logger });
    await request(logged).get('/api/nothing').set('X-Request-Id', 'trace-me');
    const line = lines().find((l) => (l['req'] as { id?: string } | undefined)?.id === 'trace-me');
    expect(line).toEqual({
      level: 40, // warn: a client mistake
      time: expect.any(Number),
      pid: expect.any(Number),
      hostname: expect.any(String),
      req: {
        id: 'trace-me',
        method: 'GET',
        url: '/api/nothing',
        remoteAddress: expect.any(String),
      },
      res: { statusCode: 404 },
      responseTime: expect.any(Number),
      msg: 'request completed',
    });
  });
});

describe('the compare cache', () => {
  const body = {
    left: { language: 'ruby', code: `${RUBY}# cache test\n` },
    right: { language: 'python', code: PYTHON },
  };

  it('answers a repeated pair from the cache with the same body', async () => {
    const cached = await createApp({ logger: false });
    const first = await request(cached).post('/api/compare').send(body).expect(200);
    expect(first.headers['x-cache']).toBe('miss');
    const second = await request(cached).post('/api/compare').send(body).expect(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
  });

  it('keys on both languages and codes: a different pair misses', async () => {
    const cached = await createApp({ logger: false });
    await request(cached).post('/api/compare').send(body).expect(200);
    const swapped = { left: body.left, right: { language: 'python', code: `${PYTHON}\n` } };
    const res = await request(cached).post('/api/compare').send(swapped).expect(200);
    expect(res.headers['x-cache']).toBe('miss');
  });

  it('is off with cache: false', async () => {
    const uncached = await createApp({ logger: false, cache: false });
    await request(uncached).post('/api/compare').send(body).expect(200);
    const res = await request(uncached).post('/api/compare').send(body).expect(200);
    expect(res.headers['x-cache']).toBe('off');
  });

  it('evicts the least recently used pair past its size', async () => {
    const small = await createApp({ logger: false, cache: 1 });
    const other = { ...body, right: { language: 'python', code: 'print(1)\n' } };
    await request(small).post('/api/compare').send(body);
    await request(small).post('/api/compare').send(other);
    const res = await request(small).post('/api/compare').send(body);
    expect(res.headers['x-cache']).toBe('miss');
  });
});

describe('GET /healthz', () => {
  it('answers ok, never cached', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
