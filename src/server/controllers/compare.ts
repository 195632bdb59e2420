/**
 * `POST /api/compare`: checks the body, answers from the cache when it can, otherwise has the
 * comparison run (on a compare thread, in the service) within a time budget. Every failure is
 * thrown for the error middleware to answer.
 *
 * The route sends its answers itself, already serialized (and compressed when the client accepts
 * it, once per answer and coding), so it is mounted ahead of the app's `compression` middleware.
 */
import { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import { languages } from '../../index.js';
import { JuxtaError } from '../../errors.js';
import { MAX_SIDES, MIN_SIDES, mergeComparisons, sidePairs } from '../../engine/many.js';
import type { CompareOptions, CompareResult, SourceInput } from '../../types.js';
import { CompareCache } from '../compare-cache.js';
import { CompareAbandoned, type CompareTrace } from '../compare-pool.js';
import { BODY_LIMIT_BYTES, RequestError, exampleBody, methodNotAllowed } from '../errors.js';
import { JsonAnswer } from '../json-answer.js';
import { jsonBody } from '../json-body.js';
import { noteTime } from '../logging.js';

const JSON_TYPES = ['application/json', 'application/*+json'];

const sideSchema = z.object({ language: z.string(), code: z.string() });
// Unknown extra fields are ignored rather than refused, so clients may send more in the future.
const compareBodySchema = z.object({ left: sideSchema, right: sideSchema });

/** A function that compares two sides: the engine's `compare`, or a stand-in for it. */
export type CompareEngine = (
  left: SourceInput,
  right: SourceInput,
  options: CompareOptions,
) => CompareResult;

/**
 * Runs one comparison and resolves to the result as JSON, UTF-8 bytes (a `ComparePool`'s `run`, or the
 * engine called on the event loop). `abandoned()` is true once the client has gone away: a
 * comparison still waiting for a thread is then dropped (rejected with `CompareAbandoned`). A
 * runner with threads fills in `trace`.
 */
export type CompareRunner = (
  left: SourceInput,
  right: SourceInput,
  timeoutMs: number,
  abandoned: () => boolean,
  trace: CompareTrace,
) => Promise<Buffer>;

export interface CompareControllerOptions {
  /** `undefined` when caching is off. */
  cache: CompareCache | undefined;
  timeoutMs: number;
  run: CompareRunner;
  /**
   * Throws the `busy` error when a pair of this many code units could not be taken now (a
   * `ComparePool`'s `admit`): asked with the body's length before the body is read, so that
   * shedding load costs the event loop next to nothing.
   */
  admit?: (chars: number, timeoutMs: number) => void;
}

export function compareController({
  cache,
  timeoutMs,
  run,
  admit,
}: CompareControllerOptions): Router {
  const knownLanguages = new Set(languages.map((l) => l.id));
  const readJson = jsonBody({ limit: BODY_LIMIT_BYTES, types: JSON_TYPES });
  // A cached pair would be answered whatever the load, but telling needs the body; under load
  // the pairs that fill the queue are new ones, so a full queue refuses before reading.
  const admitFirst: RequestHandler = (req, _res, next) => {
    admit?.(Number(req.get('Content-Length')) || 0, timeoutMs);
    next();
  };

  /**
   * The answer for one pair: from the cache, or compared on a thread (and then cached);
   * `undefined` when the client went away first. Throws a remembered or new too-complex.
   */
  async function pairAnswer(
    left: SourceInput,
    right: SourceInput,
    req: Request,
  ): Promise<JsonAnswer | undefined> {
    const key = cache ? CompareCache.key(left, right) : undefined;
    const cached = key === undefined ? undefined : cache?.get(key);
    if (cached?.kind === 'too-complex') throw new JuxtaError('too-complex', cached.message);
    if (cached) return cached.answer;
    let answer: JsonAnswer;
    const trace: CompareTrace = {};
    try {
      answer = new JsonAnswer(await run(left, right, timeoutMs, () => req.socket.destroyed, trace));
    } catch (error) {
      if (error instanceof CompareAbandoned) return undefined;
      if (key !== undefined && error instanceof JuxtaError && error.code === 'too-complex') {
        cache?.set(key, { kind: 'too-complex', message: error.message });
      }
      throw error;
    } finally {
      const { res } = req;
      if (res) for (const [step, at] of Object.entries(trace)) noteTime(res, step, at);
    }
    if (key !== undefined) cache?.set(key, { kind: 'result', answer });
    return answer;
  }

  const router = Router();
  router
    .route('/')
    .post(admitFirst, readJson, async (req, res) => {
      noteTime(res, 'read');
      const body = readBody(req);
      if ('sides' in body) {
        body.sides.forEach((side, n) =>
          checkLanguage(side.language, `sides[${n}]`, knownLanguages),
        );
        const pairs: CompareResult[] = [];
        // One pair after another, each through the cache and the compare threads like a two-way pair.
        for (const [i, j] of sidePairs(body.sides.length)) {
          const answer = await pairAnswer(
            body.sides[i] as SourceInput,
            body.sides[j] as SourceInput,
            req,
          );
          if (answer === undefined) return;
          pairs.push(JSON.parse(answer.body.toString('utf8')) as CompareResult);
        }
        res.setHeader('X-Cache', cache ? 'pairs' : 'off');
        const merged = JSON.stringify(mergeComparisons(pairs, body.sides.length));
        await new JsonAnswer(Buffer.from(merged, 'utf8')).send(req.headers, res);
        return;
      }
      const { left, right } = body;
      checkLanguage(left.language, 'left', knownLanguages);
      checkLanguage(right.language, 'right', knownLanguages);
      const key = cache ? CompareCache.key(left, right) : undefined;
      // The header stays on an error answer too, so a remembered too-complex is visible as such.
      res.setHeader('X-Cache', key === undefined ? 'off' : cache?.get(key) ? 'hit' : 'miss');
      const answer = await pairAnswer(left, right, req);
      if (answer === undefined) return;
      // Stored again when it gained a compressed copy, so the cache counts the bytes.
      const compressed = await answer.send(req.headers, res);
      noteTime(res, 'sent');
      if (compressed && key !== undefined) cache?.set(key, { kind: 'result', answer });
    })
    .all(
      methodNotAllowed(
        ['POST'],
        `Send POST /api/compare with a JSON body such as ${exampleBody()}.`,
      ),
    );
  return router;
}

/**
 * The two sides of the body (or its 2 to 4 `sides`), or a `RequestError` saying exactly what to
 * change.
 */
function readBody(
  req: Request,
): { left: SourceInput; right: SourceInput } | { sides: SourceInput[] } {
  if (req.body === undefined) {
    // express.json left the body alone: it was empty, or not declared as JSON.
    const type = req.get('Content-Type');
    const empty =
      req.get('Transfer-Encoding') === undefined && Number(req.get('Content-Length') ?? 0) === 0;
    if (type === undefined && empty) {
      throw new RequestError(
        'invalid-body',
        `The request has no body. Send the two sides as JSON, such as ${exampleBody()}.`,
      );
    }
    throw new RequestError(
      'not-json',
      `The body must be JSON sent with "Content-Type: application/json"` +
        `${type ? `, not "${type.slice(0, 100)}"` : ' (the header is missing)'}.`,
    );
  }
  if (typeof req.body === 'object' && req.body !== null && 'sides' in req.body) {
    return { sides: readSides((req.body as { sides: unknown }).sides) };
  }
  const sides = wellFormedSides(req.body);
  if (sides) return sides;
  // Only a body with something wrong gets here: zod finds every problem to name.
  const parsed = compareBodySchema.safeParse(req.body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(req.body, issue));
  throw new RequestError(
    'invalid-body',
    `${problems.join('; ')}. The body should look like ${exampleBody()}.`,
  );
}

/** The `sides` of an N-way body: 2 to 4, each with a `language` and `code` string. */
function readSides(value: unknown): SourceInput[] {
  if (!Array.isArray(value) || value.length < MIN_SIDES || value.length > MAX_SIDES) {
    throw new RequestError(
      'invalid-body',
      `"sides" must be a list of ${MIN_SIDES} to ${MAX_SIDES} programs, not ${Array.isArray(value) ? `${value.length}` : typeName(value)}. The body should look like ${exampleBody('sides')}.`,
    );
  }
  return value.map((item, n) => {
    const found = side(item);
    if (found) return found;
    throw new RequestError(
      'invalid-body',
      `"sides[${n}]" must be an object with a "language" string and a "code" string. The body should look like ${exampleBody('sides')}.`,
    );
  });
}

/** The two sides when the body is exactly right, which is the common case, without zod. */
function wellFormedSides(body: unknown): { left: SourceInput; right: SourceInput } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { left, right } = body as { left?: unknown; right?: unknown };
  const l = side(left);
  const r = l && side(right);
  return l && r ? { left: l, right: r } : undefined;
}

function side(value: unknown): SourceInput | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { language, code } = value as { language?: unknown; code?: unknown };
  return typeof language === 'string' && typeof code === 'string' ? { language, code } : undefined;
}

function describeIssue(body: unknown, issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0) return `The body must be a JSON object, not ${typeName(body)}`;
  const field = issue.path.map(String).join('.');
  const value = valueAt(body, issue.path);
  if (value === undefined) return `"${field}" is missing`;
  if (issue.code === 'invalid_type') {
    return `"${field}" must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, not ${typeName(value)}`;
  }
  return `"${field}" is invalid (${issue.message})`;
}

// zod 4 leaves the offending input out of its issues, so look at the body itself.
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Checked here as well as in the engine so that a huge or odd language string is never echoed
 * whole into a message or a log line.
 */
function checkLanguage(language: string, side: string, known: Set<string>): void {
  if (known.has(language)) return;
  const shown = language.length > 40 ? `${language.slice(0, 40)}…` : language;
  throw new JuxtaError(
    'unknown-language',
    `"${side}.language" is "${shown}", which Juxta does not know. ` +
      `Use one of: ${[...known].join(', ')} (GET /api/languages lists them).`,
  );
}
