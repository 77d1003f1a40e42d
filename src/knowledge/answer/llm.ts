import type { Logger } from '../../core/log.js';
import { errorMessage } from '../../core/errors.js';
import { redactPersonalData } from '../../core/redact.js';
import type { Citation } from '../../core/types.js';
import { textsFor } from '../../core/texts.js';
import { errorStatus, type ChatModel } from '../../llm/openai.js';
import type { PromptLibrary } from '../../llm/prompts.js';
import { citationFor } from './citation.js';
import { abstainReason } from './coverage.js';
import type { AnswerComposer, AnswerInput, ComposedAnswer } from './types.js';

export interface LlmComposerOptions {
  model: ChatModel;
  prompts: PromptLibrary;
  /** Used when the model is slow, rate-limited or failing, and when its answer cites nothing valid. */
  fallback: AnswerComposer;
  logger: Logger;
  /** Same abstention gate as the extractive composer: below it the model is not asked at all. */
  minCoverage?: number;
  maxPassages?: number;
}

const NO_ANSWER = 'INGET_SVAR';

/**
 * Answers with an LLM from the numbered passages only. Citations that do not point at a
 * passage given to the model are removed; an answer left without any citation is not trusted.
 * Personnummer and phone numbers are redacted before anything is sent.
 */
export class LlmComposer implements AnswerComposer {
  constructor(private readonly options: LlmComposerOptions) {}

  async compose(input: AnswerInput): Promise<ComposedAnswer> {
    const { question, language, retrieval } = input;
    const texts = textsFor(language);
    const passages = retrieval.passages.slice(0, this.options.maxPassages ?? 5);
    const best = passages[0];
    const reason = abstainReason(passages, retrieval.concepts, this.options.minCoverage, question);
    if (reason || !best) {
      return { kind: 'abstain', text: texts.abstain, citations: [], composer: 'llm', abstainReason: reason ?? 'no_passages' };
    }
    const numbered = passages
      .map((p, i) => `[${i + 1}] ${p.title}${p.published ? ` (${p.published})` : ''}${p.heading ? ` – ${p.heading}` : ''}\n${p.text}`)
      .join('\n\n');
    const system = this.options.prompts.render('answer', {
      language: language === 'en' ? 'engelska (English)' : 'svenska',
      passages: numbered,
    });
    const history = (input.history ?? []).slice(-3).map((h) => `Tidigare fråga: ${redactPersonalData(h)}`).join('\n');
    const user = `${history ? history + '\n' : ''}<fraga>${redactPersonalData(question)}</fraga>`;

    let raw: string;
    try {
      raw = await this.options.model.complete(system, user);
    } catch (error) {
      this.options.logger.warn('llm answer failed; using the extractive composer', { status: errorStatus(error), error: errorMessage(error).slice(0, 200) });
      return this.options.fallback.compose(input);
    }

    const answer = raw.trim();
    if (!answer || answer.includes(NO_ANSWER)) {
      return { kind: 'abstain', text: texts.abstain, citations: [], composer: 'llm', abstainReason: 'model_abstained' };
    }
    const { text, used } = keepValidCitations(answer, passages.length);
    if (used.length === 0) {
      this.options.logger.warn('llm answer had no valid citation; using the extractive composer');
      return this.options.fallback.compose(input);
    }
    // Renumber so the member sees [1], [2]… in order of first use.
    const renumber = new Map(used.map((original, i) => [original, i + 1]));
    const finalText = text.replace(/\[(\d+)\]/g, (_, n: string) => `[${renumber.get(Number(n))}]`);
    const citations: Citation[] = used.map((original, i) => citationFor(passages[original - 1]!, i + 1));
    return { kind: 'answer', text: finalText, citations, composer: 'llm' };
  }
}

/** Removes citation markers that do not name one of the `count` passages; returns the valid ones in order of first use. */
export function keepValidCitations(text: string, count: number): { text: string; used: number[] } {
  const used: number[] = [];
  const cleaned = text
    .replace(/\[(\d+(?:\s*,\s*\d+)*)\]/g, (_, list: string) => {
      const valid = list
        .split(',')
        .map((n) => Number(n.trim()))
        .filter((n) => Number.isInteger(n) && n >= 1 && n <= count);
      for (const n of valid) if (!used.includes(n)) used.push(n);
      return valid.map((n) => `[${n}]`).join('');
    })
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return { text: cleaned, used };
}
