import type { Queryable } from '../db.js';

/** A member question the bot could not answer, or whose answer the member marked 👎. */
export interface KnowledgeGap {
  /** The member's message the reply answered, as stored (redact before showing it). */
  question: string;
  reason: 'abstained' | 'thumbs_down';
  at: Date;
}

/**
 * What the knowledge editor needs to see: the questions the documents did not answer. Reads
 * bot replies that abstained or got 👎 feedback, each with the member message before it.
 */
export class KnowledgeGapRepository {
  constructor(private readonly db: Queryable) {}

  async recent({ days = 30, limit = 200 }: { days?: number; limit?: number } = {}): Promise<KnowledgeGap[]> {
    const rows = await this.db.query<{ question: string; kind: string | null; rating: string | null; at: Date | string }>(
      `select q.text as question, r.kind, f.rating, r.created_at as at
         from message r
         left join answer_feedback f on f.message_id = r.id
         join lateral (
           select m.text from message m
            where m.conversation_id = r.conversation_id and m.author = 'member' and m.id < r.id
            order by m.id desc limit 1
         ) q on true
        where r.author = 'bot'
          and r.created_at > now() - make_interval(days => $1::int)
          and (r.kind = 'abstain' or f.rating = 'down')
        order by r.created_at desc, r.id desc
        limit $2`,
      [days, limit],
    );
    return rows.map((r) => ({ question: r.question, reason: r.kind === 'abstain' ? 'abstained' : 'thumbs_down', at: new Date(r.at) }));
  }
}
