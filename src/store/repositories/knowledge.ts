import type { Db, Queryable } from '../db.js';

/** Field weights in the postings' term frequency: a title word counts three times, a heading word twice. */
const FIELD_WEIGHT_SQL = `case w when 'A' then 3 when 'B' then 2 when 'C' then 1.5 else 1 end`;

export interface StoredDocument {
  id: string;
  contentHash: string;
  title: string;
  organisation?: string;
  published?: string;
  kind?: string;
  tags: string[];
  url?: string;
}

export interface StoredChunk {
  ordinal: number;
  heading?: string;
  text: string;
  /** The body text with compound parts and glossary forms beside each word (input to to_tsvector). */
  indexText: string;
  /** Curated search terms of the chunk's paragraphs, shown to nobody. */
  searchTerms?: string[];
  /** For each search term, the block of the chunk text it describes. */
  searchTermBlocks?: number[];
  /** The search terms with compound parts and glossary forms (input to to_tsvector). */
  searchTermsIndexText?: string;
}

/**
 * Postings of a chunk's curated search terms are kept apart from its text's: their lexemes carry
 * this prefix (`~kostnad`), so the text's statistics are untouched and the retriever decides
 * how much a match through a curated term counts.
 */
export const SEARCH_TERM_PREFIX = '~';

/**
 * The query forms of parameters $1 (words), $2 (their concept) and $3 (their weight) as Swedish
 * lexemes: `q(lexeme, concept, weight)`, each lexeme of a concept with its strongest form's
 * weight. The common start of every ranking query (chunks, concept IDF, whole articles).
 */
export const QUERY_LEXEMES_CTE = `f(form, concept, weight) as (
         select * from unnest($1::text[], $2::int[], $3::real[])
       ),
       q as (
         select u.lexeme, f.concept, max(f.weight) as weight
         from f, unnest(to_tsvector('swedish', f.form)) u
         where length(u.lexeme) > 1
         group by u.lexeme, f.concept
       )`;

/** A chunk's text and place in its article, with the article's metadata: what a passage shows and cites. */
export interface ChunkContent {
  documentId: string;
  title: string;
  organisation?: string;
  published?: string;
  kind?: string;
  url?: string;
  heading?: string;
  text: string;
  ordinal: number;
  /** Curated search terms of the chunk's paragraphs; not shown to members. */
  searchTerms?: string[];
  /** For each search term, the block (blank-line-separated paragraph or list) of `text` it describes. */
  searchTermBlocks?: number[];
}

export interface ChunkRow extends ChunkContent {
  id: string;
}

export interface LexicalHit {
  chunkId: string;
  score: number;
  /** Indexes of the query concepts the chunk matched. */
  concepts: number[];
  /** For each matched concept, the weight of the best form that matched (a compound part counts less than the word). */
  conceptWeights: number[];
  /** For each matched concept, its share of `score` (the in-memory index gives these). */
  conceptScores?: number[];
  /** For each matched concept, the IDF of the form that scored best (the in-memory index gives these). */
  conceptFormIdfs?: number[];
}

export interface QueryForm {
  word: string;
  concept: number;
  weight: number;
}

export interface LexicalCatalogue {
  stats?: { chunkCount: number; avgLength: number; version: number };
  documentFrequencies: Array<[string, number]>;
  documents: Array<{ id: string; tagLexemes: string[] }>;
  chunks: Array<{ id: string; documentId: string; length: number }>;
  postingCount: number;
}

export interface Bm25Params {
  k1: number;
  b: number;
}

/** SQL access to the knowledge index (documents, chunks, postings, vocabulary). */
export class KnowledgeRepository {
  constructor(private readonly db: Db) {}

  async documentHashes(): Promise<Map<string, string>> {
    const rows = await this.db.query<{ id: string; content_hash: string }>('select id, content_hash from kb_document');
    return new Map(rows.map((r) => [r.id, r.content_hash]));
  }

  /** Replaces a document and its chunks and postings in one transaction. */
  async upsertDocument(doc: StoredDocument, chunks: StoredChunk[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('delete from kb_document where id = $1', [doc.id]);
      await tx.query(
        `insert into kb_document(id, content_hash, title, organisation, published, kind, tags, url)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [doc.id, doc.contentHash, doc.title, doc.organisation ?? null, doc.published ?? null, doc.kind ?? null, doc.tags, doc.url ?? null],
      );
      if (chunks.length === 0) return;
      await tx.query(
        `insert into kb_chunk(id, document_id, ordinal, heading, text, search_terms, search_term_blocks, tsv, length)
         select $1 || '#' || c.ordinal, $1, c.ordinal, c.heading, c.text,
                coalesce((select array_agg(t order by n) from jsonb_array_elements_text(c.terms -> 0) with ordinality as e(t, n)), '{}'),
                coalesce((select array_agg(b::int order by n) from jsonb_array_elements_text(c.terms -> 1) with ordinality as e(b, n)), '{}'),
                c.tsv,
                coalesce((select sum(${FIELD_WEIGHT_SQL}) from unnest(c.tsv) u, unnest(u.weights) w), 0)
         from (
           select t.ordinal, t.heading, t.text, t.terms,
                  setweight(to_tsvector('swedish', $2), 'A')
                  || setweight(to_tsvector('swedish', coalesce(t.heading, '')), 'B')
                  || setweight(to_tsvector('swedish', $7), 'C')
                  || setweight(to_tsvector('swedish', t.index_text), 'D') as tsv
           from unnest($3::int[], $4::text[], $5::text[], $6::text[], $8::jsonb[]) as t(ordinal, heading, text, index_text, terms)
         ) c`,
        [
          doc.id,
          doc.title,
          chunks.map((c) => c.ordinal),
          chunks.map((c) => c.heading ?? null),
          chunks.map((c) => c.text),
          chunks.map((c) => c.indexText),
          doc.organisation ?? '',
          chunks.map((c) => JSON.stringify([c.searchTerms ?? [], c.searchTermBlocks ?? (c.searchTerms ?? []).map(() => 0)])),
        ],
      );
      await insertPostings(tx, doc.id);
      const withTerms = chunks.filter((c) => c.searchTermsIndexText);
      if (withTerms.length > 0) {
        await tx.query(
          `insert into kb_posting(lexeme, chunk_id, tf)
           select $4 || u.lexeme, $1 || '#' || t.ordinal, sum(coalesce(cardinality(u.positions), 1))
           from unnest($2::int[], $3::text[]) as t(ordinal, terms), unnest(to_tsvector('swedish', t.terms)) u
           where length(u.lexeme) > 1
           group by u.lexeme, t.ordinal`,
          [doc.id, withTerms.map((c) => c.ordinal), withTerms.map((c) => c.searchTermsIndexText), SEARCH_TERM_PREFIX],
        );
      }
    });
  }

  async deleteDocuments(ids: string[]): Promise<void> {
    if (ids.length) await this.db.query('delete from kb_document where id = any($1::text[])', [ids]);
  }

  /** Recomputes document frequencies, the vocabulary and corpus statistics after a change. */
  async refreshStatistics(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.exec(`
        delete from kb_lexeme;
        insert into kb_lexeme(lexeme, df) select lexeme, count(*) from kb_posting group by lexeme;
        delete from kb_word;
        insert into kb_word(word, freq)
          select word, nentry from ts_stat('select to_tsvector(''simple'', text) from kb_chunk')
          where length(word) between 2 and 60;
        update kb_word set only_capitalised = true
          where word ~ '^[[:alpha:]]' and word not in (
            select distinct lower(m[1]) from kb_chunk, regexp_matches(kb_chunk.text, '(?:^|[^[:alpha:]])([[:lower:]][[:alpha:]]*)', 'g') m
          );
        insert into kb_stats(id, chunk_count, avg_length, version)
          select 1, count(*), coalesce(avg(length), 1), 1 from kb_chunk
        on conflict (id) do update set chunk_count = excluded.chunk_count, avg_length = excluded.avg_length,
          version = kb_stats.version + 1, updated_at = now();
      `);
    });
  }

  async stats(): Promise<{ chunkCount: number; avgLength: number; version: number }> {
    const rows = await this.db.query<{ chunk_count: number; avg_length: number; version: string | number }>(
      'select chunk_count, avg_length, version from kb_stats where id = 1',
    );
    const row = rows[0];
    return row ? { chunkCount: row.chunk_count, avgLength: row.avg_length, version: Number(row.version) } : { chunkCount: 0, avgLength: 1, version: 0 };
  }

  async vocabulary(): Promise<Array<[string, number]>> {
    const rows = await this.db.query<{ word: string; freq: number }>('select word, freq from kb_word');
    return rows.map((r) => [r.word, r.freq]);
  }

  /** Words the documents only ever write with a capital first letter (lower case): names. */
  async capitalisedWords(): Promise<string[]> {
    const rows = await this.db.query<{ word: string }>('select word from kb_word where only_capitalised');
    return rows.map((r) => r.word);
  }

  /**
   * BM25 over the Swedish lexemes of the query forms. Each concept scores the best of its
   * alternative forms (a synonym does not count twice); concepts add up.
   */
  async searchLexical(forms: QueryForm[], limit: number, { k1, b }: Bm25Params = { k1: 1.2, b: 0.6 }): Promise<LexicalHit[]> {
    if (forms.length === 0) return [];
    const rows = await this.db.query<{ chunk_id: string; score: number; concepts: number[]; weights: number[] }>(
      `with ${QUERY_LEXEMES_CTE},
       s as (select chunk_count::real as n, avg_length as avgdl from kb_stats where id = 1),
       per_concept as (
         select p.chunk_id, q.concept, max(q.weight) as weight,
                max(q.weight * ln(1 + (s.n - l.df + 0.5) / (l.df + 0.5))
                    * p.tf * ($4::float8 + 1) / (p.tf + $4::float8 * (1 - $5::float8 + $5::float8 * c.length / s.avgdl))) as score
         from q
         join kb_lexeme l on l.lexeme = q.lexeme
         join kb_posting p on p.lexeme = q.lexeme
         join kb_chunk c on c.id = p.chunk_id
         cross join s
         group by p.chunk_id, q.concept
       )
       select chunk_id, sum(score)::float8 as score, array_agg(concept order by concept) as concepts,
              array_agg(weight::float8 order by concept) as weights
       from per_concept group by chunk_id order by score desc, chunk_id limit $6::int`,
      [forms.map((f) => f.word), forms.map((f) => f.concept), forms.map((f) => f.weight), k1, b, limit],
    );
    return rows.map((r) => ({ chunkId: r.chunk_id, score: Number(r.score), concepts: r.concepts, conceptWeights: r.weights.map(Number) }));
  }

  /**
   * How informative each query concept is: the inverse document frequency of its most common
   * form in the corpus (leaving out forms weighing under 0.5, such as a compound's modifier,
   * when a stronger form occurs), or of an unseen word when none of its forms occurs. Concepts
   * made only of stop words are absent from the result.
   */
  async conceptIdf(forms: QueryForm[]): Promise<Map<number, { idf: number; df: number }>> {
    if (forms.length === 0) return new Map();
    const rows = await this.db.query<{ concept: number; idf: number; df: number }>(
      `with ${QUERY_LEXEMES_CTE},
       d as (
         select q.concept, coalesce(max(l.df) filter (where q.weight >= 0.5 and l.df > 0), max(coalesce(l.df, 0)))::int as df
         from q left join kb_lexeme l on l.lexeme = q.lexeme
         group by q.concept
       ),
       s as (select coalesce((select chunk_count::real from kb_stats where id = 1), 0) as n)
       select d.concept, d.df, ln(1 + (s.n - d.df + 0.5) / (d.df + 0.5))::float8 as idf
       from d cross join s`,
      [forms.map((f) => f.word), forms.map((f) => f.concept), forms.map((f) => f.weight)],
    );
    return new Map(rows.map((r) => [r.concept, { idf: Number(r.idf), df: Number(r.df) }]));
  }

  /**
   * The Swedish lexemes (longer than one letter) of each text, as `to_tsvector('swedish', …)`
   * makes them: the query side of the lexical index, in one statement for many forms.
   */
  async lexemesOf(texts: string[]): Promise<string[][]> {
    if (texts.length === 0) return [];
    const rows = await this.db.query<{ i: string | number; lexemes: string[] | null }>(
      `select t.i, array(select u.lexeme from unnest(to_tsvector('swedish', t.form)) u where length(u.lexeme) > 1) as lexemes
       from unnest($1::text[]) with ordinality as t(form, i)`,
      [texts],
    );
    const out: string[][] = texts.map(() => []);
    for (const r of rows) out[Number(r.i) - 1] = r.lexemes ?? [];
    return out;
  }

  /**
   * What the in-memory lexical index needs besides postings, read in one transaction so the parts
   * agree: corpus statistics, document frequencies, every chunk's document and length, and every
   * document with the lexemes of its tags.
   */
  async lexicalCatalogue(): Promise<LexicalCatalogue> {
    return this.db.transaction(async (tx) => {
      const stats = await tx.query<{ chunk_count: number; avg_length: number | string; version: string | number }>('select chunk_count, avg_length, version from kb_stats where id = 1');
      const lexemes = await tx.query<{ lexeme: string; df: number }>('select lexeme, df from kb_lexeme');
      const documents = await tx.query<{ id: string; tags: string[] | null }>(
        `select d.id, case when cardinality(d.tags) > 0 then
           array(select u.lexeme from unnest(to_tsvector('swedish', array_to_string(d.tags, ' '))) u) end as tags
         from kb_document d`,
      );
      const chunks = await tx.query<{ id: string; document_id: string; length: number | string }>('select id, document_id, length from kb_chunk');
      const postings = await tx.query<{ n: string | number }>('select count(*) as n from kb_posting');
      const row = stats[0];
      return {
        stats: row ? { chunkCount: Number(row.chunk_count), avgLength: Math.fround(Number(row.avg_length)), version: Number(row.version) } : undefined,
        documentFrequencies: lexemes.map((l) => [l.lexeme, Number(l.df)] as [string, number]),
        documents: documents.map((d) => ({ id: d.id, tagLexemes: d.tags ?? [] })),
        chunks: chunks.map((c) => ({ id: c.id, documentId: c.document_id, length: Math.fround(Number(c.length)) })),
        postingCount: Number(postings[0]?.n ?? 0),
      };
    });
  }

  /** Postings of the given lexemes (all of them when `lexemes` is omitted); term frequencies are the stored float4 values. */
  async postings(lexemes?: string[]): Promise<Array<{ lexeme: string; chunkId: string; tf: number }>> {
    if (lexemes && lexemes.length === 0) return [];
    const rows = lexemes
      ? await this.db.query<{ lexeme: string; chunk_id: string; tf: number | string }>('select lexeme, chunk_id, tf from kb_posting where lexeme = any($1::text[])', [lexemes])
      : await this.db.query<{ lexeme: string; chunk_id: string; tf: number | string }>('select lexeme, chunk_id, tf from kb_posting');
    return rows.map((r) => ({ lexeme: r.lexeme, chunkId: r.chunk_id, tf: Math.fround(Number(r.tf)) }));
  }

  /** Every chunk row (for a small corpus the retriever keeps them all in memory). */
  async allChunks(): Promise<ChunkRow[]> {
    const rows = await this.db.query<{ id: string }>('select id from kb_chunk order by id');
    return this.chunks(rows.map((r) => r.id));
  }

  async chunks(ids: string[]): Promise<ChunkRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<{
      id: string; document_id: string; title: string; organisation: string | null; published: Date | string | null;
      kind: string | null; url: string | null; heading: string | null; text: string; ordinal: number; search_terms: string[] | null; search_term_blocks: number[] | null;
    }>(
      `select c.id, c.document_id, d.title, d.organisation, d.published::text as published, d.kind, d.url, c.heading, c.text, c.ordinal, c.search_terms, c.search_term_blocks
       from kb_chunk c join kb_document d on d.id = c.document_id where c.id = any($1::text[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [{
        id: r.id,
        documentId: r.document_id,
        title: r.title,
        organisation: r.organisation ?? undefined,
        published: toIsoDate(r.published),
        kind: r.kind ?? undefined,
        url: r.url ?? undefined,
        heading: r.heading ?? undefined,
        text: r.text,
        ordinal: r.ordinal,
        ...(r.search_terms && r.search_terms.length > 0 ? { searchTerms: r.search_terms, searchTermBlocks: r.search_term_blocks ?? [] } : {}),
      }];
    });
  }

  async saveEmbeddings(model: string, items: Array<{ chunkId: string; vector: Float32Array }>): Promise<void> {
    for (const item of items) {
      await this.db.query('update kb_chunk set embedding = $2, embedding_model = $3 where id = $1', [
        item.chunkId,
        Buffer.from(item.vector.buffer, item.vector.byteOffset, item.vector.byteLength),
        model,
      ]);
    }
  }

  async chunksWithoutEmbedding(model: string): Promise<Array<{ id: string; title: string; heading?: string; text: string }>> {
    const rows = await this.db.query<{ id: string; title: string; heading: string | null; text: string }>(
      `select c.id, d.title, c.heading, c.text from kb_chunk c join kb_document d on d.id = c.document_id
       where c.embedding is null or c.embedding_model is distinct from $1 order by c.id`,
      [model],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, heading: r.heading ?? undefined, text: r.text }));
  }

  async embeddings(model: string): Promise<Array<{ chunkId: string; vector: Float32Array }>> {
    const rows = await this.db.query<{ id: string; embedding: Uint8Array }>(
      'select id, embedding from kb_chunk where embedding is not null and embedding_model = $1',
      [model],
    );
    return rows.map((r) => {
      const bytes = Uint8Array.from(r.embedding);
      return { chunkId: r.id, vector: new Float32Array(bytes.buffer, 0, bytes.byteLength / 4) };
    });
  }
}

async function insertPostings(tx: Queryable, documentId: string): Promise<void> {
  await tx.query(
    `insert into kb_posting(lexeme, chunk_id, tf)
     select u.lexeme, c.id, sum(${FIELD_WEIGHT_SQL})
     from kb_chunk c, unnest(c.tsv) u, unnest(u.weights) w
     where c.document_id = $1
     group by u.lexeme, c.id`,
    [documentId],
  );
}

function toIsoDate(value: Date | string | null): string | undefined {
  if (!value) return undefined;
  if (value instanceof Date) {
    const y = value.getFullYear();
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  return String(value).slice(0, 10);
}
