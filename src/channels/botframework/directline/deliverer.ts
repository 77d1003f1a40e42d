import type { OutboundMessage } from '../../../core/types.js';
import type { Deliverer } from '../../../outbox/dispatcher.js';
import type { DirectLineRepository } from '../../../store/repositories/directline.js';
import type { OutboxItem } from '../../../store/repositories/outbox.js';
import { toActivity } from '../reply-activity.js';

export const BOT_ACCOUNT = { id: 'radgivaren', name: 'Rådgivaren', role: 'bot' } as const;
export const WEBCHAT_CHANNEL = 'webchat';

/**
 * The envelope every activity in a Direct Line stream carries: an id derived from the stream's
 * sequence number (the watermark), a timestamp, the channel, the conversation and the sender.
 */
export function streamActivity(conversationId: string, seq: number, from: Record<string, string>, body: object): Record<string, unknown> {
  return {
    ...body,
    id: `${conversationId}|${String(seq).padStart(7, '0')}`,
    timestamp: new Date().toISOString(),
    channelId: 'directline',
    conversation: { id: conversationId },
    from,
  };
}

/** Delivers outbox messages to Web Chat: appends them to the conversation's Direct Line stream. */
export class DirectLineDeliverer implements Deliverer {
  constructor(private readonly activities: DirectLineRepository) {}

  async deliver(item: OutboxItem<OutboundMessage>): Promise<void> {
    const conversationId = item.channelConversationId;
    const from = item.payload.advisorName ? { id: 'advisor', name: item.payload.advisorName, role: 'bot' } : BOT_ACCOUNT;
    await this.activities.append(conversationId, (seq) => streamActivity(conversationId, seq, from, toActivity(item.payload)));
  }
}
