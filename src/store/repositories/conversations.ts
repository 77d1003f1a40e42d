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

  /**
   * The turn's first statement: opens the conversation (creating it when there is none) and
   * stores the member's message in it, idempotent on the provider's message id. A stored
   * message also sets the conversation's language (when given); the conversation's
   * updated_at is touched also on a redelivery, as {@link addMessage} does. With `context`,
   * the same statement also reads what a bot turn needs next: the active handoff request and
   * the member's recent messages (as {@link activeHandoff} and {@link recentMemberTexts} with
   * their defaults). With `address`, the same statement stores where the conversation can be
   * reached (`channel_address`, rewritten only when it changed), as
   * `ChannelAddressRepository.save` does. One statement instead of up to six: the
   * embedded database pays per statement.
   */
  async openWithMessage(
    open: { channel: string; channelConversationId: string; memberKey?: string },
    message: { text: string; intent?: string; providerMessageId?: string; language?: Language },
    { context = false, address }: { context?: boolean; address?: unknown } = {},
  ): Promise<{ conversation: ConversationRecord; messageId: number; duplicate: boolean; activeHandoff?: HandoffRecord; history?: string[] }> {
    const extra = context
      ? `, (select row_to_json(h) from (
             select * from handoff_request where conversation_id = conv.id and status in ('offered', 'queued', 'claimed')
             order by created_at desc limit 1) h) as active_handoff,
           array(select t.text from (
             select id, text from message
             where conversation_id = conv.id and author = 'member' and created_at > now() - make_interval(mins => 60)
             order by id desc limit 3) t order by t.id) as history`
      : '';
    const addressed =
      address === undefined
        ? ''
        : `addressed as (
             insert into channel_address(channel, channel_conversation_id, address) values ($2, $3, $9::jsonb)
             on conflict (channel, channel_conversation_id) do update set address = excluded.address, updated_at = now()
             where channel_address.address is distinct from excluded.address
           ),`;
    for (let attempt = 0; attempt < 3; attempt++) {
      // When another instance creates the conversation at the same moment the insert yields
      // nothing (and so does the message insert): the next attempt finds it.
      const rows = await this.db.query<ConversationRow & { message_id: string | number | null; active_handoff?: HandoffRow | string | null; history?: string[] }>(
        `with ${addressed} existing as (
           select * from conversation where channel = $2 and channel_conversation_id = $3 and state <> 'closed'
         ),
         inserted as (
           insert into conversation(id, channel, channel_conversation_id, member_key, language)
           select $1::uuid, $2::text, $3::text, $4::text, coalesce($8::text, 'sv') where not exists (select 1 from existing)
           on conflict (channel, channel_conversation_id) where state <> 'closed' do nothing
           returning *
         ),
         conv as (select * from existing union all select * from inserted),
         stored as (
           insert into message(conversation_id, author, text, intent, channel, provider_message_id)
           select conv.id, 'member', $5::text, $6::text, $2::text, $7::text from conv
           on conflict (channel, provider_message_id) where provider_message_id is not null do nothing
           returning id
         ),
         touched as (
           update conversation c set updated_at = now(),
             language = case when exists (select 1 from stored) then coalesce($8::text, c.language) else c.language end
           where c.id = (select id from existing)
         )
         select conv.*, (select id from stored) as message_id${extra} from conv`,
        [randomUUID(), open.channel, open.channelConversationId, open.memberKey ?? null, message.text, message.intent ?? null, message.providerMessageId ?? null, message.language ?? null, ...(address === undefined ? [] : [JSON.stringify(address)])],
      );
      const row = rows[0];
      if (!row) continue;
      const handoff = typeof row.active_handoff === 'string' ? (JSON.parse(row.active_handoff) as HandoffRow) : row.active_handoff;
      return {
        conversation: toConversation(row),
        messageId: row.message_id === null ? 0 : Number(row.message_id),
        duplicate: row.message_id === null,
        activeHandoff: context && handoff ? toHandoff(handoff) : undefined,
        history: context ? (row.history ?? []) : undefined,
      };
    }
    throw new Error('could not open a conversation');
  }

  /**
   * Stores one bot reply and, with `outbox`, queues its delivery, in one statement (so both or
   * neither are stored); also touches the conversation (setting its abstain streak when
   * `reply.abstainStreak` is given) and reads its state after the turn.
   *
   * With `outbox.claimMs` the outbox row is enqueued already claimed, as a claim would leave it
   * (leased for that long, one attempt), but only when no other row of the conversation is
   * pending besides `outbox.ownIds` (this turn's earlier replies, themselves claimed): then a
   * claim after the turn would have returned exactly these rows. Otherwise it is enqueued
   * unclaimed and delivered after a claim, in order behind what is pending. `claimed` then
   * carries the conversation's stored channel address for the deliverer.
   */
  async addReply(
    reply: { conversationId: string; channel: string; text: string; kind?: string; citations?: Citation[]; abstainStreak?: number },
    outbox: { payload: Record<string, unknown>; claimMs?: number; ownIds?: number[] } | undefined,
    tx: Queryable = this.db,
  ): Promise<{ id: number; outboxId?: number; state?: ConversationState; claimed?: { attempts: number; address?: unknown } }> {
    const rows = await tx.query<{
      id: string | number; outbox_id: string | number | null; state: ConversationState | null; attempts: number | null; claimed: boolean | null; address: unknown;
    }>(
      `with stored as (
         insert into message(conversation_id, author, text, kind, citations, channel)
         values ($1, 'bot', $2, $3, $4, $5)
         returning id
       ),
       claim as (
         select $7::double precision is not null and not exists (
           select 1 from outbox other where other.conversation_id = $1 and other.status = 'pending' and other.id <> all($8::bigint[])
         ) as claim
       ),
       queued as (
         insert into outbox(conversation_id, message_id, channel, payload, locked_until, attempts)
         select $1, stored.id, $5, jsonb_build_object('messageId', stored.id) || $6::jsonb,
           case when claim.claim then now() + make_interval(secs => $7::double precision / 1000) end,
           case when claim.claim then 1 else 0 end
         from stored, claim where $6::jsonb is not null
         returning id, attempts, locked_until is not null as claimed
       ),
       touched as (
         update conversation set updated_at = now(), abstain_streak = coalesce($9::int, abstain_streak) where id = $1
         returning state, channel_conversation_id
       )
       select stored.id, queued.id as outbox_id, queued.attempts, queued.claimed, (select state from touched) as state,
         case when queued.claimed then (
           select a.address from channel_address a where a.channel = $5 and a.channel_conversation_id = (select channel_conversation_id from touched)
         ) end as address
       from stored left join queued on true`,
      [
        reply.conversationId, reply.text, reply.kind ?? null, JSON.stringify(reply.citations ?? []), reply.channel,
        outbox ? JSON.stringify(outbox.payload) : null, outbox?.claimMs ?? null, outbox?.ownIds ?? [], reply.abstainStreak ?? null,
      ],
    );
    const row = rows[0]!;
    const address = typeof row.address === 'string' ? (JSON.parse(row.address) as unknown) : (row.address ?? undefined);
    return {
      id: Number(row.id),
      outboxId: row.outbox_id === null ? undefined : Number(row.outbox_id),
      state: row.state ?? undefined,
      claimed: row.claimed ? { attempts: row.attempts ?? 1, address } : undefined,
    };
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
