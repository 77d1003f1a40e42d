/**
 * Composition root: `npm start`. Config → store → knowledge → conversation engine → channels
 * → one restify server. Embedded PGlite under DATA_DIR unless DATABASE_URL is set.
 * SIGTERM/SIGINT stop accepting requests and let turns in flight finish.
 */
import { loadConfig } from './config/index.js';
import { errorMessage } from './core/errors.js';
import { createLogger } from './core/log.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const server = await startServer(config, { logger });
  process.stderr.write(
    `\nRådgivaren kör på http://localhost:${config.port}/ (webbchatt), Bot Framework på /api/messages` +
      (server.localMode ? '\nLOKALT LÄGE: MicrosoftAppId saknas, inkommande Bot Framework-token kontrolleras INTE.\n\n' : '\n\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: errorMessage(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`start failed: ${errorMessage(error)}\n`);
  process.exit(1);
});
