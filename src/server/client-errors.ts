/**
 * Answers for the requests Node's HTTP server refuses before express sees them: headers over the
 * size limit (431), a request its parser cannot read (400: a bad Content-Length, a malformed
 * request line or header), a client too slow to send its request (408). Node's own answers to
 * these are a bare status line; these are the service's usual JSON error, with the same security
 * headers as every other answer and a request id that the log line carries too.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { describeClientError, errorBody } from './errors.js';
import { securityHeaderList } from './security.js';

export interface ClientErrorLimits {
  /** Node's limit on the request line and headers together, in bytes. */
  maxHeaderBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export function answerClientErrors(
  server: Server,
  logger: Logger,
  limits: ClientErrorLimits,
): void {
  const security = securityHeaderList()
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  // The answer under way on each connection: another must not be written into the middle of it.
  const answering = new WeakMap<Socket, ServerResponse>();
  server.on('request', (req, res: ServerResponse) => answering.set(req.socket, res));

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const res = answering.get(socket);
    const midAnswer = res !== undefined && res.headersSent && !res.writableFinished;
    if (error.code === 'ECONNRESET' || !socket.writable || midAnswer) {
      socket.destroy();
      return;
    }
    const answer = describeClientError(error, limits);
    const body = Buffer.from(errorBody(answer));
    const id = randomUUID();
    const head =
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\n` +
      'Cache-Control: no-store\r\n' +
      `X-Request-Id: ${id}\r\n` +
      security +
      'Connection: close\r\n\r\n';
    logger.warn(
      {
        req: { id, remoteAddress: socket.remoteAddress },
        res: { statusCode: answer.status },
        err: { code: error.code, message: error.message },
      },
      'request refused by the HTTP parser',
    );
    // The connection cannot be read any further: close it once the answer is handed to the kernel,
    // or after a few seconds if a client that reads nothing keeps that from happening.
    socket.setTimeout(5_000, () => socket.destroy());
    socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]), () => socket.destroy());
  });
}
