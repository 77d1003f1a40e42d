/**
 * `npm run knowledge:gaps [-- --days 30 --limit 200]`: the member questions of the last days that
 * the bot could not answer from the documents, or whose answer got 👎 — what the knowledge
 * editor should write or fix next. Personal data is redacted before anything is printed.
 */
import { loadConfig } from '../config/index.js';
import { redactPersonalData } from '../core/redact.js';
import { openDatabase } from '../store/index.js';
import { KnowledgeGapRepository } from '../store/repositories/knowledge-gaps.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

async function main(): Promise<void> {
  const days = option('days', 30);
  const limit = option('limit', 200);
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    const gaps = await new KnowledgeGapRepository(db).recent({ days, limit });
    const label = { abstained: 'obesvarad', thumbs_down: '👎' } as const;
    for (const gap of gaps) {
      const text = redactPersonalData(gap.question).replace(/\s+/g, ' ').trim().slice(0, 300);
      process.stdout.write(`${gap.at.toISOString().slice(0, 16).replace('T', ' ')}  ${label[gap.reason].padEnd(9)}  ${text}\n`);
    }
    const abstained = gaps.filter((g) => g.reason === 'abstained').length;
    process.stdout.write(`\n${gaps.length} frågor de senaste ${days} dagarna: ${abstained} obesvarade, ${gaps.length - abstained} med 👎.\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`knowledge:gaps failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
