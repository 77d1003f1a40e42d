/**
 * Lists the answerable questions whose reply cites the right passage but misses a key fact,
 * with the expected source phrase and the reply: `npx tsx scripts/fact-misses.ts FILE.jsonl [...]`.
 */
import { askOnce, createCliCore } from '../src/cli/shared.js';
import { readQuestions } from '../src/eval/run.js';
import { scoreQuestion } from '../src/eval/score.js';

const core = await createCliCore();
for (const file of process.argv.slice(2)) {
  for (const q of await readQuestions(file)) {
    const out = await askOnce(core, q.id, q.text, q.history);
    const s = scoreQuestion(q, out);
    if (!s.answerable || s.factsFound === s.factsTotal) continue;
    console.log(`\n=== ${q.id} ${q.text}\n   source «${q.source}» facts ${JSON.stringify(q.facts)} cited-right ${s.citationRight} rank ${s.rank}\n   -> ${out.kind}: ${out.text.replace(/\n/g, ' / ').slice(0, 500)}`);
  }
}
await core.close();
