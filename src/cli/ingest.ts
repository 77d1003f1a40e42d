/**
 * `npm run ingest` brings the index in line with knowledge/ (incremental by content hash;
 * `--force` re-indexes everything). Shows a progress bar on a terminal; a malformed file is
 * reported with its name and problem, the others are still indexed, and the exit code is 1.
 */
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../core/log.js';
import { createCore } from '../app.js';

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const config = loadConfig();
  const core = await createCore(config, { logger: createLogger({ level: 'warn' }), ingest: false });
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'Indexerar {bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic) : undefined;
  try {
    const started = performance.now();
    const report = await core.knowledge.ingest({
      force,
      onProgress: ({ total, done, file }) => {
        if (!bar) return;
        if (done === 0) bar.start(total, 0, { file: '' });
        else bar.update(done, { file: file ?? '' });
      },
    });
    bar?.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `Indexerat: ${report.added.length} nya, ${report.updated.length} ändrade, ${report.removed.length} borttagna, ${report.unchanged} oförändrade (${report.chunks} nya avsnitt) på ${seconds} s\n`,
    );
    for (const error of report.errors) process.stderr.write(`FEL ${error.file}: ${error.problem}\n`);
    if (report.errors.length) process.exitCode = 1;
  } finally {
    bar?.stop();
    await core.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
