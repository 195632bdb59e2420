/**
 * The service under load in its own process, so autocannon's work does not count against it.
 * Started by bench/server.bench.ts over IPC: it answers `{ url }` once listening, its RSS and CPU
 * time (all its threads) when asked `stats`, and closes on `stop`. Logs at `info` to /dev/null:
 * the work of logging every request, as in production, without the output.
 *
 * `JUXTA_BENCH_CACHE=off` turns the compare cache off. `JUXTA_BENCH_THREADS` sets the compare
 * threads (`0`: compare on the event loop); the default is the service's. `JUXTA_BENCH_ENGINE`
 * (`parse` or `floor`) has the compare threads run a stand-in for the engine (./stand-in.ts).
 */
import { pino } from 'pino';
import { startServer } from '../../src/server/serve.js';

export type ChildMessage = { url: string } | { rss: number; cpuMs: number };
export type ParentMessage = 'stats' | 'stop';

const cache = process.env['JUXTA_BENCH_CACHE'] !== 'off';
const threads = process.env['JUXTA_BENCH_THREADS'];
const standIn = process.env['JUXTA_BENCH_ENGINE'];
const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
const handle = await startServer({
  port: 0,
  host: '127.0.0.1',
  cache,
  logger,
  compareThreads: threads ? Number(threads) : undefined,
  engineModule: standIn ? new URL('./stand-in.js', import.meta.url) : undefined,
});

const reply = (message: ChildMessage): void => void process.send?.(message);
process.on('message', (message: ParentMessage) => {
  if (message === 'stats') {
    const cpu = process.cpuUsage();
    reply({ rss: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  if (message === 'stop') void handle.close().then(() => process.exit(0));
});
reply({ url: handle.url });
