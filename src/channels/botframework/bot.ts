import { TeamsActivityHandler, TurnContext, type ConversationReference } from 'botbuilder';
import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { textsFor } from '../../core/texts.js';
import type { ConversationEngine, TurnResult } from '../../conversation/engine.js';
import type { ChannelAddressRepository } from '../../store/repositories/addresses.js';
import { handleMemberActivity, type MemberActivityDeps } from './member-activity.js';

export interface BotOptions extends MemberActivityDeps {
  engine: ConversationEngine;
  addresses: ChannelAddressRepository;
  logger: Logger;
  /**
   * The typing indicator is sent only when the turn has not finished within this many ms
   * (0: always, at once). A reply ready sooner arrives before a typing indicator would show.
   */
  typingDelayMs?: number;
  /** Called after each turn with the replies stored in the outbox (the channel delivers them). */
  afterTurn(result: TurnResult, channel: string, startedAt?: number): Promise<void>;
}

/** Bot Framework channel ids map onto our channel names: Teams by name, any other Bot Framework channel as one. */
export function channelName(channelId: string | undefined): string {
  return channelId === 'msteams' ? 'msteams' : 'botframework';
}

/**
 * The Teams (and any other Bot Framework channel) front end: stores the conversation
 * reference for proactive messages, shows typing while a slow answer is composed, and hands
 * text and card submits to the engine. Replies leave through the outbox.
 */
export class RadgivarenBot extends TeamsActivityHandler {
  constructor(private readonly options: BotOptions) {
    super();
    this.onMessage(async (context, next) => {
      await this.onMemberMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id === botId)) await this.welcome(context);
      await next();
    });
  }

  /** The conversation reference to store for proactive messages. */
  private reference(context: TurnContext): Partial<ConversationReference> {
    // Without the activity id: proactive messages do not reply to one, and an unchanged reference is not rewritten.
    const { activityId: _activityId, ...reference }: Partial<ConversationReference> = TurnContext.getConversationReference(context.activity);
    return reference;
  }

  private async remember(context: TurnContext, channel: string): Promise<void> {
    await this.options.addresses.save(channel, context.activity.conversation.id, this.reference(context));
  }

  private async onMemberMessage(context: TurnContext): Promise<void> {
    const channel = channelName(context.activity.channelId);
    // The reference is stored before anything else: with the member's message (one statement) or, for a card submit, first.
    const reference = this.reference(context);
    const address = { value: reference, save: () => this.options.addresses.save(channel, context.activity.conversation.id, reference) };
    const text = context.activity.text ? TurnContext.removeRecipientMention(context.activity) ?? context.activity.text : context.activity.text;
    const startedAt = performance.now();
    // Typing goes out while a slow answer is composed; the reply is delivered only after it.
    const typing = new DelayedTyping(context, this.options.typingDelayMs ?? 0, this.options.logger);
    let result: TurnResult;
    try {
      result = await handleMemberActivity(this.options, channel, context.activity.conversation.id, {
        id: context.activity.id,
        text: text?.trim(),
        value: context.activity.value,
        attachments: context.activity.attachments?.filter((a) => !a.contentType?.startsWith('text/html')),
        from: context.activity.from,
      }, address);
    } finally {
      await typing.settle();
    }
    await this.options.afterTurn(result, channel, startedAt);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const channel = channelName(context.activity.channelId);
    await this.remember(context, channel);
    const result = await this.options.engine.notify({ channel, channelConversationId: context.activity.conversation.id }, 'notice', (language) => textsFor(language).welcome);
    await this.options.afterTurn(result, channel);
  }
}

/**
 * The typing indicator of one turn: sent after `delayMs` (at once for 0) unless the turn is
 * over by then. A member reads nothing from a typing indicator that the answer overtakes, and
 * the Bot Connector call it costs is then spared.
 */
class DelayedTyping {
  private timer?: NodeJS.Timeout;
  private sent?: Promise<unknown>;

  constructor(private readonly context: TurnContext, delayMs: number, private readonly logger: Logger) {
    if (delayMs <= 0) this.send();
    else this.timer = setTimeout(() => this.send(), delayMs);
  }

  private send(): void {
    this.timer = undefined;
    this.sent = this.context.sendActivity({ type: 'typing' }).catch((error: unknown) => this.logger.warn('typing indicator failed', { error: errorMessage(error) }));
  }

  /** Cancels a typing indicator not yet sent, or waits for the one sent (so it never follows the reply). */
  async settle(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.sent;
  }
}
