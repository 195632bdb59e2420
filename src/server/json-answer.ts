/**
 * A JSON answer held as bytes, ready to send as often as asked: the compare cache keeps these, so
 * that a hit neither serializes nor encodes anything. A client that accepts compression gets the
 * answer compressed with its preferred coding (br, gzip or deflate, as the `compression`
 * middleware would choose), compressed once per coding and then kept with the answer.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, deflate, gzip } from 'node:zlib';
import Negotiator from 'negotiator';
import vary from 'vary';

/** Answers smaller than this are sent as they are (the `compression` middleware's threshold). */
export const COMPRESSION_THRESHOLD = 1024;

export type Coding = 'br' | 'gzip' | 'deflate';

/** What the `compression` middleware offers, and what it prefers when the client weighs codings alike. */
const SUPPORTED = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED = ['br', 'gzip'];

const brotliAsync = promisify(brotliCompress);
const COMPRESS: Record<Coding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 4, as the compression middleware: most of brotli's gain at a fraction of its cost.
  br: (body) => brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: promisify(gzip),
  deflate: promisify(deflate),
};

const CONTENT_TYPE = 'application/json; charset=utf-8';

export class JsonAnswer {
  /** The answer as UTF-8 bytes. */
  readonly body: Buffer;
  readonly #encoded = new Map<Coding, Buffer>();

  /** `body`: the answer as UTF-8 JSON. */
  constructor(body: Buffer) {
    this.body = body;
  }

  /** Bytes held, the compressed copies included. */
  get size(): number {
    let size = this.body.length;
    for (const bytes of this.#encoded.values()) size += bytes.length;
    return size;
  }

  /**
   * Sends the answer (status 200 unless set otherwise) in the coding the request prefers.
   * Resolves to true when it compressed the answer for this request, which grows `size`.
   */
  async send(headers: IncomingHttpHeaders, res: ServerResponse): Promise<boolean> {
    const coding =
      this.body.length < COMPRESSION_THRESHOLD
        ? undefined
        : preferredCoding(headers['accept-encoding']);
    let bytes = this.body;
    let compressed = false;
    if (coding !== undefined) {
      let encoded = this.#encoded.get(coding);
      if (encoded === undefined) {
        encoded = await COMPRESS[coding](this.body);
        this.#encoded.set(coding, encoded);
        compressed = true;
      }
      bytes = encoded;
      res.setHeader('Content-Encoding', coding);
    }
    res.setHeader('Content-Type', CONTENT_TYPE);
    // Caches must keep the plain and the compressed answers apart.
    vary(res, 'Accept-Encoding');
    res.setHeader('Content-Length', bytes.length);
    res.end(bytes);
    return compressed;
  }
}

/**
 * The coding to send to a client with this `Accept-Encoding`, chosen by `negotiator` exactly as
 * the `compression` middleware chooses; `undefined` (send it plain) when that is `identity`.
 */
export function preferredCoding(accept: string | undefined): Coding | undefined {
  const headers = accept === undefined ? {} : { 'accept-encoding': accept };
  // negotiator 0.6.4 takes the preferred order as a second argument (as `compression` passes
  // it); @types/negotiator does not describe it yet.
  const encoding = Negotiator.prototype.encoding as (
    this: Negotiator,
    available: string[],
    preferred: string[],
  ) => string | undefined;
  const chosen = encoding.call(new Negotiator({ headers }), SUPPORTED, PREFERRED);
  return chosen === 'br' || chosen === 'gzip' || chosen === 'deflate' ? chosen : undefined;
}
