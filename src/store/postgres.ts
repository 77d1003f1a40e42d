import pg from 'pg';
import { ChannelListeners } from './channel-listeners.js';
import { assertChannelName, type Db, type Queryable } from './db.js';

export interface PostgresOptions {
  connectionString: string;
  maxConnections?: number;
}

/** Distinct statements kept prepared on each connection; others run unnamed. */
const MAX_PREPARED = 500;

/**
 * {@link Db} over a `pg` pool. LISTEN uses one dedicated client that reconnects on error.
 *
 * Each parameterised statement is a named prepared statement on every connection that runs
 * it (parsed once per connection), with one generic plan per statement (`plan_cache_mode`):
 * PostgreSQL otherwise parses and plans the turn's CTE statements again at every execution.
 * The statements look rows up by key, or through partial indexes on constant conditions,
 * where the generic plan is the one a value would get.
 */
export async function openPostgres({ connectionString, maxConnections = 10 }: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: maxConnections, connectionTimeoutMillis: 5_000, options: '-c plan_cache_mode=force_generic_plan' });
  const names = new Map<string, string>();
  let counter = 0;
  const nameOf = (sql: string): string | undefined => {
    let name = names.get(sql);
    if (!name && names.size < MAX_PREPARED) names.set(sql, (name = `radgivaren_${++counter}`));
    return name;
  };
  // Surface connection errors of idle clients instead of crashing the process.
  pool.on('error', () => {});
  await pool.query('select 1');

  const listeners = new ChannelListeners();
  let listenClient: pg.Client | undefined;
  let closed = false;

  async function ensureListenClient(): Promise<pg.Client> {
    if (listenClient) return listenClient;
    const client = new pg.Client({ connectionString });
    await client.connect();
    client.on('notification', (msg) => listeners.dispatch(msg.channel, msg.payload ?? ''));
    client.on('error', () => {
      listenClient = undefined;
      if (closed) return;
      setTimeout(() => {
        void resubscribe();
      }, 500);
    });
    listenClient = client;
    return client;
  }

  async function resubscribe(): Promise<void> {
    try {
      const client = await ensureListenClient();
      for (const channel of listeners.channels()) await client.query(`LISTEN ${channel}`);
    } catch {
      if (!closed) setTimeout(() => void resubscribe(), 1_000);
    }
  }

  const queryable = (runner: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params?: unknown[]) {
      if (!params?.length) return (await runner.query(sql)).rows as R[];
      try {
        return (await runner.query({ name: nameOf(sql), text: sql, values: params })).rows as R[];
      } catch (error) {
        // A table the statement reads changed shape since it was prepared (a migration by
        // another instance): prepare it again under a new name.
        if ((error as { code?: string }).code !== '0A000' || !names.has(sql)) throw error;
        names.delete(sql);
        return (await runner.query({ name: nameOf(sql), text: sql, values: params })).rows as R[];
      }
    },
    async exec(sql: string) {
      await runner.query(sql);
    },
  });

  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload) =>
      listeners.add(channel, onPayload, {
        subscribe: async () => (await ensureListenClient()).query(`LISTEN ${channel}`),
        unsubscribe: async () => listenClient?.query(`UNLISTEN ${channel}`).catch(() => {}),
      }),
    async notify(channel, payload) {
      assertChannelName(channel);
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      closed = true;
      await listenClient?.end().catch(() => {});
      await pool.end();
    },
  };
}
