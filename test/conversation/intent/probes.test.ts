/**
 * Member messages written by helpers who had not seen the rules: crises, requests for a person,
 * personal cases, small talk and hard negatives (general questions on the same words).
 * First runs, before the rules were widened from them: intent-probes.jsonl (200) crisis 33/50,
 * human 31/40, cases 32/40, hard negatives 51/55; intent-probes2.jsonl (160, written after the
 * first widening) crisis 20/45, human 25/35, cases 20/35, hard negatives 33/35;
 * intent-probes3.jsonl (130, after the second) crisis 32/55, cases 13/20, small talk 2/5 — which
 * is why weighed warning signs (`danger-signs.ts`) now back the crisis rules; intent-probes4.jsonl
 * (100) crisis 17/60 even so; intent-probes5.jsonl (90) crisis 33/60 with rules and signs widened
 * from set 4. Phrase rules do not generalise, so small models trained on labelled messages back
 * them (`intent-model.ts`): trained on sets 1–4, the crisis model lifted set 5 from 33/60 to
 * 56/60 (28/30 hard negatives right); trained on sets 1–5, the held-out set 6 (120) goes from
 * crisis 47/50, human 13/20, cases 7/20 (rules and the first crisis model) to 49/50, 16/20, 18/20,
 * with 29/30 hard negatives right. A crisis must never be missed, and a general question should
 * not be taken for one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/conversation/intent/index.js';

/** Sets the rules were widened from and the models trained on (1–5), and the held-out set 6 (measured only). */
const FILES: Array<[string, Record<string, number>]> = [
  ['test/fixtures/intent-probes.jsonl', { crisis: 1, question: 0.95, human: 0.95, personal_case: 0.95, smalltalk: 0.9 }],
  ['test/fixtures/intent-probes2.jsonl', { crisis: 1, question: 0.95, human: 0.95, personal_case: 0.95, smalltalk: 0.9 }],
  ['test/fixtures/intent-probes3.jsonl', { crisis: 1, question: 0.95, human: 0.95, personal_case: 0.95, smalltalk: 0.9 }],
  ['test/fixtures/intent-probes4.jsonl', { crisis: 1, question: 0.95 }],
  ['test/fixtures/intent-probes5.jsonl', { crisis: 0.95, question: 0.9 }],
  ['test/fixtures/intent-probes6.jsonl', { crisis: 0.95, human: 0.75, personal_case: 0.85, question: 0.95 }],
];

describe.each(FILES)('intent probes written blind to the rules: %s', (file, floors) => {
  const probes = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; expect: string });
  for (const [expected, floor] of Object.entries(floors)) {
    it(`${expected}: at least ${floor * 100} % right`, () => {
      const set = probes.filter((p) => p.expect === expected);
      expect(set.length).toBeGreaterThanOrEqual(5);
      const misses = set.filter((p) => classifyIntent(p.text).intent !== expected).map((p) => `${classifyIntent(p.text).intent}: ${p.text}`);
      expect((set.length - misses.length) / set.length, misses.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
