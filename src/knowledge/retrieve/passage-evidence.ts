import { splitSentences } from '../ingest/chunk.js';
import { expandForIndex, isSwedishStopWord, swedishStem } from '../text/index.js';
import type { ConceptInfo } from './types.js';

const WORD = /[\p{L}\p{N}]+(?:[-:][\p{L}\p{N}]+)*/gu;
const CACHE_LIMIT = 20_000;
/** Weight of a match through a paragraph's curated search terms, for a word the documents' text lacks / has. */
const SEARCH_TERM_WEIGHT_ABSENT = 0.8;
const SEARCH_TERM_WEIGHT_PRESENT = 0.3;

/** Stems of the words of a text and of its index forms (compound parts, base forms, glossary keys). */
function stemSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of expandForIndex(text).toLowerCase().matchAll(WORD)) {
    const word = match[0];
    out.add(swedishStem(word));
    if (word.includes('-')) for (const part of word.split('-')) if (part.length > 1) out.add(swedishStem(part));
  }
  return out;
}

/** How well one passage's own text (not its article's title or organisation) answers the question. */
export interface PassageMatch {
  /** Share of the question's informative content found in the passage text (0–1). */
  coverage: number;
}

/**
 * Matches the question's concepts against a passage's own sentences. The lexical index scores
 * a passage together with its article's title and organisation, which every passage of the
 * article shares; this tells the passages of one article apart. Sentence stems are cached per passage text.
 */
export class PassageEvidence {
  private readonly cache = new Map<string, Array<Set<string>>>();

  /** Stems of each sentence (a list item counts as a sentence). */
  sentences(text: string): Array<Set<string>> {
    let sentences = this.cache.get(text);
    if (!sentences) {
      sentences = text
        .split(/\n+/)
        .flatMap((line) => splitSentences(line))
        .map(stemSet);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(text, sentences);
    }
    return sentences;
  }

  /** A scorer for one question's concepts. */
  private termStems(terms: string[]): Set<string> {
    const key = `\u0000${terms.join('\u0001')}`;
    let stems = this.cache.get(key)?.[0];
    if (!stems) {
      stems = stemSet(terms.join(', '));
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, [stems]);
    }
    return stems;
  }

  matcher(concepts: ConceptInfo[]): (text: string, searchTerms?: string[]) => PassageMatch {
    // Each form as the stems that must all be present (a phrase has several), with its weight.
    const forms = concepts.map((c) =>
      c.forms.map((f) => ({
        stems: f.word.includes(' ')
          ? f.word.split(/\s+/).filter((w) => w && !isSwedishStopWord(w)).map((w) => swedishStem(w))
          : [swedishStem(f.word.toLowerCase())],
        weight: f.weight,
      })),
    );
    const mass = concepts.map((c) => c.weight * c.idf);
    const termScale = concepts.map((c) => (c.wordAbsent ? SEARCH_TERM_WEIGHT_ABSENT : SEARCH_TERM_WEIGHT_PRESENT));
    const total = mass.reduce((a, b) => a + b, 0) || 1;
    const best = (set: Set<string>): number[] =>
      forms.map((list) => Math.max(0, ...list.filter((f) => f.stems.length > 0 && f.stems.every((s) => set.has(s))).map((f) => f.weight)));
    const share = (weights: number[]) => weights.reduce((sum, w, i) => sum + w * mass[i]!, 0) / total;

    return (text, searchTerms) => {
      const perSentence = this.sentences(text).map(best);
      // A paragraph's curated search terms count as one more sentence, below its own words, and
      // far below for a word the documents' text uses (as in the lexical ranking).
      if (searchTerms && searchTerms.length > 0) perSentence.push(best(this.termStems(searchTerms)).map((w, i) => w * termScale[i]!));
      if (perSentence.length === 0) return { coverage: 0 };
      return { coverage: share(concepts.map((_, i) => Math.max(...perSentence.map((w) => w[i]!)))) };
    };
  }
}
