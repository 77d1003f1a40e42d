import { passageSentences } from '../ingest/chunk.js';
import { expandForIndex, isSwedishStopWord, swedishStem } from '../text/index.js';
import type { ConceptInfo } from './types.js';

const WORD = /[\p{L}\p{N}]+(?:[-:][\p{L}\p{N}]+)*/gu;
const CACHE_LIMIT = 20_000;
/**
 * Weight of a match through a paragraph's curated search terms, relative to one in its text: high
 * for a word of the question the documents' text never uses, low where their text has it (so the
 * union's text leads). One rule for the lexical ranking and for passage evidence.
 */
export function searchTermWeight(wordAbsentFromText: boolean): number {
  return wordAbsentFromText ? 0.8 : 0.3;
}

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
  /** Per passage text: each stem and the sentences (by index) that have it. */
  private readonly cache = new Map<string, Map<string, number[]>>();
  /** Per search-term list: its stems (one "sentence"). */
  private readonly termCache = new Map<string, Set<string>>();

  /** Stems of each sentence (a list item counts as a sentence). */
  sentences(text: string): Array<Set<string>> {
    return passageSentences(text).map(stemSet);
  }

  /** Each stem of the text and the sentences that have it (cached per text). */
  private stemIndex(text: string): Map<string, number[]> {
    let index = this.cache.get(text);
    if (!index) {
      index = new Map();
      this.sentences(text).forEach((stems, sentence) => {
        for (const stem of stems) {
          const list = index!.get(stem);
          if (list) list.push(sentence);
          else index!.set(stem, [sentence]);
        }
      });
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(text, index);
    }
    return index;
  }

  private termStems(terms: string[]): Set<string> {
    const key = terms.join('\u0001');
    let stems = this.termCache.get(key);
    if (!stems) {
      stems = stemSet(terms.join(', '));
      if (this.termCache.size >= CACHE_LIMIT) this.termCache.clear();
      this.termCache.set(key, stems);
    }
    return stems;
  }

  /** A scorer for one question's concepts. */
  matcher(concepts: ConceptInfo[]): (text: string, searchTerms?: string[]) => PassageMatch {
    // Each form as the stems that must all be present in one sentence (a phrase has several), with its weight.
    const forms = concepts.map((c) =>
      c.forms
        .map((f) => ({
          stems: f.word.includes(' ')
            ? f.word.split(/\s+/).filter((w) => w && !isSwedishStopWord(w)).map((w) => swedishStem(w))
            : [swedishStem(f.word.toLowerCase())],
          weight: f.weight,
        }))
        .filter((f) => f.stems.length > 0)
        .sort((a, b) => b.weight - a.weight),
    );
    const mass = concepts.map((c) => c.weight * c.idf);
    const total = mass.reduce((a, b) => a + b, 0) || 1;
    // A paragraph's curated search terms count as one more sentence, below its own words, and
    // far below for a word the documents' text uses (as in the lexical ranking).
    const termScale = concepts.map((c) => searchTermWeight(Boolean(c.wordAbsent)));
    /** Does one sentence have all the stems? */
    const inOneSentence = (index: Map<string, number[]>, stems: string[]): boolean => {
      const first = index.get(stems[0]!);
      if (!first) return false;
      if (stems.length === 1) return true;
      const rest = stems.slice(1).map((s) => index.get(s));
      if (rest.some((l) => !l)) return false;
      return first.some((sentence) => rest.every((l) => l!.includes(sentence)));
    };

    return (text, searchTerms) => {
      const index = this.stemIndex(text);
      const terms = searchTerms && searchTerms.length > 0 ? this.termStems(searchTerms) : undefined;
      let covered = 0;
      forms.forEach((list, i) => {
        // Forms are sorted by weight: the first that matches is the best.
        let best = 0;
        for (const form of list) {
          if (inOneSentence(index, form.stems)) {
            best = form.weight;
            break;
          }
        }
        if (terms && best < 1) {
          for (const form of list) {
            const weight = form.weight * termScale[i]!;
            if (weight <= best) break;
            if (form.stems.every((s) => terms.has(s))) {
              best = weight;
              break;
            }
          }
        }
        covered += Math.max(0, best) * mass[i]!;
      });
      return { coverage: covered / total };
    };
  }
}
