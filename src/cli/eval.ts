/**
 * `npm run eval -- FILE` scores a question file in the `ask --jsonl` format plus `expect`,
 * `source` and `facts` (see DESIGN.md): hit@1, hit@5, MRR, intent accuracy, citation accuracy
 * and fact recall, with the failures listed.
 */
import { readFile } from 'node:fs/promises';
import { askOnce, createCliCore, type AskOutput } from './shared.js';
import { scoreQuestion, summarise, type EvalQuestion } from '../eval/score.js';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run eval -- FILE.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const questions = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as EvalQuestion;
      } catch {
        throw new Error(`${file}:${i + 1}: invalid JSON`);
      }
    });
  const core = await createCliCore();
  const results = [];
  const started = performance.now();
  try {
    for (const question of questions) {
      const output: AskOutput = await askOnce(core, question.id, question.text, question.history);
      results.push(scoreQuestion(question, output));
    }
  } finally {
    await core.close();
  }
  const elapsed = performance.now() - started;
  const summary = summarise(results);
  const out: string[] = [];
  out.push(`questions: ${results.length} (${summary.answerable} answerable)   ${(elapsed / results.length).toFixed(1)} ms per question`);
  const failures = results.filter((r) => r.problems.length);
  if (failures.length) {
    out.push('', 'failures:');
    for (const r of failures) out.push(`  ${r.id}  ${r.problems.join('; ')}`);
  }
  out.push(
    '',
    `hit@1             ${pct(summary.hit1)}`,
    `hit@5             ${pct(summary.hit5)}`,
    `MRR               ${summary.mrr.toFixed(3)}`,
    `intent accuracy   ${pct(summary.intentAccuracy)}`,
    `citation accuracy ${pct(summary.citationAccuracy)}`,
    `fact recall       ${pct(summary.factRecall)}`,
  );
  process.stdout.write(out.join('\n') + '\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
