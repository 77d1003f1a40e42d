import type { Db } from '../db.js';

export interface StoredActivity {
  seq: number;
  activity: Record<string, unknown>;
}

/** The activity streams of the built-in Direct Line endpoint; any instance can append or read. */
export class DirectLineRepository {
  constructor(private readonly db: Db) {}

  /** Appends an activity; `build` receives the sequence number (the watermark) to derive the activity id from. */
  async append(conversationKey: string, build: (seq: number) => Record<string, unknown>): Promise<StoredActivity> {
    const [{ seq }] = (await this.db.query<{ seq: string | number }>(`select nextval('directline_activity_id_seq') as seq`)) as [{ seq: string | number }];
    const activity = build(Number(seq));
    await this.db.query('insert into directline_activity(id, conversation_key, activity) values ($1, $2, $3)', [seq, conversationKey, JSON.stringify(activity)]);
    return { seq: Number(seq), activity };
  }

  /** Activities after the watermark, oldest first. */
  async after(conversationKey: string, watermark: number, limit = 100): Promise<StoredActivity[]> {
    const rows = await this.db.query<{ id: string | number; activity: Record<string, unknown> | string }>(
      'select id, activity from directline_activity where conversation_key = $1 and id > $2 order by id limit $3',
      [conversationKey, watermark, limit],
    );
    return rows.map((r) => ({ seq: Number(r.id), activity: typeof r.activity === 'string' ? JSON.parse(r.activity) : r.activity }));
  }

  async exists(conversationKey: string): Promise<boolean> {
    const rows = await this.db.query('select 1 from directline_activity where conversation_key = $1 limit 1', [conversationKey]);
    return rows.length > 0;
  }
}
