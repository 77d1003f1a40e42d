import type { ChunkContent } from '../../store/repositories/knowledge.js';

/** A retrieved passage with its document's metadata, best first. */
export interface Passage extends ChunkContent {
  chunkId: string;
  /** Fused relevance score; higher is better. Comparable within one query only. */
  score: number;
  /** Share of the question's content (weighted by how informative each concept is) that the passage matched (0–1). */
  coverage: number;
  /** The same share found in the passage's own text (without its article's title and organisation). */
  textCoverage?: number;
  /** The same share found anywhere in the passage's article (text, title, tags). */
  documentCoverage?: number;
  /** The query concepts (content words) the passage matched, for the answer composer. */
  matchedConcepts: string[];
  /** The query concepts found anywhere in the passage's article (text, title, tags). */
  documentConcepts?: string[];
}

export interface RetrievalQuery {
  text: string;
  /** Earlier member messages in the conversation, oldest first. */
  history?: string[];
  limit?: number;
  /**
   * The question with its misspellings corrected, for reading what kind of fact it asks for
   * ("Vilken ingånslön …" asks for money); the search itself uses `text`, where a correction
   * weighs less than a word as typed. Defaults to `text`.
   */
  readAs?: string;
  /** Read the question with the earlier messages even though it names its own topic (a pronoun was replaced by the person it stands for). */
  followUp?: boolean;
}

/** One content concept of the question, with the word forms that count as a match. */
export interface ConceptInfo {
  concept: string;
  /** 1 for the question's own words; lower for words taken from earlier messages. */
  weight: number;
  /** Inverse document frequency in the corpus (high for rare or unseen words); 0 for stop words. */
  idf: number;
  /** `head`: the last part of the asked compound ("försäkring" of "inkomstförsäkring"). */
  forms: Array<{ word: string; weight: number; head?: boolean }>;
  /** True when no form of the concept occurs anywhere in the documents. */
  absent?: boolean;
  /** True when the word as asked (and its base form) occurs nowhere in the documents, though a part or synonym of it may. */
  wordAbsent?: boolean;
  /** True for a name (capitalised mid-sentence, or a word no dictionary knows). */
  name?: boolean;
  /** True when the concept came from an earlier message (follow-up question). */
  fromHistory: boolean;
}

export interface RetrievalResult {
  passages: Passage[];
  /** The content concepts of the question (after follow-up resolution), for the answer composer. */
  concepts: ConceptInfo[];
  /** True when earlier messages were used to interpret a follow-up question. */
  usedHistory: boolean;
}

/** One retrieval strategy; hybrid retrieval composes several. */
export interface Retriever {
  retrieve(query: RetrievalQuery): Promise<RetrievalResult>;
}
