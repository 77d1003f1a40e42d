import { createCore, type Core, type CreateCoreOptions } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/core/log.js';
import { openDatabase } from '../../src/store/index.js';

/** The answering core on a fresh in-memory PGlite, indexed from the real knowledge folder. */
export async function createTestCore(env: Record<string, string> = {}, options: CreateCoreOptions = {}): Promise<Core> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const db = options.db ?? (await openDatabase({}));
  const core = await createCore(config, { logger: silentLogger, ...options, db });
  return { ...core, close: async () => db.close() };
}
