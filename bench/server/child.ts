/**
 * The service under load in its own process, so autocannon's work does not count against it.
 * Started by bench/server.bench.ts over IPC: it answers `{ url }` once listening, its RSS and CPU
 * time when asked `stats`, and closes on `stop`. Logs at `info` to /dev/null: the work of logging
 * every request, as in production, without the output.
 */
import { pino } from 'pino';
import { startServer } from '../../src/server/serve.js';

export type ChildMessage = { url: string } | { rss: number; cpuMs: number };
export type ParentMessage = 'stats' | 'stop';

const cache = process.env['JUXTA_BENCH_CACHE'] !== 'off';
const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
const handle = await startServer({ port: 0, host: '127.0.0.1', cache, logger });

const reply = (message: ChildMessage): void => void process.send?.(message);
process.on('message', (message: ParentMessage) => {
  if (message === 'stats') {
    const cpu = process.cpuUsage();
    reply({ rss: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  if (message === 'stop') void handle.close().then(() => process.exit(0));
});
reply({ url: handle.url });
