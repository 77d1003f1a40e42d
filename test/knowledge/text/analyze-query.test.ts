import { describe, expect, it } from 'vitest';
import { analyzeQuery, type QueryConcept, Vocabulary } from '../../../src/knowledge/text/index.js';
import { FORM_WEIGHTS } from '../../../src/knowledge/text/analyze-query.js';

const vocabulary = new Vocabulary([
  ['medlemsavgiften', 12], ['medlemsavgift', 30], ['inkomstförsäkringen', 9], ['socionomer', 20], ['hemförsäkring', 3],
  ['a-kassa', 6], ['a-kassan', 8], ['medlemskapet', 5], ['e-post', 2], ['lön', 6], ['vision', 40],
]);

const formsOf = (concept: QueryConcept | undefined) => Object.fromEntries((concept?.forms ?? []).map((f) => [f.word, f.weight]));
const find = (concepts: QueryConcept[], name: string) => concepts.find((c) => c.concept === name);

describe('analyzeQuery', () => {
  it('gives one concept per content word and none for stop and question words', () => {
    const concepts = analyzeQuery('Hur betalar jag medlemsavgiften?');
    expect(concepts.map((c) => c.concept)).toEqual(['betalar', 'medlemsavgiften']);
    expect(analyzeQuery('Vad kan man göra? Hej!')).toEqual([]);
    expect(analyzeQuery('What is it and how can I do that?')).toEqual([]);
    expect(analyzeQuery('What kind of it is that?')).toEqual([]);
  });

  it('drops the possessive "sitt", which PostgreSQL\'s stop list leaves out', () => {
    expect(analyzeQuery('Hur många socionomer kan inte sköta sitt jobb?').map((c) => c.concept)).toEqual(['socionomer', 'sköta', 'jobb']);
  });

  it('drops chat shorthand for function words ("mkt", "o", "e", "va", "pga")', () => {
    expect(analyzeQuery('hur mkt e medlemsavgiften o va ingår pga lön').map((c) => c.concept)).toEqual(['medlemsavgiften', 'ingår', 'lön']);
  });

  it('adds compound parts with lower weight, the head above the modifier', () => {
    const forms = formsOf(find(analyzeQuery('Ingår inkomstförsäkringen?'), 'inkomstförsäkringen'));
    expect(forms['inkomstförsäkringen']).toBe(1);
    expect(forms['försäkringen']).toBeGreaterThan(forms['inkomst']!);
    // Below the base form: a compound's head alone never counts as the word itself being there.
    expect(forms['försäkringen']).toBeLessThan(FORM_WEIGHTS.baseForm);
    expect(forms['inkomstskydd']).toBe(0.8); // glossary synonym
  });

  it('adds glossary synonyms and the glossary key', () => {
    const forms = formsOf(find(analyzeQuery('Hur går jag med i arbetslöshetskassan?'), 'arbetslöshetskassan'));
    expect(forms['akassa']).toBe(0.8);
    expect(forms['a-kassa']).toBe(0.8);
    expect(forms['kassan']).toBeCloseTo(FORM_WEIGHTS.compoundHead);
  });

  it('reads a broader word in a question as the glossary sense', () => {
    expect(formsOf(find(analyzeQuery('Vad kostar avgiften?'), 'avgiften'))['medlemsavgift']).toBe(0.8);
  });

  it('searches a colloquial phrase mainly as its group: "vem leder" is asked as ordförande, not as "leder"', () => {
    const forms = formsOf(find(analyzeQuery('Vem leder Akademikerförbundet SSR?'), 'vem leder'));
    expect(forms['ordförande']).toBe(FORM_WEIGHTS.glossary);
    expect(forms['vem leder']).toBe(FORM_WEIGHTS.colloquial);
    expect(FORM_WEIGHTS.colloquial).toBeLessThan(FORM_WEIGHTS.glossary);
    // A phrase of the group itself keeps its full weight.
    expect(formsOf(find(analyzeQuery('Vem är förbundsordförande?'), 'förbundsordförande'))['förbundsordförande']).toBe(1);
  });

  it('keeps multi-word glossary phrases as one concept', () => {
    const concepts = analyzeQuery('Hur ska en socialsekreterare agera vid hedersrelaterat våld?');
    expect(concepts.map((c) => c.concept)).toEqual(['socialsekreterare', 'agera', 'hedersrelaterat våld']);
    expect(formsOf(concepts[2])['hedersvåld']).toBe(0.8);
    expect(analyzeQuery('chefer inom individ- och familjeomsorgen').map((c) => c.concept)).toEqual(['chefer', 'individ och familjeomsorgen']);
  });

  it('does not treat merely related words as synonyms', () => {
    const forms = formsOf(find(analyzeQuery('Vad tjänar en socionom?'), 'socionom'));
    expect(forms['socialsekreterare']).toBeUndefined();
  });

  it('maps English to Swedish with full weight and keeps the English weakly', () => {
    const concepts = analyzeQuery('Is the income insurance included in the membership?');
    expect(concepts.map((c) => c.concept)).toEqual(['inkomstförsäkring', 'ingår', 'medlemskap']);
    const insurance = concepts[0]!;
    expect(insurance.forms[0]).toEqual({ word: 'inkomstförsäkring', weight: 1, via: 'english' });
    expect(insurance.forms.find((f) => f.word === 'income insurance')).toMatchObject({ weight: 0.2, via: 'original' });
    expect(formsOf(concepts[1])['ingår']).toBe(1);
  });

  it('maps English phrases and plurals', () => {
    const concepts = analyzeQuery('How do social workers become members of the union and pay the fees?');
    expect(concepts.map((c) => c.concept)).toEqual(['socionom', 'bli medlem', 'fackförbund', 'betala', 'medlemsavgift']);
    expect(formsOf(concepts[0])['socialsekreterare']).toBe(1);
    expect(analyzeQuery('become a member').map((c) => c.concept)).toEqual(['bli medlem']);
    expect(formsOf(find(analyzeQuery('unemployment insurance fund'), 'a-kassa'))['akassa']).toBe(0.8);
  });

  it('maps an English word that is also a Swedish word with less confidence', () => {
    const forms = formsOf(find(analyzeQuery('Vad gör unionen och union?'), 'union'));
    expect(forms['union']).toBe(1);
    expect(forms['fackförbund']).toBe(0.6);
  });

  it('reads a verb in -era and its noun in -ering as the same thing, other derivations as relatives', () => {
    const words = new Vocabulary([['digitaliseringen', 5], ['digitalisering', 4], ['digitalt', 3], ['prioriteringar', 2], ['prioriterad', 2]]);
    const digital = formsOf(analyzeQuery('Vad är svårast med att digitalisera socialtjänsten?', { vocabulary: words }).find((c) => c.concept === 'digitalisera'));
    expect(digital['digitaliseringen']).toBe(FORM_WEIGHTS.glossary);
    const prioritise = formsOf(analyzeQuery('Vad prioriterar kommunerna?', { vocabulary: words }).find((c) => c.concept === 'prioriterar'));
    expect(prioritise['prioriteringar']).toBe(FORM_WEIGHTS.glossary);
    // "digitalt" shares the stem's start but is no noun of the verb: a relative at most.
    expect(digital['digitalt'] ?? 0).toBeLessThan(FORM_WEIGHTS.glossary);
  });

  it('corrects misspellings against the vocabulary', () => {
    const concepts = analyzeQuery('hur betalar man medlemsavgiftn', { vocabulary });
    const fee = concepts[1]!;
    expect(fee.concept).toBe('medlemsavgiften');
    expect(fee.forms.find((f) => f.via === 'spelling')).toEqual({ word: 'medlemsavgiften', weight: 0.8, via: 'spelling' });
    expect(formsOf(fee)['avgiften']).toBeLessThan(0.8);
    expect(find(analyzeQuery('socinomer', { vocabulary }), 'socionomer')).toBeDefined();
  });

  it('folds typing without Swedish letters and rejoins split hyphen words', () => {
    const home = analyzeQuery('hemforsakring', { vocabulary })[0]!;
    expect(home.concept).toBe('hemförsäkring');
    expect(formsOf(home)['försäkring']).toBeDefined();
    expect(formsOf(home)['kring']).toBeUndefined(); // the misspelt word itself is not split
    expect(analyzeQuery('vad är a kassa', { vocabulary }).map((c) => c.concept)).toEqual(['a-kassa']);
    expect(analyzeQuery('skicka e post', { vocabulary }).map((c) => c.concept)).toEqual(['skicka', 'e-post']);
  });

  it('reads a word typed without its Swedish letters as that word, surer than a spelling correction', () => {
    const solve = analyzeQuery('hur kan jag losa det', { vocabulary })[0]!;
    expect(solve.concept).toBe('lösa');
    expect(formsOf(solve)['lösa']).toBe(FORM_WEIGHTS.restoredLetters);
    expect(FORM_WEIGHTS.restoredLetters).toBeGreaterThan(FORM_WEIGHTS.spelling);
  });

  it('reads a glossary word typed without its Swedish letters as that word, even where the letters spell another word', () => {
    // "stallen" is also a word (stables), but in "pa hur manga stallen …" it is "ställen", of the group `plats`.
    const places = formsOf(find(analyzeQuery('pa hur manga stallen finns det behandling', { vocabulary }), 'stallen'));
    expect(places['ställe']).toBe(FORM_WEIGHTS.restoredLetters);
    expect(places['platser']).toBeDefined();
    // With Swedish letters elsewhere in the question, "stallen" is as typed.
    expect(formsOf(find(analyzeQuery('hur många stallen finns det', { vocabulary }), 'stallen'))['ställe']).toBeUndefined();
  });

  it('weighs the head of an unknown compound little when its modifier is in no word of the documents', () => {
    // "bild" starts with "bil" but is no compound of it: "bilförsäkring" is not the documents' "försäkring".
    const words = new Vocabulary([['hemförsäkring', 3], ['försäkring', 5], ['bild', 2], ['spelmissbruk', 2], ['bolag', 2]]);
    expect(formsOf(find(analyzeQuery('Ger Vision rabatt på bilförsäkring?', { vocabulary: words }), 'bilförsäkring'))['försäkring']).toBeLessThan(0.3);
    // … and so in English: "car insurance" is "bilförsäkring".
    expect(formsOf(find(analyzeQuery('Is there a discount on car insurance?', { vocabulary: words }), 'bilförsäkring'))['försäkring']).toBeLessThan(0.3);
    // "spel" is a part of "spelmissbruk": "spelbolagen" keeps its head.
    expect(formsOf(find(analyzeQuery('Vad ska spelbolagen betala?', { vocabulary: words }), 'spelbolagen'))['bolagen']).toBe(FORM_WEIGHTS.compoundHead);
  });

  it('corrects a misspelt compound the documents never use to the dictionary compound one edit away', () => {
    const office = analyzeQuery('socialkntoret', { vocabulary })[0]!;
    expect(office.concept).toBe('socialkontoret');
    expect(formsOf(office)['socialkontoret']).toBe(FORM_WEIGHTS.spelling);
    expect(formsOf(office)['kontoret']).toBeDefined();
    expect(analyzeQuery('hyresbstäder', { vocabulary })[0]!.concept).toBe('hyresbostäder');
  });

  it('reads "ar" typed without å and ä as the verb "är", unless a number or a word of time comes before it', () => {
    expect(analyzeQuery('vad ar det for fel pa lokalerna', { vocabulary }).map((c) => c.concept)).not.toContain('ar');
    expect(analyzeQuery('hur manga ar har hon jobbat', { vocabulary }).map((c) => c.concept)).toContain('ar');
  });

  it('leaves dictionary words, names and numbers uncorrected', () => {
    const concepts = analyzeQuery('Hur många medlemmar har kommunen i Botkyrka sedan 2019?', { vocabulary });
    expect(concepts.map((c) => c.concept)).toEqual(['medlemmar', 'kommunen', 'botkyrka', '2019']);
    expect(concepts.flatMap((c) => c.forms).filter((f) => f.via === 'spelling')).toEqual([]);
  });

  it('adds the base form where the stemmer would miss it', () => {
    expect(formsOf(find(analyzeQuery('Hur många medlemmar har Vision?'), 'medlemmar'))['medlem']).toBe(0.9);
    expect(formsOf(find(analyzeQuery('Ingår det?'), 'ingår'))['ingå']).toBe(0.9);
  });

  it('corrects a name one letter off a word of the documents, and leaves other names as asked', () => {
    const names = new Vocabulary([['norrtälje', 4], ['socialstyrelsen', 7], ['botkyrka', 5], ['qarai', 3]]);
    expect(analyzeQuery('Vad gör roboten i Norrtlje?', { vocabulary: names }).map((c) => c.concept)).toContain('norrtälje');
    expect(analyzeQuery('Vem är Azam Qari?', { vocabulary: names }).map((c) => c.concept)).toContain('qarai');
    expect(analyzeQuery('Vad sa Socialsyrelsen?', { vocabulary: names }).map((c) => c.concept)).toContain('socialstyrelsen');
    expect(analyzeQuery('Vad tycker Almega om det?', { vocabulary: names }).map((c) => c.concept)).toContain('almega');
  });

  it('deduplicates forms and concepts', () => {
    const concepts = analyzeQuery('medlemsavgiften medlemsavgiften Medlemsavgiften');
    expect(concepts).toHaveLength(1);
    const words = concepts[0]!.forms.map((f) => f.word);
    expect(new Set(words).size).toBe(words.length);
  });

  it('is safe on long and odd input', () => {
    expect(analyzeQuery('')).toEqual([]);
    expect(analyzeQuery('😀😀 <script>alert(1)</script>').map((c) => c.concept)).toEqual(['script', 'alert', '1']);
    const started = performance.now();
    analyzeQuery('socialsekreterare '.repeat(2000), { vocabulary });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
