import type { Logger } from '../core/log.js';
import type { Db } from '../store/db.js';

/**
 * Deletes transcripts older than the retention period: conversations (with their messages,
 * handoffs, outbox rows and feedback, by cascade) not updated for `days`, and Direct Line
 * activity streams and received SMS as old. Logs counts only, never content.
 */
export async function purgeExpiredTranscripts(db: Db, days: number, logger: Logger): Promise<{ conversations: number; activities: number }> {
  const conversations = await db.query<{ id: string }>(
    `delete from conversation where updated_at < now() - make_interval(days => $1) and state <> 'advisor' returning id`,
    [days],
  );
  const activities = await db.query<{ id: string }>(`delete from directline_activity where created_at < now() - make_interval(days => $1) returning id`, [days]);
  // The SMS inbox keeps only ids and keyed hashes once handled (for redeliveries and rate limits); a
  // text that could not be handled keeps its body until it expires too. Opt-outs are never expired.
  await db.query(`delete from sms_inbound where received_at < now() - make_interval(days => $1)`, [days]);
  await db.query(`delete from sms_continuation where updated_at < now() - make_interval(days => $1)`, [days]);
  await db.query(`delete from channel_address a where not exists (select 1 from conversation c where c.channel = a.channel and c.channel_conversation_id = a.channel_conversation_id)`);
  const result = { conversations: conversations.length, activities: activities.length };
  if (result.conversations || result.activities) logger.info('retention: expired transcripts deleted', { days, ...result });
  return result;
}
