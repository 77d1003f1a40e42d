import type { SmsConfig } from '../../config/index.js';
import { smsTextsFor } from '../../core/texts.js';
import type { InboundMessage } from '../../core/types.js';
import type { ConversationEngine, TurnResult } from '../../conversation/engine.js';
import type { ChannelAddressRepository } from '../../store/repositories/addresses.js';
import type { InboundSmsOutcome, InboundSmsRecord, SmsRepository } from '../../store/repositories/sms.js';
import { matchKeyword } from './keywords.js';

export const SMS_CHANNEL = 'sms';

/** Where a member who texts can be reached: their number and the provider they texted through. */
export interface SmsAddress {
  phone: string;
  provider: string;
}

export interface SmsFlowOptions {
  engine: ConversationEngine;
  sms: SmsRepository;
  addresses: ChannelAddressRepository;
  config: Pick<SmsConfig, 'keywords' | 'rateLimit'>;
}

export interface SmsFlowResult {
  outcome: InboundSmsOutcome;
  turn?: TurnResult;
  keyword?: string;
}

/**
 * What one received text does. In this order: STOPP/STOP always works (one confirmation, then
 * silence); an opted-out number is ignored until START; a number over its rate limit is set
 * aside (told once); the keywords VISION, RING, TEST and MER get their fixed replies; anything
 * else is a question for the conversation engine, as in chat. The conversation is keyed by the
 * number's keyed hash, never the number itself.
 */
export class SmsFlow {
  constructor(private readonly options: SmsFlowOptions) {}

  async handle(text: InboundSmsRecord): Promise<SmsFlowResult> {
    const { engine, sms, addresses, config } = this.options;
    const numberHash = text.numberHash;
    const message: InboundMessage = {
      channel: SMS_CHANNEL,
      channelConversationId: numberHash,
      memberKey: numberHash,
      text: text.body,
      providerMessageId: `${text.provider}:${text.providerMessageId}`,
      receivedAt: text.receivedAt,
    };
    const keyword = matchKeyword(text.body, config.keywords);
    const optedOut = await sms.isOptedOut(numberHash);

    if (keyword === 'stop') {
      if (optedOut) return { outcome: 'opted_out', keyword };
      await sms.optOut(numberHash);
      await this.remember(numberHash, text);
      const turn = await engine.respond(message, 'notice', (language) => smsTextsFor(language).optedOut, { evenWithAdvisor: true });
      // The one message still sent to this number.
      if (turn.replyMessageIds[0] !== undefined) await sms.setOptOutConfirmation(numberHash, turn.replyMessageIds[0]);
      return { outcome: 'done', turn, keyword };
    }
    if (optedOut) {
      if (keyword !== 'start') return { outcome: 'opted_out' };
      await sms.optIn(numberHash);
      await this.remember(numberHash, text);
      return { outcome: 'done', turn: await engine.respond(message, 'notice', (language) => smsTextsFor(language).optedIn, { evenWithAdvisor: true }), keyword };
    }

    const received = await sms.recentCount(numberHash, config.rateLimit.windowSeconds, text.id);
    if (received > config.rateLimit.count) {
      // Told once per window; the texts themselves are kept in the inbox, not answered.
      if (await sms.rateLimitedRecently(numberHash, config.rateLimit.windowSeconds, text.id)) return { outcome: 'rate_limited' };
      await this.remember(numberHash, text);
      return { outcome: 'rate_limited', turn: await engine.respond(message, 'notice', (language) => smsTextsFor(language).rateLimited) };
    }

    await this.remember(numberHash, text);
    switch (keyword) {
      case 'info':
      case 'start':
        return { outcome: 'done', turn: await engine.respond(message, 'notice', (language) => smsTextsFor(language).info), keyword };
      case 'test':
        return { outcome: 'done', turn: await engine.respond(message, 'notice', (language) => smsTextsFor(language).test), keyword };
      case 'callback':
        return { outcome: 'done', turn: await engine.requestCallback(message, text.phone), keyword };
      case 'more': {
        const rest = await sms.takeContinuation(numberHash);
        return { outcome: 'done', turn: await engine.respond(message, rest ? 'answer' : 'notice', (language) => rest ?? smsTextsFor(language).noMore), keyword };
      }
      default:
        // A new question: what was left of an earlier answer is no longer what "MER" means.
        await sms.clearContinuation(numberHash);
        return { outcome: 'done', turn: await engine.handle({ ...message, attachmentCount: text.mediaCount || undefined }) };
    }
  }

  /** Stores (or refreshes) how to reach the number, for replies and advisors. */
  private async remember(numberHash: string, text: InboundSmsRecord): Promise<void> {
    const address: SmsAddress = { phone: text.phone, provider: text.provider };
    await this.options.addresses.save(SMS_CHANNEL, numberHash, address);
  }
}
