/**
 * CPU per question of the answer path alone (intent rules, retrieval, the extractive answer),
 * in this process, over every question of the question sets: `npx tsx scripts/answer-cost.ts
 * [ROUNDS]`. Prints CPU per question for a cold pass (each text seen for the first time) and for
 * warm passes, and garbage-collection pauses. A tool for the throughput work, not a benchmark
 * against a baseline (`npm run bench` and `npm run bench:http` are those).
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { classifyIntent } from '../src/conversation/intent/index.js';
import { QUESTION_SETS } from '../src/eval/question-sets.js';
import { createCliCore } from '../src/cli/shared.js';

const rounds = Number(process.argv[2] ?? 5);
const questions = QUESTION_SETS.flatMap((file) =>
  readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { text: string; history?: string[] }),
);
const core = await createCliCore();
let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcCount++;
  }
}).observe({ entryTypes: ['gc'] });

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let round = 0; round <= rounds; round++) {
  gcMs = 0;
  gcCount = 0;
  const intentStart = cpuMs();
  for (const q of questions) classifyIntent(q.text);
  const intentMs = cpuMs() - intentStart;
  const start = cpuMs();
  for (const q of questions) await core.knowledge.answer(q.text, { language: 'sv', history: q.history ?? [] });
  const answerMs = cpuMs() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(
    `${round === 0 ? 'cold' : `warm ${round}`}: intent ${((1000 * intentMs) / questions.length).toFixed(0)} µs, answer ${((1000 * answerMs) / questions.length).toFixed(0)} µs per question (${questions.length} questions); GC ${gcCount} pauses, ${gcMs.toFixed(0)} ms`,
  );
}
await core.close();
