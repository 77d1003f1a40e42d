import { damerauLevenshtein } from '../../knowledge/text/edit-distance.js';
import { KEYWORDS, NEAR_MISSES, SHORTHANDS } from './keywords.js';

const SPECIAL_LETTERS: Record<string, string> = { æ: 'a', ø: 'o', ß: 'ss', đ: 'd', ł: 'l', ı: 'i' };
const SPECIAL_LETTER = /[æøßđłı]/g;
/** Combining diacritics after NFD (å → a + ring) and apostrophes (can't → cant). */
const MARKS_AND_APOSTROPHES = /[\u0300-\u036f'’`´]+/g;
const SENTENCE_END = /[.!?;:…\n]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const OTHER_ASCII = /[^a-z0-9.]+/g;
const OTHER = /[^\p{L}\p{N}.]+/gu;
const REPEATED_STOPS = /\.(?: \.)+/g;
const EDGES = /^[ .]+|[ .]+$/g;
/** Three or more of the same letter: "heeej" → "hej", "tackkkk" → "tack" (ASCII: \p{L} with a back-reference is ten times slower). */
const REPEATED_LETTER = /([a-z])\1\1+/g;

/**
 * Folded text is what every intent rule runs on: lower case, diacritics gone (människa →
 * manniska, dö → do), apostrophes dropped (can't → cant, I'm → im), sentence punctuation kept as
 * a lone "." token between sentences, everything else that is not a letter or digit turned into
 * one space, letters repeated three or more times squeezed to one (heeej → hej), chat shorthands
 * expanded (mej → mig, nån → nagon) and small typos in rule keywords repaired (mannsika → manniska).
 *
 * Tokens are separated by exactly one space, so rules can express "within n words" as the
 * bounded, non-nested `(?: \S+){0,n}` and stay linear on long messages.
 */
export function foldForMatching(text: string): string {
  let folded = text.toLowerCase().normalize('NFD').replace(MARKS_AND_APOSTROPHES, '');
  folded = folded.replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c] ?? c).replace(SENTENCE_END, ' . ');
  folded = folded
    .replace(NON_ASCII.test(folded) ? OTHER : OTHER_ASCII, ' ')
    .replace(REPEATED_STOPS, '.')
    .replace(EDGES, '')
    .replace(REPEATED_LETTER, '$1');
  return folded && folded.split(' ').map(repairToken).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Typo repair: a token within Damerau–Levenshtein distance 1 of a rule keyword becomes that
// keyword. Candidates come from a one-deletion index (SymSpell): a keyword and a typo at distance 1
// always share a string reachable by deleting at most one character from each.

const MIN_TYPO_LENGTH = 5;
const MAX_TYPO_LENGTH = 30;

const keywordSet = new Set(KEYWORDS);
const leaveAlone = new Set([...keywordSet, ...NEAR_MISSES]);
const byDeletion = new Map<string, string[]>();
for (const word of keywordSet) {
  for (const variant of deletions(word)) {
    const list = byDeletion.get(variant);
    if (!list) byDeletion.set(variant, [word]);
    else if (!list.includes(word)) list.push(word);
  }
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function repairToken(token: string): string {
  const shorthand = SHORTHANDS.get(token);
  if (shorthand !== undefined) return shorthand;
  if (token.length < MIN_TYPO_LENGTH || token.length > MAX_TYPO_LENGTH || leaveAlone.has(token) || !/^[a-z]+$/.test(token)) return token;
  let repaired = cache.get(token);
  if (repaired === undefined) {
    repaired = closestKeyword(token) ?? token;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, repaired);
  }
  return repaired;
}

function closestKeyword(token: string): string | undefined {
  // token = keyword with one letter missing
  const missing = byDeletion.get(token);
  if (missing) return missing[0];
  for (const shorter of deletions(token)) {
    // token = keyword with one letter too many
    if (keywordSet.has(shorter)) return shorter;
    // one letter changed, or two neighbours swapped (verified: a shared deletion can also mean distance 2)
    for (const word of byDeletion.get(shorter) ?? []) {
      if (damerauLevenshtein(token, word, 1) <= 1) return word;
    }
  }
  return undefined;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
