/** Prints what retrieval and the composer do with one question: `npx tsx scripts/debug-question.ts "fråga" ["tidigare fråga"]`. */
import { createCliCore } from '../src/cli/shared.js';

const [question = '', ...history] = process.argv.slice(2);
const core = await createCliCore();
const { answer, retrieval } = await core.knowledge.answer(question, { language: 'sv', history });
console.log('concepts:', retrieval.concepts.map((c) => `${c.concept}(w${c.weight} idf${c.idf.toFixed(2)}: ${c.forms.map((f) => `${f.word}:${f.weight.toFixed(2)}`).join(',')})`).join('\n  '));
for (const p of retrieval.passages) console.log(`\n[${p.score.toFixed(3)} cov ${p.coverage.toFixed(2)}] ${p.chunkId} ${p.heading ?? ''} {${p.matchedConcepts.join(',')}}\n  ${p.text.slice(0, 300).replace(/\n/g, ' / ')}`);
console.log('\n=>', answer.kind, answer.abstainReason ?? '', '\n', answer.text);
await core.close();
