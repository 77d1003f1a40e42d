/**
 * `npm run chat`: the bot as a chat in the terminal, over the same engine, store and
 * knowledge as every channel (an in-memory PGlite unless DATABASE_URL is set, so it never
 * competes with a running server for the embedded data directory).
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { createCore } from '../app.js';
import { loadConfig } from '../config/index.js';
import { openDatabase } from '../store/index.js';
import { createLogger } from '../core/log.js';
import { formatForPerson, toOutput } from './shared.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: process.env.LOG_LEVEL ? config.logLevel : 'warn' });
  process.stderr.write(`Rådgivaren startar (${config.databaseUrl ? 'PostgreSQL' : 'PGlite i minnet'}, ${config.openai ? 'LLM' : 'utan språkmodell'})…\n`);
  const db = config.databaseUrl ? undefined : await openDatabase({});
  const core = await createCore(config, { logger, db });
  const conversation = randomUUID();
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  process.stdout.write('Skriv din fråga (tom rad eller Ctrl-D avslutar).\n');
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    rl.close();
    await core.close();
    await db?.close();
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  try {
    for await (const line of rl) {
      if (!line.trim()) break;
      const turn = await core.engine.handle({ channel: 'cli', channelConversationId: conversation, text: line });
      process.stdout.write(`\n${turn.replies.length ? formatForPerson(toOutput(null, turn), turn.language) : '(en rådgivare har samtalet)'}\n\n> `);
    }
  } finally {
    await shutdown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
