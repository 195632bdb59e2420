/**
 * A worker thread of `npm run soak` (bench/soak.ts) that asks `GET /healthz` every `everyMs` (the
 * soak changes it with a message `{ everyMs }`) on one keep-alive connection and posts each
 * answer's latency (or a timeout, as 10 s) to the soak. On a thread of its own so that the load
 * generator's work on the soak's event loop does not count in the latencies it reads.
 */
import { Agent, get } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface ProbeSample {
  ms: number;
  ok: boolean;
}

const TIMEOUT_MS = 10_000;
const { url, everyMs: initialMs } = workerData as { url: string; everyMs: number };
let everyMs = initialMs;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function probe(): Promise<ProbeSample> {
  return new Promise((resolve) => {
    const began = performance.now();
    const done = (ok: boolean) => resolve({ ms: performance.now() - began, ok });
    const req = get(`${url}/healthz`, { agent, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.once('end', () => done(res.statusCode === 200));
    });
    req.once('timeout', () => {
      req.destroy();
      resolve({ ms: TIMEOUT_MS, ok: false });
    });
    req.once('error', () => done(false));
  });
}

let running = true;
parentPort?.on('message', (message: 'stop' | { everyMs: number }) => {
  if (message === 'stop') running = false;
  else everyMs = message.everyMs;
});
while (running) {
  const sample = await probe();
  parentPort?.postMessage(sample);
  await new Promise((resolve) => setTimeout(resolve, everyMs));
}
agent.destroy();
process.exit(0);
