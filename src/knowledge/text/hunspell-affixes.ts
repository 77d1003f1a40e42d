/**
 * The parts of a hunspell affix file (`.aff`) that decompounding needs: the compound flags and
 * the suffix rules. Prefix rules and COMPOUNDRULE patterns are not used (the Swedish dictionary
 * has no prefixes, and its compound rules only cover numbers).
 */

/** One `SFX` line: remove `strip` from a stem that matches `condition`, then add `append`. */
export interface SuffixRule {
  /** The flag that a stem must carry for this rule to apply to it. */
  flag: string;
  strip: string;
  append: string;
  /** Flags the suffixed form gets (e.g. `WXZ`: a compound-begin form that exists only in compounds). */
  continuation: string;
  /** Test on the end of the stem; `null` when any stem qualifies. */
  condition: RegExp | null;
}

/** Flags and options of an affix file (defaults are hunspell's own when a directive is missing). */
export interface AffixData {
  compoundBegin: string;
  compoundMiddle: string;
  compoundEnd: string;
  onlyInCompound: string;
  compoundPermit: string;
  forbiddenWord: string;
  needAffix: string;
  compoundMin: number;
  simplifiedTriple: boolean;
  suffixes: SuffixRule[];
}

const conditionCache = new Map<string, RegExp | null>();

function compileCondition(condition: string): RegExp | null {
  let compiled = conditionCache.get(condition);
  if (compiled === undefined) {
    compiled = condition === '.' || condition === '' ? null : new RegExp(`${condition.replace(/[\\{}()|+*?^$]/g, (c) => (c === '^' ? c : `\\${c}`))}$`, 'u');
    conditionCache.set(condition, compiled);
  }
  return compiled;
}

/** Parses the text of a hunspell `.aff` file (single-character flags, UTF-8). */
export function parseAffixFile(text: string): AffixData {
  const data: AffixData = {
    compoundBegin: '',
    compoundMiddle: '',
    compoundEnd: '',
    onlyInCompound: '',
    compoundPermit: '',
    forbiddenWord: '',
    needAffix: '',
    compoundMin: 3,
    simplifiedTriple: false,
    suffixes: [],
  };
  const suffixHeaders = new Set<string>();
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    const [directive, a = '', b = '', c = '', d = ''] = fields;
    switch (directive) {
      case 'COMPOUNDBEGIN': data.compoundBegin = a; break;
      case 'COMPOUNDMIDDLE': data.compoundMiddle = a; break;
      case 'COMPOUNDEND': data.compoundEnd = a; break;
      case 'ONLYINCOMPOUND': data.onlyInCompound = a; break;
      case 'COMPOUNDPERMITFLAG': data.compoundPermit = a; break;
      case 'FORBIDDENWORD': data.forbiddenWord = a; break;
      case 'NEEDAFFIX': data.needAffix = a; break;
      case 'COMPOUNDMIN': data.compoundMin = Number(a) || 1; break;
      case 'SIMPLIFIEDTRIPLE': data.simplifiedTriple = true; break;
      case 'SFX': {
        // The first line of a block is a header: `SFX flag Y|N count`.
        if (!suffixHeaders.has(a) && (b === 'Y' || b === 'N') && /^\d+$/.test(c)) {
          suffixHeaders.add(a);
          break;
        }
        const [appendText = '', continuation = ''] = c.split('/');
        data.suffixes.push({
          flag: a,
          strip: b === '0' ? '' : b,
          append: appendText === '0' ? '' : appendText,
          continuation,
          condition: compileCondition(d),
        });
        break;
      }
      default:
        break;
    }
  }
  return data;
}
