/**
 * Reads a JSON request body into `req.body`. Nearly every client sends the compare body the same
 * way (`Content-Type: application/json`, a `Content-Length`, no `Content-Encoding`); that case is
 * read here directly, which spares body-parser's general machinery (type and charset parsing, a
 * charset decoder stream) on every request. Everything else (other JSON types and charsets,
 * compressed or chunked bodies, bodies over the limit) goes to `express.json`, so limits and
 * errors are the same either way: the errors raised here carry body-parser's `type`s and
 * messages, and `errors.ts` turns them into answers.
 *
 * Two things are refused here that body-parser lets through: a charset other than UTF-8 (it
 * decodes any `utf-*`; JSON is UTF-8, RFC 8259), and an empty body (it reads as `{}`, and a body
 * declared as JSON with none at all is skipped, to be answered as not JSON).
 */
import type { IncomingMessage } from 'node:http';
import express, { type RequestHandler } from 'express';

/** `application/json`, bare or with a UTF-8 charset: what the fast path reads. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/** The charset parameter of a content type, lower-cased and unquoted; `undefined` when none. */
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i;

/** An error shaped like body-parser's (`http-errors` with a `type`), for `errors.ts`. */
class BodyError extends Error {
  readonly expose = true;
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface JsonBodyOptions {
  /** The most bytes a body may have. */
  limit: number;
  /** Content types `express.json` accepts, e.g. `['application/json', 'application/*+json']`. */
  types: string[];
}

export function jsonBody({ limit, types }: JsonBodyOptions): RequestHandler {
  const general = express.json({
    limit,
    type: types,
    // Called with the bytes read, decompressed, before they are parsed: a chunked or compressed
    // body can turn out empty only here.
    verify: (_req, _res, bytes) => {
      if (bytes.length === 0) throw emptyBody();
    },
  });
  return (req, res, next) => {
    const headers = req.headers;
    const length = headers['content-length'];
    const type = headers['content-type'];
    if (type !== undefined && isOneOf(type, types)) {
      const match = CHARSET.exec(type);
      const charset = match ? (match[1] ?? match[2] ?? '').toLowerCase() : 'utf-8';
      if (charset !== 'utf-8') {
        next(
          new BodyError(
            415,
            'charset.unsupported',
            `unsupported charset "${charset.toUpperCase()}"`,
          ),
        );
        return;
      }
      // No body at all: without a length or chunks, HTTP/1.1 says the body is empty.
      if (length === '0' || (length === undefined && headers['transfer-encoding'] === undefined)) {
        next(emptyBody());
        return;
      }
    }
    if (
      length === undefined ||
      type === undefined ||
      headers['content-encoding'] !== undefined ||
      headers['transfer-encoding'] !== undefined ||
      !PLAIN_JSON.test(type)
    ) {
      general(req, res, next);
      return;
    }
    // Node's HTTP parser has already checked that Content-Length is a number, and it ends the
    // body after that many bytes.
    const expected = Number(length);
    if (expected === 0 || expected > limit || req.readableEnded) {
      general(req, res, next);
      return;
    }
    readBody(req, expected).then(
      (text) => {
        try {
          req.body = parseStrict(text);
        } catch (error) {
          next(new BodyError(400, 'entity.parse.failed', (error as Error).message));
          return;
        }
        next();
      },
      (error: unknown) => next(error),
    );
  };
}

/**
 * Whether a Content-Type header names one of `types` (`application/json`, `application/*+json`,
 * `text/*`). Not `req.is`, which answers nothing for a request without a body: that is one of the
 * cases to tell apart here.
 */
function isOneOf(header: string, types: string[]): boolean {
  const media = (header.split(';', 1)[0] as string).trim().toLowerCase();
  const slash = media.indexOf('/');
  if (slash <= 0) return false;
  const top = media.slice(0, slash);
  const sub = media.slice(slash + 1);
  return types.some((pattern) => {
    const [patternTop, patternSub = ''] = pattern.toLowerCase().split('/');
    if (patternTop !== top) return false;
    if (patternSub === '*') return true;
    if (patternSub.startsWith('*+')) {
      const suffix = patternSub.slice(1);
      return sub.length > suffix.length && sub.endsWith(suffix);
    }
    return patternSub === sub;
  });
}

function emptyBody(): BodyError {
  return new BodyError(400, 'entity.empty', 'the request body is empty');
}

/** The body as text: UTF-8, a byte-order mark dropped (as body-parser's decoder does). */
function readBody(req: IncomingMessage, expected: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      received += chunk.length;
    };
    const onEnd = (): void => {
      cleanup();
      if (received !== expected) {
        reject(
          new BodyError(400, 'request.size.invalid', 'request size did not match content length'),
        );
        return;
      }
      const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received);
      const text = bytes.toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    };
    const onClose = (): void => {
      cleanup();
      reject(new BodyError(400, 'request.aborted', 'request aborted'));
    };
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onClose);
      req.off('close', onClose);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onClose);
    req.on('close', onClose);
  });
}

/**
 * `JSON.parse`, refusing (like body-parser's strict mode) a body that is not an object or an
 * array, with the message `JSON.parse` gives for the first character that is not allowed.
 */
function parseStrict(text: string): unknown {
  if (text.length === 0) return {};
  const first = text[firstNonWhitespace(text)];
  if (first === '{' || first === '[') return JSON.parse(text);
  // As body-parser does it: parse the text with everything from that character on masked, so
  // the message names the character's position, then put the real text back into the message.
  const index = first === undefined ? -1 : text.indexOf(first);
  const masked = index === -1 ? '' : text.slice(0, index) + '#'.repeat(text.length - index);
  try {
    JSON.parse(masked);
  } catch (error) {
    const message = (error as Error).message.replace(/#+/g, (mask) =>
      text.slice(index, index + mask.length),
    );
    throw new SyntaxError(message, { cause: error });
  }
  throw new SyntaxError('strict violation');
}

/** The index of the first character that is not RFC 8259 whitespace (space, tab, LF, CR). */
function firstNonWhitespace(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
  }
  return i;
}
