import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import type { RunningServer } from '../../../src/server.js';
import { startTestServer } from '../../helpers/server.js';
import { elksDriver, PUBLIC_BASE_URL, twilioDriver, type SmsProviderDriver } from '../../helpers/sms-providers.js';

const form = (values: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values) });
const inboundCount = async (server: RunningServer) => Number((await server.core.db.query<{ n: string | number }>('select count(*) as n from sms_inbound'))[0]!.n);

describe('Twilio webhook signatures', () => {
  let driver: SmsProviderDriver;
  let server: RunningServer;
  beforeAll(async () => {
    driver = await twilioDriver();
    server = await startTestServer({ env: driver.env });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.api.close();
  });

  const params = { MessageSid: 'SM0000000000000000000000000000abcd', From: '+46701112233', To: '+4671501', Body: 'VISION' };

  it('refuses a request without a signature', async () => {
    const res = await fetch(`${server.url}/api/sms/twilio`, form(params));
    expect(res.status).toBe(403);
    expect(await inboundCount(server)).toBe(0);
  });

  it('refuses a signature over the address the server sees instead of the public one', async () => {
    const signature = twilio.getExpectedTwilioSignature(driver.env.TWILIO_AUTH_TOKEN!, `${server.url}/api/sms/twilio`, params);
    const res = await fetch(`${server.url}/api/sms/twilio`, { ...form(params), headers: { ...form(params).headers, 'x-twilio-signature': signature } });
    expect(res.status).toBe(403);
  });

  it('refuses a valid signature once a parameter was changed', async () => {
    const signature = twilio.getExpectedTwilioSignature(driver.env.TWILIO_AUTH_TOKEN!, `${PUBLIC_BASE_URL}/api/sms/twilio`, params);
    const res = await fetch(`${server.url}/api/sms/twilio`, { ...form({ ...params, Body: 'STOPP' }), headers: { ...form(params).headers, 'x-twilio-signature': signature } });
    expect(res.status).toBe(403);
    expect(await inboundCount(server)).toBe(0);
    expect(driver.api.requests).toBe(0);
  });

  it('refuses a forged delivery status', async () => {
    const res = await fetch(`${server.url}/api/sms/twilio/status`, form({ MessageSid: 'SM1', MessageStatus: 'failed' }));
    expect(res.status).toBe(403);
  });

  it('accepts a correctly signed request and answers with empty TwiML', async () => {
    const signature = twilio.getExpectedTwilioSignature(driver.env.TWILIO_AUTH_TOKEN!, `${PUBLIC_BASE_URL}/api/sms/twilio`, params);
    const res = await fetch(`${server.url}/api/sms/twilio`, { ...form(params), headers: { ...form(params).headers, 'x-twilio-signature': signature } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/xml/);
    expect(await res.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    await driver.api.waitForSent(1);
  });

  it('answers 404 on the 46elks webhook, which is not configured here', async () => {
    const res = await fetch(`${server.url}/api/sms/46elks/whatever-secret-value`, form({ id: 'x', from: '+46701112233', message: 'hej' }));
    expect(res.status).toBe(404);
  });
});

describe('46elks webhook with basic auth', () => {
  let driver: SmsProviderDriver;
  let server: RunningServer;
  beforeAll(async () => {
    driver = await elksDriver();
    server = await startTestServer({ env: { ...driver.env, ELKS_WEBHOOK_USERNAME: 'elks', ELKS_WEBHOOK_PASSWORD: 'hemligt-losenord' } });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.api.close();
  });

  const url = () => `${server.url}/api/sms/46elks/${driver.env.ELKS_WEBHOOK_SECRET}`;
  const text = { id: 's1', from: '+46701112244', to: '+46766861004', message: 'TEST' };

  it('needs the basic auth as well as the secret', async () => {
    const missing = await fetch(url(), form(text));
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Basic realm="sms"/);
    const wrong = { ...form(text), headers: { ...form(text).headers, authorization: `Basic ${Buffer.from('elks:fel').toString('base64')}` } };
    expect((await fetch(url(), wrong)).status).toBe(401);
    expect(await inboundCount(server)).toBe(0);
  });

  it('a wrong secret is a 404 even with the right basic auth', async () => {
    const auth = { authorization: `Basic ${Buffer.from('elks:hemligt-losenord').toString('base64')}` };
    const res = await fetch(`${url()}-wrong`, { ...form(text), headers: { ...form(text).headers, ...auth } });
    expect(res.status).toBe(404);
  });

  it('accepts the secret with basic auth and answers with an empty body', async () => {
    const auth = { authorization: `Basic ${Buffer.from('elks:hemligt-losenord').toString('base64')}` };
    const res = await fetch(url(), { ...form(text), headers: { ...form(text).headers, ...auth } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await driver.api.waitForSent(1);
    expect(driver.api.sent[0]!.body).toContain('räksmörgås');
  });
});
