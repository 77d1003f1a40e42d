import { createCliCore } from '../src/cli/shared.js';
import { perturb } from '../src/eval/perturb.js';
import { readQuestions, runEval } from '../src/eval/run.js';
const core = await createCliCore();
for (const file of process.argv.slice(2)) {
  const qs = await readQuestions(file);
  const plain = await runEval(core, qs);
  const typed = await runEval(core, perturb(qs, (process.env.KIND as any ?? 'no-swedish-letters')));
  const typedQs = perturb(qs, (process.env.KIND as any ?? 'no-swedish-letters'));
  plain.scores.forEach((s, i) => {
    const t = typed.scores[i]!;
    if (s.problems.length === 0 && t.problems.length > 0) console.log(`${s.id}  ${typedQs[i]!.text}\n     ${t.problems.join('; ')}`);
  });
}
await core.close();
