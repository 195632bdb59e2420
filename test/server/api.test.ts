// Every endpoint of the contract's HTTP section, and every error status it promises.
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, compareMany, languages } from '../../src/index.js';
import type { CompareManyResult } from '../../src/types.js';
import { loadLibrary } from '../../src/library/load.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';
import { createApp } from '../../src/server/app.js';
import { LESSON_BODY, LESSON_ID, PYTHON, RUBY } from './helpers.js';

let app: Express;
beforeAll(async () => {
  app = await createApp({ logger: false });
});

function expectError(res: request.Response, status: number, code: string): string {
  expect(res.status).toBe(status);
  expect(res.type).toBe('application/json');
  expect(res.body).toEqual({ error: { code, message: expect.any(String) } });
  const message = (res.body as { error: { message: string } }).error.message;
  expect(message.length).toBeGreaterThan(10);
  return message;
}

describe('GET /api/languages', () => {
  it('lists what the engine lists, Ruby and Python among them', async () => {
    const res = await request(app).get('/api/languages').expect(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(languages)));
    expect(res.body).toContainEqual({ id: 'ruby', name: 'Ruby', extensions: ['.rb'] });
    expect(res.body).toContainEqual({ id: 'python', name: 'Python', extensions: ['.py'] });
  });
});

describe('GET /api/snippets', () => {
  it('lists the summaries of the bundled library', async () => {
    const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);
    const res = await request(app).get('/api/snippets').expect(200);
    expect(res.body).toHaveLength(snippets.length);
    expect(res.body).toContainEqual({
      id: LESSON_ID,
      title: expect.any(String),
      topic: 'Control flow',
      languages: ['ruby', 'python', 'java', 'elixir', 'javascript'],
    });
  });

  it('answers one snippet by its id, the `/` left plain in the path', async () => {
    const res = await request(app).get(`/api/snippets/${LESSON_ID}`).expect(200);
    expect(res.body).toMatchObject({
      id: LESSON_ID,
      title: expect.any(String),
      topic: 'Control flow',
      notes: expect.any(String),
      code: { ruby: RUBY, python: PYTHON },
    });
  });

  it('also finds the id when its `/` is percent-encoded', async () => {
    const res = await request(app).get('/api/snippets/control-flow%2Fodd-even').expect(200);
    expect(res.body).toMatchObject({ id: LESSON_ID });
  });

  it('answers 404 naming the unknown id', async () => {
    const res = await request(app).get('/api/snippets/control-flow/no-such-thing');
    const message = expectError(res, 404, 'snippet-not-found');
    expect(message).toContain('control-flow/no-such-thing');
    expect(message).toContain('GET /api/snippets');
  });
});

describe('POST /api/compare', () => {
  it('answers exactly what the engine answers for the lesson pair', async () => {
    const res = await request(app).post('/api/compare').send(LESSON_BODY).expect(200);
    expect(res.type).toBe('application/json');
    const expected = await compare(LESSON_BODY.left, LESSON_BODY.right);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(res.body.left.language).toBe('ruby');
    expect(res.body.right.language).toBe('python');
  });

  it('accepts the +json media types and ignores extra fields', async () => {
    await request(app)
      .post('/api/compare')
      .set('Content-Type', 'application/vnd.juxta+json')
      .send(JSON.stringify({ ...LESSON_BODY, theme: 'dark' }))
      .expect(200);
  });

  it('compares code with syntax errors (they are part of the answer, not a failure)', async () => {
    const res = await request(app)
      .post('/api/compare')
      .send({
        left: { language: 'ruby', code: 'if x\n  puts 1\n' },
        right: { language: 'python', code: 'if x\n    print(1)\n' },
      })
      .expect(200);
    expect(res.body.right.errors.length).toBeGreaterThan(0);
  });
});

describe('POST /api/compare with sides (N-way)', () => {
  const sides = [
    { language: 'ruby', code: RUBY },
    { language: 'python', code: PYTHON },
    { language: 'ruby', code: RUBY.replace('age.odd?', 'age % 2 == 1') },
  ];

  it('answers what compareMany answers, each pair through the cache', async () => {
    const res = await request(app).post('/api/compare').send({ sides }).expect(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(compareMany(sides))));
    expect(res.get('X-Cache')).toBe('pairs');
    expect((res.body as CompareManyResult).rows.at(-1)).toEqual({ lines: [7, null, 7] });
  });

  it('takes two sides too, and then agrees with the two-way answer', async () => {
    const res = await request(app)
      .post('/api/compare')
      .send({ sides: sides.slice(0, 2) })
      .expect(200);
    const two = compare(sides[0]!, sides[1]!);
    expect((res.body as CompareManyResult).differences.map((d) => d.summary)).toHaveLength(
      two.differences.length,
    );
  });

  it('refuses a list of the wrong length or shape with 400, an unknown language with 422', async () => {
    for (const bad of [[], [sides[0]], [...sides, ...sides], 'ruby', [sides[0], { code: 'x' }]]) {
      const res = await request(app).post('/api/compare').send({ sides: bad });
      expect(expectError(res, 400, 'invalid-body')).toMatch(/"sides/);
    }
    const res = await request(app)
      .post('/api/compare')
      .send({ sides: [sides[0], { language: 'cobol', code: 'x' }] });
    expect(expectError(res, 422, 'unknown-language')).toContain('sides[1].language');
  });
});

describe('error statuses', () => {
  it('400 for malformed JSON, quoting what the body should look like', async () => {
    const res = await request(app)
      .post('/api/compare')
      .set('Content-Type', 'application/json')
      .send('{"left": {"language": "ruby",');
    const message = expectError(res, 400, 'invalid-json');
    expect(message).toContain('"left"');
  });

  it('400 naming a missing field', async () => {
    const res = await request(app)
      .post('/api/compare')
      .send({ left: { language: 'ruby', code: RUBY } });
    expect(expectError(res, 400, 'invalid-body')).toContain('"right" is missing');
  });

  it('400 naming an ill-typed field and its type', async () => {
    const res = await request(app)
      .post('/api/compare')
      .send({ left: { language: 'ruby', code: 42 }, right: LESSON_BODY.right });
    expect(expectError(res, 400, 'invalid-body')).toContain(
      '"left.code" must be a string, not a number',
    );
  });

  it('400 when the body is JSON but not an object', async () => {
    const res = await request(app).post('/api/compare').send([1, 2]);
    expect(expectError(res, 400, 'invalid-body')).toContain('must be a JSON object');
  });

  it('400 when there is no body at all', async () => {
    const res = await request(app).post('/api/compare');
    expect(expectError(res, 400, 'invalid-body')).toContain('no body');
  });

  it('404 for an unknown /api route, listing the real ones', async () => {
    const res = await request(app).get('/api/nothing-here');
    const message = expectError(res, 404, 'not-found');
    expect(message).toContain('GET /api/nothing-here');
    expect(message).toContain('POST /api/compare');
  });

  it('404 as JSON for any other unknown path', async () => {
    expectError(await request(app).get('/no/such/page'), 404, 'not-found');
  });

  it('405 with Allow for a known path asked with the wrong method', async () => {
    const compareRes = await request(app).get('/api/compare');
    expect(expectError(compareRes, 405, 'method-not-allowed')).toContain(
      'GET is not allowed on /api/compare',
    );
    expect(compareRes.headers['allow']).toBe('POST');
    const snippetsRes = await request(app).delete(`/api/snippets/${LESSON_ID}`);
    expect(expectError(snippetsRes, 405, 'method-not-allowed')).toContain(
      `DELETE is not allowed on /api/snippets/${LESSON_ID}`,
    );
    expect(snippetsRes.headers['allow']).toBe('GET, HEAD');
    expectError(await request(app).put('/api/languages'), 405, 'method-not-allowed');
  });

  it('413 for a body over the limit, naming the limit', async () => {
    const code = 'x = 1\n'.repeat(50_000);
    const res = await request(app)
      .post('/api/compare')
      .send({ left: { language: 'ruby', code }, right: { language: 'python', code } });
    expect(expectError(res, 413, 'body-too-large')).toContain('256 KB');
  });

  it('415 for a body that is not declared as JSON', async () => {
    const res = await request(app)
      .post('/api/compare')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify(LESSON_BODY));
    expect(expectError(res, 415, 'not-json')).toContain('application/json');
    const form = await request(app).post('/api/compare').type('form').send({ left: 'x' });
    expectError(form, 415, 'not-json');
  });

  it('415 for a charset other than UTF-8', async () => {
    const res = await request(app)
      .post('/api/compare')
      .set('Content-Type', 'application/json; charset=latin1')
      .send(JSON.stringify(LESSON_BODY));
    expect(expectError(res, 415, 'not-json')).toContain('UTF-8');
  });

  it('422 for an unknown language, naming it and the known ones', async () => {
    const res = await request(app)
      .post('/api/compare')
      .send({ left: { language: 'cobol', code: 'x' }, right: LESSON_BODY.right });
    const message = expectError(res, 422, 'unknown-language');
    expect(message).toContain('cobol');
    expect(message).toContain('ruby');
    expect(message).toContain('python');
  });

  it('422 for an unknown language keeps a huge id out of the message', async () => {
    const res = await request(app)
      .post('/api/compare')
      .send({ left: LESSON_BODY.left, right: { language: 'p'.repeat(100_000), code: 'x' } });
    expect(expectError(res, 422, 'unknown-language').length).toBeLessThan(300);
  });
});
