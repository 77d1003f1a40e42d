/**
 * Prints, for every question of one or more eval files, the concepts, the top passages (marking
 * the one that holds the expected source phrase) and the reply:
 * `npx tsx scripts/inspect-eval.ts FILE.jsonl [...] [--only id,id] [--failures]`.
 */
import { readFile } from 'node:fs/promises';
import { askOnce, createCliCore } from '../src/cli/shared.js';
import { normaliseForMatch, scoreQuestion, type EvalQuestion } from '../src/eval/score.js';

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1]!.split(',')) : undefined;
const failuresOnly = args.includes('--failures');
const files = args.filter((a, i) => !a.startsWith('--') && (onlyIndex < 0 || i !== onlyIndex + 1));
const questions: EvalQuestion[] = [];
for (const file of files) {
  for (const line of (await readFile(file, 'utf8')).split('\n')) if (line.trim()) questions.push(JSON.parse(line) as EvalQuestion);
}
const core = await createCliCore();
for (const q of questions) {
  if (only && !only.has(q.id)) continue;
  const out = await askOnce(core, q.id, q.text, q.history);
  const score = scoreQuestion(q, out);
  if (failuresOnly && score.problems.length === 0) continue;
  const { retrieval } = await core.knowledge.answer(q.text, { language: 'sv', history: q.history ?? [] });
  console.log(`\n=== ${q.id} ${q.text}${q.history ? `  (history: ${q.history.join(' | ')})` : ''}`);
  console.log(`   expect ${q.expect} source «${q.source ?? ''}» -> ${score.problems.join('; ') || 'OK'}`);
  console.log('   concepts:', retrieval.concepts.map((c) => `${c.concept}[w${c.weight.toFixed(1)} idf${c.idf.toFixed(1)}]`).join(' '));
  const phrase = q.source ? normaliseForMatch(q.source) : undefined;
  retrieval.passages.slice(0, 6).forEach((p, i) => {
    const mark = phrase && normaliseForMatch(p.text).includes(phrase) ? '**' : '  ';
    console.log(`   ${mark}${i + 1}. ${p.score.toFixed(3)} cov${p.coverage.toFixed(2)} ${p.chunkId.slice(0, 50)} {${p.matchedConcepts.join(',')}}`);
  });
  console.log(`   -> ${out.kind}: ${out.text.replace(/\n/g, ' / ').slice(0, 400)}`);
}
await core.close();
