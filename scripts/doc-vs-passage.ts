/** For each answerable question of the dev and holdout sets: is the first passage from the right article, and is it the right passage? */
import { createCliCore } from '../src/cli/shared.js';
import { readQuestions } from '../src/eval/run.js';
import { normaliseForMatch } from '../src/eval/score.js';

const core = await createCliCore();
const chunks = await core.db.query<{ id: string; document_id: string; text: string }>('select id, document_id, text from kb_chunk');
let docRight = 0;
let passageRight = 0;
let n = 0;
const wrongDoc: string[] = [];
const wrongPassage: string[] = [];
for (const file of (process.argv.length > 2 ? process.argv.slice(2) : ['../shared/eval/dev-questions.jsonl', 'test/fixtures/holdout-questions.jsonl'])) {
  for (const q of await readQuestions(file)) {
    if (q.expect !== 'answer' || !q.source) continue;
    n++;
    const phrase = normaliseForMatch(q.source);
    const target = chunks.find((c) => normaliseForMatch(c.text).includes(phrase));
    const { passages } = await core.knowledge.retriever.retrieve({ text: q.text, history: q.history, limit: 8 });
    const first = passages[0];
    if (first?.documentId === target?.document_id) docRight++;
    else wrongDoc.push(`${q.id} want ${target?.document_id} got ${first?.documentId}`);
    if (first?.chunkId === target?.id) passageRight++;
    else if (first?.documentId === target?.document_id) wrongPassage.push(`${q.id} want ${target?.id} got ${first?.chunkId}`);
  }
}
console.log(`right article first ${docRight}/${n}, right passage first ${passageRight}/${n}`);
console.log('wrong article:\n  ' + wrongDoc.join('\n  '));
console.log('right article, wrong passage:\n  ' + wrongPassage.join('\n  '));
await core.close();
