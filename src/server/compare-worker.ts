/**
 * A compare thread of `ComparePool` (compare-pool.ts): loads its engine once, then answers each
 * job with the comparison as JSON text (serialized here, off the event loop) or with what the
 * engine threw.
 *
 * Jobs wait here in order and each one runs in a `setImmediate` of its own, so the thread's event
 * loop gets a turn between two comparisons. That turn is when Node frees native memory: the
 * tree-sitter binding's trees are released by finalizers that Node runs from the event loop once
 * V8 has collected their wrappers, so a thread that compared job after job in one turn kept every
 * tree it had made (1.3 GB after 60 large pairs). In the turn the thread also reads the pool's
 * messages, so a `cancel` for a job it has not begun reaches it before that job would start.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompareOptions, CompareResult, SourceInput } from '../types.js';
import type { FromThread, JobMessage, ToThread, WorkerSetup } from './compare-pool.js';

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

const queue: JobMessage[] = [];
let scheduled = false;

port.on('message', (message: ToThread) => {
  if (message.kind === 'cancel') {
    const at = queue.findIndex((job) => job.id === message.id);
    if (at !== -1) {
      queue.splice(at, 1);
      send({ kind: 'dropped', id: message.id });
    }
    return;
  }
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
  // A job that could not begin within its time budget is answered by the pool already (503).
  if (Date.now() > job.startBy) send({ kind: 'dropped', id: job.id });
  else run(job);
  schedule();
}

function run({ id, left, right, timeoutMs }: JobMessage): void {
  send({ kind: 'started', id });
  const began = performance.now();
  let json: string | undefined;
  let error: Extract<FromThread, { kind: 'done' }>['error'];
  try {
    json = JSON.stringify(engine(left, right, { timeoutMs }));
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
  send({
    kind: 'done',
    id,
    json,
    error,
    ms: performance.now() - began,
    heapBytes: getHeapStatistics().used_heap_size,
    rssBytes: process.memoryUsage.rss(),
  });
}

function send(message: FromThread): void {
  port?.postMessage(message);
}
