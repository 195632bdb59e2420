import type { ChildProcess } from 'node:child_process';
// Shared by the service tests: a silent app, a log-capturing logger, temp folders, raw requests.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';

/** The lesson's pair, as the bundled library holds it. */
export const LESSON_ID = 'control-flow/odd-even';

export const RUBY = `age = 12

if age.odd?
  puts "age is odd"
else
  puts "age is even"
end
`;

export const PYTHON = `age = 12

if age % 2 == 1:
    print("age is odd")
else:
    print("age is even")
`;

export const LESSON_BODY = {
  left: { language: 'ruby', code: RUBY },
  right: { language: 'python', code: PYTHON },
};

/** A logger whose lines the test can read. */
export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** A fresh temp folder; remove it with `removeTemp`. */
export function makeTemp(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `juxta-${prefix}-`));
}

export function removeTemp(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** A copy of the bundled library in a temp folder, to add broken snippets to. */
export async function copyBundledLibrary(): Promise<string> {
  const dir = await makeTemp('library');
  await cp(DEFAULT_SNIPPETS_DIR, dir, { recursive: true });
  return dir;
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The answer's bytes as UTF-8 text, and as they came. */
  body: string;
  bytes: Buffer;
}

/**
 * One request with exactly the given bytes and headers: supertest would add a Content-Type of
 * its own, and the fuzz test needs bodies without one.
 */
export function rawRequest(
  baseUrl: string,
  options: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: Buffer;
    /**
     * Send the body in two writes, so that it arrives in two pieces: split inside the first
     * multi-byte character when there is one.
     */
    split?: boolean;
  },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(options.path ?? '/api/compare', baseUrl),
      // A fresh connection each time: a pooled one may be one the server has just closed.
      { method: options.method ?? 'POST', headers: options.headers ?? {}, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString('utf8'),
            bytes,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const body = options.body;
    if (!options.split || !body) {
      req.end(body);
      return;
    }
    const lead = body.findIndex((byte) => byte >= 0xc0);
    const cut = lead === -1 ? body.length >> 1 : lead + 1;
    req.write(body.subarray(0, cut));
    setTimeout(() => req.end(body.subarray(cut)), 5);
  });
}

/**
 * What a `juxta serve` child process writes to stderr, collected, and the URL it prints once it
 * serves (rejected when it exits first or says nothing of the kind within `timeoutMs`).
 */
export function serveOutput(child: ChildProcess): {
  stderr(): string;
  url(timeoutMs: number): Promise<string>;
} {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    stderr: () => stderr,
    url: (timeoutMs) =>
      new Promise<string>((resolve, reject) => {
        const check = () => {
          const match = /serving at (http:\/\/\S+)/.exec(stderr);
          if (!match?.[1]) return;
          clearTimeout(timer);
          child.stderr?.off('data', check);
          resolve(match[1]);
        };
        const timer = setTimeout(
          () => reject(new Error(`no URL within ${timeoutMs / 1000} s: ${stderr}`)),
          timeoutMs,
        );
        child.stderr?.on('data', check);
        child.once('exit', () => reject(new Error(`exited before serving: ${stderr}`)));
        check();
      }),
  };
}
