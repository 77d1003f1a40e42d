/** Prints the abstention signals of every dev and holdout question: `npx tsx scripts/abstain-signals.ts`. */
import { createCliCore } from '../src/cli/shared.js';
import { readQuestions } from '../src/eval/run.js';

const core = await createCliCore();
for (const file of ['../shared/eval/dev-questions.jsonl', 'test/fixtures/holdout-questions.jsonl']) {
  for (const q of await readQuestions(file)) {
    if (q.expect !== 'answer' && q.expect !== 'abstain') continue;
    const { answer, retrieval } = await core.knowledge.answer(q.text, { language: 'sv', history: q.history ?? [] });
    const top = retrieval.passages.slice(0, 3);
    const f = (x: number | undefined) => (x ?? 0).toFixed(2);
    console.log(
      `${q.id.padEnd(4)} ${q.expect.padEnd(8)} ${answer.kind.padEnd(8)} ${(answer.abstainReason ?? '').padEnd(14)} cov ${f(Math.max(...top.map((p) => p.coverage)))} text ${f(Math.max(...top.map((p) => p.textCoverage ?? 0)))} doc ${f(top[0]?.documentCoverage)}  ${q.text.slice(0, 60)}`,
    );
  }
}
await core.close();
