/**
 * Writes, for every question of the given files, what retrieval and the composer return (passage
 * ids, scores, coverages, concepts, the answer) as JSON lines, to compare two versions exactly:
 * `npx tsx scripts/retrieval-snapshot.ts ../shared/eval/dev-questions.jsonl test/fixtures/holdout-questions.jsonl > out.jsonl`.
 */
import { readFileSync } from 'node:fs';
import { createCliCore } from '../src/cli/shared.js';

const files = process.argv.slice(2);
const core = await createCliCore();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const q = JSON.parse(line) as { id: string; text: string; history?: string[] };
    const { answer, retrieval } = await core.knowledge.answer(q.text, { language: 'sv', history: q.history ?? [] });
    process.stdout.write(JSON.stringify({
      id: q.id,
      passages: retrieval.passages.map((p) => [p.chunkId, p.score, p.coverage, p.textCoverage, p.documentCoverage, p.matchedConcepts.join('|')]),
      concepts: retrieval.concepts.map((c) => [c.concept, c.weight, c.idf, c.absent ?? false]),
      answer: [answer.kind, answer.abstainReason ?? '', answer.text],
    }) + '\n');
  }
}
await core.close();
