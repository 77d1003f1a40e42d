import type { Db } from './db.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPgliteWorker } from './pglite-worker.js';
import { openPostgres } from './postgres.js';

export type { Db, Queryable, DbKind } from './db.js';
export { migrate } from './migrate.js';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; without it an embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite data directory; omit for in-memory. */
  dataDir?: string;
  /** Whether the embedded database runs on its own thread (the default) or on this one. */
  embeddedThread?: boolean;
}

/** Opens the configured database and applies pending migrations. */
export async function openDatabase({ databaseUrl, dataDir, embeddedThread = true }: OpenDatabaseOptions): Promise<Db> {
  const db = databaseUrl
    ? await openPostgres({ connectionString: databaseUrl })
    : embeddedThread
      ? await openPgliteWorker({ dataDir })
      : await openPglite({ dataDir });
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
