import { damerauLevenshtein, foldDiacritics } from './edit-distance.js';
import { decompounder } from './decompounder.js';
import { isKnownSwedishWord } from './known-words.js';
import { swedishStem } from './snowball.js';

/** A likely intended corpus word for a word that is not in the vocabulary. */
export interface SpellingCorrection {
  word: string;
  /** Edit distance after folding diacritics and hyphens (0: only `ö`/`o`-style differences). */
  distance: number;
  frequency: number;
}

export interface VocabularyOptions {
  /**
   * Words that are right even though the corpus lacks them; they are never corrected.
   * Defaults to Swedish dictionary words and compounds of dictionary words.
   */
  isKnownWord?: (word: string) => boolean;
  /** Words the corpus only writes capitalised (lower case): names, also when a member types them in lower case. */
  names?: Iterable<string>;
}

/**
 * Deletions are indexed for the first letters only (SymSpell's prefix trick): edits after the
 * prefix do not change the key, so candidates are found through the prefix and confirmed on the
 * whole word. The index holds single deletions; a query tries its own single and double
 * deletions, which finds every word within one edit and most within two (all but two edits
 * that both fall in the first seven letters and both need a letter the query lacks).
 */
const PREFIX = 7;
const WORD_LIKE = /^\p{L}[\p{L}\p{M}-]*$/u;

/**
 * The corpus vocabulary with word frequencies, for typo tolerance. `correct` finds corpus words
 * within Damerau–Levenshtein distance 1 (words of 4–7 letters) or 2 (8 letters or more) through a
 * SymSpell-style deletion index over diacritic-folded word prefixes, and folds typing without
 * Swedish letters (`hemforsakring` → `hemförsäkring`, `akassa` → `a-kassa`). Candidates of the
 * smallest distance are ranked by exact distance, same first letter, shared ending, frequency.
 * The index is built on the first `correct` call.
 */
export class Vocabulary {
  private readonly frequencies = new Map<string, number>();
  private readonly isKnownWord: (word: string) => boolean;
  private words: string[] = [];
  private foldedWords: string[] = [];
  private byFolded?: Map<string, number[]>;
  /** Hash of a prefix deletion → ids of words (hash collisions only add candidates to confirm). */
  private deletions?: DeletionTable;

  /** @param entries `[word, frequency]` pairs; words are lower-cased and repeated words add up. */
  constructor(entries: Iterable<readonly [string, number]>, options: VocabularyOptions = {}) {
    for (const [raw, frequency] of entries) {
      const word = raw.normalize('NFC').toLowerCase();
      if (word === '') continue;
      this.frequencies.set(word, (this.frequencies.get(word) ?? 0) + (Number.isFinite(frequency) ? frequency : 0));
    }
    this.isKnownWord = options.isKnownWord ?? isKnownSwedishWord;
    for (const name of options.names ?? []) this.names.add(name.normalize('NFC').toLowerCase());
  }

  private readonly names = new Set<string>();

  /**
   * Is this word (as typed, any case) a name of the corpus: one the documents only write
   * capitalised and that is no everyday Swedish word, or a name by the dictionary ("lundqvist",
   * "botkyrka", "qarai"; not "därför", which may merely start every sentence it is in)?
   */
  isName(word: string): boolean {
    const lower = word.normalize('NFC').toLowerCase();
    return this.names.has(lower) && (!this.isKnownWord(lower) || decompounder().dictionary.isProperName(lower));
  }

  get size(): number {
    return this.frequencies.size;
  }

  has(word: string): boolean {
    return this.frequencies.has(word.toLowerCase());
  }

  /** The corpus words that start with `part`. */
  wordsStartingWith(part: string): string[] {
    const lower = part.toLowerCase();
    return [...this.frequencies.keys()].filter((word) => word.startsWith(lower));
  }

  /** Corpus frequency of a word (0 when absent). */
  frequency(word: string): number {
    return this.frequencies.get(word.toLowerCase()) ?? 0;
  }

  /**
   * Corpus words that differ from `word` only in Swedish letters (`vald` → `våld`, `hora` →
   * `höra`), most frequent first: what a member typing without å, ä and ö may have meant even
   * when the word as typed is a word too.
   */
  diacriticVariants(input: string, limit = 2): string[] {
    const word = input.normalize('NFC').toLowerCase();
    if (word.length < 2 || foldDiacritics(word) !== word) return [];
    this.buildIndex();
    return (this.byFolded!.get(word) ?? [])
      .map((id) => this.words[id]!)
      .filter((candidate) => candidate !== word && !candidate.includes('-'))
      .sort((a, b) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * Corpus words derived from the same stem (`digitalisera` → `digitaliseringen`, `utbildade` →
   * `utbildning`): the word's Snowball stem, at least `minStem` letters, is the start of theirs
   * and they add at most `maxExtra` letters (a derivational ending, not a compound's second part).
   * The reverse holds too: a corpus word whose stem starts the word's stem.
   */
  derivations(input: string, { minStem = 6, maxExtra = 4, limit = 4 } = {}): string[] {
    const stem = swedishStem(input.normalize('NFC').toLowerCase());
    if (stem.length < minStem || !WORD_LIKE.test(stem)) return [];
    const byStem = this.stemIndex();
    const found: string[] = [];
    for (const [candidateStem, words] of byStem) {
      if (candidateStem === stem || candidateStem.length < minStem) continue;
      const longer = candidateStem.length > stem.length ? candidateStem : stem;
      const shorter = longer === candidateStem ? stem : candidateStem;
      if (longer.length - shorter.length > maxExtra || !longer.startsWith(shorter)) continue;
      found.push(...words);
    }
    return found.sort((a, b) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1)).slice(0, limit);
  }

  private stems?: Map<string, string[]>;

  private stemIndex(): Map<string, string[]> {
    if (!this.stems) {
      this.stems = new Map();
      for (const word of this.frequencies.keys()) {
        if (!WORD_LIKE.test(word) || word.includes('-')) continue;
        const stem = swedishStem(word);
        const list = this.stems.get(stem);
        if (list) list.push(word);
        else this.stems.set(stem, [word]);
      }
    }
    return this.stems;
  }

  /** Likely intended corpus words for `word`, best first; empty when the word needs no correction. */
  correct(word: string, limit = 3): string[] {
    return this.corrections(word, limit).map((c) => c.word);
  }

  /** Like {@link correct}, with distances and frequencies. Candidates of the smallest distance only. */
  corrections(input: string, limit = 3): SpellingCorrection[] {
    const word = input.normalize('NFC').toLowerCase();
    if (word.length < 3 || this.frequencies.has(word) || !WORD_LIKE.test(word) || this.isKnownWord(word)) return [];
    this.buildIndex();
    const folded = foldDiacritics(word);
    const sameWhenFolded = this.byFolded!.get(folded);
    if (sameWhenFolded) return this.rank(word, sameWhenFolded.map((id) => ({ id, distance: 0 })), limit);
    if (folded.length < 4) return [];
    const max = folded.length <= 7 ? 1 : 2;
    const seen = new Set<number>();
    const found: Array<{ id: number; distance: number }> = [];
    for (const key of deletionsOf(folded.slice(0, PREFIX), max)) {
      this.deletions!.forEach(hashWithout(key, -1), (id) => {
        if (seen.has(id)) return;
        seen.add(id);
        const candidate = this.foldedWords[id]!;
        if (Math.abs(candidate.length - folded.length) > max) return;
        const distance = damerauLevenshtein(folded, candidate, max);
        if (distance <= max) found.push({ id, distance });
      });
    }
    if (found.length === 0) return [];
    const best = Math.min(...found.map((f) => f.distance));
    return this.rank(word, found.filter((f) => f.distance === best), limit);
  }

  private rank(word: string, found: Array<{ id: number; distance: number }>, limit: number): SpellingCorrection[] {
    const first = word[0];
    return found
      .map(({ id, distance }) => {
        const candidate = this.words[id]!;
        return {
          correction: { word: candidate, distance, frequency: this.frequencies.get(candidate) ?? 0 },
          exact: damerauLevenshtein(word, candidate, 4),
          sameFirst: candidate[0] === first ? 0 : 1,
          sameEnd: commonSuffixLength(word, candidate),
        };
      })
      .sort(
        (a, b) =>
          a.exact - b.exact ||
          a.sameFirst - b.sameFirst ||
          b.sameEnd - a.sameEnd ||
          b.correction.frequency - a.correction.frequency ||
          (a.correction.word < b.correction.word ? -1 : 1),
      )
      .slice(0, limit)
      .map((r) => r.correction);
  }

  /** Builds the folded-word and deletion indexes on first use. */
  private buildIndex(): void {
    if (this.deletions) return;
    const byFolded = new Map<string, number[]>();
    const deletions = new DeletionTable(this.frequencies.size * (PREFIX + 1));
    for (const word of this.frequencies.keys()) {
      if (word.length < 3 || !WORD_LIKE.test(word)) continue;
      const id = this.words.length;
      const folded = foldDiacritics(word);
      this.words.push(word);
      this.foldedWords.push(folded);
      if (folded !== word) push(byFolded, folded, id);
      const prefix = folded.slice(0, PREFIX);
      deletions.add(hashWithout(prefix, -1), id);
      for (let i = 0; i < prefix.length; i++) {
        // A doubled letter gives the same deletion twice; index it once.
        if (i > 0 && prefix[i] === prefix[i - 1]) continue;
        deletions.add(hashWithout(prefix, i), id);
      }
    }
    this.byFolded = byFolded;
    this.deletions = deletions;
  }
}

/**
 * Hash → word ids, as chained buckets in typed arrays: building it allocates nothing per entry,
 * which keeps a 50 000-word vocabulary's index to a few tens of milliseconds.
 */
class DeletionTable {
  private readonly heads: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly ids: Int32Array;
  private readonly next: Int32Array;
  private readonly mask: number;
  private count = 0;

  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.heads = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.hashes = new Uint32Array(Math.max(capacity, 1));
    this.ids = new Int32Array(Math.max(capacity, 1));
    this.next = new Int32Array(Math.max(capacity, 1));
  }

  add(hash: number, id: number): void {
    const k = this.count++;
    const slot = hash & this.mask;
    this.hashes[k] = hash;
    this.ids[k] = id;
    this.next[k] = this.heads[slot]!;
    this.heads[slot] = k;
  }

  /** Calls `visit` for every id stored under `hash`. */
  forEach(hash: number, visit: (id: number) => void): void {
    for (let k = this.heads[hash & this.mask]!; k !== -1; k = this.next[k]!) {
      if (this.hashes[k] === hash) visit(this.ids[k]!);
    }
  }
}

/** Letters two words share at their ends: a typo mid-word keeps the ending (`medlemsavgiftn` → `-n`). */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** 32-bit FNV-1a hash of `text` without the character at `skip` (no string is built). */
function hashWithout(text: string, skip: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    if (i === skip) continue;
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** The word and every string made from it by deleting up to `max` characters. */
function deletionsOf(word: string, max: number): Set<string> {
  const result = new Set<string>([word]);
  let frontier = [word];
  for (let round = 0; round < max; round++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!result.has(shorter)) {
          result.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return result;
}
