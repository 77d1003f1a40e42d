/**
 * `npm run ask -- "Ingår inkomstförsäkringen?"` prints the reply as a member sees it.
 * `npm run --silent ask -- --jsonl` reads {"id","text","history"} lines from standard input and
 * writes exactly one JSON line per input line, in order (logs go to standard error).
 */
import { createInterface } from 'node:readline';
import { askOnce, askTurn, createCliCore, formatForPerson, toOutput, type AskOutput } from './shared.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonl = args.includes('--jsonl');
  const question = args.filter((a) => a !== '--jsonl').join(' ').trim();
  if (!jsonl && !question) {
    process.stderr.write('usage: npm run ask -- "din fråga"   |   npm run --silent ask -- --jsonl < frågor.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const core = await createCliCore();
  try {
    if (!jsonl) {
      const turn = await askTurn(core, question);
      process.stdout.write(formatForPerson(toOutput(null, turn), turn.language) + '\n');
      return;
    }
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      process.stdout.write(JSON.stringify(await answerLine(core, line)) + '\n');
    }
  } finally {
    await core.close();
  }
}

async function answerLine(core: Awaited<ReturnType<typeof createCliCore>>, line: string): Promise<AskOutput> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, kind: 'abstain', text: '', sources: [], passages: [], error: 'invalid JSON line' };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { id: null, kind: 'abstain', text: '', sources: [], passages: [], error: 'each line must be a JSON object with "text"' };
  }
  const { id = null, text, history } = input as Record<string, unknown>;
  try {
    return await askOnce(core, id, text, history);
  } catch (error) {
    return { id, kind: 'abstain', text: '', sources: [], passages: [], error: error instanceof Error ? error.message : 'failed' };
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ask failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
