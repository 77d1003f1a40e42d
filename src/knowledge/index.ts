import type { Logger } from '../core/log.js';
import { redactPersonalData } from '../core/redact.js';
import type { Citation, Language } from '../core/types.js';
import type { ChatModel } from '../llm/openai.js';
import type { PromptLibrary } from '../llm/prompts.js';
import type { Db } from '../store/db.js';
import { KnowledgeRepository } from '../store/repositories/knowledge.js';
import { ExtractiveComposer } from './answer/extractive.js';
import { LlmComposer } from './answer/llm.js';
import type { AnswerComposer, ComposedAnswer } from './answer/types.js';
import { ingestKnowledge, type IngestProgress, type IngestReport } from './ingest/ingest.js';
import type { Embedder } from './retrieve/dense.js';
import { asksForMore } from './retrieve/follow-up.js';
import { HybridRetriever } from './retrieve/hybrid.js';
import type { RetrievalResult } from './retrieve/types.js';
import { expandForIndex } from './text/index.js';

export type { Passage, RetrievalResult, ConceptInfo } from './retrieve/types.js';
export type { ComposedAnswer } from './answer/types.js';
export type { IngestReport } from './ingest/ingest.js';

export interface KnowledgeAnswer {
  answer: ComposedAnswer;
  retrieval: RetrievalResult;
}

/** What the conversation engine needs from the knowledge layer. */
export interface KnowledgeService {
  answer(question: string, options: { language: Language; history?: string[] }): Promise<KnowledgeAnswer>;
}

export interface KnowledgeBaseOptions {
  db: Db;
  knowledgeDir: string;
  logger: Logger;
  /** With a chat model, answers are written by the LLM; otherwise extractively. */
  chatModel?: ChatModel;
  prompts?: PromptLibrary;
  embedder?: Embedder;
  /** Share of the question's informative content the best passage must cover to be answered. */
  minCoverage?: number;
}

/** The knowledge layer: ingestion, hybrid retrieval and answer composition behind one object. */
export class KnowledgeBase implements KnowledgeService {
  readonly repository: KnowledgeRepository;
  readonly retriever: HybridRetriever;
  readonly composer: AnswerComposer;

  constructor(private readonly options: KnowledgeBaseOptions) {
    this.repository = new KnowledgeRepository(options.db);
    this.retriever = new HybridRetriever({
      repository: this.repository,
      db: options.db,
      embedder: options.embedder,
      onDenseError: (error) => options.logger.warn('dense retrieval failed; lexical only', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }),
    });
    const extractive = new ExtractiveComposer({ expandForIndex, minCoverage: options.minCoverage });
    this.composer =
      options.chatModel && options.prompts
        ? new LlmComposer({ model: options.chatModel, prompts: options.prompts, fallback: extractive, logger: options.logger, minCoverage: options.minCoverage })
        : extractive;
  }

  async answer(question: string, { language, history = [] }: { language: Language; history?: string[] }): Promise<KnowledgeAnswer> {
    // Personal data is no search term: "19850312-1234" would only make the question look unanswerable.
    const searchable = (text: string) => redactPersonalData(text).replace(/\[(personnummer|telefonnummer|e-post)\]/g, ' ');
    const searchableHistory = history.map(searchable);
    // A name typed in lower case ("vem är pia tham?") is read as the name it is.
    question = await this.retriever.withNameCapitals(question);
    // "Var jobbar hon?" after a question about Pia Tham's proposal asks where Pia Tham works.
    const asked = question;
    // Finding the person may retrieve (and, with embeddings, embed): with personal data left out.
    const person = await this.retriever.personFor(searchable(question), searchableHistory);
    if (person) question = this.retriever.withPerson(question, person);
    const followUp = question !== asked;
    // What kind of fact it asks for is read with its misspellings corrected ("Vilken ingånslön …").
    const readAs = await this.retriever.withSpellingCorrected(question);
    const retrieval = await this.retriever.retrieve({ text: searchable(question), history: searchableHistory, limit: 8, readAs: searchable(readAs), followUp });
    // "Och vad mer?": the answer to the previous question is not given again.
    const alreadySaid = history.length > 0 && asksForMore(asked) ? await this.previousAnswerLead(history, language) : undefined;
    const answer = await this.composer.compose({ question: readAs, language, retrieval, history, alreadySaid });
    return { answer, retrieval: answer.kind === 'answer' ? citedFirst(retrieval, answer.citations) : retrieval };
  }

  /** What led the answer to the member's last message (as it was given: the same documents, the same history). */
  private async previousAnswerLead(history: string[], language: Language): Promise<string | undefined> {
    const previous = await this.answer(history[history.length - 1]!, { language, history: history.slice(0, -1) });
    return previous.answer.kind === 'answer' ? previous.answer.lead : undefined;
  }

  /** Re-indexes what changed in the knowledge folder, then embeds new chunks when embeddings are configured. */
  async ingest({ force = false, onProgress }: { force?: boolean; onProgress?: (p: IngestProgress) => void } = {}): Promise<IngestReport> {
    const report = await ingestKnowledge({ knowledgeDir: this.options.knowledgeDir, repository: this.repository, expandForIndex, onProgress, force });
    for (const error of report.errors) this.options.logger.error('knowledge file not indexed', { file: error.file, problem: error.problem });
    await this.embedMissing();
    // The retriever keeps the index in memory; this process's own change is seen by the next query.
    this.retriever.invalidate();
    return report;
  }

  async isIndexed(): Promise<boolean> {
    return (await this.repository.stats()).chunkCount > 0;
  }

  private async embedMissing(): Promise<void> {
    const { embedder, logger } = this.options;
    if (!embedder) return;
    const pending = await this.repository.chunksWithoutEmbedding(embedder.model);
    if (pending.length === 0) return;
    try {
      const vectors = await embedder.embed(pending.map((c) => `${c.title}\n${c.heading ?? ''}\n${c.text}`));
      await this.repository.saveEmbeddings(embedder.model, pending.map((c, i) => ({ chunkId: c.id, vector: vectors[i]! })));
      await this.options.db.query('update kb_stats set version = version + 1 where id = 1');
      logger.info('embedded chunks', { count: pending.length, model: embedder.model });
    } catch (error) {
      logger.warn('embedding failed; retrieval stays lexical until the next ingestion', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
    }
  }
}

/**
 * The passages with those the answer cites first, in the order cited: composing the answer
 * reads each sentence against the kind of fact asked for, which tells passages apart that
 * retrieval scored alike ("Vem är Inger Widén Cederberg?" is answered where she is introduced
 * with her role, not in the contact list that names her too).
 */
function citedFirst(retrieval: RetrievalResult, citations: readonly Citation[]): RetrievalResult {
  const cited = citations.flatMap((c) => retrieval.passages.filter((p) => p.documentId === c.documentId && p.text === c.text).slice(0, 1));
  if (cited.length === 0 || cited.every((p, i) => retrieval.passages[i] === p)) return retrieval;
  return { ...retrieval, passages: [...cited, ...retrieval.passages.filter((p) => !cited.includes(p))] };
}
