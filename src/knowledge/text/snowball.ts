import { createRequire } from 'node:module';

interface SnowballStemmer {
  stem(word: string): string;
}

interface SnowballFactory {
  newStemmer(language: string): SnowballStemmer;
}

const factory = createRequire(import.meta.url)('snowball-stemmers') as SnowballFactory;
const swedish = factory.newStemmer('swedish');
const english = factory.newStemmer('english');
const swedishCache = new Map<string, string>();

/**
 * The Snowball Swedish stem of a lower-case word, the same algorithm PostgreSQL's `swedish`
 * configuration uses. Used to tell whether an extra form would add a new lexeme. Memoised.
 */
export function swedishStem(word: string): string {
  let stem = swedishCache.get(word);
  if (stem === undefined) {
    stem = swedish.stem(word);
    if (swedishCache.size > 200_000) swedishCache.clear();
    swedishCache.set(word, stem);
  }
  return stem;
}

/** The Snowball English stem of a lower-case word (for matching English glossary entries). */
export function englishStem(word: string): string {
  return english.stem(word);
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a text in order, lower case (a hyphenated word is one word). */
export function wordsOf(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);
}

/** Snowball Swedish stems (the same algorithm PostgreSQL's `swedish` configuration uses) of every word and hyphen part. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of wordsOf(text)) {
    out.add(swedishStem(word));
    if (word.includes('-')) for (const part of word.split('-')) if (part.length > 1) out.add(swedishStem(part));
  }
  return out;
}

/**
 * {@link stems} of a text (after `expand`, when given), remembered in `cache` for texts that
 * recur (a corpus's sentences and titles, the forms of questions' words). Bounded: cleared when full.
 */
export function cachedStems(cache: Map<string, ReadonlySet<string>>, text: string, expand?: (text: string) => string): ReadonlySet<string> {
  let value = cache.get(text);
  if (!value) {
    value = stems(expand ? expand(text) : text);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(text, value);
  }
  return value;
}
const STEM_CACHE_LIMIT = 20_000;
