/**
 * A compare thread of `ComparePool` (compare-pool.ts): loads its engine once, then answers each
 * job with the comparison as JSON text (serialized here, off the event loop) or with what the
 * engine threw.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CompareOptions, CompareResult, SourceInput } from '../types.js';
import type { JobMessage, ReplyMessage, WorkerSetup } from './compare-pool.js';

type Engine = (left: SourceInput, right: SourceInput, options: CompareOptions) => CompareResult;

const port = parentPort;
if (!port) throw new Error('compare-worker.js runs only as a worker thread of a ComparePool.');
const { engineModule } = workerData as WorkerSetup;
const { compare } = (await import(engineModule)) as { compare?: Engine };
if (typeof compare !== 'function') {
  throw new Error(`${engineModule} has no \`compare\` function to run.`);
}

port.on('message', ({ id, left, right, timeoutMs }: JobMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id, json: JSON.stringify(compare(left, right, { timeoutMs })) };
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const code = (error as { code?: unknown }).code;
    reply = {
      id,
      error: {
        name: error.name,
        message: error.message,
        code: typeof code === 'string' ? code : undefined,
        stack: error.stack,
      },
    };
  }
  port.postMessage(reply);
});
