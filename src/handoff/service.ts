import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { redactPersonalData } from '../core/redact.js';
import { textsFor } from '../core/texts.js';
import type { Citation, ConversationState, Language, OutboundMessage, Reply } from '../core/types.js';
import type { ChatModel } from '../llm/openai.js';
import type { PromptLibrary } from '../llm/prompts.js';
import type { Db, Queryable } from '../store/db.js';
import type { HandoffReason } from '../store/repositories/conversations.js';
import type { OutboxRepository } from '../store/repositories/outbox.js';
import type { HandoffPolicy } from '../conversation/engine.js';
import type { OpeningHours } from './opening-hours.js';
import type { Advisor, AdvisorEvent, ClaimResult, ConversationView, HandoffSummary, QueueEntry, TranscriptEntry } from './types.js';

export const ADVISOR_EVENTS = 'advisor_events';

export interface HandoffServiceOptions {
  db: Db;
  openingHours: OpeningHours;
  /** Minutes an entry may wait unclaimed before the member is offered a callback. */
  callbackAfterMinutes: number;
  outbox: OutboxRepository;
  logger: Logger;
  /** Delivers what was just queued for a conversation (the outbox dispatcher). */
  deliver(conversationId: string): Promise<unknown>;
  chatModel?: ChatModel;
  prompts?: PromptLibrary;
}

type QueueRow = {
  handoff_id: string; conversation_id: string; reason: HandoffReason; priority: number; channel: string; status: 'queued' | 'claimed';
  queued_at: Date; wait_seconds: string | number; advisor_id: string | null; advisor_name: string | null; callback_phone: string | null;
  summary: HandoffSummary | string | null; summary_text: string | null; position: string | number | null;
};

const QUEUE_SQL = `
  select h.id as handoff_id, h.conversation_id, h.reason, h.priority, h.channel, h.status,
         coalesce(h.queued_at, h.created_at) as queued_at,
         extract(epoch from now() - coalesce(h.queued_at, h.created_at)) as wait_seconds,
         h.advisor_id, a.name as advisor_name, h.callback_phone, h.summary, h.summary_text,
         case when h.status = 'queued' then row_number() over (partition by h.status order by h.priority, coalesce(h.queued_at, h.created_at), h.id) end as position
  from handoff_request h left join advisor a on a.id = h.advisor_id
  where h.status in ('queued', 'claimed')`;

/**
 * The advisor side of a handoff: the queue (priority, then age), atomic claims, reassigning,
 * relaying the advisor's messages to the member's own channel through the outbox, handing
 * back and closing, summaries, and live events for every console on every instance
 * (PostgreSQL NOTIFY). Every action on a conversation is written to the audit log.
 */
export class HandoffService implements HandoffPolicy {
  constructor(private readonly options: HandoffServiceOptions) {}

  private get db(): Db {
    return this.options.db;
  }

  async queue(): Promise<QueueEntry[]> {
    const rows = await this.db.query<QueueRow>(`${QUEUE_SQL} order by h.status desc, h.priority, coalesce(h.queued_at, h.created_at), h.id`);
    return Promise.all(rows.map((row) => this.toEntry(row)));
  }

  async entry(handoffId: string): Promise<QueueEntry | undefined> {
    const rows = await this.db.query<QueueRow>(`select * from (${QUEUE_SQL}) q where q.handoff_id = $1`, [handoffId]);
    return rows[0] ? this.toEntry(rows[0]) : undefined;
  }

  /** The member's place among unclaimed entries (1-based), or undefined when not waiting. */
  async position(conversationId: string): Promise<number | undefined> {
    const rows = await this.db.query<{ position: string | number }>(`select position from (${QUEUE_SQL}) q where q.conversation_id = $1 and q.status = 'queued'`, [conversationId]);
    return rows[0] ? Number(rows[0].position) : undefined;
  }

  /** A conversation with its transcript, for an advisor (the opening is audited). */
  async conversation(conversationId: string, advisor: Advisor): Promise<ConversationView | undefined> {
    const rows = await this.db.query<{ id: string; channel: string; state: ConversationState; language: string; created_at: Date }>(
      'select id, channel, state, language, created_at from conversation where id = $1',
      [conversationId],
    );
    const row = rows[0];
    if (!row) return undefined;
    await this.audit(advisor.id, 'open', conversationId);
    const handoffRows = await this.db.query<QueueRow>(`select * from (${QUEUE_SQL}) q where q.conversation_id = $1`, [conversationId]);
    return {
      conversation: { id: row.id, channel: row.channel, state: row.state, language: row.language, createdAt: new Date(row.created_at) },
      handoff: handoffRows[0] ? await this.toEntry(handoffRows[0]) : undefined,
      transcript: await this.transcript(conversationId),
    };
  }

  async transcript(conversationId: string, afterId = 0): Promise<TranscriptEntry[]> {
    const rows = await this.db.query<{ id: string | number; author: TranscriptEntry['author']; text: string; kind: string | null; citations: Citation[] | string; created_at: Date; advisor_name: string | null; delivery_error: string | null }>(
      `select m.id, m.author, m.text, m.kind, m.citations, m.created_at, a.name as advisor_name,
              (select coalesce(o.last_error, 'not delivered') from outbox o where o.message_id = m.id and o.status = 'failed' limit 1) as delivery_error
       from message m left join advisor a on a.id = m.advisor_id
       where m.conversation_id = $1 and m.id > $2 order by m.id limit 500`,
      [conversationId, afterId],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      author: r.author,
      text: r.text,
      kind: r.kind ?? undefined,
      citations: typeof r.citations === 'string' ? (JSON.parse(r.citations) as Citation[]) : r.citations,
      createdAt: new Date(r.created_at),
      advisorName: r.advisor_name ? firstName(r.advisor_name) : undefined,
      deliveryFailed: r.delivery_error ?? undefined,
    }));
  }

  /**
   * Takes a queued conversation. Atomic: of many advisors pressing "Ta över" at once exactly
   * one wins; the others learn who has it.
   */
  async claim(handoffId: string, advisor: Advisor): Promise<ClaimResult> {
    const claimed = await this.db.transaction(async (tx) => {
      const rows = await tx.query<{ conversation_id: string }>(
        `update handoff_request set status = 'claimed', advisor_id = $2, claimed_at = now()
         where id = $1 and status = 'queued' returning conversation_id`,
        [handoffId, advisor.id],
      );
      const conversationId = rows[0]?.conversation_id;
      if (!conversationId) return undefined;
      await tx.query(`update conversation set state = 'advisor', updated_at = now() where id = $1`, [conversationId]);
      await this.tellMember(tx, conversationId, (texts) => texts.advisorJoined(advisor.firstName), 'notice');
      await this.audit(advisor.id, 'claim', conversationId, {}, tx);
      return conversationId;
    });
    if (!claimed) {
      const current = await this.db.query<{ status: string; name: string | null }>(
        'select h.status, a.name from handoff_request h left join advisor a on a.id = h.advisor_id where h.id = $1',
        [handoffId],
      );
      if (!current[0]) return { ok: false, reason: 'not_found' };
      return { ok: false, reason: 'already_claimed', claimedBy: current[0].name ?? undefined };
    }
    await this.afterChange(claimed, 'advisor');
    return { ok: true, entry: (await this.entry(handoffId))! };
  }

  /** Gives a claimed conversation to a colleague; the member is told who they now talk to. */
  async reassign(handoffId: string, advisor: Advisor, to: Advisor): Promise<boolean> {
    const conversationId = await this.db.transaction(async (tx) => {
      const rows = await tx.query<{ conversation_id: string }>(
        `update handoff_request set advisor_id = $2 where id = $1 and status = 'claimed' returning conversation_id`,
        [handoffId, to.id],
      );
      const id = rows[0]?.conversation_id;
      if (!id) return undefined;
      await this.tellMember(tx, id, (texts) => texts.advisorJoined(to.firstName), 'notice');
      await this.audit(advisor.id, 'reassign', id, { to: to.id }, tx);
      return id;
    });
    if (!conversationId) return false;
    await this.afterChange(conversationId, 'advisor');
    return true;
  }

  /** The advisor writes; the member receives it on their own channel. Only the advisor who has the conversation may write. */
  async sendMessage(conversationId: string, advisor: Advisor, text: string): Promise<{ ok: boolean; messageId?: number }> {
    const clean = text.replace(/\r\n/g, '\n').trim().slice(0, 4_000);
    if (!clean) return { ok: false };
    const messageId = await this.db.transaction(async (tx) => {
      const owns = await tx.query(
        `select 1 from handoff_request h join conversation c on c.id = h.conversation_id
         where h.conversation_id = $1 and h.status = 'claimed' and h.advisor_id = $2 and c.state = 'advisor'`,
        [conversationId, advisor.id],
      );
      if (!owns.length) return undefined;
      const id = await this.tellMember(tx, conversationId, () => clean, 'advisor', advisor);
      await this.audit(advisor.id, 'message', conversationId, {}, tx);
      return id;
    });
    if (messageId === undefined) return { ok: false };
    await this.notify({ type: 'message', conversationId, messageId, author: 'advisor' });
    await this.deliver(conversationId);
    return { ok: true, messageId };
  }

  /** "Lämna tillbaka till boten": the bot answers again and the member is told. */
  async handBack(conversationId: string, advisor: Advisor): Promise<boolean> {
    return this.finish(conversationId, advisor, 'bot', 'hand_back', (texts) => texts.handedBack);
  }

  /** "Avsluta": the conversation closes; a later message starts a new bot conversation. */
  async close(conversationId: string, advisor: Advisor): Promise<boolean> {
    return this.finish(conversationId, advisor, 'closed', 'close', (texts) => texts.conversationClosed);
  }

  private async finish(conversationId: string, advisor: Advisor, state: 'bot' | 'closed', action: string, text: (texts: ReturnType<typeof textsFor>) => string): Promise<boolean> {
    const done = await this.db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `update conversation set state = $2, abstain_streak = 0, updated_at = now(), closed_at = case when $2 = 'closed' then now() else closed_at end
         where id = $1 and (state = 'queued' or (state = 'advisor' and exists (
           select 1 from handoff_request h where h.conversation_id = $1 and h.status = 'claimed' and h.advisor_id = $3)))
         returning id`,
        [conversationId, state, advisor.id],
      );
      if (!rows.length) return false;
      await tx.query(`update handoff_request set status = 'done', closed_at = now() where conversation_id = $1 and status in ('offered', 'queued', 'claimed')`, [conversationId]);
      await this.tellMember(tx, conversationId, text, 'notice');
      await this.audit(advisor.id, action, conversationId, {}, tx);
      return true;
    });
    if (done) await this.afterChange(conversationId, state);
    return done;
  }

  /** Erases one member's conversations (all conversations with the same member key on that channel). Audited without content. */
  async erase(conversationId: string, advisor: Advisor): Promise<number> {
    const rows = await this.db.query<{ id: string }>(
      `delete from conversation where id = $1
         or (member_key is not null and (channel, member_key) = (select channel, member_key from conversation where id = $1))
       returning id`,
      [conversationId],
    );
    await this.audit(advisor.id, 'erase', conversationId, { conversations: rows.length });
    this.options.logger.info('member conversations erased', { advisor: advisor.id, conversations: rows.length });
    await this.notify({ type: 'queue_changed' });
    return rows.length;
  }

  /** Live events from every instance. */
  async subscribe(listener: (event: AdvisorEvent) => void): Promise<() => Promise<void>> {
    return this.db.listen(ADVISOR_EVENTS, (payload) => {
      try {
        listener(JSON.parse(payload) as AdvisorEvent);
      } catch (error) {
        this.options.logger.warn('bad advisor event', { error: errorMessage(error) });
      }
    });
  }

  async notify(event: AdvisorEvent): Promise<void> {
    await this.db.notify(ADVISOR_EVENTS, JSON.stringify(event));
  }

  // ---- the engine's handoff policy ----

  closedUntil(language: Language): string | undefined | false {
    const { openingHours } = this.options;
    if (openingHours.isOpen()) return undefined;
    return openingHours.nextOpening(language) ?? false;
  }

  async callbackOffered(conversationId: string): Promise<void> {
    await this.db.query(`update handoff_request set callback_offered_at = now() where conversation_id = $1 and status = 'queued' and callback_offered_at is null`, [conversationId]);
  }

  async requestCallback(conversationId: string, phone: string): Promise<boolean> {
    const rows = await this.db.query<{ id: string }>(
      `update handoff_request set callback_phone = $2, callback_requested_at = now() where conversation_id = $1 and status = 'queued' returning id`,
      [conversationId, phone.slice(0, 20)],
    );
    if (rows.length) await this.notify({ type: 'queue_changed' });
    return rows.length > 0;
  }

  /**
   * Members who have waited longer than the configured time without anyone taking their
   * conversation are offered a callback (once). Run periodically by the server.
   */
  async offerCallbacksToLongWaits(): Promise<number> {
    const rows = await this.db.query<{ id: string; conversation_id: string }>(
      `update handoff_request set callback_offered_at = now()
       where status = 'queued' and callback_offered_at is null and callback_phone is null
         and coalesce(queued_at, created_at) < now() - make_interval(mins => $1)
       returning id, conversation_id`,
      [this.options.callbackAfterMinutes],
    );
    for (const row of rows) {
      await this.db.transaction((tx) => this.tellMember(tx, row.conversation_id, (texts) => texts.callbackOffer(undefined), 'notice'));
      await this.deliver(row.conversation_id);
    }
    return rows.length;
  }

  // ---- called by the conversation engine (hooks) ----

  /** A handoff entered the queue: store its summary and tell the consoles. */
  async onQueued(handoffId: string, conversationId: string): Promise<void> {
    try {
      const summary = await this.summarise(conversationId);
      await this.db.query('update handoff_request set summary = $2, summary_text = $3 where id = $1', [handoffId, JSON.stringify({ ...summary, generated: undefined }), summary.generated ?? null]);
    } catch (error) {
      this.options.logger.warn('summary failed', { conversation: conversationId, error: errorMessage(error).slice(0, 200) });
    }
    await this.notify({ type: 'queue_changed' });
  }

  async onMemberMessage(conversationId: string, messageId: number): Promise<void> {
    await this.notify({ type: 'message', conversationId, messageId, author: 'member' });
  }

  async onCancelled(): Promise<void> {
    await this.notify({ type: 'queue_changed' });
  }

  /** The member's questions, the intent, what the bot answered and cited; plus an LLM summary when configured. */
  async summarise(conversationId: string): Promise<HandoffSummary> {
    const transcript = await this.transcript(conversationId);
    const intents = await this.db.query<{ intent: string | null }>(
      `select intent from message where conversation_id = $1 and author = 'member' and intent is not null order by id desc limit 1`,
      [conversationId],
    );
    const summary: HandoffSummary = {
      questions: transcript.filter((m) => m.author === 'member').slice(-10).map((m) => redactPersonalData(m.text).slice(0, 500)),
      intent: intents[0]?.intent ?? undefined,
      botAnswers: transcript
        .filter((m) => m.author === 'bot' && (m.kind === 'answer' || m.kind === 'abstain'))
        .slice(-5)
        .map((m) => ({ text: m.text.slice(0, 400), sources: [...new Set(m.citations.map((c) => c.title))] })),
    };
    const { chatModel, prompts } = this.options;
    if (chatModel && prompts?.has('summary')) {
      const lines = transcript.slice(-30).map((m) => `${m.author === 'member' ? 'Medlem' : m.author === 'bot' ? 'Bot' : 'Rådgivare'}: ${redactPersonalData(m.text).slice(0, 600)}`);
      try {
        summary.generated = (await chatModel.complete(prompts.render('summary', { transcript: lines.join('\n') }), 'Sammanfatta samtalet.', { maxTokens: 300 })).trim().slice(0, 2_000);
      } catch (error) {
        this.options.logger.warn('LLM summary failed, using the structured summary', { error: errorMessage(error).slice(0, 200) });
      }
    }
    return summary;
  }

  // ---- internals ----

  private async tellMember(
    tx: Queryable,
    conversationId: string,
    text: (texts: ReturnType<typeof textsFor>) => string,
    kind: Reply['kind'],
    advisor?: Advisor,
  ): Promise<number> {
    const rows = await tx.query<{ channel: string; language: Language }>('select channel, language from conversation where id = $1', [conversationId]);
    const { channel, language } = rows[0]!;
    const body = text(textsFor(language, channel));
    const inserted = await tx.query<{ id: string | number }>(
      `insert into message(conversation_id, author, text, kind, channel, advisor_id) values ($1, $2, $3, $4, $5, $6) returning id`,
      [conversationId, advisor ? 'advisor' : 'system', body, kind, channel, advisor?.id ?? null],
    );
    const messageId = Number(inserted[0]!.id);
    const payload: OutboundMessage = { messageId, reply: { kind, text: body, citations: [], actions: [], language }, advisorName: advisor?.firstName };
    await this.options.outbox.enqueue({ conversationId, messageId, channel, payload: payload as never }, tx);
    return messageId;
  }

  private async afterChange(conversationId: string, state: ConversationState): Promise<void> {
    await this.notify({ type: 'conversation_changed', conversationId, state });
    await this.notify({ type: 'queue_changed' });
    await this.deliver(conversationId);
  }

  private async deliver(conversationId: string): Promise<void> {
    try {
      await this.options.deliver(conversationId);
    } catch (error) {
      // The message is in the outbox; the dispatcher's poll retries it.
      this.options.logger.warn('immediate delivery failed', { conversation: conversationId, error: errorMessage(error).slice(0, 200) });
    }
  }

  private async audit(advisorId: string, action: string, conversationId: string, detail: Record<string, unknown> = {}, tx: Queryable = this.db): Promise<void> {
    await tx.query('insert into audit_log(advisor_id, action, conversation_id, detail) values ($1, $2, $3, $4)', [advisorId, action, conversationId, JSON.stringify(detail)]);
  }

  private async toEntry(row: QueueRow): Promise<QueueEntry> {
    const stored = typeof row.summary === 'string' ? (JSON.parse(row.summary) as HandoffSummary) : row.summary;
    return {
      handoffId: row.handoff_id,
      conversationId: row.conversation_id,
      reason: row.reason,
      priority: row.priority,
      channel: row.channel,
      status: row.status,
      queuedAt: new Date(row.queued_at),
      waitSeconds: Math.max(0, Math.round(Number(row.wait_seconds))),
      position: row.position === null ? undefined : Number(row.position),
      advisorId: row.advisor_id ?? undefined,
      advisorName: row.advisor_name ?? undefined,
      callbackPhone: row.callback_phone ?? undefined,
      summary: stored ? { ...stored, generated: row.summary_text ?? undefined } : await this.summarise(row.conversation_id),
    };
  }
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
