import { describe, expect, it } from 'vitest';
import { ENGLISH_TO_SWEDISH, glossaryIndex, swedishDictionary, SYNONYM_GROUPS, tokenize } from '../../../src/knowledge/text/index.js';

describe('glossary table', () => {
  it('has lower-case, non-empty, unique entries', () => {
    const keys = new Set<string>();
    for (const group of SYNONYM_GROUPS) {
      expect(group.key).toBe(group.key.toLowerCase());
      expect(keys.has(group.key)).toBe(false);
      keys.add(group.key);
      expect(group.same.length).toBeGreaterThan(0);
      for (const form of [...group.same, ...(group.inQuestions ?? [])]) {
        expect(form).toBe(form.toLowerCase());
        expect(tokenize(form).length).toBeGreaterThan(0);
      }
    }
  });

  it('has about a hundred English entries, each mapping to Swedish', () => {
    const phrases = ENGLISH_TO_SWEDISH.flatMap((e) => e.en);
    expect(ENGLISH_TO_SWEDISH.length).toBeGreaterThanOrEqual(100);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const entry of ENGLISH_TO_SWEDISH) {
      expect(entry.sv.length).toBeGreaterThan(0);
      for (const phrase of entry.en) expect(phrase).toBe(phrase.toLowerCase());
    }
  });

  it('names the required mappings', () => {
    const svOf = (en: string) => ENGLISH_TO_SWEDISH.find((e) => e.en.includes(en))?.sv;
    expect(svOf('income insurance')).toContain('inkomstförsäkring');
    expect(svOf('unemployment fund')).toContain('a-kassa');
    expect(svOf('unemployment insurance')).toContain('a-kassa');
    expect(svOf('membership')).toContain('medlemskap');
    expect(svOf('member')).toContain('medlem');
    expect(svOf('membership fee')).toContain('medlemsavgift');
    expect(svOf('fee')).toContain('medlemsavgift');
    expect(svOf('pay')).toContain('betala');
    expect(svOf('amount')).toContain('belopp');
    expect(svOf('cut')).toContain('dra ner');
    expect(svOf('head of social services')).toContain('socialchef');
    expect(svOf('it unit')).toContain('it-enhet');
    expect(svOf('maximum')).toContain('högsta');
    expect(svOf('included')).toContain('ingår');
    expect(svOf('become a member')).toContain('bli medlem');
    expect(svOf('job seeker')).toContain('arbetssökande');
    expect(svOf('unemployed')).toContain('arbetslös');
    expect(svOf('social worker')).toEqual(['socionom', 'socialsekreterare']);
    expect(svOf('social services')).toContain('socialtjänst');
    expect(svOf('home insurance')).toContain('hemförsäkring');
    expect(svOf('survey')).toContain('undersökning');
    expect(svOf('report')).toContain('rapport');
    expect(svOf('union')).toContain('fackförbund');
    expect(svOf('advice')).toContain('råd');
    expect(svOf('work environment')).toContain('arbetsmiljö');
    expect(svOf('salary')).toContain('lön');
    expect(svOf('digitalisation')).toContain('digitalisering');
  });

  it('keeps merely related words apart', () => {
    const groupOf = (word: string) => SYNONYM_GROUPS.find((g) => g.same.includes(word));
    expect(groupOf('socionom')).toBeUndefined();
    expect(groupOf('socialsekreterare')).toBeUndefined();
    expect(groupOf('a-kassa')?.same).not.toContain('inkomstförsäkring');
  });

  it('avoids single English words that are everyday Swedish words with another meaning', () => {
    const falseFriends = ['barn', 'hem', 'bra', 'arm', 'rot', 'full', 'glass', 'gift', 'fart', 'kind', 'tag', 'far', 'mist', 'bad', 'rock', 'hot', 'men', 'by', 'bar', 'text', 'digital', 'hat', 'hit', 'vid', 'rim', 'lock', 'ring', 'art', 'slag', 'bad'];
    const single = ENGLISH_TO_SWEDISH.flatMap((e) => e.en.filter((en) => !en.includes(' ')));
    expect(single.filter((en) => falseFriends.includes(en))).toEqual([]);
    // Loanwords the Swedish dictionary also lists (union, boss, support …) map with reduced weight: see analyzeQuery.
    const dictionary = swedishDictionary();
    expect(single.filter((en) => dictionary.isWord(en)).length).toBeLessThan(single.length / 5);
  });
});

describe('GlossaryIndex', () => {
  const glossary = glossaryIndex();

  it('matches Swedish synonyms in any inflection and hyphen variants as listed', () => {
    expect(glossary.groupsOfWord('arbetslöshetskassan', false).map((g) => g.key)).toEqual(['akassa']);
    expect(glossary.groupsOfWord('a-kassan', false).map((g) => g.key)).toEqual(['akassa']);
    expect(glossary.groupsOfWord('inkomstskyddet', false).map((g) => g.key)).toEqual(['inkomstförsäkring']);
    expect(glossary.groupsOfWord('ifos', false).map((g) => g.key)).toEqual(['ifo']);
    expect(glossary.groupsOfWord('socionom', false)).toEqual([]);
  });

  it('matches question-only words only at query time', () => {
    expect(glossary.groupsOfWord('avgiften', true).map((g) => g.key)).toEqual(['medlemsavgift']);
    expect(glossary.groupsOfWord('avgiften', false)).toEqual([]);
    // "kan man va med i vision fast man pluggar?": a student asking to be a member.
    expect(glossary.groupsOfWord('pluggar', true).map((g) => g.key)).toEqual(['student']);
    expect(glossary.groupsOfWord('pluggar', false)).toEqual([]);
  });

  it('matches the longest phrase', () => {
    const words = tokenize('chefer inom individ- och familjeomsorgen').map((t) => t.word);
    const hits = glossary.swedish.match(glossary.swedishKeys(words), 2);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ length: 3, entry: { key: 'ifo' } });
    const english = tokenize('the unemployment insurance fund').map((t) => t.word);
    expect(glossary.english.match(glossary.englishKeys(english), 1)[0]).toMatchObject({ length: 3, entry: { sv: ['a-kassa'] } });
  });

  it('matches a phrase with the subject a question puts after its verb', () => {
    // "lönar sig" in "Varför lönar det sig att …?": the question's word order, the same phrase.
    const words = tokenize('varför lönar det sig att jobba förebyggande').map((t) => t.word);
    expect(glossary.swedish.match(glossary.swedishKeys(words), 1)[0]).toMatchObject({ length: 3, entry: { key: 'lönsam' } });
    // … and with a sentence adverb there too: "Vad får jag egentligen ut av att vara medlem?".
    const adverb = tokenize('vad får jag egentligen ut av att vara medlem').map((t) => t.word);
    expect(glossary.swedish.match(glossary.swedishKeys(adverb), 1)[0]).toMatchObject({ length: 5, entry: { key: 'medlemsförmån' } });
    // Only a subject pronoun or such an adverb: "lönar inte sig" is no phrase of the glossary.
    const other = tokenize('lönar inte sig').map((t) => t.word);
    expect(glossary.swedish.match(glossary.swedishKeys(other), 0, { singleWords: false })).toEqual([]);
  });

  it('reads a member\'s "sparar in på" as the documents\' "drar ner på", and "sparar" alone as itself', () => {
    const words = tokenize('kommuner som sparar in på det förebyggande arbetet').map((t) => t.word);
    expect(glossary.swedish.match(glossary.swedishKeys(words), 2, { singleWords: false })[0]).toMatchObject({ length: 3, entry: { key: 'nedprioritera' } });
    const documents = tokenize('det första kommuner med ekonomiskt underskott drar ner på').map((t) => t.word);
    expect(glossary.swedish.match(glossary.swedishKeys(documents), 6, { singleWords: false })[0]).toMatchObject({ entry: { key: 'nedprioritera' } });
    expect(glossary.groupsOfWord('sparar', true)).toEqual([]);
  });

  it('reads "göra ett bra jobb" in a question as the quality of the work', () => {
    const words = tokenize('vad behöver socionomerna för att kunna göra ett bra jobb').map((t) => t.word);
    expect(glossary.swedish.match(glossary.swedishKeys(words), 6, { singleWords: false })[0]).toMatchObject({ length: 4, entry: { key: 'kvalitet' } });
  });

  it('matches English plurals through the English stemmer', () => {
    expect(glossary.englishOfWord('fees')?.sv).toEqual(['medlemsavgift']);
    expect(glossary.englishOfWord('surveys')?.sv).toContain('undersökning');
  });
});
