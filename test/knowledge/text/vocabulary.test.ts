import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, foldDiacritics, readSwedishDictionaryFiles, Vocabulary } from '../../../src/knowledge/text/index.js';

const corpus: Array<[string, number]> = [
  ['medlemsavgiften', 12], ['medlemsavgift', 30], ['inkomstförsäkringen', 9], ['inkomstförsäkring', 4], ['socionomer', 20],
  ['socionomerna', 11], ['hemförsäkring', 3], ['a-kassa', 6], ['a-kassan', 8], ['medlemskapet', 5], ['socialsekreterare', 14],
  ['välfärdsteknik', 2], ['förebyggande', 7], ['kvalitet', 10], ['kvaliteten', 4], ['digitalisering', 9], ['lönen', 3],
];

describe('damerauLevenshtein', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(damerauLevenshtein('socinomer', 'socionomer')).toBe(1);
    expect(damerauLevenshtein('kvaltiet', 'kvalitet')).toBe(1);
    expect(damerauLevenshtein('medlem', 'medlem')).toBe(0);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('kassa', 'klass')).toBe(2);
  });

  it('stops early beyond the bound', () => {
    expect(damerauLevenshtein('medlemsavgift', 'undersökning', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });
});

describe('foldDiacritics', () => {
  it('removes Swedish letters and hyphens', () => {
    expect(foldDiacritics('hemförsäkring')).toBe('hemforsakring');
    expect(foldDiacritics('a-kassan')).toBe('akassan');
    expect(foldDiacritics('idé')).toBe('ide');
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(corpus);

  it('corrects typos within one edit (4–7 letters) or two (8+ letters)', () => {
    expect(vocabulary.correct('medlemsavgiftn')[0]).toBe('medlemsavgiften');
    expect(vocabulary.correct('inkomstförsäkrigen')[0]).toBe('inkomstförsäkringen');
    expect(vocabulary.correct('socinomer')[0]).toBe('socionomer');
    expect(vocabulary.correct('socilasekretrare')[0]).toBe('socialsekreterare'); // two edits
    expect(vocabulary.correct('kvaltiet')[0]).toBe('kvalitet'); // transposition
    expect(vocabulary.correct('digtalisrering')[0]).toBe('digitalisering');
  });

  it('does not stretch short words beyond one edit', () => {
    expect(vocabulary.correct('lnöex')).toEqual([]); // 5 letters, two edits from "lönen"
    expect(vocabulary.correct('xyzzy')).toEqual([]);
  });

  it('folds typing without Swedish letters where the vocabulary confirms it', () => {
    expect(vocabulary.correct('hemforsakring')).toEqual(['hemförsäkring']);
    expect(vocabulary.correct('akassan')).toEqual(['a-kassan']);
    expect(vocabulary.corrections('forebyggande')[0]).toMatchObject({ word: 'förebyggande', distance: 0 });
  });

  it('leaves words of the vocabulary and of the dictionary alone', () => {
    expect(vocabulary.correct('socionomer')).toEqual([]);
    expect(vocabulary.correct('kommunen')).toEqual([]); // a dictionary word the corpus lacks
    expect(vocabulary.correct('arbetsmiljöverket')).toEqual([]); // a compound of dictionary words
  });

  it('prefers the same first letter, then the higher frequency', () => {
    const v = new Vocabulary([['kassan', 1], ['massan', 50], ['kassar', 40], ['sakt', 1], ['akta', 50]], { isKnownWord: () => false });
    expect(v.correct('kassam')).toEqual(['kassar', 'kassan']);
    expect(v.correct('xassan')).toEqual(['massan', 'kassan']);
    expect(v.correct('sakta')).toEqual(['sakt', 'akta']);
  });

  it('sums repeated words, ignores case and reports frequencies', () => {
    const v = new Vocabulary([['Medlem', 2], ['medlem', 3]]);
    expect(v.has('MEDLEM')).toBe(true);
    expect(v.frequency('medlem')).toBe(5);
    expect(v.size).toBe(1);
  });

  it('stays fast with a 50 000-word vocabulary', () => {
    const stems = readSwedishDictionaryFiles().dic.split('\n').slice(1).map((line) => line.split('/')[0]!).filter((w) => /^\p{Ll}{3,}$/u.test(w));
    const entries: Array<[string, number]> = stems.filter((_, i) => i % 2 === 0).slice(0, 50_000).map((w, i) => [w, (i % 97) + 1]);
    const big = new Vocabulary([...entries, ...corpus]);
    let started = performance.now();
    expect(big.correct('medlemsavgiftn')[0]).toBe('medlemsavgiften');
    const firstCall = performance.now() - started; // builds the index
    const typos = ['inkomstförsäkrigen', 'socinomer', 'kvaltiet', 'hemforsakring', 'digtalisrering', 'arbetsmijlö', 'välfärdsteknk'];
    started = performance.now();
    for (let round = 0; round < 50; round++) for (const typo of typos) big.correct(typo);
    const perLookup = (performance.now() - started) / (50 * typos.length);
    expect(firstCall).toBeLessThan(5000);
    expect(perLookup).toBeLessThan(2.5); // ms; about 0.05 ms on a quiet machine, generous for a loaded one
  });
});

describe('Vocabulary related forms', () => {
  const vocabulary = new Vocabulary([['våld', 5], ['valda', 1], ['digitaliseringen', 3], ['digitalt', 2], ['utbildningen', 4]], { isKnownWord: () => false });

  it('finds corpus words with Swedish letters for a word typed without them', () => {
    expect(vocabulary.diacriticVariants('vald')).toEqual(['våld']);
    expect(vocabulary.diacriticVariants('våld')).toEqual([]);
  });

  it('finds words of the same stem with another derivational ending, not compounds', () => {
    expect(vocabulary.derivations('digitalisera')).toEqual(['digitaliseringen']);
    expect(vocabulary.derivations('utbildade')).toEqual(['utbildningen']);
    expect(vocabulary.derivations('val')).toEqual([]);
  });

  it('knows the names of the corpus, in any case, but not everyday words that merely start sentences', () => {
    const names = new Vocabulary([['lundqvist', 3], ['därför', 2], ['botkyrka', 4]], { names: ['lundqvist', 'därför', 'botkyrka'] });
    expect(names.isName('Lundqvist')).toBe(true);
    expect(names.isName('botkyrka')).toBe(true);
    expect(names.isName('därför')).toBe(false);
    expect(names.isName('socionom')).toBe(false);
  });
});
