import twilio from 'twilio';
import { UserError } from '../../../core/errors.js';
import { readForm } from '../../../http/body.js';
import type { Request } from '../../../http/server.js';
import { toE164 } from '../phone.js';
import type { DeliveryStatus, ReceivedSms } from '../provider.js';

export interface TwilioWebhookOptions {
  authToken: string;
  /** The public address Twilio posts to; its signature covers that URL, not what a proxy forwards. */
  publicBaseUrl: string;
  maxBodyBytes: number;
}

/** Twilio's empty TwiML answer: "received, send nothing now" (the answer follows through the REST API). */
export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

const FAILED = new Set(['failed', 'undelivered']);

/**
 * Twilio's webhooks: the form Twilio posts, accepted only with a valid `X-Twilio-Signature`
 * (checked with the `twilio` library against PUBLIC_BASE_URL plus the request path). Anything
 * unsigned or signed with another token is a 403 and nothing is processed.
 */
export class TwilioWebhook {
  constructor(private readonly options: TwilioWebhookOptions) {}

  private async verifiedForm(req: Request): Promise<Record<string, string>> {
    const form = await readForm(req, { limit: this.options.maxBodyBytes });
    const signature = req.headers['x-twilio-signature'];
    const url = this.options.publicBaseUrl + (req.url ?? '');
    if (typeof signature !== 'string' || !signature || !twilio.validateRequest(this.options.authToken, signature, url, form)) {
      throw new UserError('the request does not carry a valid Twilio signature', 403, 'forbidden');
    }
    return form;
  }

  async inbound(req: Request): Promise<ReceivedSms> {
    const form = await this.verifiedForm(req);
    const sid = form.MessageSid ?? form.SmsSid;
    const from = toE164(form.From ?? '');
    if (!sid || !from) throw new UserError('MessageSid and From are required', 400, 'bad_request');
    return { provider: 'twilio', providerMessageId: sid.slice(0, 64), from, body: form.Body ?? '', mediaCount: Number(form.NumMedia ?? 0) || 0 };
  }

  async status(req: Request): Promise<DeliveryStatus> {
    const form = await this.verifiedForm(req);
    const sid = form.MessageSid ?? form.SmsSid;
    const status = (form.MessageStatus ?? form.SmsStatus ?? '').toLowerCase();
    if (!sid || !status) throw new UserError('MessageSid and MessageStatus are required', 400, 'bad_request');
    return { provider: 'twilio', providerMessageId: sid.slice(0, 64), status: status.slice(0, 30), error: form.ErrorCode ? `error ${form.ErrorCode.slice(0, 20)}` : undefined, failed: FAILED.has(status) };
  }
}
