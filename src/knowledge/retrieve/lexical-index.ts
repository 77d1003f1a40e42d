import { SEARCH_TERM_PREFIX, type ChunkRow, type KnowledgeRepository, type LexicalHit, type QueryForm } from '../../store/repositories/knowledge.js';
import type { DocumentScore } from './document-evidence.js';

/** Up to this many postings the whole index (postings and chunk rows) is read into memory at once. */
const PRELOAD_POSTINGS = 400_000;
/** Postings kept per lexeme for a larger corpus, read on first use; the cache is emptied beyond this many. */
const MAX_CACHED_POSTINGS = 6_000_000;
const MAX_CACHED_ROWS = 20_000;
const MAX_CACHED_FORMS = 50_000;

interface PostingList {
  chunks: Int32Array;
  /** Field-weighted term frequencies, the stored float4 values. */
  tf: Float32Array;
}

/** One query's lexemes: for each lexeme, the concepts it stands for with their best form weight (float4, as SQL casts it). */
type QueryLexemes = Map<string, Map<number, number>>;

/**
 * Forms weaker than this (a compound's modifier, a derivation, an English word kept as asked)
 * do not set a concept's IDF when a stronger form occurs: "arbetslokalerna" is as informative
 * as "lokal", not as common as "arbete".
 */
const WEAK_FORM_WEIGHT = 0.5;

/**
 * The lexical index held in memory: document frequencies, chunk lengths, documents and their
 * tags, postings and chunk rows, loaded when the knowledge index changes (its version in
 * kb_stats). BM25 over chunks, the concepts' IDF and BM25 over whole articles are computed here
 * with the same arithmetic as the SQL they replace ({@link KnowledgeRepository.searchLexical},
 * {@link KnowledgeRepository.conceptIdf}, the document-evidence query): float4 inputs widened to
 * float8, ties broken by id in byte order (the C collation). A small corpus is read whole, so
 * a turn needs no SQL at all; a large one reads each lexeme's postings on first use and keeps
 * them. The only per-query SQL is `to_tsvector('swedish', …)` for query forms not seen before
 * (memoised: the stemming and stop words stay PostgreSQL's).
 */
export class LexicalIndex {
  private loadedVersion = -1;
  private loading?: Promise<void>;
  private loadingVersion = -1;

  private chunkCount = 0;
  private avgLength = 1;
  private hasStats = false;
  private df = new Map<string, number>();
  private chunkIds: string[] = [];
  private chunkIndex = new Map<string, number>();
  private chunkDocument = new Int32Array(0);
  private chunkLength = new Float32Array(0);
  private documentIds: string[] = [];
  /** Sum of each document's chunk lengths; NaN for a document without chunks. */
  private documentLength = new Float64Array(0);
  private tagDocuments = new Map<string, number[]>();
  private postingLists = new Map<string, PostingList>();
  private cachedPostings = 0;
  private preloaded = false;
  private rows = new Map<string, ChunkRow>();
  /** Query form → its Swedish lexemes; independent of the corpus, so kept across versions. */
  private readonly formLexemes = new Map<string, string[]>();

  constructor(
    private readonly repository: KnowledgeRepository,
    private readonly options: { preloadPostings?: number } = {},
  ) {}

  /** Brings the in-memory index to `version` (reloads when the knowledge index changed). */
  async ensure(version: number): Promise<void> {
    if (version === this.loadedVersion) return;
    if (this.loading && this.loadingVersion === version) return this.loading;
    this.loadingVersion = version;
    const loading = this.load().finally(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    this.loading = loading;
    return loading;
  }

  /** Forgets the loaded index (after an ingestion in this process). */
  invalidate(): void {
    this.loadedVersion = -1;
    this.loadingVersion = -1;
    this.loading = undefined;
  }

  private async load(): Promise<void> {
    const catalogue = await this.repository.lexicalCatalogue();
    const preload = catalogue.postingCount <= (this.options.preloadPostings ?? PRELOAD_POSTINGS);
    const [postings, rows] = preload ? await Promise.all([this.repository.postings(), this.repository.allChunks()]) : [[], []];

    this.hasStats = Boolean(catalogue.stats);
    this.chunkCount = catalogue.stats?.chunkCount ?? 0;
    this.avgLength = catalogue.stats?.avgLength ?? 1;
    this.df = new Map(catalogue.documentFrequencies);
    this.documentIds = catalogue.documents.map((d) => d.id);
    const documentIndex = new Map(this.documentIds.map((id, i) => [id, i]));
    this.tagDocuments = new Map();
    catalogue.documents.forEach((d, i) => {
      for (const lexeme of d.tagLexemes) {
        const list = this.tagDocuments.get(lexeme);
        if (list) list.push(i);
        else this.tagDocuments.set(lexeme, [i]);
      }
    });
    this.chunkIds = catalogue.chunks.map((c) => c.id);
    this.chunkIndex = new Map(this.chunkIds.map((id, i) => [id, i]));
    this.chunkDocument = new Int32Array(catalogue.chunks.length);
    this.chunkLength = new Float32Array(catalogue.chunks.length);
    this.documentLength = new Float64Array(this.documentIds.length).fill(Number.NaN);
    catalogue.chunks.forEach((c, i) => {
      const d = documentIndex.get(c.documentId) ?? -1;
      this.chunkDocument[i] = d;
      this.chunkLength[i] = c.length;
      if (d >= 0) this.documentLength[d] = (Number.isNaN(this.documentLength[d]!) ? 0 : this.documentLength[d]!) + c.length;
    });
    this.postingLists = new Map();
    this.cachedPostings = 0;
    this.preloaded = preload;
    if (preload) this.addPostings(postings, []);
    this.rows = new Map(rows.map((r) => [r.id, r]));
    this.loadedVersion = this.loadingVersion;
  }

  private addPostings(postings: Array<{ lexeme: string; chunkId: string; tf: number }>, requested: string[]): void {
    const grouped = new Map<string, Array<{ chunk: number; tf: number }>>();
    for (const lexeme of requested) grouped.set(lexeme, []);
    for (const p of postings) {
      const chunk = this.chunkIndex.get(p.chunkId);
      if (chunk === undefined) continue;
      let list = grouped.get(p.lexeme);
      if (!list) grouped.set(p.lexeme, (list = []));
      list.push({ chunk, tf: p.tf });
    }
    for (const [lexeme, list] of grouped) {
      this.postingLists.set(lexeme, { chunks: Int32Array.from(list, (e) => e.chunk), tf: Float32Array.from(list, (e) => e.tf) });
      this.cachedPostings += list.length;
    }
  }

  /** The Swedish lexemes of each form (memoised; one statement for the forms not seen before). */
  private async lexemesOf(words: string[]): Promise<Map<string, string[]>> {
    const missing = [...new Set(words.filter((w) => !this.formLexemes.has(w)))];
    if (missing.length > 0) {
      const lexemes = await this.repository.lexemesOf(missing);
      if (this.formLexemes.size + missing.length > MAX_CACHED_FORMS) this.formLexemes.clear();
      missing.forEach((w, i) => this.formLexemes.set(w, lexemes[i] ?? []));
    }
    return new Map(words.map((w) => [w, this.formLexemes.get(w) ?? []]));
  }

  /** Prepares one query: its lexemes (query side) and their postings. */
  async prepare(forms: QueryForm[]): Promise<QueryLexemes> {
    const lexemesOf = await this.lexemesOf(forms.map((f) => f.word));
    const query: QueryLexemes = new Map();
    for (const form of forms) {
      const weight = Math.fround(form.weight);
      for (const lexeme of lexemesOf.get(form.word) ?? []) {
        let concepts = query.get(lexeme);
        if (!concepts) query.set(lexeme, (concepts = new Map()));
        const best = concepts.get(form.concept);
        if (best === undefined || weight > best) concepts.set(form.concept, weight);
      }
    }
    await this.loadPostings(query);
    return query;
  }

  /**
   * The query with each lexeme's curated-search-term twin (`~lexeme`) added, weighted by
   * `scale(concept, lexemeAbsentFromText)` (0 leaves a concept's terms out). Its postings are loaded as for {@link prepare}.
   */
  async withSearchTerms(query: QueryLexemes, scale: (concept: number, lexemeAbsentFromText: boolean) => number): Promise<QueryLexemes> {
    const out: QueryLexemes = new Map(query);
    for (const [lexeme, concepts] of query) {
      if (lexeme.startsWith(SEARCH_TERM_PREFIX)) continue;
      const absent = !this.df.get(lexeme);
      const scaled = new Map<number, number>();
      for (const [concept, weight] of concepts) {
        const factor = scale(concept, absent);
        if (factor > 0) scaled.set(concept, Math.fround(weight * factor));
      }
      if (scaled.size > 0) out.set(SEARCH_TERM_PREFIX + lexeme, scaled);
    }
    await this.loadPostings(out);
    return out;
  }

  private async loadPostings(query: QueryLexemes): Promise<void> {
    if (!this.preloaded) {
      const missing = [...query.keys()].filter((l) => !this.postingLists.has(l));
      if (missing.length > 0) {
        const loadedFor = this.loadedVersion;
        const postings = await this.repository.postings(missing);
        if (loadedFor === this.loadedVersion) {
          if (this.cachedPostings + postings.length > MAX_CACHED_POSTINGS) {
            const keep = new Set(query.keys());
            for (const [lexeme, list] of this.postingLists) {
              if (keep.has(lexeme)) continue;
              this.cachedPostings -= list.chunks.length;
              this.postingLists.delete(lexeme);
            }
          }
          this.addPostings(postings, missing);
        }
      }
    }
  }

  private postingsOf(lexeme: string): PostingList | undefined {
    return this.postingLists.get(lexeme);
  }

  /**
   * Of these forms, those whose lexemes all occur together in one passage's text (for a single
   * word: anywhere); a phrase ("säga upp medlemskapet") is not in the documents because each of
   * its words is somewhere.
   */
  async formsFound(words: string[]): Promise<Set<string>> {
    const lexemesOf = await this.lexemesOf(words);
    await this.loadPostings(new Map(words.flatMap((w) => lexemesOf.get(w) ?? []).map((l) => [l, new Map()])));
    const found = new Set<string>();
    for (const word of words) {
      const lexemes = lexemesOf.get(word) ?? [];
      if (lexemes.length === 0) continue;
      let common: Set<number> | undefined;
      for (const lexeme of lexemes) {
        const chunks = this.postingsOf(lexeme)?.chunks ?? [];
        common = new Set(common ? [...chunks].filter((c) => common!.has(c)) : chunks);
        if (common.size === 0) break;
      }
      if (common && common.size > 0) found.add(word);
    }
    return found;
  }

  /** BM25 over chunks; each concept scores its best form, concepts add up (as {@link KnowledgeRepository.searchLexical}). */
  searchLexical(query: QueryLexemes, limit: number, { k1, b }: { k1: number; b: number } = { k1: 1.2, b: 0.6 }): LexicalHit[] {
    if (!this.hasStats) return [];
    const n = this.chunkCount;
    const avgdl = this.avgLength;
    const perChunk = new Map<number, { concepts: number[]; weights: number[]; scores: number[]; idfs: number[] }>();
    for (const concept of conceptsOf(query)) {
      const best = new Map<number, { score: number; weight: number; idf: number }>();
      for (const [lexeme, concepts] of query) {
        const weight = concepts.get(concept);
        if (weight === undefined) continue;
        const df = this.df.get(lexeme);
        const list = this.postingsOf(lexeme);
        if (df === undefined || !list) continue;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let i = 0; i < list.chunks.length; i++) {
          const chunk = list.chunks[i]!;
          const tf = list.tf[i]!;
          const score = ((weight * idf * tf) * (k1 + 1)) / (tf + k1 * (1 - b + (b * this.chunkLength[chunk]!) / avgdl));
          const entry = best.get(chunk);
          if (!entry) best.set(chunk, { score, weight, idf });
          else {
            if (score > entry.score) {
              entry.score = score;
              entry.idf = idf;
            }
            if (weight > entry.weight) entry.weight = weight;
          }
        }
      }
      for (const [chunk, { score, weight, idf }] of best) {
        let entry = perChunk.get(chunk);
        if (!entry) perChunk.set(chunk, (entry = { concepts: [], weights: [], scores: [], idfs: [] }));
        entry.concepts.push(concept);
        entry.weights.push(weight);
        entry.scores.push(score);
        entry.idfs.push(idf);
      }
    }
    const hits: LexicalHit[] = [];
    for (const [chunk, entry] of perChunk) {
      hits.push({ chunkId: this.chunkIds[chunk]!, score: entry.scores.reduce((a, s) => a + s, 0), concepts: entry.concepts, conceptWeights: entry.weights, conceptScores: entry.scores, conceptFormIdfs: entry.idfs });
    }
    return topBy(hits, limit, (h) => h.score, (h) => h.chunkId);
  }

  /**
   * Each concept's IDF from its most common form, leaving out weak forms when a stronger one
   * occurs (as {@link KnowledgeRepository.conceptIdf}).
   */
  conceptIdf(query: QueryLexemes): Map<number, { idf: number; df: number }> {
    const n = this.hasStats ? this.chunkCount : 0;
    const maxDf = new Map<number, number>();
    const strongDf = new Map<number, number>();
    for (const [lexeme, concepts] of query) {
      const df = this.df.get(lexeme) ?? 0;
      for (const [concept, weight] of concepts) {
        maxDf.set(concept, Math.max(maxDf.get(concept) ?? 0, df));
        if (weight >= Math.fround(WEAK_FORM_WEIGHT) && df > 0) strongDf.set(concept, Math.max(strongDf.get(concept) ?? 0, df));
      }
    }
    for (const [concept, df] of strongDf) maxDf.set(concept, df);
    return new Map([...maxDf].map(([concept, df]) => [concept, { idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)), df }]));
  }

  /**
   * The concepts none of whose forms of at least `floor[concept]` (the word as asked and its base
   * form, not its compound parts or synonyms) occurs in any passage.
   */
  conceptsWithoutStrongForm(query: QueryLexemes, floor: readonly number[]): Set<number> {
    const present = new Set<number>();
    const all = new Set<number>();
    for (const [lexeme, concepts] of query) {
      const df = this.df.get(lexeme) ?? 0;
      for (const [concept, weight] of concepts) {
        all.add(concept);
        if (weight >= Math.fround(floor[concept]!) && df > 0) present.add(concept);
      }
    }
    return new Set([...all].filter((c) => !present.has(c)));
  }

  /** BM25 over whole articles, their passages' postings plus their tags (as the document-evidence query). */
  documentScores(query: QueryLexemes, { k1 = 1.2, b = 0.5, limit = 40, tagWeight = 3 } = {}): DocumentScore[] {
    if (query.size === 0) return [];
    const documentCount = this.documentIds.length;
    const n = documentCount;
    const avgdl = (this.hasStats ? this.avgLength * this.chunkCount : 1) / Math.max(documentCount, 1);
    // Per lexeme: each document's summed term frequency (passages and tags).
    const dtf = new Map<string, Map<number, number>>();
    for (const lexeme of query.keys()) {
      const byDocument = new Map<number, number>();
      const list = this.postingsOf(lexeme);
      if (list) {
        for (let i = 0; i < list.chunks.length; i++) {
          const d = this.chunkDocument[list.chunks[i]!]!;
          if (d < 0) continue;
          byDocument.set(d, (byDocument.get(d) ?? 0) + list.tf[i]!);
        }
      }
      for (const d of this.tagDocuments.get(lexeme) ?? []) byDocument.set(d, (byDocument.get(d) ?? 0) + Math.fround(tagWeight));
      dtf.set(lexeme, byDocument);
    }
    const perDocument = new Map<number, { concepts: number[]; weights: number[]; scores: number[] }>();
    for (const concept of conceptsOf(query)) {
      const best = new Map<number, { score: number; weight: number }>();
      for (const [lexeme, concepts] of query) {
        const weight = concepts.get(concept);
        if (weight === undefined) continue;
        const byDocument = dtf.get(lexeme)!;
        const ddf = byDocument.size;
        if (ddf === 0) continue;
        const idf = Math.log(1 + (n - ddf + 0.5) / (ddf + 0.5));
        for (const [d, tf] of byDocument) {
          const length = this.documentLength[d]!;
          if (Number.isNaN(length)) continue;
          const score = ((weight * idf * tf) * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avgdl));
          const entry = best.get(d);
          if (!entry) best.set(d, { score, weight });
          else {
            if (score > entry.score) entry.score = score;
            if (weight > entry.weight) entry.weight = weight;
          }
        }
      }
      for (const [d, { score, weight }] of best) {
        let entry = perDocument.get(d);
        if (!entry) perDocument.set(d, (entry = { concepts: [], weights: [], scores: [] }));
        entry.concepts.push(concept);
        entry.weights.push(weight);
        entry.scores.push(score);
      }
    }
    const scores: DocumentScore[] = [];
    for (const [d, entry] of perDocument) {
      scores.push({ documentId: this.documentIds[d]!, score: entry.scores.reduce((a, s) => a + s, 0), concepts: entry.concepts, conceptWeights: entry.weights });
    }
    return topBy(scores, limit, (s) => s.score, (s) => s.documentId);
  }

  /** Chunk rows by id, in the order asked (cached; read from the store when missing). */
  async chunks(ids: string[]): Promise<ChunkRow[]> {
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length > 0) {
      const loadedFor = this.loadedVersion;
      const rows = await this.repository.chunks(missing);
      if (loadedFor === this.loadedVersion) {
        if (this.rows.size + rows.length > MAX_CACHED_ROWS) this.rows.clear();
        for (const row of rows) this.rows.set(row.id, row);
      } else {
        return ids.flatMap((id) => rows.find((r) => r.id === id) ?? this.rows.get(id) ?? []);
      }
    }
    return ids.flatMap((id) => this.rows.get(id) ?? []);
  }
}

/** The concept indexes of a query, ascending (the order SQL's `array_agg(concept order by concept)` gives). */
function conceptsOf(query: QueryLexemes): number[] {
  const set = new Set<number>();
  for (const concepts of query.values()) for (const c of concepts.keys()) set.add(c);
  return [...set].sort((a, b) => a - b);
}

/** The `limit` best by score, ties by id in byte order (PostgreSQL's C collation). */
function topBy<T>(items: T[], limit: number, score: (t: T) => number, id: (t: T) => string): T[] {
  items.sort((a, b) => score(b) - score(a) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return items.slice(0, limit);
}
