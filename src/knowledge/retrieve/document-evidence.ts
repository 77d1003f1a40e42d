import type { Queryable } from '../../store/db.js';
import { QUERY_LEXEMES_CTE, type QueryForm } from '../../store/repositories/knowledge.js';

/** How strongly a whole document matches the question, with the concepts it covers anywhere in its text, title or tags. */
export interface DocumentScore {
  documentId: string;
  /** BM25 of the question's concepts over the whole document (each concept scores its best form). */
  score: number;
  /** Indexes of the query concepts found somewhere in the document. */
  concepts: number[];
  /** For each of `concepts`, the weight of the best form that matched. */
  conceptWeights: number[];
}

/**
 * Document-level evidence: BM25 of the question over whole articles, the sum of their
 * passages' postings (title and section headings are in every chunk's postings already, so
 * they weigh in), plus the article's tags. A paraphrase whose words are spread over several
 * passages of the right article still finds the article this way, where no single passage
 * matches enough of it.
 * A tag counts like a title word in one passage.
 */
export class DocumentEvidence {
  constructor(private readonly db: Queryable) {}

  async score(forms: QueryForm[], { k1 = 1.2, b = 0.5, limit = 40, tagWeight = 3 } = {}): Promise<DocumentScore[]> {
    if (forms.length === 0) return [];
    const rows = await this.db.query<{ document_id: string; score: number; concepts: number[]; weights: number[]; }>(
      `with ${QUERY_LEXEMES_CTE},
       dtf as (
         select document_id, lexeme, sum(tf) as tf from (
           select c.document_id, p.lexeme, p.tf
           from kb_posting p join kb_chunk c on c.id = p.chunk_id
           where p.lexeme in (select lexeme from q)
           union all
           select d.id, u.lexeme, $7::real
           from kb_document d, unnest(to_tsvector('swedish', array_to_string(d.tags, ' '))) u
           where cardinality(d.tags) > 0 and u.lexeme in (select lexeme from q)
         ) t
         group by document_id, lexeme
       ),
       ddf as (select lexeme, count(*)::real as df from dtf group by lexeme),
       dl as (
         select document_id, sum(length) as len from kb_chunk
         where document_id in (select document_id from dtf) group by document_id
       ),
       s as (
         select (select count(*) from kb_document)::real as n,
                coalesce((select avg_length * chunk_count from kb_stats where id = 1), 1) / greatest((select count(*) from kb_document), 1) as avgdl
       ),
       per_concept as (
         select dtf.document_id, q.concept, max(q.weight) as weight,
                max(q.weight * ln(1 + (s.n - ddf.df + 0.5) / (ddf.df + 0.5))
                    * dtf.tf * ($4::float8 + 1) / (dtf.tf + $4::float8 * (1 - $5::float8 + $5::float8 * dl.len / s.avgdl))) as score
         from dtf
         join q on q.lexeme = dtf.lexeme
         join ddf on ddf.lexeme = dtf.lexeme
         join dl on dl.document_id = dtf.document_id
         cross join s
         group by dtf.document_id, q.concept
       )
       select document_id, sum(score)::float8 as score, array_agg(concept order by concept) as concepts,
              array_agg(weight::float8 order by concept) as weights
       from per_concept group by document_id order by score desc, document_id limit $6::int`,
      [forms.map((f) => f.word), forms.map((f) => f.concept), forms.map((f) => f.weight), k1, b, limit, tagWeight],
    );
    return rows.map((r) => ({ documentId: r.document_id, score: Number(r.score), concepts: r.concepts, conceptWeights: r.weights.map(Number) }));
  }
}
