import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdvisorAccounts } from '../../../src/advisor/accounts.js';
import { isGsm7, segmentCount } from '../../../src/channels/sms/gsm7.js';
import { createLogger } from '../../../src/core/log.js';
import type { RunningServer } from '../../../src/server.js';
import { startTestServer } from '../../helpers/server.js';
import { elksDriver, SMS_FROM, twilioDriver, type CapturedSms, type SmsProviderDriver } from '../../helpers/sms-providers.js';

const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let numberSeq = 0;
/** A fresh Swedish mobile number per test, so tests do not share conversations. */
const newNumber = () => `+4670${String(1_000_000 + process.pid * 100 + ++numberSeq).slice(-7)}`;

/**
 * One contract, two providers: everything the SMS channel promises is checked through Twilio's
 * and 46elks' own webhook formats, against a local stand-in for each provider's REST API.
 */
describe.each([
  ['twilio', twilioDriver],
  ['46elks', elksDriver],
] as const)('SMS channel over %s', (_name, makeDriver) => {
  let driver: SmsProviderDriver;
  let server: RunningServer;
  const logLines: string[] = [];
  const phonesUsed: string[] = [];

  const number = () => {
    const phone = newNumber();
    phonesUsed.push(phone);
    return phone;
  };

  /** Texts the bot and waits for `replies` SMS back to that number. */
  const text = async (from: string, body: string, replies = 1, id = driver.newId()): Promise<CapturedSms[]> => {
    const before = driver.api.to(from).length;
    const res = await driver.inbound(server.url, { id, from, body });
    expect(res.status).toBe(200);
    await until(() => driver.api.to(from).length >= before + replies, 10_000, `${replies} replies to "${body}"`);
    return driver.api.to(from).slice(before);
  };

  const outboxOf = async (conversationChannelId?: string) =>
    server.core.db.query<{ id: number; status: string; last_error: string | null; message_id: number }>(
      `select o.id, o.status, o.last_error, o.message_id from outbox o join conversation c on c.id = o.conversation_id
       where c.channel = 'sms' ${conversationChannelId ? 'and c.channel_conversation_id = $1' : ''} order by o.id`,
      conversationChannelId ? [conversationChannelId] : [],
    );

  beforeAll(async () => {
    driver = await makeDriver();
    const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
    server = await startTestServer({ env: { ...driver.env, SMS_RATE_LIMIT: '8', SMS_RATE_WINDOW_SECONDS: '600', OPENING_HOURS: 'mon-sun 00:00-23:59' }, logger, pollIntervalMs: 100 });
  });

  afterAll(async () => {
    await server?.close();
    await driver?.api.close();
  });

  it('refuses a request the provider did not send, and processes nothing', async () => {
    const from = number();
    const res = await driver.forgedInbound(server.url, { id: driver.newId(), from, body: 'VISION' });
    expect(res.status).toBe(driver.forgedStatus);
    expect((await res.json()).error.code).toBe(driver.forgedStatus === 403 ? 'forbidden' : 'not_found');
    await sleep(300);
    expect(driver.api.to(from)).toHaveLength(0);
    expect(await server.core.db.query('select 1 from sms_inbound where number_hash = $1', [server.sms.inbox.hash(from)])).toHaveLength(0);
  });

  it('answers VISION with how to join and how to get help, from the configured sender', async () => {
    const from = number();
    const [reply] = await text(from, 'vision');
    expect(reply!.from).toBe(SMS_FROM);
    expect(reply!.body).toMatch(/Bli medlem/);
    expect(reply!.body).toMatch(/Svara RING/);
    expect(isGsm7(reply!.body)).toBe(true);
    expect(segmentCount(reply!.body)).toBeLessThanOrEqual(2);
  });

  it('processes a redelivered message id once', async () => {
    const from = number();
    const id = driver.newId();
    await text(from, 'VISION', 1, id);
    const again = await driver.inbound(server.url, { id, from, body: 'VISION' });
    expect(again.status).toBe(200);
    await sleep(500);
    expect(driver.api.to(from)).toHaveLength(1);
    const stored = await server.core.db.query(`select 1 from message m join conversation c on c.id = m.conversation_id where c.channel_conversation_id = $1 and m.author = 'member'`, [server.sms.inbox.hash(from)]);
    expect(stored).toHaveLength(1);
  });

  it('answers a question within two GSM-7 segments, names the source, and sends the rest on MER', async () => {
    const from = number();
    const [answer] = await text(from, 'Vad säger Vision om arbetsmiljön för socialsekreterare och vilka krav ställer ni?');
    expect(isGsm7(answer!.body)).toBe(true);
    expect(segmentCount(answer!.body)).toBeLessThanOrEqual(2);
    const stored = await server.core.db.query<{ kind: string }>(`select m.kind from message m join conversation c on c.id = m.conversation_id where c.channel_conversation_id = $1 and m.author = 'bot'`, [server.sms.inbox.hash(from)]);
    expect(stored.map((m) => m.kind)).toEqual(['answer']);
    expect(answer!.body).toMatch(/Källa: /);
    if (/Svara MER/.test(answer!.body)) {
      const [more] = await text(from, 'MER');
      expect(isGsm7(more!.body)).toBe(true);
      expect(segmentCount(more!.body)).toBeLessThanOrEqual(2);
      expect(more!.body).not.toBe(answer!.body);
    }
    const [nothing] = await text(from, 'mer');
    expect(nothing!.body).toMatch(/inget mer att skicka|Svara MER/);
  });

  it('keeps å, ä and ö intact: TEST answers with räksmörgås', async () => {
    const from = number();
    const [reply] = await text(from, 'TEST');
    expect(reply!.body).toContain('räksmörgås');
    expect(reply!.body).toContain('ÅÄÖ');
  });

  it('STOPP: one confirmation, then silence until START', async () => {
    const from = number();
    const [confirmation] = await text(from, 'STOPP');
    expect(confirmation!.body).toMatch(/inga fler sms/);
    await driver.inbound(server.url, { id: driver.newId(), from, body: 'Ingår inkomstförsäkringen i medlemskapet?' });
    await driver.inbound(server.url, { id: driver.newId(), from, body: 'stop' });
    const hash = server.sms.inbox.hash(from);
    await until(async () => (await server.core.db.query(`select 1 from sms_inbound where number_hash = $1 and status = 'pending'`, [hash])).length === 0, 5_000, 'texts handled');
    await sleep(300);
    expect(driver.api.to(from)).toHaveLength(1);
    const statuses = await server.core.db.query<{ status: string }>('select status from sms_inbound where number_hash = $1 order by id', [hash]);
    expect(statuses.map((r) => r.status)).toEqual(['done', 'opted_out', 'opted_out']);
    const [welcomeBack] = await text(from, 'START');
    expect(welcomeBack!.body).toMatch(/sms från Vision igen/);
    const [answer] = await text(from, 'Ingår inkomstförsäkringen i medlemskapet?');
    expect(answer!.body).toMatch(/inkomstförsäkring/i);
  });

  it('RING puts a callback request with the number in the advisor queue, and says when to expect the call', async () => {
    const from = number();
    const [reply] = await text(from, 'Ring mig tack');
    expect(reply!.body).toMatch(/ringer upp dig på det här numret/);
    const entry = (await server.handoff.queue()).find((e) => e.callbackPhone === from);
    expect(entry).toMatchObject({ reason: 'callback', channel: 'sms', status: 'queued' });
  });

  it('puts a personal case in the queue like chat, and the advisor answers by SMS', async () => {
    const from = number();
    const [offer] = await text(from, 'Jag har blivit uppsagd från mitt jobb, vad ska jag göra?');
    expect(offer!.body).toMatch(/Svara JA/);
    expect(segmentCount(offer!.body)).toBeLessThanOrEqual(2);
    const queued = await text(from, 'ja', 2);
    expect(queued[0]!.body).toMatch(/kö/);
    const entry = (await server.handoff.queue()).find((e) => e.channel === 'sms' && e.reason === 'personal_case' && e.status === 'queued');
    expect(entry).toBeDefined();

    const advisor = await new AdvisorAccounts(server.core.db).create({ email: `karin.${driver.name}@vision.se`, name: 'Karin Lind', password: 'ett-langt-losenord-1' });
    const claimed = await server.handoff.claim(entry!.handoffId, advisor);
    expect(claimed.ok).toBe(true);
    await until(() => driver.api.to(from).some((s) => /Karin/.test(s.body) && /rådgivare/.test(s.body)), 5_000, 'advisor joined');
    const sent = await server.handoff.sendMessage(entry!.conversationId, advisor, 'Hej! Jag ringer dig “i eftermiddag” – passar det?');
    expect(sent.ok).toBe(true);
    await until(() => driver.api.to(from).some((s) => s.body.startsWith('Karin, Vision:')), 5_000, 'advisor message');
    const fromAdvisor = driver.api.to(from).find((s) => s.body.startsWith('Karin, Vision:'))!;
    expect(fromAdvisor.body).toBe('Karin, Vision: Hej! Jag ringer dig "i eftermiddag" - passar det?');

    // The member's answer reaches the advisor; the bot stays silent.
    const before = driver.api.to(from).length;
    await driver.inbound(server.url, { id: driver.newId(), from, body: 'Ja, det passar bra' });
    await until(async () => (await server.handoff.transcript(entry!.conversationId)).some((t) => t.author === 'member' && t.text === 'Ja, det passar bra'), 5_000, 'member reply in transcript');
    await sleep(300);
    expect(driver.api.to(from)).toHaveLength(before);

    // STOPP works while an advisor has the conversation: confirmed, and the advisor's next
    // message is a visible failure, not a text.
    const [stopped] = await text(from, 'STOPP');
    expect(stopped!.body).toMatch(/inga fler sms/);
    const after = await server.handoff.sendMessage(entry!.conversationId, advisor, 'Är du kvar?');
    expect(after.ok).toBe(true);
    await until(async () => (await server.handoff.transcript(entry!.conversationId)).some((t) => t.text === 'Är du kvar?' && /opted out/.test(t.deliveryFailed ?? '')), 5_000, 'advisor message marked undelivered');
    expect(driver.api.to(from).some((s) => s.body.includes('Är du kvar?'))).toBe(false);
  });

  it('answers a crisis message with the crisis numbers in two segments and queues it as urgent', async () => {
    const from = number();
    const replies = await text(from, 'Jag orkar inte leva längre');
    expect(replies[0]!.body).toMatch(/112/);
    expect(replies[0]!.body).toMatch(/90101/);
    expect(segmentCount(replies[0]!.body)).toBeLessThanOrEqual(2);
    const entry = (await server.handoff.queue()).find((e) => e.channel === 'sms' && e.reason === 'crisis');
    expect(entry?.priority).toBe(0);
  });

  it('retries a send the provider failed with 500, and delivers it', async () => {
    const from = number();
    driver.api.failNext(1, 500);
    const [reply] = await text(from, 'VISION');
    expect(reply!.body).toMatch(/Bli medlem/);
    // Marked delivered right after the provider accepted it.
    const hash = server.sms.inbox.hash(from);
    await until(async () => (await outboxOf(hash)).every((r) => r.status !== 'pending'), 5_000, 'outbox row settled');
    const rows = await outboxOf(hash);
    expect(rows.map((r) => r.status)).toEqual(['delivered']);
  });

  it('ends a send the provider refuses (400) as a visible failure, not silence', async () => {
    const from = number();
    driver.api.failNext(1, 400);
    await driver.inbound(server.url, { id: driver.newId(), from, body: 'TEST' });
    const hash = server.sms.inbox.hash(from);
    await until(async () => (await outboxOf(hash)).some((r) => r.status === 'failed'), 5_000, 'failed outbox row');
    const [row] = await outboxOf(hash);
    expect(row!.last_error).toMatch(/refused/);
    const conversation = await server.core.db.query<{ id: string }>(`select id from conversation where channel = 'sms' and channel_conversation_id = $1`, [hash]);
    const transcript = await server.handoff.transcript(conversation[0]!.id);
    expect(transcript.find((t) => t.author === 'bot')?.deliveryFailed).toMatch(/refused/);
    expect(driver.api.to(from)).toHaveLength(0);
  });

  it('records delivery status callbacks; an undelivered message becomes a visible failure', async () => {
    const from = number();
    const [first] = await text(from, 'TEST');
    const hash = server.sms.inbox.hash(from);
    const delivered = await driver.status(server.url, first!.id, 'delivered');
    expect(delivered.status).toBeLessThan(300);
    expect((await server.core.db.query<{ status: string }>('select status from sms_delivery where provider_message_id = $1', [first!.id]))[0]?.status).toBe('delivered');

    const [second] = await text(from, 'VISION');
    const failed = await driver.status(server.url, second!.id, 'failed');
    expect(failed.status).toBeLessThan(300);
    // A failure reported by the provider stands, even if it arrives before the send is marked done.
    await until(async () => (await outboxOf(hash)).map((r) => r.status).join() === 'delivered,failed', 5_000, 'statuses settled');
    const rows = await outboxOf(hash);
    expect(rows.map((r) => r.status)).toEqual(['delivered', 'failed']);
    expect(rows[1]!.last_error).toMatch(new RegExp(driver.name));
  });

  it('stops a flood from one number without affecting another', async () => {
    const flooder = number();
    const other = number();
    for (let i = 0; i < 12; i++) await driver.inbound(server.url, { id: driver.newId(), from: flooder, body: 'TEST' });
    const [otherReply] = await text(other, 'TEST');
    expect(otherReply!.body).toContain('räksmörgås');
    await until(async () => (await server.core.db.query(`select 1 from sms_inbound where number_hash = $1 and status <> 'pending'`, [server.sms.inbox.hash(flooder)])).length === 12, 10_000, 'flood handled');
    await sleep(300);
    const replies = driver.api.to(flooder);
    expect(replies.filter((r) => r.body.includes('räksmörgås'))).toHaveLength(8);
    expect(replies.filter((r) => /många sms/.test(r.body))).toHaveLength(1);
  });

  it('rejects malformed webhook requests with clear errors and keeps serving', async () => {
    const path = driver.name === 'twilio' ? '/api/sms/twilio' : `/api/sms/46elks/${driver.env.ELKS_WEBHOOK_SECRET}`;
    const json = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([403, 415]).toContain(json.status);
    const huge = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'message=' + 'a'.repeat(200_000) });
    expect(huge.status).toBe(413);
    const from = number();
    const [reply] = await text(from, 'TEST');
    expect(reply!.body).toContain('räksmörgås');
  });

  it('never writes a phone number to the log', () => {
    expect(phonesUsed.length).toBeGreaterThan(5);
    const log = logLines.join('\n');
    expect(log).toContain('sms received');
    for (const phone of phonesUsed) {
      expect(log).not.toContain(phone);
      expect(log).not.toContain(phone.slice(3));
    }
  });
});
