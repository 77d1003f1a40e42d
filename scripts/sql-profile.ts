/**
 * Per-turn SQL profile through POST /api/messages (local mode, Teams-shaped activities, a local
 * Bot Connector stand-in), as in `npm run bench:http` but one message at a time so every
 * statement can be attributed: `npx tsx scripts/sql-profile.ts [messages]`.
 * Prints statements per turn (count, total and mean time), and the time per turn spent in
 * retrieval, answer composition, the engine's bookkeeping and delivery.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import { startServer } from '../src/server.js';
import { openDatabase, type Db, type Queryable } from '../src/store/index.js';

const total = Number(process.argv[2] ?? 200);

interface Stat { count: number; ms: number }
const stats = new Map<string, Stat>();
let recording = false;
let dbMs = 0;

function key(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim().slice(0, 110);
}
function record(label: string, ms: number): void {
  if (!recording) return;
  // Statements inside a transaction are counted in the transaction's own time.
  if (!label.startsWith('  [tx]')) dbMs += ms;
  const s = stats.get(label) ?? { count: 0, ms: 0 };
  s.count++;
  s.ms += ms;
  stats.set(label, s);
}

function wrapQueryable<Q extends Queryable>(q: Q, prefix = ''): Q {
  const query = q.query.bind(q);
  const exec = q.exec.bind(q);
  return Object.assign(q, {
    query: async (sql: string, params?: unknown[]) => {
      const t = performance.now();
      try {
        return await query(sql, params);
      } finally {
        record(prefix + key(sql), performance.now() - t);
      }
    },
    exec: async (sql: string) => {
      const t = performance.now();
      try {
        return await exec(sql);
      } finally {
        record(prefix + 'exec ' + key(sql), performance.now() - t);
      }
    },
  });
}

function wrapDb(db: Db): Db {
  const transaction = db.transaction.bind(db);
  wrapQueryable(db);
  return Object.assign(db, {
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>) => {
      const t = performance.now();
      try {
        return await transaction((tx) => fn(wrapQueryable(tx, '  [tx] ')));
      } finally {
        record('TRANSACTION (whole, incl. statements)', performance.now() - t);
      }
    },
  });
}

async function connectorStandIn(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const questions = readFileSync('../shared/eval/dev-questions.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const connector = await connectorStandIn();
const db = wrapDb(await openDatabase({}));
const bot = await startServer(loadConfig({ LOG_LEVEL: 'silent', PORT: '0' }), { db, logger: silentLogger, host: '127.0.0.1' });

// Time phases by wrapping the knowledge layer and the engine.
const phase = { retrieve: 0, compose: 0, handle: 0, request: 0 };
const retriever = bot.core.knowledge.retriever;
const retrieve = retriever.retrieve.bind(retriever);
retriever.retrieve = async (q) => {
  const t = performance.now();
  try { return await retrieve(q); } finally { if (recording) phase.retrieve += performance.now() - t; }
};
const composer = bot.core.knowledge.composer;
const compose = composer.compose.bind(composer);
(composer as { compose: typeof compose }).compose = async (input) => {
  const t = performance.now();
  try { return await compose(input); } finally { if (recording) phase.compose += performance.now() - t; }
};
const engine = bot.core.engine;
const handle = engine.handle.bind(engine);
engine.handle = async (m, o) => {
  const t = performance.now();
  try { return await handle(m, o); } finally { if (recording) phase.handle += performance.now() - t; }
};

async function send(n: number, conversation: string, text: string): Promise<void> {
  const body = JSON.stringify({
    type: 'message', id: `${conversation}-${n}`, channelId: 'msteams', serviceUrl: connector.url, text,
    from: { id: `29:user-${conversation}`, name: 'Medlem', aadObjectId: `aad-${conversation}` },
    recipient: { id: '28:bot', name: 'Rådgivaren' },
    conversation: { id: `a:${conversation}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
  });
  const t = performance.now();
  const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await res.arrayBuffer();
  if (recording) phase.request += performance.now() - t;
}

for (let i = 0; i < 100; i++) await send(i, `warm-${Math.floor(i / 5)}`, questions[i % questions.length]!);
await bot.dispatcher.stop().catch(() => {});
await new Promise((r) => setTimeout(r, 300));
await bot.dispatcher.start();
recording = true;
const started = performance.now();
for (let i = 0; i < total; i++) await send(i, `prof-${Math.floor(i / 5)}`, questions[i % questions.length]!);
// Let deliveries started after the last acknowledgement finish.
await new Promise((r) => setTimeout(r, 300));
recording = false;
const wall = performance.now() - started;

const rows = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms);
console.log(`${total} turns, one at a time; per turn: ${(wall / total).toFixed(2)} ms wall, request ${(phase.request / total).toFixed(2)} ms`);
console.log(`  engine.handle ${(phase.handle / total).toFixed(2)} ms  (retrieval ${(phase.retrieve / total).toFixed(2)} ms, compose ${(phase.compose / total).toFixed(2)} ms, bookkeeping ${((phase.handle - phase.retrieve - phase.compose) / total).toFixed(2)} ms)`);
const statements = rows.filter(([k]) => !k.startsWith('TRANSACTION')).reduce((s, [, v]) => s + v.count, 0);
console.log(`  SQL: ${(statements / total).toFixed(2)} statements/turn, ${(dbMs / total).toFixed(2)} ms/turn waiting on the database`);
console.log(`\n${'per turn'.padStart(8)} ${'ms/turn'.padStart(8)} ${'ms each'.padStart(8)}  statement`);
for (const [k, v] of rows) console.log(`${(v.count / total).toFixed(2).padStart(8)} ${(v.ms / total).toFixed(3).padStart(8)} ${(v.ms / v.count).toFixed(3).padStart(8)}  ${k}`);

await bot.close();
await db.close();
await connector.close();
