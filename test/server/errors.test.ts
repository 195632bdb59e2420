// The one table from failures to statuses, including the failures no request in the other tests
// can provoke (a bug of ours must be a logged 500, never a silent 200 or a crash).
import { describe, expect, it } from 'vitest';
import { JuxtaError, type ErrorCode } from '../../src/errors.js';
import { RequestError, describeClientError, describeError } from '../../src/server/errors.js';

describe('describeError', () => {
  it('maps every JuxtaError code a request can meet to its contract status', () => {
    const expected: Partial<Record<ErrorCode, number>> = {
      'unknown-language': 422,
      'too-complex': 422,
      'snippet-not-found': 404,
      'invalid-input': 400,
    };
    for (const [code, status] of Object.entries(expected)) {
      const answer = describeError(new JuxtaError(code as ErrorCode, 'what to fix'));
      expect(answer).toMatchObject({ status, code, message: 'what to fix', internal: false });
    }
  });

  it('keeps the headers of a RequestError', () => {
    const answer = describeError(new RequestError('method-not-allowed', 'm', { Allow: 'POST' }));
    expect(answer).toMatchObject({ status: 405, headers: { Allow: 'POST' } });
  });

  it('answers an unexpected error as a logged 500 that asks for the request id', () => {
    const answer = describeError(
      new TypeError("Cannot read properties of undefined (reading 'x')"),
    );
    expect(answer.status).toBe(500);
    expect(answer.code).toBe('internal-error');
    expect(answer.internal).toBe(true);
    expect(answer.message).toContain('X-Request-Id');
    // The internals of the failure are for the log, not for the client.
    expect(answer.message).not.toContain('reading');
    expect(describeError('thrown string').status).toBe(500);
    expect(describeError(undefined).status).toBe(500);
  });

  it('answers a stack overflow on deeply nested input as too complex, but logs it', () => {
    let overflow: unknown;
    const recurse = (n: number): number => recurse(n + 1) + 1;
    try {
      recurse(0);
    } catch (error) {
      overflow = error;
    }
    expect(describeError(overflow)).toMatchObject({
      status: 422,
      code: 'too-complex',
      internal: true,
    });
  });

  it('maps body-parser failures by their type', () => {
    const parserError = (type: string, status: number) =>
      Object.assign(new Error(`failure of type ${type}`), { type, status, expose: true });
    expect(describeError(parserError('entity.parse.failed', 400)).code).toBe('invalid-json');
    expect(describeError(parserError('entity.too.large', 413)).status).toBe(413);
    expect(describeError(parserError('encoding.unsupported', 415)).status).toBe(415);
    expect(describeError(parserError('charset.unsupported', 415)).status).toBe(415);
    expect(describeError(parserError('request.aborted', 400)).status).toBe(400);
    expect(describeError(parserError('something.new', 400))).toMatchObject({
      status: 400,
      code: 'bad-request',
    });
    // body-parser's own bugs (a stream read twice) are ours to fix, so 500.
    expect(describeError(parserError('stream.not.readable', 500)).status).toBe(500);
  });

  it('answers send’s 416 as range-not-satisfiable, keeping its Content-Range', () => {
    const error = Object.assign(new Error('Range Not Satisfiable'), {
      status: 416,
      expose: true,
      headers: { 'Content-Range': 'bytes */249' },
    });
    expect(describeError(error)).toMatchObject({
      status: 416,
      code: 'range-not-satisfiable',
      headers: { 'Content-Range': 'bytes */249' },
      internal: false,
    });
  });
});

describe('describeClientError', () => {
  const limits = { maxHeaderBytes: 16_384, headersTimeoutMs: 20_000, requestTimeoutMs: 30_000 };
  const nodeError = (code: string, reason?: string) =>
    Object.assign(new Error(`Parse Error: ${reason ?? code}`), { code, reason });

  it('maps the errors of Node’s HTTP server to statuses, with messages that say what to do', () => {
    const cases: [string, number, string, RegExp][] = [
      ['HPE_HEADER_OVERFLOW', 431, 'headers-too-large', /limit of 16 KB/],
      ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'request-timeout', /within 20 s .* within 30 s/],
      ['HPE_CHUNK_EXTENSIONS_OVERFLOW', 413, 'body-too-large', /chunk extensions/],
      ['HPE_INVALID_CONTENT_LENGTH', 400, 'bad-request', /Content-Length/],
      ['HPE_UNEXPECTED_CONTENT_LENGTH', 400, 'bad-request', /Transfer-Encoding/],
      ['HPE_INVALID_METHOD', 400, 'bad-request', /not well-formed HTTP\/1\.1 \(Invalid method\)/],
    ];
    for (const [code, status, answerCode, message] of cases) {
      const reason = code === 'HPE_INVALID_METHOD' ? 'Invalid method' : undefined;
      const answer = describeClientError(nodeError(code, reason), limits);
      expect(answer, code).toMatchObject({ status, code: answerCode, internal: false });
      expect(answer.message, code).toMatch(message);
    }
  });
});
