import { decompounder } from './decompounder.js';

/**
 * True when `word` (lower case) is Swedish as written: a dictionary word or a compound whose
 * parts all follow the dictionary's compound flags. Such words are never spell-corrected.
 */
export function isKnownSwedishWord(word: string): boolean {
  const split = decompounder();
  if (split.dictionary.isWord(word)) return true;
  const result = split.split(word);
  return result.isCompound && result.segments.every((s) => s.strict);
}
