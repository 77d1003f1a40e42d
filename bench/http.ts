/**
 * `npm run bench:http` — messages per second and p50/p95 latency through `POST /api/messages`
 * (local mode, a local Bot Connector stand-in receiving the replies), as a ratio against a
 * bare echo bot on the same botbuilder + restify stack measured in the same run: the
 * framework's own ceiling. Rådgivaren's path includes storage (PGlite in memory on its own
 * thread, the embedded default), retrieval, the extractive answer and the outbox (a typing
 * indicator only for answers slower than TYPING_DELAY_MS, as in production).
 * Options: BENCH_HTTP_MESSAGES (default 400 per round), BENCH_HTTP_CONCURRENCY (default 8),
 * BENCH_HTTP_ROUNDS (default 5: echo and Rådgivaren alternate, medians reported);
 * BENCH_HTTP_PROFILE=FILE writes a CPU profile of the main thread during Rådgivaren's rounds;
 * BENCH_DATABASE_URL=postgres://… runs Rådgivaren on PostgreSQL instead (a fresh database is
 * created beside the one named and dropped afterwards), as a deployment would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance as nodePerformance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import { readJsonObject } from '../src/http/body.js';
import { Metrics } from '../src/http/metrics.js';
import { HttpServer } from '../src/http/server.js';
import { startServer } from '../src/server.js';
import { openDatabase } from '../src/store/index.js';

const total = Number(process.env.BENCH_HTTP_MESSAGES ?? 400);
const concurrency = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 8);
const rounds = Math.max(1, Number(process.env.BENCH_HTTP_ROUNDS ?? 5));

/** The Bot Connector stand-in: accepts every activity the bots send. */
async function connectorStandIn(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: String(received) }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received: () => received, close: () => new Promise((r) => server.close(() => r())) };
}

/** A bare echo bot: restify + CloudAdapter (local mode) + ActivityHandler, replying in the turn. */
async function echoBot(): Promise<{ url: string; close(): Promise<void> }> {
  const http = new HttpServer({ logger: silentLogger, metrics: new Metrics({ processMetrics: false }) });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Du skrev: ${context.activity.text}`);
    await next();
  });
  http.route('post', '/api/messages', async (req, res) => {
    (req as unknown as { body: unknown }).body = await readJsonObject(req, { limit: 262_144 });
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await http.listen(0, '127.0.0.1');
  return { url: http.url, close: async () => void (await http.close(1_000)) };
}

function activity(serviceUrl: string, conversation: string, n: number, text: string): Partial<Activity> {
  return {
    type: 'message',
    id: `${conversation}-${n}`,
    channelId: 'msteams',
    serviceUrl,
    text,
    from: { id: `29:user-${conversation}`, name: 'Medlem', aadObjectId: `aad-${conversation}` },
    recipient: { id: '28:bot', name: 'Rådgivaren' },
    conversation: { id: `a:${conversation}`, conversationType: 'personal', tenantId: 'tenant-1' } as Activity['conversation'],
    channelData: { tenant: { id: 'tenant-1' } },
  };
}

let runs = 0;

/**
 * CPU time (ms) of each of this process's threads, from Linux's /proc (empty elsewhere): the
 * main thread, the embedded database's thread and V8's helper threads (parallel garbage
 * collection) are told apart by thread id.
 */
function threadCpuMs(): Map<string, number> {
  const times = new Map<string, number>();
  let tasks: string[] = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return times;
  }
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks (100 per second on Linux).
      times.set(task, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return times;
}

async function load(url: string, serviceUrl: string, questions: string[]): Promise<{ perSecond: number; p50: number; p95: number; errors: number; busyMs: number; cpuMs: number; threads: Map<string, number> }> {
  // Every run has its own conversations and activity ids: a measured message is never a
  // redelivery of a warm-up one (which the bot would recognise and skip).
  const run = `r${++runs}`;
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const elu = nodePerformance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const threadsBefore = threadCpuMs();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = next++; i < total; i = next++) {
        const body = JSON.stringify(activity(serviceUrl, `bench-${run}-${worker}-${Math.floor(i / 5)}`, i, questions[i % questions.length]!));
        const t = performance.now();
        const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // The main thread's busy time per message (load generator and connector stand-in included).
  const busyMs = nodePerformance.eventLoopUtilization(elu).active / total;
  // CPU time of the whole process (every thread: the embedded database's too) per message.
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / total;
  const threads = new Map([...threadCpuMs()].map(([task, ms]) => [task, (ms - (threadsBefore.get(task) ?? 0)) / total]));
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { perSecond: total / seconds, p50: pct(0.5), p95: pct(0.95), errors, busyMs, cpuMs, threads };
}

/** An empty database beside the one named (so the benchmark never writes into a real one). */
async function freshPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `radgivaren_bench_${Date.now().toString(36)}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/**
 * With BENCH_HTTP_PROFILE=FILE: a CPU profile of the main thread during Rådgivaren's rounds only
 * (the echo rounds are left out), written as a .cpuprofile that Chrome's DevTools open.
 */
async function startProfiler(): Promise<{ resume(): Promise<void>; pause(): Promise<void>; save(file: string): Promise<void> }> {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const parts: Array<{ nodes: unknown[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }> = [];
  return {
    resume: async () => void (await session.post('Profiler.start')),
    pause: async () => {
      const { profile } = await session.post('Profiler.stop');
      parts.push(profile as unknown as (typeof parts)[number]);
    },
    save: async (file) => {
      // Each round is its own profile: keep them as one file per round beside the name given.
      parts.forEach((part, i) => writeFileSync(file.replace(/(\.cpuprofile)?$/, `.${i + 1}.cpuprofile`), JSON.stringify(part)));
      session.disconnect();
    },
  };
}

async function main(): Promise<void> {
  const questions = readFileSync('../shared/eval/dev-questions.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
  const connector = await connectorStandIn();
  const echo = await echoBot();
  const threadsBeforeDatabase = new Set(threadCpuMs().keys());
  const postgres = process.env.BENCH_DATABASE_URL ? await freshPostgresDatabase(process.env.BENCH_DATABASE_URL) : undefined;
  const db = await openDatabase({ databaseUrl: postgres?.url });
  const databaseThreads = new Set([...threadCpuMs().keys()].filter((task) => !threadsBeforeDatabase.has(task)));
  const bot = await startServer(loadConfig({ LOG_LEVEL: 'silent', PORT: '0' }), { db, logger: silentLogger, host: '127.0.0.1' });

  // Warm both (JIT, connection pools, the knowledge caches).
  await load(echo.url, connector.url, questions);
  await load(bot.url, connector.url, questions);

  // Alternating rounds: a busy machine slows whichever system happens to run during a burst of
  // other work, so each round measures both back to back and the medians are reported.
  const baselines: Awaited<ReturnType<typeof load>>[] = [];
  const oursRuns: Awaited<ReturnType<typeof load>>[] = [];
  const profiler = process.env.BENCH_HTTP_PROFILE ? await startProfiler() : undefined;
  for (let round = 0; round < rounds; round++) {
    baselines.push(await load(echo.url, connector.url, questions));
    await profiler?.resume();
    oursRuns.push(await load(bot.url, connector.url, questions));
    await profiler?.pause();
  }
  await profiler?.save(process.env.BENCH_HTTP_PROFILE!);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const summary = (runs: typeof baselines) => ({
    perSecond: median(runs.map((r) => r.perSecond)),
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    busyMs: median(runs.map((r) => r.busyMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    // Per thread group: the main thread, the embedded database's thread, the rest (V8's helpers).
    threadMs: (['main', 'database', 'other'] as const).map((group) =>
      median(runs.map((r) => [...r.threads].filter(([task]) => (task === String(process.pid) ? 'main' : databaseThreads.has(task) ? 'database' : 'other') === group).reduce((sum, [, ms]) => sum + ms, 0))),
    ),
  });
  const baseline = summary(baselines);
  const ours = summary(oursRuns);
  const ratios = oursRuns.map((r, i) => r.perSecond / baselines[i]!.perSecond);
  const outbox = await bot.core.outbox.counts();

  console.log(`POST /api/messages, ${rounds} alternating rounds of ${total} messages each, ${concurrency} concurrent clients, local mode, Teams-shaped activities, ${postgres ? 'PostgreSQL' : 'PGlite in memory'} (medians of the rounds)`);
  console.log(`${'system'.padEnd(40)} ${'msg/s'.padStart(8)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} errors`);
  const row = (name: string, r: typeof ours) => console.log(`${name.padEnd(40)} ${r.perSecond.toFixed(0).padStart(8)} ${`${r.p50.toFixed(1)} ms`.padStart(9)} ${`${r.p95.toFixed(1)} ms`.padStart(9)} ${r.errors}`);
  row('echo bot (botbuilder + restify)', baseline);
  row('Rådgivaren (store + answer + outbox)', ours);
  console.log(`throughput ratio (ours / echo)             ${median(ratios).toFixed(2)}× (median of rounds; each round ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
  console.log(`msg/s per round: echo ${baselines.map((r) => r.perSecond.toFixed(0)).join(', ')}; Rådgivaren ${oursRuns.map((r) => r.perSecond.toFixed(0)).join(', ')}`);
  console.log(`main thread busy per message: echo ${baseline.busyMs.toFixed(2)} ms, Rådgivaren ${ours.busyMs.toFixed(2)} ms (${(ours.busyMs / baseline.busyMs).toFixed(2)}×; load generator and connector stand-in included)`);
  console.log(`process CPU per message (all threads): echo ${baseline.cpuMs.toFixed(2)} ms, Rådgivaren ${ours.cpuMs.toFixed(2)} ms (${(ours.cpuMs / baseline.cpuMs).toFixed(2)}×)`);
  if (ours.threadMs.some((ms) => ms > 0)) {
    const split = (r: typeof ours) => `main ${r.threadMs[0]!.toFixed(2)}, database thread ${r.threadMs[1]!.toFixed(2)}, other threads ${r.threadMs[2]!.toFixed(2)}`;
    console.log(`CPU per message by thread (ms): echo ${split(baseline)}; Rådgivaren ${split(ours)}`);
  }
  console.log(`latency ratio p50 / p95 (ours / echo)      ${(ours.p50 / baseline.p50).toFixed(1)}× / ${(ours.p95 / baseline.p95).toFixed(1)}×`);
  console.log(`outbox after the run: ${JSON.stringify(outbox)}; connector received ${connector.received()} activities`);

  await bot.close();
  await db.close();
  await postgres?.drop();
  await echo.close();
  await connector.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
