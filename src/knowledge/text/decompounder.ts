import { swedishDictionary, type SwedishDictionary } from './swedish-dictionary.js';

/** One part of a compound word. */
export interface CompoundSegment {
  /** The letters of the part as written inside the compound (`medlems`, `försäkringen`). */
  surface: string;
  /** The dictionary lemma of the part (`medlem`, `försäkring`). */
  lemma: string;
  /**
   * The form to index and search: the lemma for a modifier (so `medlems` becomes `medlem`), the
   * surface for the head (so PostgreSQL stems `försäkringen` like the standalone word).
   */
  form: string;
  /** True when the part follows the dictionary's compound flags; false for a fallback reading. */
  strict: boolean;
}

/** The result of splitting one word. */
export interface CompoundSplit {
  word: string;
  /** True when the word was split into two or more parts. */
  isCompound: boolean;
  /** Index forms of the parts, modifiers first (`['inkomst', 'försäkringen']`); `[word]` when not split. */
  parts: string[];
  /** Index form of the last part (the head, which carries the meaning class); the word itself when not split. */
  head: string;
  /** Lemma of the head (`kassan` → `kassa`; of its own head when the head is a compound); undefined when unknown. */
  headLemma?: string;
  /**
   * The parts with compound parts split again (`socialförsäkringsbalken` → `social`,
   * `försäkring`, `balken`), for search; equal to `parts` when no part is a compound itself.
   */
  flatParts: string[];
  segments: CompoundSegment[];
}

export interface DecompounderOptions {
  /** Defaults to the shared `dictionary-sv` dictionary, loaded on first use. */
  dictionary?: SwedishDictionary;
  /** Memoised words kept before the cache is cleared. */
  cacheSize?: number;
}

/** Heads shorter than three letters that are still worth splitting off (`arbetsår`). */
const SHORT_HEADS = new Set(['år', 'tv', 'it']);

/** Heads that in listed words are usually derivational endings or false friends (`värdefull`, `självklar`, `värderingar`). */
const FALSE_HEADS_IN_LISTED_WORDS = new Set(['mässig', 'full', 'klar', 'ring', 'farande', 'vis', 'lös', 'lösa', 'fri']);

/**
 * Three-letter heads good enough to split a word that the dictionary already lists as a whole
 * (`månadslön`, `arbetstid`); other short heads in listed words are usually false friends
 * (`riksdag` is not `rik` + `dag`, `medlemskap` is not `medlems` + `kap`).
 */
const SHORT_HEADS_IN_LISTED_WORDS = new Set(['lön', 'tid', 'råd', 'år', 'lag', 'hot', 'arv']);

/**
 * First parts that are particles or prefixes rather than words in listed words: `undersökning`,
 * `förebyggande`, `tillstånd`, `framtid` are not compounds for search purposes.
 */
const PARTICLE_MODIFIERS = new Set([
  'under', 'över', 'efter', 'före', 'genom', 'mellan', 'utan', 'inom', 'utom', 'bakom', 'förbi', 'emot', 'kring',
  'omkring', 'samman', 'tillbaka', 'till', 'fram', 'bort', 'åter', 'ihop', 'isär', 'sönder', 'miss', 'vidare', 'för',
  'mot', 'med', 'sam', 'upp', 'ned', 'ner', 'all', 'bland', 'ens', 'kom', 'bak', 'hel', 'halv', 'utanför', 'innan',
  'efteråt', 'ovan', 'nedan', 'neder', 'uppe', 'inne', 'ute',
  // Lexicalised first parts: `självklar`, `fortfarande`, `handledning`, `vägledning`, `fritid`.
  'själv', 'fort', 'hand', 'väg', 'fri',
]);

const enum Cost {
  Strict = 1,
  BeginAsMiddle = 1.3,
  RelaxedBegin = 1.4,
  RelaxedEnd = 1.5,
  RelaxedMiddle = 1.6,
}

interface PathStep {
  cost: number;
  squares: number;
  segments: CompoundSegment[];
}

interface PartReading {
  cost: number;
  lemma: string;
  strict: boolean;
}

const LETTERS = /^\p{L}+$/u;

/**
 * Splits Swedish compounds with the hunspell compound flags of `dictionary-sv`: COMPOUNDBEGIN,
 * COMPOUNDMIDDLE and COMPOUNDEND on stems, the compound-only suffix forms (the linking `s` in
 * `arbetslöshets-`, `ränte-`, `vecko-`) and inflected end forms (`försäkringen`). A dynamic
 * programme picks the segmentation with the fewest (and then the longest) parts; when the
 * dictionary has no compound reading, a fallback reads any noun (plus linking `s` or `e`) as a
 * first part at a higher cost. A word the dictionary lists as a whole is split only when a strict
 * reading with substantial parts exists (`medlemsavgift`, but not `medlemskap` or `undersökning`).
 */
export class Decompounder {
  private dictionaryInstance?: SwedishDictionary;
  private readonly cache = new Map<string, CompoundSplit>();
  private readonly cacheSize: number;

  constructor(options: DecompounderOptions = {}) {
    this.dictionaryInstance = options.dictionary;
    this.cacheSize = options.cacheSize ?? 200_000;
  }

  /** The dictionary in use (loads the shared one on first call). */
  get dictionary(): SwedishDictionary {
    this.dictionaryInstance ??= swedishDictionary();
    return this.dictionaryInstance;
  }

  /** Splits a word (any case; hyphenated words are split at the hyphens first). Memoised. */
  split(input: string): CompoundSplit {
    const word = input.toLowerCase();
    let result = this.cache.get(word);
    if (!result) {
      result = word.includes('-') ? this.splitHyphenated(word) : this.splitPlain(word);
      if (this.cache.size >= this.cacheSize) this.cache.clear();
      this.cache.set(word, result);
    }
    return result;
  }

  /**
   * The base form of a word: the dictionary's, or for a compound the word with its head in base
   * form (`inkomstskyddet` → `inkomstskydd`); undefined when neither is known.
   */
  lemma(input: string): string | undefined {
    const word = input.toLowerCase();
    const listed = this.dictionary.rolesOf(word).lemma;
    if (listed) return listed;
    const split = this.split(word);
    const head = split.segments[split.segments.length - 1];
    if (!split.isCompound || !head || word.includes('-') || head.lemma === head.surface) return undefined;
    return word.slice(0, word.length - head.surface.length) + head.lemma;
  }

  /** The head (last part) of a word: `inkomstförsäkringen` → `försäkringen`. */
  head(word: string): string {
    return this.split(word).head;
  }

  private splitHyphenated(word: string): CompoundSplit {
    const pieces = word.split('-').filter((p) => p !== '');
    if (pieces.length < 2) return this.splitPlain(pieces[0] ?? word);
    const segments: CompoundSegment[] = [];
    pieces.forEach((piece, index) => {
      const last = index === pieces.length - 1;
      const inner = last ? this.splitPlain(piece) : undefined;
      if (inner?.isCompound) {
        segments.push(...inner.segments);
        return;
      }
      const roles = this.dictionary.rolesOf(piece);
      const lemma = (last ? roles.lemma ?? roles.end : roles.begin ?? roles.lemma) ?? piece;
      segments.push({ surface: piece, lemma, form: last ? piece : lemma, strict: true });
    });
    return this.result(word, segments);
  }

  private splitPlain(word: string): CompoundSplit {
    if (word.length < 5 || !LETTERS.test(word)) return unsplit(word, this.dictionary.rolesOf(word).lemma);
    const dict = this.dictionary;
    if (dict.isProperName(word) && !dict.rolesOf(word).standalone) return this.splitProperName(word);
    const listed = dict.isWord(word);
    const segments = this.bestSegmentation(word, listed);
    if (!segments || (listed && !this.acceptableForListedWord(segments))) {
      return unsplit(word, dict.rolesOf(word).lemma);
    }
    return this.result(word, segments);
  }

  /**
   * Names of authorities are compounds with a definite head (`Arbetsmiljöverket`,
   * `Försäkringskassan`); place names rarely are (`Thailand`, `Norrtälje`), so only the former split.
   */
  private splitProperName(word: string): CompoundSplit {
    const segments = this.bestSegmentation(word, true);
    const head = segments?.[segments.length - 1];
    if (!segments || !head || head.surface === head.lemma || !this.acceptableForListedWord(segments)) return unsplit(word, undefined);
    return this.result(word, segments);
  }

  private acceptableForListedWord(segments: CompoundSegment[]): boolean {
    if (segments.length > 3) return false;
    const head = segments[segments.length - 1]!;
    if (head.lemma.length < 4 && !SHORT_HEADS_IN_LISTED_WORDS.has(head.lemma)) return false;
    if (FALSE_HEADS_IN_LISTED_WORDS.has(head.lemma)) return false;
    if (PARTICLE_MODIFIERS.has(segments[0]!.lemma) || PARTICLE_MODIFIERS.has(segments[0]!.surface)) return false;
    return true;
  }

  private result(word: string, segments: CompoundSegment[]): CompoundSplit {
    const head = segments[segments.length - 1]!;
    const parts = segments.map((s) => s.form);
    const nested = parts.map((part) => (part.length >= 6 && part !== word ? this.split(part) : undefined));
    const nestedHead = nested[nested.length - 1];
    return {
      word,
      isCompound: segments.length > 1,
      parts,
      head: head.form,
      headLemma: nestedHead?.isCompound ? nestedHead.headLemma : head.lemma,
      flatParts: parts.flatMap((part, index) => nested[index]?.flatParts ?? [part]),
      segments,
    };
  }

  /** Dynamic programme over part boundaries; `strictOnly` allows only readings the flags permit. */
  private bestSegmentation(word: string, strictOnly: boolean): CompoundSegment[] | undefined {
    const n = word.length;
    const best: (PathStep | undefined)[] = new Array(n + 1);
    best[0] = { cost: 0, squares: 0, segments: [] };
    let answer: PathStep | undefined;
    for (let p = 0; p < n; p++) {
      const here = best[p];
      if (!here || here.segments.length >= 4) continue;
      for (let e = p + 2; e <= n; e++) {
        const surface = word.slice(p, e);
        if (e === n) {
          if (p === 0) continue;
          const reading = this.readEnd(surface, strictOnly);
          if (reading) answer = better(answer, extend(here, surface, surface, reading));
          continue;
        }
        if (surface.length < 3 || n - e < 2) continue;
        const reading = p === 0 ? this.readBegin(surface, strictOnly) : this.readMiddle(surface, strictOnly);
        if (!reading) continue;
        const step = extend(here, surface, reading.lemma, reading);
        best[e] = better(best[e], step);
        // SIMPLIFIEDTRIPLE: `fall` + `lucka` is written `fallucka`; the next part reuses the last letter.
        if (word[e - 1] === word[e - 2] && e - 1 > p + 2) best[e - 1] = better(best[e - 1], step);
      }
    }
    return answer?.segments;
  }

  private readBegin(surface: string, strictOnly: boolean): PartReading | undefined {
    const roles = this.dictionary.rolesOf(surface);
    if (roles.begin !== undefined) return { cost: Cost.Strict, lemma: roles.begin, strict: true };
    if (strictOnly) return undefined;
    const lemma = this.relaxedBeginLemma(surface);
    return lemma === undefined ? undefined : { cost: Cost.RelaxedBegin, lemma, strict: false };
  }

  private readMiddle(surface: string, strictOnly: boolean): PartReading | undefined {
    const roles = this.dictionary.rolesOf(surface);
    if (roles.middle !== undefined) return { cost: Cost.Strict, lemma: roles.middle, strict: true };
    if (strictOnly) return undefined;
    if (roles.begin !== undefined) return { cost: Cost.BeginAsMiddle, lemma: roles.begin, strict: false };
    const lemma = this.relaxedBeginLemma(surface);
    return lemma === undefined ? undefined : { cost: Cost.RelaxedMiddle, lemma, strict: false };
  }

  private readEnd(surface: string, strictOnly: boolean): PartReading | undefined {
    if (surface.length < 3 && !SHORT_HEADS.has(surface)) return undefined;
    const roles = this.dictionary.rolesOf(surface);
    if (roles.end !== undefined) return { cost: Cost.Strict, lemma: roles.end, strict: true };
    if (strictOnly || !roles.standalone || surface.length < 4) return undefined;
    return { cost: Cost.RelaxedEnd, lemma: roles.lemma ?? surface, strict: false };
  }

  /**
   * Fallback first parts the flags do not list: a bare noun that may end compounds (`missbruk`),
   * the same with a linking `s` (`missbruks`) or `e` (`löne`).
   */
  private relaxedBeginLemma(surface: string): string | undefined {
    if (surface.length < 4) return undefined;
    const dict = this.dictionary;
    if (dict.rolesOf(surface).end === surface) return surface;
    const last = surface[surface.length - 1];
    if (last === 's' || last === 'e') {
      const base = surface.slice(0, -1);
      if (base.length >= 3 && dict.rolesOf(base).end === base) return base;
    }
    return undefined;
  }
}

function unsplit(word: string, lemma: string | undefined): CompoundSplit {
  return {
    word,
    isCompound: false,
    parts: [word],
    head: word,
    headLemma: lemma,
    flatParts: [word],
    segments: [{ surface: word, lemma: lemma ?? word, form: word, strict: true }],
  };
}

function extend(from: PathStep, surface: string, lemma: string, reading: PartReading): PathStep {
  return {
    cost: from.cost + reading.cost,
    squares: from.squares + surface.length * surface.length,
    segments: [...from.segments, { surface, lemma: reading.lemma, form: lemma, strict: reading.strict }],
  };
}

function better(a: PathStep | undefined, b: PathStep): PathStep {
  if (!a) return b;
  if (b.cost !== a.cost) return b.cost < a.cost ? b : a;
  return b.squares > a.squares ? b : a;
}

let sharedDecompounder: Decompounder | undefined;

/** The shared decompounder over the shared dictionary. */
export function decompounder(): Decompounder {
  sharedDecompounder ??= new Decompounder();
  return sharedDecompounder;
}
