/**
 * Lists the questions that are answered right as written but not as members type them:
 * `npx tsx scripts/typed-regressions.ts [--kind=no-swedish-letters|dropped-letter] FILE ...`
 * (default kind: both). Each line gives the id, the question as typed and what went wrong.
 */
import { createCliCore } from '../src/cli/shared.js';
import { PERTURBATIONS, perturb, type Perturbation } from '../src/eval/perturb.js';
import { readQuestions, runEval } from '../src/eval/run.js';

const args = process.argv.slice(2);
const kindArg = args.find((a) => a.startsWith('--kind='))?.slice('--kind='.length) as Perturbation | undefined;
const kinds = kindArg ? [kindArg] : PERTURBATIONS;
const core = await createCliCore();
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const questions = await readQuestions(file);
  const asWritten = await runEval(core, questions);
  for (const kind of kinds) {
    const typed = perturb(questions, kind);
    const run = await runEval(core, typed);
    run.scores.forEach((score, i) => {
      if (asWritten.scores[i]!.problems.length === 0 && score.problems.length > 0) console.log(`${score.id}\t${typed[i]!.text}\n\t${score.problems.join('; ')}`);
    });
  }
}
await core.close();
