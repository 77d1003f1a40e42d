/**
 * Scores several question files on one in-memory core and prints one line per file and the
 * combined figures: `npx tsx scripts/eval-sets.ts [--failures] [--typed] [FILE ...]` (default: all
 * the question sets). With `--typed`, each file is also scored as members type it (see
 * `src/eval/perturb.ts`); those rows are not in the combined figures.
 */
import { createCliCore } from '../src/cli/shared.js';
import { PERTURBATIONS, perturb } from '../src/eval/perturb.js';
import { QUESTION_SETS } from '../src/eval/question-sets.js';
import { readQuestions, runEval } from '../src/eval/run.js';
import { summarise, type EvalSummary, type QuestionScore } from '../src/eval/score.js';

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length > 0 ? named : QUESTION_SETS;
const core = await createCliCore();
const all: QuestionScore[] = [];
const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);
const row = (label: string, s: EvalSummary) =>
  `${label.padEnd(10)} hit1 ${pct(s.hit1)}  hit5 ${pct(s.hit5)}  mrr ${s.mrr.toFixed(3)}  cite ${pct(s.citationAccuracy)}  facts ${pct(s.factRecall)}  intent ${pct(s.intentAccuracy)}  abst ${pct(s.abstainRecall)}  falseAbst ${pct(s.falseAbstain)}`;
for (const file of files) {
  const run = await runEval(core, await readQuestions(file));
  all.push(...run.scores);
  if (args.includes('--failures')) for (const s of run.scores) if (s.problems.length) console.log(`  ${s.id}  ${s.problems.join('; ')}`);
  const label = file.replace(/^.*\//, '').replace(/-questions\.jsonl$/, '');
  console.log(row(label, run.summary));
  if (args.includes('--typed')) {
    for (const kind of PERTURBATIONS) console.log(row(`  ${kind === 'no-swedish-letters' ? 'no åäö' : 'typo'}`, (await runEval(core, perturb(await readQuestions(file), kind))).summary));
  }
}
console.log(row('all', summarise(all)));
await core.close();
