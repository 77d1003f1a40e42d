/**
 * The database thread of {@link openPgliteWorker}: owns the PGlite instance (through
 * {@link openPglite}) and answers the main thread's requests in the order they arrive.
 * (No top-level await: under tsx this file is loaded as CommonJS.)
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Queryable } from './db.js';
import { openPglite, type PgliteOptions } from './pglite.js';
import { toWireError, type WorkerMessage, type WorkerRequest } from './pglite-worker.js';

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

/** Thrown into a transaction the main thread rolls back. */
const ROLLBACK = Symbol('rollback');

async function serve(): Promise<void> {
  const db = await openPglite(workerData as PgliteOptions);
  const transactions = new Map<number, { tx: Queryable; end(commit: boolean): void; done: Promise<void> }>();
  const unlisten = new Map<string, () => Promise<void>>();

  const runner = (tx: number | undefined): Queryable => {
    if (tx === undefined) return db;
    const open = transactions.get(tx);
    if (!open) throw new Error('the transaction is not open');
    return open.tx;
  };

  async function handle(request: WorkerRequest & { id: number }): Promise<unknown> {
    switch (request.op) {
      case 'query':
        return runner(request.tx).query(request.sql, request.params);
      case 'exec':
        return runner(request.tx).exec(request.sql);
      case 'begin': {
        let opened!: (tx: Queryable) => void;
        let end!: (commit: boolean) => void;
        const decided = new Promise<boolean>((resolve) => (end = resolve));
        const started = new Promise<Queryable>((resolve) => (opened = resolve));
        const done = db.transaction(async (tx) => {
          opened(tx);
          if (!(await decided)) throw ROLLBACK;
        });
        // BEGIN itself may fail; then `done` rejects before the transaction opens.
        const tx = await Promise.race([started, done.then(() => undefined)]);
        if (!tx) throw new Error('the transaction did not open');
        transactions.set(request.id, { tx, end, done });
        return request.id;
      }
      case 'end': {
        const open = transactions.get(request.tx);
        if (!open) throw new Error('the transaction is not open');
        transactions.delete(request.tx);
        open.end(request.commit);
        await open.done.catch((error: unknown) => {
          if (error !== ROLLBACK) throw error;
        });
        return undefined;
      }
      case 'listen':
        unlisten.set(request.channel, await db.listen(request.channel, (payload) => post({ notification: { channel: request.channel, payload } })));
        return undefined;
      case 'unlisten':
        await unlisten.get(request.channel)?.();
        unlisten.delete(request.channel);
        return undefined;
      case 'close':
        await db.close();
        return undefined;
    }
  }

  port.on('message', (request: WorkerRequest & { id: number }) => {
    handle(request).then(
      (result) => post({ id: request.id, result }),
      (error: unknown) => post({ id: request.id, error: toWireError(error) }),
    );
  });
  post({ ready: true });
}

serve().catch((error: unknown) => post({ failed: toWireError(error) }));
