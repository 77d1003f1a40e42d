import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/index.js';

/**
 * The databases a contract suite runs against: PGlite always, and PostgreSQL when one is
 * reachable at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test). With
 * REQUIRE_POSTGRES=1 (set by .ci/run) an unreachable PostgreSQL fails the suite instead of
 * being skipped. Each PostgreSQL test database is created fresh and dropped afterwards.
 */
export interface TestDatabase {
  name: 'pglite' | 'pglite-in-thread' | 'postgres';
  open(): Promise<{ db: Db; url?: string; drop(): Promise<void> }>;
}

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let reachable: Promise<boolean> | undefined;

export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (error) {
      if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${POSTGRES_URL} is unreachable: ${String(error)}`);
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

/** Creates an empty PostgreSQL database and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `radgivaren_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export const pgliteDatabase: TestDatabase = {
  name: 'pglite',
  async open() {
    const db = await openDatabase({});
    return { db, drop: async () => db.close() };
  },
};

/** PGlite on the caller's own thread (what the default runs on its database thread). */
export const pgliteInThreadDatabase: TestDatabase = {
  name: 'pglite-in-thread',
  async open() {
    const db = await openDatabase({ embeddedThread: false });
    return { db, drop: async () => db.close() };
  },
};

export const postgresDatabase: TestDatabase = {
  name: 'postgres',
  async open() {
    const created = await createPostgresDatabase();
    const db = await openDatabase({ databaseUrl: created.url });
    return {
      db,
      url: created.url,
      drop: async () => {
        await db.close();
        await created.drop();
      },
    };
  },
};

/** The databases to run a contract suite against, decided before the suite is declared. */
export async function contractDatabases(): Promise<TestDatabase[]> {
  return (await postgresReachable()) ? [pgliteDatabase, postgresDatabase] : [pgliteDatabase];
}
