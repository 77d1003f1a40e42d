/**
 * `npm run bench` — figures as ratios against a baseline measured in the same run:
 * 1. retrieval quality on the question files vs lunr, MiniSearch and plain PostgreSQL ts_rank;
 * 2. warm `ask` latency (p50/p95) on the real corpus vs a plain PostgreSQL full-text query;
 * 3. ingestion throughput vs plain tsvector indexing of the same chunks;
 * 4. the same on a synthetic corpus scaled to BENCH_SYNTHETIC_CHUNKS (default 50 000) chunks, timed on
 *    BENCH_SYNTHETIC_QUESTIONS (default 300) questions sampled evenly across the sets.
 * Options: BENCH_DATABASE_URL to run on PostgreSQL instead of PGlite; BENCH_QUESTIONS (comma-separated files).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createCore, type Core } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import { expandForIndex } from '../src/knowledge/text/index.js';
import { chunkMarkdown } from '../src/knowledge/ingest/chunk.js';
import { openDatabase } from '../src/store/index.js';
import { QUESTION_SETS } from '../src/eval/question-sets.js';
import { normaliseForMatch, type EvalQuestion } from '../src/eval/score.js';
import { lunrRanker, miniSearchRanker, postgresRanker, PLAIN_FTS_SQL, type Ranker } from './baselines.js';

const questionFiles = (process.env.BENCH_QUESTIONS?.split(',') ?? QUESTION_SETS).filter((f) => existsSync(f));
const syntheticChunks = Number(process.env.BENCH_SYNTHETIC_CHUNKS ?? 50_000);
const syntheticQuestions = Number(process.env.BENCH_SYNTHETIC_QUESTIONS ?? 300);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeEach(items: string[], rounds: number, fn: (item: string) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const started = performance.now();
      await fn(item);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);

async function quality(core: Core, questions: EvalQuestion[]): Promise<void> {
  const answerable = questions.filter((q) => q.expect === 'answer' && q.source);
  const chunks = await core.db.query<{ id: string; title: string; text: string }>('select c.id, d.title, c.text from kb_chunk c join kb_document d on d.id = c.document_id');
  const textOf = new Map(chunks.map((c) => [c.id, c.text]));
  const rankers: Ranker[] = [
    {
      name: 'Rådgivaren hybrid (Swedish-aware)',
      rank: async (question, limit) => (await core.knowledge.retriever.retrieve({ text: question, limit })).passages.map((p) => p.chunkId),
    },
    lunrRanker(chunks),
    miniSearchRanker(chunks),
    await postgresRanker(core.db),
  ];
  console.log(`\n## Retrieval quality: ${answerable.length} answerable questions from ${questionFiles.join(', ')}`);
  const results: Array<{ name: string; hit1: number; hit5: number; mrr: number }> = [];
  for (const ranker of rankers) {
    let hit1 = 0;
    let hit5 = 0;
    let mrr = 0;
    for (const q of answerable) {
      const history = q.history?.join(' ') ?? '';
      // Baselines get the history concatenated (they have no follow-up handling of their own).
      const ids = ranker.name.startsWith('Rådgivaren')
        ? (await core.knowledge.retriever.retrieve({ text: q.text, history: q.history, limit: 5 })).passages.map((p) => p.chunkId)
        : await ranker.rank(`${history} ${q.text}`.trim(), 5);
      const phrase = normaliseForMatch(q.source!);
      const rank = ids.findIndex((id) => normaliseForMatch(textOf.get(id) ?? '').includes(phrase));
      if (rank === 0) hit1++;
      if (rank !== -1) {
        hit5++;
        mrr += 1 / (rank + 1);
      }
    }
    const n = answerable.length || 1;
    results.push({ name: ranker.name, hit1: hit1 / n, hit5: hit5 / n, mrr: mrr / n });
  }
  const ours = results[0]!;
  for (const r of results) {
    line(r.name, `hit@1 ${(r.hit1 * 100).toFixed(1)}%  hit@5 ${(r.hit5 * 100).toFixed(1)}%  MRR ${r.mrr.toFixed(3)}${r === ours ? '' : `  (ours/this hit@1: ${(ours.hit1 / (r.hit1 || 1e-9)).toFixed(2)}×)`}`);
  }
}

async function latency(core: Core, label: string, questions: string[], rounds: number): Promise<void> {
  // Warm up both paths.
  for (const q of questions.slice(0, 5)) {
    await core.engine.handle({ channel: 'bench', channelConversationId: randomUUID(), text: q });
    await core.db.query(PLAIN_FTS_SQL, [q, 8]);
  }
  const plain = await timeEach(questions, rounds, (q) => core.db.query(PLAIN_FTS_SQL, [q, 8]));
  const ask = await timeEach(questions, rounds, (q) => core.engine.handle({ channel: 'bench', channelConversationId: randomUUID(), text: q }));
  const retrieveOnly = await timeEach(questions, rounds, (q) => core.knowledge.retriever.retrieve({ text: q }));
  console.log(`\n## Latency, warm, ${label} (${ask.length} questions)`);
  line('plain PostgreSQL FTS query (baseline)', `p50 ${fmt(percentile(plain, 50))}  p95 ${fmt(percentile(plain, 95))}`);
  line('retrieval only', `p50 ${fmt(percentile(retrieveOnly, 50))}  p95 ${fmt(percentile(retrieveOnly, 95))}  (${(percentile(retrieveOnly, 50) / percentile(plain, 50)).toFixed(1)}× / ${(percentile(retrieveOnly, 95) / percentile(plain, 95)).toFixed(1)}× baseline)`);
  line('ask: full turn (store, classify, retrieve, compose)', `p50 ${fmt(percentile(ask, 50))}  p95 ${fmt(percentile(ask, 95))}  (${(percentile(ask, 50) / percentile(plain, 50)).toFixed(1)}× / ${(percentile(ask, 95) / percentile(plain, 95)).toFixed(1)}× baseline)`);
}

async function ingestion(core: Core): Promise<void> {
  const started = performance.now();
  const report = await core.knowledge.ingest({ force: true });
  const ours = performance.now() - started;
  const plainStarted = performance.now();
  await core.db.exec(`drop table if exists bench_plain_ingest; create table bench_plain_ingest (id text primary key, tsv tsvector); create index on bench_plain_ingest using gin(tsv);`);
  const chunks = await core.db.query<{ id: string; title: string; text: string }>('select c.id, d.title, c.text from kb_chunk c join kb_document d on d.id = c.document_id');
  await core.db.query(`insert into bench_plain_ingest select id, to_tsvector('swedish', title || ' ' || text) from unnest($1::text[], $2::text[], $3::text[]) as t(id, title, text)`, [chunks.map((c) => c.id), chunks.map((c) => c.title), chunks.map((c) => c.text)]);
  const plain = performance.now() - plainStarted;
  console.log('\n## Ingestion, real corpus');
  line('plain tsvector indexing (baseline)', `${((chunks.length / plain) * 1000).toFixed(0)} chunks/s`);
  line('Rådgivaren ingest (parse, chunk, expand, index)', `${((report.chunks / ours) * 1000).toFixed(0)} chunks/s (${(plain / ours * (report.chunks / chunks.length)).toFixed(2)}× baseline throughput)`);
}

async function synthetic(questions: string[]): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const db = process.env.BENCH_DATABASE_URL ? await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL }) : await openDatabase({});
  const core = await createCore(config, { logger: silentLogger, db, ingest: false });
  await core.db.exec('truncate kb_document cascade');
  // Real sentences recombined into synthetic documents, so term statistics stay Swedish.
  const real = await (async () => {
    const tmp = await createCore(config, { logger: silentLogger, db: await openDatabase({}) });
    const rows = await tmp.db.query<{ text: string }>('select text from kb_chunk');
    await tmp.db.close();
    return rows.flatMap((r) => r.text.split(/(?<=[.!?])\s+/)).filter((s) => s.split(' ').length > 4);
  })();
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const started = performance.now();
  let chunks = 0;
  let documents = 0;
  while (chunks < syntheticChunks) {
    const paragraphs = Array.from({ length: 10 }, () => Array.from({ length: 4 }, () => real[Math.floor(random() * real.length)]).join(' '));
    const body = `# Dokument ${documents}\n\n${paragraphs.map((p, i) => (i % 3 === 0 ? `## Avsnitt ${i}\n\n${p}` : p)).join('\n\n')}`;
    const parts = chunkMarkdown(body).map((c) => ({ ...c, indexText: expandForIndex(c.text) }));
    await core.knowledge.repository.upsertDocument({ id: `syn-${documents}.md`, contentHash: String(documents), title: `Syntetiskt dokument ${documents}`, tags: [] }, parts);
    chunks += parts.length;
    documents++;
    if (documents % 500 === 0) process.stderr.write(`  synthetic: ${chunks} chunks\r`);
  }
  await core.knowledge.repository.refreshStatistics();
  const ingestMs = performance.now() - started;
  const plainStarted = performance.now();
  await core.db.exec(`
    drop table if exists bench_plain_fts;
    create table bench_plain_fts as select c.id, to_tsvector('swedish', d.title || ' ' || c.text) as tsv from kb_chunk c join kb_document d on d.id = c.document_id;
    create index on bench_plain_fts using gin(tsv);`);
  const plainMs = performance.now() - plainStarted;
  console.log(`\n## Synthetic corpus: ${chunks} chunks in ${documents} documents (${core.db.kind})`);
  line('plain tsvector indexing (baseline)', `${((chunks / plainMs) * 1000).toFixed(0)} chunks/s`);
  line('Rådgivaren indexing (chunk, expand, postings)', `${((chunks / ingestMs) * 1000).toFixed(0)} chunks/s (${(plainMs / ingestMs).toFixed(2)}× baseline throughput)`);
  // A fixed-size sample, every n-th question across the sets: a query on 50 000 chunks takes up to a
  // second, and the full list (every set, twice, three ways) grew past an hour as sets were added.
  const step = Math.max(1, Math.ceil(questions.length / syntheticQuestions));
  await latency(core, `synthetic ${chunks} chunks`, questions.filter((_, i) => i % step === 0), 2);
  await core.db.close();
}

async function main(): Promise<void> {
  const questions = questionFiles.flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion),
  );
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const db = process.env.BENCH_DATABASE_URL ? await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL }) : await openDatabase({});
  const core = await createCore(config, { logger: silentLogger, db });
  console.log(`# Rådgivaren benchmark (${db.kind}, Node ${process.version}, ${new Date().toISOString()})`);
  await quality(core, questions);
  await latency(core, 'real corpus', questions.map((q) => q.text), 5);
  await ingestion(core);
  await db.close();
  if (syntheticChunks > 0) await synthetic(questions.map((q) => q.text));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
