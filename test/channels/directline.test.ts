import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTokens } from '../../src/channels/botframework/directline/tokens.js';
import type { RunningServer } from '../../src/server.js';
import { startTestServer } from '../helpers/server.js';

const SECRET = 'directline-test-secret-0123456789abcdef';

interface Session { token: string; conversationId: string; userId: string }
interface Activity { id: string; type: string; text?: string; from: { id: string; role?: string }; attachments?: { contentType: string; content: any }[]; channelData?: any }

describe('Direct Line endpoint (Web Chat without a cloud service)', () => {
  let server: RunningServer;
  const url = (path: string) => `${server.url}${path}`;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  async function newSession(): Promise<Session> {
    const res = await fetch(url('/api/webchat/token'), { method: 'POST' });
    expect(res.status).toBe(200);
    const session = (await res.json()) as Session;
    const started = await fetch(url('/v3/directline/conversations'), { method: 'POST', headers: auth(session.token) });
    expect(started.status).toBe(201);
    return session;
  }

  async function post(session: Session, activity: Record<string, unknown>, conversationId = session.conversationId): Promise<Response> {
    return fetch(url(`/v3/directline/conversations/${conversationId}/activities`), {
      method: 'POST',
      headers: { ...auth(session.token), 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }

  async function poll(session: Session, watermark = '0'): Promise<{ activities: Activity[]; watermark: string }> {
    const res = await fetch(url(`/v3/directline/conversations/${session.conversationId}/activities?watermark=${watermark}`), { headers: auth(session.token) });
    expect(res.status).toBe(200);
    return (await res.json()) as { activities: Activity[]; watermark: string };
  }

  const botActivities = (activities: Activity[]) => activities.filter((a) => a.from.role === 'bot');
  const cardOf = (activity: Activity) => activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

  beforeAll(async () => {
    server = await startTestServer({ env: { DIRECTLINE_TOKEN_SECRET: SECRET } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('welcomes a new conversation, echoes the member message and answers with a cited card', async () => {
    const session = await newSession();
    const first = await poll(session);
    expect(botActivities(first.activities)[0]!.text).toMatch(/välkommen/i);

    const sent = await post(session, { type: 'message', text: 'Ingår inkomstförsäkringen i medlemskapet?', from: { id: 'spoofed' }, channelData: { clientActivityID: 'c-1' } });
    expect(sent.status).toBe(200);
    const { id } = (await sent.json()) as { id: string };

    const next = await poll(session, first.watermark);
    const echo = next.activities.find((a) => a.id === id)!;
    expect(echo.from).toEqual({ id: session.userId, role: 'user' }); // the token decides who the member is, not the payload
    expect(echo.channelData.clientActivityID).toBe('c-1');
    const answer = botActivities(next.activities)[0]!;
    const card = cardOf(answer);
    expect(JSON.stringify(card.body)).toMatch(/Bli medlem i Vision/);
    expect(card.actions.map((a: any) => a.title)).toContain('Prata med en rådgivare');
    expect(Number(next.watermark)).toBeGreaterThan(Number(first.watermark));
    expect((await poll(session, next.watermark)).activities).toEqual([]);
  });

  it('queues a handoff when the member presses the advisor button, and stores 👍 feedback', async () => {
    const session = await newSession();
    await post(session, { type: 'message', text: 'Hur betalar jag medlemsavgiften?' });
    const answer = botActivities((await poll(session)).activities).find((a) => cardOf(a))!;
    const up = cardOf(answer).actions.find((a: any) => a.data?.action === 'feedback' && a.data.rating === 'up');
    expect((await post(session, { type: 'message', value: up.data })).status).toBe(200);
    const rating = await server.core.db.query<{ rating: string }>('select rating from answer_feedback where message_id = $1', [up.data.messageId]);
    expect(rating[0]?.rating).toBe('up');

    expect((await post(session, { type: 'message', value: { action: 'talk_to_advisor' } })).status).toBe(200);
    const handoffs = await server.core.db.query<{ status: string; reason: string; channel: string }>(
      `select h.status, h.reason, h.channel from handoff_request h join conversation c on c.id = h.conversation_id where c.channel_conversation_id = $1`,
      [session.conversationId],
    );
    expect(handoffs).toEqual([{ status: 'queued', reason: 'asked_for_human', channel: 'webchat' }]);
    const texts = botActivities((await poll(session)).activities).map((a) => a.text ?? JSON.stringify(cardOf(a)));
    expect(texts.join('\n')).toMatch(/tack för ditt omdöme/i);
    expect(texts.join('\n')).toMatch(/rådgivare/);
  });

  it('feedback on another conversation\'s message is not stored', async () => {
    const a = await newSession();
    await post(a, { type: 'message', text: 'Vad kostar medlemskapet?' });
    const answerId = (await server.core.db.query<{ id: string }>(
      `select m.id from message m join conversation c on c.id = m.conversation_id where c.channel_conversation_id = $1 and m.author = 'bot' order by m.id desc limit 1`,
      [a.conversationId],
    ))[0]!.id;
    const b = await newSession();
    expect((await post(b, { type: 'message', value: { action: 'feedback', rating: 'down', messageId: Number(answerId) } })).status).toBe(200);
    expect(await server.core.db.query('select 1 from answer_feedback where message_id = $1', [answerId])).toEqual([]);
  });

  it('one conversation\'s token cannot read or post to another conversation', async () => {
    const a = await newSession();
    const b = await newSession();
    const read = await fetch(url(`/v3/directline/conversations/${b.conversationId}/activities`), { headers: auth(a.token) });
    expect(read.status).toBe(403);
    expect((await post(a, { type: 'message', text: 'hej' }, b.conversationId)).status).toBe(403);
    expect(botActivities((await poll(b)).activities)).toHaveLength(1); // only b's welcome
  });

  it('refuses missing, forged and expired tokens', async () => {
    const a = await newSession();
    const none = await fetch(url(`/v3/directline/conversations/${a.conversationId}/activities`));
    expect(none.status).toBe(401);
    const forged = new DirectLineTokens('another-secret-another-secret-0123456789', 60).issue({ conversationId: a.conversationId, userId: a.userId });
    expect((await fetch(url(`/v3/directline/conversations/${a.conversationId}/activities`), { headers: auth(forged) })).status).toBe(401);
    const expired = new DirectLineTokens(SECRET, 60);
    const old = Date.now;
    Date.now = () => old() - 3_600_000;
    const stale = expired.issue({ conversationId: a.conversationId, userId: a.userId });
    Date.now = old;
    const res = await fetch(url(`/v3/directline/conversations/${a.conversationId}/activities`), { headers: auth(stale) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).error.code).toBe('TokenExpired');
  });

  it('refreshes a token for the same conversation', async () => {
    const a = await newSession();
    const res = await fetch(url('/v3/directline/tokens/refresh'), { method: 'POST', headers: auth(a.token) });
    const body = (await res.json()) as { conversationId: string; token: string };
    expect(body.conversationId).toBe(a.conversationId);
    expect((await poll({ ...a, token: body.token })).activities.length).toBeGreaterThan(0);
  });

  it('answers bad input clearly and keeps serving', async () => {
    const a = await newSession();
    const path = url(`/v3/directline/conversations/${a.conversationId}/activities`);
    const malformed = await fetch(path, { method: 'POST', headers: { ...auth(a.token), 'content-type': 'application/json' }, body: '{"type": "message", "text": ' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).error.code).toBe('malformed_json');
    const huge = await fetch(path, { method: 'POST', headers: { ...auth(a.token), 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x'.repeat(5 * 1024 * 1024) }) }).catch(() => undefined);
    if (huge) expect(huge.status).toBe(413);
    const wrongType = await fetch(path, { method: 'POST', headers: { ...auth(a.token), 'content-type': 'text/plain' }, body: 'hej' });
    expect(wrongType.status).toBe(415);
    expect((await post(a, { type: 'somethingElse' })).status).toBe(400);
    expect((await post(a, { text: 'no type' })).status).toBe(400);
    expect((await post(a, { type: 'message', value: { action: 'delete_everything', extra: { nested: true } } })).status).toBe(200);
    expect((await post(a, { type: 'message', value: { action: 'talk_to_advisor', injected: '<script>' } })).status).toBe(200);
    expect((await post(a, { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'data:image/png;base64,AAAA', name: 'lönespec.png' }] })).status).toBe(200);
    const texts = botActivities((await poll(a)).activities).map((x) => x.text ?? '').join('\n');
    expect(texts).toMatch(/känner jag inte igen/);
    expect(texts).toMatch(/bara läsa text/);
    expect((await fetch(url('/healthz'))).status).toBe(200);
  });

  it('keeps member HTML as text in the stored echo', async () => {
    const a = await newSession();
    await post(a, { type: 'message', text: '<img src=x onerror=alert(1)>' });
    const echo = (await poll(a)).activities.find((x) => x.from.role === 'user')!;
    expect(echo.text).toBe('<img src=x onerror=alert(1)>');
  });
});
