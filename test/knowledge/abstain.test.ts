import { describe, expect, it } from 'vitest';
import { abstainReason } from '../../src/knowledge/answer/coverage.js';
import type { ConceptInfo, Passage } from '../../src/knowledge/retrieve/types.js';

const concept = (name: string, extra: Partial<ConceptInfo> = {}): ConceptInfo => ({ concept: name, weight: 1, idf: 2, forms: [{ word: name, weight: 1 }], fromHistory: false, ...extra });
const passage = (matched: string[], coverage: number): Passage => ({
  chunkId: 'a.md#0', documentId: 'a.md', title: 'A', text: 'Text.', ordinal: 0, score: 1, coverage, matchedConcepts: matched,
});

describe('abstainReason', () => {
  it('answers when a passage covers enough of the question with two of its words', () => {
    expect(abstainReason([passage(['lön', 'avdrag'], 0.7)], [concept('lön'), concept('avdrag'), concept('betala')])).toBeUndefined();
  });

  it('abstains on low coverage', () => {
    expect(abstainReason([passage(['lön'], 0.2)], [concept('lön'), concept('avdrag')])).toBe('low_coverage');
  });

  it('asks less coverage of a message that tells its situation before it asks, or asks with many words', () => {
    const concepts = [concept('kontor'), concept('härbärge'), concept('stökigt'), concept('undersökningen'), concept('arbetsmiljön')];
    const passages = [passage(['undersökningen', 'arbetsmiljön'], 0.24)];
    expect(abstainReason(passages, concepts, undefined, 'Tas stökiga lokaler upp i undersökningen om arbetsmiljön?')).toBe('low_coverage');
    expect(abstainReason(passages, concepts, undefined, 'Vårt kontor ligger vägg i vägg med ett härbärge. Tas sånt upp i undersökningen om arbetsmiljön?')).toBeUndefined();
    const many = Array.from({ length: 9 }, (_, i) => concept(`ord${i}`));
    expect(abstainReason([passage(['ord0', 'ord1'], 0.27)], many, undefined, 'En lång fråga med nio ord i en enda mening?')).toBeUndefined();
    expect(abstainReason([passage(['ord0', 'ord1'], 0.27)], many.slice(0, 8), undefined, 'En fråga med åtta ord?')).toBe('low_coverage');
  });

  it('abstains when only one of three content words is shared', () => {
    expect(abstainReason([passage(['god'], 0.35)], [concept('god'), concept('gräddsås'), concept('köttbullar')])).toBe('single_word');
  });

  it('abstains when the question names something the documents never mention', () => {
    const concepts = [concept('lön'), concept('socionom'), concept('stockholm', { name: true, absent: true })];
    expect(abstainReason([passage(['lön', 'socionom'], 0.6)], concepts)).toBe('unknown_name');
  });

  it('does not abstain for an unknown name offered only as another choice beside a known one', () => {
    const concepts = [concept('vision', { name: true }), concept('tco', { name: true }), concept('saco', { name: true, absent: true })];
    const passages = [passage(['vision', 'tco'], 0.7)];
    expect(abstainReason(passages, concepts, undefined, 'Is Vision part of a confederation like TCO or Saco?')).toBeUndefined();
    expect(abstainReason(passages, concepts, undefined, 'Is Vision part of Saco?')).toBe('unknown_name');
  });

  it('abstains when the thing a quantity or definition question asks about is a word the documents never use', () => {
    const concepts = [concept('semesterdagar', { wordAbsent: true }), concept('rätt'), concept('region')];
    const passages = [passage(['semesterdagar', 'rätt', 'region'], 0.8)];
    expect(abstainReason(passages, concepts, undefined, 'Hur många semesterdagar har jag rätt till i en region?')).toBe('asked_thing_absent');
    expect(abstainReason(passages, [concept('ingångslönen', { wordAbsent: true }), concept('socionom'), concept('rätt')], undefined, 'Vad är ingångslönen för en socionom?')).toBe('asked_thing_absent');
    // "Har jag rätt till X …?" asks for X …
    expect(abstainReason(passages, concepts, undefined, 'Har jag rätt till semesterdagar i en region?')).toBe('asked_thing_absent');
    // … but the same word elsewhere in a question is not what it asks about.
    expect(abstainReason(passages, concepts, undefined, 'Gäller mina semesterdagar i en region?')).toBeUndefined();
    // A word the documents use is answerable as before.
    expect(abstainReason(passages, [concept('socionomer'), concept('rätt'), concept('region')], undefined, 'Hur många socionomer har rätt till region?')).toBeUndefined();
    // "Vad får jag i X …?" asks for X.
    const allowance = [concept('föräldrapenningtillägg', { wordAbsent: true }), concept('arbetsgivaren'), concept('föräldraledig')];
    expect(abstainReason([passage(['föräldrapenningtillägg', 'arbetsgivaren', 'föräldraledig'], 0.6)], allowance, undefined, 'Vad får jag i föräldrapenningtillägg från arbetsgivaren?')).toBe('asked_thing_absent');
    // "Vad är viktigast …?" frames the question: "viktigast" is no thing asked for, used by the documents or not.
    const framed = [concept('viktigast', { wordAbsent: true }), concept('barn'), concept('ohälsa')];
    expect(abstainReason([passage(['viktigast', 'barn', 'ohälsa'], 0.8)], framed, undefined, 'Vad är viktigast när barn har psykisk ohälsa?')).toBeUndefined();
  });

  it('abstains when a question opening "Finns det …" asks for a thing the documents never name', () => {
    const concepts = [concept('stipendier', { wordAbsent: true }), concept('medlemmar'), concept('vision'), concept('vidareutbildning')];
    const passages = [passage(['medlemmar', 'vision'], 0.5)];
    expect(abstainReason(passages, concepts, undefined, 'Finns det stipendier som medlemmar i Vision kan söka för vidareutbildning?')).toBe('asked_thing_absent');
    expect(abstainReason(passages, concepts, undefined, 'Finns det några stipendier för medlemmar i Vision?')).toBe('asked_thing_absent');
    // "Får man X …?" asks for X.
    expect(abstainReason([passage(['facket'], 0.37)], [concept('friskvårdsbidrag', { wordAbsent: true }), concept('rabatt'), concept('facket')], undefined, 'får man friskvårdsbidrag eller rabatt på gym genom facket?')).toBe('asked_thing_absent');
    expect(abstainReason([passage(['jobb', 'socialtjänsten'], 0.5)], [concept('bisyssla', { wordAbsent: true }), concept('jobb'), concept('socialtjänsten')], undefined, 'far jag ha en bisyssla vid sidan av mitt jobb pa socialtjansten?')).toBe('asked_thing_absent');
    // "Hur blir jag X?" asks to become X.
    expect(abstainReason([passage(['arbetsplats'], 0.44)], [concept('skyddsombud', { wordAbsent: true }), concept('arbetsplats')], undefined, 'Hur blir jag skyddsombud på min arbetsplats?')).toBe('asked_thing_absent');
    expect(abstainReason([passage(['medlem', 'vision'], 0.8)], [concept('medlem'), concept('vision')], undefined, 'Hur blir jag medlem i Vision?')).toBeUndefined();
    // "Hur mycket får man i X?" asks for X.
    expect(abstainReason([passage(['vision'], 0.46)], [concept('strejkersättning', { wordAbsent: true }), concept('vision'), concept('strejk')], undefined, 'Hur mycket får man i strejkersättning per dag från Vision om det blir en strejk?')).toBe('asked_thing_absent');
    // "Hur ansöker man om X?" asks for X.
    expect(abstainReason([passage(['plugga', 'högskolan'], 0.4)], [concept('studieledighet', { wordAbsent: true }), concept('plugga'), concept('högskolan')], undefined, 'hur ansöker man om studieledighet for att plugga vidare pa hogskolan?')).toBe('asked_thing_absent');
    // Later in a message, "Finns det en länk?" asks about what the first sentence asked.
    const link = [concept('anmäler'), concept('akassa'), concept('vision'), concept('länk', { wordAbsent: true })];
    expect(abstainReason([passage(['anmäler', 'akassa', 'vision'], 0.8)], link, undefined, 'Var anmäler jag mig till a-kassan som hör ihop med Vision? Finns det en länk?')).toBeUndefined();
  });

  it('abstains when the question names someone the article found never mentions', () => {
    const concepts = [concept('medlem'), concept('akademikerförbundet ssr', { name: true })];
    const aboutVision = { ...passage(['medlem'], 0.6), documentConcepts: ['medlem'] };
    const aboutSsr = { ...passage(['medlem', 'akademikerförbundet ssr'], 0.9), documentConcepts: ['medlem', 'akademikerförbundet ssr'] };
    const farBelow = { ...aboutSsr, score: 0.4 };
    expect(abstainReason([aboutVision, farBelow], concepts)).toBe('name_elsewhere');
    expect(abstainReason([aboutSsr, aboutVision], concepts)).toBeUndefined();
    // A passage nearly as good from an article that names them, and covering enough on its own, is quoted instead.
    expect(abstainReason([aboutVision, aboutSsr], concepts)).toBeUndefined();
    expect(abstainReason([aboutVision, { ...aboutSsr, coverage: 0.2 }], concepts)).toBe('name_elsewhere');
  });
});
