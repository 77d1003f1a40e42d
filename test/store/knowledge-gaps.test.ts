import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { KnowledgeGapRepository } from '../../src/store/repositories/knowledge-gaps.js';
import { contractDatabases } from '../helpers/databases.js';

const databases = await contractDatabases();

describe.each(databases)('knowledge gaps on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, drop } = await database.open());
  });
  afterAll(async () => drop());

  async function conversation(turns: Array<{ author: 'member' | 'bot'; text: string; kind?: string; rating?: 'up' | 'down'; daysAgo?: number }>): Promise<void> {
    const id = randomUUID();
    await db.query(`insert into conversation (id, channel, channel_conversation_id) values ($1, 'webchat', $2)`, [id, id]);
    for (const turn of turns) {
      const [row] = await db.query<{ id: string }>(
        `insert into message (conversation_id, author, text, kind, channel, created_at) values ($1, $2, $3, $4, 'webchat', now() - make_interval(days => $5::int)) returning id`,
        [id, turn.author, turn.text, turn.kind ?? null, turn.daysAgo ?? 0],
      );
      if (turn.rating) await db.query(`insert into answer_feedback (message_id, conversation_id, rating) values ($1, $2, $3)`, [row!.id, id, turn.rating]);
    }
  }

  it('lists the questions the bot abstained on or that got 👎, newest first, within the period', async () => {
    await conversation([
      { author: 'member', text: 'Hur många semesterdagar har jag?' },
      { author: 'bot', text: 'Det hittar jag inget svar på.', kind: 'abstain' },
      { author: 'member', text: 'Hur blir jag medlem?' },
      { author: 'bot', text: 'Sms:a VISION till 71501.', kind: 'answer', rating: 'up' },
      { author: 'member', text: 'Vad kostar medlemskapet?' },
      { author: 'bot', text: 'Enligt …', kind: 'answer', rating: 'down' },
    ]);
    await conversation([
      { author: 'member', text: 'En gammal fråga', daysAgo: 40 },
      { author: 'bot', text: 'Det hittar jag inget svar på.', kind: 'abstain', daysAgo: 40 },
    ]);
    const gaps = await new KnowledgeGapRepository(db).recent({ days: 30 });
    expect(gaps.map((g) => [g.question, g.reason])).toEqual([
      ['Vad kostar medlemskapet?', 'thumbs_down'],
      ['Hur många semesterdagar har jag?', 'abstained'],
    ]);
    expect((await new KnowledgeGapRepository(db).recent({ days: 60 })).map((g) => g.question)).toContain('En gammal fråga');
  });
});
