import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger, type Logger } from '../../src/core/log.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { openDatabase } from '../../src/store/index.js';
import type { Db } from '../../src/store/db.js';

export interface TestServerOptions {
  env?: Record<string, string>;
  db?: Db;
  credentialsFactory?: ServiceClientCredentialsFactory;
  logger?: Logger;
  pollIntervalMs?: number;
}

/**
 * The real server (restify, botbuilder, Direct Line, outbox) on a free port over a fresh
 * in-memory PGlite indexed from knowledge/. `close()` also closes the database it opened.
 */
export async function startTestServer({ env = {}, db, credentialsFactory, logger = silentLogger, pollIntervalMs = 200 }: TestServerOptions = {}): Promise<RunningServer> {
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', SHUTDOWN_TIMEOUT_MS: '3000', ...env });
  const database = db ?? (await openDatabase({}));
  const server = await startServer(config, { db: database, credentialsFactory, logger, host: '127.0.0.1', pollIntervalMs });
  return {
    ...server,
    close: async () => {
      await server.close();
      if (!db) await database.close();
    },
  };
}
