import { ENGLISH_TO_SWEDISH, SYNONYM_GROUPS, type EnglishEntry, type SynonymGroup } from './glossary.js';
import { decompounder } from './decompounder.js';
import { foldDiacritics } from './edit-distance.js';
import { englishStem, swedishStem } from './snowball.js';
import { tokenize } from './tokenize.js';

/** A glossary entry found at some position of a token sequence. */
export interface GlossaryHit<T> {
  entry: T;
  /** Number of tokens the match covers. */
  length: number;
  /** True when the match came from `inQuestions` (query-time only). */
  queryOnly: boolean;
}

interface Pattern<T> {
  keys: string[];
  entry: T;
  queryOnly: boolean;
}

/** Keys of the words a question may put after a phrase's first word: a subject pronoun, then a sentence adverb. */
interface PhraseInsertions {
  subjects: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
}

/** Phrase lookup over token keys (stems), longest match first. */
class PhraseTable<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();
  /** The words a question may put inside a phrase, as keys of this table. */
  private readonly insertions: PhraseInsertions;

  constructor(private readonly keyOf: (word: string) => string) {
    this.insertions = { subjects: new Set([...INVERTED_SUBJECTS].map(keyOf)), adverbs: new Set([...SENTENCE_ADVERBS].map(keyOf)) };
  }

  add(phrase: string, entry: T, queryOnly: boolean): void {
    const keys = tokenize(phrase).map((t) => this.keyOf(t.word));
    if (keys.length === 0) return;
    const list = this.byFirst.get(keys[0]!) ?? [];
    if (list.some((p) => p.entry === entry && p.keys.join(' ') === keys.join(' '))) return;
    list.push({ keys, entry, queryOnly });
    list.sort((a, b) => b.keys.length - a.keys.length || Number(a.queryOnly) - Number(b.queryOnly));
    this.byFirst.set(keys[0]!, list);
  }

  /** All entries whose longest matching phrase starts at `index`, for the longest length found. */
  match(keys: readonly string[], index: number, { queryOnly = true, singleWords = true } = {}): GlossaryHit<T>[] {
    const candidates = this.byFirst.get(keys[index]!);
    if (!candidates) return [];
    const hits: GlossaryHit<T>[] = [];
    let longest = 0;
    for (const pattern of candidates) {
      if (!queryOnly && pattern.queryOnly) continue;
      if (!singleWords && pattern.keys.length === 1) continue;
      if (pattern.keys.length < longest) break;
      const length = matchedLength(pattern.keys, keys, index, this.insertions);
      if (length === 0) continue;
      longest = pattern.keys.length;
      if (!hits.some((h) => h.entry === pattern.entry)) hits.push({ entry: pattern.entry, length, queryOnly: pattern.queryOnly });
    }
    return hits;
  }
}

/**
 * Subject pronouns a question puts between a verb and the rest of its phrase ("lönar *det* sig",
 * "går *jag* ur facket"): Swedish questions invert subject and verb.
 */
const INVERTED_SUBJECTS = new Set(['jag', 'du', 'han', 'hon', 'den', 'det', 'vi', 'ni', 'de', 'dom', 'man']);
/** Sentence adverbs that may stand there too ("vad får jag *egentligen* ut av …", "lönar det sig *verkligen*"). */
const SENTENCE_ADVERBS = new Set(['egentligen', 'verkligen', 'faktiskt', 'alltså', 'då', 'nu', 'också', 'även', 'ens']);

/**
 * How many tokens from `index` the phrase covers: its own length when its words follow one
 * another, more when a subject pronoun or a sentence adverb (or both) stands after its first
 * word, or 0 when it does not match.
 */
function matchedLength(pattern: readonly string[], keys: readonly string[], index: number, insertions: PhraseInsertions): number {
  if (index + pattern.length > keys.length) return 0;
  if (pattern.every((k, j) => keys[index + j] === k)) return pattern.length;
  if (pattern.length < 2 || keys[index] !== pattern[0]) return 0;
  const { subjects, adverbs } = insertions;
  let skip = 0;
  if (subjects.has(keys[index + 1 + skip]!) && !subjects.has(pattern[1]!)) skip++;
  if (adverbs.has(keys[index + 1 + skip]!) && !adverbs.has(pattern[1]!)) skip++;
  if (skip === 0 || index + pattern.length + skip > keys.length) return 0;
  return pattern.every((k, j) => j === 0 || keys[index + j + skip] === k) ? pattern.length + skip : 0;
}

/** The glossary compiled for matching: Swedish by Snowball Swedish stems, English by English stems. */
export class GlossaryIndex {
  readonly swedish = new PhraseTable<SynonymGroup>(swedishStem);
  /** The Swedish phrases as typed without å, ä, ö and é ("hur sager jag upp mitt medlemskap"). */
  readonly swedishFolded = new PhraseTable<SynonymGroup>(foldedSwedishKey);
  readonly english = new PhraseTable<EnglishEntry>(englishStem);
  private readonly lemmaOf: (word: string) => string | undefined;

  /**
   * @param lemmaOf base form of a word, for words the stemmer leaves inflected; defaults to the
   * Swedish dictionary's (the shared decompounder's) reading, or to none when `null`.
   */
  constructor(
    groups: readonly SynonymGroup[] = SYNONYM_GROUPS,
    english: readonly EnglishEntry[] = ENGLISH_TO_SWEDISH,
    lemmaOf: ((word: string) => string | undefined) | null = defaultLemma,
  ) {
    this.lemmaOf = lemmaOf ?? (() => undefined);
    for (const group of groups) {
      for (const table of [this.swedish, this.swedishFolded]) {
        table.add(group.key, group, false);
        for (const form of group.same) table.add(form, group, false);
        for (const form of group.inQuestions ?? []) table.add(form, group, true);
      }
    }
    for (const entry of english) for (const phrase of entry.en) this.english.add(phrase, entry, false);
  }

  /** Swedish keys of a token sequence, for {@link PhraseTable.match}. */
  swedishKeys(words: readonly string[]): string[] {
    return words.map(swedishStem);
  }

  /** Keys of a token sequence typed without Swedish letters, for {@link swedishFolded}. */
  swedishFoldedKeys(words: readonly string[]): string[] {
    return words.map(foldedSwedishKey);
  }

  englishKeys(words: readonly string[]): string[] {
    return words.map(englishStem);
  }

  /**
   * Synonym groups of a single word (query-only words included when `queryOnly`), matched by
   * Snowball stem, or else by the stem of the word's dictionary base form (the stemmer leaves
   * `inkomstskyddet` whole, the dictionary knows it as `inkomstskydd`).
   */
  groupsOfWord(word: string, queryOnly: boolean): SynonymGroup[] {
    const direct = this.swedish.match([swedishStem(word)], 0, { queryOnly });
    if (direct.length > 0) return direct.map((h) => h.entry);
    const lemma = this.lemmaOf(word);
    if (!lemma || lemma === word) return [];
    return this.swedish.match([swedishStem(lemma)], 0, { queryOnly }).map((h) => h.entry);
  }

  /**
   * The groups a word typed without å, ä and ö stands for, with the group's word it was typed
   * for ("stallen" for "ställen", of the group `plats`); none for a word a group has as typed.
   */
  groupsOfFoldedWord(word: string): Array<{ group: SynonymGroup; form: string }> {
    const key = foldedSwedishKey(word);
    return this.swedishFolded.match([key], 0, { queryOnly: true }).flatMap((hit) => {
      const form = [hit.entry.key, ...hit.entry.same, ...(hit.entry.inQuestions ?? [])].find((f) => !f.includes(' ') && /[åäöé]/.test(f) && foldedSwedishKey(f) === key);
      return form ? [{ group: hit.entry, form }] : [];
    });
  }

  /** The English entry of a single word, if any. */
  englishOfWord(word: string): EnglishEntry | undefined {
    return this.english.match([englishStem(word)], 0)[0]?.entry;
  }
}

function defaultLemma(word: string): string | undefined {
  return decompounder().lemma(word);
}

let shared: GlossaryIndex | undefined;

/** The glossary of `glossary.ts`, compiled on first use. */
export function glossaryIndex(): GlossaryIndex {
  shared ??= new GlossaryIndex();
  return shared;
}

function foldedSwedishKey(word: string): string {
  return swedishStem(foldDiacritics(word.toLowerCase()));
}
