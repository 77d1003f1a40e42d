import { createHash, timingSafeEqual } from 'node:crypto';
import { UserError } from '../../../core/errors.js';
import { readForm } from '../../../http/body.js';
import type { Request } from '../../../http/server.js';
import { toE164 } from '../phone.js';
import type { DeliveryStatus, ReceivedSms } from '../provider.js';

export interface ElksWebhookOptions {
  /** The secret path segment; 46elks has no request signature. */
  secret: string;
  /** Optional basic auth (46elks sends it when the webhook URL carries user:password@). */
  auth?: { username: string; password: string };
  maxBodyBytes: number;
}

/** Compares in constant time whatever the lengths (both sides hashed first). */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * 46elks' webhooks. There is no signature: the URL's secret segment (compared in constant time;
 * a wrong one is a 404, as if the route did not exist) and, when configured, basic auth.
 */
export class ElksWebhook {
  constructor(private readonly options: ElksWebhookOptions) {}

  private async verifiedForm(req: Request, secret: string): Promise<Record<string, string>> {
    if (!safeEqual(secret, this.options.secret)) throw new UserError('not found', 404, 'not_found');
    const { auth } = this.options;
    if (auth) {
      const header = req.headers.authorization ?? '';
      const expected = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
      if (!safeEqual(header, expected)) throw new UserError('basic authentication is required', 401, 'unauthorized', { headers: { 'www-authenticate': 'Basic realm="sms", charset="UTF-8"' } });
    }
    return readForm(req, { limit: this.options.maxBodyBytes });
  }

  async inbound(req: Request, secret: string): Promise<ReceivedSms> {
    const form = await this.verifiedForm(req, secret);
    const from = toE164(form.from ?? '');
    if (!form.id || !from) throw new UserError('id and from are required', 400, 'bad_request');
    return { provider: '46elks', providerMessageId: form.id.slice(0, 64), from, body: form.message ?? '', mediaCount: form.image ? 1 : 0 };
  }

  async status(req: Request, secret: string): Promise<DeliveryStatus> {
    const form = await this.verifiedForm(req, secret);
    const status = (form.status ?? '').toLowerCase();
    if (!form.id || !status) throw new UserError('id and status are required', 400, 'bad_request');
    return { provider: '46elks', providerMessageId: form.id.slice(0, 64), status: status.slice(0, 30), failed: status === 'failed' };
  }
}
