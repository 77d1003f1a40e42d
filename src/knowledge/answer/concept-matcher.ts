import type { ConceptInfo } from '../retrieve/types.js';
import { cachedStems, stems, swedishStem, wordsOf } from '../text/index.js';
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

/** Does the text (its expanded stems `found`) have one of a concept's forms? */
function matchesForms({ words, headWords, phrases }: FormStems, found: ReadonlySet<string>, text: string): boolean {
  for (const stem of words) if (found.has(stem)) return true;
  if (headWords.size > 0) {
    const own = cachedStems(ownStemCache, text);
    for (const stem of headWords) if (own.has(stem)) return true;
  }
  for (const { contentStems, sequence } of phrases) {
    if (contentStems.length > 0) {
      let all = true;
      for (const stem of contentStems) {
        if (!found.has(stem)) {
          all = false;
          break;
        }
      }
      if (all) return true;
    } else if (stemSequence(text).includes(sequence)) return true;
  }
  return false;
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

/** A form as a phrase of several words, or as the stems of its one word. */
interface FormAnalysis {
  phrase?: FormStems['phrases'][number];
  stems: ReadonlySet<string>;
}
/** Per form word: the same forms (glossary words, compound parts) come back question after question. */
const formAnalysisCache = new Map<string, FormAnalysis>();

function formAnalysis(word: string): FormAnalysis {
  let value = formAnalysisCache.get(word);
  if (!value) {
    const formWords = wordsOf(word);
    value =
      formWords.length > 1
        ? { phrase: { contentStems: formWords.filter((w) => !isSwedishStopWord(w)).map(swedishStem), sequence: stemSequence(word) }, stems: new Set() }
        : { stems: stems(word) };
    if (formAnalysisCache.size >= CACHE_LIMIT) formAnalysisCache.clear();
    formAnalysisCache.set(word, value);
  }
  return value;
}

/** For each concept, the stems (longer than one letter) of its forms at least `minWeight` strong. */
function formStemSets(concepts: ConceptInfo[], minWeight: number, headsAsOwnWords = false): FormStems[] {
  return concepts.map((c) => {
    const words = new Set<string>();
    const headWords = new Set<string>();
    const phrases: FormStems['phrases'] = [];
    for (const form of c.forms) {
      if (form.weight < minWeight) continue;
      const analysed = formAnalysis(form.word);
      if (analysed.phrase) phrases.push(analysed.phrase);
      else for (const stem of analysed.stems) if (stem.length > 1) (headsAsOwnWords && form.head ? headWords : words).add(stem);
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
  /** Each concept's informative content (weight × idf), and the question's in all. */
  private readonly mass: number[];
  private readonly totalMass: number;

  constructor(
    private readonly concepts: ConceptInfo[],
    private readonly expandForIndex: (text: string) => string,
  ) {
    this.formStems = formStemSets(concepts, 0);
    this.strongFormStems = formStemSets(concepts, STRONG_FORM, true);
    this.mass = concepts.map((c) => c.weight * c.idf);
    this.totalMass = this.mass.reduce((sum, m) => sum + m, 0);
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
    // The sentences quoted from are the corpus's, analysed again for every question that retrieves them otherwise.
    const found = cachedStems(cache, text, this.expandForIndex);
    const out: number[] = [];
    // Plain loops, no closures: this runs for every sentence of every passage quoted from.
    for (let index = 0; index < formStems.length; index++) {
      if (matchesForms(formStems[index]!, found, text)) out.push(index);
    }
    return out;
  }

  /**
   * Share of the text's own words (longer than three letters) that are not words of the
   * question: low for a sentence that merely echoes the question back.
   */
  novelty(text: string): number {
    const all = new Set<string>();
    for (const stem of cachedStems(ownStemCache, text)) if (stem.length > 3) all.add(stem);
    if (all.size === 0) return 0;
    let fresh = 0;
    for (const stem of all) if (!this.formStems.some(({ words }) => words.has(stem))) fresh++;
    return fresh / all.size;
  }

  /** Share of the question's informative content found in the text (0–1). */
  coverage(indexes: number[]): number {
    if (this.totalMass <= 0) return 0;
    let mass = 0;
    for (const i of indexes) mass += this.mass[i] ?? 0;
    return mass / this.totalMass;
  }
}
