/**
 * A JSON answer held as bytes, ready to send as often as asked: the compare cache keeps these, so
 * that a hit neither serializes nor encodes anything. A client that accepts compression gets the
 * answer compressed with its preferred coding (br, gzip or deflate, as the `compression`
 * middleware would choose), compressed once per coding and then kept with the answer.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, deflate, gzip } from 'node:zlib';

/** Answers smaller than this are sent as they are (the `compression` middleware's threshold). */
export const COMPRESSION_THRESHOLD = 1024;

export type Coding = 'br' | 'gzip' | 'deflate';

/** In order of preference when the client accepts several equally. */
const CODINGS: readonly Coding[] = ['br', 'gzip', 'deflate'];

const COMPRESS: Record<Coding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 4, as the compression middleware: most of brotli's gain at a fraction of its cost.
  br: (body) =>
    promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body) => promisify(gzip)(body),
  deflate: (body) => promisify(deflate)(body),
};

const CONTENT_TYPE = 'application/json; charset=utf-8';

export class JsonAnswer {
  /** The answer as UTF-8 bytes. */
  readonly body: Buffer;
  readonly #encoded = new Map<Coding, Buffer>();

  constructor(json: string) {
    this.body = Buffer.from(json, 'utf8');
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
    appendVary(res, 'Accept-Encoding');
    res.setHeader('Content-Length', bytes.length);
    res.end(bytes);
    return compressed;
  }
}

function appendVary(res: ServerResponse, field: string): void {
  const vary = res.getHeader('Vary');
  if (vary === undefined) res.setHeader('Vary', field);
  else if (
    !String(vary)
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(field.toLowerCase())
  ) {
    res.setHeader('Vary', `${String(vary)}, ${field}`);
  }
}

/**
 * The coding to send to a client with this `Accept-Encoding` (RFC 9110, 12.5.3): the one it
 * gives the highest weight (`*` standing for any not named), br before gzip before deflate when
 * it weighs them alike; `undefined` (send it plain) when it names none or refuses them all.
 */
export function preferredCoding(accept: string | undefined): Coding | undefined {
  if (accept === undefined || accept === '') return undefined;
  const weights = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    let weight = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') {
        const q = Number(value.trim());
        weight = Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
      }
    }
    // A coding named twice counts with its best weight.
    weights.set(coding, Math.max(weight, weights.get(coding) ?? 0));
  }
  let best: Coding | undefined;
  let bestWeight = 0;
  for (const coding of CODINGS) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
