import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { assertChannelName, type Db, type Queryable } from './db.js';

export interface PgliteOptions {
  /** Directory to persist the database in; omit for an in-memory database (tests). */
  dataDir?: string;
}

/** {@link Db} over an embedded PGlite database (one connection; queries are serialised). */
export async function openPglite({ dataDir }: PgliteOptions = {}): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);

  const queryable = (runner: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<R>(sql: string, params?: unknown[]) {
      const result = await runner.query<R>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await runner.exec(sql);
    },
  });

  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    async listen(channel, onPayload) {
      assertChannelName(channel);
      const unsubscribe = await db.listen(channel, onPayload);
      return async () => {
        await unsubscribe();
      };
    },
    async notify(channel, payload) {
      assertChannelName(channel);
      await db.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await db.close();
    },
  };
}
