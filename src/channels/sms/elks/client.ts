import { postForm, SmsSendError, type OutgoingSms, type SentSms, type SmsProvider } from '../provider.js';

export interface ElksCredentials {
  username: string;
  password: string;
  /** https://api.46elks.com, or a local stand-in in tests. */
  apiBaseUrl: string;
}

/** Sends through 46elks' SMS API (POST /a1/sms). */
export class ElksSmsProvider implements SmsProvider {
  readonly name = '46elks' as const;

  constructor(private readonly credentials: ElksCredentials) {}

  async send(sms: OutgoingSms): Promise<SentSms> {
    const { username, password, apiBaseUrl } = this.credentials;
    const body = await postForm(`${apiBaseUrl}/a1/sms`, { username, password }, { from: sms.from, to: sms.to, message: sms.body, whendelivered: sms.statusCallbackUrl });
    if (typeof body.id !== 'string') throw new SmsSendError('46elks answered without a message id', undefined);
    return { providerMessageId: body.id, status: typeof body.status === 'string' ? body.status : 'created' };
  }
}
