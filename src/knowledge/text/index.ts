/**
 * Swedish-aware text analysis for retrieval: tokenising, compound splitting with the hunspell
 * `dictionary-sv` compound flags, a domain glossary (synonyms, abbreviations, English → Swedish),
 * and typo tolerance against the corpus vocabulary.
 *
 * PostgreSQL does the stemming (`to_tsvector('swedish', …)`); this module decides which extra
 * word forms stand beside each word, at index time ({@link expandForIndex}) and at query time
 * ({@link analyzeQuery}). The dictionary is read once, on first use (about 0.15 s).
 */
export { tokenize, type Token } from './tokenize.js';
export { expandForIndex, indexFormsOf } from './expand-for-index.js';
export {
  analyzeQuery,
  FORM_WEIGHTS,
  type AnalyzeQueryOptions,
  type QueryConcept,
  type QueryConceptForm,
  type QueryFormSource,
} from './analyze-query.js';
export { Decompounder, decompounder, type CompoundSegment, type CompoundSplit, type DecompounderOptions } from './decompounder.js';
export {
  SwedishDictionary,
  swedishDictionary,
  dictionaryLoadMillis,
  readSwedishDictionaryFiles,
  type FormRoles,
  type WordAnalysis,
  type SwedishDictionaryFiles,
} from './swedish-dictionary.js';
export { parseAffixFile, type AffixData, type SuffixRule } from './hunspell-affixes.js';
export { Vocabulary, type SpellingCorrection, type VocabularyOptions } from './vocabulary.js';
export { damerauLevenshtein, foldDiacritics } from './edit-distance.js';
export { isKnownSwedishWord } from './known-words.js';
export { SYNONYM_GROUPS, ENGLISH_TO_SWEDISH, type SynonymGroup, type EnglishEntry } from './glossary.js';
export { GlossaryIndex, glossaryIndex, type GlossaryHit } from './glossary-index.js';
export {
  isStopWord,
  isSwedishStopWord,
  SWEDISH_STOP_WORDS,
  ENGLISH_STOP_WORDS,
  SWEDISH_QUESTION_WORDS,
  ENGLISH_QUESTION_WORDS,
} from './stop-words.js';
export { swedishStem, englishStem, stems, cachedStems, wordsOf } from './snowball.js';
