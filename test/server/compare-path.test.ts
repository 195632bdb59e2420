// The compare route's own fast paths: reading a plain JSON body without body-parser, answers kept
// as bytes and compressed once per coding, the cache key, and the request log written without
// pino-http. Each must behave exactly as the general path it stands in for.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import express, { type Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JuxtaError, compare } from '../../src/index.js';
import { CompareCache, MAX_CACHE_BYTES, MAX_ENTRY_BYTES } from '../../src/server/compare-cache.js';
import { createApp, type CompareEngine } from '../../src/server/app.js';
import { errorHandler } from '../../src/server/errors.js';
import { JsonAnswer, preferredCoding } from '../../src/server/json-answer.js';
import { requestLogging } from '../../src/server/logging.js';
import { startServer, type ServerHandle } from '../../src/server/serve.js';
import { LESSON_BODY, capturingLogger, rawRequest } from './helpers.js';

let app: Express;
/** A listening server, for requests with exact bytes and answers read as bytes. */
let server: ServerHandle;
beforeAll(async () => {
  app = await createApp({ logger: false });
  server = await startServer({ port: 0, host: '127.0.0.1', logger: false });
});
afterAll(() => server.close());

/** POSTs exactly these bytes to /api/compare, in two pieces, and returns the answer. */
const post = (body: Buffer | string, headers: Record<string, string>) =>
  rawRequest(server.url, { headers, body: Buffer.from(body), split: true });

/** The same bytes through the fast path (`application/json`) and body-parser (a `+json` type). */
async function bothPaths(body: string): Promise<[request.Response, request.Response]> {
  const send = (type: string) =>
    request(app).post('/api/compare').set('Content-Type', type).send(body);
  return [await send('application/json'), await send('application/vnd.juxta+json')];
}

describe('reading the body', () => {
  it('answers broken JSON exactly as body-parser does', async () => {
    for (const body of [
      '{"left": {"language": "ruby",',
      '{"left": tru}',
      '"just a string"',
      '  42',
      'nul',
      '   ',
      '\u00e9{}',
    ]) {
      const [fast, general] = await bothPaths(body);
      expect(fast.status, body).toBe(400);
      expect(fast.body, body).toEqual(general.body);
    }
  });

  it('answers a body that is valid JSON but not the right shape exactly as body-parser does', async () => {
    for (const body of ['[1,2]', '{}', '{"left":{"language":"ruby","code":1},"right":null}']) {
      const [fast, general] = await bothPaths(body);
      expect(fast.status, body).toBe(400);
      expect(fast.body, body).toEqual(general.body);
    }
  });

  it('reads a UTF-8 body with a byte-order mark, and a declared UTF-8 charset', async () => {
    const json = JSON.stringify(LESSON_BODY);
    const bom = await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]), {
      'Content-Type': 'application/json',
    });
    expect(bom.status).toBe(200);
    const res = await request(app)
      .post('/api/compare')
      .set('Content-Type', 'Application/JSON; charset="UTF-8"')
      .send(json)
      .expect(200);
    expect(res.body.left.language).toBe('ruby');
  });

  it('keeps code in any script intact, a body in pieces split inside a character included', async () => {
    const body = {
      left: { language: 'ruby', code: 'puts "héllo wörld ✓ 𝄞"\n'.repeat(2_000) },
      right: { language: 'python', code: 'print("𝄞")\n' },
    };
    const res = await post(JSON.stringify(body), { 'Content-Type': 'application/json' });
    expect(res.status).toBe(200);
    const expected = await compare(body.left, body.right);
    expect(JSON.parse(res.bytes.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('answers a body over the limit with 413 on the fast path too', async () => {
    const code = 'x = 1\n'.repeat(50_000);
    const res = await post(
      JSON.stringify({ left: { language: 'ruby', code }, right: { language: 'python', code } }),
      { 'Content-Type': 'application/json' },
    );
    expect(res.status).toBe(413);
  });
});

describe('compressed answers', () => {
  it('compresses a cached answer once per coding and sends the same content each time', async () => {
    // A pair no other test sends, so that the first request is the miss.
    const body = JSON.stringify({
      left: { ...LESSON_BODY.left, code: `${LESSON_BODY.left.code}# compressed\n` },
      right: LESSON_BODY.right,
    });
    const first = await post(body, { 'Content-Type': 'application/json' });
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(first.headers['vary']).toBe('Accept-Encoding');
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(first.headers['content-length'])).toBe(first.bytes.length);
    const plain = { text: first.bytes.toString('utf8') };

    for (const coding of ['gzip', 'br', 'gzip', 'deflate;q=0.1, gzip;q=0']) {
      const res = await post(body, {
        'Content-Type': 'application/json',
        'Accept-Encoding': coding,
      });
      expect(res.status).toBe(200);
      expect(res.headers['x-cache']).toBe('hit');
      const sent = coding.startsWith('deflate') ? 'deflate' : coding;
      expect(res.headers['content-encoding']).toBe(sent);
      expect(res.headers['vary']).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length'])).toBe(res.bytes.length);
      const inflate = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync }[sent];
      expect(inflate?.(res.bytes).toString('utf8')).toBe(plain.text);
    }
  });

  it('leaves small answers plain', async () => {
    const res = await request(app)
      .post('/api/compare')
      .set('Accept-Encoding', 'gzip')
      .send({ left: { language: 'ruby', code: '' }, right: { language: 'python', code: '' } })
      .expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('picks the coding as the compression middleware would', () => {
    expect(preferredCoding(undefined)).toBeUndefined();
    expect(preferredCoding('')).toBeUndefined();
    expect(preferredCoding('identity')).toBeUndefined();
    expect(preferredCoding('gzip, deflate, br')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('deflate')).toBe('deflate');
    expect(preferredCoding('br;q=0.5, gzip')).toBe('gzip');
    expect(preferredCoding('GZIP;Q=0.8')).toBe('gzip');
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('*, br;q=0')).toBe('gzip');
    expect(preferredCoding('gzip;q=0, br;q=0, deflate;q=0')).toBeUndefined();
    expect(preferredCoding('compress, x-gzip')).toBeUndefined();
    expect(preferredCoding('gzip;q=nonsense')).toBeUndefined();
    // A client that weighs the answer as it is above every coding gets it as it is.
    expect(preferredCoding('deflate;q=0.1, identity;q=0.5')).toBeUndefined();
  });
});

describe('the engine option', () => {
  it('runs the engine it is given, after the checks and behind the cache', async () => {
    const calls: string[] = [];
    const engine: CompareEngine = (left, right, options) => {
      calls.push(`${left.language}/${right.language}/${options.timeoutMs}`);
      if (left.code === 'slow')
        throw new JuxtaError('too-complex', 'Too complex for the stand-in.');
      return compare(
        { language: 'ruby', code: 'puts 1' },
        { language: 'python', code: 'print(1)' },
      );
    };
    const withEngine = await createApp({ logger: false, engine, compareTimeoutMs: 1234 });
    const post = (body: unknown) =>
      request(withEngine)
        .post('/api/compare')
        .send(body as object);

    const first = await post(LESSON_BODY);
    expect(first.status).toBe(200);
    // The engine's answer, not a comparison of the pair that was sent.
    expect(first.body.left.tokens.map((t: { text: string }) => t.text)).toEqual(['puts', '1']);
    expect(first.headers['x-cache']).toBe('miss');
    expect((await post(LESSON_BODY)).headers['x-cache']).toBe('hit');
    expect(calls).toEqual(['ruby/python/1234']);

    const unknown = await post({ ...LESSON_BODY, left: { language: 'cobol', code: 'x' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('unknown-language');
    expect(calls).toHaveLength(1);

    const slow = await post({ ...LESSON_BODY, left: { language: 'ruby', code: 'slow' } });
    expect(slow.status).toBe(422);
    expect(slow.body.error).toEqual({
      code: 'too-complex',
      message: 'Too complex for the stand-in.',
    });
  });
});

describe('the cache', () => {
  const answer = (bytes: number) => ({
    kind: 'result' as const,
    answer: new JsonAnswer(Buffer.alloc(bytes, 0x20)),
  });

  it('keeps an answer up to MAX_ENTRY_BYTES, and sends a larger one without keeping it', async () => {
    const cache = new CompareCache(10);
    cache.set('largest kept', answer(MAX_ENTRY_BYTES));
    cache.set('too large', answer(MAX_ENTRY_BYTES + 1));
    expect(cache.get('largest kept')).toBeDefined();
    expect(cache.get('too large')).toBeUndefined();

    // Through the route: a result over 1 MB is compared again each time it is asked for.
    let calls = 0;
    const engine: CompareEngine = (left) => {
      calls++;
      const result = compare(LESSON_BODY.left, LESSON_BODY.right);
      return left.code === 'large' ? { ...result, notice: 'x'.repeat(MAX_ENTRY_BYTES) } : result;
    };
    const withEngine = await createApp({ logger: false, engine });
    const post = (code: string) =>
      request(withEngine)
        .post('/api/compare')
        .send({ ...LESSON_BODY, left: { language: 'ruby', code } });
    for (const code of ['large', 'large']) {
      const sent = await post(code);
      expect(sent.status).toBe(200);
      expect(sent.body.notice).toHaveLength(MAX_ENTRY_BYTES);
      expect(sent.headers['x-cache']).toBe('miss');
    }
    expect(calls).toBe(2);
    expect((await post('small')).headers['x-cache']).toBe('miss');
    expect((await post('small')).headers['x-cache']).toBe('hit');
    expect(calls).toBe(3);
  });

  it('holds at most MAX_CACHE_BYTES, dropping the least recently used', () => {
    const cache = new CompareCache(500);
    const count = Math.ceil((2 * MAX_CACHE_BYTES) / MAX_ENTRY_BYTES);
    for (let i = 0; i < count; i++) cache.set(`answer ${i}`, answer(MAX_ENTRY_BYTES));
    expect(cache.size).toBe(MAX_CACHE_BYTES / MAX_ENTRY_BYTES);
    expect(cache.get('answer 0')).toBeUndefined();
    expect(cache.get(`answer ${count - 1}`)).toBeDefined();
  });
});

describe('the cache key', () => {
  const key = (l: string, r: string) =>
    CompareCache.key({ language: 'ruby', code: l }, { language: 'python', code: r });

  it('tells pairs apart that would run together', () => {
    expect(key('ab', 'c')).not.toBe(key('a', 'bc'));
    expect(key('a', '')).not.toBe(key('', 'a'));
    expect(
      CompareCache.key({ language: 'ruby', code: 'x' }, { language: 'python', code: 'x' }),
    ).not.toBe(
      CompareCache.key({ language: 'python', code: 'x' }, { language: 'ruby', code: 'x' }),
    );
  });

  it('tells lone surrogates apart, which UTF-8 would merge', () => {
    expect(key('\ud800', 'x')).not.toBe(key('\ud801', 'x'));
    expect(key('a', 'b')).toBe(key('a', 'b'));
  });
});

describe('request logs', () => {
  it('logs a success at info, with the same fields as before', async () => {
    const { logger, lines } = capturingLogger();
    const logged = await createApp({ logger });
    await request(logged).post('/api/compare').set('X-Request-Id', 'ok-1').send(LESSON_BODY);
    const line = lines().find((l) => (l['req'] as { id?: string } | undefined)?.id === 'ok-1');
    expect(line).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: expect.any(Number),
      hostname: expect.any(String),
      req: { id: 'ok-1', method: 'POST', url: '/api/compare', remoteAddress: expect.any(String) },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      timings: {
        read: expect.any(Number),
        began: expect.any(Number),
        compared: expect.any(Number),
        done: expect.any(Number),
        received: expect.any(Number),
        sent: expect.any(Number),
      },
      msg: 'request completed',
    });
    // Where the pair's time went, in the order it went there, from its arrival.
    const timings = line?.['timings'] as Record<string, number>;
    const steps = ['read', 'began', 'compared', 'done', 'received', 'sent'];
    const times = [0, ...steps.map((step) => timings[step] as number), line?.['responseTime']];
    // The thread's clock and the event loop's are one clock, read to the millisecond or finer.
    for (let i = 1; i < times.length; i++) {
      expect(times[i]).toBeGreaterThanOrEqual((times[i - 1] as number) - 1);
    }
  });

  it('logs a bug of ours as an error with the request id, and the request line as errored', async () => {
    const { logger, lines } = capturingLogger();
    const broken = express();
    broken.use(requestLogging(logger));
    broken.get('/boom', () => {
      throw new TypeError('a bug');
    });
    broken.use(errorHandler);
    const res = await request(broken).get('/boom').set('X-Request-Id', 'bug-1').expect(500);
    expect(res.headers['x-request-id']).toBe('bug-1');
    const mine = lines().filter((l) => (l['req'] as { id?: string } | undefined)?.id === 'bug-1');
    expect(mine.map((l) => [l['level'], l['msg']])).toEqual([
      [50, 'internal error while answering a request'],
      [50, 'request errored'],
    ]);
    expect((mine[0]?.['err'] as { message?: string }).message).toBe('a bug');
    expect(mine[1]?.['res']).toEqual({ statusCode: 500 });
  });

  it('writes nothing below its level', async () => {
    const lines: string[] = [];
    const { pino } = await import('pino');
    const quiet = await createApp({
      logger: pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) }),
    });
    await request(quiet).get('/healthz').expect(200);
    await request(quiet).get('/api/nothing').expect(404);
    expect(lines.map((l) => (JSON.parse(l) as { res?: unknown }).res)).toEqual([
      { statusCode: 404 },
    ]);
  });
});
