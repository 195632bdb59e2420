// The compare threads (src/server/compare-pool.ts): they answer exactly what the engine answers on
// the event loop, errors included; they take pairs in turn; a thread that ends is replaced; and
// they neither keep an idle process alive nor let a busy one exit early. The threads run the built
// engine (`npm test` builds first), and the misbehaving engines of fixtures/engines/.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { JuxtaError, compare } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { CompareAbandoned, ComparePool } from '../../src/server/compare-pool.js';
import type { SourceInput } from '../../src/types.js';
import { LESSON_BODY } from './helpers.js';

const engine = (name: string) => new URL(`./fixtures/engines/${name}.mjs`, import.meta.url);
const MISBEHAVING = engine('misbehaving');
const { left: RUBY, right: PYTHON } = LESSON_BODY;
const ruby = (code: string): SourceInput => ({ language: 'ruby', code });
const python = (code: string): SourceInput => ({ language: 'python', code });

const pools: ComparePool[] = [];
/** A pool of its own for one test, closed after the file. */
function pool(threads: number, engineModule?: URL): ComparePool {
  const made = new ComparePool({ threads, engineModule });
  pools.push(made);
  return made;
}
afterAll(() => Promise.all(pools.map((p) => p.close())));

/** What the same pair gives on the event loop, as JSON (UTF-8 bytes, as the threads answer). */
const onEventLoop = (left: SourceInput, right: SourceInput) =>
  Buffer.from(JSON.stringify(compare(left, right, { timeoutMs: 5_000 })));

describe('a compare thread', () => {
  it('answers exactly what the engine answers on the event loop', async () => {
    const threads = pool(1);
    const pairs: [SourceInput, SourceInput][] = [
      [RUBY, PYTHON],
      [
        ruby('def greet(name)\n  "Hi #{name}"\nend\n'),
        python('def greet(name):\n    return f"Hi {name}"\n'),
      ],
      [ruby('if x\n  y(\n'), python('if x\n    y(\n')],
      [ruby(''), python('')],
      [ruby('puts "\u{1F600} \uD800"'), python('print("\u{1F600} \uD800")')],
    ];
    for (const [left, right] of pairs) {
      expect(await threads.run(left, right, 5_000)).toEqual(onEventLoop(left, right));
    }
  });

  it('passes on the engine’s errors as the engine threw them, and keeps comparing', async () => {
    const threads = pool(1, MISBEHAVING);
    const unknown = threads.run({ language: 'cobol', code: 'x' }, PYTHON, 5_000);
    await expect(unknown).rejects.toBeInstanceOf(JuxtaError);
    await expect(unknown).rejects.toMatchObject({ code: 'unknown-language' });

    const heavy = threads.run(
      ruby('if a\n  b = 1\nend\n'.repeat(5_000)),
      python('if a:\n    b = 1\n'.repeat(5_000)),
      50,
    );
    await expect(heavy).rejects.toMatchObject({ name: 'JuxtaError', code: 'too-complex' });

    // A bug: not a JuxtaError, so the service answers it as an internal error.
    const broken = threads.run(ruby('throw'), PYTHON, 5_000);
    await expect(broken).rejects.not.toBeInstanceOf(JuxtaError);
    await expect(broken).rejects.toMatchObject({ name: 'TypeError', message: 'the engine broke' });

    expect(await threads.run(RUBY, PYTHON, 5_000)).toEqual(onEventLoop(RUBY, PYTHON));
    expect(threads.started).toBe(1);
  });
});

describe('a pool of threads', () => {
  it('compares many pairs at once, in turn, on no more threads than it has', async () => {
    const threads = pool(2);
    const pairs = Array.from({ length: 24 }, (_, i): [SourceInput, SourceInput] => [
      ruby(`x = ${i}\nputs x`),
      python(`x = ${i}\nprint(x)`),
    ]);
    const answers = await Promise.all(pairs.map(([l, r]) => threads.run(l, r, 5_000)));
    expect(answers).toEqual(pairs.map(([l, r]) => onEventLoop(l, r)));
    expect(threads.started).toBe(2);
  });

  it('drops a pair whose client went away while it waited, and compares the rest', async () => {
    const threads = pool(1, MISBEHAVING);
    const busy = threads.run(ruby('wait 300'), PYTHON, 5_000);
    // More than a thread is handed at once, so the ones after them wait in the pool.
    const fillers = Array.from({ length: 10 }, () => threads.run(RUBY, PYTHON, 5_000));
    let asked = 0;
    const gone = threads.run(RUBY, PYTHON, 5_000, () => {
      asked++;
      return true;
    });
    const after = threads.run(RUBY, PYTHON, 5_000, () => false);
    await expect(gone).rejects.toBeInstanceOf(CompareAbandoned);
    expect(asked).toBeGreaterThan(0);
    expect(await after).toEqual(onEventLoop(RUBY, PYTHON));
    await busy;
    await Promise.all(fillers);
  });

  it('replaces a thread that ends: its pair fails, the pairs it had not begun are compared', async () => {
    const threads = pool(1, MISBEHAVING);
    const dying = threads.run(ruby('exit 3'), PYTHON, 5_000);
    const behind = [threads.run(RUBY, PYTHON, 5_000), threads.run(RUBY, PYTHON, 5_000)];
    await expect(dying).rejects.toThrow('A compare thread stopped unexpectedly (exit code 3).');
    for (const answer of behind) expect(await answer).toEqual(onEventLoop(RUBY, PYTHON));
    expect(threads.started).toBe(1);
  });

  it('says what is wrong with an engine module that cannot run', async () => {
    await expect(pool(1, engine('fails-to-load')).run(RUBY, PYTHON, 5_000)).rejects.toThrow(
      'this engine cannot load',
    );
    await expect(pool(1, engine('no-compare')).run(RUBY, PYTHON, 5_000)).rejects.toThrow(
      /no-compare\.mjs has no `compare` function to run/,
    );
  });

  it('waits for the work under way when idle() or close() is asked, then takes no more', async () => {
    const threads = pool(1, MISBEHAVING);
    const busy = threads.run(ruby('wait 200'), PYTHON, 5_000);
    let done = false;
    void busy.then(() => (done = true));
    await threads.idle();
    expect(done).toBe(true);

    const last = threads.run(ruby('wait 100'), PYTHON, 5_000);
    await threads.close();
    expect(await last).toEqual(onEventLoop(ruby('wait 100'), PYTHON));
    expect(threads.closed).toBe(true);
    await expect(threads.run(RUBY, PYTHON, 5_000)).rejects.toThrow('The compare pool is closed.');
  });

  it('refuses a pool without threads', () => {
    expect(() => new ComparePool({ threads: 0 })).toThrow(/at least one thread/);
  });
});

describe('a process with compare threads', () => {
  const POOL = new URL('../../dist/src/server/compare-pool.js', import.meta.url).href;

  /** Runs an ES module script in a fresh node process; resolves to its exit code and output. */
  async function runScript(
    script: string,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'juxta-pool-'));
    const file = join(dir, 'script.mjs');
    await writeFile(file, script);
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    await rm(dir, { recursive: true, force: true });
    return { code, stdout, stderr };
  }

  it('stays alive while a thread compares, then exits cleanly with the threads idle', async () => {
    // Nothing awaits the comparisons: only the busy threads keep the process alive to print them.
    // Hundreds of them leave trees for the threads' finalizers as the process exits.
    const { code, stdout, stderr } = await runScript(`
      const { sharedComparePool } = await import(${JSON.stringify(POOL)});
      const pool = sharedComparePool(2);
      const pair = [{ language: 'ruby', code: 'puts 1' }, { language: 'python', code: 'print(1)' }];
      const runs = Array.from({ length: 400 }, () => pool.run(...pair, 5000));
      Promise.all(runs).then((answers) => {
        const counts = new Set(answers.map((json) => JSON.parse(String(json)).differences.length));
        console.log('answers', answers.length, 'differences', [...counts].join(' '));
      });
    `);
    expect(stderr).toBe('');
    const expected = compare(ruby('puts 1'), python('print(1)')).differences.length;
    expect(stdout).toBe(`answers 400 differences ${expected}\n`);
    expect(code).toBe(0);
  });
});

describe('the service on compare threads', () => {
  it('answers exactly as it does comparing on the event loop', async () => {
    const threaded = await createApp({ logger: false, cache: false, compareThreads: 1 });
    const inline = await createApp({ logger: false, cache: false, compareThreads: 0 });
    const a = await request(threaded).post('/api/compare').send(LESSON_BODY).expect(200);
    const b = await request(inline).post('/api/compare').send(LESSON_BODY).expect(200);
    expect(a.text).toBe(b.text);
  });

  it('answers an engine that breaks with a 500 that names no internals, and keeps serving', async () => {
    const app = await createApp({ logger: false, cache: false, engineModule: MISBEHAVING });
    for (const code of ['throw', 'exit 7']) {
      const res = await request(app)
        .post('/api/compare')
        .send({ left: ruby(code), right: PYTHON })
        .expect(500);
      expect(res.body.error.code).toBe('internal-error');
      expect(res.text).not.toMatch(/TypeError|exit code|misbehaving/);
    }
    await request(app).post('/api/compare').send(LESSON_BODY).expect(200);
  });

  it('refuses a number of threads that is not a whole number', async () => {
    await expect(createApp({ logger: false, compareThreads: -1 })).rejects.toThrow(RangeError);
    await expect(createApp({ logger: false, compareThreads: 1.5 })).rejects.toThrow(/whole number/);
  });
});
