import { describe, expect, it } from 'vitest';
import {
  Decompounder,
  dictionaryLoadMillis,
  parseAffixFile,
  readSwedishDictionaryFiles,
  swedishDictionary,
  swedishStem,
} from '../../../src/knowledge/text/index.js';

const decompounder = new Decompounder();

/** Compounds of the union domain and the parts (index forms) they should give. */
const COMPOUNDS: Array<[string, string[]]> = [
  ['medlemsavgiften', ['medlem', 'avgiften']],
  ['medlemsavgift', ['medlem', 'avgift']],
  ['inkomstförsäkringen', ['inkomst', 'försäkringen']],
  ['inkomstförsäkring', ['inkomst', 'försäkring']],
  ['arbetslöshetskassa', ['arbetslöshet', 'kassa']],
  ['arbetslöshetskassan', ['arbetslöshet', 'kassan']],
  ['socialsekreterare', ['social', 'sekreterare']],
  ['socialsekreterarna', ['social', 'sekreterarna']],
  ['välfärdsteknik', ['välfärd', 'teknik']],
  ['missbruksvården', ['missbruka', 'vården']],
  ['hedersrelaterat', ['heder', 'relaterat']],
  ['hemförsäkring', ['hem', 'försäkring']],
  ['medlemspris', ['medlem', 'pris']],
  ['socialtjänsten', ['social', 'tjänsten']],
  ['socialkontoret', ['social', 'kontoret']],
  ['försörjningsstöd', ['försörjning', 'stöd']],
  ['lägesrapporten', ['läge', 'rapporten']],
  ['våldsutsatta', ['våld', 'utsatta']],
  ['riskbedömning', ['risk', 'bedömning']],
  ['individärenden', ['individ', 'ärenden']],
  ['försäkringsbolaget', ['försäkring', 'bolaget']],
  ['förbundsstyrelsen', ['förbund', 'styrelsen']],
  ['socionomutbildningen', ['socionom', 'utbildningen']],
  ['kollektivavtalet', ['kollektiv', 'avtalet']],
  ['uppsägningstid', ['uppsägning', 'tid']],
  ['arbetsmiljöombud', ['arbetsmiljö', 'ombud']],
  ['fackförbundet', ['fack', 'förbundet']],
  ['folkhälsa', ['folk', 'hälsa']],
  ['barnomsorg', ['barn', 'omsorg']],
  ['digitaliseringssatsningar', ['digitalisering', 'satsningar']],
  ['medlemsförmåner', ['medlem', 'förmåner']],
  ['tjänstepension', ['tjänste', 'pension']],
  ['riksdagsledamot', ['riksdag', 'ledamot']],
  ['kvinnojouren', ['kvinno', 'jouren']],
];

/** Words that must stay whole: plain words, lexicalised words and derivations. */
const NOT_COMPOUNDS = [
  'medlemskapet', 'medlemskap', 'socionom', 'socionomer', 'kommunen', 'arbete', 'riksdagen', 'förebyggande',
  'undersökning', 'undersökningen', 'verksamhet', 'förvaltning', 'utbildning', 'samverkan', 'medarbetare',
  'handläggare', 'handledning', 'vägledning', 'självklart', 'fortfarande', 'värderingar', 'värdefull',
  'personal', 'kunskap', 'ledarskap', 'framtid', 'tillstånd', 'samordnare', 'inkomst', 'medlem', 'försäkring',
  'regeringen', 'digitalisering', 'botkyrka', 'norrtälje', 'thailand', 'stockholm',
];

describe('Decompounder', () => {
  it.each(COMPOUNDS)('splits %s', (word, parts) => {
    const split = decompounder.split(word);
    expect(split.isCompound).toBe(true);
    expect(split.parts).toEqual(parts);
    expect(split.head).toBe(parts[parts.length - 1]);
  });

  it.each(NOT_COMPOUNDS)('keeps %s whole', (word) => {
    const split = decompounder.split(word);
    expect(split.isCompound).toBe(false);
    expect(split.parts).toEqual([word]);
    expect(split.head).toBe(word);
  });

  it('gives head parts that stem like the standalone words and modifiers as lemmas', () => {
    expect(swedishStem(decompounder.head('inkomstförsäkringen'))).toBe(swedishStem('försäkringen'));
    expect(swedishStem(decompounder.head('medlemsavgiften'))).toBe(swedishStem('avgift'));
    const split = decompounder.split('medlemsavgiften');
    expect(split.segments.map((s) => s.surface)).toEqual(['medlems', 'avgiften']);
    expect(split.headLemma).toBe('avgift');
    expect(decompounder.split('arbetslöshetskassan').headLemma).toBe('kassa');
  });

  it('applies SIMPLIFIEDTRIPLE (tull + lager is written tullager)', () => {
    expect(decompounder.split('tullager').segments.map((s) => s.surface)).toEqual(['tull', 'lager']);
    expect(decompounder.split('skattabell').parts).toEqual(['skatt', 'tabell']);
  });

  it('splits three-part compounds when the middle part is flagged for it, but prefers fewer parts', () => {
    expect(decompounder.split('socialchefsrapport').flatParts).toEqual(['social', 'chef', 'rapport']);
    const nested = decompounder.split('socialförsäkringsbalken');
    expect(nested.parts).toEqual(['socialförsäkring', 'balken']);
    expect(nested.flatParts).toEqual(['social', 'försäkring', 'balken']);
    expect(decompounder.split('inkomstförsäkringsvillkoren').flatParts).toEqual(['inkomst', 'försäkring', 'villkoren']);
  });

  it('splits hyphenated words at the hyphen', () => {
    expect(decompounder.split('a-kassan')).toMatchObject({ isCompound: true, parts: ['a', 'kassan'], head: 'kassan', headLemma: 'kassa' });
    expect(decompounder.split('IFO-chefer').parts).toEqual(['ifo', 'chefer']);
    expect(decompounder.split('e-post').head).toBe('post');
  });

  it('splits names of authorities (definite head) but not place names', () => {
    expect(decompounder.split('arbetsmiljöverket').parts).toEqual(['arbetsmiljö', 'verket']);
    expect(decompounder.split('försäkringskassan').parts).toEqual(['försäkring', 'kassan']);
    expect(decompounder.split('thailand').isCompound).toBe(false);
  });

  it('treats short, non-letter and empty input as whole words', () => {
    for (const word of ['', 'a', 'hem', '195', 'x1y2z3w4', '👍🏽👍🏽👍🏽']) expect(decompounder.split(word).isCompound).toBe(false);
  });

  it('splits fast once the dictionary is loaded, and memoises', () => {
    swedishDictionary();
    expect(dictionaryLoadMillis()).toBeGreaterThan(0);
    expect(dictionaryLoadMillis()).toBeLessThan(5000);
    const fresh = new Decompounder();
    const words = [...COMPOUNDS.map(([w]) => w), ...NOT_COMPOUNDS];
    let started = performance.now();
    for (const word of words) fresh.split(word);
    const cold = (performance.now() - started) / words.length;
    started = performance.now();
    for (let round = 0; round < 100; round++) for (const word of words) fresh.split(word);
    const warm = (performance.now() - started) / (100 * words.length);
    expect(cold).toBeLessThan(10); // ms per new word (about 0.2 on a quiet machine; generous for a loaded one)
    expect(warm * 1000).toBeLessThan(100); // µs per repeated word
  });
});

describe('SwedishDictionary', () => {
  const dictionary = swedishDictionary();

  it('recognises inflected forms through the suffix rules', () => {
    for (const word of ['medlemmar', 'avgiften', 'försäkringarna', 'kassan', 'socionomerna', 'relaterat', 'ingår']) {
      expect(dictionary.isWord(word)).toBe(true);
    }
    expect(dictionary.isWord('medlemsavgiftn')).toBe(false);
    expect(dictionary.rolesOf('medlemmar').lemma).toBe('medlem');
    expect(dictionary.rolesOf('kassan').lemma).toBe('kassa');
  });

  it('reads the compound flags: linking forms may begin but not end a compound', () => {
    expect(dictionary.rolesOf('medlems').begin).toBe('medlem');
    expect(dictionary.rolesOf('arbetslöshets').begin).toBe('arbetslöshet');
    expect(dictionary.rolesOf('försäkringen').end).toBe('försäkring');
    expect(dictionary.rolesOf('medlem').begin).toBeUndefined();
    // `arbets` exists only in compounds (ONLYINCOMPOUND)
    expect(dictionary.rolesOf('arbets')).toMatchObject({ standalone: false, begin: 'arbets' });
  });
});

describe('parseAffixFile', () => {
  it('reads the compound directives and suffix rules of dictionary-sv', () => {
    const affixes = parseAffixFile(readSwedishDictionaryFiles().aff);
    expect(affixes).toMatchObject({
      compoundBegin: 'X',
      compoundMiddle: 'U',
      compoundEnd: 'Y',
      onlyInCompound: 'Z',
      compoundPermit: 'W',
      compoundMin: 1,
      simplifiedTriple: true,
    });
    const linking = affixes.suffixes.filter((r) => r.flag === 'v');
    expect(linking.map((r) => [r.strip, r.append, r.continuation])).toEqual([['a', 's', 'WXZ'], ['', 's', 'WXZ']]);
    expect(affixes.suffixes.length).toBeGreaterThan(400);
  });

  it('parses a small affix file with conditions', () => {
    const affixes = parseAffixFile(['COMPOUNDBEGIN X', 'SFX A Y 2', 'SFX A 0 en [^a]', 'SFX A a or a'].join('\n'));
    expect(affixes.compoundBegin).toBe('X');
    expect(affixes.suffixes).toHaveLength(2);
    expect(affixes.suffixes[0]!.condition!.test('katt')).toBe(true);
    expect(affixes.suffixes[0]!.condition!.test('kassa')).toBe(false);
  });
});
