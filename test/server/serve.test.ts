// startServer on a real port, and a close that lets a request in flight finish.
import { execFile, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { isInstalled } from '../../src/library/run.js';
import { startServer, type ServerHandle } from '../../src/server/serve.js';
import { LESSON_BODY, makeTemp, rawRequest, removeTemp, serveOutput } from './helpers.js';

const run = promisify(execFile);

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

  it('gives a slow client a large answer whole when shutdown begins while it is being sent', async ({
    skip,
  }) => {
    if (!(await isInstalled('python3'))) {
      const why = 'python3 is not installed, so there is no client with a small receive buffer';
      if (process.env.CI === 'true') throw new Error(`${why}; CI=true requires it`);
      skip(why);
    }
    const server = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    handle = server;
    // Shutdown begins the moment the answer is ended: all of it is then still to be written out.
    let closing: Promise<void> | undefined;
    server.server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        const ended = end(...args);
        closing = server.close();
        return ended;
      }) as typeof res.end;
    });
    // A client with a 4 KB receive buffer that waits a second before it reads: of the 5.5 MB
    // answer, the kernel takes at most its send buffer (4 MB at most here), and the rest waits in
    // the server's socket. It prints the status, how much of the body it got, and Content-Length.
    const client = `
import json, socket, sys, time
body = json.dumps({'left': {'language': 'ruby', 'code': 'if a\\n  b = 1\\nend\\n' * 6500},
                   'right': {'language': 'python', 'code': 'if a:\\n    b = 1\\n' * 6500}}).encode()
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
s.connect(('127.0.0.1', int(sys.argv[1])))
s.sendall(b'POST /api/compare HTTP/1.1\\r\\nHost: juxta\\r\\nContent-Type: application/json\\r\\n'
          b'Content-Length: %d\\r\\n\\r\\n' % len(body) + body)
first = s.recv(4096)
time.sleep(1)
chunks = [first]
while chunks[-1]:
    chunks.append(s.recv(65536))
head, _, rest = b''.join(chunks).partition(b'\\r\\n\\r\\n')
length = [int(l.split(b':')[1]) for l in head.split(b'\\r\\n') if l.lower().startswith(b'content-length:')]
print(json.dumps({'status': head.split(b' ')[1].decode(), 'body': len(rest), 'length': length[0]}))
`;
    const { stdout } = await run('python3', ['-c', client, new URL(server.url).port]);
    const answer = JSON.parse(stdout) as { status: string; body: number; length: number };
    expect(answer.status).toBe('200');
    expect(answer.length).toBeGreaterThan(5_000_000);
    expect(answer.body).toBe(answer.length);
    expect(closing).toBeDefined();
    await closing;
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

describe('signals', () => {
  const BIN = fileURLToPath(new URL('../../bin/juxta.js', import.meta.url));

  /** `juxta serve` in a child process on one compare thread, once it says where it serves. */
  async function serveChild(): Promise<{
    url: string;
    signal: (name: NodeJS.Signals) => void;
    exited: Promise<{ code: number | null; signal: string | null; stderr: string }>;
  }> {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, LOG_LEVEL: 'silent', COMPARE_THREADS: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const output = serveOutput(child);
    const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>(
      (done) =>
        child.once('exit', (code, signal) => done({ code, signal, stderr: output.stderr() })),
    );
    const url = await output.url(20_000);
    return { url, signal: (name) => child.kill(name), exited };
  }

  it('a second SIGTERM while a thread compares exits 1, without an abort, once the thread is done', async () => {
    // Stopping a thread inside tree-sitter aborts the process (exit 134, "terminate called …
    // Napi::Error"), and process.exit stops the threads: so the second signal cuts the
    // connections and exits only once the thread is out of its comparison. Three rounds, the
    // signals at different points of the comparison, because an exit that cut the thread would
    // abort only when it fell inside a parse.
    for (const delayMs of [100, 250, 400]) {
      const service = await serveChild();
      const heavy = fetch(`${service.url}/api/compare`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          left: { language: 'ruby', code: 'if a\n  b = 1\nend\n'.repeat(6_000) },
          right: { language: 'python', code: 'if a:\n    b = 1\n'.repeat(6_000) },
        }),
      }).then((res) => res.status);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      service.signal('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 20));
      service.signal('SIGTERM');
      const second = performance.now();
      // The connection is cut rather than answered: the comparison was still under way.
      await expect(heavy).rejects.toThrow();
      const { code, signal, stderr } = await service.exited;
      expect({ code, signal, round: delayMs }).toEqual({ code: 1, signal: null, round: delayMs });
      expect(stderr).not.toMatch(/terminate called|Aborted|Napi/);
      // Within the comparison's time budget (5 s) and a margin.
      expect(performance.now() - second).toBeLessThan(6_000);
    }
  });

  it('a third signal exits 1 at once, while a comparison still holds the thread', async () => {
    // A service whose thread runs a stand-in engine that spins in JavaScript for 30 s ("wait"):
    // the second signal waits for it, the third does not (and stopping a thread outside
    // tree-sitter is safe, so this exit cannot abort).
    const serve = new URL('../../dist/src/server/serve.js', import.meta.url).href;
    const engine = new URL('./fixtures/engines/misbehaving.mjs', import.meta.url).href;
    const script = `
      const { startServer, installShutdown } = await import(${JSON.stringify(serve)});
      const handle = await startServer({ port: 0, host: '127.0.0.1', logger: false,
        compareThreads: 1, engineModule: ${JSON.stringify(engine)} });
      installShutdown(handle);
      console.log(handle.url);
    `;
    // A file, not `-e`: the threads inherit the process's flags, and `--input-type` fails them.
    const dir = await makeTemp('signals');
    const file = join(dir, 'serve.mjs');
    await writeFile(file, script);
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    const url = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
    );
    const held = fetch(`${url}/api/compare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...LESSON_BODY, left: { language: 'ruby', code: 'wait 30000' } }),
    }).catch(() => 'cut');
    const pause = () => new Promise((resolve) => setTimeout(resolve, 200));
    // Time for the request to reach the thread, on a busy machine too.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    child.kill('SIGTERM');
    await pause();
    child.kill('SIGTERM');
    await pause();
    expect(child.exitCode).toBeNull();
    const third = performance.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(performance.now() - third).toBeLessThan(2_000);
    expect(await held).toBe('cut');
    await removeTemp(dir);
  });
});
