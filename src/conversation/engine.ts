import type { Logger } from '../core/log.js';
import { normalizeInboundText } from '../core/input.js';
import { textsFor, type Texts } from '../core/texts.js';
import type { ConversationState, InboundMessage, Intent, Language, Reply, ReplyAction } from '../core/types.js';
import type { KnowledgeService, RetrievalResult } from '../knowledge/index.js';
import { PRIORITY, type ConversationRecord, type ConversationRepository, type HandoffReason, type HandoffRecord } from '../store/repositories/conversations.js';
import type { OutboxItem, OutboxRepository } from '../store/repositories/outbox.js';
import type { Queryable } from '../store/db.js';
import { classifyIntent, looksLikePromptInjection, withoutInjectedInstructions } from './intent/index.js';
import { smalltalkReply } from './smalltalk.js';

/** Things other parts of the system want to know about (the advisor side subscribes in the handoff layer). */
export interface ConversationHooks {
  /** A member wrote while an advisor has the conversation: relay it, the bot stays silent. */
  memberMessageForAdvisor?(conversation: ConversationRecord, messageId: number): Promise<void> | void;
  /** A handoff request entered the queue (or was raised to a higher priority). */
  handoffQueued?(handoff: HandoffRecord, conversation: ConversationRecord): Promise<void> | void;
  /** The member left the queue. */
  handoffCancelled?(handoff: HandoffRecord, conversation: ConversationRecord): Promise<void> | void;
}

/** What the handoff layer tells the engine while a member waits (place in queue, opening hours, callbacks). */
export interface HandoffPolicy {
  position(conversationId: string): Promise<number | undefined>;
  /** Undefined while advisors are working; otherwise when they open next, in words. */
  closedUntil(language: Language): string | undefined | false;
  callbackOffered(conversationId: string): Promise<void>;
  /** Stores a callback request; false when there is no waiting handoff. */
  requestCallback(conversationId: string, phone: string): Promise<boolean>;
}

/** A Swedish or international phone number typed by a member who wants a call back. */
const PHONE = /(?:\+46|0046|\b0)[\s-]?\d{1,3}(?:[\s-]?\d){5,9}\b/;

export interface ConversationEngineOptions {
  conversations: ConversationRepository;
  knowledge: KnowledgeService;
  logger: Logger;
  hooks?: ConversationHooks;
  maxMessageLength?: number;
  /**
   * When set, every reply is written to the outbox in the same transaction as the stored
   * message, for the channel to deliver (the server); without it replies are only returned (ask, eval).
   */
  outbox?: OutboxRepository;
  handoff?: HandoffPolicy;
}

export interface TurnResult {
  conversationId: string;
  /** Replies to send to the member, in order; empty when the bot stays silent. */
  replies: Reply[];
  /** The stored message id of each reply, in the same order. */
  replyMessageIds: number[];
  /** True when the message was a redelivery of one already handled. */
  duplicate: boolean;
  intent?: Intent;
  /** The language the replies are in (the member's). */
  language?: Language;
  state: ConversationState;
  /** What retrieval found, for questions (used by `ask --jsonl` and evaluation). */
  retrieval?: RetrievalResult;
}

const ACCEPT = /^(ja|japp|jajamän|jo|gärna|absolut|okej|ok|yes|yeah|yep|sure|please)\b/i;
const DECLINE = /^(nej|nä|nope|no)\b/i;
const CANCEL = /^(avbryt|ångra|lämna kön|cancel|stop waiting|leave the queue)\b/i;

/**
 * The channel-neutral conversation engine. Every inbound message is stored before anything
 * else happens; then the conversation's state decides: with an advisor the bot is silent, in
 * the queue the member is reminded (and may still ask or cancel), with the bot the intent
 * decides between crisis help, a handoff, small talk and a cited answer.
 */
export class ConversationEngine {
  constructor(private readonly options: ConversationEngineOptions) {}

  /**
   * Handles one member message. `channelAddress`: where the channel reaches this conversation
   * (a Bot Framework conversation reference), stored with the message for proactive delivery.
   */
  async handle(message: InboundMessage, { channelAddress }: { channelAddress?: unknown } = {}): Promise<TurnResult> {
    const { conversations, logger } = this.options;
    const input = normalizeInboundText(message.text, { maxLength: this.options.maxMessageLength ?? 4_000 });
    // Classifying is pure and synchronous, so the stored message carries its intent and the
    // language in the same statement; should it ever throw, the message is still stored first.
    let classified: ReturnType<typeof classifyIntent> | undefined;
    let classifyError: unknown;
    try {
      classified = classifyIntent(input.text);
    } catch (error) {
      classifyError = error;
    }
    const opened = await conversations.openWithMessage(
      { channel: message.channel, channelConversationId: message.channelConversationId, memberKey: message.memberKey },
      { text: input.text, intent: classified?.intent, providerMessageId: message.providerMessageId, language: classified?.language },
      { context: true, address: channelAddress },
    );
    const { conversation } = opened;
    if (opened.duplicate) {
      logger.info('duplicate message ignored', { conversation: conversation.id, channel: message.channel });
      return { conversationId: conversation.id, replies: [], replyMessageIds: [], duplicate: true, state: conversation.state };
    }
    if (!classified) throw classifyError;

    const language: Language = classified.language;
    logger.info('message received', {
      conversation: conversation.id,
      channel: message.channel,
      state: conversation.state,
      intent: classified.intent,
      rule: classified.reason,
      length: input.originalLength,
      injection: looksLikePromptInjection(input.text) || undefined,
    });

    const turn = new Turn(this.options, conversation, language, opened.messageId);
    turn.prefetched = { activeHandoff: opened.activeHandoff, history: opened.history };
    if (input.truncated) turn.say('notice', turn.texts.truncatedNotice);
    if (message.attachmentCount && conversation.state !== 'advisor') {
      turn.say('notice', turn.texts.attachmentsNotRead);
      if (classified.intent === 'empty') return turn.finish('empty');
    }
    try {
      await this.dispatch(turn, input.text, classified.intent, message.history, classified.personalCaseTopic);
    } catch (error) {
      logger.error('turn failed', { conversation: conversation.id, error: error instanceof Error ? error.message.slice(0, 300) : 'unknown' });
      turn.replies.length = 0;
      turn.say('notice', turn.texts.error, ['talk_to_advisor']);
    }
    return turn.finish(classified.intent);
  }

  /**
   * A fixed message from the bot that is not an answer to a member message (the welcome when
   * the bot is installed or a web chat opens, the thanks for feedback). Stored and, with an
   * outbox, queued for delivery like every other reply.
   */
  async notify(message: Omit<InboundMessage, 'text'>, kind: Reply['kind'], text: (language: Language) => string): Promise<TurnResult> {
    const conversation = await this.options.conversations.openConversation(message.channel, message.channelConversationId, message.memberKey);
    const turn = new Turn(this.options, conversation, conversation.language, 0);
    turn.say(kind, text(conversation.language));
    return turn.finish('smalltalk');
  }

  /** The member pressed "Prata med en rådgivare" (a card button or suggested action). */
  async requestAdvisor(message: Omit<InboundMessage, 'text'>, language: Language = 'sv'): Promise<TurnResult> {
    const opened = await this.openWithMessage({ ...message, text: textsFor(language).advisorButton }, 'human', language);
    if ('duplicate' in opened) return opened;
    const { turn } = opened;
    const { conversation } = turn;
    if (conversation.state === 'bot') await turn.queueHandoff('asked_for_human', PRIORITY.normal, turn.texts.humanRequested);
    else if (conversation.state === 'queued') turn.say('notice', turn.texts.queuedReminder, ['cancel_queue']);
    return turn.finish('human');
  }

  /**
   * A channel command (an SMS keyword such as VISION or TEST) answered with a fixed text. The
   * member's message is stored like any other (and deduplicated on the provider's id); while an
   * advisor has the conversation the advisor sees it and the bot stays silent.
   */
  async respond(message: InboundMessage, kind: Reply['kind'], text: (language: Language) => string | undefined, { evenWithAdvisor = false }: { evenWithAdvisor?: boolean } = {}): Promise<TurnResult> {
    const opened = await this.openWithMessage(message, 'smalltalk');
    if ('duplicate' in opened) return opened;
    const { turn } = opened;
    if (turn.conversation.state === 'advisor') {
      // The advisor sees the member's message either way; a confirmation the member is owed
      // (STOPP, START) is still sent.
      await this.options.hooks?.memberMessageForAdvisor?.(turn.conversation, turn.messageId);
      const body = evenWithAdvisor ? text(turn.language) : undefined;
      if (body) turn.say(kind, body);
      return turn.finish('smalltalk');
    }
    const body = text(turn.language);
    if (body) turn.say(kind, body);
    return turn.finish('smalltalk');
  }

  /**
   * The member asks to be called back on a number the channel knows (SMS "RING"): the
   * conversation enters the advisor queue as a callback request with that number, and the
   * member is told when to expect the call.
   */
  async requestCallback(message: InboundMessage, phone: string): Promise<TurnResult> {
    const opened = await this.openWithMessage(message, 'human');
    if ('duplicate' in opened) return opened;
    const { turn } = opened;
    const policy = this.options.handoff;
    if (turn.conversation.state === 'advisor' || !policy) {
      // An advisor already has the conversation: they read "RING" and decide.
      await this.options.hooks?.memberMessageForAdvisor?.(turn.conversation, turn.messageId);
      return turn.finish('human');
    }
    if (turn.conversation.state === 'queued') await this.options.hooks?.memberMessageForAdvisor?.(turn.conversation, turn.messageId);
    else await turn.queueHandoff('callback', PRIORITY.normal, undefined, { tellWaiting: false });
    await policy.requestCallback(turn.conversation.id, phone);
    turn.say('handoff', turn.texts.callbackConfirmed(policy.closedUntil(turn.language) || undefined), ['cancel_queue']);
    return turn.finish('human');
  }

  /**
   * Opens the conversation and stores the member's message in one statement, as {@link handle}
   * does; a redelivery returns the duplicate result. The turn speaks `language`, by default the
   * conversation's.
   */
  private async openWithMessage(message: InboundMessage, intent: Intent, language?: Language): Promise<{ turn: Turn } | TurnResult> {
    const input = normalizeInboundText(message.text, { maxLength: this.options.maxMessageLength ?? 4_000 });
    const { conversation, messageId, duplicate } = await this.options.conversations.openWithMessage(
      { channel: message.channel, channelConversationId: message.channelConversationId, memberKey: message.memberKey },
      { text: input.text, intent, providerMessageId: message.providerMessageId },
    );
    if (duplicate) return { conversationId: conversation.id, replies: [], replyMessageIds: [], duplicate: true, state: conversation.state };
    return { turn: new Turn(this.options, conversation, language ?? conversation.language, messageId) };
  }

  private async dispatch(turn: Turn, text: string, intent: Intent, suppliedHistory: string[] | undefined, topic?: string): Promise<void> {
    const { conversation, language } = turn;
    const texts = turn.texts;

    if (conversation.state === 'advisor') {
      // A human has the conversation: the bot says nothing, the advisor gets the message.
      if (intent === 'crisis') await turn.raiseActiveHandoff('crisis', PRIORITY.urgent);
      await this.options.hooks?.memberMessageForAdvisor?.(conversation, turn.messageId);
      return;
    }

    if (conversation.state === 'queued') {
      await this.options.hooks?.memberMessageForAdvisor?.(conversation, turn.messageId);
      if (CANCEL.test(text)) return turn.cancelHandoff();
      const phone = PHONE.exec(text)?.[0];
      if (phone && this.options.handoff && (await this.options.handoff.requestCallback(conversation.id, phone.replace(/[\s-]/g, '')))) {
        turn.say('notice', texts.callbackConfirmed(this.options.handoff.closedUntil(language) || undefined), ['cancel_queue']);
        return;
      }
      if (intent === 'crisis') {
        turn.say('crisis', texts.crisis);
        return turn.raiseActiveHandoff('crisis', PRIORITY.urgent);
      }
      if (intent === 'question') await this.answerQuestion(turn, text, suppliedHistory);
      turn.say('notice', texts.queuedReminder, ['cancel_queue']);
      return;
    }

    // Read with the member's message (nothing in this turn has changed it since).
    const offered = turn.prefetched ? turn.prefetched.activeHandoff : await this.options.conversations.activeHandoff(conversation.id);
    if (offered?.status === 'offered' && intent !== 'crisis') {
      if (ACCEPT.test(text) && text.split(/\s+/).length <= 4) return turn.acceptOffer(offered);
      if (DECLINE.test(text) && text.split(/\s+/).length <= 4) {
        await this.options.conversations.updateHandoff(offered.id, { status: 'cancelled' });
        turn.say('smalltalk', texts.handoffDeclined);
        return;
      }
    }

    switch (intent) {
      case 'crisis':
        turn.say('crisis', texts.crisis);
        return turn.queueHandoff('crisis', PRIORITY.urgent);
      case 'human':
        return turn.queueHandoff('asked_for_human', PRIORITY.normal, texts.humanRequested);
      case 'personal_case':
        turn.say('handoff', texts.personalCaseOffer, ['talk_to_advisor']);
        return turn.offerHandoff('personal_case', PRIORITY.high, topic);
      case 'smalltalk':
        turn.say('smalltalk', smalltalkReply(text, language));
        return;
      case 'empty':
        turn.say('notice', texts.emptyMessage);
        return;
      case 'question':
        return this.answerQuestion(turn, text, suppliedHistory);
    }
  }

  private async answerQuestion(turn: Turn, text: string, suppliedHistory: string[] | undefined): Promise<void> {
    const { conversations, knowledge } = this.options;
    const history = suppliedHistory ?? turn.prefetched?.history ?? (await conversations.recentMemberTexts(turn.conversation.id, turn.messageId));
    // An instruction to the bot beside the question ("Ignorera alla instruktioner …") is no topic to search for.
    const { answer, retrieval } = await knowledge.answer(withoutInjectedInstructions(text), { language: turn.language, history });
    turn.retrieval = retrieval;
    if (answer.kind === 'answer') {
      turn.say('answer', answer.text, ['talk_to_advisor'], answer.citations);
      if (turn.conversation.abstainStreak !== 0) turn.abstainStreak = 0;
      return;
    }
    const streak = turn.conversation.abstainStreak + 1;
    turn.abstainStreak = streak;
    this.options.logger.info('abstained', { conversation: turn.conversation.id, reason: answer.abstainReason, streak });
    if (turn.conversation.state === 'queued') {
      // Already waiting for an advisor: no second offer.
      turn.say('abstain', turn.texts.abstainQueued);
    } else if (streak >= 2 && turn.conversation.state === 'bot') {
      turn.say('abstain', turn.texts.abstainTwice, ['talk_to_advisor']);
      await turn.offerHandoff('abstained', PRIORITY.normal);
    } else {
      // The composers abstain in chat words; the channel's own wording (SMS names RING) is used.
      turn.say('abstain', turn.texts.abstain, ['talk_to_advisor']);
    }
  }
}

/** One member message being handled: collects replies and performs state changes. */
class Turn {
  readonly replies: Reply[] = [];
  retrieval?: RetrievalResult;
  /** The conversation's new abstain streak, written with the replies (or on its own when there are none). */
  abstainStreak?: number;
  /** Read in the statement that stored the member's message: the active handoff then, and the member's recent messages before it. */
  prefetched?: { activeHandoff?: HandoffRecord; history?: string[] };

  constructor(
    private readonly options: ConversationEngineOptions,
    readonly conversation: ConversationRecord,
    readonly language: Language,
    readonly messageId: number,
  ) {}

  /** The fixed texts in the member's language, worded for the conversation's channel. */
  get texts(): Texts {
    return textsFor(this.language, this.conversation.channel);
  }

  say(kind: Reply['kind'], text: string, actions: ReplyAction[] = [], citations: Reply['citations'] = []): void {
    this.replies.push({ kind, text, citations, actions, language: this.language });
  }

  async queueHandoff(reason: HandoffReason, priority: number, text?: string, { tellWaiting = true }: { tellWaiting?: boolean } = {}): Promise<void> {
    const { conversations, hooks } = this.options;
    const existing = await conversations.activeHandoff(this.conversation.id);
    let handoff: HandoffRecord;
    if (existing) {
      await conversations.updateHandoff(existing.id, { status: 'queued', priority, reason: priority < existing.priority ? reason : undefined });
      handoff = { ...existing, status: 'queued', priority: Math.min(priority, existing.priority) };
    } else {
      handoff = await conversations.createHandoff({ conversationId: this.conversation.id, reason, priority, channel: this.conversation.channel, status: 'queued' });
    }
    await conversations.update(this.conversation.id, { state: 'queued' });
    if (text) this.say('handoff', text, ['cancel_queue']);
    await hooks?.handoffQueued?.(handoff, { ...this.conversation, state: 'queued' });
    if (tellWaiting) await this.tellWaiting();
  }

  /** Place in the queue while advisors work; outside opening hours, a callback offer. */
  private async tellWaiting(): Promise<void> {
    const policy = this.options.handoff;
    if (!policy) return;
    const texts = this.texts;
    const closed = policy.closedUntil(this.language);
    if (closed !== undefined) {
      this.say('notice', texts.callbackOffer(closed || undefined), ['cancel_queue']);
      await policy.callbackOffered(this.conversation.id);
      return;
    }
    const position = await policy.position(this.conversation.id);
    if (position) this.say('notice', texts.queuePosition(position));
  }

  async offerHandoff(reason: HandoffReason, priority: number, topic?: string): Promise<void> {
    const { conversations } = this.options;
    const existing = await conversations.activeHandoff(this.conversation.id);
    if (existing) return;
    await conversations.createHandoff({ conversationId: this.conversation.id, reason, priority, channel: this.conversation.channel, status: 'offered', topic });
  }

  async acceptOffer(offer: HandoffRecord): Promise<void> {
    await this.queueHandoff(offer.reason, offer.priority, this.texts.handoffAccepted);
  }

  async raiseActiveHandoff(reason: HandoffReason, priority: number): Promise<void> {
    const { conversations, hooks } = this.options;
    const active = await conversations.activeHandoff(this.conversation.id);
    if (!active) return this.queueHandoff(reason, priority);
    if (priority < active.priority) {
      await conversations.updateHandoff(active.id, { priority, reason });
      await hooks?.handoffQueued?.({ ...active, priority, reason }, this.conversation);
    }
  }

  async cancelHandoff(): Promise<void> {
    const { conversations, hooks } = this.options;
    const active = await conversations.activeHandoff(this.conversation.id);
    if (active) {
      await conversations.updateHandoff(active.id, { status: 'cancelled' });
      await hooks?.handoffCancelled?.(active, this.conversation);
    }
    await conversations.update(this.conversation.id, { state: 'bot' });
    this.say('notice', this.texts.leftQueue);
  }

  /** Stores the replies and reports the turn with the conversation's state after it. */
  async finish(intent: Intent): Promise<TurnResult> {
    const { replyMessageIds, state } = await this.persistReplies();
    // The statement that stored the last reply read the state; without replies it is read here.
    const current = state ?? (await this.options.conversations.get(this.conversation.id))?.state;
    return {
      conversationId: this.conversation.id,
      replies: this.replies,
      replyMessageIds,
      duplicate: false,
      intent,
      language: this.language,
      state: current ?? this.conversation.state,
      retrieval: this.retrieval,
    };
  }

  /**
   * Stores each reply and, with an outbox, queues its delivery in the same statement (one
   * reply, the usual case) or the same transaction (several), with the turn's new abstain streak. When this instance's dispatcher
   * delivers right after the turn, the outbox rows are enqueued already claimed (when nothing
   * else of the conversation is pending) and handed to it after the commit.
   */
  private async persistReplies(): Promise<{ replyMessageIds: number[]; state?: ConversationState }> {
    const { conversations, outbox } = this.options;
    if (!this.replies.length) {
      if (this.abstainStreak !== undefined) await conversations.update(this.conversation.id, { abstainStreak: this.abstainStreak });
      return { replyMessageIds: [] };
    }
    const abstainStreak = this.abstainStreak;
    const { id: conversationId, channel, channelConversationId } = this.conversation;
    const claimMs = outbox?.afterTurnLease(channel);
    const startedAt = Date.now();
    const store = async (tx?: Queryable) => {
      const replyMessageIds: number[] = [];
      const claimed: OutboxItem[] = [];
      let state: ConversationState | undefined;
      for (const reply of this.replies) {
        // Claimed only while every earlier reply of this turn was.
        const claim = claimMs !== undefined && claimed.length === replyMessageIds.length ? claimMs : undefined;
        const payload = { reply };
        const stored = await conversations.addReply(
          { conversationId, channel, text: reply.text, kind: reply.kind, citations: reply.citations, abstainStreak },
          outbox ? { payload, claimMs: claim, ownIds: claimed.map((item) => item.id) } : undefined,
          tx,
        );
        replyMessageIds.push(stored.id);
        state = stored.state;
        if (stored.claimed && stored.outboxId !== undefined) {
          claimed.push({
            id: stored.outboxId, conversationId, messageId: stored.id, channel, channelConversationId,
            // As a claim would read it back from the table.
            payload: JSON.parse(JSON.stringify({ messageId: stored.id, ...payload })) as OutboxItem['payload'], attempts: stored.claimed.attempts, createdAt: new Date(), address: stored.claimed.address,
          });
        }
      }
      return { replyMessageIds, state, claimed };
    };
    const { replyMessageIds, state, claimed } = outbox && this.replies.length > 1 ? await conversations.transaction((tx) => store(tx)) : await store();
    // After the commit; the lease is counted from before the first statement.
    if (outbox && claimed.length && claimMs !== undefined) outbox.handOver(claimed, startedAt + claimMs);
    return { replyMessageIds, state };
  }
}
