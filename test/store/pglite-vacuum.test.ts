import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { openPglite } from '../../src/store/pglite.js';
import { openPgliteWorker } from '../../src/store/pglite-worker.js';

/**
 * PGlite has no autovacuum: without the store's own VACUUM every update leaves a dead row for
 * good. These tests count dead rows through PostgreSQL's own statistics.
 */
describe.each([
  ['in this thread', openPglite],
  ['on its own thread', openPgliteWorker],
] as const)('the embedded database %s', (_, open) => {
  let db: Db | undefined;
  afterEach(async () => db?.close());

  const deadRows = async (database: Db) => {
    // The statistics are flushed at the end of each transaction; a fresh snapshot is read.
    await database.query('select pg_stat_clear_snapshot()');
    const [row] = await database.query<{ n_dead_tup: string | number; vacuum_count: string | number }>(
      `select n_dead_tup, vacuum_count from pg_stat_user_tables where relname = 'counter'`,
    );
    return { dead: Number(row!.n_dead_tup), vacuums: Number(row!.vacuum_count) };
  };

  it('vacuums after every so many statements, so updated rows do not pile up', async () => {
    db = await open({ vacuumEvery: 50 });
    await db.exec('create table counter (id int primary key, n int not null)');
    await db.query('insert into counter values (1, 0)');
    for (let i = 0; i < 240; i++) await db.query('update counter set n = n + 1 where id = $1', [1]);
    // Wait for the VACUUM queued behind the last statement.
    await db.query('select 1');
    const { dead, vacuums } = await deadRows(db);
    expect(vacuums).toBeGreaterThanOrEqual(4);
    expect(dead).toBeLessThan(60);
    expect((await db.query<{ n: number }>('select n from counter'))[0]!.n).toBe(240);
  });

  it('never vacuums inside a transaction (VACUUM cannot run there): the one due waits for the commit', async () => {
    db = await open({ vacuumEvery: 5 });
    await db.exec('create table counter (id int primary key, n int not null)');
    await db.query('insert into counter values (1, 0)');
    await db.transaction(async (tx) => {
      for (let i = 0; i < 20; i++) await tx.query('update counter set n = n + 1 where id = $1', [1]);
    });
    await db.query('select 1');
    expect((await deadRows(db)).vacuums).toBeGreaterThanOrEqual(1);
    expect((await db.query<{ n: number }>('select n from counter'))[0]!.n).toBe(20);
  });

  it('plans its prepared statements again after a VACUUM, with the table sizes it brought up to date', async () => {
    db = await open({ vacuumEvery: 40 });
    await db.exec('create table items (id serial primary key, k int not null, v text not null)');
    const lookup = 'select v from items where k = $1';
    const prepared = async (database: Db) =>
      (await database.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements where statement = $1', [lookup]))[0]!.n;
    await db.query(lookup, [1]);
    expect(await prepared(db)).toBe(1);
    for (let i = 0; i < 45; i++) await db.query('insert into items (k, v) values ($1, $2)', [i, `v${i}`]);
    await db.query('select 1');
    // Prepared before the VACUUM, so gone; the next lookup prepares (and plans) it afresh.
    expect(await prepared(db)).toBe(0);
    expect(await db.query(lookup, [7])).toEqual([{ v: 'v7' }]);
    expect(await prepared(db)).toBe(1);
  });

  it('without enough statements, does not vacuum', async () => {
    db = await open({ vacuumEvery: 1_000 });
    await db.exec('create table counter (id int primary key, n int not null)');
    await db.query('insert into counter values (1, 0)');
    for (let i = 0; i < 30; i++) await db.query('update counter set n = n + 1 where id = $1', [1]);
    expect(await deadRows(db)).toMatchObject({ vacuums: 0 });
  });
});
