// Requests written byte for byte on a plain TCP socket: for what no HTTP client sends (malformed
// requests, oversized headers, no Content-Length at all) and for clients that send slowly.
import { connect } from 'node:net';

export interface RawExchange {
  status: number;
  /** The first answer's headers, names lower-cased. */
  headers: Record<string, string>;
  /** The first answer's body, by its Content-Length. */
  body: string;
  /** Whatever came after the first answer (a second answer on the same connection). */
  rest: string;
  /** When the server closed the connection, in ms from the first byte written. */
  closedAfterMs: number;
}

/**
 * Writes `parts` to a fresh connection, `gapMs` apart (all at once by default), and resolves
 * once the server closes it, with the first answer parsed. Writing stops when the server closes.
 * Rejects if the server has not closed it within `timeoutMs`.
 */
export function rawExchange(
  baseUrl: string,
  parts: string | string[],
  { gapMs = 0, timeoutMs = 10_000 }: { gapMs?: number; timeoutMs?: number } = {},
): Promise<RawExchange> {
  const url = new URL(baseUrl);
  const pieces = typeof parts === 'string' ? [parts] : parts;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    let started = 0;
    let writer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server did not close the connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => {
      started = performance.now();
      let next = 0;
      const write = (): void => {
        if (socket.destroyed || socket.writableEnded) return;
        socket.write(pieces[next++] as string, 'latin1');
        if (next < pieces.length) writer = setTimeout(write, gapMs);
      };
      write();
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A write after the server closed may fail with EPIPE or ECONNRESET: what was read counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      clearTimeout(writer);
      const closedAfterMs = performance.now() - started;
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      if (end === -1) {
        resolve({ status: 0, headers: {}, body: '', rest: text, closedAfterMs });
        return;
      }
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const bodyBytes = Buffer.from(text.slice(end + 4), 'utf8');
      const length = Number(headers['content-length'] ?? bodyBytes.length);
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: bodyBytes.subarray(0, length).toString('utf8'),
        rest: bodyBytes.subarray(length).toString('utf8'),
        closedAfterMs,
      });
    });
  });
}
