import { textsFor } from '../../core/texts.js';
import type { Citation } from '../../core/types.js';
import { splitSentences } from '../ingest/chunk.js';
import type { Passage } from '../retrieve/types.js';
import { ConceptMatcher } from './concept-matcher.js';
import { questionType, satisfiesType, typeIsRequired, type QuestionType } from './question-type.js';
import type { AnswerComposer, AnswerInput, ComposedAnswer } from './types.js';

export interface ExtractiveComposerOptions {
  expandForIndex: (text: string) => string;
  /** Below this share of the question's informative content in the best passage, abstain. */
  minCoverage?: number;
  /** Most words quoted in one answer. */
  maxWords?: number;
}

/** A quotable unit of a passage: a sentence, or a lead-in sentence with the list it introduces. */
interface Unit {
  passageIndex: number;
  position: number;
  text: string;
  matched: number[];
  score: number;
  satisfies: boolean;
}

/**
 * The default composer, without any model: quotes the sentences that answer the question from
 * the best passages, word for word, and cites their documents. It never writes a fact of its
 * own; when the passages do not carry what the question asks for, it abstains.
 */
export class ExtractiveComposer implements AnswerComposer {
  private readonly minCoverage: number;
  private readonly maxWords: number;

  constructor(private readonly options: ExtractiveComposerOptions) {
    this.minCoverage = options.minCoverage ?? 0.5;
    this.maxWords = options.maxWords ?? 90;
  }

  async compose({ question, language, retrieval }: AnswerInput): Promise<ComposedAnswer> {
    const texts = textsFor(language);
    const abstain = (reason: string): ComposedAnswer => ({ kind: 'abstain', text: texts.abstain, citations: [], composer: 'extractive', abstainReason: reason });
    const { passages, concepts } = retrieval;
    const best = passages[0];
    if (!best || concepts.length === 0) return abstain('no_passages');
    if (best.coverage < this.minCoverage) return abstain('low_coverage');

    const type = questionType(question);
    const matcher = new ConceptMatcher(concepts, this.options.expandForIndex);
    const considered = passages.filter((p, i) => i < 4 && p.score >= best.score * 0.5);
    const units = considered.flatMap((passage, passageIndex) => this.units(passage, passageIndex, matcher, type, best.score));
    units.sort((a, b) => b.score - a.score);
    const top = units[0];
    if (!top) return abstain('no_sentences');
    if (typeIsRequired(type) && !units.some((u) => u.satisfies && u.passageIndex <= 1 && u.matched.length > 0)) return abstain(`no_${type}_fact`);

    const chosen = this.select(units, type);
    const byPassage = new Map<number, Unit[]>();
    for (const unit of chosen) byPassage.set(unit.passageIndex, [...(byPassage.get(unit.passageIndex) ?? []), unit]);

    const citations: Citation[] = [];
    const parts: string[] = [];
    for (const [passageIndex, selected] of [...byPassage.entries()].sort((a, b) => a[0] - b[0])) {
      const passage = considered[passageIndex]!;
      const n = citations.length + 1;
      citations.push({
        n,
        documentId: passage.documentId,
        title: passage.title,
        date: passage.published,
        url: passage.url,
        heading: passage.heading,
        text: passage.text,
      });
      const quoted = selected.sort((a, b) => a.position - b.position).map((u) => u.text).join(' ');
      const source = `«${passage.title}»${passage.published ? ` (${passage.published})` : ''}`;
      parts.push(`${texts.accordingTo(source)} ${quoted} [${n}]`);
    }
    return { kind: 'answer', text: parts.join('\n\n'), citations, composer: 'extractive' };
  }

  private units(passage: Passage, passageIndex: number, matcher: ConceptMatcher, type: QuestionType, topScore: number): Unit[] {
    const units: Unit[] = [];
    const blocks = passage.text.split(/\n{2,}/);
    let position = 0;
    for (const block of blocks) {
      const lines = block.split('\n');
      const listStart = lines.findIndex((l) => /^(-|\d{1,3}\.)\s/.test(l));
      const prose = listStart === -1 ? block : lines.slice(0, listStart).join(' ');
      const list = listStart === -1 ? [] : lines.slice(listStart);
      const sentences = prose.trim() ? splitSentences(prose) : [];
      sentences.forEach((sentence, i) => {
        const introducesList = list.length > 0 && i === sentences.length - 1;
        units.push(this.unit(introducesList ? `${sentence}\n${list.join('\n')}` : sentence, passage, passageIndex, position++, matcher, type, topScore, introducesList));
      });
      if (list.length && sentences.length === 0) {
        units.push(this.unit(list.join('\n'), passage, passageIndex, position++, matcher, type, topScore, true));
      }
    }
    return units;
  }

  private unit(text: string, passage: Passage, passageIndex: number, position: number, matcher: ConceptMatcher, type: QuestionType, topScore: number, isList: boolean): Unit {
    const matched = matcher.matches(text);
    const satisfies = satisfiesType(type, text);
    let score = matcher.coverage(matched);
    if (typeIsRequired(type) && satisfies && matched.length > 0) score += 0.3;
    if (type === 'list' && isList) score += 0.25;
    if (type === 'reason' && /\b(för att|eftersom|därför|så att|på grund av)\b/i.test(text)) score += 0.1;
    // Prefer what retrieval ranked first, and a passage's opening over its details.
    score += 0.25 * (passage.score / topScore) + (position === 0 ? 0.05 : 0);
    // A very short fragment ("Dela", a heading-like line) rarely answers anything.
    if (text.split(/\s+/).length < 4) score -= 0.3;
    return { passageIndex, position, text, matched, score, satisfies };
  }

  /** The best unit, plus close runners-up from the same passage (and at most one other passage), within the word budget. */
  private select(units: Unit[], type: QuestionType): Unit[] {
    const [best, ...rest] = units;
    if (!best) return [];
    const chosen = [best];
    let words = wordCount(best.text);
    const passages = new Set([best.passageIndex]);
    for (const unit of rest) {
      if (chosen.length >= 3) break;
      if (unit.score < best.score * 0.7 || unit.matched.length === 0) continue;
      if (typeIsRequired(type) && !unit.satisfies) continue;
      if (!passages.has(unit.passageIndex) && passages.size >= 2) continue;
      const size = wordCount(unit.text);
      if (words + size > this.maxWords) continue;
      chosen.push(unit);
      passages.add(unit.passageIndex);
      words += size;
    }
    return chosen;
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
