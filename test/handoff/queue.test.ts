import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advisor, AdvisorEvent } from '../../src/handoff/types.js';
import type { RunningServer } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { contractDatabases } from '../helpers/databases.js';
import { startTestServer } from '../helpers/server.js';

const databases = await contractDatabases();

async function addAdvisor(db: Db, name: string): Promise<Advisor> {
  const id = randomUUID();
  await db.query(`insert into advisor(id, email, name, password_hash) values ($1, $2, $3, 'not-used')`, [id, `${id}@vision.test`, name]);
  return { id, email: `${id}@vision.test`, name, firstName: name.split(' ')[0]! };
}

describe.each(databases)('handoff queue on $name', (database) => {
  let server: RunningServer;
  let db: Db;
  let drop: () => Promise<void>;
  let karin: Advisor;
  let olle: Advisor;

  // Always open, so the member is told their place in the queue (opening-hours behaviour is tested on its own).
  beforeAll(async () => {
    ({ db, drop } = await database.open());
    server = await startTestServer({ db, env: { OPENING_HOURS: 'mon-sun 00:00-24:00' } });
    karin = await addAdvisor(db, 'Karin Ek');
    olle = await addAdvisor(db, 'Olle Berg');
  });
  afterAll(async () => {
    await server.close();
    await drop();
  });

  const say = (conversation: string, text: string) => server.core.engine.handle({ channel: 'test', channelConversationId: conversation, text });

  it('queues by priority then age, tells the member their place, and summarises for the advisor', async () => {
    const first = `q-${randomUUID()}`;
    const urgent = `q-${randomUUID()}`;
    await say(first, 'Ingår inkomstförsäkringen i medlemskapet?');
    const queued = await say(first, 'Jag vill prata med en människa');
    expect(queued.state).toBe('queued');
    expect(queued.replies.map((r) => r.text).join(' ')).toMatch(/Du är (först|nummer \d+) i kön/);
    await say(urgent, 'Jag orkar inte leva längre');
    const mine = (await server.handoff.queue()).filter((e) => e.channel === 'test');
    const urgentEntry = mine.find((e) => e.reason === 'crisis')!;
    const humanEntry = mine.find((e) => e.reason === 'asked_for_human')!;
    expect(mine.indexOf(urgentEntry)).toBeLessThan(mine.indexOf(humanEntry));
    expect(urgentEntry.priority).toBe(0);
    expect(humanEntry.summary.questions).toEqual(['Ingår inkomstförsäkringen i medlemskapet?', 'Jag vill prata med en människa']);
    expect(humanEntry.summary.intent).toBe('human');
    expect(humanEntry.summary.botAnswers[0]?.sources.length).toBeGreaterThan(0);
  });

  it('exactly one of many simultaneous claims wins; the others learn who has it', async () => {
    const conversation = `claim-${randomUUID()}`;
    const { conversationId } = await say(conversation, 'Kan jag få prata med en rådgivare?');
    const entry = (await server.handoff.queue()).find((e) => e.conversationId === conversationId)!;
    const advisors = await Promise.all(Array.from({ length: 10 }, (_, i) => addAdvisor(db, `Rådgivare${i} X`)));
    const results = await Promise.all(advisors.flatMap((a) => [server.handoff.claim(entry.handoffId, a), server.handoff.claim(entry.handoffId, a)]));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.ok)) expect(loser).toMatchObject({ ok: false, reason: 'already_claimed' });
    const rows = await db.query<{ n: string | number }>(`select count(*) as n from audit_log where action = 'claim' and conversation_id = $1`, [entry.conversationId]);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('with an advisor the bot is silent, messages flow both ways, hand back and close work', async () => {
    const conversation = `flow-${randomUUID()}`;
    const events: AdvisorEvent[] = [];
    const unsubscribe = await server.handoff.subscribe((e) => events.push(e));
    const { conversationId } = await say(conversation, 'Jag vill prata med en människa');
    const entry = (await server.handoff.queue()).find((e) => e.conversationId === conversationId)!;
    expect((await server.handoff.claim(entry.handoffId, karin)).ok).toBe(true);
    const view = await server.handoff.conversation(entry.conversationId, karin);
    expect(view?.conversation.state).toBe('advisor');
    expect(view?.transcript.at(-1)?.text).toMatch(/Du pratar nu med Karin/);

    const silent = await say(conversation, 'Hej Karin, jag har en fråga om min lön');
    expect(silent.replies).toEqual([]);
    expect(await server.handoff.sendMessage(entry.conversationId, olle, 'Jag är inte din rådgivare')).toEqual({ ok: false });
    const sent = await server.handoff.sendMessage(entry.conversationId, karin, 'Hej! Berätta mer.');
    expect(sent.ok).toBe(true);
    const outbox = await db.query<{ payload: any }>('select payload from outbox where message_id = $1', [sent.messageId]);
    expect(outbox[0]!.payload.advisorName).toBe('Karin');

    expect(await server.handoff.reassign(entry.handoffId, karin, olle)).toBe(true);
    expect((await server.handoff.transcript(entry.conversationId)).at(-1)?.text).toMatch(/Du pratar nu med Olle/);

    expect(await server.handoff.handBack(entry.conversationId, olle)).toBe(true);
    const again = await say(conversation, 'Hur betalar jag medlemsavgiften?');
    expect(again.replies[0]?.kind).toBe('answer');

    await say(conversation, 'Jag vill prata med en människa');
    const second = (await server.handoff.queue()).find((e) => e.conversationId === entry.conversationId && e.status === 'queued')!;
    await server.handoff.claim(second.handoffId, karin);
    expect(await server.handoff.close(entry.conversationId, karin)).toBe(true);
    const fresh = await say(conversation, 'Hej igen');
    expect(fresh.conversationId).not.toBe(entry.conversationId);
    expect(fresh.state).toBe('bot');

    for (let i = 0; i < 50 && !events.some((e) => e.type === 'message' && e.author === 'member'); i++) await new Promise((r) => setTimeout(r, 20));
    await unsubscribe();
    expect(events.some((e) => e.type === 'queue_changed')).toBe(true);
    expect(events.some((e) => e.type === 'message' && e.author === 'member')).toBe(true);
    expect(events.some((e) => e.type === 'conversation_changed' && e.state === 'closed')).toBe(true);
    const actions = await db.query<{ action: string }>('select action from audit_log where conversation_id = $1 order by id', [entry.conversationId]);
    expect(actions.map((a) => a.action)).toEqual(['claim', 'open', 'message', 'reassign', 'hand_back', 'claim', 'close']);
  });

  it('a burst of 200 handoffs: none lost, none duplicated', async () => {
    const before = (await server.handoff.queue()).length;
    const ids = Array.from({ length: 200 }, () => `burst-${randomUUID()}`);
    for (let i = 0; i < ids.length; i += 20) await Promise.all(ids.slice(i, i + 20).map((id) => say(id, 'Jag vill prata med en människa')));
    const queue = await server.handoff.queue();
    expect(queue.length - before).toBe(200);
    expect(new Set(queue.map((e) => e.conversationId)).size).toBe(queue.length);
    const positions = queue.filter((e) => e.status === 'queued').map((e) => e.position);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
  });

  it('offers a callback outside opening hours and stores the number the member leaves', async () => {
    const closed = await startTestServer({ db, env: { OPENING_HOURS: 'sun 03:00-03:15' } });
    try {
      const conversation = `cb-${randomUUID()}`;
      const turn = await closed.core.engine.handle({ channel: 'test', channelConversationId: conversation, text: 'Jag vill prata med en människa' });
      expect(turn.replies.map((r) => r.text).join(' ')).toMatch(/vi öppnar igen söndag kl\. 03:00.*telefonnummer/s);
      const reply = await closed.core.engine.handle({ channel: 'test', channelConversationId: conversation, text: 'Ring mig på 070-123 45 67' });
      expect(reply.replies[0]!.text).toMatch(/ringer upp dig när vi öppnar/);
      const entry = (await closed.handoff.queue()).find((e) => e.conversationId === turn.conversationId)!;
      expect(entry.callbackPhone).toBe('0701234567');
    } finally {
      await closed.close();
    }
  });

  it('erases one member\'s conversations and keeps only a content-free audit entry', async () => {
    const conversation = `erase-${randomUUID()}`;
    const turn = await server.core.engine.handle({ channel: 'test', channelConversationId: conversation, memberKey: 'member-x', text: 'Mitt personnummer är 19800101-1234' });
    expect(await server.handoff.erase(turn.conversationId, karin)).toBeGreaterThanOrEqual(1);
    expect(await db.query('select 1 from message where conversation_id = $1', [turn.conversationId])).toEqual([]);
    const audit = await db.query<{ detail: any }>(`select detail from audit_log where action = 'erase' and conversation_id = $1`, [turn.conversationId]);
    expect(JSON.stringify(audit)).not.toMatch(/personnummer|19800101/);
  });
});
