/**
 * Classifies every message of an intent probe file (`{"text","expect"}` lines, expect: crisis,
 * human, personal_case, smalltalk or question) and lists the misses:
 * `npx tsx scripts/intent-probes.ts [FILE]` (default test/fixtures/intent-probes.jsonl).
 */
import { readFile } from 'node:fs/promises';
import { classifyIntent } from '../src/conversation/intent/index.js';

const file = process.argv[2] ?? 'test/fixtures/intent-probes.jsonl';
const probes = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; expect: string });
const byExpect = new Map<string, { n: number; right: number }>();
for (const probe of probes) {
  const { intent } = classifyIntent(probe.text);
  const entry = byExpect.get(probe.expect) ?? { n: 0, right: 0 };
  entry.n++;
  if (intent === probe.expect) entry.right++;
  else console.log(`MISS ${probe.expect.padEnd(13)} → ${intent.padEnd(13)} ${probe.text}`);
  byExpect.set(probe.expect, entry);
}
for (const [expect, { n, right }] of byExpect) console.log(`${expect.padEnd(14)} ${right}/${n}`);
