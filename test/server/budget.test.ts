// The compare time budget: past it, 422 too-complex, and the service keeps serving.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { LESSON_BODY } from './helpers.js';

// 5,000 `if` blocks a side (170 KB of body): the engine needs a fifth of a second or more, past the
// budget below, which the lesson pair fits with room to spare even on a cold start.
const HEAVY = {
  left: { language: 'ruby', code: 'if a\n  b = 1\nend\n'.repeat(5_000) },
  right: { language: 'python', code: 'if a:\n    b = 1\n'.repeat(5_000) },
};
const BUDGET_MS = 100;
// On the event loop, so that what is measured is the engine's budget alone: a compare thread's
// start-up on a loaded machine would be refused 503 before it begins (test/server/load.test.ts
// holds the threads to the budget).

describe('the compare time budget', () => {
  it('answers 422 too-complex past the budget, and then still compares', async () => {
    const app = await createApp({ logger: false, compareTimeoutMs: BUDGET_MS, compareThreads: 0 });
    const started = performance.now();
    const res = await request(app).post('/api/compare').send(HEAVY);
    const elapsed = performance.now() - started;
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('too-complex');
    expect(res.body.error.message).toMatch(/too complex|shorter/i);
    // The budget bounds the work: nowhere near the seconds the full comparison takes.
    expect(elapsed).toBeLessThan(1_500);

    const good = await request(app).post('/api/compare').send(LESSON_BODY);
    expect(good.status).toBe(200);
  });

  it('remembers a too-complex pair, so resending it costs nothing', async () => {
    const app = await createApp({ logger: false, compareTimeoutMs: BUDGET_MS, compareThreads: 0 });
    const first = await request(app).post('/api/compare').send(HEAVY).expect(422);
    expect(first.headers['x-cache']).toBe('miss');
    const again = await request(app).post('/api/compare').send(HEAVY).expect(422);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.body).toEqual(first.body);
  });

  it('answers code nested deeper than the engine can recurse as too complex, not a 500', async () => {
    const app = await createApp({ logger: false });
    const deep = `${'('.repeat(5_000)}1${')'.repeat(5_000)}`;
    const res = await request(app)
      .post('/api/compare')
      .send({ left: { language: 'ruby', code: deep }, right: { language: 'python', code: deep } });
    // 200 once the engine walks trees without recursion; never a 5xx.
    expect([200, 422]).toContain(res.status);
    if (res.status === 422) expect(res.body.error.code).toBe('too-complex');
  });
});
