import type { Citation, Language } from '../../core/types.js';
import type { RetrievalResult } from '../retrieve/types.js';

export interface AnswerInput {
  question: string;
  language: Language;
  retrieval: RetrievalResult;
  /** Earlier member messages, oldest first. */
  history?: string[];
  /**
   * The sentence that led the answer to the previous question, when the member asks for more
   * ("Och vad mer?"): it is not given again.
   */
  alreadySaid?: string;
}

export interface ComposedAnswer {
  kind: 'answer' | 'abstain';
  /** The reply body with numbered citation markers like [1]. */
  text: string;
  citations: Citation[];
  composer: 'extractive' | 'llm';
  /** Why the composer abstained, for logs and evaluation. */
  abstainReason?: string;
  /** The extractive composer's best sentence (or list), which led the answer. */
  lead?: string;
}

/** Turns retrieved passages into a cited answer, or abstains. */
export interface AnswerComposer {
  compose(input: AnswerInput): Promise<ComposedAnswer>;
}
