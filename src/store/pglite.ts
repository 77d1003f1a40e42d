import { mkdirSync } from 'node:fs';
import { Mutex, PGlite, protocol } from '@electric-sql/pglite';
import { ChannelListeners } from './channel-listeners.js';
import { assertChannelName, type Db, type Queryable } from './db.js';

export interface PgliteOptions {
  /** Directory to persist the database in; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Statements between two VACUUMs (see {@link openPglite}); default {@link VACUUM_EVERY}. */
  vacuumEvery?: number;
}

/**
 * PGlite runs PostgreSQL without its background processes, so no autovacuum ever runs: every
 * update and delete leaves a dead row and a dead index entry behind for good, and each turn's
 * statements walk over more of them (the database's time per turn doubled within 8,000 turns).
 * This many statements after the last one, a VACUUM runs between two statements; with few dead
 * rows it takes a few milliseconds. The prepared statements are planned again after it.
 */
export const VACUUM_EVERY = 2_000;

const { serialize } = protocol;

/** A named prepared statement: its parameter types and result columns, from one Describe. */
interface Statement {
  name: string;
  paramTypes: number[];
  columns: Array<{ name: string; type: number }>;
}

/** Prepared statements kept at most; the least recently used is closed beyond this. */
const MAX_STATEMENTS = 200;

/**
 * {@link Db} over an embedded PGlite database (one connection; statements are serialised).
 *
 * Every `query` runs as a named prepared statement: parsed, described and planned once per SQL
 * text, then one Bind/Execute/Sync round trip into the WebAssembly backend per call, with one
 * generic plan (see below). PGlite's own `query` parses, describes and plans every call again
 * over six round trips, which was most of the
 * time of the short statements of a turn. Parameters and results are converted with PGlite's
 * own serialisers and parsers, so values come back as they did from PGlite's `query`.
 * `exec` (migrations, DDL) first deallocates the prepared statements, so none outlives a
 * change to the tables it reads.
 */
export async function openPglite({ dataDir, vacuumEvery = VACUUM_EVERY }: PgliteOptions = {}): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  // One plan per prepared statement, made at its first execution. PostgreSQL otherwise keeps
  // planning the turn's statements (CTEs over several tables) afresh at every execution, as a
  // plan for the given values estimates only a little cheaper; that planning was about a third
  // of the database thread's time per message. The statements look rows up by key, or through
  // partial indexes on constant conditions, where the generic plan is the one a value would get.
  await pg.exec('set plan_cache_mode = force_generic_plan');
  // One statement at a time on the wire (PGlite keeps per-call state), and no other statement
  // inside a transaction: the same two locks PGlite's own query/transaction take.
  const wire = new Mutex();
  const gate = new Mutex();
  const statements = new Map<string, Promise<Statement>>();
  const listeners = new ChannelListeners();
  let counter = 0;
  let sinceVacuum = 0;
  let inTransaction = false;
  let closed = false;

  pg.onNotification((channel, payload) => listeners.dispatch(channel, payload));

  const run = (message: Uint8Array) =>
    wire.runExclusive(() => {
      if (closed) throw new Error('the database is closed');
      return pg.execProtocol(message, { syncToFs: !inTransaction });
    });

  function prepare(sql: string): Promise<Statement> {
    let statement = statements.get(sql);
    if (statement) {
      // Most recently used last, so the first entry is the one to close.
      statements.delete(sql);
    } else {
      statement = describe(sql);
      statement.catch(() => statements.delete(sql));
      if (statements.size >= MAX_STATEMENTS) {
        const [oldest, stale] = statements.entries().next().value as [string, Promise<Statement>];
        statements.delete(oldest);
        void stale.then(({ name }) => run(concat(serialize.close({ type: 'S', name }), serialize.sync()))).catch(() => {});
      }
    }
    statements.set(sql, statement);
    return statement;
  }

  async function describe(sql: string): Promise<Statement> {
    const name = `s${++counter}`;
    const { messages } = await run(concat(serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()));
    let paramTypes: number[] = [];
    let columns: Statement['columns'] = [];
    for (const message of messages) {
      if (message instanceof protocol.messages.ParameterDescriptionMessage) paramTypes = message.dataTypeIDs;
      else if (message instanceof protocol.messages.RowDescriptionMessage) columns = message.fields.map((f) => ({ name: f.name, type: f.dataTypeID }));
    }
    return { name, paramTypes, columns };
  }

  /** Counts a statement; every `vacuumEvery` statements queues a VACUUM behind the running statement or transaction. */
  function countStatement(): void {
    if (++sinceVacuum < vacuumEvery) return;
    sinceVacuum = 0;
    // Autovacuum's stand-in; should one fail, the next is due `vacuumEvery` statements later.
    // VACUUM also brings the planner's table sizes up to date, and the prepared statements are
    // then planned again: a generic plan made when a table was nearly empty (a sequential scan
    // of handoff_request, say) would otherwise be kept however large the table grows.
    void gate
      .runExclusive(async () => {
        if (closed) return;
        await simple('vacuum');
        await forgetStatements();
      })
      .catch(() => {});
  }

  async function query<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    countStatement();
    const { name, paramTypes, columns } = await prepare(sql);
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pg.serializers[paramTypes[i]!];
      return serializer ? (serializer(value) as string) : String(value);
    });
    const { messages } = await run(concat(serialize.bind({ statement: name, values }), serialize.execute(), serialize.sync()));
    const rows: R[] = [];
    for (const message of messages) {
      if (!(message instanceof protocol.messages.DataRowMessage)) continue;
      const row: Record<string, unknown> = {};
      message.fields.forEach((field, i) => {
        const column = columns[i]!;
        const parser = pg.parsers[column.type];
        row[column.name] = field === null ? null : parser ? parser(field, column.type) : field;
      });
      rows.push(row as R);
    }
    return rows;
  }

  /** Runs SQL without parameters (one or more statements) over the simple protocol. */
  const simple = async (sql: string) => void (await run(serialize.query(sql)));

  /** Closes every prepared statement: each is prepared, and planned, again at its next use. */
  async function forgetStatements(): Promise<void> {
    if (!statements.size) return;
    statements.clear();
    await simple('deallocate all');
  }

  async function exec(sql: string): Promise<void> {
    await forgetStatements();
    await simple(sql);
  }

  return {
    kind: 'pglite',
    query: (sql, params) => gate.runExclusive(() => query(sql, params)),
    exec: (sql) => gate.runExclusive(() => exec(sql)),
    transaction: (fn) =>
      gate.runExclusive(async () => {
        await simple('begin');
        inTransaction = true;
        try {
          const result = await fn({ query, exec } satisfies Queryable);
          inTransaction = false;
          const { messages } = await run(serialize.query('commit'));
          // COMMIT of a transaction an error aborted answers ROLLBACK instead.
          if (messages.some((m) => m instanceof protocol.messages.CommandCompleteMessage && m.text === 'ROLLBACK')) {
            throw Object.assign(new Error('Transaction was rolled back instead of committed'), { code: '25P02' });
          }
          return result;
        } catch (error) {
          if (inTransaction) {
            inTransaction = false;
            await simple('rollback');
          }
          throw error;
        }
      }),
    listen: (channel, onPayload) =>
      listeners.add(channel, onPayload, {
        subscribe: () => gate.runExclusive(() => simple(`listen ${channel}`)),
        unsubscribe: async () => {
          if (!closed) await gate.runExclusive(() => simple(`unlisten ${channel}`));
        },
      }),
    async notify(channel, payload) {
      assertChannelName(channel);
      await gate.runExclusive(() => query('select pg_notify($1, $2)', [channel, payload]));
    },
    async close() {
      await gate.runExclusive(() =>
        wire.runExclusive(() => {
          closed = true;
        }),
      );
      await pg.close();
    },
  };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
