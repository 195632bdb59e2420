/**
 * `npm run bench:server`: the service under autocannon load at 50 connections: POST /api/compare
 * with the lesson pair, cache off and cache on, against the trivial GET /healthz in the same run;
 * then the RSS of the uncached server after 10k and after 100k compares. Prints tables, and exits 1
 * when a target of issue 4 is missed.
 *
 * More scenarios, without targets: the uncached compare on the event loop instead of the compare
 * threads; and the floor under the uncached figure, the same route with the threads running a
 * stand-in for the engine that only has tree-sitter parse both sides, or one that parses and
 * walks every node (`npm run bench`'s floor), each answering with the real result.
 *
 * Each server runs in a child process (bench/server/child.ts) so that the load generator's own
 * CPU is not counted against it; on a small machine they still share its cores. The scenarios take
 * turns in slices (5 × 2 s each by default, 10 s in all per scenario) so that load from other
 * programs on the machine falls on all of them alike instead of skewing the ratios.
 */
import { fork } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { defaultCompareThreads } from '../src/server/compare-pool.js';
import type { ChildMessage } from './server/child.js';
import { lessonPair } from './server/lesson.js';

const CONNECTIONS = 50;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const SLICE_S = Number(process.env['BENCH_SLICE_S'] ?? 2);
const RSS_FIRST = 10_000;
const RSS_SECOND = Number(process.env['BENCH_RSS_REQUESTS'] ?? 100_000);

interface Stats {
  rss: number;
  cpuMs: number;
}

interface Server {
  url: string;
  stats(): Promise<Stats>;
  stop(): Promise<void>;
}

/**
 * A server in a child process (see bench/server/child.ts). `threads`: its compare threads (`0`: on
 * the event loop; default the service's). `engine`: a stand-in for the engine.
 */
async function startChild(
  cache: boolean,
  { threads, engine }: { threads?: number; engine?: 'parse' | 'floor' } = {},
): Promise<Server> {
  const child = fork(new URL('./server/child.js', import.meta.url), {
    env: {
      ...process.env,
      JUXTA_BENCH_CACHE: cache ? 'on' : 'off',
      JUXTA_BENCH_THREADS: threads === undefined ? '' : String(threads),
      JUXTA_BENCH_ENGINE: engine ?? '',
    },
  });
  const next = (): Promise<ChildMessage> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`the bench server exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m as ChildMessage);
      });
    });
  const first = await next();
  if (!('url' in first)) throw new Error('the bench server did not report its url');
  return {
    url: first.url,
    async stats() {
      const answer = next();
      child.send('stats');
      const message = await answer;
      if (!('rss' in message)) throw new Error('the bench server did not report its stats');
      return message;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

interface Scenario {
  label: string;
  server: Server;
  options: autocannon.Options;
  /** Minimum share of the trivial endpoint's requests/s. */
  target?: number;
}

/** What a scenario's slices add up to. */
interface Tally {
  requests: number;
  seconds: number;
  failures: number;
  cpuMs: number;
  p50s: number[];
  p99s: number[];
}

const failures = (r: autocannon.Result): number => r.errors + r.non2xx;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function measure(scenario: Scenario, load: { duration: number } | { amount: number }) {
  const before = await scenario.server.stats();
  const result = await autocannon({ ...scenario.options, connections: CONNECTIONS, ...load });
  const after = await scenario.server.stats();
  return { result, cpuMs: after.cpuMs - before.cpuMs, rss: after.rss };
}

async function main(): Promise<void> {
  const { ruby, python } = await lessonPair();
  const compareRequest: autocannon.Options = {
    url: '',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      left: { language: 'ruby', code: ruby },
      right: { language: 'python', code: python },
    }),
  };

  const threads = defaultCompareThreads();
  console.log(
    `${availableParallelism()} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at start; ${CONNECTIONS} connections; ` +
      `${threads} compare thread${threads === 1 ? '' : 's'}.`,
  );
  const uncached = await startChild(false);
  const onEventLoop = await startChild(false, { threads: 0 });
  const cached = await startChild(true);
  const parseOnly = await startChild(false, { engine: 'parse' });
  const floor = await startChild(false, { engine: 'floor' });
  const servers = [uncached, onEventLoop, cached, parseOnly, floor];
  try {
    /** POST /api/compare with the lesson pair, against `server`. */
    const compareOn = (label: string, server: Server, target?: number): Scenario => ({
      label,
      server,
      options: { ...compareRequest, url: `${server.url}/api/compare` },
      target,
    });
    const trivial: Scenario = {
      label: 'GET /healthz (trivial)',
      server: uncached,
      options: { url: `${uncached.url}/healthz` },
    };
    const uncachedCompare = compareOn('POST /api/compare, cache off', uncached, 0.4);
    const loopCompare = compareOn('POST /api/compare, cache off, on the event loop', onEventLoop);
    const cachedCompare = compareOn('POST /api/compare, cache on', cached, 0.8);
    const parseScenario = compareOn('stand-in engine: tree-sitter parse only', parseOnly);
    const floorScenario = compareOn('stand-in engine: parse + walk (floor)', floor);
    // The trivial endpoint first: every ratio is to it.
    const scenarios = [
      trivial,
      uncachedCompare,
      loopCompare,
      cachedCompare,
      parseScenario,
      floorScenario,
    ];

    console.log(`Memory: ${RSS_FIRST} then ${RSS_SECOND} uncached compares (also the warm-up)…`);
    const rssStart = (await uncached.stats()).rss;
    const first = await measure(uncachedCompare, { amount: RSS_FIRST });
    const second = await measure(uncachedCompare, { amount: RSS_SECOND - RSS_FIRST });
    for (const warm of [loopCompare, cachedCompare, parseScenario, floorScenario]) {
      await measure(warm, { duration: 2 });
    }

    console.log(`Throughput: ${ROUNDS} rounds of ${SLICE_S} s per scenario, taking turns…`);
    const tallies = scenarios.map<Tally>(() => ({
      requests: 0,
      seconds: 0,
      failures: 0,
      cpuMs: 0,
      p50s: [],
      p99s: [],
    }));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, scenario] of scenarios.entries()) {
        const { result, cpuMs } = await measure(scenario, { duration: SLICE_S });
        const tally = tallies[i] as Tally;
        tally.requests += result.requests.total;
        tally.seconds += result.duration;
        tally.failures += failures(result);
        tally.cpuMs += cpuMs;
        tally.p50s.push(result.latency.p50);
        tally.p99s.push(result.latency.p99);
      }
    }

    const perSecond = tallies.map((t) => t.requests / t.seconds);
    const rate = (scenario: Scenario) => perSecond[scenarios.indexOf(scenario)] as number;
    const base = rate(trivial);
    const rows = scenarios.map((scenario, i) => {
      const tally = tallies[i] as Tally;
      const ratio = (perSecond[i] as number) / base;
      const ok =
        (scenario.target === undefined || ratio >= scenario.target) && tally.failures === 0;
      return {
        scenario: scenario.label,
        'req/s': Math.round(perSecond[i] as number),
        'ratio to trivial': ratio.toFixed(2),
        target: scenario.target === undefined ? '' : `≥ ${scenario.target}`,
        'p50 ms': median(tally.p50s),
        'p99 ms': Math.max(...tally.p99s),
        'server CPU ms/req': (tally.cpuMs / tally.requests).toFixed(3),
        requests: tally.requests,
        errors: tally.failures,
        ok: ok ? 'yes' : 'NO',
      };
    });
    console.log('\nThroughput and latency (p50: median of the rounds; p99: worst round)');
    console.table(rows);
    const share = rate(uncachedCompare) / rate(floorScenario);
    console.log(
      `The uncached compare runs at ${share.toFixed(2)} of the floor's requests/s: the stand-ins ` +
        'answer with the same result but only parse (and walk) the two sides.',
    );

    const growth = (second.rss - first.rss) / first.rss;
    const rssErrors = failures(first.result) + failures(second.result);
    const rssOk = growth < 0.2 && rssErrors === 0;
    console.log('\nMemory of the uncached server');
    console.table([
      {
        'RSS at start': mb(rssStart),
        [`after ${RSS_FIRST / 1000}k`]: mb(first.rss),
        [`after ${RSS_SECOND / 1000}k`]: mb(second.rss),
        growth: `${(growth * 100).toFixed(1)} %`,
        target: '< 20 %',
        errors: rssErrors,
        ok: rssOk ? 'yes' : 'NO',
      },
    ]);

    const allOk = rssOk && rows.every((r) => r.ok === 'yes');
    console.log(allOk ? '\nAll targets met.' : '\nSome targets were missed (rows marked NO).');
    process.exitCode = allOk ? 0 : 1;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

await main();
