import type { Db } from '../db.js';

export type Rating = 'up' | 'down';

/** 👍/👎 on a bot answer, stored against the answer message (the latest press counts). */
export class FeedbackRepository {
  constructor(private readonly db: Db) {}

  /** Returns false when the message is not a bot answer in the given channel conversation. */
  async rate(messageId: number, channel: string, channelConversationId: string, rating: Rating): Promise<boolean> {
    const rows = await this.db.query<{ id: string }>(
      `insert into answer_feedback(message_id, conversation_id, rating)
       select m.id, m.conversation_id, $4 from message m join conversation c on c.id = m.conversation_id
       where m.id = $1 and m.author = 'bot' and c.channel = $2 and c.channel_conversation_id = $3
       on conflict (message_id) do update set rating = excluded.rating, created_at = now()
       returning id`,
      [messageId, channel, channelConversationId, rating],
    );
    return rows.length > 0;
  }

  async forMessage(messageId: number): Promise<Rating | undefined> {
    const rows = await this.db.query<{ rating: Rating }>('select rating from answer_feedback where message_id = $1', [messageId]);
    return rows[0]?.rating;
  }
}
