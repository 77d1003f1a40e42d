import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ChannelListeners } from './channel-listeners.js';
import { assertChannelName, type Db, type Queryable } from './db.js';
import type { PgliteOptions } from './pglite.js';

/** What the main thread asks of the database thread; `tx` names an open transaction. */
export type WorkerRequest =
  | { op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'listen' | 'unlisten'; channel: string }
  | { op: 'close' };

/** An error crossing the thread boundary: the message and PostgreSQL's fields (code, detail, constraint…). */
export interface WireError {
  message: string;
  fields: Record<string, string | number | undefined>;
}

/** What the database thread posts back: the answer to request `id`, or a NOTIFY payload. */
export type WorkerMessage =
  | { id: number; result?: unknown; error?: WireError }
  | { notification: { channel: string; payload: string } }
  | { ready: true }
  | { failed: WireError };

/** PostgreSQL's error fields worth keeping (pg-protocol's DatabaseError, as `pg` has them too). */
export const ERROR_FIELDS = ['code', 'severity', 'detail', 'hint', 'position', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const source = error as unknown as Record<string, string | number | undefined>;
  const fields: WireError['fields'] = {};
  for (const field of ERROR_FIELDS) if (source[field] !== undefined) fields[field] = source[field];
  return { message: error.message, fields };
}

/**
 * Starts the database thread from the entry beside this file. When that is TypeScript (npm
 * start and the tests run through tsx or vitest), the thread requires it through tsx's
 * require hook: Node 20 does not apply module loader hooks (`--import tsx`) to worker threads.
 */
function startThread(options: PgliteOptions): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(`./pglite-thread.${ts ? 'ts' : 'js'}`, import.meta.url));
  if (!ts) return new Worker(entry, { workerData: options });
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true, workerData: options });
}

/**
 * {@link Db} over an embedded PGlite database that lives on its own thread: the WebAssembly
 * backend runs on another core while this thread handles HTTP, the engine and retrieval.
 * Statements, transactions and LISTEN/NOTIFY behave as with {@link openPglite} (the thread
 * runs exactly that); parameters and rows cross the boundary by structured clone, and SQL
 * errors arrive with their SQLSTATE code and fields. While a call is outstanding the thread
 * keeps the process alive; an idle database does not (as an in-process one would not).
 */
export async function openPgliteWorker(options: PgliteOptions = {}): Promise<Db> {
  const worker = startThread(options);
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const listeners = new ChannelListeners();
  let nextId = 0;
  let exited: Error | undefined;

  const settleAll = (error: Error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };

  const started = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('id' in message) {
        const call = pending.get(message.id);
        if (!call) return;
        pending.delete(message.id);
        if (!pending.size) worker.unref();
        if (message.error) call.reject(fromWireError(message.error));
        else call.resolve(message.result);
      } else if ('notification' in message) {
        listeners.dispatch(message.notification.channel, message.notification.payload);
      } else if ('ready' in message) {
        resolve();
      } else {
        reject(fromWireError(message.failed));
      }
    });
    worker.on('error', (error) => {
      exited = error;
      reject(error);
      settleAll(error);
    });
    worker.on('exit', (code) => {
      exited ??= new Error(`the database thread exited (code ${code})`);
      reject(exited);
      settleAll(exited);
    });
  });
  await started;
  worker.unref();

  function call<T>(request: WorkerRequest): Promise<T> {
    if (exited) return Promise.reject(exited);
    return new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (pending.size === 1) worker.ref();
      try {
        worker.postMessage({ ...request, id });
      } catch (error) {
        // A parameter that cannot be cloned (DataCloneError).
        pending.delete(id);
        if (!pending.size) worker.unref();
        reject(error as Error);
      }
    });
  }

  const queryable = (tx?: number): Queryable => ({
    query: <R>(sql: string, params?: unknown[]) => call<R[]>({ op: 'query', sql, params, tx }),
    exec: (sql: string) => call<void>({ op: 'exec', sql, tx }),
  });

  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    ...queryable(),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const tx = await call<number>({ op: 'begin' });
      let result: T;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        await call({ op: 'end', tx, commit: false }).catch(() => {});
        throw error;
      }
      await call({ op: 'end', tx, commit: true });
      return result;
    },
    listen: (channel, onPayload) =>
      listeners.add(channel, onPayload, {
        subscribe: () => call({ op: 'listen', channel }),
        unsubscribe: async () => {
          if (!exited) await call({ op: 'unlisten', channel });
        },
      }),
    async notify(channel, payload) {
      assertChannelName(channel);
      await call({ op: 'query', sql: 'select pg_notify($1, $2)', params: [channel, payload] });
    },
    close: () =>
      (closing ??= (async () => {
        if (exited) return;
        await call({ op: 'close' });
        exited = new Error('the database is closed');
        await worker.terminate();
      })()),
  };
}

function fromWireError({ message, fields }: WireError): Error {
  return Object.assign(new Error(message), fields);
}
