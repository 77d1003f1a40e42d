import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAffixFile, type AffixData, type SuffixRule } from './hunspell-affixes.js';

/**
 * Suffix flags of `dictionary-sv` that derive a new word rather than inflect one (`ekonomiskt`
 * from `ekonom`, `stockholmsbo`, ordinals); their stems are not offered as base forms.
 */
const DERIVATIONAL_FLAGS = 'Ted17';

/** One way a word form can be derived from a dictionary stem. */
export interface WordAnalysis {
  /** The dictionary stem (lemma), lower case. */
  stem: string;
  /** Flags of the stem's dictionary entry. */
  stemFlags: string;
  /** The suffix rule that produced the form; absent for the bare stem. */
  rule?: SuffixRule;
}

/** What a word form can be, inside or outside a compound, with the lemma for that reading. */
export interface FormRoles {
  /** A word on its own (not only-in-compound). */
  standalone: boolean;
  /** Lemma when the form may start a compound according to the dictionary's flags. */
  begin?: string;
  /** Lemma when the form may be a middle part. */
  middle?: string;
  /** Lemma when the form may end a compound (inflected end forms included). */
  end?: string;
  /** Lemma of the most likely standalone reading. */
  lemma?: string;
}

export interface SwedishDictionaryFiles {
  aff: string;
  dic: string;
}

/**
 * The Swedish hunspell dictionary (`dictionary-sv`, LGPL-3.0, read unmodified at run time):
 * word lookup with suffix stripping and the compound roles a form may take.
 */
export class SwedishDictionary {
  private readonly stems = new Map<string, string>();
  private readonly properNames = new Set<string>();
  private readonly suffixesByAppend = new Map<string, SuffixRule[]>();
  private readonly maxAppend: number;
  private readonly roles = new Map<string, FormRoles>();
  readonly affixes: AffixData;

  constructor({ aff, dic }: SwedishDictionaryFiles) {
    this.affixes = parseAffixFile(aff);
    let maxAppend = 0;
    for (const rule of this.affixes.suffixes) {
      const list = this.suffixesByAppend.get(rule.append);
      if (list) list.push(rule);
      else this.suffixesByAppend.set(rule.append, [rule]);
      maxAppend = Math.max(maxAppend, rule.append.length);
    }
    this.maxAppend = maxAppend;
    this.loadWords(dic);
  }

  private loadWords(dic: string): void {
    const forbidden = this.affixes.forbiddenWord;
    let start = dic.indexOf('\n') + 1; // the first line is the entry count
    while (start < dic.length) {
      let end = dic.indexOf('\n', start);
      if (end < 0) end = dic.length;
      const line = dic.slice(start, end);
      start = end + 1;
      const slash = line.indexOf('/');
      const word = (slash < 0 ? line : line.slice(0, slash)).trim();
      const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
      if (word === '' || word.includes(' ') || (forbidden && flags.includes(forbidden))) continue;
      const lower = word.toLowerCase();
      if (lower !== word) {
        this.properNames.add(lower);
        continue;
      }
      const known = this.stems.get(lower);
      this.stems.set(lower, known === undefined ? flags : known + flags);
    }
  }

  /** Number of (lower-case) stems. */
  get size(): number {
    return this.stems.size;
  }

  /** All ways `form` (lower case) derives from a lower-case dictionary stem. */
  analyze(form: string): WordAnalysis[] {
    const results: WordAnalysis[] = [];
    const bare = this.stems.get(form);
    if (bare !== undefined) results.push({ stem: form, stemFlags: bare });
    const limit = Math.min(this.maxAppend, form.length);
    for (let k = 0; k <= limit; k++) {
      const rules = this.suffixesByAppend.get(k === 0 ? '' : form.slice(form.length - k));
      if (!rules) continue;
      const base = form.slice(0, form.length - k);
      for (const rule of rules) {
        const stem = base + rule.strip;
        if (stem === '') continue;
        const stemFlags = this.stems.get(stem);
        if (stemFlags === undefined || !stemFlags.includes(rule.flag)) continue;
        if (rule.condition && !rule.condition.test(stem)) continue;
        results.push({ stem, stemFlags, rule });
      }
    }
    return results;
  }

  /** True when `form` is a word of its own: a dictionary form or a proper name. */
  isWord(form: string): boolean {
    return this.rolesOf(form).standalone || this.properNames.has(form);
  }

  /** True when `form` is (a form of) a capitalised dictionary entry such as a place name. */
  isProperName(form: string): boolean {
    return this.properNames.has(form);
  }

  /** The compound roles of a lower-case form (memoised). */
  rolesOf(form: string): FormRoles {
    let roles = this.roles.get(form);
    if (!roles) {
      roles = this.computeRoles(form);
      if (this.roles.size > 500_000) this.roles.clear();
      this.roles.set(form, roles);
    }
    return roles;
  }

  private computeRoles(form: string): FormRoles {
    const { compoundBegin: X, compoundMiddle: U, compoundEnd: Y, onlyInCompound: Z, compoundPermit: W, needAffix } = this.affixes;
    const roles: FormRoles = { standalone: false };
    for (const { stem, stemFlags, rule } of this.analyze(form)) {
      const stemOnlyInCompound = stemFlags.includes(Z);
      if (!rule) {
        const needsAffix = needAffix !== '' && stemFlags.includes(needAffix);
        if (!stemOnlyInCompound && !needsAffix) {
          roles.standalone = true;
          roles.lemma ??= stem;
        }
        if (stemFlags.includes(X)) roles.begin ??= stem;
        if (stemFlags.includes(U)) roles.middle ??= stem;
        if (stemFlags.includes(Y) && !needsAffix) roles.end ??= stem;
        continue;
      }
      const cont = rule.continuation;
      const formOnlyInCompound = cont.includes(Z);
      if (!formOnlyInCompound && !stemOnlyInCompound && !cont.includes(X) && !cont.includes(U)) {
        roles.standalone = true;
        if (!DERIVATIONAL_FLAGS.includes(rule.flag)) roles.lemma ??= stem;
      }
      // A suffix inside a compound needs COMPOUNDPERMITFLAG; at the end any suffix will do.
      const permitted = cont.includes(W);
      if (permitted && (cont.includes(X) || stemFlags.includes(X))) roles.begin ??= stem;
      if (permitted && (cont.includes(U) || stemFlags.includes(U))) roles.middle ??= stem;
      if (!formOnlyInCompound && (stemFlags.includes(Y) || cont.includes(Y))) roles.end ??= stem;
    }
    return roles;
  }
}

let shared: SwedishDictionary | undefined;
let loadMillis = 0;

/** Reads `index.aff` and `index.dic` of the installed `dictionary-sv` package. */
export function readSwedishDictionaryFiles(): SwedishDictionaryFiles {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('dictionary-sv'));
  return {
    aff: readFileSync(join(dir, 'index.aff'), 'utf8'),
    dic: readFileSync(join(dir, 'index.dic'), 'utf8'),
  };
}

/** The shared dictionary, loaded (synchronously) on first use. */
export function swedishDictionary(): SwedishDictionary {
  if (!shared) {
    const started = performance.now();
    shared = new SwedishDictionary(readSwedishDictionaryFiles());
    loadMillis = performance.now() - started;
  }
  return shared;
}

/** How long loading the shared dictionary took, in milliseconds (0 before it is loaded). */
export function dictionaryLoadMillis(): number {
  return loadMillis;
}
