import type { ConceptInfo } from '../retrieve/types.js';
import { stems, swedishStem, wordsOf } from '../text/index.js';
import { isSwedishStopWord } from '../text/stop-words.js';

const CACHE_LIMIT = 20_000;
/** Forms at least this strong (a compound's head, a synonym) are the concept itself; a modifier (0.4) is not. */
const STRONG_FORM = 0.5;
/** Stems of a text and of its index forms, per expansion function (a deterministic one: `expandForIndex`). */
const expandedStemCache = new WeakMap<(text: string) => string, Map<string, ReadonlySet<string>>>();
/** Stems of a text's own words (for {@link ConceptMatcher.novelty}). */
const ownStemCache = new Map<string, ReadonlySet<string>>();
/** A text's word stems in order, space-separated with a space at each end (for phrases). */
const stemSequenceCache = new Map<string, string>();

function stemSequence(text: string): string {
  let value = stemSequenceCache.get(text);
  if (value === undefined) {
    value = ` ${wordsOf(text).map(swedishStem).join(' ')} `;
    if (stemSequenceCache.size >= CACHE_LIMIT) stemSequenceCache.clear();
    stemSequenceCache.set(text, value);
  }
  return value;
}

/**
 * Memoised per text: the sentences quoted from are those of the corpus's passages, analysed
 * again for every question that retrieves them otherwise. Bounded; cleared when full.
 */
function memo(cache: Map<string, ReadonlySet<string>>, text: string, compute: () => ReadonlySet<string>): ReadonlySet<string> {
  let value = cache.get(text);
  if (!value) {
    value = compute();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, value);
  }
  return value;
}

/** What a concept's forms match: single words by stem, and phrases by all their content words. */
interface FormStems {
  words: Set<string>;
  /**
   * The asked compound's head ("försäkring" of "inkomstförsäkring"), which counts only as a word
   * of the text's own, not inside another of its compounds: "hemförsäkring" is not the
   * "inkomstförsäkring" asked for. Empty where heads count wherever they are found.
   */
  headWords: Set<string>;
  /**
   * Phrases of several words, each as the stems of its content words, all of which must be
   * found: "stå för de kostnader" needs "stå" and "kostnad" ("för" alone is no match), "bli
   * medlem" needs "medlem". A phrase of stop words only is matched as written.
   */
  phrases: Array<{ contentStems: string[]; sequence: string }>;
}

/** For each concept, the stems (longer than one letter) of its forms at least `minWeight` strong. */
function formStemSets(concepts: ConceptInfo[], minWeight: number, headsAsOwnWords = false): FormStems[] {
  return concepts.map((c) => {
    const words = new Set<string>();
    const headWords = new Set<string>();
    const phrases: FormStems['phrases'] = [];
    for (const form of c.forms) {
      if (form.weight < minWeight) continue;
      const formWords = wordsOf(form.word);
      if (formWords.length > 1) {
        phrases.push({ contentStems: formWords.filter((w) => !isSwedishStopWord(w)).map(swedishStem), sequence: stemSequence(form.word) });
      } else for (const stem of stems(form.word)) if (stem.length > 1) (headsAsOwnWords && form.head ? headWords : words).add(stem);
    }
    for (const stem of words) headWords.delete(stem);
    return { words, headWords, phrases };
  });
}

/**
 * Tells which of the question's concepts a sentence contains, matching stems and compound
 * parts the same way retrieval does.
 */
export class ConceptMatcher {
  private readonly formStems: FormStems[];
  /** The same without a compound's modifiers and other weak forms ("arbets" of "arbetsgivaren"). */
  private readonly strongFormStems: FormStems[];

  constructor(
    private readonly concepts: ConceptInfo[],
    private readonly expandForIndex: (text: string) => string,
  ) {
    this.formStems = formStemSets(concepts, 0);
    this.strongFormStems = formStemSets(concepts, STRONG_FORM, true);
  }

  /** Indexes of the concepts found in the text. */
  matches(text: string): number[] {
    return this.found(text, this.formStems);
  }

  /** Indexes of the concepts found in the text by a form no weaker than a compound's head. */
  strongMatches(text: string): number[] {
    return this.found(text, this.strongFormStems);
  }

  private found(text: string, formStems: FormStems[]): number[] {
    let cache = expandedStemCache.get(this.expandForIndex);
    if (!cache) expandedStemCache.set(this.expandForIndex, (cache = new Map()));
    const found = memo(cache, text, () => stems(this.expandForIndex(text)));
    const out: number[] = [];
    formStems.forEach(({ words, headWords, phrases }, index) => {
      for (const stem of words) {
        if (found.has(stem)) {
          out.push(index);
          return;
        }
      }
      if (headWords.size > 0) {
        const own = memo(ownStemCache, text, () => stems(text));
        for (const stem of headWords) {
          if (own.has(stem)) {
            out.push(index);
            return;
          }
        }
      }
      const matchesPhrase = ({ contentStems, sequence }: FormStems['phrases'][number]) =>
        contentStems.length > 0 ? contentStems.every((stem) => found.has(stem)) : stemSequence(text).includes(sequence);
      if (phrases.some(matchesPhrase)) out.push(index);
    });
    return out;
  }

  /**
   * Share of the text's own words (longer than three letters) that are not words of the
   * question: low for a sentence that merely echoes the question back.
   */
  novelty(text: string): number {
    const all = new Set<string>();
    for (const stem of memo(ownStemCache, text, () => stems(text))) if (stem.length > 3) all.add(stem);
    if (all.size === 0) return 0;
    let fresh = 0;
    for (const stem of all) if (!this.formStems.some(({ words }) => words.has(stem))) fresh++;
    return fresh / all.size;
  }

  /** Share of the question's informative content found in the text (0–1). */
  coverage(indexes: number[]): number {
    const mass = (ids: number[]) => ids.reduce((sum, i) => sum + (this.concepts[i] ? this.concepts[i].weight * this.concepts[i].idf : 0), 0);
    const total = mass(this.concepts.map((_, i) => i));
    return total > 0 ? mass(indexes) / total : 0;
  }
}
