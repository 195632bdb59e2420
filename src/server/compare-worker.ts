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
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompareOptions, CompareResult, SourceInput } from '../types.js';
import { claimStart, refuse } from './compare-claim.js';
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

function run({ id, left, right, timeoutMs, finishBy }: JobMessage): void {
  send({ kind: 'started', id });
  const began = performance.now();
  // What the wait left of the budget (the pool let it start only with a fair part left).
  const remaining = finishBy - Date.now();
  const budget = Math.max(1, Math.min(timeoutMs, remaining));
  let json: Uint8Array<ArrayBuffer> | undefined;
  let error: Extract<FromThread, { kind: 'done' }>['error'];
  try {
    json = encoder.encode(JSON.stringify(engine(left, right, { timeoutMs: budget })));
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
  const heap = getHeapStatistics();
  send(
    {
      kind: 'done',
      id,
      json,
      error,
      // A cut of a tenth or less would not have saved it: too complex, as with the whole budget.
      waitedMs:
        budget < 0.9 * timeoutMs && error?.code === 'too-complex'
          ? timeoutMs - remaining
          : undefined,
      ms: performance.now() - began,
      heapBytes: heap.used_heap_size,
      heapTotalBytes: heap.total_heap_size,
      rssBytes: rss(),
    },
    json && [json.buffer],
  );
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
