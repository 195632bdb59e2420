/**
 * Comparisons on worker threads. A comparison is synchronous CPU work; run on the event loop, it
 * holds up every other request while it runs. The service hands each one to a compare thread
 * instead, so the event loop only reads requests and writes answers, and a machine with more than
 * one core compares on the others. A thread that only compares also runs faster than the event
 * loop does: its CPU caches hold the grammars' tables, not the HTTP stack.
 *
 * Each thread loads the engine once and compares one pair at a time. It is handed the next pairs
 * before it has finished the one it is on (`PIPELINE`), so that it does not wait for the busy
 * event loop to read its answer before it can start again; pairs beyond that wait in order. Threads
 * start on first use and keep the process alive only while they have work.
 *
 * Under load the pool protects the time budget rather than queueing without end:
 * - Admission: a pair is refused at once (`busy`, answered 503 with `Retry-After`) when the queue
 *   is full or the work queued ahead of it, by an estimate learnt from the comparisons so far,
 *   would not let it start and finish within its budget; and a pair that has not started by its
 *   start deadline is refused then, not left to wait.
 * - Watchdog: a thread still on one comparison past that comparison's budget takes no more work;
 *   the pairs it had been handed but not begun go to another thread (a new one if need be).
 * - Recycling: a thread whose heap, or the process's RSS, passes a cap after a comparison, or that
 *   has compared `recycleAfter` pairs, takes no more; it finishes the few it was handed and is
 *   replaced once idle. A thread left idle with a large heap reserved is ended after a while.
 *
 * One rule comes from the tree-sitter Node binding: a thread must never be stopped while it parses
 * (the process aborts, "terminate called after throwing an instance of 'Napi::Error'"). So a
 * thread is only ever ended once it has answered every job it was handed: an overrunning or
 * recycled thread finishes on its own first, and a server waits for `idle()` before its process
 * exits. Idle threads are safe to end, also by the process exiting.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { JuxtaError, type ErrorCode } from '../errors.js';
import { COMPARE_WORKER, ENGINE_MODULE } from '../paths.js';
import type { SourceInput } from '../types.js';
import { begun, finished, newClaim, refuse, type Claim } from './compare-claim.js';
import { RequestError } from './errors.js';

/** One comparison, as posted to a thread. */
export interface JobMessage {
  kind: 'job';
  id: number;
  left: SourceInput;
  right: SourceInput;
  timeoutMs: number;
  /** `Date.now()` past which the thread must not begin it: the pool answers it `busy`. */
  startBy: number;
  /**
   * `Date.now()` by which it should be answered: its arrival plus its budget. A pair that waited
   * is compared with what is left of the budget, so that no answer comes long after it.
   */
  finishBy: number;
  /** Whether it runs or not, settled once between the thread and the pool (compare-claim.ts). */
  claim: Claim;
}

/** What the engine threw, as it crosses threads. */
export interface ThreadError {
  name: string;
  message: string;
  code?: string;
  stack?: string;
}

/**
 * What a thread posts back: that it has loaded its engine; that it began a job; that it dropped one without running it
 * (refused by the pool, or past its start deadline); or a job's outcome, the result as JSON (UTF-8 bytes, their
 * buffer transferred) or what the engine threw, with how long it took and the thread's heap after it.
 */
export type FromThread =
  | { kind: 'ready'; id?: undefined }
  /** `at`: the thread's `Date.now()` as it began. */
  | { kind: 'started'; id: number; at: number }
  | { kind: 'dropped'; id: number }
  | {
      kind: 'done';
      id: number;
      json?: Uint8Array;
      error?: ThreadError;
      /** How long the job took on the thread, ms: the engine, then (`json`) serializing. */
      ms: number;
      /** How long the engine took, when it returned. */
      engineMs?: number;
      /**
       * Set when the engine ran out of its budget while the thread had a CPU for less than nine
       * tenths of it (then `error` is too-complex; Linux only): how long it had one, ms.
       */
      onCpuMs?: number;
      /** The budget the engine was given, ms: what the wait left, less the time to serialize. */
      budgetMs: number;
      /**
       * Set when the engine ran out of a budget shortened by the wait (then `error` is
       * too-complex): how long the pair had waited when it began, ms.
       */
      waitedMs?: number;
      /** The thread's heap in use, and reserved, after the job. */
      heapBytes: number;
      heapTotalBytes: number;
      rssBytes: number;
    };

/** What a thread is started with. */
export interface WorkerSetup {
  /** The module whose `compare` export the thread runs, as a `file:` URL. */
  engineModule: string;
}

/**
 * Where one comparison's time went, filled in as the pool hears from its thread (`Date.now()`
 * values): for the request log.
 */
export interface CompareTrace {
  /** The thread began it. */
  began?: number;
  /** The engine returned (then the thread serialized its result). */
  compared?: number;
  /** The thread had its answer ready. */
  done?: number;
  /** The event loop read the answer. */
  received?: number;
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
 * most 3 other comparisons' time, and the watchdog moves them when one overruns its budget.
 */
const PIPELINE = 4;

/** Pairs that may wait per thread, beyond those handed to it. */
const QUEUE_PER_THREAD = 256;

/**
 * How long past its budget a comparison may run before its thread counts as overrunning: the
 * engine checks its deadline between steps, so a well-behaved one stops a little late.
 */
const WATCHDOG_SLACK_MS = 500;

/** A thread is replaced once idle when its own heap passes this after a comparison. */
const HEAP_RECYCLE_BYTES = 384 * 1024 * 1024;
/**
 * Or when the process's RSS passes this after a comparison (RSS is the process's, read from the
 * thread); only a thread that has compared a few pairs, so a large RSS from elsewhere cannot make
 * every thread restart after every pair.
 */
const RSS_RECYCLE_BYTES = 1024 * 1024 * 1024;
const RSS_RECYCLE_MIN_COMPARED = 20;
/**
 * A thread that has reserved more heap than this (larger pairs make V8 grow it, and it gives the
 * memory back only slowly) is ended after `IDLE_TRIM_MS` without work, so that the RSS falls back
 * once a burst is over; the next pair starts a new one. Measured: a thread reserves 28 MB once its
 * engine is loaded and at most 32 MB over 20,000 of the library's pairs, so one that only compares
 * lessons stays ready; after twenty 30 KB pairs it holds 53 MB (and the process 28 MB more RSS),
 * after a 255 KB pair over 100 MB. At 64 MB a thread grown by `npm run soak`'s 30 KB pairs was
 * kept in some runs, and held about 80 MB of RSS after the load.
 */
export const IDLE_TRIM_BYTES = 40 * 1024 * 1024;
export const IDLE_TRIM_MS = 2_000;
/**
 * Or after this many comparisons, whatever its memory: what leaks slowly is bounded too. Large,
 * because a new thread starts cold (its engine loaded and compiled again): at the lesson pair's
 * 3,000 compares a second this is one new thread a minute.
 */
const RECYCLE_AFTER = 200_000;
/**
 * The hard cap of a thread's heap. Past it V8 ends the thread, and its pair is answered as too
 * complex. Well above the recycle cap: the recycle rule, which waits for the thread to be idle,
 * is the one meant to act.
 */
const MAX_HEAP_MB = 1024;

/**
 * The first guess of a comparison's cost, before any has been measured: per UTF-16 code unit of
 * both sides, plus a fixed part. Learnt from then on (an average over recent large comparisons).
 */
const INITIAL_MS_PER_CHAR = 0.004;
const FIXED_MS = 1;
/** Only comparisons at least this large teach the estimate: small ones are mostly noise. */
const LEARN_FROM_CHARS = 10_000;

interface Job {
  id: number;
  left: SourceInput;
  right: SourceInput;
  timeoutMs: number;
  startBy: number;
  finishBy: number;
  /** Its estimated running time, ms. */
  cost: number;
  resolve(json: Buffer): void;
  reject(error: Error): void;
  /** True once the client has gone away: then the job is dropped instead of handed out. */
  abandoned: (() => boolean) | undefined;
  trace: CompareTrace | undefined;
  /** The thread it is handed to, while it waits there or runs; `undefined` while it waits here. */
  thread: Thread | undefined;
  /** The claim of its handing to `thread`. */
  claim: Claim | undefined;
  started: boolean;
  /** When the pool heard that it started (`performance.now()`). */
  startedAt: number;
  settled: boolean;
  /** Refuses it at its start deadline. */
  deadline: NodeJS.Timeout | undefined;
}

interface Thread {
  worker: Worker;
  /** The jobs handed to it that it has not answered or dropped, in the order it does them. */
  handed: Map<number, Job>;
  /** Fires when the job it is on overruns its budget. */
  watchdog: NodeJS.Timeout | undefined;
  /** Takes no more jobs: it overran or passed a cap. It is ended once nothing is handed to it. */
  retiring: boolean;
  /** Its heap reserved after its last comparison. */
  heapTotalBytes: number;
  /** Ends it once it has been idle a while with a large heap (`IDLE_TRIM_BYTES`). */
  idleTimer: NodeJS.Timeout | undefined;
  /** It has loaded its engine: only then is it handed jobs. */
  ready: boolean;
  compared: number;
}

export interface ComparePoolOptions {
  /** How many threads compare at most. At least 1. */
  threads: number;
  /** The module whose `compare` export the threads run. Default: Juxta's engine. */
  engineModule?: string | URL;
  /** Replace a thread after this many comparisons. Default 200,000. */
  recycleAfter?: number;
  /** Replace a thread whose heap passes this many bytes after a comparison. Default 384 MB. */
  heapRecycleBytes?: number;
  /** The hard cap of a thread's heap (old generation), MB. Default 1024. */
  maxHeapMb?: number;
}

/** What the pool has done so far, for tests, benches and logs. */
export interface PoolStats {
  /** Threads started in all (a replaced thread counts again). */
  spawned: number;
  /** Threads replaced for their memory or their number of comparisons. */
  recycled: number;
  /** Threads that overran a comparison's budget. */
  overruns: number;
  /** Pairs answered `busy`. */
  refused: number;
  /** Idle threads ended for the heap they had reserved. */
  trimmed: number;
}

export class ComparePool {
  readonly threads: number;
  readonly #setup: WorkerSetup;
  readonly #recycleAfter: number;
  readonly #heapRecycleBytes: number;
  readonly #maxHeapMb: number;
  readonly #all = new Set<Thread>();
  /** Jobs not yet handed to a thread, in order (a moved job goes back to the front). */
  #waiting: Job[] = [];
  /** The estimated cost of every job not yet begun. */
  #queuedCost = 0;
  #msPerChar = INITIAL_MS_PER_CHAR;
  readonly #idleWaiters: (() => void)[] = [];
  readonly #stats: PoolStats = {
    spawned: 0,
    recycled: 0,
    overruns: 0,
    refused: 0,
    trimmed: 0,
  };
  #nextId = 1;
  /** A thread has loaded its engine: the start is over. */
  #everReady = false;
  #closing: Promise<void> | undefined;

  constructor({
    threads,
    engineModule = ENGINE_MODULE,
    recycleAfter = RECYCLE_AFTER,
    heapRecycleBytes = HEAP_RECYCLE_BYTES,
    maxHeapMb = MAX_HEAP_MB,
  }: ComparePoolOptions) {
    if (!Number.isInteger(threads) || threads < 1) {
      throw new RangeError(`A compare pool needs at least one thread, not ${threads}.`);
    }
    if (!existsSync(COMPARE_WORKER)) {
      // Only in a checkout that was never built: the threads run the built engine.
      throw new Error(`The compare threads need ${COMPARE_WORKER}: run \`npm run build\` first.`);
    }
    this.threads = threads;
    this.#setup = { engineModule: moduleUrl(engineModule) };
    this.#recycleAfter = recycleAfter;
    this.#heapRecycleBytes = heapRecycleBytes;
    this.#maxHeapMb = maxHeapMb;
  }

  /**
   * Throws the `busy` error when a pair of `chars` code units in all would be refused now: for a
   * server to answer before it reads the body (its length stands in for the code's).
   */
  admit(chars: number, timeoutMs: number): void {
    const refusal = this.#refusal(this.#cost(chars), timeoutMs);
    if (refusal) throw refusal;
  }

  /**
   * Compares on a thread and resolves to the result as JSON (UTF-8 bytes); rejects with what the engine
   * threw (a `JuxtaError` stays one), with the `busy` `RequestError` when the pair cannot start
   * within its budget, or with `CompareAbandoned` when `abandoned()` is true by the time the job
   * would be handed to a thread (its client went away while it waited). Fills in `trace` as it goes.
   */
  run(
    left: SourceInput,
    right: SourceInput,
    timeoutMs: number,
    abandoned?: () => boolean,
    trace?: CompareTrace,
  ): Promise<Buffer> {
    if (this.#closing) return Promise.reject(new Error('The compare pool is closed.'));
    const cost = this.#cost(left.code.length + right.code.length);
    const refusal = this.#refusal(cost, timeoutMs);
    if (refusal) return Promise.reject(refusal);
    return new Promise<Buffer>((resolve, reject) => {
      const now = Date.now();
      const job: Job = {
        id: this.#nextId++,
        left,
        right,
        timeoutMs,
        startBy: now + maxWait(cost, timeoutMs),
        finishBy: now + timeoutMs,
        cost,
        resolve,
        reject,
        abandoned,
        trace,
        thread: undefined,
        claim: undefined,
        started: false,
        startedAt: 0,
        settled: false,
        deadline: undefined,
      };
      job.deadline = setTimeout(() => this.#missedStart(job), job.startBy - now);
      job.deadline.unref();
      this.#queuedCost += cost;
      this.#waiting.push(job);
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

  get stats(): Readonly<PoolStats> {
    return { ...this.#stats };
  }

  get closed(): boolean {
    return this.#closing !== undefined;
  }

  /** Takes no more comparisons, lets the ones under way and waiting finish, then ends the threads. */
  close(): Promise<void> {
    this.#closing ??= this.idle().then(async () => {
      await Promise.all([...this.#all].map((thread) => this.#end(thread)));
    });
    return this.#closing;
  }

  /** The estimated running time of a pair of `chars` code units in all. */
  #cost(chars: number): number {
    return FIXED_MS + chars * this.#msPerChar;
  }

  /** How long until the work queued and under way is done, by the estimates, on all threads. */
  #backlogMs(): number {
    let running = 0;
    const now = performance.now();
    for (const thread of this.#all) {
      for (const job of thread.handed.values()) {
        if (!job.started || job.settled || job.thread !== thread) continue;
        // What is left of it by the estimate; one past its estimate may still take a while.
        running += Math.max(job.cost - (now - job.startedAt), job.cost / 4);
      }
    }
    return (this.#queuedCost + running) / this.threads;
  }

  /** The `busy` error for a pair of estimated `cost` that cannot be taken now, if it cannot. */
  #refusal(cost: number, timeoutMs: number): RequestError | undefined {
    const backlog = this.#backlogMs();
    if (
      this.#waiting.length < this.threads * QUEUE_PER_THREAD &&
      backlog <= maxWait(cost, timeoutMs)
    ) {
      return undefined;
    }
    this.#stats.refused++;
    return busy(timeoutMs, backlog);
  }

  #missedStart(job: Job): void {
    if (job.started || job.settled) return;
    if (!job.thread && !this.#everReady) {
      // No thread has loaded its engine yet (the service has just started): the wait is not a
      // backlog. A thread started later, to replace one, is waited for within the deadlines: the
      // pairs it keeps waiting are answered 503 as for any other wait, not long past their budget.
      job.startBy = Date.now() + job.timeoutMs;
      job.finishBy = job.startBy + job.timeoutMs;
      job.deadline = setTimeout(() => this.#missedStart(job), job.timeoutMs);
      job.deadline.unref();
      return;
    }
    if (job.thread && job.claim) {
      // The thread has begun it (the pool has not read that yet): it will be answered.
      if (!refuse(job.claim)) return;
    } else this.#waiting.splice(this.#waiting.indexOf(job), 1);
    this.#stats.refused++;
    this.#settle(job, { error: busy(job.timeoutMs, this.#backlogMs()) });
    this.#checkIdle();
  }

  /** Answers a job once; a later answer (from a thread it was moved away from) is dropped. */
  #settle(job: Job, outcome: { json: Buffer } | { error: Error }): void {
    if (job.settled) return;
    job.settled = true;
    clearTimeout(job.deadline);
    if (!job.started) this.#queuedCost -= job.cost;
    if ('json' in outcome) job.resolve(outcome.json);
    else job.reject(outcome.error);
  }

  #isIdle(): boolean {
    if (this.#waiting.length > 0) return false;
    for (const thread of this.#all) if (thread.handed.size > 0) return false;
    return true;
  }

  #checkIdle(): void {
    if (this.#idleWaiters.length === 0 || !this.#isIdle()) return;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /**
   * The thread to hand the next job to: an idle one, a new one, or the least busy with room. A
   * retiring thread takes nothing; it still counts against twice `threads` so that an engine that
   * keeps overrunning cannot start threads without end. A thread still loading its engine takes
   * nothing yet, so that the start deadlines do not count a cold start as a backlog.
   */
  #freeThread(): Thread | undefined {
    let best: Thread | undefined;
    let active = 0;
    for (const thread of this.#all) {
      if (thread.retiring) continue;
      active++;
      if (!thread.ready) continue;
      if (thread.handed.size === 0) return thread;
      if (!best || thread.handed.size < best.handed.size) best = thread;
    }
    if (active < this.threads && this.#all.size < 2 * this.threads) {
      this.#spawn();
      return undefined;
    }
    return best && best.handed.size < PIPELINE ? best : undefined;
  }

  #dispatch(): void {
    while (this.#waiting.length > 0) {
      const job = this.#waiting[0] as Job;
      if (job.settled || job.started) {
        this.#waiting.shift();
        continue;
      }
      if (job.abandoned?.()) {
        this.#waiting.shift();
        this.#settle(job, { error: new CompareAbandoned() });
        continue;
      }
      const thread = this.#freeThread();
      if (!thread) return;
      this.#waiting.shift();
      job.thread = thread;
      job.claim = newClaim();
      thread.handed.set(job.id, job);
      // A thread with work keeps the process alive, as a comparison on the event loop would.
      if (thread.handed.size === 1) thread.worker.ref();
      const message: JobMessage = {
        kind: 'job',
        id: job.id,
        left: job.left,
        right: job.right,
        timeoutMs: job.timeoutMs,
        startBy: job.startBy,
        finishBy: job.finishBy,
        claim: job.claim,
      };
      thread.worker.postMessage(message);
    }
  }

  #spawn(): Thread {
    const worker = new Worker(COMPARE_WORKER, {
      workerData: this.#setup,
      resourceLimits: { maxOldGenerationSizeMb: this.#maxHeapMb },
    });
    const thread: Thread = {
      worker,
      handed: new Map(),
      watchdog: undefined,
      retiring: false,
      heapTotalBytes: 0,
      idleTimer: undefined,
      ready: false,
      compared: 0,
    };
    worker.on('message', (message: FromThread) => this.#receive(thread, message));
    // A thread that ends takes no more jobs. The one it was on fails with the reason; the ones
    // it had not begun go back to the front of the queue, for another thread. An error the thread
    // did not catch (its engine module failed to load, say) ends it too: then it was on none, and
    // the first pair waiting fails, so that an engine that cannot load is not retried forever.
    const lost = (error: Error): void => {
      if (!this.#all.delete(thread)) return;
      clearTimeout(thread.watchdog);
      const mine = [...thread.handed.values()].filter((job) => job.thread === thread);
      thread.handed.clear();
      const current =
        mine.find((job) => job.started || (job.claim && begun(job.claim))) ??
        mine[0] ??
        this.#waiting.shift();
      for (const job of mine) {
        job.thread = undefined;
        job.claim = undefined;
      }
      if (current) this.#settle(current, { error: outOfMemory(error) ?? error });
      this.#waiting.unshift(...mine.filter((job) => job !== current));
      this.#next();
    };
    worker.on('error', lost);
    worker.on('exit', (code) =>
      lost(new Error(`A compare thread stopped unexpectedly (exit code ${code}).`)),
    );
    // Listening for messages refs the thread: it keeps the process alive while it loads, for the
    // pairs waiting for it, and is unref'd once idle so that an idle one never does.
    this.#all.add(thread);
    this.#stats.spawned++;
    return thread;
  }

  #receive(thread: Thread, message: FromThread): void {
    if (message.kind === 'ready') {
      thread.ready = true;
      this.#everReady = true;
      this.#next();
      if (thread.handed.size === 0) thread.worker.unref();
      return;
    }
    const job = thread.handed.get(message.id);
    if (!job) return;
    if (message.kind === 'started') {
      if (!job.started && !job.settled) this.#queuedCost -= job.cost;
      job.started = true;
      job.startedAt = performance.now();
      if (job.trace) job.trace.began = message.at;
      clearTimeout(job.deadline);
      thread.watchdog = setTimeout(
        () => this.#overran(thread, job),
        job.timeoutMs + WATCHDOG_SLACK_MS,
      );
      thread.watchdog.unref();
      return;
    }
    thread.handed.delete(job.id);
    if (message.kind === 'dropped') {
      // Refused by the thread itself as past its start deadline (the pool's timer had not fired
      // yet), or by the pool (then the pair was answered or moved already).
      if (job.thread === thread) this.#missedStart(job);
    } else {
      clearTimeout(thread.watchdog);
      if (job.trace && job.thread === thread) {
        const { trace } = job;
        trace.received = Date.now();
        if (trace.began !== undefined) {
          trace.done = trace.began + message.ms;
          if (message.engineMs !== undefined) trace.compared = trace.began + message.engineMs;
        }
      }
      thread.compared++;
      thread.heapTotalBytes = message.heapTotalBytes;
      this.#learn(job, message.ms);
      if (message.waitedMs !== undefined) {
        // Too complex only for what the wait left of its budget: the service was busy.
        this.#stats.refused++;
        this.#settle(job, {
          error: busy(job.timeoutMs, this.#backlogMs(), { waitedMs: message.waitedMs }),
        });
      } else if (message.onCpuMs !== undefined) {
        // Out of time while other work kept its thread off the CPUs: the machine was busy.
        this.#stats.refused++;
        const late = { onCpuMs: message.onCpuMs, budgetMs: message.budgetMs };
        this.#settle(job, { error: busy(job.timeoutMs, this.#backlogMs(), late) });
      } else if (message.error) this.#settle(job, { error: revive(message.error) });
      else this.#settle(job, { json: bytes(message.json) });
      if (
        thread.compared >= this.#recycleAfter ||
        message.heapBytes > this.#heapRecycleBytes ||
        (message.rssBytes > RSS_RECYCLE_BYTES && thread.compared >= RSS_RECYCLE_MIN_COMPARED)
      ) {
        // It finishes what it was handed (a few pairs at most) and is then replaced.
        if (!thread.retiring) this.#stats.recycled++;
        thread.retiring = true;
      }
    }
    if (job.thread === thread) {
      job.thread = undefined;
      job.claim = undefined;
    }
    if (thread.handed.size === 0) {
      thread.worker.unref();
      if (thread.retiring) void this.#end(thread);
    }
    this.#next();
    if (thread.handed.size === 0 && !thread.retiring) this.#trimWhenIdle(thread);
  }

  #trimWhenIdle(thread: Thread): void {
    if (thread.heapTotalBytes <= IDLE_TRIM_BYTES) return;
    clearTimeout(thread.idleTimer);
    thread.idleTimer = setTimeout(() => {
      if (thread.handed.size > 0 || thread.retiring || !this.#all.has(thread)) return;
      this.#stats.trimmed++;
      void this.#end(thread);
    }, IDLE_TRIM_MS);
    thread.idleTimer.unref();
  }

  /** A running average of the cost per code unit, from the comparisons large enough to tell. */
  #learn(job: Job, ms: number): void {
    const chars = job.left.code.length + job.right.code.length;
    if (chars < LEARN_FROM_CHARS) return;
    this.#msPerChar = 0.8 * this.#msPerChar + (0.2 * Math.max(0, ms - FIXED_MS)) / chars;
  }

  /**
   * The watchdog: the thread's comparison has run past its budget, unless the thread has made its
   * answer and only the busy event loop has not read it yet (timers run before messages are read).
   */
  #overran(thread: Thread, job: Job): void {
    if (thread.retiring || !this.#all.has(thread)) return;
    if (job.claim && finished(job.claim)) return;
    this.#stats.overruns++;
    this.#moveAway(thread);
    this.#next();
  }

  /**
   * Takes no more jobs on `thread`, and moves the ones it has not begun back to the front of the
   * queue (their claims refused, so it drops them when it gets to them). It is ended once it has
   * answered or dropped all it was handed.
   */
  #moveAway(thread: Thread): void {
    thread.retiring = true;
    const moved: Job[] = [];
    for (const job of thread.handed.values()) {
      if (job.started || job.settled || job.thread !== thread) continue;
      if (job.claim && !refuse(job.claim)) continue;
      job.thread = undefined;
      job.claim = undefined;
      moved.push(job);
    }
    this.#waiting.unshift(...moved);
  }

  /** Ends a thread that has nothing handed to it: it is idle, so ending it is safe. */
  async #end(thread: Thread): Promise<void> {
    this.#all.delete(thread);
    clearTimeout(thread.watchdog);
    clearTimeout(thread.idleTimer);
    await thread.worker.terminate();
  }

  #next(): void {
    this.#dispatch();
    this.#checkIdle();
  }
}

/**
 * How long a pair of estimated `cost` may wait to start: long enough to finish within its budget,
 * by the estimate, but never less than a fifth of the budget, so that a pair estimated to be too
 * complex still gets its chance (and its 422) on a quiet service.
 */
function maxWait(cost: number, timeoutMs: number): number {
  return Math.max(timeoutMs - cost, timeoutMs / 5);
}

/**
 * The answer to a pair that cannot start in time, or (`late` given) that began late and ran out of
 * what was left of its budget, or ran out of it while other work kept its thread off the
 * processors: try again once the backlog has gone.
 */
function busy(
  timeoutMs: number,
  backlogMs: number,
  late?: { waitedMs: number } | { onCpuMs: number; budgetMs: number },
): RequestError {
  const seconds = Math.min(60, Math.max(1, Math.ceil(backlogMs / 1000)));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const retry = `Try again in ${seconds} s.`;
  if (late && 'onCpuMs' in late) {
    return new RequestError(
      'busy',
      `The machine running the service is busy with other work: this comparison had a processor ` +
        `for only ${s(late.onCpuMs)} of the ${s(late.budgetMs)} it was given, too little to ` +
        `finish it within its time budget of ${timeoutMs / 1000} s. ${retry}`,
      { 'Retry-After': String(seconds) },
    );
  }
  const what =
    late === undefined
      ? 'could not begin this one'
      : `could begin this one only after ${s(late.waitedMs)}, too late to finish it`;
  return new RequestError(
    'busy',
    `The service is busy with other comparisons and ${what} within its time budget of ` +
      `${timeoutMs / 1000} s. ${retry}`,
    { 'Retry-After': String(seconds) },
  );
}

/** A thread ended by V8 for passing its heap cap: its pair was too large to compare. */
function outOfMemory(error: Error): JuxtaError | undefined {
  if ((error as { code?: unknown }).code !== 'ERR_WORKER_OUT_OF_MEMORY') return undefined;
  return new JuxtaError(
    'too-complex',
    'These programs are too large to compare in the memory a comparison may use; try comparing a shorter piece of each.',
  );
}

/** The engine's error as the event loop would have caught it: a `JuxtaError` keeps its code. */
function revive(error: ThreadError): Error {
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

/** A thread's answer as a `Buffer`, without copying it. */
function bytes(json: Uint8Array | undefined): Buffer {
  return json ? Buffer.from(json.buffer, json.byteOffset, json.byteLength) : Buffer.from('null');
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
