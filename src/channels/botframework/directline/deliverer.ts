import type { OutboundMessage } from '../../../core/types.js';
import type { Deliverer } from '../../../outbox/dispatcher.js';
import type { DirectLineRepository } from '../../../store/repositories/directline.js';
import type { OutboxItem } from '../../../store/repositories/outbox.js';
import { toActivity } from '../reply-activity.js';

export const BOT_ACCOUNT = { id: 'radgivaren', name: 'Rådgivaren', role: 'bot' } as const;
export const WEBCHAT_CHANNEL = 'webchat';

/** Delivers outbox messages to Web Chat: appends them to the conversation's Direct Line stream. */
export class DirectLineDeliverer implements Deliverer {
  constructor(private readonly activities: DirectLineRepository) {}

  async deliver(item: OutboxItem<OutboundMessage>): Promise<void> {
    const conversationId = item.channelConversationId;
    await this.activities.append(conversationId, (seq) => ({
      ...toActivity(item.payload),
      id: `${conversationId}|${String(seq).padStart(7, '0')}`,
      timestamp: new Date().toISOString(),
      channelId: 'directline',
      conversation: { id: conversationId },
      from: item.payload.advisorName ? { id: 'advisor', name: item.payload.advisorName, role: 'bot' } : BOT_ACCOUNT,
    }));
  }
}
