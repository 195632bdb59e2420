/**
 * A compare thread of `ComparePool` (compare-pool.ts): loads its engine once, then answers each
 * job with the comparison as JSON in UTF-8 bytes (serialized and encoded here, off the event loop,
 * and handed over without a copy: their buffer is transferred) or with what the engine threw.
 *
 * Jobs wait here in order and each one runs in a `setImmediate` of its own, so the thread's event
 * loop gets a turn between two comparisons. That turn is when Node frees native memory: the
 * tree-sitter binding's trees are released by finalizers that Node runs from the event loop once
 * V8 has collected their wrappers, so a thread that compared job after job in one turn kept every
 * tree it had made (1.3 GB after 60 large pairs). A job begins only if its claim is still open
 * (compare-claim.ts): the pool may have answered it `busy` or moved it to another thread.
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompareOptions, CompareResult, SourceInput } from '../types.js';
import { claimStart, finish, refuse } from './compare-claim.js';
import type { FromThread, JobMessage, WorkerSetup } from './compare-pool.js';

type Engine = (left: SourceInput, right: SourceInput, options: CompareOptions) => CompareResult;

const port = parentPort;
if (!port) throw new Error('compare-worker.js runs only as a worker thread of a ComparePool.');
const { engineModule } = workerData as WorkerSetup;
const { compare } = (await import(engineModule)) as { compare?: Engine };
if (typeof compare !== 'function') {
  throw new Error(`${engineModule} has no \`compare\` function to run.`);
}
const engine: Engine = compare;
port.postMessage({ kind: 'ready' } satisfies FromThread);

const encoder = new TextEncoder();
const queue: JobMessage[] = [];
let scheduled = false;

port.on('message', (message: JobMessage) => {
  queue.push(message);
  schedule();
});

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  setImmediate(runNext);
}

function runNext(): void {
  scheduled = false;
  const job = queue.shift();
  if (!job) return;
  // Past its start deadline the pool answers it `busy`, also when its timer is late.
  if (Date.now() > job.startBy) refuse(job.claim);
  if (claimStart(job.claim)) run(job);
  else send({ kind: 'dropped', id: job.id });
  schedule();
}

function run({ id, left, right, timeoutMs, finishBy, claim }: JobMessage): void {
  send({ kind: 'started', id, at: Date.now() });
  const began = performance.now();
  // What the wait left of the budget (the pool let it start only with a fair part left)…
  const remaining = finishBy - Date.now();
  const allowed = Math.min(timeoutMs, remaining);
  // …less the time its answer will take to serialize, so that the answer is made by `finishBy`:
  // the engine's result of a 255 KB pair is 4.8 MB of JSON, 30 to 80 ms of work.
  const chars = left.code.length + right.code.length;
  const reserve = Math.min(timeoutMs / 10, SERIALIZE_MARGIN * serializeMsPerChar * chars);
  const budget = Math.max(1, allowed - reserve);
  // Read only for large pairs (a read takes 10 to 30 µs; a lesson pair, 300 µs to compare), and
  // budgets long enough for the share of a CPU to tell more than the scheduler's noise.
  const cpuAtStart = chars >= LEARN_FROM_CHARS && budget >= 1_000 ? cpuMs() : undefined;
  let json: Uint8Array<ArrayBuffer> | undefined;
  let error: Extract<FromThread, { kind: 'done' }>['error'];
  let engineMs: number | undefined;
  try {
    const result = engine(left, right, { timeoutMs: budget });
    engineMs = performance.now() - began;
    json = encoder.encode(JSON.stringify(result));
    learnSerializing(chars, performance.now() - began - engineMs);
  } catch (caught) {
    const thrown = caught instanceof Error ? caught : new Error(String(caught));
    const code = (thrown as { code?: unknown }).code;
    error = {
      name: thrown.name,
      message: thrown.message,
      code: typeof code === 'string' ? code : undefined,
      stack: thrown.stack,
    };
  }
  finish(claim);
  // Out of time while the thread had a CPU for less than nine tenths of its budget: the machine
  // was busy with other work, and the pair need not be too complex.
  const cpuAtEnd = error?.code === 'too-complex' && cpuAtStart !== undefined ? cpuMs() : undefined;
  const onCpuMs =
    cpuAtEnd !== undefined && cpuAtStart !== undefined && cpuAtEnd - cpuAtStart < 0.9 * budget
      ? cpuAtEnd - cpuAtStart
      : undefined;
  const heap = getHeapStatistics();
  send(
    {
      kind: 'done',
      id,
      json,
      error,
      // A cut of a tenth or less would not have saved it: too complex, as with the whole budget.
      waitedMs:
        allowed < 0.9 * timeoutMs && error?.code === 'too-complex'
          ? timeoutMs - remaining
          : undefined,
      ms: performance.now() - began,
      engineMs,
      onCpuMs,
      budgetMs: budget,
      heapBytes: heap.used_heap_size,
      heapTotalBytes: heap.total_heap_size,
      rssBytes: rss(),
    },
    json && [json.buffer],
  );
}

/**
 * How long serializing a result takes per code unit of the pair, ms: a first guess, then learnt
 * from the pairs large enough to tell (a running average). Twice that is kept out of the engine's
 * budget.
 */
let serializeMsPerChar = 0.0003;
const SERIALIZE_MARGIN = 2;
const LEARN_FROM_CHARS = 10_000;

function learnSerializing(chars: number, ms: number): void {
  if (chars < LEARN_FROM_CHARS) return;
  serializeMsPerChar = 0.8 * serializeMsPerChar + (0.2 * ms) / chars;
}

/**
 * How long this thread has run on a CPU, ms (Linux: the first field of its schedstat); `undefined`
 * where that cannot be read. Under a load of other work a thread waits for a CPU much of the time:
 * at a load average of 15 on the 2-core development VM, a thread busy for 300 ms ran for 62.
 */
function cpuMs(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ', 1)[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The process's RSS, read at most once a second: reading it costs a system call and a file read,
 * 7 % of a small comparison's time.
 */
let rssRead = { at: -Infinity, bytes: 0 };
function rss(): number {
  const now = performance.now();
  if (now - rssRead.at >= 1_000) rssRead = { at: now, bytes: process.memoryUsage.rss() };
  return rssRead.bytes;
}

function send(message: FromThread, transfer?: ArrayBuffer[]): void {
  port?.postMessage(message, transfer);
}
