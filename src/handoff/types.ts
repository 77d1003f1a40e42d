import type { Citation, ConversationState } from '../core/types.js';
import type { HandoffReason } from '../store/repositories/conversations.js';

/** A signed-in advisor, as the handoff layer sees them. */
export interface Advisor {
  id: string;
  email: string;
  name: string;
  /** What the member is told ("Du pratar nu med Karin"). */
  firstName: string;
}

/** What the advisor reads before taking a conversation. */
export interface HandoffSummary {
  /** The member's messages so far, oldest first (personnummer redacted). */
  questions: string[];
  /** The intent detected on the message that queued the conversation. */
  intent?: string;
  /** What the bot answered, with the titles of the sources it cited. */
  botAnswers: { text: string; sources: string[] }[];
  /** An LLM-written summary, when an LLM is configured. */
  generated?: string;
}

export interface QueueEntry {
  handoffId: string;
  conversationId: string;
  reason: HandoffReason;
  /** 0 urgent, 1 high, 2 normal. */
  priority: number;
  channel: string;
  status: 'queued' | 'claimed';
  queuedAt: Date;
  waitSeconds: number;
  /** 1-based place among unclaimed entries. */
  position?: number;
  advisorId?: string;
  advisorName?: string;
  /** A phone number the member left for a callback. */
  callbackPhone?: string;
  summary: HandoffSummary;
}

export interface TranscriptEntry {
  id: number;
  author: 'member' | 'bot' | 'advisor' | 'system';
  text: string;
  kind?: string;
  citations: Citation[];
  createdAt: Date;
  advisorName?: string;
  /** Set when the member did not get this message (the channel or SMS provider gave up): why. */
  deliveryFailed?: string;
}

export interface ConversationView {
  conversation: { id: string; channel: string; state: ConversationState; language: string; createdAt: Date };
  handoff?: QueueEntry;
  transcript: TranscriptEntry[];
}

/** Live events for advisor consoles, carried between instances by PostgreSQL NOTIFY. */
export type AdvisorEvent =
  | { type: 'queue_changed' }
  | { type: 'message'; conversationId: string; messageId: number; author: TranscriptEntry['author'] }
  | { type: 'conversation_changed'; conversationId: string; state: ConversationState }
  | { type: 'delivery_failed'; conversationId: string; messageId?: number };

export type ClaimResult = { ok: true; entry: QueueEntry } | { ok: false; reason: 'already_claimed' | 'not_found'; claimedBy?: string };
