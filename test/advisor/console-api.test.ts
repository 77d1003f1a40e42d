import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsFor } from '../../src/core/texts.js';
import type { RunningServer } from '../../src/server.js';
import { contractDatabases } from '../helpers/databases.js';
import { startTestServer } from '../helpers/server.js';
import { addAdvisor, login, openEvents, type AdvisorClient, type SseStream } from './client.js';

const sv = textsFor('sv');
const PASSWORD = 'ett-långt-lösenord-för-test';

interface Activity { id: string; type: string; text?: string; from: { id: string; role?: string; name?: string }; attachments?: { contentType: string; content: any }[] }
interface Member { token: string; conversationId: string; watermark: string }

/**
 * The console's API against the real server: a member in Direct Line (the Web Chat protocol)
 * asks for a human, advisors see, take, write, hand back and close through /advisor/api, and
 * live events arrive over server-sent events.
 */
const databases = await contractDatabases();

describe.each(databases)('advisor console API with a member in Direct Line ($name)', (database) => {
  let server: RunningServer;
  let dropDatabase: () => Promise<void> = async () => {};
  let anna: AdvisorClient;
  let bo: AdvisorClient;
  let events: SseStream;

  const url = (path: string) => `${server.url}${path}`;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  async function newMember(): Promise<Member> {
    const res = await fetch(url('/api/webchat/token'), { method: 'POST' });
    const session = (await res.json()) as { token: string; conversationId: string };
    expect((await fetch(url('/v3/directline/conversations'), { method: 'POST', headers: auth(session.token) })).status).toBe(201);
    const member = { ...session, watermark: '0' };
    await read(member); // the welcome
    return member;
  }

  async function say(member: Member, text: string): Promise<void> {
    const res = await fetch(url(`/v3/directline/conversations/${member.conversationId}/activities`), {
      method: 'POST',
      headers: { ...auth(member.token), 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, from: { id: 'member' } }),
    });
    expect(res.status).toBe(200);
  }

  /** What the bot side sent the member since the last read (the member's own echoes left out). */
  async function read(member: Member): Promise<Activity[]> {
    const res = await fetch(url(`/v3/directline/conversations/${member.conversationId}/activities?watermark=${member.watermark}`), { headers: auth(member.token) });
    const body = (await res.json()) as { activities: Activity[]; watermark: string };
    member.watermark = body.watermark;
    return body.activities.filter((a) => a.from.role === 'bot');
  }

  const textOf = (a: Activity) => a.text ?? JSON.stringify(a.attachments?.map((x) => x.content) ?? []);

  async function readUntil(member: Member, pattern: RegExp, timeoutMs = 3_000): Promise<Activity[]> {
    const seen: Activity[] = [];
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      seen.push(...(await read(member)));
      if (seen.some((a) => pattern.test(textOf(a)))) return seen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`member never saw ${pattern}; saw ${JSON.stringify(seen.map(textOf))}`);
  }

  async function internalId(member: Member): Promise<string> {
    const rows = await server.core.db.query<{ id: string }>(`select id from conversation where channel_conversation_id = $1 order by created_at desc limit 1`, [member.conversationId]);
    return rows[0]!.id;
  }

  beforeAll(async () => {
    const opened = await database.open();
    dropDatabase = opened.drop;
    server = await startTestServer({ db: opened.db, env: { DIRECTLINE_TOKEN_SECRET: 'advisor-api-secret-0123456789abcdef0123', OPENING_HOURS: 'mon-sun 00:00-23:59' } });
    await addAdvisor(server.core.db, 'anna.lind@vision.example', 'Anna Lind', PASSWORD);
    await addAdvisor(server.core.db, 'bo.ek@vision.example', 'Bo Ek', PASSWORD);
    anna = await login(server.url, 'anna.lind@vision.example', PASSWORD);
    bo = await login(server.url, 'bo.ek@vision.example', PASSWORD);
    events = await openEvents(server.url, anna.cookie);
  }, 120_000);

  afterAll(async () => {
    events?.close();
    await server?.close();
    await dropDatabase();
  });

  it('serves a text/event-stream with heartbeats only to a signed-in advisor', async () => {
    expect(events.status).toBe(200);
    expect(events.comments).toContain('connected');
    const none = await openEvents(server.url, 'radgivaren_advisor=nope');
    expect(none.status).toBe(401);
  });

  it('queue, claim, relay both ways, bot silent, hand back, close, new conversation', async () => {
    const member = await newMember();
    const mark = events.events.length;
    await say(member, 'Jag vill prata med en människa');
    const answered = performance.now();
    const queued = await events.next((e) => e.event === 'queue_changed', 1_000, mark);
    expect(queued.at - answered).toBeLessThan(1_000); // usually before the member's POST has even returned
    await readUntil(member, /rådgivare/);

    const id = await internalId(member);
    const queue = await anna.get('/advisor/api/queue');
    expect(queue.status).toBe(200);
    const entry = queue.body.entries.find((e: any) => e.conversationId === id);
    expect(entry).toMatchObject({ reason: 'asked_for_human', status: 'queued', channel: 'webchat', position: 1 });
    expect(entry.priority).toEqual(expect.any(Number));
    expect(entry.waitSeconds).toBeGreaterThanOrEqual(0);
    expect(entry.summary.questions).toContain('Jag vill prata med en människa');
    expect(entry.summary.intent).toBe('human');

    // Opening is audited; the view carries the whole transcript.
    const view = await anna.get(`/advisor/api/conversations/${id}`);
    expect(view.status).toBe(200);
    expect(view.body.conversation.state).toBe('queued');
    expect(view.body.transcript.map((l: any) => l.author)).toEqual(expect.arrayContaining(['member', 'bot']));
    const lastSeen = Math.max(...view.body.transcript.map((l: any) => l.id));

    // Take over: the member is told who they talk to.
    const claimMark = events.events.length;
    const claim = await anna.post(`/advisor/api/handoffs/${entry.handoffId}/claim`);
    expect(claim.status).toBe(200);
    expect(claim.body.entry).toMatchObject({ status: 'claimed', advisorId: anna.advisor.id });
    await events.next((e) => e.event === 'conversation_changed' && e.data.conversationId === id && e.data.state === 'advisor', 1_000, claimMark);
    await readUntil(member, /Du pratar nu med Anna\b/);

    // The advisor writes; it reaches the member's Direct Line stream.
    const sent = await anna.post(`/advisor/api/conversations/${id}/messages`, { text: 'Hej! Jag heter Anna. Vad gäller det?' });
    expect(sent.status).toBe(200);
    await readUntil(member, /Hej! Jag heter Anna\. Vad gäller det\?/);

    // Only the advisor who has the conversation may write, hand back or close it.
    expect((await bo.post(`/advisor/api/conversations/${id}/messages`, { text: 'Jag med' })).status).toBe(409);
    const boHandBack = await bo.post(`/advisor/api/conversations/${id}/hand-back`);
    expect(boHandBack.status).toBe(409);
    expect(boHandBack.body.error.message).toContain('Anna Lind');

    // The member answers: the advisor sees it live, the bot says nothing.
    const replyMark = events.events.length;
    await say(member, 'Det gäller min lön, jag har fått för lite');
    const message = await events.next((e) => e.event === 'message' && e.data.conversationId === id && e.data.author === 'member', 1_000, replyMark);
    expect(message.data.messageId).toBeGreaterThan(lastSeen);
    const transcript = await anna.get(`/advisor/api/conversations/${id}/transcript?after=${lastSeen}`);
    expect(transcript.status).toBe(200);
    const lines = transcript.body.transcript as { author: string; text: string; advisorName?: string }[];
    expect(lines.map((l) => [l.author, l.text])).toEqual(
      expect.arrayContaining([
        ['advisor', 'Hej! Jag heter Anna. Vad gäller det?'],
        ['member', 'Det gäller min lön, jag har fått för lite'],
      ]),
    );
    expect(lines.find((l) => l.author === 'advisor')!.advisorName).toBe('Anna');
    expect(lines.at(-1)!.author).toBe('member'); // no bot line after the member's message
    await new Promise((r) => setTimeout(r, 300));
    expect(await read(member)).toEqual([]);

    // Hand back: the bot answers again.
    expect((await anna.post(`/advisor/api/conversations/${id}/hand-back`)).status).toBe(200);
    await readUntil(member, /lämnat tillbaka samtalet/);
    await say(member, 'Ingår inkomstförsäkringen i medlemskapet?');
    await readUntil(member, /Inkomstförsäkringen ingår/);
    expect((await anna.get('/advisor/api/queue')).body.entries.some((e: any) => e.conversationId === id)).toBe(false);

    // Queued again, taken by Bo, closed: the next member message starts a new conversation.
    await say(member, 'Jag vill prata med en människa igen');
    const again = (await bo.get('/advisor/api/queue')).body.entries.find((e: any) => e.conversationId === id);
    expect((await bo.post(`/advisor/api/handoffs/${again.handoffId}/claim`)).status).toBe(200);
    await readUntil(member, /Du pratar nu med Bo\b/);
    expect((await bo.post(`/advisor/api/conversations/${id}/close`)).status).toBe(200);
    await readUntil(member, /Samtalet är avslutat/);
    expect((await bo.post(`/advisor/api/conversations/${id}/close`)).status).toBe(409);
    await say(member, 'Hej igen, vad kostar medlemskapet?');
    await readUntil(member, /.+/);
    const conversations = await server.core.db.query<{ id: string; state: string }>(`select id, state from conversation where channel_conversation_id = $1 order by created_at`, [member.conversationId]);
    expect(conversations).toHaveLength(2);
    expect(conversations[0]).toEqual({ id, state: 'closed' });
    expect(conversations[1]!.state).toBe('bot');

    // Who opened what, and when.
    const audit = await server.core.db.query<{ advisor_id: string; action: string; created_at: Date }>(`select advisor_id, action, created_at from audit_log where conversation_id = $1 order by id`, [id]);
    expect(audit.filter((a) => a.action === 'open').map((a) => a.advisor_id)).toContain(anna.advisor.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['open', 'claim', 'message', 'hand_back', 'close']));
  });

  it('of 20 simultaneous claims by two advisors exactly one wins; the others learn who has it', async () => {
    const member = await newMember();
    await say(member, 'Jag vill prata med en människa');
    const id = await internalId(member);
    const entry = (await anna.get('/advisor/api/queue')).body.entries.find((e: any) => e.conversationId === id);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? bo : anna).post(`/advisor/api/handoffs/${entry.handoffId}/claim`)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!.body.entry.advisorName as string;
    expect(['Anna Lind', 'Bo Ek']).toContain(winner);
    for (const lost of results.filter((r) => r.status === 409)) {
      expect(lost.body).toMatchObject({ error: { code: 'already_claimed' }, claimedBy: winner });
    }
    const joined = (await readUntil(member, /Du pratar nu med/)).filter((a) => /Du pratar nu med/.test(textOf(a)));
    expect(joined).toHaveLength(1);
  });

  it('answers 404 for unknown conversations and handoffs', async () => {
    const unknown = randomUUID();
    expect((await anna.get(`/advisor/api/conversations/${unknown}`)).status).toBe(404);
    expect((await anna.get('/advisor/api/conversations/not-a-uuid')).status).toBe(404);
    expect((await anna.get(`/advisor/api/conversations/${unknown}/transcript`)).status).toBe(404);
    expect((await anna.post(`/advisor/api/conversations/${unknown}/messages`, { text: 'hej' })).status).toBe(404);
    expect((await anna.post(`/advisor/api/conversations/${unknown}/hand-back`)).status).toBe(404);
    expect((await anna.post(`/advisor/api/conversations/${unknown}/close`)).status).toBe(404);
    expect((await anna.post(`/advisor/api/conversations/${unknown}/erase`)).status).toBe(404);
    expect((await anna.post(`/advisor/api/handoffs/${unknown}/claim`)).status).toBe(404);
  });

  it('erases the member\'s conversations, audited without content', async () => {
    const member = await newMember();
    await say(member, 'Jag vill prata med en människa');
    const id = await internalId(member);
    const res = await anna.post(`/advisor/api/conversations/${id}/erase`);
    expect(res.status).toBe(200);
    expect(res.body.erased).toBeGreaterThanOrEqual(1);
    expect(await server.core.db.query('select 1 from conversation where id = $1', [id])).toEqual([]);
    expect((await anna.get(`/advisor/api/conversations/${id}`)).status).toBe(404);
    const audit = await server.core.db.query<{ action: string }>(`select action from audit_log where conversation_id = $1 and action = 'erase'`, [id]);
    expect(audit).toHaveLength(1);
  });
});
