import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { BotConnectorStandIn, LOCAL_APP_ID, teamsActivity, teamsConversationId, TEST_TENANT_ID } from '../helpers/bot-connector.js';
import { startTestServer } from '../helpers/server.js';

const APP_ID = LOCAL_APP_ID;
const TENANT_ID = TEST_TENANT_ID;

/** Local mode (no MicrosoftAppId): tokens are not checked, replies carry no token. For one's own machine only. */
describe('Teams /api/messages in local mode', () => {
  let connector: BotConnectorStandIn;
  let server: RunningServer;
  let serviceUrl: string;

  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    connector = await BotConnectorStandIn.start();
    serviceUrl = connector.serviceUrl('emea');
    // Typing at once on every turn (by default only for answers slower than 300 ms: teams-typing.test.ts).
    server = await startTestServer({ env: { TYPING_DELAY_MS: '0' } });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  it('runs in local mode without a MicrosoftAppId', () => {
    expect(server.localMode).toBe(true);
  });

  it('answers a Teams-shaped message posted without a token; the replies carry no Authorization', async () => {
    const conversationId = teamsConversationId('local');
    const res = await post(teamsActivity({ serviceUrl, conversationId, appId: APP_ID, tenantId: TENANT_ID, text: 'Ingår inkomstförsäkringen i medlemskapet?' }));
    expect(res.status).toBe(200);
    const posts = await connector.waitForDelivered(conversationId, 2);
    expect(posts.map((p) => p.body.type)).toEqual(['typing', 'message']);
    for (const p of posts) expect(p.authorization).toBeUndefined();
    const card = posts[1]!.body.attachments[0].content;
    expect(JSON.stringify(card.body)).toMatch(/Bli medlem i Vision/);
  });

  it('welcomes on install and ignores unknown activity types', async () => {
    const conversationId = teamsConversationId('local-install');
    const install = teamsActivity({ serviceUrl, conversationId, appId: APP_ID, tenantId: TENANT_ID, type: 'conversationUpdate', extra: { membersAdded: [{ id: `28:${APP_ID}` }] } });
    expect((await post(install)).status).toBe(200);
    const [welcome] = await connector.waitForDelivered(conversationId, 1);
    expect(welcome!.body.text).toMatch(/välkommen/i);

    expect((await post(teamsActivity({ serviceUrl, conversationId, appId: APP_ID, tenantId: TENANT_ID, type: 'somethingNew' }))).status).toBe(200);
    await server.dispatcher.drain();
    expect(connector.delivered(conversationId)).toHaveLength(1);
  });

  it('still refuses malformed JSON and wrong content types', async () => {
    const url = `${server.url}/api/messages`;
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })).status).toBe(400);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=message' })).status).toBe(415);
  });
});
