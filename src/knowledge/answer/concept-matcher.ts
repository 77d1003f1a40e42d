import type { ConceptInfo } from '../retrieve/types.js';
import { stems } from '../text/index.js';

const CACHE_LIMIT = 20_000;
/** Forms at least this strong (a compound's head, a synonym) are the concept itself; a modifier (0.4) is not. */
const STRONG_FORM = 0.5;
/** Stems of a text and of its index forms, per expansion function (a deterministic one: `expandForIndex`). */
const expandedStemCache = new WeakMap<(text: string) => string, Map<string, ReadonlySet<string>>>();
/** Stems of a text's own words (for {@link ConceptMatcher.novelty}). */
const ownStemCache = new Map<string, ReadonlySet<string>>();

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

/** For each concept, the stems (longer than one letter) of its forms at least `minWeight` strong. */
function formStemSets(concepts: ConceptInfo[], minWeight: number): Array<Set<string>> {
  return concepts.map((c) => {
    const set = new Set<string>();
    for (const form of c.forms) if (form.weight >= minWeight) for (const stem of stems(form.word)) if (stem.length > 1) set.add(stem);
    return set;
  });
}

/**
 * Tells which of the question's concepts a sentence contains, matching stems and compound
 * parts the same way retrieval does.
 */
export class ConceptMatcher {
  private readonly formStems: Array<Set<string>>;
  /** The same without a compound's modifiers and other weak forms ("arbets" of "arbetsgivaren"). */
  private readonly strongFormStems: Array<Set<string>>;

  constructor(
    private readonly concepts: ConceptInfo[],
    private readonly expandForIndex: (text: string) => string,
  ) {
    this.formStems = formStemSets(concepts, 0);
    this.strongFormStems = formStemSets(concepts, STRONG_FORM);
  }

  /** Indexes of the concepts found in the text. */
  matches(text: string): number[] {
    return this.found(text, this.formStems);
  }

  /** Indexes of the concepts found in the text by a form no weaker than a compound's head. */
  strongMatches(text: string): number[] {
    return this.found(text, this.strongFormStems);
  }

  private found(text: string, formStems: Array<Set<string>>): number[] {
    let cache = expandedStemCache.get(this.expandForIndex);
    if (!cache) expandedStemCache.set(this.expandForIndex, (cache = new Map()));
    const found = memo(cache, text, () => stems(this.expandForIndex(text)));
    const out: number[] = [];
    formStems.forEach((set, index) => {
      for (const stem of set) {
        if (found.has(stem)) {
          out.push(index);
          return;
        }
      }
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
    for (const stem of all) if (!this.formStems.some((set) => set.has(stem))) fresh++;
    return fresh / all.size;
  }

  /** Share of the question's informative content found in the text (0–1). */
  coverage(indexes: number[]): number {
    const mass = (ids: number[]) => ids.reduce((sum, i) => sum + (this.concepts[i] ? this.concepts[i].weight * this.concepts[i].idf : 0), 0);
    const total = mass(this.concepts.map((_, i) => i));
    return total > 0 ? mass(indexes) / total : 0;
  }
}
