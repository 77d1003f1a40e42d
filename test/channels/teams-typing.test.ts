import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { BotConnectorStandIn, LOCAL_APP_ID, teamsActivity, teamsConversationId, TEST_TENANT_ID } from '../helpers/bot-connector.js';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';
import { startTestServer } from '../helpers/server.js';

const APP_ID = LOCAL_APP_ID;
const TENANT_ID = TEST_TENANT_ID;

/**
 * The typing indicator is sent only when the answer is not ready within TYPING_DELAY_MS
 * (default 300 ms): a slow answer (the LLM path) shows typing first, one ready sooner does not.
 */
describe('Teams typing indicator', () => {
  let connector: BotConnectorStandIn;
  let openai: FakeOpenAi;
  let slowLlm: RunningServer;
  let quick: RunningServer;
  let serviceUrl: string;

  const post = (server: RunningServer, body: Record<string, unknown>) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    connector = await BotConnectorStandIn.start();
    serviceUrl = connector.serviceUrl('emea');
    openai = await startFakeOpenAi();
    // The default delay; the LLM takes 1.5 s to answer.
    slowLlm = await startTestServer({ env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: openai.baseURL, OPENAI_TIMEOUT_MS: '10000' } });
    // A delay no extractive answer comes near, even on a loaded machine.
    quick = await startTestServer({ env: { TYPING_DELAY_MS: '10000' } });
  });
  afterAll(async () => {
    await slowLlm?.close();
    await quick?.close();
    await openai?.close();
    await connector?.close();
  });

  it('shows typing (as a reply to the member message) when the LLM answer takes longer than the delay, then the answer', async () => {
    openai.behaviour = { kind: 'slow', delayMs: 1_500, text: 'Inkomstförsäkringen ingår i medlemskapet [1].' };
    const conversationId = teamsConversationId('slow-llm');
    const activity = teamsActivity({ serviceUrl, conversationId, appId: APP_ID, tenantId: TENANT_ID, text: 'Ingår inkomstförsäkringen i medlemskapet?' });
    const started = Date.now();
    const response = post(slowLlm, activity);
    await connector.waitForDelivered(conversationId, 1);
    // Typing came after the delay, while the answer was still being composed.
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(connector.delivered(conversationId).map((p) => p.body.type)).toEqual(['typing']);
    expect((await response).status).toBe(200);
    const posts = await connector.waitForDelivered(conversationId, 2);
    expect(posts.map((p) => p.body.type)).toEqual(['typing', 'message']);
    expect(posts[0]!.replyToActivityId).toBe(activity.id);
    expect(JSON.stringify(posts[1]!.body.attachments[0].content.body)).toContain('Inkomstförsäkringen ingår i medlemskapet');
    expect(openai.chatRequests.length).toBeGreaterThan(0);
  });

  it('sends no typing indicator when the answer is ready before the delay', async () => {
    const conversationId = teamsConversationId('quick');
    const res = await post(quick, teamsActivity({ serviceUrl, conversationId, appId: APP_ID, tenantId: TENANT_ID, text: 'Ingår inkomstförsäkringen i medlemskapet?' }));
    expect(res.status).toBe(200);
    await connector.waitForDelivered(conversationId, 1);
    await quick.dispatcher.drain();
    expect(connector.posts.filter((p) => p.conversationId === conversationId).map((p) => p.body.type)).toEqual(['message']);
  });
});
