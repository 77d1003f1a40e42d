import { decompounder } from './decompounder.js';
import { glossaryIndex } from './glossary-index.js';
import { swedishStem } from './snowball.js';
import { isSwedishStopWord } from './stop-words.js';
import { tokenize, type Token } from './tokenize.js';

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 100_000;
const COLON_SUFFIX = /^:\p{L}{1,3}/u;

/**
 * Text for `to_tsvector('swedish', …)`: the original text with each word's extra forms written
 * right after it, so that term positions stay close. Extra forms are the compound parts
 * (`medlemsavgiften` → `medlem avgiften`), the dictionary base form where PostgreSQL's stemmer
 * would not conflate it (`kassan` → `kassa`, `medlemmar` → `medlem`) and the key of the word's
 * (or phrase's) glossary group (`arbetslöshetskassan` → `akassa`). A form that would stem to a
 * lexeme already present for the word is left out. Deterministic; memoised per word.
 */
export function expandForIndex(text: string): string {
  const tokens = tokenize(text);
  if (tokens.length === 0) return text;
  const glossary = glossaryIndex();
  const words = tokens.map((t) => t.word);
  const keys = glossary.swedishKeys(words);
  const phraseExtras = new Map<number, string[]>();
  for (let i = 0; i < tokens.length; i++) {
    const hits = glossary.swedish.match(keys, i, { queryOnly: false, singleWords: false });
    if (hits.length === 0) continue;
    const last = i + hits[0]!.length - 1;
    const phrase = words.slice(i, last + 1).join(' ');
    const added = hits.map((h) => h.entry.key).filter((key) => key !== phrase);
    if (added.length > 0) phraseExtras.set(last, [...(phraseExtras.get(last) ?? []), ...added]);
  }

  let out = '';
  let cursor = 0;
  tokens.forEach((token, index) => {
    const extras = [...extraForms(token), ...(phraseExtras.get(index) ?? [])];
    if (extras.length === 0) return;
    const end = token.end + (COLON_SUFFIX.exec(text.slice(token.end, token.end + 4))?.[0].length ?? 0);
    out += `${text.slice(cursor, end)} ${extras.join(' ')}`;
    cursor = end;
  });
  return out + text.slice(cursor);
}

/** The extra index forms of one token (without phrase matches). */
export function indexFormsOf(word: string, likelyName = false): readonly string[] {
  const cacheKey = likelyName ? `${word}\u0000` : word;
  let forms = cache.get(cacheKey);
  if (!forms) {
    forms = computeExtraForms(word, likelyName);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, forms);
  }
  return forms;
}

function extraForms(token: Token): readonly string[] {
  return indexFormsOf(token.word, token.midSentenceCapital);
}

function computeExtraForms(word: string, likelyName: boolean): string[] {
  if (word.length < 2 || isSwedishStopWord(word) || /^[\p{N}-]+$/u.test(word)) return [];
  const glossary = glossaryIndex();
  const split = decompounder();
  const dictionary = split.dictionary;
  const seen = new Set([swedishStem(word)]);
  const hyphenPieces = new Set(word.split('-'));
  const extras: string[] = [];
  const add = (form: string | undefined) => {
    if (!form || form.length < 2 || hyphenPieces.has(form)) return;
    const stem = swedishStem(form);
    if (seen.has(stem)) return;
    seen.add(stem);
    extras.push(form);
  };

  const known = dictionary.isWord(word);
  const splittable = word.length >= 5 && (!likelyName || known || word.includes('-'));
  add(splittable ? split.lemma(word) : dictionary.rolesOf(word).lemma);
  if (splittable) {
    const result = split.split(word);
    if (result.isCompound) {
      for (const part of result.flatParts) add(part);
      add(result.headLemma);
    }
  }
  for (const group of glossary.groupsOfWord(word, false)) if (group.key !== word) add(group.key);
  return extras;
}
