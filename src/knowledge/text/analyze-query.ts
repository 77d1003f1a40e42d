import { decompounder } from './decompounder.js';
import { foldDiacritics } from './edit-distance.js';
import type { EnglishEntry, SynonymGroup } from './glossary.js';
import { glossaryIndex } from './glossary-index.js';
import { isKnownSwedishWord } from './known-words.js';
import { swedishStem } from './snowball.js';
import { ENGLISH_STOP_WORDS, isStopWord, SWEDISH_QUESTION_WORDS, SWEDISH_STOP_WORDS } from './stop-words.js';
import { tokenize } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';

/** Where an alternative form of a query concept came from. */
export type QueryFormSource = 'original' | 'spelling' | 'compound' | 'glossary' | 'english';

/** One alternative form of a query concept. */
export interface QueryConceptForm {
  /** A word (or, for glossary phrases, a few words) to run through `to_tsvector('swedish', …)`. */
  word: string;
  /** 1 for the word as asked (and English mapped to Swedish); lower for looser alternatives. */
  weight: number;
  via: QueryFormSource;
}

/** One content word (or glossary phrase) of a question with the forms that count as a match. */
export interface QueryConcept {
  /** A readable name: the (corrected) word, the matched phrase, or the Swedish for English words. */
  concept: string;
  forms: QueryConceptForm[];
  /**
   * An English word of an English question that neither the glossary nor the dictionary knows
   * (`worse`, `big`): the Swedish documents cannot contain it, so it is weak evidence either way.
   */
  untranslated?: boolean;
}

export interface AnalyzeQueryOptions {
  /** The corpus vocabulary; enables spelling correction of words the corpus and dictionary lack. */
  vocabulary?: Vocabulary;
}

/** Weights of alternative forms, relative to the word as asked. */
export const FORM_WEIGHTS = {
  original: 1,
  /** The dictionary base form of the word as asked (`kassan` → `kassa`). */
  baseForm: 0.9,
  spelling: 0.8,
  /** A word typed without its Swedish letters, read as the dictionary word with them (`behovs` → `behövs`): surer than a spelling correction. */
  restoredLetters: 0.9,
  secondSpelling: 0.6,
  glossary: 0.8,
  english: 1,
  /** English words that are also Swedish words (`union`, `support`) map with less confidence in a Swedish question. */
  englishAlsoSwedish: 0.6,
  /** The English words themselves, kept in case the corpus quotes them. */
  englishOriginal: 0.2,
  compoundHead: 0.85,
  compoundModifier: 0.4,
  /**
   * A colloquial phrase that stands for a glossary group only in questions ("vem leder" for
   * ordförande), as typed: under the 0.5 at which a form sets the concept's IDF, so the common
   * words of "ny socionom" do not make it as common as "socionom".
   */
  colloquial: 0.45,
} as const;

const MAX_TOKENS = 200;
const DERIVATION_WEIGHT = 0.5;
/**
 * A verb in -era and its noun in -ering ("digitalisera" – "digitaliseringen", "prioriterar" –
 * "prioriteringar") say the same thing: as sure as a synonym, not a mere relative.
 */
const NOMINALISATION_WEIGHT = FORM_WEIGHTS.glossary;
const VERB_IN_ERA = /^(\p{L}{3,})er(?:a|ar|ade|at|as|ad|ande)$/u;
const NOUN_IN_ERING = /^(\p{L}{3,})ering(?:en|ar|arna|ens)?$/u;

function isNominalisation(a: string, b: string): boolean {
  const verbBase = (word: string) => VERB_IN_ERA.exec(word.toLowerCase())?.[1];
  const nounBase = (word: string) => NOUN_IN_ERING.exec(word.toLowerCase())?.[1];
  const sameBase = (x: string | undefined, y: string | undefined) => x !== undefined && x === y;
  return sameBase(verbBase(a), nounBase(b)) || sameBase(nounBase(a), verbBase(b));
}
/** Shorter names are not corrected: one letter off a short word is too often another name. */
const NAME_CORRECTION_MIN_LENGTH = 4;

/**
 * The content concepts of a member's question, each with alternative forms for lexical search:
 * the word as asked (weight 1) and its base form, spelling corrections against the corpus
 * vocabulary (0.8), compound parts (head 0.85, modifiers 0.4), glossary synonyms (0.8) and
 * Swedish for English words and phrases (1, the English itself 0.2). Stop words and question
 * words (Swedish and English) give no concept; multi-word glossary phrases give one concept.
 * Forms are deduplicated by their Swedish stem, keeping the highest weight.
 */
export function analyzeQuery(text: string, options: AnalyzeQueryOptions = {}): QueryConcept[] {
  const tokens = tokenize(text).slice(0, MAX_TOKENS);
  const glossary = glossaryIndex();
  const words = joinSplitWords(tokens.map((t) => t.word), options.vocabulary);
  // Glossary phrases are matched with misspelt words read as the corpus word one letter away
  // ("säger jag upp mitt medleskap" is the phrase "säga upp medlemskapet"); single words are corrected below.
  // A name is left as typed here: it stays a name, which the abstention checks rely on.
  const phraseWords = options.vocabulary ? words.map((word, i) => (tokens[i]?.midSentenceCapital ? word : phraseSpelling(word, options.vocabulary!))) : words;
  const swedishKeys = glossary.swedishKeys(phraseWords);
  const englishKeys = glossary.englishKeys(words);
  const concepts = new ConceptList();
  const english = looksEnglish(words);
  // A question typed without å, ä and ö ("hora om vald pa jobbet"): its words may stand for
  // corpus words with them, even where the word as typed is a Swedish word too.
  const withoutSwedishLetters = !english && !/[åäöé]/i.test(text) && /[a-z]/i.test(text);

  const foldedKeys = withoutSwedishLetters ? glossary.swedishFoldedKeys(words) : [];
  for (let i = 0; i < words.length; ) {
    let swedishHits = glossary.swedish.match(swedishKeys, i, { singleWords: false });
    // A phrase typed without Swedish letters ("sager jag upp mitt medlemskap") is the phrase as written with them.
    let restoredPhrase: string | undefined;
    if (swedishHits.length === 0 && withoutSwedishLetters) {
      swedishHits = glossary.swedishFolded.match(foldedKeys, i, { singleWords: false });
      const typed = foldedKeys.slice(i, i + (swedishHits[0]?.length ?? 0)).join(' ');
      restoredPhrase = swedishHits
        .flatMap((hit) => [hit.entry.key, ...hit.entry.same])
        .find((form) => glossary.swedishFoldedKeys(tokenize(form).map((t) => t.word)).join(' ') === typed);
    }
    const englishHits = glossary.english.match(englishKeys, i, { singleWords: false });
    const swedishLength = swedishHits[0]?.length ?? 0;
    const englishLength = englishHits[0]?.length ?? 0;
    if (swedishLength > 0 && swedishLength >= englishLength) {
      const phrase = restoredPhrase ?? phraseWords.slice(i, i + swedishLength).join(' ');
      const builder = concepts.start(phrase);
      // A colloquial phrase that only stands for a group in questions ("vem leder" for
      // ordförande) is searched mainly as the group's words: its own ("leder") mean other
      // things in the documents ("leder till").
      const colloquial = swedishHits.every((hit) => hit.queryOnly);
      builder.add(phrase, colloquial ? FORM_WEIGHTS.colloquial : FORM_WEIGHTS.original, 'original');
      for (const hit of swedishHits) addGroup(builder, hit.entry, 1);
      i += swedishLength;
      continue;
    }
    if (englishLength > 0) {
      const phrase = words.slice(i, i + englishLength).join(' ');
      addEnglish(concepts, englishHits.map((h) => h.entry), phrase, FORM_WEIGHTS.english, options.vocabulary);
      i += englishLength;
      continue;
    }
    const token = tokens[i];
    const word = words[i]!;
    i++;
    if (word === '' || isStopWord(word) || (withoutSwedishLetters && (FOLDED_STOP_WORDS.has(word) || isFoldedVerbAr(word, words[i - 2])))) continue;
    if (/^\p{N}+$/u.test(word)) {
      concepts.start(word).add(word, FORM_WEIGHTS.original, 'original');
      continue;
    }
    if (word.length < 2) continue;
    const likelyName = (Boolean(token?.midSentenceCapital) && token?.word === word) || Boolean(options.vocabulary?.isName(word));
    analyzeWord(concepts, word, likelyName, options.vocabulary, english, withoutSwedishLetters);
  }
  return concepts.list();
}

function analyzeWord(concepts: ConceptList, word: string, likelyName: boolean, vocabulary: Vocabulary | undefined, englishQuestion: boolean, withoutSwedishLetters = false): void {
  const glossary = glossaryIndex();
  const known = isKnownSwedishWord(word) || Boolean(vocabulary?.has(word));
  const groups = glossary.groupsOfWord(word, true);
  const english = glossary.englishOfWord(word);

  if (english && ((!known && groups.length === 0) || englishQuestion)) {
    addEnglish(concepts, [english], word, FORM_WEIGHTS.english, vocabulary);
    return;
  }

  // Typed without Swedish letters, an unknown word is first read as the dictionary word it folds
  // from (`losa` → `lösa`), before the nearest corpus word (`läsa`).
  const restored = withoutSwedishLetters && !known && groups.length === 0 && !likelyName ? withSwedishLetters(word) : [];
  // In an English question an unknown word is English, not a misspelt Swedish one: "tied" is no `tid`, "long" no `lön`.
  const correctable = !englishQuestion || /[åäö]/.test(word);
  // A name is not corrected to any word, but one letter off a word of the documents is a typo of it
  // ("Norrtlje", "Socialsyrelsen"); a name the documents never use ("Almega") stays as asked.
  const nameCorrections =
    likelyName && vocabulary && !known && groups.length === 0 && word.length >= NAME_CORRECTION_MIN_LENGTH
      ? vocabulary.corrections(word, 1).filter((c) => c.distance === 1).map((c) => c.word)
      : [];
  // An unknown word (no dictionary word, glossary word or name) may be a misspelt one.
  const misspellable = vocabulary && correctable && !known && groups.length === 0 && !likelyName ? vocabulary : undefined;
  const corpusCorrections = restored.length > 0 ? restored : nameCorrections.length > 0 ? nameCorrections : misspellable ? misspellable.correct(word, 2) : [];
  // A misspelt compound the documents never use ("socialkntoret") is the dictionary's compound one edit away ("socialkontoret").
  const corrections = corpusCorrections.length === 0 && misspellable && !englishQuestion ? dictionaryCorrections(word, misspellable) : corpusCorrections;
  const builder = concepts.start(corrections[0] ?? word);
  if (englishQuestion && !known && groups.length === 0 && corrections.length === 0 && !likelyName) concepts.markUntranslated(word);
  builder.add(word, FORM_WEIGHTS.original, 'original');
  // A misspelt word is not split: its letters would yield accidental parts (`hemforsakring`).
  if (corrections.length === 0) addWordForms(builder, word, 1, likelyName, vocabulary ? unknownModifierScale(word, vocabulary) : 1);
  corrections.forEach((correction, index) => {
    // A word typed without its Swedish letters is that word ("behovs" is "behövs"), not a misspelling of it.
    const weight = index === 0 ? (restored.length > 0 ? FORM_WEIGHTS.restoredLetters : FORM_WEIGHTS.spelling) : FORM_WEIGHTS.secondSpelling;
    builder.add(correction, weight, 'spelling');
    addWordForms(builder, correction, weight, false);
    for (const group of glossary.groupsOfWord(correction, true)) addGroup(builder, group, weight);
  });
  for (const group of groups) addGroup(builder, group, 1);
  // A word of a glossary group typed without its Swedish letters ("stallen" for "ställen") is that word.
  if (withoutSwedishLetters && groups.length === 0 && !likelyName) {
    for (const { group, form } of glossary.groupsOfFoldedWord(word)) {
      builder.add(form, FORM_WEIGHTS.restoredLetters, 'spelling');
      addGroup(builder, group, FORM_WEIGHTS.restoredLetters);
    }
  }
  // Words of the same stem with another derivational ending (`digitalisera` ~ `digitaliseringen`).
  if (vocabulary && !likelyName && DERIVATION_WEIGHT > 0) {
    const asked = corrections[0] ?? word;
    for (const related of vocabulary.derivations(asked)) builder.add(related, isNominalisation(asked, related) ? NOMINALISATION_WEIGHT : DERIVATION_WEIGHT, 'compound');
  }
  if (withoutSwedishLetters && known && vocabulary) {
    for (const variant of vocabulary.diacriticVariants(word)) {
      builder.add(variant, FORM_WEIGHTS.spelling, 'spelling');
      addWordForms(builder, variant, FORM_WEIGHTS.spelling, false);
    }
  }
  if (english) {
    for (const sv of english.sv) builder.add(sv, FORM_WEIGHTS.englishAlsoSwedish, 'english');
  }
}

const SWEDISH_LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö';
/** Words this long or longer that no dictionary or document knows are tried against the dictionary one edit away. */
const DICTIONARY_CORRECTION_MIN_LENGTH = 7;
/** Longer words are only corrected as compounds (see dictionaryCorrections). */
const SINGLE_WORD_CORRECTION_MAX_LENGTH = 9;

/** Every string one edit from `text`: a letter dropped, added or changed, or two neighbours swapped. */
function oneEditAway(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= text.length; i++) {
    const head = text.slice(0, i);
    const tail = text.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of SWEDISH_LETTERS) {
      out.add(head + letter + tail);
      if (tail && letter !== tail[0]) out.add(head + letter + tail.slice(1));
    }
  }
  out.delete(text);
  return out;
}

/**
 * Dictionary words (compounds included) one edit from `word`, at most two: first those the
 * documents use, then those whose last part the documents use ("barnutredningarna" before
 * "barnutgreningarna"), then single dictionary words. One edit leaves one part of a compound
 * intact, so candidates are an intact start with its end one edit from a dictionary word, or an
 * intact dictionary word at the end with its start one edit from a word (with a linking s).
 */
function dictionaryCorrections(word: string, vocabulary: Vocabulary): string[] {
  if (word.length < DICTIONARY_CORRECTION_MIN_LENGTH || !/^[\p{Ll}]+$/u.test(word)) return [];
  const split = decompounder();
  const dictionary = split.dictionary;
  // A modifier may end in a linking s, for which a final e may have gone ("arbets" of "arbete").
  const isModifier = (text: string) =>
    dictionary.isWord(text) || (text.endsWith('s') && (dictionary.isWord(text.slice(0, -1)) || dictionary.isWord(`${text.slice(0, -1)}e`)));
  const candidates = new Set<string>();
  // Each form looked up costs an affix analysis: a long word is taken as a compound only.
  if (word.length <= SINGLE_WORD_CORRECTION_MAX_LENGTH) for (const candidate of oneEditAway(word)) if (dictionary.isWord(candidate)) candidates.add(candidate);
  for (let at = 3; at <= word.length - 3; at++) {
    const start = word.slice(0, at);
    const end = word.slice(at);
    if (isModifier(start)) for (const edited of oneEditAway(end)) if (edited.length >= 3 && dictionary.isWord(edited)) candidates.add(start + edited);
    if (dictionary.isWord(end)) for (const edited of oneEditAway(start)) if (edited.length >= 2 && isModifier(edited)) candidates.add(edited + end);
  }
  const rank = (candidate: string) => {
    if (vocabulary.has(candidate)) return 3;
    const last = split.split(candidate).flatParts.at(-1);
    if (last && vocabulary.has(last)) return 2;
    return dictionary.isWord(candidate) ? 1 : 0;
  };
  return [...candidates]
    .filter((c) => c.length >= DICTIONARY_CORRECTION_MIN_LENGTH - 1 && isKnownSwedishWord(c))
    .map((candidate) => ({ candidate, rank: rank(candidate) }))
    .sort((a, b) => b.rank - a.rank || a.candidate.localeCompare(b.candidate, 'sv'))
    .slice(0, 2)
    .map((c) => c.candidate);
}

/** Dictionary words that fold to `word` (`losa` → `lösa`, `tillhor` → `tillhör`); at most 64 spellings are tried. */
function withSwedishLetters(word: string): string[] {
  const options: Record<string, string[]> = { a: ['a', 'ä', 'å'], o: ['o', 'ö'], e: ['e', 'é'] };
  let spellings = [''];
  for (const ch of word) {
    const alternatives = ch === 'e' ? ['e'] : options[ch] ?? [ch];
    spellings = spellings.flatMap((prefix) => alternatives.map((alt) => prefix + alt));
    if (spellings.length > 64) return [];
  }
  return spellings.filter((s) => s !== word && isKnownSwedishWord(s)).slice(0, 2);
}

/**
 * For a compound the documents never use whose modifier they never use either ("strejkersättning":
 * no "strejk" anywhere), how much its head still stands for it: the head ("ersättning") names
 * another thing in the documents (compensation for unemployment, not for a strike).
 */
function unknownModifierScale(word: string, vocabulary: Vocabulary): number {
  if (vocabulary.has(word)) return 1;
  const parts = decompounder().split(word).flatParts;
  if (parts.length < 2) return 1;
  const unknown = parts.slice(0, -1).some((part) => part.length >= 3 && !vocabulary.has(part) && !modifierOfCorpusWord(part, vocabulary));
  return unknown ? UNKNOWN_MODIFIER_HEAD_SCALE : 1;
}

/**
 * Is `part` a compound part of some word of the documents ("spel" of "spelmissbruk")? Modifiers
 * often occur only inside compounds; a word that merely starts with the letters ("bild" for
 * "bil") is none.
 */
function modifierOfCorpusWord(part: string, vocabulary: Vocabulary): boolean {
  return vocabulary.wordsStartingWith(part).some((word) => word !== part && decompounder().split(word).flatParts.slice(0, -1).includes(part));
}
const UNKNOWN_MODIFIER_HEAD_SCALE = 0.2;

/** Base form and compound parts of a word, scaled by `scale` (the head also by `headScale`). */
function addWordForms(builder: ConceptBuilder, word: string, scale: number, likelyName: boolean, headScale = 1): void {
  const split = decompounder();
  const name = likelyName && !split.dictionary.isWord(word) && !word.includes('-');
  const lemma = name ? split.dictionary.rolesOf(word).lemma : split.lemma(word);
  if (lemma) builder.add(lemma, FORM_WEIGHTS.baseForm * scale, 'original');
  if (name) return;
  const result = split.split(word);
  if (!result.isCompound) return;
  const parts = result.flatParts;
  parts.forEach((part, index) => {
    const head = index === parts.length - 1;
    if (part.length < 2) return;
    builder.add(part, (head ? FORM_WEIGHTS.compoundHead * headScale : FORM_WEIGHTS.compoundModifier) * scale, 'compound');
  });
  if (result.headLemma) builder.add(result.headLemma, FORM_WEIGHTS.compoundHead * headScale * scale, 'compound');
}

function addGroup(builder: ConceptBuilder, group: SynonymGroup, scale: number): void {
  const weight = FORM_WEIGHTS.glossary * scale;
  builder.add(group.key, weight, 'glossary');
  for (const form of group.same) builder.add(form, weight, 'glossary');
}

function addEnglish(concepts: ConceptList, entries: EnglishEntry[], english: string, weight: number, vocabulary?: Vocabulary): void {
  const glossary = glossaryIndex();
  const builder = concepts.start(entries[0]!.sv[0]!);
  for (const entry of entries) {
    for (const sv of entry.sv) {
      builder.add(sv, weight, 'english');
      const phraseGroups = glossary.swedish.match(glossary.swedishKeys(tokenize(sv).map((t) => t.word)), 0);
      for (const hit of phraseGroups) addGroup(builder, hit.entry, weight);
      // As for a Swedish word: "car insurance" is "bilförsäkring", and with no "bil" in the
      // documents their "försäkring" is another insurance.
      if (!sv.includes(' ')) addWordForms(builder, sv, weight, false, vocabulary ? unknownModifierScale(sv, vocabulary) : 1);
    }
  }
  builder.add(english, FORM_WEIGHTS.englishOriginal, 'original');
}

/** Swedish stop words as typed without å, ä and ö (`pa`, `nagot`, `nar`). */
const FOLDED_AMBIGUOUS = new Set(['ar', 'far']);

/**
 * Stop and question words as typed without Swedish letters ("manga", "nagon", "maste"), except
 * where that is another word's spelling too ("ar" is also "år", "far" a father).
 */
const FOLDED_STOP_WORDS = new Set(
  [...SWEDISH_STOP_WORDS, ...SWEDISH_QUESTION_WORDS].map((w) => foldDiacritics(w)).filter((w) => !SWEDISH_STOP_WORDS.includes(w) && !FOLDED_AMBIGUOUS.has(w)),
);

/** Words before "år" (year) rather than "är" (is): "i ar", "hur manga ar", "for 20 ar sedan". */
const BEFORE_YEARS = new Set(['i', 'manga', 'flera', 'nagra', 'for', 'per', 'tva', 'tre', 'fyra', 'fem', 'sex', 'tio', 'tjugo', 'ett', 'varje', 'senaste', 'forra', 'nasta', 'hela', 'sista', 'forsta']);

/** "ar" typed without å and ä: the verb "är" unless a number or a word of time comes before it ("vad ar det" but "i ar"). */
function isFoldedVerbAr(word: string, previous: string | undefined): boolean {
  return word === 'ar' && !(previous && (/^\d+$/.test(previous) || BEFORE_YEARS.has(previous)));
}

const SWEDISH_ONLY = new Set(SWEDISH_STOP_WORDS.filter((w) => !ENGLISH_STOP_WORDS.includes(w)));
const ENGLISH_ONLY = new Set(ENGLISH_STOP_WORDS.filter((w) => !SWEDISH_STOP_WORDS.includes(w)));

/**
 * True when the question's function words are mostly English: then an English word that is also
 * a Swedish loanword (`union`, `support`) is read as English.
 */
function looksEnglish(words: readonly string[]): boolean {
  let english = 0;
  let swedish = 0;
  for (const word of words) {
    if (ENGLISH_ONLY.has(word)) english++;
    else if (SWEDISH_ONLY.has(word)) swedish++;
  }
  return english > swedish;
}

/** A word as read for glossary phrases: an unknown word one letter off exactly one corpus word is that word. */
function phraseSpelling(word: string, vocabulary: Vocabulary): string {
  if (word.length < 5 || isKnownSwedishWord(word) || vocabulary.has(word)) return word;
  const candidates = vocabulary.corrections(word, 2);
  return candidates.length === 1 && candidates[0]!.distance === 1 ? candidates[0]!.word : word;
}

/**
 * Rejoins words a member split with a space where the corpus writes them with a hyphen
 * (`a kassa` → `a-kassa`, `e post` → `e-post`); only after a first word of at most three letters.
 */
function joinSplitWords(words: string[], vocabulary: Vocabulary | undefined): string[] {
  if (!vocabulary) return words;
  const joined = [...words];
  for (let i = 0; i + 1 < joined.length; i++) {
    const first = joined[i]!;
    const second = joined[i + 1]!;
    if (first.length > 3 || first === '' || second === '' || first.includes('-')) continue;
    const hyphenated = `${first}-${second}`;
    if (vocabulary.has(hyphenated)) {
      joined[i] = hyphenated;
      joined[i + 1] = '';
    }
  }
  return joined;
}

interface ConceptBuilder {
  add(word: string, weight: number, via: QueryFormSource): void;
}

/** Concepts in question order; a concept named twice is merged. Forms dedupe by Swedish stem. */
class ConceptList {
  private readonly concepts = new Map<string, { forms: Map<string, QueryConceptForm> }>();

  start(concept: string): ConceptBuilder {
    let entry = this.concepts.get(concept);
    if (!entry) {
      entry = { forms: new Map() };
      this.concepts.set(concept, entry);
    }
    const forms = entry.forms;
    return {
      add(word, weight, via) {
        const normalised = word.toLowerCase();
        const key = normalised.includes(' ') ? normalised : swedishStem(normalised);
        const existing = forms.get(key);
        if (!existing || existing.weight < round(weight)) forms.set(key, { word: normalised, weight: round(weight), via });
      },
    };
  }

  private readonly untranslated = new Set<string>();

  markUntranslated(concept: string): void {
    this.untranslated.add(concept);
  }

  list(): QueryConcept[] {
    return [...this.concepts].map(([concept, { forms }]) => ({
      concept,
      forms: [...forms.values()].sort((a, b) => b.weight - a.weight),
      ...(this.untranslated.has(concept) ? { untranslated: true } : {}),
    }));
  }
}

function round(weight: number): number {
  return Math.round(weight * 1000) / 1000;
}
