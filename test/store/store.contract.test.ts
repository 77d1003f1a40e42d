import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { ConversationRepository, PRIORITY } from '../../src/store/repositories/conversations.js';
import { KnowledgeRepository } from '../../src/store/repositories/knowledge.js';
import { contractDatabases } from '../helpers/databases.js';

const databases = await contractDatabases();
if (databases.length === 1) console.warn('PostgreSQL not reachable: store contract suite runs on PGlite only (CI sets REQUIRE_POSTGRES=1)');

describe.each(databases)('store contract on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let conversations: ConversationRepository;
  let knowledge: KnowledgeRepository;

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    conversations = new ConversationRepository(db);
    knowledge = new KnowledgeRepository(db);
  });
  afterAll(async () => drop());

  it('applies migrations once; a second run applies nothing', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ version: string }>('select version from schema_migration order by version');
    expect(rows.map((r) => r.version)).toContain('001_knowledge');
  });

  it('opens one conversation per channel conversation, and a new one after closing', async () => {
    const a = await conversations.openConversation('webchat', 'c-1');
    const b = await conversations.openConversation('webchat', 'c-1');
    expect(b.id).toBe(a.id);
    expect(a.state).toBe('bot');
    const other = await conversations.openConversation('msteams', 'c-1');
    expect(other.id).not.toBe(a.id);
    await conversations.update(a.id, { state: 'closed' });
    const fresh = await conversations.openConversation('webchat', 'c-1');
    expect(fresh.id).not.toBe(a.id);
    expect(fresh.state).toBe('bot');
  });

  it('opens the same conversation when many requests race', async () => {
    const opened = await Promise.all(Array.from({ length: 10 }, () => conversations.openConversation('webchat', 'race')));
    expect(new Set(opened.map((c) => c.id)).size).toBe(1);
  });

  it('stores messages in order and ignores a redelivered provider message id', async () => {
    const c = await conversations.openConversation('sms', 'num-1');
    const first = await conversations.addMessage({ conversationId: c.id, author: 'member', text: 'Hej <b>där</b>', channel: 'sms', providerMessageId: 'SM1' });
    const again = await conversations.addMessage({ conversationId: c.id, author: 'member', text: 'Hej <b>där</b>', channel: 'sms', providerMessageId: 'SM1' });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    await conversations.addMessage({
      conversationId: c.id,
      author: 'bot',
      text: 'Svar [1]',
      channel: 'sms',
      kind: 'answer',
      citations: [{ n: 1, documentId: 'd.md', title: 'T', text: 'passage' }],
    });
    const messages = await conversations.messages(c.id);
    expect(messages.map((m) => m.author)).toEqual(['member', 'bot']);
    expect(messages[0]!.text).toBe('Hej <b>där</b>');
    expect(messages[1]!.citations[0]!.title).toBe('T');
  });

  it('returns recent member messages oldest first, before a given message', async () => {
    const c = await conversations.openConversation('webchat', 'history');
    const ids: number[] = [];
    for (const text of ['ett', 'två', 'tre', 'fyra']) ids.push((await conversations.addMessage({ conversationId: c.id, author: 'member', text, channel: 'webchat' })).id);
    expect(await conversations.recentMemberTexts(c.id, ids[3]!, { limit: 2 })).toEqual(['två', 'tre']);
  });

  it('records handoff requests with reason and priority, raising but never lowering priority', async () => {
    const c = await conversations.openConversation('webchat', 'handoff');
    const h = await conversations.createHandoff({ conversationId: c.id, reason: 'personal_case', priority: PRIORITY.high, channel: 'webchat', status: 'offered', topic: 'dismissal' });
    expect((await conversations.activeHandoff(c.id))?.status).toBe('offered');
    await conversations.updateHandoff(h.id, { status: 'queued', priority: PRIORITY.urgent, reason: 'crisis' });
    await conversations.updateHandoff(h.id, { priority: PRIORITY.normal });
    const active = await conversations.activeHandoff(c.id);
    expect(active).toMatchObject({ status: 'queued', priority: PRIORITY.urgent, reason: 'crisis', topic: 'dismissal' });
    expect(active?.queuedAt).toBeInstanceOf(Date);
  });

  it('indexes documents with Swedish lexemes and ranks by BM25, and removes deleted documents', async () => {
    await knowledge.upsertDocument(
      { id: 'a.md', contentHash: 'h1', title: 'Inkomstförsäkring', tags: ['försäkring'], published: '2020-01-02' },
      [{ ordinal: 0, text: 'Inkomstförsäkringen ingår i medlemskapet.', indexText: 'inkomstförsäkringen inkomst försäkringen ingår i medlemskapet' }],
    );
    await knowledge.upsertDocument(
      { id: 'b.md', contentHash: 'h2', title: 'Arbetsmiljö', tags: [] },
      [{ ordinal: 0, heading: 'Stress', text: 'Arbetsmiljön på socialkontoret.', indexText: 'arbetsmiljön arbets miljön på socialkontoret social kontoret' }],
    );
    await knowledge.refreshStatistics();
    const hits = await knowledge.searchLexical([{ word: 'försäkring', concept: 0, weight: 1 }], 5);
    expect(hits.map((h) => h.chunkId)).toEqual(['a.md#0']);
    const [chunk] = await knowledge.chunks(['a.md#0']);
    expect(chunk).toMatchObject({ title: 'Inkomstförsäkring', published: '2020-01-02', text: 'Inkomstförsäkringen ingår i medlemskapet.' });
    const idf = await knowledge.conceptIdf([{ word: 'försäkring', concept: 0, weight: 1 }, { word: 'thailand', concept: 1, weight: 1 }]);
    expect(idf.get(1)!.idf).toBeGreaterThan(idf.get(0)!.idf);
    expect(idf.get(1)!.df).toBe(0);
    expect((await knowledge.stats()).chunkCount).toBe(2);
    expect(new Map(await knowledge.vocabulary()).get('inkomstförsäkringen')).toBe(1);

    await knowledge.deleteDocuments(['a.md']);
    await knowledge.refreshStatistics();
    expect(await knowledge.searchLexical([{ word: 'försäkring', concept: 0, weight: 1 }], 5)).toEqual([]);
    expect([...(await knowledge.documentHashes()).keys()]).toEqual(['b.md']);
  });

  it('stores float32 embeddings as bytes and reads them back', async () => {
    await knowledge.saveEmbeddings('m', [{ chunkId: 'b.md#0', vector: Float32Array.from([0.5, -1, 2]) }]);
    const [row] = await knowledge.embeddings('m');
    expect(Array.from(row!.vector)).toEqual([0.5, -1, 2]);
    expect(await knowledge.chunksWithoutEmbedding('m')).toEqual([]);
  });

  it('delivers NOTIFY payloads to listeners', async () => {
    const received: string[] = [];
    const unlisten = await db.listen('contract_test', (payload) => received.push(payload));
    await db.notify('contract_test', 'hello');
    await expect.poll(() => received, { timeout: 5_000 }).toEqual(['hello']);
    await unlisten();
  });
});
