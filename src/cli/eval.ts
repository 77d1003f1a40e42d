/**
 * `npm run eval -- FILE` scores a question file in the `ask --jsonl` format plus `expect`,
 * `source` and `facts` (see DESIGN.md): hit@1, hit@5, MRR, intent accuracy, citation accuracy
 * and fact recall, with the failures listed.
 */
import { createCliCore } from './shared.js';
import { readQuestions, runEval, type EvalRun } from '../eval/run.js';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run eval -- FILE.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const questions = await readQuestions(file);
  const core = await createCliCore();
  let run: EvalRun;
  try {
    run = await runEval(core, questions);
  } finally {
    await core.close();
  }
  const { scores: results, summary } = run;
  const out: string[] = [];
  out.push(`questions: ${results.length} (${summary.answerable} answerable)   ${run.millisPerQuestion.toFixed(1)} ms per question`);
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
    `abstained when expected      ${pct(summary.abstainRecall)}`,
    `abstained when answerable    ${pct(summary.falseAbstain)}`,
  );
  process.stdout.write(out.join('\n') + '\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
