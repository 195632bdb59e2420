// The one table from failures to statuses, including the failures no request in the other tests
// can provoke (a bug of ours must be a logged 500, never a silent 200 or a crash).
import { describe, expect, it } from 'vitest';
import { JuxtaError, type ErrorCode } from '../../src/errors.js';
import { RequestError, describeError } from '../../src/server/errors.js';

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
});
