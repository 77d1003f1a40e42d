/**
 * What the SMS flow needs from a provider, whichever it is (Twilio, 46elks): send one text
 * through the provider's REST API. Webhooks (inbound texts, delivery status) are each
 * provider's own module; they hand the flow a {@link ReceivedSms}.
 */
export type SmsProviderName = 'twilio' | '46elks';

export interface OutgoingSms {
  to: string;
  from: string;
  body: string;
  /** Where the provider should post delivery status (absent without PUBLIC_BASE_URL). */
  statusCallbackUrl?: string;
}

export interface SentSms {
  providerMessageId: string;
  status: string;
}

export interface SmsProvider {
  readonly name: SmsProviderName;
  send(sms: OutgoingSms): Promise<SentSms>;
}

/** A text as a provider's webhook delivered it. */
export interface ReceivedSms {
  provider: SmsProviderName;
  providerMessageId: string;
  /** E.164, normalised. */
  from: string;
  body: string;
  /** Pictures or other media sent along (MMS); the bot reads text only. */
  mediaCount?: number;
}

/** A delivery status as a provider reports it, mapped to what the outbox needs to know. */
export interface DeliveryStatus {
  provider: SmsProviderName;
  providerMessageId: string;
  status: string;
  error?: string;
  /** The provider gave up: the member did not get the text. */
  failed: boolean;
}

/** A provider refused or failed a send. 4xx other than 408/429 will not succeed on retry. */
export class SmsSendError extends Error {
  constructor(message: string, readonly status: number | undefined) {
    super(message);
    this.name = 'SmsSendError';
  }

  get permanent(): boolean {
    return this.status !== undefined && this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

/** Posts a form to a provider with basic auth and returns the parsed JSON; errors as {@link SmsSendError}. */
export async function postForm(url: string, auth: { username: string; password: string }, form: Record<string, string | undefined>, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value !== undefined) body.set(key, value);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new SmsSendError(`provider unreachable: ${error instanceof Error ? error.message : String(error)}`, undefined);
  }
  const text = await response.text();
  if (!response.ok) throw new SmsSendError(`provider answered ${response.status}: ${text.slice(0, 200)}`, response.status);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new SmsSendError(`provider answered ${response.status} with a body that is not JSON`, response.status);
  }
}
