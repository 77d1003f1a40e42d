import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { BotAuthStandIn, LocalTokenCredentialsFactory } from '../helpers/bot-auth.js';
import { BotConnectorStandIn, teamsActivity, teamsConversationId } from '../helpers/bot-connector.js';
import { startTestServer } from '../helpers/server.js';

const APP_ID = '3f2c8a6e-9b1d-4e7f-a5c3-2d8e6b4f1a90';
const APP_PASSWORD = 'test-app-password~not-a-real-secret';
const TENANT_ID = '8e1d3c5a-7f2b-4a69-b0d4-c9e2f1a3b576';

/**
 * /api/messages in authenticated mode, as Teams reaches it: tokens signed by a local OpenID
 * metadata + JWKS stand-in, replies captured by a local Bot Connector stand-in at serviceUrl,
 * outbound tokens fetched from the stand-in's token endpoint.
 */
describe('Teams /api/messages: inbound token validation', () => {
  let auth: BotAuthStandIn;
  let connector: BotConnectorStandIn;
  let server: RunningServer;
  let serviceUrl: string;

  const post = (activity: Record<string, unknown>, authorization?: string) =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
      body: JSON.stringify(activity),
    });
  const message = (conversationId: string, text: string) => teamsActivity({ serviceUrl, conversationId, appId: APP_ID, tenantId: TENANT_ID, text });
  const storedConversations = async (conversationId: string) =>
    (await server.core.db.query<{ n: string | number }>('select count(*) as n from conversation where channel_conversation_id = $1', [conversationId]))[0]!.n;

  beforeAll(async () => {
    // botframework-connector console.error()s every rejected token with the whole public key.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    auth = await BotAuthStandIn.start({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TENANT_ID });
    connector = await BotConnectorStandIn.start();
    serviceUrl = connector.serviceUrl('emea');
    server = await startTestServer({
      // Typing at once on every turn, so the typing indicator's outbound token is checked too.
      env: { ...auth.env(), TYPING_DELAY_MS: '0' },
      credentialsFactory: new LocalTokenCredentialsFactory(APP_ID, APP_PASSWORD, TENANT_ID),
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server?.close();
    await connector?.close();
    await auth?.close();
  });

  it('runs in authenticated mode with the endpoint settings pointed at the stand-ins', () => {
    expect(server.localMode).toBe(false);
  });

  it('answers a validly signed Teams message: 200, typing, then the cited answer card, all with the outbound token', async () => {
    const conversationId = teamsConversationId('valid');
    const activity = message(conversationId, 'Ingår inkomstförsäkringen i medlemskapet?');
    const res = await post(activity, `Bearer ${auth.channelToken({ serviceUrl })}`);
    expect(res.status).toBe(200);
    expect(auth.metadataHits).toContain('/keys'); // the key really came from the JWKS

    const posts = await connector.waitForDelivered(conversationId, 2);
    expect(posts.map((p) => p.body.type)).toEqual(['typing', 'message']);
    // The typing indicator answers the inbound activity inside the turn; the answer leaves through
    // the outbox as a proactive message (botbuilder gives its continuation activity a fresh id).
    expect(posts[0]!.replyToActivityId).toBe(activity.id);
    for (const p of posts) {
      expect(p.prefix).toBe('/emea');
      expect(p.body.conversation.id).toBe(conversationId);
      expect(p.body.recipient.id).toBe('29:1vTeamsUserIdForAnnaSvensson');
    }

    // The outbound token is exactly the one the token endpoint issued for a client-credentials grant.
    expect(auth.tokenRequests.length).toBeGreaterThanOrEqual(1);
    const request = auth.tokenRequests[0]!;
    expect(request.path).toBe(`/${TENANT_ID}/oauth2/v2.0/token`);
    expect(request.form).toEqual({ grant_type: 'client_credentials', client_id: APP_ID, client_secret: APP_PASSWORD, scope: `${auth.outboundScope}/.default` });
    for (const p of posts) expect(auth.issuedTokens.map((t) => `Bearer ${t}`)).toContain(p.authorization);

    const answer = posts[1]!.body;
    expect(answer.locale).toBe('sv-SE');
    const attachment = answer.attachments?.[0];
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = attachment.content;
    const bodyText = JSON.stringify(card.body);
    expect(bodyText).toMatch(/Källa|Källor/);
    expect(bodyText).toMatch(/Bli medlem i Vision/);
    const advisor = card.actions.find((a: any) => a.title === 'Prata med en rådgivare');
    expect(advisor).toMatchObject({ type: 'Action.Submit', data: { action: 'talk_to_advisor' } });
    const up = card.actions.find((a: any) => a.data?.action === 'feedback' && a.data.rating === 'up');
    const down = card.actions.find((a: any) => a.data?.action === 'feedback' && a.data.rating === 'down');
    expect(up).toMatchObject({ type: 'Action.Submit', title: expect.stringContaining('👍') });
    expect(down).toMatchObject({ type: 'Action.Submit', title: expect.stringContaining('👎') });
    expect(up.data.messageId).toBeTypeOf('number');
    expect(down.data.messageId).toBe(up.data.messageId);
  });

  it('refuses a request without a token (missing header, empty header, wrong scheme) with 401 and sends nothing', async () => {
    const tokenRequestsBefore = auth.tokenRequests.length;
    const valid = auth.channelToken({ serviceUrl });
    const headers: [string, string | undefined][] = [
      ['missing', undefined],
      ['empty', ''],
      ['scheme only', 'Bearer'],
      ['wrong scheme', `Basic ${Buffer.from(`${APP_ID}:${APP_PASSWORD}`).toString('base64')}`],
      ['token without scheme', valid],
      ['not a JWT', 'Bearer not-a-jwt'],
    ];
    const conversations: string[] = [];
    for (const [name, header] of headers) {
      const conversationId = teamsConversationId(`missing-${name}`);
      conversations.push(conversationId);
      const res = await post(message(conversationId, 'Ingår inkomstförsäkringen i medlemskapet?'), header);
      expect(res.status, name).toBe(401);
      expect(((await res.json()) as any).error.code, name).toBe('unauthorized');
    }
    await server.dispatcher.drain();
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const conversationId of conversations) {
      expect(connector.posts.filter((p) => p.conversationId === conversationId)).toEqual([]);
      expect(Number(await storedConversations(conversationId))).toBe(0);
    }
    expect(auth.tokenRequests.length).toBe(tokenRequestsBefore);
  });

  it('refuses forged, expired, wrong-audience, wrong-issuer and HS256 tokens with 401 (never 500, never 2xx) and sends nothing', async () => {
    const tokenRequestsBefore = auth.tokenRequests.length;
    const forged = auth.forgedTokens(serviceUrl);
    const conversations: string[] = [];
    for (const [name, token] of Object.entries(forged)) {
      const conversationId = teamsConversationId(`forged-${name}`);
      conversations.push(conversationId);
      const res = await post(message(conversationId, 'Ingår inkomstförsäkringen i medlemskapet?'), `Bearer ${token}`);
      expect(res.status, name).toBe(401);
      expect(((await res.json()) as any).error.code, name).toBe('unauthorized');
    }
    await server.dispatcher.drain();
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const conversationId of conversations) {
      expect(connector.posts.filter((p) => p.conversationId === conversationId)).toEqual([]);
      expect(Number(await storedConversations(conversationId))).toBe(0);
    }
    expect(auth.tokenRequests.length).toBe(tokenRequestsBefore);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('refuses a token whose key is not endorsed for the activity channel (msteams key, webchat activity)', async () => {
    const conversationId = teamsConversationId('endorsement');
    const activity = { ...message(conversationId, 'Hej'), channelId: 'webchat' };
    const res = await post(activity, `Bearer ${auth.channelToken({ serviceUrl })}`);
    expect(res.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.posts.filter((p) => p.conversationId === conversationId)).toEqual([]);
  });

  it('refuses a valid token replayed with another serviceUrl in the activity (replies would go elsewhere)', async () => {
    const other = await BotConnectorStandIn.start();
    try {
      const conversationId = teamsConversationId('replay');
      const token = auth.channelToken({ serviceUrl });
      const activity = teamsActivity({ serviceUrl: other.serviceUrl('emea'), conversationId, appId: APP_ID, tenantId: TENANT_ID, text: 'Hej' });
      const res = await post(activity, `Bearer ${token}`);
      expect(res.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(other.posts).toEqual([]);
      expect(connector.posts.filter((p) => p.conversationId === conversationId)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('accepts a token within the five minutes of clock skew botbuilder allows', async () => {
    const conversationId = teamsConversationId('skew');
    const token = auth.channelToken({ serviceUrl, expiresIn: -120, notBeforeIn: -3600 });
    const res = await post(message(conversationId, 'Hej'), `Bearer ${token}`);
    expect(res.status).toBe(200);
    await connector.waitForDelivered(conversationId, 2);
  });
});
