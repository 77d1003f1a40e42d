import type { Db, Queryable } from '../db.js';

/** Whatever a channel needs to deliver one outbound message; channel-neutral. */
export interface OutboxPayload {
  [key: string]: unknown;
}

export interface OutboxItem<P = OutboxPayload> {
  id: number;
  conversationId: string;
  messageId?: number;
  channel: string;
  channelConversationId: string;
  payload: P;
  attempts: number;
  createdAt: Date;
  /**
   * Where the conversation can be reached (`channel_address` for the item's channel and channel
   * conversation), read in the statement that claimed the item; undefined when none is stored.
   */
  address?: unknown;
}

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

type Row = {
  id: string | number; conversation_id: string; message_id: string | number | null; channel: string; channel_conversation_id: string;
  payload: OutboxPayload | string; attempts: number; created_at: Date; address?: unknown;
};

const toItem = (r: Row): OutboxItem => ({
  id: Number(r.id),
  conversationId: r.conversation_id,
  messageId: r.message_id === null ? undefined : Number(r.message_id),
  channel: r.channel,
  channelConversationId: r.channel_conversation_id,
  payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as OutboxPayload) : r.payload,
  attempts: r.attempts,
  createdAt: new Date(r.created_at),
  address: typeof r.address === 'string' ? (JSON.parse(r.address) as unknown) : (r.address ?? undefined),
});

/**
 * The outbox table. Rows are claimed per conversation (so one member's messages go out in
 * order) with a lease: a crashed instance's claim simply expires and another instance
 * delivers. The lease check is repeated in the UPDATE so two instances racing for the same
 * conversation on PostgreSQL cannot both win (READ COMMITTED re-checks the row after the lock).
 */
export class OutboxRepository {
  private deliverAfterTurn?: { channels: (channel: string) => boolean; leaseMs: number };
  /** Rows this instance enqueued already claimed (see {@link afterTurnLease}), until the dispatcher takes them. */
  private readonly handedOver = new Map<string, Array<OutboxItem & { leaseEndsAt: number }>>();

  constructor(private readonly db: Db) {}

  /**
   * The dispatcher of this instance delivers the replies of a turn right after it, on these
   * channels: a reply may then be enqueued already claimed under this lease (when nothing
   * else of its conversation is pending), which spares the claim statement. Off (undefined)
   * when the dispatcher stops.
   */
  setDeliverAfterTurn(options: { channels: (channel: string) => boolean; leaseMs: number } | undefined): void {
    this.deliverAfterTurn = options;
  }

  /** The lease a reply of a turn on this channel is enqueued under, or undefined (enqueued unclaimed). */
  afterTurnLease(channel: string): number | undefined {
    const options = this.deliverAfterTurn;
    return options && options.channels(channel) ? options.leaseMs : undefined;
  }

  /** Rows enqueued already claimed by this instance, for {@link takeHandedOver}; their lease ends at `leaseEndsAt` (ms). */
  handOver(items: OutboxItem[], leaseEndsAt: number): void {
    // Rows no one took (a turn that failed after its replies were stored) are delivered by a
    // claim once their lease has run out; forget them here then.
    if (this.handedOver.size > 100) {
      for (const [conversationId, held] of this.handedOver) {
        if (held.every((item) => item.leaseEndsAt < Date.now())) this.handedOver.delete(conversationId);
      }
    }
    for (const item of items) {
      const held = { ...item, leaseEndsAt };
      this.handedOver.set(item.conversationId, [...(this.handedOver.get(item.conversationId) ?? []), held]);
    }
  }

  /**
   * The rows of a conversation this instance enqueued already claimed and has not delivered,
   * oldest first; undefined when there are none or their lease has run out (then another
   * instance may have claimed them, and only a new claim may deliver them).
   */
  takeHandedOver(conversationId: string): OutboxItem[] | undefined {
    const items = this.handedOver.get(conversationId);
    if (!items) return undefined;
    this.handedOver.delete(conversationId);
    // Some margin, so a delivery does not start just as the lease ends.
    if (items.some((item) => item.leaseEndsAt - Date.now() < 1_000)) return undefined;
    return items.map(({ leaseEndsAt: _leaseEndsAt, ...item }) => item).sort((a, b) => a.id - b.id);
  }

  async enqueue(item: { conversationId: string; messageId?: number; channel: string; payload: OutboxPayload }, tx: Queryable = this.db): Promise<number> {
    const rows = await tx.query<{ id: string | number }>(
      'insert into outbox(conversation_id, message_id, channel, payload) values ($1, $2, $3, $4) returning id',
      [item.conversationId, item.messageId ?? null, item.channel, JSON.stringify(item.payload)],
    );
    return Number(rows[0]!.id);
  }

  /** Claims the due messages of one conversation, oldest first; empty when another instance holds them. */
  async claimConversation(conversationId: string, leaseMs: number): Promise<OutboxItem[]> {
    return this.claim(`o.conversation_id = $1`, [conversationId], leaseMs);
  }

  /** Claims due messages of up to `limit` conversations on the given channels. */
  async claimDue(channels: string[], limit: number, leaseMs: number): Promise<OutboxItem[]> {
    return this.claim(
      `o.conversation_id in (
         select conversation_id from outbox
         where status = 'pending' and next_attempt_at <= now() and channel = any($1::text[])
           and (locked_until is null or locked_until < now())
         group by conversation_id order by min(id) limit $2)`,
      [channels, limit],
      leaseMs,
    );
  }

  private async claim(scope: string, params: unknown[], leaseMs: number): Promise<OutboxItem[]> {
    const lease = params.length + 1;
    const rows = await this.db.query<Row>(
      `with claimed as (
         update outbox o set locked_until = now() + make_interval(secs => $${lease}::double precision / 1000), attempts = o.attempts + 1
         where ${scope} and o.status = 'pending' and o.next_attempt_at <= now()
           and (o.locked_until is null or o.locked_until < now())
           and not exists (
             select 1 from outbox other
             where other.conversation_id = o.conversation_id and other.status = 'pending' and other.id < o.id
               and (other.next_attempt_at > now() or other.locked_until >= now()))
         returning o.*)
       select claimed.*, c.channel_conversation_id, a.address from claimed
       join conversation c on c.id = claimed.conversation_id
       left join channel_address a on a.channel = claimed.channel and a.channel_conversation_id = c.channel_conversation_id
       order by claimed.id`,
      [...params, leaseMs],
    );
    return rows.map(toItem);
  }

  /**
   * Marks a message handed to its channel; a failure already reported for it (an SMS status
   * callback that came first) stands. Marks requested while one is being written are written
   * together in the next statement (one round trip for many deliveries under load); the
   * promise settles when this id's statement has.
   */
  markDelivered(id: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.toMarkDelivered.push({ id, resolve, reject });
      this.markingDelivered ??= this.writeDelivered();
    });
  }

  private readonly toMarkDelivered: Array<{ id: number; resolve(): void; reject(error: unknown): void }> = [];
  private markingDelivered?: Promise<void>;

  private async writeDelivered(): Promise<void> {
    try {
      // Marks requested in this same tick join the first statement.
      await Promise.resolve();
      while (this.toMarkDelivered.length) {
        const batch = this.toMarkDelivered.splice(0, 500);
        try {
          await this.db.query(
            `update outbox set status = 'delivered', delivered_at = now(), locked_until = null, last_error = null where id = any($1::bigint[]) and status = 'pending'`,
            [batch.map((mark) => mark.id)],
          );
          for (const mark of batch) mark.resolve();
        } catch (error) {
          for (const mark of batch) mark.reject(error);
        }
      }
    } finally {
      this.markingDelivered = undefined;
    }
  }

  /** Records a failed attempt: retried at `retryAt`, or failed for good when there is none. */
  async markAttemptFailed(id: number, error: string, retryAt: Date | undefined): Promise<void> {
    await this.db.query(
      `update outbox set last_error = $2, locked_until = null,
         status = case when $3::timestamptz is null then 'failed' else 'pending' end,
         next_attempt_at = coalesce($3::timestamptz, next_attempt_at)
       where id = $1`,
      [id, error.slice(0, 500), retryAt ?? null],
    );
  }

  /** Releases claimed rows that were not attempted (an earlier message of the conversation failed). */
  async release(ids: number[]): Promise<void> {
    if (!ids.length) return;
    await this.db.query('update outbox set locked_until = null, attempts = greatest(attempts - 1, 0) where id = any($1::bigint[])', [ids]);
  }

  async status(id: number): Promise<{ status: OutboxStatus; attempts: number; lastError?: string } | undefined> {
    const rows = await this.db.query<{ status: OutboxStatus; attempts: number; last_error: string | null }>('select status, attempts, last_error from outbox where id = $1', [id]);
    return rows[0] ? { status: rows[0].status, attempts: rows[0].attempts, lastError: rows[0].last_error ?? undefined } : undefined;
  }

  async counts(): Promise<Record<OutboxStatus, number>> {
    const rows = await this.db.query<{ status: OutboxStatus; n: string | number }>('select status, count(*) as n from outbox group by status');
    const counts: Record<OutboxStatus, number> = { pending: 0, delivered: 0, failed: 0 };
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }
}
