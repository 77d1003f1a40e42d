import type { Db, Queryable } from '../db.js';

export interface InboundSmsRecord {
  id: number;
  provider: string;
  providerMessageId: string;
  numberHash: string;
  phone: string;
  body: string;
  mediaCount: number;
  attempts: number;
  receivedAt: Date;
}

export type InboundSmsOutcome = 'done' | 'opted_out' | 'rate_limited' | 'failed';

type InboundRow = {
  id: string | number; provider: string; provider_message_id: string; number_hash: string; phone: string | null; body: string | null;
  media_count: number; attempts: number; received_at: Date;
};

/**
 * The SMS tables: the inbox of received texts (idempotency, order per number, nothing lost
 * before processing), opt-outs, what each provider was given (delivery status), and the rest
 * of long answers waiting for "MER".
 */
export class SmsRepository {
  constructor(private readonly db: Db) {}

  /** Stores a received text; false when the provider already delivered this message id. */
  async receive(text: { provider: string; providerMessageId: string; numberHash: string; phone: string; body: string; mediaCount?: number }): Promise<boolean> {
    const rows = await this.db.query<{ id: string }>(
      `insert into sms_inbound(provider, provider_message_id, number_hash, phone, body, media_count) values ($1, $2, $3, $4, $5, $6)
       on conflict (provider, provider_message_id) do nothing returning id`,
      [text.provider, text.providerMessageId, text.numberHash, text.phone, text.body, text.mediaCount ?? 0],
    );
    return rows.length > 0;
  }

  /**
   * Claims the oldest pending text of one number, unless an earlier one of that number is held
   * by someone else (another instance) — texts from one number are handled one at a time, in order.
   */
  async claimNext(numberHash: string, leaseMs: number): Promise<InboundSmsRecord | undefined> {
    const rows = await this.db.query<InboundRow>(
      `update sms_inbound s set locked_until = now() + make_interval(secs => $2::double precision / 1000), attempts = s.attempts + 1
       where s.id = (
         select id from sms_inbound where number_hash = $1 and status = 'pending' order by id limit 1)
         and (s.locked_until is null or s.locked_until < now())
       returning s.id, s.provider, s.provider_message_id, s.number_hash, s.phone, s.body, s.media_count, s.attempts, s.received_at`,
      [numberHash, leaseMs],
    );
    const r = rows[0];
    return r
      ? { id: Number(r.id), provider: r.provider, providerMessageId: r.provider_message_id, numberHash: r.number_hash, phone: r.phone ?? '', body: r.body ?? '', mediaCount: r.media_count, attempts: r.attempts, receivedAt: new Date(r.received_at) }
      : undefined;
  }

  /** Numbers with texts waiting (crash recovery, texts received by an instance that stopped). */
  async pendingNumbers(limit: number): Promise<string[]> {
    const rows = await this.db.query<{ number_hash: string }>(
      `select number_hash from sms_inbound where status = 'pending' and (locked_until is null or locked_until < now())
       group by number_hash order by min(id) limit $1`,
      [limit],
    );
    return rows.map((r) => r.number_hash);
  }

  /** Marks a text handled and forgets its number and body (the transcript keeps the text). */
  async finish(id: number, outcome: InboundSmsOutcome, error?: string): Promise<void> {
    await this.db.query(
      `update sms_inbound set status = $2, processed_at = now(), locked_until = null, last_error = $3,
         phone = case when $2 = 'failed' then phone else null end, body = case when $2 = 'failed' then body else null end
       where id = $1`,
      [id, outcome, error?.slice(0, 500) ?? null],
    );
  }

  /** Lets a failed attempt be retried later (the lease is dropped). */
  async release(id: number, error: string): Promise<void> {
    await this.db.query('update sms_inbound set locked_until = null, last_error = $2 where id = $1', [id, error.slice(0, 500)]);
  }

  /**
   * Texts from one number received within the window up to this one (`throughId`), this one
   * included: texts that arrived after it do not count, however far handling lags behind.
   */
  async recentCount(numberHash: string, windowSeconds: number, throughId: number): Promise<number> {
    const rows = await this.db.query<{ n: string | number }>(
      `select count(*) as n from sms_inbound where number_hash = $1 and id <= $3 and received_at > now() - make_interval(secs => $2)`,
      [numberHash, windowSeconds, throughId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** True when an earlier text in the window was already refused for the rate limit (tell the member once). */
  async rateLimitedRecently(numberHash: string, windowSeconds: number, exceptId: number): Promise<boolean> {
    const rows = await this.db.query(
      `select 1 from sms_inbound where number_hash = $1 and status = 'rate_limited' and id <> $3 and received_at > now() - make_interval(secs => $2) limit 1`,
      [numberHash, windowSeconds, exceptId],
    );
    return rows.length > 0;
  }

  // ---- opt-out ----

  async isOptedOut(numberHash: string, tx: Queryable = this.db): Promise<{ confirmationMessageId?: number } | undefined> {
    const rows = await tx.query<{ confirmation_message_id: string | number | null }>('select confirmation_message_id from sms_opt_out where number_hash = $1', [numberHash]);
    if (!rows[0]) return undefined;
    return { confirmationMessageId: rows[0].confirmation_message_id === null ? undefined : Number(rows[0].confirmation_message_id) };
  }

  /** Records the opt-out; false when the number had already opted out. */
  async optOut(numberHash: string): Promise<boolean> {
    const rows = await this.db.query('insert into sms_opt_out(number_hash) values ($1) on conflict do nothing returning number_hash', [numberHash]);
    return rows.length > 0;
  }

  async setOptOutConfirmation(numberHash: string, messageId: number): Promise<void> {
    await this.db.query('update sms_opt_out set confirmation_message_id = $2 where number_hash = $1', [numberHash, messageId]);
  }

  /** Removes the opt-out; false when the number had not opted out. */
  async optIn(numberHash: string): Promise<boolean> {
    const rows = await this.db.query('delete from sms_opt_out where number_hash = $1 returning number_hash', [numberHash]);
    return rows.length > 0;
  }

  // ---- deliveries ----

  async recordSent(sent: { provider: string; providerMessageId: string; outboxId: number; conversationId: string; segments: number; status: string }): Promise<void> {
    await this.db.query(
      `insert into sms_delivery(provider, provider_message_id, outbox_id, conversation_id, segments, status) values ($1, $2, $3, $4, $5, $6)
       on conflict (provider, provider_message_id) do nothing`,
      [sent.provider, sent.providerMessageId, sent.outboxId, sent.conversationId, sent.segments, sent.status],
    );
  }

  /**
   * A provider's status callback. Returns the delivery (with its outbox row) when it is known
   * and the status changed; a final failure also marks the outbox row failed, so it shows.
   */
  async updateStatus(provider: string, providerMessageId: string, status: string, error: string | undefined, failed: boolean): Promise<{ outboxId?: number; conversationId?: string } | undefined> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<{ outbox_id: string | number | null; conversation_id: string | null }>(
        `update sms_delivery set status = $3, error = coalesce($4, error), updated_at = now()
         where provider = $1 and provider_message_id = $2 and status is distinct from $3
         returning outbox_id, conversation_id`,
        [provider, providerMessageId, status, error ?? null],
      );
      const row = rows[0];
      if (!row) return undefined;
      const outboxId = row.outbox_id === null ? undefined : Number(row.outbox_id);
      if (failed && outboxId !== undefined) {
        await tx.query(`update outbox set status = 'failed', last_error = $2 where id = $1`, [outboxId, `${provider}: ${status}${error ? ` (${error})` : ''}`.slice(0, 500)]);
      }
      return { outboxId, conversationId: row.conversation_id ?? undefined };
    });
  }

  // ---- "Svara MER" ----

  async saveContinuation(numberHash: string, rest: string): Promise<void> {
    await this.db.query(
      `insert into sms_continuation(number_hash, rest) values ($1, $2)
       on conflict (number_hash) do update set rest = excluded.rest, updated_at = now()`,
      [numberHash, rest],
    );
  }

  /** Takes the waiting rest of an answer (it is removed; sending the next part saves what remains). */
  async takeContinuation(numberHash: string): Promise<string | undefined> {
    const rows = await this.db.query<{ rest: string }>('delete from sms_continuation where number_hash = $1 returning rest', [numberHash]);
    return rows[0]?.rest;
  }

  async clearContinuation(numberHash: string): Promise<void> {
    await this.db.query('delete from sms_continuation where number_hash = $1', [numberHash]);
  }
}
