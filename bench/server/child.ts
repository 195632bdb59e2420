/**
 * The service under load in its own process, so autocannon's work does not count against it.
 * Started by bench/server.bench.ts over IPC: it answers `{ url }` once listening, its RSS and CPU
 * time when asked `stats`, and closes on `stop`. Logs at `info` to /dev/null: the work of logging
 * every request, as in production, without the output.
 *
 * `JUXTA_BENCH_CACHE=off` turns the compare cache off. `JUXTA_BENCH_ENGINE` swaps the engine for a
 * stand-in that does only the part of a comparison no engine can skip, and then answers with the
 * lesson pair's real result (computed once, so the answer is the same size): `parse` has
 * tree-sitter parse both sides, `floor` parses and walks every node, as `npm run bench`'s floor.
 */
import { pino } from 'pino';
import { compare } from '../../src/index.js';
import type { CompareEngine } from '../../src/server/app.js';
import { startServer } from '../../src/server/serve.js';
import { floor, parseOnly } from '../floor.js';
import { lessonPair } from './lesson.js';

export type ChildMessage = { url: string } | { rss: number; cpuMs: number };
export type ParentMessage = 'stats' | 'stop';

async function standIn(work: (language: string, code: string) => unknown): Promise<CompareEngine> {
  const { ruby, python } = await lessonPair();
  const left = { language: 'ruby', code: ruby };
  const right = { language: 'python', code: python };
  const answer = compare(left, right);
  return (l, r) => {
    if (l.code !== ruby || r.code !== python || l.language !== 'ruby' || r.language !== 'python') {
      throw new Error('the stand-in engine answers only the lesson pair');
    }
    work(l.language, l.code);
    work(r.language, r.code);
    return answer;
  };
}

const engines: Record<string, () => Promise<CompareEngine>> = {
  parse: () => standIn(parseOnly),
  floor: () => standIn(floor),
};
const engineName = process.env['JUXTA_BENCH_ENGINE'];
const makeEngine = engineName ? engines[engineName] : undefined;
if (engineName && !makeEngine) {
  throw new Error(`JUXTA_BENCH_ENGINE must be one of ${Object.keys(engines).join(', ')}`);
}

const cache = process.env['JUXTA_BENCH_CACHE'] !== 'off';
const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
const handle = await startServer({
  port: 0,
  host: '127.0.0.1',
  cache,
  logger,
  engine: makeEngine ? await makeEngine() : undefined,
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
