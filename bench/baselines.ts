/**
 * Today's lexical peers, over the same chunks as Rådgivaren: lunr with Swedish stemming,
 * MiniSearch (prefix + fuzzy), and plain PostgreSQL `ts_rank` with the `swedish` configuration.
 */
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import type { Db } from '../src/store/db.js';

export interface BaselineChunk {
  id: string;
  title: string;
  text: string;
}

export interface Ranker {
  name: string;
  rank(question: string, limit: number): Promise<string[]>;
}

const require = createRequire(import.meta.url);

export function lunrRanker(chunks: BaselineChunk[]): Ranker {
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support')(lunr);
  require('lunr-languages/lunr.sv')(lunr);
  const index = lunr(function (this: any) {
    this.use(lunr.sv);
    this.ref('id');
    this.field('title', { boost: 2 });
    this.field('text');
    for (const chunk of chunks) this.add(chunk);
  });
  return {
    name: 'lunr (Swedish stemming)',
    async rank(question, limit) {
      // Query terms joined as an OR query; lunr's query syntax characters are stripped.
      const query = question.replace(/[:~^+\-*]/g, ' ');
      try {
        return index.search(query).slice(0, limit).map((r: { ref: string }) => r.ref);
      } catch {
        return [];
      }
    },
  };
}

export function miniSearchRanker(chunks: BaselineChunk[]): Ranker {
  const mini = new MiniSearch<BaselineChunk>({ fields: ['title', 'text'], storeFields: ['id'], searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 } });
  mini.addAll(chunks);
  return { name: 'MiniSearch (prefix + fuzzy)', rank: async (question, limit) => mini.search(question).slice(0, limit).map((r) => String(r.id)) };
}

/**
 * Plain PostgreSQL full text, as a team would set it up without Swedish compound handling: a
 * stored `to_tsvector('swedish', title || text)` with a GIN index, the question's lexemes ORed,
 * ranked by `ts_rank`.
 */
export async function postgresRanker(db: Db): Promise<Ranker> {
  await db.exec(`
    drop table if exists bench_plain_fts;
    create table bench_plain_fts as
      select c.id, to_tsvector('swedish', d.title || ' ' || c.text) as tsv
      from kb_chunk c join kb_document d on d.id = c.document_id;
    create index on bench_plain_fts using gin(tsv);
    analyze bench_plain_fts;`);
  return {
    name: 'PostgreSQL ts_rank (swedish)',
    async rank(question, limit) {
      const rows = await db.query<{ id: string }>(PLAIN_FTS_SQL, [question, limit]);
      return rows.map((r) => r.id);
    },
  };
}

export const PLAIN_FTS_SQL = `
  with q as (
    select to_tsquery('swedish', coalesce(nullif(array_to_string(tsvector_to_array(to_tsvector('swedish', $1)), ' | '), ''), 'xyzzy')) as query
  )
  select f.id from bench_plain_fts f, q
  where f.tsv @@ q.query
  order by ts_rank(f.tsv, q.query) desc, f.id
  limit $2`;
