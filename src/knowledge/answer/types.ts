import type { Citation, Language } from '../../core/types.js';
import type { RetrievalResult } from '../retrieve/types.js';

export interface AnswerInput {
  question: string;
  language: Language;
  retrieval: RetrievalResult;
  /** Earlier member messages, oldest first. */
  history?: string[];
}

export interface ComposedAnswer {
  kind: 'answer' | 'abstain';
  /** The reply body with numbered citation markers like [1]. */
  text: string;
  citations: Citation[];
  composer: 'extractive' | 'llm';
  /** Why the composer abstained, for logs and evaluation. */
  abstainReason?: string;
}

/** Turns retrieved passages into a cited answer, or abstains. */
export interface AnswerComposer {
  compose(input: AnswerInput): Promise<ComposedAnswer>;
}
