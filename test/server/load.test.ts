// The service under more work than it can do (src/server/compare-pool.ts): a pair that cannot
// begin within its time budget is refused at once with 503 and Retry-After; /healthz and the rest
// of the API never wait behind comparisons; a comparison that overruns its budget does not hold up
// the pairs handed to its thread after it; and a thread past its memory or comparison cap is
// replaced once idle. The threads run the misbehaving engine of fixtures/engines/, which can be
// made to take a given time whatever its budget.
import { performance } from 'node:perf_hooks';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import {
  ComparePool,
  IDLE_TRIM_BYTES,
  IDLE_TRIM_MS,
  type CompareTrace,
} from '../../src/server/compare-pool.js';
import { RequestError } from '../../src/server/errors.js';
import { startServer, type ServerHandle } from '../../src/server/serve.js';
import type { SourceInput } from '../../src/types.js';
import { LESSON_BODY } from './helpers.js';

const MISBEHAVING = new URL('./fixtures/engines/misbehaving.mjs', import.meta.url);
const SLOW_TO_LOAD = new URL('./fixtures/engines/slow-to-load.mjs', import.meta.url);
const { left: RUBY, right: PYTHON } = LESSON_BODY;
const LESSON = Buffer.from(JSON.stringify(compare(RUBY, PYTHON, { timeoutMs: 5_000 })));
/** A Ruby side that keeps its thread busy for `ms` whatever its budget, `padding` chars long. */
const busyFor = (ms: number, padding = 0): SourceInput => ({
  language: 'ruby',
  code: `wait ${ms}\n${'#'.repeat(padding)}`,
});

const pools: ComparePool[] = [];
function pool(options: Partial<ConstructorParameters<typeof ComparePool>[0]> = {}): ComparePool {
  const made = new ComparePool({ threads: 1, engineModule: MISBEHAVING, ...options });
  pools.push(made);
  return made;
}
const servers: ServerHandle[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await Promise.all(pools.map((p) => p.close()));
});

/** How long `promise` takes to settle, in ms, when (`at`, a `performance.now()`), and how. */
async function timed<T>(
  promise: Promise<T>,
): Promise<{ ms: number; at: number; value?: T; error?: unknown }> {
  const began = performance.now();
  const end = () => ({ at: performance.now(), ms: performance.now() - began });
  try {
    const value = await promise;
    return { ...end(), value };
  } catch (error) {
    return { ...end(), error };
  }
}

/** A pool whose thread has started and compared once, so that timings leave out its start. */
async function warm(threads: ComparePool): Promise<ComparePool> {
  expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(LESSON);
  return threads;
}

describe('admission', () => {
  it('refuses at once, with Retry-After, a pair that the queued work would not let start in time', async () => {
    const threads = pool();
    // 200,000 characters: before any large pair has been measured, the guess of their cost is
    // 800 ms each (0.004 ms a character), so a budget of 2 s leaves room for 1.2 s of waiting:
    // two of them are taken, and the third would have to wait 1.6 s.
    const taken = [0, 1].map(() => threads.run(busyFor(300, 200_000), PYTHON, 2_000));
    const refused = await timed(threads.run(busyFor(300, 200_000), PYTHON, 2_000));
    expect(refused.error).toBeInstanceOf(RequestError);
    expect(refused.error).toMatchObject({ code: 'busy' });
    expect(refused.ms).toBeLessThan(50);
    const retryAfter = Number((refused.error as RequestError).headers['Retry-After']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
    expect((refused.error as Error).message).toMatch(/time budget of 2 s\. Try again in \d+ s\./);
    // The pairs it took are compared.
    for (const answer of await Promise.all(taken))
      expect(JSON.parse(String(answer))).toHaveProperty('rows');
    expect(threads.stats.refused).toBe(1);
  });

  it('answers 503 at its start deadline a pair still waiting then, not once a thread is free', async () => {
    const threads = await warm(pool());
    // Small pairs, so the estimate lets them all in; each in fact holds the thread for 700 ms.
    const pairs = [0, 1, 2, 3].map(() => timed(threads.run(busyFor(700), PYTHON, 1_000)));
    const [first, second, third, fourth] = await Promise.all(pairs);
    expect(first?.error).toBeUndefined();
    // The second starts 700 ms in, within its 1 s (less its estimated cost) to start.
    expect(second?.error).toBeUndefined();
    // The third and fourth cannot start by then: refused at the deadline, about 1 s in.
    for (const late of [third, fourth]) {
      expect(late?.error).toMatchObject({ code: 'busy' });
      expect(late?.ms).toBeGreaterThan(900);
      expect(late?.ms).toBeLessThan(1_400);
    }
  });

  it('compares a pair that waited with what is left of its budget, and answers 503 when that runs out', async () => {
    const threads = await warm(pool());
    const needs = (ms: number): SourceInput => ({ language: 'ruby', code: `need ${ms}` });
    // Alone, a pair that needs 700 ms fits its 1 s budget, and one that needs 1.2 s does not.
    expect(JSON.parse(String(await threads.run(needs(700), PYTHON, 1_000)))).toHaveProperty('rows');
    await expect(threads.run(needs(1_200), PYTHON, 1_000)).rejects.toMatchObject({
      code: 'too-complex',
    });
    // Behind 500 ms of other work, the first starts with about half its budget left and runs out:
    // the service was too busy, the pair not too complex.
    const ahead = threads.run(busyFor(500), PYTHON, 1_000);
    const behind = await timed(threads.run(needs(700), PYTHON, 1_000));
    expect(behind.error).toMatchObject({ code: 'busy' });
    expect((behind.error as Error).message).toMatch(/could begin this one only after 0\.\d s/);
    // Answered within its budget from when it arrived, not a budget after it began.
    expect(behind.ms).toBeLessThan(1_400);
    await ahead;
  });

  it.runIf(process.platform === 'linux')(
    'answers 503, not 422, a pair that ran out of time while its thread was kept off the processors',
    async () => {
      const threads = await warm(pool());
      // Asleep through its 1.5 s budget: off the processors, as a thread is on a machine busy
      // with other work. Large enough (20,000 characters) for the thread to read its CPU time.
      const starved: SourceInput = { language: 'ruby', code: `sleep 2000\n${'#'.repeat(20_000)}` };
      const answer = await timed(threads.run(starved, PYTHON, 1_500));
      expect(answer.error).toMatchObject({ code: 'busy' });
      expect((answer.error as Error).message).toMatch(
        /busy with other work: this comparison had a processor for only 0\.\d s of the 1\.\d s it was given/,
      );
      // On a budget under a second the share of a processor tells too little: too complex, as
      // before, however the thread was kept.
      const short: SourceInput = { language: 'ruby', code: `sleep 2000\n${'#'.repeat(20_000)}` };
      await expect(threads.run(short, PYTHON, 500)).rejects.toMatchObject({ code: 'too-complex' });
    },
  );

  it('answers 503 with Retry-After and a JSON body over HTTP, before reading the body', async () => {
    const app = await createApp({
      logger: false,
      cache: false,
      compareThreads: 1,
      engineModule: MISBEHAVING,
      compareTimeoutMs: 2_000,
    });
    const body = { left: busyFor(400, 100_000), right: PYTHON };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => timed(request(app).post('/api/compare').send(body))),
    );
    const statuses = answers.map((a) => a.value?.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    for (const answer of answers.filter((a) => a.value?.status === 503)) {
      const res = answer.value as request.Response;
      expect(res.body.error.code).toBe('busy');
      expect(res.body.error.message).toMatch(/Try again in \d+ s/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
  });
});

describe('the rest of the service while the compare threads are busy', () => {
  it('answers /healthz and /api/languages at once', async () => {
    const handle = await startServer({
      port: 0,
      host: '127.0.0.1',
      logger: false,
      cache: false,
      compareThreads: 1,
      engineModule: MISBEHAVING,
    });
    servers.push(handle);
    const body = JSON.stringify({ left: busyFor(1_500), right: PYTHON });
    const compares = Array.from({ length: 3 }, () =>
      fetch(`${handle.url}/api/compare`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      }),
    );
    // Let the first pair reach its thread.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const probes: number[] = [];
    for (let i = 0; i < 20; i++) {
      for (const path of ['/healthz', '/api/languages']) {
        const probe = await timed(fetch(`${handle.url}${path}`));
        expect((probe.value as Response).status).toBe(200);
        probes.push(probe.ms);
      }
    }
    // Behind a comparison they would wait a second or more; 300 ms leaves room for a busy machine.
    expect(Math.max(...probes)).toBeLessThan(300);
    for (const res of await Promise.all(compares)) expect([200, 503]).toContain(res.status);
  });
});

describe('the watchdog', () => {
  it('moves the pairs queued behind a comparison past its budget to another thread', async () => {
    const threads = await warm(pool());
    // Ignores its 200 ms budget and holds its thread for 3 s.
    const overrun = timed(threads.run(busyFor(3_000), PYTHON, 200));
    // Handed to the same thread right behind it (a thread is handed up to four at once).
    const behind = [0, 1, 2].map(() => timed(threads.run(RUBY, PYTHON, 5_000)));
    const answers = await Promise.all(behind);
    const finished = await overrun;
    for (const answer of answers) {
      expect(answer.value).toEqual(LESSON);
      // Answered by a new thread, while the overrunning one was still on its pair.
      expect(answer.at).toBeLessThan(finished.at - 500);
    }
    expect(threads.stats.overruns).toBe(1);
    expect(threads.stats.spawned).toBe(2);
    // The overrunning thread was not stopped: it finished its pair, and was then ended.
    expect(finished.error).toBeUndefined();
    expect(finished.ms).toBeGreaterThan(2_900);
    await threads.idle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(threads.started).toBe(1);
  });

  it('leaves alone a thread that answered in time when the busy event loop reads the answer late', async () => {
    const threads = await warm(pool());
    const trace: CompareTrace = {};
    // Takes 100 ms of its 300 ms budget; the watchdog would call it overrunning 800 ms in.
    const answer = threads.run(busyFor(100), PYTHON, 300, undefined, trace);
    // Handed to the same thread behind it: the watchdog would move it to a new thread.
    const behind = threads.run(RUBY, PYTHON, 5_000);
    while (trace.began === undefined) await new Promise((resolve) => setImmediate(resolve));
    // The event loop is busy for 1.5 s: the thread answers meanwhile, and the watchdog's timer,
    // due by then, runs before the answer is read (timers come before messages in a turn).
    const until = performance.now() + 1_500;
    while (performance.now() < until);
    expect(JSON.parse(String(await answer))).toHaveProperty('rows');
    expect(await behind).toEqual(LESSON);
    expect(threads.stats).toMatchObject({ overruns: 0, spawned: 1 });
  });
});

describe('a thread that is still loading its engine', () => {
  it('is waited for at the service’s start, and within the start deadlines once a thread has been ready', async () => {
    const threads = pool({ engineModule: SLOW_TO_LOAD, recycleAfter: 1 });
    // The first pair waits for the first thread to load (1 s), however short its budget.
    const first = await timed(threads.run(RUBY, PYTHON, 500));
    expect(first.value).toEqual(LESSON);
    expect(first.ms).toBeGreaterThan(900);
    // That thread is replaced after one comparison. A pair that cannot start within its budget
    // while the new one loads is answered 503 at its start deadline, not compared a second late.
    const second = await timed(threads.run(RUBY, PYTHON, 500));
    expect(second.error).toMatchObject({ code: 'busy' });
    expect(second.ms).toBeLessThan(900);
    expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(LESSON);
  });
});

describe('recycling', () => {
  it('replaces a thread after a number of comparisons, once it has finished what it was handed', async () => {
    const threads = pool({ recycleAfter: 3 });
    // The first thread is handed up to four pairs at a time: once it has compared three it holds
    // the next three, finishes them, and is replaced; the seventh pair goes to a new thread.
    const answers = await Promise.all(
      Array.from({ length: 7 }, () => threads.run(RUBY, PYTHON, 5_000)),
    );
    expect(answers).toEqual(Array.from({ length: 7 }, () => LESSON));
    expect(threads.stats).toMatchObject({ spawned: 2, recycled: 1, overruns: 0 });
    await threads.idle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(threads.started).toBe(1);
  });

  it('answers a pair that passes the hard heap cap as too complex, and compares on', async () => {
    // Holding 128 MB passes a 64 MB cap: V8 ends the thread mid-comparison.
    const threads = await warm(pool({ maxHeapMb: 64 }));
    const holding = threads.run({ language: 'ruby', code: 'hold 128' }, PYTHON, 5_000);
    await expect(holding).rejects.toMatchObject({ name: 'JuxtaError', code: 'too-complex' });
    await expect(holding).rejects.toThrow(/too large to compare in the memory/);
    expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(LESSON);
    expect(threads.stats.spawned).toBe(2);
  });

  it('replaces a thread whose heap passes its cap, once it is idle', async () => {
    const threads = await warm(pool({ heapRecycleBytes: 96 * 1024 * 1024 }));
    expect(threads.stats.recycled).toBe(0);
    // Keeps 128 MB of the thread's heap alive.
    const holding = threads.run({ language: 'ruby', code: 'hold 128' }, PYTHON, 5_000);
    const after = threads.run(RUBY, PYTHON, 5_000);
    expect(JSON.parse(String(await holding))).toHaveProperty('rows');
    expect(await after).toEqual(LESSON);
    expect(threads.stats).toMatchObject({ spawned: 1, recycled: 1 });
    // A new thread takes the next pair; it starts with a small heap and is kept.
    expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(LESSON);
    expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(LESSON);
    expect(threads.stats).toMatchObject({ spawned: 2, recycled: 1 });
  });

  it('ends a thread left idle with a large heap reserved, and keeps one that compared lessons', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, IDLE_TRIM_MS + 500));
    const threads = await warm(pool());
    for (let i = 0; i < 20; i++) expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(LESSON);
    await pause();
    expect(threads.started).toBe(1);
    // Keeps as much again as the trim size alive on the thread, so its heap is past it.
    const mb = Math.ceil(IDLE_TRIM_BYTES / 1024 / 1024);
    const holding = threads.run({ language: 'ruby', code: `hold ${mb}` }, PYTHON, 5_000);
    expect(JSON.parse(String(await holding))).toHaveProperty('rows');
    expect(threads.started).toBe(1);
    await pause();
    expect(threads.started).toBe(0);
    expect(threads.stats).toMatchObject({ spawned: 1, trimmed: 1, recycled: 0 });
    // The next pair starts a new thread.
    expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(LESSON);
    expect(threads.stats).toMatchObject({ spawned: 2, trimmed: 1 });
  });
});
