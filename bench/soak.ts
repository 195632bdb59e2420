/**
 * `npm run soak`: a bounded load run of `juxta serve` (the real command, in a child process, on
 * 127.0.0.1) through the mixes that broke it in issue 15: cached pairs, unique small pairs, unique
 * 255 KB pairs at 50 and at 200 connections, slow clients (a body sent in drips, a large answer
 * read slowly), an idle spell, and a SIGTERM with comparisons in flight. `GET /healthz` is probed
 * throughout from a thread of its own. Prints throughput, latency percentiles, errors and the
 * server's RSS over time, then whether each target holds; exits 1 when one is missed.
 *
 * `SOAK_SECONDS` (default 60) is the length of the load; the phases take fixed shares of it.
 * `--ci` (as `.ci/run` runs it) exits 1 only when a memory or an error target is missed: the
 * latency targets are printed too, but a CI machine's timing is not this service's.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { request, type IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, setPriority, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { loadLibrary } from '../src/library/load.js';
import { BODY_LIMIT_BYTES } from '../src/server/errors.js';
import { DEFAULT_COMPARE_TIMEOUT_MS } from '../src/server/app.js';
import { DEFAULT_SNIPPETS_DIR, PACKAGE_ROOT } from '../src/paths.js';
import { pair } from './generate.js';
import type { ProbeSample } from './soak/probe.js';

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 60);
/**
 * For a look at a few phases (`SOAK_PHASES=large,overload`): the others are skipped, and so are
 * the targets that read them. Names: cached, small, large, overload, slow.
 */
const PHASES = process.env['SOAK_PHASES']?.split(',').map((name) => name.trim());
/** `SOAK_KEEP_LOG=1` keeps the server's log whatever the outcome. */
const KEEP_LOG = process.env['SOAK_KEEP_LOG'] === '1';
/** Node options for the server's process, such as `--cpu-prof` (split at spaces). */
const SERVER_NODE_ARGS = process.env['SOAK_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
const CI = process.argv.includes('--ci');
/**
 * How long the server is left idle after the warm-up before the idle RSS is read: long enough for
 * V8 to give back what the warm-up grew (see `recoverySeconds`), which took 10 to 20 s.
 */
const IDLE_S = 30;
/**
 * `/healthz` is asked every 50 ms under load; while idle, once a second, as a load balancer
 * might. At 20 a second the probes alone kept V8 from giving its heap back: in one pair of runs,
 * 20 s after 20 s of 255 KB pairs, the event loop's heap was 54 MB with them, 16 MB without.
 */
const PROBE_MS = { load: 50, idle: 1_000 };
const BUDGET_MS = DEFAULT_COMPARE_TIMEOUT_MS;
/** A large pair's JSON body: just under the service's body limit. */
const LARGE_BODY_BYTES = BODY_LIMIT_BYTES - 1024;

const TARGETS = {
  /** RSS while 255 KB pairs pour in. */
  plateauMb: 1_536,
  /** RSS after the load, as a multiple of the idle RSS before it… */
  recoveryRatio: 2,
  /**
   * …within this long once the load stops. V8 gives back the heap the event loop grew under load
   * only once it sees a low allocation rate (next to its collection speed): its memory reducer
   * looks 8 s after the last full collection, then every 8 s while the rate is not low, and
   * collects anyway 100 s after it. On this machine that took from 10 s to over 30 s.
   */
  recoverySeconds: 120,
  /** The first reading comes this long after the load, so that the server is idle by then. */
  recoveryFirstSeconds: 10,
  healthzP99Ms: 100,
  /** A 200 under overload comes within the budget plus this. */
  answerSlackMs: 1_000,
  /** A 503 is "fast" within this. */
  fastRefusalMs: 1_000,
  shutdownMs: BUDGET_MS + 10_000,
  libraryGrowthMb: 50,
};

// ---------------------------------------------------------------------------------------------
// The server

interface Server {
  url: string;
  /** The file the server writes its request log to. */
  logFile: string;
  child: ChildProcess;
  rssMb(): number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startServer(): Promise<Server> {
  const port = await freePort();
  const bin = fileURLToPath(new URL('bin/juxta.js', `file://${PACKAGE_ROOT}/`));
  // The request log at `info`, as in production, to a file: its `responseTime`s are the
  // server's own view of each answer's latency.
  const logFile = join(await mkdtemp(join(tmpdir(), 'juxta-soak-')), 'server.log');
  const log = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_ARGS, bin, 'serve', '--port', String(port), '--host', '127.0.0.1'],
    {
      stdio: ['ignore', log, 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'info' },
    },
  );
  closeSync(log);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /Juxta is serving at (\S+)/.exec(stderr);
      if (found) resolve(found[1] as string);
    });
    void exited.then(({ code }) => reject(new Error(`juxta serve exited (${code}): ${stderr}`)));
  });
  const pid = child.pid as number;
  return {
    url,
    logFile,
    child,
    exited,
    rssMb: () => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
      } catch {
        return NaN;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The pairs

const escapeJson = (code: string): string => JSON.stringify(code).slice(1, -1);
let unique = 0;

/** A body factory: every call gives a pair no cache has seen (a numbered comment leads each side). */
function uniqueBodies(ruby: string, python: string): () => string {
  const r = escapeJson(ruby);
  const p = escapeJson(python);
  return () => {
    const tag = `soak ${process.pid} ${unique++}`;
    return (
      `{"left":{"language":"ruby","code":"# ${tag}\\n${r}"},` +
      `"right":{"language":"python","code":"# ${tag}\\n${p}"}}`
    );
  };
}

/** The generated pair (bench/generate.ts) whose body is as large as will fit the limit. */
function largePair(): { ruby: string; python: string } {
  let lines = 1_000;
  let best = pair(lines);
  for (;;) {
    const next = pair(lines + 100);
    const body = uniqueBodies(next.ruby, next.python)();
    if (Buffer.byteLength(body) > LARGE_BODY_BYTES) return best;
    best = next;
    lines += 100;
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};
const round = (n: number): number => Math.round(n);

interface PhaseReport {
  phase: string;
  connections: number;
  seconds: number;
  'req/s': number;
  '200': number;
  '503': number;
  /** Other statuses, connection errors and timeouts. */
  other: number;
  'p50 ms': number;
  'p99 ms': number;
  'max 200 ms': number;
  'p99 503 ms': number;
  'healthz p99 ms': number;
  'healthz max ms': number;
  'peak RSS MB': number;
  /**
   * The server's own view, from its request log: from the request's arrival until the whole answer
   * was handed to the socket (its `timings.sent`), and until the client had taken it all (its
   * `responseTime`: a 255 KB pair's answer is 4.8 MB, which a starved client reads slowly).
   */
  'server max 200 sent ms': number;
  'server max 200 ms': number;
  'server p99 503 ms': number;
}

/** What happened in one phase: per-status latencies, healthz probes, RSS samples. */
class Tally {
  readonly latencies = new Map<number, number[]>();
  readonly probes: ProbeSample[] = [];
  readonly rss: number[] = [];
  errors = 0;
  requests = 0;

  add(status: number, ms: number): void {
    this.requests++;
    let list = this.latencies.get(status);
    if (!list) this.latencies.set(status, (list = []));
    list.push(ms);
  }

  report(phase: string, connections: number, seconds: number): PhaseReport {
    const ok = this.latencies.get(200) ?? [];
    const busy = this.latencies.get(503) ?? [];
    const all = [...this.latencies.values()].flat();
    let other = this.errors;
    for (const [status, list] of this.latencies)
      if (status !== 200 && status !== 503) other += list.length;
    const healthz = this.probes.map((p) => p.ms);
    return {
      phase,
      connections,
      seconds: round(seconds),
      'req/s': round(this.requests / seconds),
      '200': ok.length,
      '503': busy.length,
      other: other + this.probes.filter((p) => !p.ok).length,
      'p50 ms': round(percentile(all, 50)),
      'p99 ms': round(percentile(all, 99)),
      'max 200 ms': round(Math.max(0, ...ok)),
      'p99 503 ms': round(percentile(busy, 99)),
      'healthz p99 ms': round(percentile(healthz, 99)),
      'healthz max ms': round(Math.max(0, ...healthz)),
      'peak RSS MB': round(Math.max(0, ...this.rss)),
      'server max 200 sent ms': NaN,
      'server max 200 ms': NaN,
      'server p99 503 ms': NaN,
    };
  }
}

let current = new Tally();

/** autocannon against `POST /api/compare`, each answer counted by status. */
async function load(
  url: string,
  connections: number,
  seconds: number,
  body: string | (() => string),
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/compare`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections,
        duration: seconds,
        timeout: 30,
        ...(typeof body === 'string'
          ? { body }
          : { requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }] }),
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (_client, status, _bytes, ms) => current.add(status, ms));
    instance.on('reqError', () => current.errors++);
  });
}

/** One request with node:http, its body written in `drips` pieces `dripMs` apart and its answer read at `readBytesPerS`. */
function slowRequest(
  url: string,
  body: string,
  { drips, dripMs, readBytesPerS }: { drips: number; dripMs: number; readBytesPerS: number },
): Promise<{ status: number; bytes: number; complete: boolean; ms: number }> {
  const began = performance.now();
  const bytes = Buffer.from(body);
  return new Promise((resolve) => {
    const req = request(`${url}/api/compare`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': bytes.length },
    });
    req.once('error', () =>
      resolve({ status: 0, bytes: 0, complete: false, ms: performance.now() - began }),
    );
    req.once('response', (res: IncomingMessage) => {
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        res.pause();
        setTimeout(() => res.resume(), (chunk.length / readBytesPerS) * 1000);
      });
      res.once('end', () => {
        const expected = Number(res.headers['content-length'] ?? received);
        resolve({
          status: res.statusCode ?? 0,
          bytes: received,
          complete: received === expected,
          ms: performance.now() - began,
        });
      });
      res.once('error', () =>
        resolve({ status: res.statusCode ?? 0, bytes: received, complete: false, ms: 0 }),
      );
    });
    void (async () => {
      const size = Math.ceil(bytes.length / drips);
      for (let at = 0; at < bytes.length; at += size) {
        req.write(bytes.subarray(at, at + size));
        await new Promise((r) => setTimeout(r, dripMs));
      }
      req.end();
    })();
  });
}

/**
 * Fills each phase's server-side columns from the request log's lines of its time window, and
 * returns the lines logged as errors (a 5xx, a bug).
 */
function serverSide(
  logFile: string,
  windows: { report: PhaseReport; from: number; to: number }[],
): string[] {
  const byPhase = windows.map(() => ({
    ok: [] as number[],
    sent: [] as number[],
    busy: [] as number[],
  }));
  const slowest200: ({ ms: number; timings: Record<string, number> } | undefined)[] = [];
  const errors: string[] = [];
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as {
      level: number;
      time: number;
      req?: { url?: string };
      res?: { statusCode?: number };
      responseTime?: number;
      timings?: Record<string, number>;
    };
    if (entry.level >= 50) errors.push(line);
    if (entry.req?.url !== '/api/compare') continue;
    const at = windows.findIndex((w) => entry.time >= w.from && entry.time <= w.to);
    const ms = entry.responseTime;
    if (at === -1 || ms === undefined) continue;
    const status = entry.res?.statusCode;
    const sent = entry.timings?.['sent'] ?? ms;
    if (status === 200) {
      byPhase[at]?.ok.push(ms);
      byPhase[at]?.sent.push(sent);
    }
    const slowest = slowest200[at];
    if (status === 200 && entry.timings && (!slowest || sent > (slowest.timings['sent'] ?? 0))) {
      slowest200[at] = { ms, timings: entry.timings };
    }
    if (status === 503) byPhase[at]?.busy.push(ms);
  }
  windows.forEach(({ report }, i) => {
    const { ok, sent, busy } = byPhase[i] as { ok: number[]; sent: number[]; busy: number[] };
    report['server max 200 sent ms'] = round(Math.max(0, ...sent));
    report['server max 200 ms'] = round(Math.max(0, ...ok));
    report['server p99 503 ms'] = round(percentile(busy, 99));
    const slowest = slowest200[i];
    if (slowest) {
      const steps = Object.entries(slowest.timings).map(([step, ms]) => `${step} ${ms}`);
      console.log(`  ${report.phase}: ${steps.join(', ')}; taken by the client ${slowest.ms}`);
    }
  });
  return errors;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The run

async function main(): Promise<void> {
  const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);
  const library = snippets.filter((s) => s.code['ruby'] && s.code['python']);
  const lesson = library.find((s) => s.id === 'control-flow/odd-even') ?? library[0];
  if (!lesson) throw new Error('the bundled library has no Ruby/Python snippet');
  const cachedBody = JSON.stringify({
    left: { language: 'ruby', code: lesson.code['ruby'] },
    right: { language: 'python', code: lesson.code['python'] },
  });
  const smallFactories = library.map((s) =>
    uniqueBodies(s.code['ruby'] as string, s.code['python'] as string),
  );
  let nextSmall = 0;
  const smallBody = () => (smallFactories[nextSmall++ % smallFactories.length] as () => string)();
  const big = largePair();
  const largeBody = uniqueBodies(big.ruby, big.python);
  const mediumPair = pair(800);
  const mediumBody = uniqueBodies(mediumPair.ruby, mediumPair.python);
  // Its answer, 660 KB, is as large as the compare cache keeps (1 MB) with a compressed copy.
  const readerPair = pair(1_000);
  const readerBody = uniqueBodies(readerPair.ruby, readerPair.python);

  console.log(
    `${availableParallelism()} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )}; SOAK_SECONDS=${SECONDS}; large pairs ${(Buffer.byteLength(largeBody()) / 1024).toFixed(0)} KB of JSON; budget ${BUDGET_MS} ms.`,
  );
  console.log('Library loop (its own process)…');
  const { stdout } = await promisify(execFile)(process.execPath, [
    fileURLToPath(new URL('./soak/library-loop.js', import.meta.url)),
  ]);
  const loop = JSON.parse(stdout) as {
    pairs: number;
    compares: number;
    seconds: number;
    beforeMb: number;
    afterMb: number;
  };
  const server = await startServer();
  // Made before the main thread lowers its priority, so that it keeps the normal one (a Linux
  // thread has its own).
  const prober = new Worker(new URL('./soak/probe.js', import.meta.url), {
    workerData: { url: server.url, everyMs: PROBE_MS.load },
  });
  const probeEvery = (everyMs: number) => prober.postMessage({ everyMs });
  prober.on('message', (sample: ProbeSample) => current.probes.push(sample));
  // The load generator shares the machine's cores with the server it measures: it yields to the
  // server (started first, at normal priority), or a flood of 255 KB bodies starves the compare
  // threads it is measuring.
  setPriority(0, 10);
  const started = performance.now();
  const timeline: { s: number; phase: string; mb: number }[] = [];
  let phaseName = 'start';
  const sampler = setInterval(() => {
    const mb = server.rssMb();
    current.rss.push(mb);
    timeline.push({
      s: round((performance.now() - started) / 1000),
      phase: phaseName,
      mb: round(mb),
    });
  }, 1_000);

  const reports: PhaseReport[] = [];
  const windows: { report: PhaseReport; from: number; to: number }[] = [];
  const skipped = new Set<PhaseReport>();
  const phase = async (
    key: string,
    name: string,
    connections: number,
    share: number,
    run: (seconds: number) => Promise<void>,
  ): Promise<PhaseReport> => {
    if (PHASES && !PHASES.includes(key)) {
      const report = new Tally().report(name, connections, 1);
      skipped.add(report);
      return report;
    }
    const seconds = Math.max(3, SECONDS * share);
    // The pairs the last phase left queued are done (or refused) within the budget: each mix is
    // measured on its own.
    phaseName = 'between phases';
    await sleep(BUDGET_MS);
    phaseName = name;
    current = new Tally();
    const began = performance.now();
    const from = Date.now();
    await run(seconds);
    const report = current.report(name, connections, (performance.now() - began) / 1000);
    windows.push({ report, from, to: Date.now() });
    reports.push(report);
    console.log(`  ${name}: ${report['req/s']} req/s, peak RSS ${report['peak RSS MB']} MB`);
    return report;
  };

  const slow = { sent: 0, complete: 0, failures: [] as string[] };
  let keepLog = true;
  try {
    // Warm-up: the threads start and load the engine; then the idle RSS.
    for (const body of [cachedBody, smallBody(), largeBody()]) {
      await fetch(`${server.url}/api/compare`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then((r) => r.arrayBuffer());
    }
    probeEvery(PROBE_MS.idle);
    await sleep(IDLE_S * 1000);
    const idleMb = server.rssMb();
    probeEvery(PROBE_MS.load);
    console.log(`Idle RSS after warm-up: ${round(idleMb)} MB. Phases:`);

    const cached = await phase('cached', 'cached pair', 50, 0.12, (s) =>
      load(server.url, 50, s, cachedBody),
    );
    const small = await phase('small', 'unique small pairs', 50, 0.12, (s) =>
      load(server.url, 50, s, smallBody),
    );
    const large = await phase('large', 'unique 255 KB, 50 conn.', 50, 0.25, (s) =>
      load(server.url, 50, s, largeBody),
    );
    const overload = await phase('overload', 'unique 255 KB, 200 conn.', 200, 0.17, (s) =>
      load(server.url, 200, s, largeBody),
    );
    // Slow clients beside a cached load: 10 send a 30 KB body in 20 drips, 10 read a 660 KB
    // answer (cached by then) at 128 KB/s, for 5 s each.
    const slowPhase = await phase('slow', 'slow clients + cached', 50, 0.12, async (s) => {
      const keptAnswer = readerBody();
      await fetch(`${server.url}/api/compare`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: keptAnswer,
      }).then((r) => r.arrayBuffer());
      const drips = Array.from({ length: 10 }, () =>
        slowRequest(server.url, mediumBody(), { drips: 20, dripMs: 100, readBytesPerS: 1e9 }),
      );
      const readers = Array.from({ length: 10 }, () =>
        slowRequest(server.url, keptAnswer, { drips: 1, dripMs: 0, readBytesPerS: 128 * 1024 }),
      );
      const answers = Promise.all([...drips, ...readers]);
      await load(server.url, 50, s, cachedBody);
      for (const answer of await answers) {
        slow.sent++;
        if (answer.status === 200 && answer.complete) slow.complete++;
        else
          slow.failures.push(
            `${answer.status} after ${round(answer.ms)} ms, ${answer.bytes} bytes`,
          );
      }
    });

    // Idle until the RSS is back within its target, or for at most `recoverySeconds`.
    phaseName = 'idle';
    current = new Tally();
    probeEvery(PROBE_MS.idle);
    const loadStopped = performance.now();
    await sleep(TARGETS.recoveryFirstSeconds * 1000);
    let afterMb = server.rssMb();
    while (
      afterMb > TARGETS.recoveryRatio * idleMb &&
      performance.now() - loadStopped < TARGETS.recoverySeconds * 1000
    ) {
      await sleep(1_000);
      afterMb = server.rssMb();
    }
    const recoveredS = (performance.now() - loadStopped) / 1000;
    probeEvery(PROBE_MS.load);
    console.log(`  idle: RSS ${round(afterMb)} MB after ${round(recoveredS)} s`);

    // SIGTERM with comparisons in flight: each must be answered, and the process exit 0.
    phaseName = 'SIGTERM';
    const inFlight = Array.from({ length: 4 }, () =>
      fetch(`${server.url}/api/compare`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: largeBody(),
      }).then(
        async (r) => {
          await r.arrayBuffer();
          return r.status;
        },
        () => 0,
      ),
    );
    await sleep(300);
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    const [statuses, exit] = await Promise.all([Promise.all(inFlight), server.exited]);
    const shutdown = {
      ms: round(performance.now() - signalled),
      code: exit.code,
      answered: statuses.filter((s) => s === 200 || s === 503).length,
      sent: statuses.length,
    };

    clearInterval(sampler);
    console.log(
      "\nWhere the latest-sent 200 of each phase spent its time, by the server's log (ms from its arrival):",
    );
    const serverErrors = serverSide(server.logFile, windows);
    console.log(
      '\nLoad phases (latency of every answer; max/p99 by status; /healthz probed every 50 ms)',
    );
    console.table(reports);
    console.log('RSS over time (MB, once a second; phase at the sample)');
    const perPhase = new Map<string, number[]>();
    for (const sample of timeline) {
      const list = perPhase.get(sample.phase) ?? [];
      list.push(sample.mb);
      perPhase.set(sample.phase, list);
    }
    for (const [name, values] of perPhase) console.log(`  ${name.padEnd(22)} ${values.join(' ')}`);

    const targets: {
      kind: 'errors' | 'memory' | 'latency';
      target: string;
      measured: string;
      ok: boolean;
      /** The phases it reads: it is left out when one of them was skipped (`SOAK_PHASES`). */
      reads?: PhaseReport[];
    }[] = [
      {
        kind: 'errors',
        target: 'cached and unique small: every answer a 200',
        measured: `${cached.other + cached['503'] + small.other + small['503']} not 200`,
        ok: cached.other + cached['503'] + small.other + small['503'] === 0,
        reads: [cached, small],
      },
      {
        kind: 'errors',
        target: 'the server logged no error (a 5xx, a bug)',
        measured:
          `${serverErrors.length} error lines` +
          (serverErrors[0] === undefined ? '' : `, the first: ${serverErrors[0].slice(0, 300)}`),
        ok: serverErrors.length === 0,
      },
      {
        kind: 'errors',
        target: `255 KB pairs at 50 and 200 connections: only 200s and 503s`,
        measured: `${large.other + overload.other} other answers or errors`,
        ok: large.other + overload.other === 0,
        reads: [large, overload],
      },
      {
        kind: 'latency',
        target: `every 200 under load sent within budget + ${TARGETS.answerSlackMs} ms (${BUDGET_MS + TARGETS.answerSlackMs} ms) of its arrival, by the server's log`,
        measured:
          `max ${Math.max(large['server max 200 sent ms'], overload['server max 200 sent ms'])} ms ` +
          `(taken by the clients after ${Math.max(large['server max 200 ms'], overload['server max 200 ms'])} ms by the server's log, ` +
          `${Math.max(large['max 200 ms'], overload['max 200 ms'])} ms by their own)`,
        ok:
          Math.max(large['server max 200 sent ms'], overload['server max 200 sent ms']) <=
          BUDGET_MS + TARGETS.answerSlackMs,
        reads: [large, overload],
      },
      {
        kind: 'latency',
        target: `503s are fast (p99 ≤ ${TARGETS.fastRefusalMs} ms), by the server's log`,
        measured:
          `p99 ${large['server p99 503 ms']} ms at 50, ${overload['server p99 503 ms']} ms at 200 ` +
          `(by the clients: ${large['p99 503 ms']} and ${overload['p99 503 ms']} ms)`,
        ok: [large, overload].every(
          (r) => r['503'] === 0 || r['server p99 503 ms'] <= TARGETS.fastRefusalMs,
        ),
        reads: [large, overload],
      },
      {
        kind: 'latency',
        target: `/healthz p99 < ${TARGETS.healthzP99Ms} ms in every phase`,
        measured: reports.map((r) => r['healthz p99 ms']).join(', ') + ' ms',
        ok: reports.every((r) => r['healthz p99 ms'] < TARGETS.healthzP99Ms),
        reads: reports,
      },
      {
        kind: 'memory',
        target: `library: ${loop.compares} compares of the ${loop.pairs} snippet pairs grow RSS < ${TARGETS.libraryGrowthMb} MB`,
        measured: `${round(loop.beforeMb)} → ${round(loop.afterMb)} MB in ${round(loop.seconds)} s`,
        ok: loop.afterMb - loop.beforeMb < TARGETS.libraryGrowthMb,
      },
      {
        kind: 'memory',
        target: `RSS under 255 KB pairs < ${TARGETS.plateauMb} MB`,
        measured: `peak ${Math.max(large['peak RSS MB'], overload['peak RSS MB'])} MB`,
        ok: Math.max(large['peak RSS MB'], overload['peak RSS MB']) < TARGETS.plateauMb,
        reads: [large, overload],
      },
      {
        kind: 'memory',
        target: `RSS once idle ≤ ${TARGETS.recoveryRatio}× idle before the load (${round(idleMb)} MB) within ${TARGETS.recoverySeconds} s`,
        measured: `${round(afterMb)} MB (${(afterMb / idleMb).toFixed(2)}×) ${round(recoveredS)} s after the load`,
        ok: afterMb <= TARGETS.recoveryRatio * idleMb,
      },
      {
        kind: 'errors',
        target: 'slow clients all answered in full',
        measured:
          `${slow.complete} of ${slow.sent}; healthz p99 ${slowPhase['healthz p99 ms']} ms meanwhile` +
          (slow.failures.length > 0 ? ` (${slow.failures.slice(0, 3).join('; ')})` : ''),
        ok: slow.sent > 0 && slow.complete === slow.sent,
        reads: [slowPhase],
      },
      {
        kind: 'errors',
        target: `SIGTERM: answers in flight, exit 0 within ${TARGETS.shutdownMs} ms`,
        measured: `${shutdown.answered} of ${shutdown.sent} answered, exit ${shutdown.code} after ${shutdown.ms} ms`,
        ok:
          shutdown.code === 0 &&
          shutdown.answered === shutdown.sent &&
          shutdown.ms <= TARGETS.shutdownMs,
      },
    ];
    const judged = targets.filter((t) => !t.reads?.some((r) => skipped.has(r)));
    if (judged.length < targets.length) {
      console.log(
        `SOAK_PHASES=${PHASES?.join(',')}: the targets of the skipped phases are left out.`,
      );
    }
    console.log('\nTargets');
    console.table(judged.map(({ reads: _, ...t }) => ({ ...t, ok: t.ok ? 'yes' : 'NO' })));
    const allOk = judged.every((t) => t.ok);
    const fatal = judged.filter((t) => !t.ok && (!CI || t.kind !== 'latency'));
    console.log(
      `${allOk ? 'All targets met.' : 'Some targets were missed (rows marked NO).'} ` +
        (CI && !allOk
          ? `With --ci only memory and error targets fail the run: ${fatal.length === 0 ? 'none was missed' : `${fatal.length} missed`}. `
          : '') +
        `The run took ${round((performance.now() - started) / 1000)} s.`,
    );
    process.exitCode = fatal.length === 0 ? 0 : 1;
    keepLog = KEEP_LOG || judged.some((t) => !t.ok && t.kind === 'errors');
  } finally {
    clearInterval(sampler);
    prober.postMessage('stop');
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    // Kept for a look at what went wrong when an error target was missed.
    if (keepLog) console.log(`The server's log: ${server.logFile}`);
    else await rm(dirname(server.logFile), { recursive: true, force: true });
  }
}

await main();
