/**
 * 200 member messages written by a helper who had not seen the rules (test/fixtures/intent-probes.jsonl):
 * crises, requests for a person, personal cases, small talk and hard negatives (general questions
 * on the same words). The first run found 17 crises, 9 requests and 8 cases missed; the rules
 * were widened and every crisis and hard negative is now right. A crisis must never be missed,
 * and a general question must not be taken for one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/conversation/intent/index.js';

const probes = readFileSync('test/fixtures/intent-probes.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { text: string; expect: string });

const FLOORS: Record<string, number> = { crisis: 1, question: 1, human: 0.95, personal_case: 0.95, smalltalk: 0.9 };

describe('intent probes written blind to the rules', () => {
  for (const [expected, floor] of Object.entries(FLOORS)) {
    it(`${expected}: at least ${floor * 100} % right`, () => {
      const set = probes.filter((p) => p.expect === expected);
      expect(set.length).toBeGreaterThan(10);
      const misses = set.filter((p) => classifyIntent(p.text).intent !== expected).map((p) => `${classifyIntent(p.text).intent}: ${p.text}`);
      expect((set.length - misses.length) / set.length, misses.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
