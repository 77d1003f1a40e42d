import { createCliCore } from '../src/cli/shared.js';
import { perturb } from '../src/eval/perturb.js';
import { readQuestions, runEval } from '../src/eval/run.js';
const core = await createCliCore();
for (const file of process.argv.slice(2)) {
  const qs = perturb(await readQuestions(file), (process.env.KIND as any) ?? 'dropped-letter');
  const run = await runEval(core, qs);
  run.scores.forEach((s, i) => console.log(`${s.id}\t${qs[i]!.text}\t${s.problems.join('; ')}`));
}
await core.close();
