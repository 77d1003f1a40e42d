/**
 * Scores the dev and holdout sets on one in-memory core and prints one line per set and the
 * combined figures: `npx tsx scripts/eval-both.ts [--failures]`.
 */
import { createCliCore } from '../src/cli/shared.js';
import { readQuestions, runEval } from '../src/eval/run.js';
import { summarise, type EvalSummary, type QuestionScore } from '../src/eval/score.js';

const files = ['../shared/eval/dev-questions.jsonl', 'test/fixtures/holdout-questions.jsonl'];
const core = await createCliCore();
const all: QuestionScore[] = [];
const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);
const row = (label: string, s: EvalSummary, ms?: number) =>
  `${label.padEnd(8)} hit1 ${pct(s.hit1)}  hit5 ${pct(s.hit5)}  mrr ${s.mrr.toFixed(3)}  cite ${pct(s.citationAccuracy)}  facts ${pct(s.factRecall)}  intent ${pct(s.intentAccuracy)}  abst ${pct(s.abstainRecall)}  falseAbst ${pct(s.falseAbstain)}${ms ? `  ${ms.toFixed(1)} ms/q` : ''}`;
for (const file of files) {
  const run = await runEval(core, await readQuestions(file));
  all.push(...run.scores);
  if (process.argv.includes('--failures')) for (const s of run.scores) if (s.problems.length) console.log(`  ${s.id}  ${s.problems.join('; ')}`);
  console.log(row(file.includes('holdout') ? 'holdout' : 'dev', run.summary, run.millisPerQuestion));
}
console.log(row('both', summarise(all)));
await core.close();
