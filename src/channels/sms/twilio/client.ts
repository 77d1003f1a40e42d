import { postForm, SmsSendError, type OutgoingSms, type SentSms, type SmsProvider } from '../provider.js';

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
  /** https://api.twilio.com, a regional edge, or a local stand-in in tests. */
  apiBaseUrl: string;
}

/** Sends through Twilio's Messages resource (REST API 2010-04-01). */
export class TwilioSmsProvider implements SmsProvider {
  readonly name = 'twilio' as const;

  constructor(private readonly credentials: TwilioCredentials) {}

  async send(sms: OutgoingSms): Promise<SentSms> {
    const { accountSid, authToken, apiBaseUrl } = this.credentials;
    const url = `${apiBaseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const body = await postForm(url, { username: accountSid, password: authToken }, { To: sms.to, From: sms.from, Body: sms.body, StatusCallback: sms.statusCallbackUrl });
    if (typeof body.sid !== 'string') throw new SmsSendError('Twilio answered without a message sid', undefined);
    return { providerMessageId: body.sid, status: typeof body.status === 'string' ? body.status : 'queued' };
  }
}
