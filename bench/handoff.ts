/**
 * `npm run bench:handoff` — the advisor side, as ratios against a bare PostgreSQL
 * LISTEN/NOTIFY round trip measured in the same run on the same database:
 * 1. time from a member's message (through the real Direct Line endpoint) to the advisor
 *    event on a subscribed console connection (p50/p95);
 * 2. claims per second (each claim: atomic update, member notice in the outbox, audit, events).
 * PGlite in memory by default; BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import type { Advisor } from '../src/handoff/types.js';
import { startServer } from '../src/server.js';
import { openDatabase } from '../src/store/index.js';

const rounds = Number(process.env.BENCH_HANDOFF_ROUNDS ?? 200);
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;

async function main(): Promise<void> {
  const db = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL });
  const server = await startServer(loadConfig({ LOG_LEVEL: 'silent', PORT: '0', OPENING_HOURS: 'mon-sun 00:00-24:00' }), { db, logger: silentLogger, host: '127.0.0.1' });

  // Baseline: a bare NOTIFY → LISTEN round trip.
  let resolveBare: (() => void) | undefined;
  const unlisten = await db.listen('bench_roundtrip', () => resolveBare?.());
  const bare: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await new Promise<void>((resolve) => {
      resolveBare = resolve;
      void db.notify('bench_roundtrip', String(i));
    });
    bare.push(performance.now() - t);
  }
  await unlisten();

  // An advisor who has taken a web chat conversation.
  const advisorId = randomUUID();
  await db.query(`insert into advisor(id, email, name, password_hash) values ($1, $2, 'Karin Ek', 'x')`, [advisorId, `${advisorId}@bench`]);
  const advisor: Advisor = { id: advisorId, email: `${advisorId}@bench`, name: 'Karin Ek', firstName: 'Karin' };
  const session = (await (await fetch(`${server.url}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const headers = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
  await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers });
  const post = (text: string) => fetch(`${server.url}/v3/directline/conversations/${session.conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }) });
  await post('Jag vill prata med en människa');
  const entry = (await server.handoff.queue()).find((e) => e.channel === 'webchat')!;
  await server.handoff.claim(entry.handoffId, advisor);

  let resolveEvent: (() => void) | undefined;
  const unsubscribe = await server.handoff.subscribe((event) => {
    if (event.type === 'message' && event.author === 'member') resolveEvent?.();
  });
  const toAdvisor: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const seen = new Promise<void>((resolve) => (resolveEvent = resolve));
    await post(`Meddelande ${i} till rådgivaren`);
    await seen;
    toAdvisor.push(performance.now() - t);
  }
  await unsubscribe();

  // Claims per second.
  const conversations = [];
  for (let i = 0; i < rounds; i++) conversations.push((await server.core.engine.handle({ channel: 'bench', channelConversationId: `claim-${i}`, text: 'Jag vill prata med en människa' })).conversationId);
  const handoffs = (await server.handoff.queue()).filter((e) => e.status === 'queued').map((e) => e.handoffId);
  const started = performance.now();
  for (const id of handoffs) await server.handoff.claim(id, advisor);
  const claimsPerSecond = handoffs.length / ((performance.now() - started) / 1000);
  const barePerSecond = 1000 / (bare.reduce((a, b) => a + b, 0) / bare.length);

  console.log(`advisor side on ${db.kind}, ${rounds} rounds`);
  console.log(`bare LISTEN/NOTIFY round trip          p50 ${pct(bare, 0.5).toFixed(2)} ms  p95 ${pct(bare, 0.95).toFixed(2)} ms  (${barePerSecond.toFixed(0)}/s sequential)`);
  console.log(`member message → advisor event         p50 ${pct(toAdvisor, 0.5).toFixed(2)} ms  p95 ${pct(toAdvisor, 0.95).toFixed(2)} ms  = ${(pct(toAdvisor, 0.5) / pct(bare, 0.5)).toFixed(1)}× / ${(pct(toAdvisor, 0.95) / pct(bare, 0.95)).toFixed(1)}× the bare round trip`);
  console.log(`claims per second (sequential)         ${claimsPerSecond.toFixed(0)}/s = ${(claimsPerSecond / barePerSecond).toFixed(2)}× bare round trips per second`);
  await server.close();
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
