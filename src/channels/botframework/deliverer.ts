import type { ConversationReference } from 'botbuilder';
import type { OutboundMessage } from '../../core/types.js';
import { PermanentDeliveryError, type Deliverer } from '../../outbox/dispatcher.js';
import type { OutboxItem } from '../../store/repositories/outbox.js';
import type { BotAdapter } from './adapter.js';
import { toActivity } from './reply-activity.js';

/** Delivers outbox messages to Teams (and other Bot Framework channels) as proactive messages. */
export class BotFrameworkDeliverer implements Deliverer {
  constructor(private readonly adapter: BotAdapter) {}

  async deliver(item: OutboxItem<OutboundMessage>): Promise<void> {
    // The stored reference comes with the item (read by the statement that claimed it).
    const reference = item.address as Partial<ConversationReference> | undefined;
    if (!reference) throw new PermanentDeliveryError('no conversation reference stored for this conversation');
    try {
      await this.adapter.sendProactive(reference, [toActivity(item.payload)]);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // The member removed the bot, or the conversation no longer exists: retrying cannot help.
      if (status === 403 || status === 404) throw new PermanentDeliveryError(`Bot Connector answered ${status}`);
      throw error;
    }
  }
}
