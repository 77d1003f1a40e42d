import type { OutboundMessage } from '../../core/types.js';
import { PermanentDeliveryError, type Deliverer } from '../../outbox/dispatcher.js';
import type { OutboxItem } from '../../store/repositories/outbox.js';
import type { SmsRepository } from '../../store/repositories/sms.js';
import { condenseForSms } from './condense.js';
import type { SmsAddress } from './flow.js';
import { segmentCount } from './gsm7.js';
import { SmsSendError, type SmsProvider, type SmsProviderName } from './provider.js';

export interface SmsDelivererOptions {
  providers: Map<SmsProviderName, SmsProvider>;
  sms: SmsRepository;
  from: string;
  /** Where each provider posts delivery status (needs PUBLIC_BASE_URL). */
  statusCallbackUrl(provider: SmsProviderName): string | undefined;
}

/** An advisor's message may be longer than a bot answer; past this it is continued with "MER" too. */
const ADVISOR_MAX_SEGMENTS = 6;

/**
 * Sends outbox messages as SMS through the provider the member texted: the answer condensed to
 * two GSM-7 segments (the rest waits for "MER"), an advisor's message signed with their first
 * name. Nothing goes to a number that opted out, except the opt-out confirmation itself; that is
 * a permanent failure, visible in the outbox, never a silent drop. A provider's 4xx is permanent,
 * anything else is retried by the outbox with back-off.
 */
export class SmsDeliverer implements Deliverer {
  constructor(private readonly options: SmsDelivererOptions) {}

  async deliver(item: OutboxItem<OutboundMessage>): Promise<void> {
    const { sms, providers } = this.options;
    const numberHash = item.channelConversationId;
    // The stored number comes with the item (read by the statement that claimed it).
    const address = item.address as SmsAddress | undefined;
    if (!address?.phone) throw new PermanentDeliveryError('no phone number is stored for this conversation');
    const optOut = await sms.isOptedOut(numberHash);
    if (optOut && optOut.confirmationMessageId !== item.payload.messageId) throw new PermanentDeliveryError('the member has opted out of SMS (STOPP)');
    const provider = providers.get(address.provider as SmsProviderName) ?? providers.values().next().value;
    if (!provider) throw new PermanentDeliveryError('no SMS provider is configured');

    const { reply, advisorName } = item.payload;
    const { text, rest } = advisorName
      ? condenseForSms({ ...reply, text: `${advisorName}, Vision: ${reply.text}`, citations: [] }, { maxSegments: ADVISOR_MAX_SEGMENTS })
      : condenseForSms(reply);
    if (rest) await sms.saveContinuation(numberHash, rest);

    try {
      const sent = await provider.send({ to: address.phone, from: this.options.from, body: text, statusCallbackUrl: this.options.statusCallbackUrl(provider.name) });
      await sms.recordSent({ provider: provider.name, providerMessageId: sent.providerMessageId, outboxId: item.id, conversationId: item.conversationId, segments: segmentCount(text), status: sent.status });
    } catch (error) {
      if (error instanceof SmsSendError && error.permanent) throw new PermanentDeliveryError(`${provider.name} refused the message: ${error.message}`);
      throw error;
    }
  }
}
