/**
 * `juxta serve` as a process: it serves on the port it is given and stops cleanly on SIGTERM,
 * finishing what it was doing and exiting with status 0.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serveOutput } from '../server/helpers.js';

const BIN = fileURLToPath(new URL('../../bin/juxta.js', import.meta.url));

describe('juxta serve', () => {
  it('serves, then shuts down gracefully on SIGTERM with exit status 0, finishing a comparison under way', async () => {
    // COMPARE_THREADS sets the default of --compare-threads: this server compares on two threads.
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, LOG_LEVEL: 'silent', COMPARE_THREADS: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const output = serveOutput(child);
    const url = await output.url(20_000);
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });

    // A comparison that takes a while, on a compare thread: SIGTERM while it runs lets it finish
    // and answer, and only then does the process exit, cleanly (a thread stopped mid-parse would
    // abort it).
    const heavy = fetch(`${url}/api/compare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        left: { language: 'ruby', code: 'if a\n  b = 1\nend\n'.repeat(3_000) },
        right: { language: 'python', code: 'if a:\n    b = 1\n'.repeat(3_000) },
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGTERM');
    const answer = await heavy;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(3_000);
    expect(await exited).toBe(0);
    expect(output.stderr()).not.toMatch(/terminate called|Aborted/);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
