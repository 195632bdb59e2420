/**
 * Every failure the service can answer, mapped to an HTTP status in one table, and the one
 * error-handling middleware that turns any thrown error into `{ "error": { "code", "message" } }`.
 */
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { isJuxtaError, type ErrorCode } from '../errors.js';
import { languages } from '../languages/registry.js';

/**
 * A body for messages to show, with the first languages the registry lists: two sides
 * (`{"left":…,"right":…}`), or `sides` (`{"sides":[…]}`) for three.
 */
export function exampleBody(form: 'pair' | 'sides' = 'pair'): string {
  const side = (n: number) =>
    JSON.stringify({ language: languages[n % languages.length]?.id ?? '', code: '…' });
  return form === 'pair'
    ? `{"left":${side(0)},"right":${side(1)}}`
    : `{"sides":[${side(0)},${side(1)},${side(2)}]}`;
}

/** Failures that belong to HTTP itself rather than to the engine or the library. */
export type RequestErrorCode =
  /** The body is not parseable JSON. */
  | 'invalid-json'
  /** The JSON parses but misses a field or has one of the wrong type. */
  | 'invalid-body'
  /** The body is larger than the limit. */
  | 'body-too-large'
  /** The body is not sent as JSON (or in an encoding the service cannot read). */
  | 'not-json'
  /** Any other request the HTTP layer itself rejects (bad URL encoding, aborted upload, …). */
  | 'bad-request'
  /** No endpoint at this path. */
  | 'not-found'
  /** The path exists, but not with this method. */
  | 'method-not-allowed'
  /** A `Range` the file cannot satisfy (it starts past the end). */
  | 'range-not-satisfiable'
  /** The request line and headers together are larger than Node's limit (16 KB). */
  | 'headers-too-large'
  /** The client took longer than the time allowed to send its headers or its whole request. */
  | 'request-timeout'
  /** The compare threads cannot begin this pair within its time budget; `Retry-After` says when. */
  | 'busy';

/** Every code an error body can carry. */
export type ApiErrorCode = ErrorCode | RequestErrorCode | 'internal-error';

/**
 * The one place where codes become statuses. A `Record` so that a code added to `ErrorCode`
 * without a status here is a compile error.
 */
const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  'invalid-json': 400,
  'invalid-body': 400,
  'bad-request': 400,
  // The body schema already refuses what the engine would call invalid input.
  'invalid-input': 400,
  usage: 400,
  'not-found': 404,
  'snippet-not-found': 404,
  'method-not-allowed': 405,
  'request-timeout': 408,
  'body-too-large': 413,
  'not-json': 415,
  'range-not-satisfiable': 416,
  'headers-too-large': 431,
  'unknown-language': 422,
  'too-complex': 422,
  // The library loader reports malformed snippets as problems; one reaching a request is a bug.
  'invalid-snippet': 500,
  'internal-error': 500,
  busy: 503,
};

/** An HTTP-level failure, thrown by the service's own middleware and controllers. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    /** Extra response headers, e.g. `Allow` for a 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The size limit of a request body, in bytes and in words for messages. */
export const BODY_LIMIT_BYTES = 256 * 1024;
const BODY_LIMIT_WORDS = '256 KB';

/** Messages are shown to people; an echoed input must not make them (or the logs) enormous. */
const MAX_MESSAGE_LENGTH = 500;

export interface ErrorAnswer {
  status: number;
  code: ApiErrorCode;
  message: string;
  headers: Record<string, string>;
  /** True when the error points at a bug of ours (it is logged), whatever the status. */
  internal: boolean;
}

/** The shape of errors thrown by body-parser and other `http-errors` users. */
interface HttpLibraryError {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  /** Headers the answer should carry (`send` gives a 416 its `Content-Range`). */
  headers?: unknown;
  message: string;
}

function isHttpLibraryError(error: unknown): error is HttpLibraryError {
  return error instanceof Error && ('type' in error || 'status' in error || 'statusCode' in error);
}

/** Errors from body-parser, by their `type`, as things a person can fix. */
function describeBodyParserError(error: HttpLibraryError): ErrorAnswer | undefined {
  const answer = (code: RequestErrorCode, message: string): ErrorAnswer => ({
    status: STATUS_BY_CODE[code],
    code,
    message,
    headers: {},
    internal: false,
  });
  switch (error.type) {
    case 'entity.empty':
      return answer(
        'invalid-body',
        `The request body is empty. Send the two sides as JSON, such as ${exampleBody()}.`,
      );
    case 'entity.parse.failed':
      return answer(
        'invalid-json',
        `The request body is not valid JSON (${error.message}). Send an object like ${exampleBody()}.`,
      );
    case 'entity.too.large':
      return answer(
        'body-too-large',
        `The request body is larger than the limit of ${BODY_LIMIT_WORDS}. ` +
          'Compare shorter programs: each side should be a lesson-sized snippet.',
      );
    case 'encoding.unsupported':
      return answer(
        'not-json',
        `The body's Content-Encoding is not supported (${error.message}). ` +
          'Send it uncompressed, or compressed with gzip, deflate or br.',
      );
    case 'charset.unsupported':
      return answer(
        'not-json',
        `The body's charset is not supported (${error.message}). Send JSON in UTF-8.`,
      );
    case 'request.aborted':
      return answer('bad-request', 'The request was aborted before its body arrived.');
    case 'request.size.invalid':
      return answer(
        'bad-request',
        'The request body is shorter or longer than its Content-Length header says.',
      );
    default:
      return undefined;
  }
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Decides status, code and message for anything thrown while answering a request. */
export function describeError(error: unknown): ErrorAnswer {
  if (error instanceof RequestError || isJuxtaError(error)) {
    const status = STATUS_BY_CODE[error.code];
    return {
      status,
      code: error.code,
      message: error.message,
      headers: error instanceof RequestError ? error.headers : {},
      // A 503 is load shed on purpose, not a bug.
      internal: status >= 500 && status !== 503,
    };
  }
  if (isStackOverflow(error)) {
    // Input nested deeper than a recursive step of the engine can follow: a limit of the engine
    // met by the input, so answered like an exhausted time budget. Still logged as an error,
    // because the engine promises to handle any code and should be made to.
    return {
      status: STATUS_BY_CODE['too-complex'],
      code: 'too-complex',
      message:
        'The code is nested too deeply to compare. Try a shorter or less deeply nested piece of code.',
      headers: {},
      internal: true,
    };
  }
  if (isHttpLibraryError(error)) {
    const known = describeBodyParserError(error);
    if (known) return known;
    const status = Number(error.status ?? error.statusCode);
    if (status === 416) {
      // From `send` (the web view's files): the range starts past the end of the file.
      const range = (error.headers as Record<string, unknown> | undefined)?.['Content-Range'];
      return {
        status,
        code: 'range-not-satisfiable',
        message:
          'The Range header asks for bytes the file does not have' +
          `${typeof range === 'string' ? ` (its length is in Content-Range: ${range})` : ''}. ` +
          'Ask for a range within the file, or for the whole file without a Range header.',
        headers: typeof range === 'string' ? { 'Content-Range': range } : {},
        internal: false,
      };
    }
    // Other client errors from express's own helpers (e.g. a path with bad percent-encoding)
    // carry a 4xx status and a message meant to be shown (`expose`).
    if (status >= 400 && status < 500) {
      return {
        status: 400,
        code: 'bad-request',
        message:
          error.expose === true ? error.message : 'The request could not be read; check the URL.',
        headers: {},
        internal: false,
      };
    }
  }
  return {
    status: 500,
    code: 'internal-error',
    message:
      'Juxta hit an internal error answering this request. It has been logged; please report it ' +
      'with the request id from the X-Request-Id header.',
    headers: {},
    internal: true,
  };
}

function truncate(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH
    ? message
    : `${message.slice(0, MAX_MESSAGE_LENGTH)}…`;
}

/** The JSON body of an error answer. */
export function errorBody(answer: ErrorAnswer): string {
  return JSON.stringify({ error: { code: answer.code, message: truncate(answer.message) } });
}

/**
 * Headers that describe a body other than the error's, set by whatever failed before the error:
 * `send` (the web view's files) sets a file's type, length and validators before it finds that a
 * range cannot be served. Left in place they would label the JSON error as that file.
 */
const BODY_HEADERS = [
  'Content-Type',
  'Content-Length',
  'Content-Encoding',
  'Content-Range',
  'Content-Disposition',
  'Accept-Ranges',
  'ETag',
  'Last-Modified',
];

/** The last middleware: answers every error as JSON with the status from the table above. */
export const errorHandler: ErrorRequestHandler = (error, req, res, next) => {
  const answer = describeError(error);
  if (answer.internal) req.log.error({ err: error }, 'internal error while answering a request');
  // Once the answer has begun there is nothing sane left to send; express closes the connection.
  if (res.headersSent) {
    next(error);
    return;
  }
  for (const name of BODY_HEADERS) res.removeHeader(name);
  res
    .status(answer.status)
    .set(answer.headers)
    .set('Cache-Control', 'no-store')
    .type('json')
    .send(errorBody(answer));
};

/**
 * What to answer for an error Node's HTTP server raises below express (its `clientError` event):
 * headers too large, a malformed request, a client too slow to send its request. The `code`s are
 * Node's (`HPE_*` from its HTTP parser).
 */
export function describeClientError(
  error: NodeJS.ErrnoException & { reason?: unknown },
  limits: { maxHeaderBytes: number; headersTimeoutMs: number; requestTimeoutMs: number },
): ErrorAnswer {
  const answer = (code: RequestErrorCode, message: string): ErrorAnswer => ({
    status: STATUS_BY_CODE[code],
    code,
    message,
    headers: {},
    internal: false,
  });
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return answer(
        'headers-too-large',
        `The request line and headers are larger than the limit of ${Math.round(limits.maxHeaderBytes / 1024)} KB. ` +
          'Send fewer or shorter headers (a long URL or large cookies count too).',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return answer(
        'request-timeout',
        `The request was not received in time: the headers must arrive within ${seconds(limits.headersTimeoutMs)} ` +
          `and the whole request within ${seconds(limits.requestTimeoutMs)}. Send it again without pausing.`,
      );
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return answer(
        'body-too-large',
        'The chunk extensions of the chunked body are too large. Send the body without them.',
      );
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
      return answer(
        'bad-request',
        'The Content-Length header is not a single whole number of bytes, or is sent together ' +
          "with Transfer-Encoding. Send one or the other, with the body's exact length.",
      );
    default: {
      const reason = typeof error.reason === 'string' ? ` (${error.reason})` : '';
      return answer(
        'bad-request',
        `The request is not well-formed HTTP/1.1${reason}. Check the request line and headers.`,
      );
    }
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The request's path as the client sent it (inside a router `req.path` is relative), kept short. */
function fullPath(req: Request): string {
  // At a router's root `req.path` is `/`: /api/compare, not /api/compare/.
  const path = req.baseUrl && req.path === '/' ? req.baseUrl : req.baseUrl + req.path;
  return path.length > 100 ? `${path.slice(0, 100)}…` : path;
}

/** Answers any path no route claimed with a JSON 404 (for `/api/…` and for the rest alike). */
export const notFound: RequestHandler = (req, _res, next) => {
  const path = fullPath(req);
  next(
    new RequestError(
      'not-found',
      `There is nothing at ${req.method} ${path}. The API is GET /api/languages, GET /api/snippets, ` +
        'GET /api/snippets/ID and POST /api/compare.',
    ),
  );
};

/** For a known path asked with the wrong method: 405 with the methods it does answer. */
export function methodNotAllowed(allowed: string[], hint: string): RequestHandler {
  return (req, _res, next) => {
    next(
      new RequestError(
        'method-not-allowed',
        `${req.method} is not allowed on ${fullPath(req)}. ${hint}`,
        { Allow: allowed.join(', ') },
      ),
    );
  };
}
