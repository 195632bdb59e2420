// Garbage in, never a 5xx out: random and mutated bodies, codes, content types and paths, then a
// check that the service still compares the lesson pair correctly afterwards.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { LESSON_BODY, PYTHON, RUBY, rawRequest, type RawAnswer } from './helpers.js';

/** What a request is made of; every field is fuzzed by some arbitrary below. */
interface Attempt {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

const ANSWERED_STATUSES = new Set([200, 304, 400, 404, 405, 413, 415, 422]);
const VALID_BODY = JSON.stringify(LESSON_BODY);

let server: Server;
let baseUrl: string;
let requests = 0;
/** How often each status was answered: proof that the fuzz reached every path, not just one. */
const statuses = new Map<number, number>();

beforeAll(async () => {
  // A real socket rather than supertest's per-request server: a thousand requests, one listener.
  server = createServer(await createApp({ logger: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function send(attempt: Attempt): Promise<RawAnswer> {
  requests += 1;
  const answer = await rawRequest(baseUrl, attempt);
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  return answer;
}

/** The promise of the contract: a 4xx with a usable error body, or a 2xx/304, never a 5xx. */
function expectSane(answer: RawAnswer, attempt: Attempt): void {
  const shown = `${attempt.method} ${attempt.path.slice(0, 80)} ${JSON.stringify(attempt.headers)} ${attempt.body.toString('utf8').slice(0, 200)}`;
  expect(
    ANSWERED_STATUSES.has(answer.status),
    `${answer.status} for ${shown}: ${answer.body.slice(0, 300)}`,
  ).toBe(true);
  if (answer.status >= 400 && attempt.method !== 'HEAD') {
    const body = JSON.parse(answer.body) as { error: { code: string; message: string } };
    expect(typeof body.error.code).toBe('string');
    expect(body.error.message.length).toBeGreaterThan(10);
  }
}

// ---- strings that have broken parsers before -------------------------------------------------

const NASTY_PIECES = [
  '\u0000',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\uffff',
  '\u202e', // right-to-left override
  '\ufeff', // byte order mark
  '\r',
  '\r\n',
  '\t',
  '\\',
  '"',
  "'",
  '`',
  '#{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '{',
  ':',
  ';',
  'end',
  'def ',
  'if ',
  'do |x|',
  'elif',
  '"""',
  '=begin\n',
  '<<~EOS\n',
  '    ',
  '\n',
  '𝒳',
  '__proto__',
];

const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...NASTY_PIECES), { maxLength: 200 }).map((parts) => parts.join('')),
);

/** A few random edits (insert, delete, replace) of a base text. */
function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 12 }), nastyString);
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((text, [at, remove, insert]) => {
      const position = Math.min(at, text.length);
      return text.slice(0, position) + insert + text.slice(position + remove);
    }, base),
  );
}

// Deep nesting costs the engine seconds at 10,000 levels; the random cases stay shallower to keep
// the run short, and the fixed cases below go to 10,000.
const nesting = fc.integer({ min: 1, max: 400 });
const code = fc.oneof(
  { weight: 3, arbitrary: mutated(RUBY) },
  { weight: 3, arbitrary: mutated(PYTHON) },
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: nesting.map((n) => '['.repeat(n)) },
  { weight: 1, arbitrary: nesting.map((n) => `${'('.repeat(n)}1${')'.repeat(n)}`) },
  { weight: 1, arbitrary: nesting.map((n) => 'if x\n'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)) },
);
const language = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('ruby', 'python') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Ruby',
      'PYTHON',
      '',
      'cobol',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ),
  },
  { weight: 1, arbitrary: nastyString },
);
const side = fc.record({ language, code });

// ---- bodies ----------------------------------------------------------------------------------

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

const body = fc.oneof(
  // Well-formed requests with fuzzed languages and codes.
  {
    weight: 5,
    arbitrary: fc.record({ left: side, right: side }).map((b) => utf8(JSON.stringify(b))),
  },
  // Right shape, wrong types anywhere.
  {
    weight: 2,
    arbitrary: fc
      .record(
        { left: fc.oneof(side, fc.jsonValue()), right: fc.oneof(side, fc.jsonValue()) },
        { requiredKeys: [] },
      )
      .map((b) => utf8(JSON.stringify(b))),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => utf8(JSON.stringify(v) ?? 'null')) },
  // The valid body, edited as text: mostly broken JSON.
  { weight: 3, arbitrary: mutated(VALID_BODY).map(utf8) },
  // Bytes that need not be UTF-8 at all.
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes)) },
  // Deep JSON nesting, closed or not.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean(), fc.constantFrom('[', '{"left":'))
      .map(([n, closed, open]) =>
        utf8(open.repeat(n) + (closed ? (open === '[' ? ']' : '}').repeat(n) : '')),
      ),
  },
);

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant<string | undefined>('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom<string | undefined>(
      undefined,
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'application/json; charset=nonsense',
      'text/plain',
      'text/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/vnd.api+json',
      '*/*',
      'application/',
      ';;;',
      'application/json\u00ff',
    ),
  },
);

const compareAttempt: fc.Arbitrary<Attempt> = fc
  .record({
    body,
    contentType,
    encoding: fc.oneof(
      { weight: 9, arbitrary: fc.constant<string | undefined>(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('gzip', 'gzip-really', 'br', 'compress', 'identity', 'x'),
      },
    ),
  })
  .map(({ body: raw, contentType: type, encoding }) => {
    const headers: Record<string, string> = {};
    if (type !== undefined) headers['Content-Type'] = type;
    let payload = raw;
    if (encoding === 'gzip-really') {
      headers['Content-Encoding'] = 'gzip';
      payload = gzipSync(raw);
    } else if (encoding !== undefined) {
      headers['Content-Encoding'] = encoding;
    }
    return { method: 'POST', path: '/api/compare', headers, body: payload };
  });

/** Every byte of the text's UTF-8 as `%XX` (encodeURIComponent throws on lone surrogates). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

/** Paths a client could type: percent-encoded garbage, some of it malformed on purpose. */
const pathAttempt: fc.Arbitrary<Attempt> = fc
  .record({
    method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
    prefix: fc.constantFrom('/api/snippets/', '/api/', '/', '/api/compare/', '/api/languages/'),
    rest: fc.oneof(
      nastyString.map(percentEncode),
      fc.constantFrom(
        '%',
        '%E0%A4%A',
        '%00',
        '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
        '..',
        '__proto__',
        'control-flow/odd-even',
        'a'.repeat(5_000),
      ),
    ),
  })
  .map(({ method, prefix, rest }) => ({
    method,
    path: prefix + rest,
    headers: {},
    body: Buffer.alloc(0),
  }));

// ---- the tests ---------------------------------------------------------------------------------

describe('fuzzing the service', () => {
  it('answers 1,000+ random and mutated requests without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 9, arbitrary: compareAttempt }, { weight: 1, arbitrary: pathAttempt }),
        async (attempt) => expectSane(await send(attempt), attempt),
      ),
      { numRuns: 1_100, seed: Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31) },
    );
  }, 120_000);

  it('answers the known-nasty cases without a 5xx', async () => {
    const json = { 'Content-Type': 'application/json' };
    const pair = (left: string, right: string, languages = ['ruby', 'python']) =>
      utf8(
        JSON.stringify({
          left: { language: languages[0], code: left },
          right: { language: languages[1], code: right },
        }),
      );
    const cases: Attempt[] = [
      // 10,000 `[` as a body, unclosed and closed, and as code on both sides.
      { method: 'POST', path: '/api/compare', headers: json, body: utf8('['.repeat(10_000)) },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: utf8(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('['.repeat(10_000), '['.repeat(10_000)),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('('.repeat(10_000), '('.repeat(10_000)),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair(
          `${'('.repeat(3_000)}1${')'.repeat(3_000)}`,
          `${'['.repeat(3_000)}1${']'.repeat(3_000)}`,
        ),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('if x\n'.repeat(5_000), 'if x:\n'.repeat(5_000)),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('def f\n'.repeat(3_000), ' '.repeat(3_000)),
      },
      // NULs and lone surrogates, escaped in the JSON and as raw bytes.
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('\u0000'.repeat(20_000), `print("\u0000")`),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: utf8(
          '{"left":{"language":"ruby","code":"\\ud800\\udbff x = \\udc00"},"right":{"language":"python","code":"\\udfff"}}',
        ),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: Buffer.concat([
          utf8('{"left":{"language":"ruby","code":"'),
          Buffer.from([0xed, 0xa0, 0x80, 0xff, 0xc0, 0x80]),
          utf8('"},"right":{"language":"python","code":"x"}}'),
        ]),
      },
      // Huge lines, just under the body limit, and over it.
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('x'.repeat(120_000), 'y'.repeat(120_000)),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair(`s = "${'a'.repeat(120_000)}"`, `s = '${'a'.repeat(120_000)}'`),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('x = 1 + '.repeat(15_000), 'x = 1 + '.repeat(15_000)),
      },
      { method: 'POST', path: '/api/compare', headers: json, body: pair('x'.repeat(300_000), '') },
      // Chunked without a length, and a length that lies.
      {
        method: 'POST',
        path: '/api/compare',
        headers: { ...json, 'Transfer-Encoding': 'chunked' },
        body: utf8(VALID_BODY),
      },
      // Prototype keys in the body and as languages.
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: utf8('{"__proto__":{"left":1},"constructor":{"prototype":{}}}'),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('x', 'y', ['__proto__', 'constructor']),
      },
      {
        method: 'POST',
        path: '/api/compare',
        headers: json,
        body: pair('x', 'y', ['toString', 'hasOwnProperty']),
      },
      { method: 'GET', path: '/api/snippets/__proto__', headers: {}, body: Buffer.alloc(0) },
      {
        method: 'GET',
        path: '/api/snippets/constructor/prototype',
        headers: {},
        body: Buffer.alloc(0),
      },
    ];
    for (const attempt of cases) {
      const started = performance.now();
      const answer = await send(attempt);
      if (process.env['FUZZ_TIMES']) {
        console.info(
          answer.status,
          Math.round(performance.now() - started),
          attempt.body.subarray(0, 60).toString(),
        );
      }
      expectSane(answer, attempt);
    }
  }, 120_000);

  it('ran at least 1,000 requests, and still compares the lesson pair afterwards', async () => {
    expect(requests).toBeGreaterThanOrEqual(1_000);
    for (const status of [200, 400, 404, 405, 413, 415, 422]) {
      expect(
        statuses.get(status),
        `no ${status} among ${JSON.stringify([...statuses])}`,
      ).toBeGreaterThan(0);
    }
    console.info(
      `fuzz: ${requests} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    const answer = await send({
      method: 'POST',
      path: '/api/compare',
      headers: { 'Content-Type': 'application/json' },
      body: utf8(VALID_BODY),
    });
    expect(answer.status).toBe(200);
    const result = JSON.parse(answer.body) as { left: { tokens: unknown[] }; rows: unknown[] };
    expect(result.left.tokens.length).toBeGreaterThan(10);
    expect(result.rows.length).toBe(7);
  });
});
