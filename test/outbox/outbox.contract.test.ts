import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import type { OutboundMessage } from '../../src/core/types.js';
import { OutboxDispatcher, PermanentDeliveryError, type Deliverer } from '../../src/outbox/dispatcher.js';
import type { Db } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/index.js';
import { ConversationRepository } from '../../src/store/repositories/conversations.js';
import { OutboxRepository, type OutboxItem } from '../../src/store/repositories/outbox.js';
import { contractDatabases } from '../helpers/databases.js';

const databases = await contractDatabases();

const message = (text: string): OutboundMessage => ({ reply: { kind: 'notice', text, citations: [], actions: [], language: 'sv' } });

/** A channel that records what it was given and fails on demand (the dispatcher's contract is under test, not a channel). */
class RecordingChannel implements Deliverer {
  readonly delivered: string[] = [];
  failures: (Error | undefined)[] = [];
  async deliver(item: OutboxItem<OutboundMessage>): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.delivered.push(item.payload.reply.text);
  }
}

describe.each(databases)('outbox on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let url: string | undefined;
  let conversations: ConversationRepository;
  let outbox: OutboxRepository;

  const dispatcher = (channel: RecordingChannel, target: Db = db, repo = outbox) => {
    const d = new OutboxDispatcher({ db: target, outbox: repo, logger: silentLogger, backoff: () => 0, maxAttempts: 3 });
    d.register('test', channel);
    return d;
  };

  async function enqueue(conversationId: string, text: string): Promise<number> {
    const { id } = await conversations.addMessage({ conversationId, author: 'bot', text, channel: 'test' });
    return outbox.enqueue({ conversationId, messageId: id, channel: 'test', payload: message(text) as never });
  }

  beforeAll(async () => {
    ({ db, drop, url } = await database.open());
    conversations = new ConversationRepository(db);
    outbox = new OutboxRepository(db);
  });
  afterAll(async () => drop());

  it('a message queued before a crash is delivered by the next dispatcher', async () => {
    const conversation = await conversations.openConversation('test', 'crash-1');
    const id = await enqueue(conversation.id, 'svar före kraschen');
    // The process "dies" here: nothing delivered. A new dispatcher (any instance) picks it up.
    const channel = new RecordingChannel();
    expect(await dispatcher(channel).drain()).toBe(1);
    expect(channel.delivered).toEqual(['svar före kraschen']);
    expect((await outbox.status(id))?.status).toBe('delivered');
    expect(await dispatcher(new RecordingChannel()).drain()).toBe(0);
  });

  it('marks requested together are written in one statement; each settles with it, and a failure already recorded stands', async () => {
    const conversation = await conversations.openConversation('test', 'marks-1');
    const ids = [await enqueue(conversation.id, 'ett'), await enqueue(conversation.id, 'två'), await enqueue(conversation.id, 'tre')];
    await outbox.markAttemptFailed(ids[2]!, 'gave up', undefined);
    const statements: string[] = [];
    const counting = new OutboxRepository({ ...db, query: (sql: string, params?: unknown[]) => (statements.push(sql), db.query(sql, params)) } as Db);
    await Promise.all(ids.map((id) => counting.markDelivered(id)));
    expect(statements).toHaveLength(1);
    expect((await Promise.all(ids.map((id) => outbox.status(id)))).map((s) => s?.status)).toEqual(['delivered', 'delivered', 'failed']);
    // A mark requested while that statement runs goes in the next one.
    const later = await enqueue(conversation.id, 'fyra');
    const first = counting.markDelivered(ids[0]!);
    await Promise.resolve();
    await Promise.resolve();
    const second = counting.markDelivered(later);
    await Promise.all([first, second]);
    expect((await outbox.status(later))?.status).toBe('delivered');
    expect(statements.length).toBeGreaterThanOrEqual(2);
  });

  it('an expired claim (a crash mid-delivery) is delivered again by another dispatcher', async () => {
    const conversation = await conversations.openConversation('test', 'lease-1');
    await enqueue(conversation.id, 'påbörjad');
    const claimed = await outbox.claimConversation(conversation.id, 1);
    expect(claimed).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    const channel = new RecordingChannel();
    expect(await dispatcher(channel).deliverConversation(conversation.id)).toBe(1);
    expect(channel.delivered).toEqual(['påbörjad']);
  });

  it('retries with back-off and keeps a conversation in order', async () => {
    const conversation = await conversations.openConversation('test', 'order-1');
    const first = await enqueue(conversation.id, 'ett');
    await enqueue(conversation.id, 'två');
    const channel = new RecordingChannel();
    channel.failures = [new Error('503 from the connector')];
    const d = dispatcher(channel);
    expect(await d.deliverConversation(conversation.id)).toBe(0);
    expect(channel.delivered).toEqual([]); // "två" waits for "ett"
    const status = await outbox.status(first);
    expect(status).toMatchObject({ status: 'pending', attempts: 1, lastError: '503 from the connector' });
    expect(await d.deliverConversation(conversation.id)).toBe(2);
    expect(channel.delivered).toEqual(['ett', 'två']);
  });

  it('ends as a visible failure after the last attempt, or at once when retrying cannot help', async () => {
    const conversation = await conversations.openConversation('test', 'fail-1');
    const id = await enqueue(conversation.id, 'kommer aldrig fram');
    const channel = new RecordingChannel();
    channel.failures = [new Error('a'), new Error('b'), new Error('c')];
    const d = dispatcher(channel);
    for (let i = 0; i < 3; i++) await d.deliverConversation(conversation.id);
    expect(await outbox.status(id)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'c' });

    const other = await conversations.openConversation('test', 'fail-2');
    const gone = await enqueue(other.id, 'boten är borttagen');
    channel.failures = [new PermanentDeliveryError('Bot Connector answered 403')];
    await d.deliverConversation(other.id);
    expect(await outbox.status(gone)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('messages for channels this instance does not serve stay queued', async () => {
    const conversation = await conversations.openConversation('sms', 'not-here');
    const { id } = await conversations.addMessage({ conversationId: conversation.id, author: 'bot', text: 'x', channel: 'sms' });
    const queued = await outbox.enqueue({ conversationId: conversation.id, messageId: id, channel: 'sms', payload: message('x') as never });
    await dispatcher(new RecordingChannel()).drain();
    expect((await outbox.status(queued))?.status).toBe('pending');
  });

  it('two instances draining at once deliver every message exactly once', async () => {
    const ids: number[] = [];
    for (let c = 0; c < 6; c++) {
      const conversation = await conversations.openConversation('test', `race-${c}`);
      for (let m = 0; m < 3; m++) ids.push(await enqueue(conversation.id, `c${c}-m${m}`));
    }
    // A second instance: its own connection(s) to the same database (PGlite has only one, so it shares it).
    const second = url ? await openDatabase({ databaseUrl: url }) : db;
    const a = new RecordingChannel();
    const b = new RecordingChannel();
    await Promise.all([dispatcher(a).drain(), dispatcher(b, second, new OutboxRepository(second)).drain()]);
    if (second !== db) await second.close();
    const all = [...a.delivered, ...b.delivered].filter((t) => t.startsWith('c'));
    expect(all.sort()).toEqual(ids.map((_, i) => `c${Math.floor(i / 3)}-m${i % 3}`).sort());
    for (const channel of [a, b]) {
      // Within one instance, each conversation's messages arrived in order.
      for (let c = 0; c < 6; c++) {
        const mine = channel.delivered.filter((t) => t.startsWith(`c${c}-`));
        expect(mine).toEqual([...mine].sort());
      }
    }
  });

  it('NOTIFY wakes a started dispatcher on another instance', async () => {
    const conversation = await conversations.openConversation('test', 'notify-1');
    const channel = new RecordingChannel();
    const d = new OutboxDispatcher({ db, outbox, logger: silentLogger, pollIntervalMs: 60_000 });
    d.register('test', channel);
    await d.start();
    await new Promise((r) => setTimeout(r, 50));
    await enqueue(conversation.id, 'väckt');
    await d.announce(conversation.id);
    for (let i = 0; i < 50 && !channel.delivered.includes('väckt'); i++) await new Promise((r) => setTimeout(r, 20));
    await d.stop();
    expect(channel.delivered).toContain('väckt');
  });
});
