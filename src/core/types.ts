/**
 * Channel-neutral types shared by every layer. Channels turn their payloads into an
 * {@link InboundMessage}; the conversation engine answers with {@link Reply} values.
 */

export type ChannelName = 'webchat' | 'msteams' | 'sms' | 'cli' | 'test' | (string & {});

export type Language = 'sv' | 'en';

/** One message from a member, as a channel hands it to the engine. */
export interface InboundMessage {
  channel: ChannelName;
  /** The channel's own id for the conversation (Direct Line conversation id, Teams conversation id, phone-number hash…). */
  channelConversationId: string;
  /** A stable, non-identifying key for the member on that channel (never a raw phone number in logs). */
  memberKey?: string;
  text: string;
  /** The provider's id for this message, used to make webhooks idempotent. */
  providerMessageId?: string;
  receivedAt?: Date;
  /** Files or images the member attached (the bot reads text only and says so). */
  attachmentCount?: number;
  /** Earlier member messages supplied by the caller (the `ask` command); normally the engine reads history from the store. */
  history?: string[];
}

export type ReplyKind =
  | 'answer'
  | 'abstain'
  | 'handoff'
  | 'crisis'
  | 'smalltalk'
  | 'notice'
  | 'advisor';

export interface Citation {
  /** The number used in the reply text, e.g. [1]. */
  n: number;
  documentId: string;
  title: string;
  date?: string;
  url?: string;
  heading?: string;
  /** The cited passage. */
  text: string;
}

/** A suggested next step the channel may render as a button (Teams card, Web Chat suggested action, SMS keyword). */
export type ReplyAction = 'talk_to_advisor' | 'cancel_queue';

export interface Reply {
  kind: ReplyKind;
  text: string;
  citations: Citation[];
  actions: ReplyAction[];
  language: Language;
}

export type ConversationState = 'bot' | 'queued' | 'advisor' | 'closed';

export type Intent =
  | 'crisis'
  | 'human'
  | 'personal_case'
  | 'smalltalk'
  | 'question'
  | 'empty';

/** What the outbox carries to a channel: one reply, and the stored message it came from (for feedback). */
export interface OutboundMessage {
  messageId?: number;
  reply: Reply;
  /** Set for a message written by an advisor: the first name the member sees. */
  advisorName?: string;
}
