import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

/** One SMS as a provider stand-in received it through its REST API. */
export interface CapturedSms {
  id: string;
  to: string;
  from: string;
  body: string;
  statusCallback?: string;
  at: number;
}

/**
 * A local stand-in for an SMS provider's REST API, speaking its real protocol (form posts with
 * basic auth, the provider's JSON answers), so the bot's real HTTP client is exercised. It can
 * be told to fail the next sends with a status, to check retries and permanent failures.
 */
export class FakeSmsApi {
  readonly sent: CapturedSms[] = [];
  private failures: number[] = [];
  private server?: Server;
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  requests = 0;

  constructor(
    readonly kind: 'twilio' | '46elks',
    readonly username: string,
    readonly password: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** The next `count` sends answer `status` (e.g. 500 to test retries, 400 for a permanent failure). */
  failNext(count: number, status: number): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  to(phone: string): CapturedSms[] {
    return this.sent.filter((s) => s.to === phone);
  }

  /** Resolves when at least `count` messages were sent in all. */
  async waitForSent(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.sent.length >= count) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} sent SMS, got ${this.sent.length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const expectedAuth = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const path = this.kind === 'twilio' ? `/2010-04-01/Accounts/${this.username}/Messages.json` : '/a1/sms';
    if (req.method !== 'POST' || req.url !== path) return json(404, { message: 'not found' });
    if (req.headers.authorization !== expectedAuth) return json(401, { code: 20003, message: 'Authenticate' });
    if (String(req.headers['content-type']).split(';')[0] !== 'application/x-www-form-urlencoded') return json(415, { message: 'form expected' });
    const failure = this.failures.shift();
    if (failure) return json(failure, this.kind === 'twilio' ? { code: failure === 400 ? 21211 : 20500, message: 'stand-in failure', status: failure } : { message: 'stand-in failure' });

    const to = this.kind === 'twilio' ? form.To : form.to;
    const from = this.kind === 'twilio' ? form.From : form.from;
    const body = this.kind === 'twilio' ? form.Body : form.message;
    if (!to || !from || body === undefined) return json(400, { message: 'to, from and body are required' });
    const id = this.kind === 'twilio' ? `SM${randomBytes(16).toString('hex')}` : `s${randomBytes(16).toString('hex')}`;
    this.sent.push({ id, to, from, body, statusCallback: this.kind === 'twilio' ? form.StatusCallback : form.whendelivered, at: Date.now() });
    for (const waiter of this.waiters.filter((w) => this.sent.length >= w.count)) waiter.resolve();
    this.waiters = this.waiters.filter((w) => this.sent.length < w.count);
    if (this.kind === 'twilio') json(201, { sid: id, status: 'queued', to, from, body, num_segments: '1', account_sid: this.username });
    else json(200, { id, status: 'created', from, to, message: body, direction: 'outgoing', parts: 1 });
  }
}

/** How a test talks to the bot the way one provider does. The contract suite runs against each. */
export interface SmsProviderDriver {
  name: 'twilio' | '46elks';
  api: FakeSmsApi;
  env: Record<string, string>;
  /** Posts an inbound text exactly as the provider would (signed / on the secret path). */
  inbound(baseUrl: string, text: { id: string; from: string; body: string }): Promise<Response>;
  /** Posts an inbound text the provider did not send (forged signature / wrong secret). */
  forgedInbound(baseUrl: string, text: { id: string; from: string; body: string }): Promise<Response>;
  /** What a forged request gets. */
  forgedStatus: number;
  /** Posts a delivery status callback for a sent message. */
  status(baseUrl: string, providerMessageId: string, outcome: 'delivered' | 'failed'): Promise<Response>;
  /** A fresh provider message id. */
  newId(): string;
}

export const PUBLIC_BASE_URL = 'https://radgivaren.example.se';
export const SMS_FROM = '71501';

function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form) });
}

export async function twilioDriver(): Promise<SmsProviderDriver> {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const api = await new FakeSmsApi('twilio', accountSid, authToken).start();
  // Signed with the twilio library's own helper, over the public URL (as Twilio does).
  const signed = (path: string, form: Record<string, string>, token = authToken) => ({ 'x-twilio-signature': twilio.getExpectedTwilioSignature(token, PUBLIC_BASE_URL + path, form) });
  const inboundForm = (text: { id: string; from: string; body: string }) => ({
    MessageSid: text.id, SmsSid: text.id, AccountSid: accountSid, From: text.from, To: '+4671501', Body: text.body, NumMedia: '0', NumSegments: '1', ApiVersion: '2010-04-01',
  });
  return {
    name: 'twilio',
    api,
    env: { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_API_BASE_URL: api.url, PUBLIC_BASE_URL, SMS_FROM },
    inbound: (baseUrl, text) => {
      const form = inboundForm(text);
      return post(`${baseUrl}/api/sms/twilio`, form, signed('/api/sms/twilio', form));
    },
    forgedInbound: (baseUrl, text) => {
      const form = inboundForm(text);
      return post(`${baseUrl}/api/sms/twilio`, form, signed('/api/sms/twilio', form, 'not-the-auth-token'));
    },
    forgedStatus: 403,
    status: (baseUrl, sid, outcome) => {
      const form = { MessageSid: sid, SmsSid: sid, AccountSid: accountSid, MessageStatus: outcome === 'failed' ? 'undelivered' : 'delivered', ...(outcome === 'failed' ? { ErrorCode: '30003' } : {}) };
      return post(`${baseUrl}/api/sms/twilio/status`, form, signed('/api/sms/twilio/status', form));
    },
    newId: () => `SM${randomBytes(16).toString('hex')}`,
  };
}

export async function elksDriver(): Promise<SmsProviderDriver> {
  const username = `u${randomBytes(16).toString('hex')}`;
  const password = randomBytes(16).toString('hex');
  const secret = randomBytes(18).toString('base64url');
  const api = await new FakeSmsApi('46elks', username, password).start();
  const inboundForm = (text: { id: string; from: string; body: string }) => ({ id: text.id, from: text.from, to: '+46766861004', message: text.body, direction: 'incoming', created: new Date().toISOString() });
  return {
    name: '46elks',
    api,
    env: { ELKS_API_USERNAME: username, ELKS_API_PASSWORD: password, ELKS_API_BASE_URL: api.url, ELKS_WEBHOOK_SECRET: secret, PUBLIC_BASE_URL, SMS_FROM },
    inbound: (baseUrl, text) => post(`${baseUrl}/api/sms/46elks/${secret}`, inboundForm(text)),
    forgedInbound: (baseUrl, text) => post(`${baseUrl}/api/sms/46elks/${secret}x`, inboundForm(text)),
    forgedStatus: 404,
    status: (baseUrl, id, outcome) => post(`${baseUrl}/api/sms/46elks/${secret}/status`, { id, status: outcome, delivered: new Date().toISOString() }),
    newId: () => `s${randomBytes(16).toString('hex')}`,
  };
}
