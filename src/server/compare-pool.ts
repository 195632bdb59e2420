/**
 * Comparisons on worker threads. A comparison is synchronous CPU work; run on the event loop, it
 * holds up every other request while it runs. The service hands each one to a compare thread
 * instead, so the event loop only reads requests and writes answers, and a machine with more than
 * one core compares on the others. A thread that only compares also runs faster than the event
 * loop does: its CPU caches hold the grammars' tables, not the HTTP stack.
 *
 * Each thread loads the engine once and compares one pair at a time. It is handed the next pairs
 * before it has finished the one it is on (`PIPELINE`), so that it does not wait for the busy
 * event loop to read its answer before it can start again; pairs beyond that wait in order. Threads start
 * on first use and keep the process alive only while they have work.
 *
 * One rule comes from the tree-sitter Node binding: a thread must never be stopped while it parses
 * (the process aborts, "terminate called after throwing an instance of 'Napi::Error'"). So a pool
 * stops its threads only once they are idle (`close`), and a server waits for `idle()` before its
 * process exits. Idle threads are safe to end, also by the process exiting.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { JuxtaError, type ErrorCode } from '../errors.js';
import { COMPARE_WORKER, ENGINE_MODULE } from '../paths.js';
import type { SourceInput } from '../types.js';

/** One comparison, as posted to a thread. */
export interface JobMessage {
  id: number;
  left: SourceInput;
  right: SourceInput;
  timeoutMs: number;
}

/** A thread's answer: the result as JSON text, or what the engine threw. */
export type ReplyMessage =
  | { id: number; json: string }
  | { id: number; error: { name: string; message: string; code?: string; stack?: string } };

/** What a thread is started with. */
export interface WorkerSetup {
  /** The module whose `compare` export the thread runs, as a `file:` URL. */
  engineModule: string;
}

/** The error of a comparison whose client went away before it was handed to a thread. */
export class CompareAbandoned extends Error {
  override readonly name = 'CompareAbandoned';
  constructor() {
    super('The client went away before the comparison began.');
  }
}

/**
 * Threads by default: one fewer than the machine's cores (the event loop needs one), at least 1,
 * and at most 4 (each holds an engine of its own, about 20 MB).
 */
export function defaultCompareThreads(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

/**
 * How many comparisons a thread is handed at once: the one it is on and the next few. The busy
 * event loop reads a thread's answers late, and only then hands it more. In paired runs with the
 * lesson pair under load (one thread, 50 connections), against a thread handed every pair at once:
 * handed one at a time, a thread sat idle nearly half of the time and the service answered 0.66
 * as many compares a second (1,286 against 1,946); 2 at a time, 0.83; 4, 0.94. Kept at 4 because a
 * pair handed to a thread waits behind the ones before it, even when another thread is free: at
 * most 3 other comparisons' time, each within the time budget.
 */
const PIPELINE = 4;

interface Job extends JobMessage {
  resolve(json: string): void;
  reject(error: Error): void;
  /** True once the client has gone away: then the job is dropped instead of handed out. */
  abandoned: (() => boolean) | undefined;
}

interface Thread {
  worker: Worker;
  /** The jobs handed to it, in the order it does them. */
  jobs: Job[];
}

export interface ComparePoolOptions {
  /** How many threads compare at most. At least 1. */
  threads: number;
  /** The module whose `compare` export the threads run. Default: Juxta's engine. */
  engineModule?: string | URL;
}

export class ComparePool {
  readonly threads: number;
  readonly #setup: WorkerSetup;
  readonly #all = new Set<Thread>();
  readonly #waiting: Job[] = [];
  readonly #idleWaiters: (() => void)[] = [];
  #nextId = 1;
  #closing: Promise<void> | undefined;

  constructor({ threads, engineModule = ENGINE_MODULE }: ComparePoolOptions) {
    if (!Number.isInteger(threads) || threads < 1) {
      throw new RangeError(`A compare pool needs at least one thread, not ${threads}.`);
    }
    if (!existsSync(COMPARE_WORKER)) {
      // Only in a checkout that was never built: the threads run the built engine.
      throw new Error(`The compare threads need ${COMPARE_WORKER}: run \`npm run build\` first.`);
    }
    this.threads = threads;
    this.#setup = { engineModule: moduleUrl(engineModule) };
  }

  /**
   * Compares on a thread and resolves to the result as JSON text; rejects with what the engine
   * threw (a `JuxtaError` stays one), or with `CompareAbandoned` when `abandoned()` is true by the
   * time the job would be handed to a thread (its client went away while it waited).
   */
  run(
    left: SourceInput,
    right: SourceInput,
    timeoutMs: number,
    abandoned?: () => boolean,
  ): Promise<string> {
    if (this.#closing) return Promise.reject(new Error('The compare pool is closed.'));
    return new Promise<string>((resolve, reject) => {
      this.#waiting.push({
        id: this.#nextId++,
        left,
        right,
        timeoutMs,
        resolve,
        reject,
        abandoned,
      });
      this.#dispatch();
    });
  }

  /** Resolves once no comparison is running or waiting. */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** How many threads are running now (they start on first use). */
  get started(): number {
    return this.#all.size;
  }

  get closed(): boolean {
    return this.#closing !== undefined;
  }

  /** Takes no more comparisons, lets the ones under way and waiting finish, then ends the threads. */
  close(): Promise<void> {
    this.#closing ??= this.idle().then(async () => {
      await Promise.all([...this.#all].map((thread) => thread.worker.terminate()));
    });
    return this.#closing;
  }

  #isIdle(): boolean {
    if (this.#waiting.length > 0) return false;
    for (const thread of this.#all) if (thread.jobs.length > 0) return false;
    return true;
  }

  #checkIdle(): void {
    if (this.#idleWaiters.length === 0 || !this.#isIdle()) return;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /** The thread to hand the next job to: an idle one, a new one, or the least busy with room. */
  #freeThread(): Thread | undefined {
    let best: Thread | undefined;
    for (const thread of this.#all) {
      if (thread.jobs.length === 0) return thread;
      if (!best || thread.jobs.length < best.jobs.length) best = thread;
    }
    if (this.#all.size < this.threads) return this.#spawn();
    return best && best.jobs.length < PIPELINE ? best : undefined;
  }

  #dispatch(): void {
    while (this.#waiting.length > 0) {
      const job = this.#waiting[0] as Job;
      if (job.abandoned?.()) {
        this.#waiting.shift();
        job.reject(new CompareAbandoned());
        continue;
      }
      const thread = this.#freeThread();
      if (!thread) return;
      this.#waiting.shift();
      thread.jobs.push(job);
      // A thread with work keeps the process alive, as a comparison on the event loop would.
      if (thread.jobs.length === 1) thread.worker.ref();
      const message: JobMessage = {
        id: job.id,
        left: job.left,
        right: job.right,
        timeoutMs: job.timeoutMs,
      };
      thread.worker.postMessage(message);
    }
  }

  #spawn(): Thread {
    const worker = new Worker(COMPARE_WORKER, { workerData: this.#setup });
    const thread: Thread = { worker, jobs: [] };
    worker.on('message', (reply: ReplyMessage) => this.#answer(thread, reply));
    // A thread that ends takes no more jobs. The one it was on fails with the reason; the ones
    // it had not begun go back to the front of the queue, for another thread. An error the thread
    // did not catch (its engine module failed to load, say) ends it too.
    const lost = (error: Error): void => {
      if (!this.#all.delete(thread)) return;
      const [current, ...unstarted] = thread.jobs.splice(0);
      this.#waiting.unshift(...unstarted);
      current?.reject(error);
      this.#next();
    };
    worker.on('error', lost);
    worker.on('exit', (code) =>
      lost(new Error(`A compare thread stopped unexpectedly (exit code ${code}).`)),
    );
    // Listening for messages refs the thread; unref it so that an idle one never keeps the
    // process alive.
    worker.unref();
    this.#all.add(thread);
    return thread;
  }

  #answer(thread: Thread, reply: ReplyMessage): void {
    // A thread does its jobs in order, so the answer is for the first.
    const job = thread.jobs[0];
    if (job?.id !== reply.id) return;
    thread.jobs.shift();
    if (thread.jobs.length === 0) thread.worker.unref();
    if ('json' in reply) job.resolve(reply.json);
    else job.reject(revive(reply.error));
    this.#next();
  }

  #next(): void {
    this.#dispatch();
    this.#checkIdle();
  }
}

/** The engine's error as the event loop would have caught it: a `JuxtaError` keeps its code. */
function revive(error: { name: string; message: string; code?: string; stack?: string }): Error {
  let revived: Error;
  if (error.name === 'JuxtaError' && error.code) {
    revived = new JuxtaError(error.code as ErrorCode, error.message);
  } else if (error.name === 'RangeError') {
    // A stack overflow in the engine; the error handler answers it as too complex.
    revived = new RangeError(error.message);
  } else {
    revived = new Error(error.message);
    revived.name = error.name;
  }
  if (error.stack) revived.stack = error.stack;
  return revived;
}

/** A module's `file:` URL, from a path or a URL. */
function moduleUrl(module: string | URL): string {
  return module instanceof URL || module.startsWith('file:')
    ? String(module)
    : pathToFileURL(module).href;
}

const pools = new Map<string, ComparePool>();

/**
 * The process's pool for this many threads and this engine module, made on first use. Threads
 * are a resource of the process (its cores), so every app in it shares them.
 */
export function sharedComparePool(
  threads: number,
  engineModule: string | URL = ENGINE_MODULE,
): ComparePool {
  const key = `${threads}\u0000${moduleUrl(engineModule)}`;
  let pool = pools.get(key);
  if (!pool || pool.closed) {
    pool = new ComparePool({ threads, engineModule });
    pools.set(key, pool);
  }
  return pool;
}
