/**
 * Checks that the in-memory lexical index ranks exactly as the SQL it replaced: chunk BM25,
 * concept IDF and whole-article BM25 for every question of the given files, on the real corpus
 * (or, with PARITY_SYNTHETIC_DOCS=n, on n synthetic documents recombined from it).
 * `npx tsx scripts/lexical-parity.ts ../shared/eval/dev-questions.jsonl test/fixtures/holdout-questions.jsonl`
 */
import { readFileSync } from 'node:fs';
import { createCliCore } from '../src/cli/shared.js';
import { chunkMarkdown } from '../src/knowledge/ingest/chunk.js';
import { DocumentEvidence } from '../src/knowledge/retrieve/document-evidence.js';
import { LexicalIndex } from '../src/knowledge/retrieve/lexical-index.js';
import { analyzeQuery, expandForIndex, Vocabulary } from '../src/knowledge/text/index.js';
import type { QueryForm } from '../src/store/repositories/knowledge.js';

const core = await createCliCore();
const repository = core.knowledge.repository;
const syntheticDocs = Number(process.env.PARITY_SYNTHETIC_DOCS ?? 0);
if (syntheticDocs > 0) {
  const real = (await core.db.query<{ text: string }>('select text from kb_chunk')).flatMap((r) => r.text.split(/(?<=[.!?])\s+/)).filter((s) => s.split(' ').length > 4);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let d = 0; d < syntheticDocs; d++) {
    const body = Array.from({ length: 6 }, (_, i) => `${i % 3 === 0 ? `## Avsnitt ${i}\n\n` : ''}${Array.from({ length: 3 }, () => real[Math.floor(random() * real.length)]).join(' ')}`).join('\n\n');
    await repository.upsertDocument({ id: `syn-${d}.md`, contentHash: String(d), title: `Syntetiskt ${d}`, tags: d % 5 === 0 ? ['försäkring', 'lön'] : [] }, chunkMarkdown(body).map((c) => ({ ...c, indexText: expandForIndex(c.text) })));
  }
  await repository.refreshStatistics();
}
const stats = await repository.stats();
// PARITY_PRELOAD=0 exercises the path of a large corpus (postings read per lexeme on first use).
const index = new LexicalIndex(repository, process.env.PARITY_PRELOAD ? { preloadPostings: Number(process.env.PARITY_PRELOAD) } : {});
await index.ensure(stats.version);
const vocabulary = new Vocabulary(await repository.vocabulary());
const documents = new DocumentEvidence(core.db);

let checked = 0;
let orderMismatches = 0;
let maxRelative = 0;
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
const compare = (label: string, id: string, sql: Array<{ key: string; score: number; extra: string }>, mem: Array<{ key: string; score: number; extra: string }>) => {
  checked++;
  const same = sql.length === mem.length && sql.every((s, i) => s.key === mem[i]!.key && s.extra === mem[i]!.extra);
  if (!same) {
    orderMismatches++;
    console.log(`${id} ${label}: differs\n  sql ${sql.slice(0, 6).map((s) => `${s.key}:${s.score}`).join(' ')}\n  mem ${mem.slice(0, 6).map((s) => `${s.key}:${s.score}`).join(' ')}`);
  }
  sql.forEach((s, i) => { if (mem[i]) maxRelative = Math.max(maxRelative, relative(s.score, mem[i]!.score)); });
};

for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const q = JSON.parse(line) as { id: string; text: string; history?: string[] };
    const concepts = [...analyzeQuery(q.text, { vocabulary }), ...(q.history ?? []).flatMap((h) => analyzeQuery(h, { vocabulary }))].slice(0, 24);
    const forms: QueryForm[] = concepts.flatMap((c, i) => c.forms.map((f) => ({ word: f.word, concept: i, weight: f.weight * (i % 3 === 0 ? 1 : 0.6) })));
    const query = await index.prepare(forms);
    const hit = (h: { chunkId?: string; documentId?: string; score: number; concepts: number[]; conceptWeights: number[] }) => ({ key: h.chunkId ?? h.documentId!, score: h.score, extra: `${h.concepts.join(',')}/${h.conceptWeights.join(',')}` });
    compare('chunks', q.id, (await repository.searchLexical(forms, 100)).map(hit), index.searchLexical(query, 100).map(hit));
    compare('documents', q.id, (await documents.score(forms)).map(hit), index.documentScores(query).map(hit));
    const idf = (m: Map<number, { idf: number; df: number }>) => [...m].sort((a, b) => a[0] - b[0]).map(([c, v]) => ({ key: String(c), score: v.idf, extra: String(v.df) }));
    compare('idf', q.id, idf(await repository.conceptIdf(forms)), idf(index.conceptIdf(query)));
  }
}
console.log(`${stats.chunkCount} chunks: ${checked} rankings compared, ${orderMismatches} differ in order, concepts or weights; largest relative score difference ${maxRelative.toExponential(2)}`);
await core.close();
