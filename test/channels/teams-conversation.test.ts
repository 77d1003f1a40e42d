import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { BotAuthStandIn, LocalTokenCredentialsFactory } from '../helpers/bot-auth.js';
import { BotConnectorStandIn, type ConnectorPost, teamsActivity, teamsConversationId, TEST_TENANT_ID } from '../helpers/bot-connector.js';
import { startTestServer } from '../helpers/server.js';

const APP_ID = '5a7e9c1b-3d4f-4b2a-8e6c-0f1d2b3c4a5e';
const APP_PASSWORD = 'test-app-password~not-a-real-secret';
const TENANT_ID = TEST_TENANT_ID;
const QUESTION = 'Ingår inkomstförsäkringen i medlemskapet?';

/** Sends a body with node:http so a 413 can be read even while the server stops reading the upload. */
function rawPost(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server answers and closes while the upload is still going: that write error is expected.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(body);
  });
}

/** Re-runs `read` until `done` holds for its result (or 5 s pass) and returns the last result. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The Teams conversation, authenticated end to end: what a member sees and what the store keeps. */
describe('Teams /api/messages: conversation through the Bot Connector stand-in', () => {
  let auth: BotAuthStandIn;
  let connector: BotConnectorStandIn;
  let server: RunningServer;
  let serviceUrl: string;

  const token = () => `Bearer ${auth.channelToken({ serviceUrl })}`;
  const activity = (conversationId: string, fields: { type?: string; text?: string; value?: unknown; attachments?: unknown[]; extra?: Record<string, unknown> }) =>
    teamsActivity({ serviceUrl, conversationId, appId: APP_ID, tenantId: TENANT_ID, ...fields });
  const post = (body: Record<string, unknown>) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: token() }, body: JSON.stringify(body) });
  const messages = (posts: ConnectorPost[]) => posts.filter((p) => p.body.type === 'message');
  const textOf = (p: ConnectorPost): string => p.body.text ?? JSON.stringify(p.body.attachments?.[0]?.content?.body ?? '');
  const cardOf = (p: ConnectorPost) => p.body.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

  /** Posts one activity, expects 200, and waits until the conversation has `count` more messages. */
  async function turn(conversationId: string, body: Record<string, unknown>, count = 1): Promise<ConnectorPost[]> {
    const before = messages(connector.delivered(conversationId)).length;
    const res = await post(body);
    expect(res.status).toBe(200);
    await connector.waitFor(() => messages(connector.delivered(conversationId)).length >= before + count, 10_000, `${count} new message(s) in ${conversationId}`);
    return messages(connector.delivered(conversationId)).slice(before);
  }

  async function ask(conversationId: string): Promise<{ answer: ConnectorPost; messageId: number }> {
    const [answer] = await turn(conversationId, activity(conversationId, { text: QUESTION }));
    const up = cardOf(answer!).actions.find((a: any) => a.data?.action === 'feedback' && a.data.rating === 'up');
    return { answer: answer!, messageId: up.data.messageId as number };
  }

  beforeAll(async () => {
    auth = await BotAuthStandIn.start({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TENANT_ID });
    connector = await BotConnectorStandIn.start();
    serviceUrl = connector.serviceUrl('emea');
    server = await startTestServer({
      env: auth.env(),
      credentialsFactory: new LocalTokenCredentialsFactory(APP_ID, APP_PASSWORD, TENANT_ID),
      pollIntervalMs: 100,
    });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
    await auth?.close();
  });

  it('welcomes the member in Swedish when the app is installed (conversationUpdate adding the bot)', async () => {
    const conversationId = teamsConversationId('install');
    const install = activity(conversationId, {
      type: 'conversationUpdate',
      extra: { membersAdded: [{ id: `28:${APP_ID}` }, { id: '29:1vTeamsUserIdForAnnaSvensson', aadObjectId: '6b1f0b1e-4a8e-4c52-9d3e-6f0a2c1d9e11' }] },
    });
    const [welcome, ...rest] = await turn(conversationId, install);
    expect(rest).toEqual([]);
    expect(welcome!.body.text).toMatch(/^Hej och välkommen!/);
    expect(welcome!.body.text).toContain('Prata med en rådgivare');
    expect(welcome!.body.text!.length).toBeLessThan(400);
    expect(welcome!.authorization).toMatch(/^Bearer /);

    // A member (not the bot) joining gets no second welcome.
    const memberAdded = activity(conversationId, { type: 'conversationUpdate', extra: { membersAdded: [{ id: '29:1anotherUser' }] } });
    expect((await post(memberAdded)).status).toBe(200);
    await server.dispatcher.drain();
    expect(messages(connector.delivered(conversationId))).toHaveLength(1);
  });

  it('queues a handoff when the card button "Prata med en rådgivare" is pressed, and confirms in Swedish', async () => {
    const conversationId = teamsConversationId('handoff');
    const { answer } = await ask(conversationId);
    const button = cardOf(answer).actions.find((a: any) => a.title === 'Prata med en rådgivare');
    const [confirmation] = await turn(conversationId, activity(conversationId, { value: button.data, extra: { replyToId: answer.body.id } }));
    expect(textOf(confirmation!)).toContain('Jag kopplar dig till en av Visions rådgivare');
    const rows = await server.core.db.query<{ status: string; reason: string; channel: string }>(
      `select h.status, h.reason, h.channel from handoff_request h join conversation c on c.id = h.conversation_id
        where c.channel = 'msteams' and c.channel_conversation_id = $1`,
      [conversationId],
    );
    expect(rows).toEqual([{ status: 'queued', reason: 'asked_for_human', channel: 'msteams' }]);
  });

  it('stores 👍 from the answer card in answer_feedback and thanks the member', async () => {
    const conversationId = teamsConversationId('feedback');
    const { answer, messageId } = await ask(conversationId);
    const up = cardOf(answer).actions.find((a: any) => a.data?.action === 'feedback' && a.data.rating === 'up');
    expect(up.data).toEqual({ action: 'feedback', rating: 'up', messageId });
    const [thanks] = await turn(conversationId, activity(conversationId, { value: up.data }));
    expect(textOf(thanks!)).toContain('Tack för ditt omdöme');
    const rows = await server.core.db.query<{ rating: string; channel_conversation_id: string }>(
      `select f.rating, c.channel_conversation_id from answer_feedback f join conversation c on c.id = f.conversation_id where f.message_id = $1`,
      [messageId],
    );
    expect(rows).toEqual([{ rating: 'up', channel_conversation_id: conversationId }]);
  });

  it('does not let a member rate an answer given in someone else\'s conversation', async () => {
    const victim = teamsConversationId('victim');
    const { messageId } = await ask(victim);
    const attacker = teamsConversationId('attacker');
    const [reply] = await turn(attacker, activity(attacker, { value: { action: 'feedback', rating: 'down', messageId } }));
    expect(textOf(reply!)).toContain('Det valet känner jag inte igen');
    expect(await server.core.db.query('select 1 from answer_feedback where message_id = $1', [messageId])).toEqual([]);
  });

  it('answers unexpected card submits politely with 200 and keeps serving', async () => {
    const conversationId = teamsConversationId('odd-submit');
    const odd: unknown[] = [
      { action: 'delete_everything', extra: { nested: true } },
      { action: 'feedback', rating: 'sideways', messageId: 1 },
      { action: 'feedback', rating: 'up', messageId: 'DROP TABLE message' },
      { nothing: 'here' },
      ['an', 'array'],
      'just a string',
      42,
    ];
    for (const value of odd) {
      const [reply] = await turn(conversationId, activity(conversationId, { value }));
      expect(textOf(reply!), JSON.stringify(value)).toContain('Det valet känner jag inte igen');
    }
    // Extra fields on a known action are ignored, the action still works.
    const [queued] = await turn(conversationId, activity(conversationId, { value: { action: 'talk_to_advisor', injected: '<script>alert(1)</script>' } }));
    expect(textOf(queued!)).toContain('Jag kopplar dig till en av Visions rådgivare');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const fresh = teamsConversationId('after-odd');
    const [answer] = await turn(fresh, activity(fresh, { text: QUESTION }));
    expect(cardOf(answer!)).toBeTruthy();
  });

  it('says it reads text only when a Teams message carries only an attachment', async () => {
    const conversationId = teamsConversationId('attachment');
    const attachments = [
      { contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/emea/v3/attachments/0-abc/views/original', name: 'lönespec.png' },
      { contentType: 'text/html', content: '<div><div><span><img src="https://example.invalid/x.png" itemtype="http://schema.skype.com/AMSImage"></span></div></div>' },
    ];
    const [reply] = await turn(conversationId, activity(conversationId, { attachments }));
    expect(textOf(reply!)).toContain('Jag kan bara läsa text');
  });

  it('answers a group-chat message that @mentions the bot, without the mention', async () => {
    const conversationId = `19:${Math.random().toString(36).slice(2)}@thread.v2`;
    const mention = { type: 'mention', mentioned: { id: `28:${APP_ID}`, name: 'Rådgivaren' }, text: '<at>Rådgivaren</at>' };
    const body = activity(conversationId, { text: `<at>Rådgivaren</at> ${QUESTION}`, extra: { entities: [mention], conversation: { conversationType: 'groupChat', tenantId: TENANT_ID, id: conversationId } } });
    const [answer] = await turn(conversationId, body);
    expect(JSON.stringify(cardOf(answer!).body)).toMatch(/Bli medlem i Vision/);
    const stored = await server.core.db.query<{ text: string }>(
      `select m.text from message m join conversation c on c.id = m.conversation_id where c.channel_conversation_id = $1 and m.author = 'member'`,
      [conversationId],
    );
    expect(stored.map((r) => r.text)).toEqual([QUESTION]);
  });

  it('accepts unknown activity types with 200 and no reply', async () => {
    const conversationId = teamsConversationId('unknown-type');
    for (const type of ['somethingNew', 'messageReaction', 'installationUpdate', 'typing', 'endOfConversation']) {
      const res = await post(activity(conversationId, { type, extra: type === 'messageReaction' ? { reactionsAdded: [{ type: 'like' }], replyToId: '1' } : {} }));
      expect(res.status, type).toBeLessThan(300);
      expect(res.status, type).toBeGreaterThanOrEqual(200);
    }
    await server.dispatcher.drain();
    expect(connector.posts.filter((p) => p.conversationId === conversationId)).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('refuses malformed JSON (400), a 5 MB body (413), a wrong content type (415) and a non-activity (400)', async () => {
    const url = `${server.url}/api/messages`;
    const headers = { 'content-type': 'application/json', authorization: token() };
    const malformed = await fetch(url, { method: 'POST', headers, body: '{"type": "message", "text": ' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).error.code).toBe('malformed_json');

    const conversationId = teamsConversationId('huge');
    const huge = Buffer.from(JSON.stringify(activity(conversationId, { text: 'x'.repeat(5 * 1024 * 1024) })));
    const tooLarge = await rawPost(url, headers, huge);
    expect(tooLarge.status).toBe(413);

    const wrongType = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: JSON.stringify(activity(conversationId, { text: 'Hej' })) });
    expect(wrongType.status).toBe(415);

    const notActivity = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'no serviceUrl or conversation' }) });
    expect(notActivity.status).toBe(400);
    const array = await fetch(url, { method: 'POST', headers, body: '[]' });
    expect(array.status).toBe(400);

    await server.dispatcher.drain();
    expect(connector.posts.filter((p) => p.conversationId === conversationId)).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('absorbs a single 503 from the Bot Connector (the HTTP client retries it) and the answer arrives', async () => {
    const conversationId = teamsConversationId('one-503');
    connector.failNext(1, 503, (p) => p.conversationId === conversationId && p.body.type === 'message');
    expect((await post(activity(conversationId, { text: QUESTION }))).status).toBe(200);
    await connector.waitFor(() => messages(connector.delivered(conversationId)).length >= 1, 10_000, 'the answer');
    const attempts = connector.posts.filter((p) => p.conversationId === conversationId && p.body.type === 'message');
    expect(attempts.map((p) => p.status)).toEqual([503, 200]);
  });

  it('retries through the outbox when the Bot Connector keeps answering 503, and the answer arrives later', async () => {
    // botbuilder's HTTP client retries a 503 three times itself (about 1 + 2 + 4 s with jitter);
    // four failures exhaust it, so only the outbox's retry can still deliver the answer.
    const conversationId = teamsConversationId('retry');
    connector.failNext(4, 503, (p) => p.conversationId === conversationId && p.body.type === 'message');
    const res = await post(activity(conversationId, { text: QUESTION }));
    expect(res.status).toBe(200);
    await connector.waitFor(() => messages(connector.delivered(conversationId)).length >= 1, 12_000, 'the answer, retried by the outbox');
    const attempts = connector.posts.filter((p) => p.conversationId === conversationId && p.body.type === 'message');
    expect(attempts.map((p) => p.status)).toEqual([503, 503, 503, 503, 200]);
    expect(attempts[4]!.body.attachments).toEqual(attempts[0]!.body.attachments);
    const rows = await eventually(
      () => server.core.db.query<{ status: string; attempts: number }>(
        `select o.status, o.attempts from outbox o join conversation c on c.id = o.conversation_id where c.channel_conversation_id = $1`,
        [conversationId],
      ),
      (r) => r[0]?.status !== 'pending',
    );
    expect(rows).toEqual([{ status: 'delivered', attempts: 2 }]);
  });

  it('gives up at once (no retry storm) when the member removed the bot (403)', async () => {
    const conversationId = teamsConversationId('removed');
    connector.failNext(1, 403, (p) => p.conversationId === conversationId && p.body.type === 'message');
    expect((await post(activity(conversationId, { text: QUESTION }))).status).toBe(200);
    await connector.waitFor(() => connector.posts.some((p) => p.conversationId === conversationId && p.status === 403));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const rows = await server.core.db.query<{ status: string; attempts: number }>(
      `select o.status, o.attempts from outbox o join conversation c on c.id = o.conversation_id where c.channel_conversation_id = $1`,
      [conversationId],
    );
    expect(rows).toEqual([{ status: 'failed', attempts: 1 }]);
    expect(connector.posts.filter((p) => p.conversationId === conversationId && p.body.type === 'message')).toHaveLength(1);
  });

  it('delivers proactively after the turn: an advisor reply put in the outbox reaches the Teams chat', async () => {
    const conversationId = teamsConversationId('proactive');
    await ask(conversationId);
    const [conversation] = await server.core.db.query<{ id: string }>(`select id from conversation where channel = 'msteams' and channel_conversation_id = $1`, [conversationId]);
    await server.core.outbox.enqueue({
      conversationId: conversation!.id,
      channel: 'msteams',
      payload: { reply: { kind: 'advisor', text: 'Hej Anna, jag heter Karin och är rådgivare. Jag ringer dig i eftermiddag.', citations: [], actions: [], language: 'sv' }, advisorName: 'Karin' },
    });
    // No announce: the dispatcher's poll finds it.
    const [advisor] = await connector.waitFor(() => messages(connector.delivered(conversationId)).length >= 2, 10_000, 'the advisor reply').then(() => messages(connector.delivered(conversationId)).slice(1));
    expect(advisor!.body.text).toBe('Karin: Hej Anna, jag heter Karin och är rådgivare. Jag ringer dig i eftermiddag.');
    expect(advisor!.prefix).toBe('/emea');
    expect(advisor!.body.recipient.id).toBe('29:1vTeamsUserIdForAnnaSvensson');
    expect(advisor!.body.from.id).toBe(`28:${APP_ID}`);
    expect(auth.issuedTokens.map((t) => `Bearer ${t}`)).toContain(advisor!.authorization);
  });
});
