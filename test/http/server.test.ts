import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/core/log.js';
import { assertDeployable, type RunningServer } from '../../src/server.js';
import { startTestServer } from '../helpers/server.js';

describe('the HTTP server', () => {
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    const logger = createLogger({ level: 'info', write: (line: string) => lines.push(line) });
    server = await startTestServer({ logger });
  });
  afterAll(async () => server?.close());

  it('says loudly that it runs in local mode without an app id', () => {
    expect(server.localMode).toBe(true);
    expect(lines.join('\n')).toMatch(/LOCAL MODE.*NOT checked/);
  });

  it('reports health, readiness and Prometheus metrics', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, store: true, knowledge: true });

    // One turn through Direct Line, then the counters and the latency histogram show it.
    const { token, conversationId } = (await (await fetch(`${server.url}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Vad är Vision?' }),
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/radgivaren_messages_total\{channel="webchat",direction="in",kind="question"\} 1/);
    expect(metrics).toMatch(/radgivaren_messages_total\{channel="webchat",direction="out",kind="(answer|abstain)"\} 1/);
    expect(metrics).toMatch(/radgivaren_turn_duration_seconds_count\{channel="webchat"\} 1/);
    expect(metrics).toMatch(/radgivaren_deliveries_total\{channel="webchat",outcome="delivered"\} [1-9]/);
  });

  it('answers unknown routes and methods with JSON errors', async () => {
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${server.url}/api/messages`)).status).toBe(405);
  });

  it('refuses a production start without an app id or a Direct Line secret', () => {
    expect(() => assertDeployable(loadConfig({ NODE_ENV: 'production' }))).toThrow(/MicrosoftAppId is required/);
    expect(() => assertDeployable(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'abc' }))).toThrow(/DIRECTLINE_TOKEN_SECRET/);
    expect(() => assertDeployable(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'abc', DIRECTLINE_TOKEN_SECRET: 'x'.repeat(32) }))).not.toThrow();
    expect(() => loadConfig({ ToChannelFromBotLoginUrl: 'http://x' })).toThrow(/must be set all together/);
  });
});

describe('graceful shutdown', () => {
  it('finishes requests in flight, then stops accepting', async () => {
    const server = await startTestServer();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.http.route('get', '/slow', async (_req, res) => {
      await gate;
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('klar');
    });
    const inFlight = fetch(`${server.url}/slow`).then(async (r) => ({ status: r.status, body: await r.text() }));
    while (server.http.requestsInFlight === 0) await new Promise((r) => setTimeout(r, 5));
    const closing = server.close();
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await inFlight).toEqual({ status: 200, body: 'klar' });
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
