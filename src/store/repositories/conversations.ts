import { randomUUID } from 'node:crypto';
import type { Citation, ConversationState, Language } from '../../core/types.js';
import type { Db, Queryable } from '../db.js';

export interface ConversationRecord {
  id: string;
  channel: string;
  channelConversationId: string;
  memberKey?: string;
  state: ConversationState;
  language: Language;
  abstainStreak: number;
  createdAt: Date;
}

export interface NewMessage {
  conversationId: string;
  author: 'member' | 'bot' | 'advisor' | 'system';
  text: string;
  channel: string;
  kind?: string;
  intent?: string;
  citations?: Citation[];
  providerMessageId?: string;
}

export interface MessageRecord {
  id: number;
  conversationId: string;
  author: NewMessage['author'];
  text: string;
  kind?: string;
  intent?: string;
  citations: Citation[];
  createdAt: Date;
}

export type HandoffReason = 'asked_for_human' | 'personal_case' | 'crisis' | 'abstained' | 'callback';
export type HandoffStatus = 'offered' | 'queued' | 'claimed' | 'cancelled' | 'done';

export interface HandoffRecord {
  id: string;
  conversationId: string;
  reason: HandoffReason;
  priority: number;
  channel: string;
  status: HandoffStatus;
  topic?: string;
  createdAt: Date;
  queuedAt?: Date;
}

/** Handoff priorities: lower is more urgent. */
export const PRIORITY = { urgent: 0, high: 1, normal: 2 } as const;

type ConversationRow = {
  id: string; channel: string; channel_conversation_id: string; member_key: string | null; state: ConversationState;
  language: Language; abstain_streak: number; created_at: Date;
};

const toConversation = (r: ConversationRow): ConversationRecord => ({
  id: r.id,
  channel: r.channel,
  channelConversationId: r.channel_conversation_id,
  memberKey: r.member_key ?? undefined,
  state: r.state,
  language: r.language,
  abstainStreak: r.abstain_streak,
  createdAt: new Date(r.created_at),
});

type HandoffRow = {
  id: string; conversation_id: string; reason: HandoffReason; priority: number; channel: string; status: HandoffStatus;
  topic: string | null; created_at: Date; queued_at: Date | null;
};

const toHandoff = (r: HandoffRow): HandoffRecord => ({
  id: r.id,
  conversationId: r.conversation_id,
  reason: r.reason,
  priority: r.priority,
  channel: r.channel,
  status: r.status,
  topic: r.topic ?? undefined,
  createdAt: new Date(r.created_at),
  queuedAt: r.queued_at ? new Date(r.queued_at) : undefined,
});

/** Conversations, their messages and handoff requests. */
export class ConversationRepository {
  constructor(private readonly db: Db) {}

  /** Runs `fn` in one database transaction (the engine stores a reply and its outbox entry together). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** The open conversation for a channel conversation, created when there is none (also after the last one was closed). */
  async openConversation(channel: string, channelConversationId: string, memberKey?: string): Promise<ConversationRecord> {
    // One statement: the open conversation, or a new one when there is none. When another
    // instance creates it at the same moment the insert yields nothing, and the next attempt finds it.
    for (let attempt = 0; attempt < 3; attempt++) {
      const rows = await this.db.query<ConversationRow>(
        `with existing as (
           select * from conversation where channel = $2 and channel_conversation_id = $3 and state <> 'closed'
         ),
         inserted as (
           insert into conversation(id, channel, channel_conversation_id, member_key)
           select $1::uuid, $2::text, $3::text, $4::text where not exists (select 1 from existing)
           on conflict (channel, channel_conversation_id) where state <> 'closed' do nothing
           returning *
         )
         select * from existing union all select * from inserted`,
        [randomUUID(), channel, channelConversationId, memberKey ?? null],
      );
      if (rows[0]) return toConversation(rows[0]);
    }
    throw new Error('could not open a conversation');
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    const rows = await this.db.query<ConversationRow>('select * from conversation where id = $1', [id]);
    return rows[0] ? toConversation(rows[0]) : undefined;
  }

  /**
   * Stores a message. With a provider message id the insert is idempotent: a redelivery
   * returns `duplicate: true` and stores nothing.
   */
  async addMessage(message: NewMessage, tx: Queryable = this.db): Promise<{ id: number; duplicate: boolean }> {
    // One statement: the message and the conversation's updated_at (also on a redelivery, as before).
    const rows = await tx.query<{ id: string | number }>(
      `with inserted as (
         insert into message(conversation_id, author, text, kind, intent, citations, channel, provider_message_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (channel, provider_message_id) where provider_message_id is not null do nothing
         returning id
       ),
       touched as (update conversation set updated_at = now() where id = $1)
       select id from inserted`,
      [message.conversationId, message.author, message.text, message.kind ?? null, message.intent ?? null, JSON.stringify(message.citations ?? []), message.channel, message.providerMessageId ?? null],
    );
    return rows[0] ? { id: Number(rows[0].id), duplicate: false } : { id: 0, duplicate: true };
  }

  async setIntent(messageId: number, intent: string): Promise<void> {
    await this.db.query('update message set intent = $2 where id = $1', [messageId, intent]);
  }

  async messages(conversationId: string, limit = 200): Promise<MessageRecord[]> {
    const rows = await this.db.query<{
      id: string | number; conversation_id: string; author: MessageRecord['author']; text: string; kind: string | null;
      intent: string | null; citations: Citation[] | string; created_at: Date;
    }>(
      `select * from (select * from message where conversation_id = $1 order by id desc limit $2) m order by id`,
      [conversationId, limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      conversationId: r.conversation_id,
      author: r.author,
      text: r.text,
      kind: r.kind ?? undefined,
      intent: r.intent ?? undefined,
      citations: typeof r.citations === 'string' ? (JSON.parse(r.citations) as Citation[]) : r.citations,
      createdAt: new Date(r.created_at),
    }));
  }

  /** The member's messages before the given one, oldest first, within a time window. */
  async recentMemberTexts(conversationId: string, beforeMessageId: number, { limit = 3, withinMinutes = 60 } = {}): Promise<string[]> {
    const rows = await this.db.query<{ text: string }>(
      `select text from message
       where conversation_id = $1 and author = 'member' and id < $2 and created_at > now() - make_interval(mins => $3)
       order by id desc limit $4`,
      [conversationId, beforeMessageId, withinMinutes, limit],
    );
    return rows.map((r) => r.text).reverse();
  }

  async update(id: string, changes: { state?: ConversationState; language?: Language; abstainStreak?: number }, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `update conversation set
         state = coalesce($2, state),
         language = coalesce($3, language),
         abstain_streak = coalesce($4, abstain_streak),
         closed_at = case when $2 = 'closed' then now() else closed_at end,
         updated_at = now()
       where id = $1`,
      [id, changes.state ?? null, changes.language ?? null, changes.abstainStreak ?? null],
    );
  }

  async createHandoff(
    request: { conversationId: string; reason: HandoffReason; priority: number; channel: string; status: 'offered' | 'queued'; topic?: string },
    tx: Queryable = this.db,
  ): Promise<HandoffRecord> {
    const rows = await tx.query<HandoffRow>(
      `insert into handoff_request(id, conversation_id, reason, priority, channel, status, topic, queued_at)
       values ($1, $2, $3, $4, $5, $6, $7, case when $6 = 'queued' then now() end) returning *`,
      [randomUUID(), request.conversationId, request.reason, request.priority, request.channel, request.status, request.topic ?? null],
    );
    return toHandoff(rows[0]!);
  }

  /** The conversation's current handoff request that is still offered, queued or claimed. */
  async activeHandoff(conversationId: string): Promise<HandoffRecord | undefined> {
    const rows = await this.db.query<HandoffRow>(
      `select * from handoff_request where conversation_id = $1 and status in ('offered', 'queued', 'claimed')
       order by created_at desc limit 1`,
      [conversationId],
    );
    return rows[0] ? toHandoff(rows[0]) : undefined;
  }

  async updateHandoff(id: string, changes: { status?: HandoffStatus; priority?: number; reason?: HandoffReason }, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `update handoff_request set
         status = coalesce($2, status),
         priority = least(priority, coalesce($3, priority)),
         reason = coalesce($4, reason),
         queued_at = case when $2 = 'queued' and queued_at is null then now() else queued_at end,
         closed_at = case when $2 in ('cancelled', 'done') then now() else closed_at end
       where id = $1`,
      [id, changes.status ?? null, changes.priority ?? null, changes.reason ?? null],
    );
  }

  async handoffs(conversationId: string): Promise<HandoffRecord[]> {
    const rows = await this.db.query<HandoffRow>('select * from handoff_request where conversation_id = $1 order by created_at', [conversationId]);
    return rows.map(toHandoff);
  }
}
