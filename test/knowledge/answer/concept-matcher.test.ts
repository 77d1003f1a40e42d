import { describe, expect, it } from 'vitest';
import { ConceptMatcher } from '../../../src/knowledge/answer/concept-matcher.js';
import type { ConceptInfo } from '../../../src/knowledge/retrieve/types.js';
import { expandForIndex } from '../../../src/knowledge/text/index.js';

const concept = (name: string, forms: Array<[string, number]>): ConceptInfo => ({
  concept: name,
  weight: 1,
  idf: 3,
  forms: forms.map(([word, weight]) => ({ word, weight })),
  fromHistory: false,
});

describe('ConceptMatcher', () => {
  const pay = concept('betala', [['betala', 1], ['stå för de kostnader', 0.8]]);
  const join = concept('bli medlem', [['bli medlem', 1], ['gå med', 0.8]]);
  const matcher = new ConceptMatcher([pay, join], expandForIndex);

  it('matches a phrase form by all its content words, never by a small word of it alone', () => {
    expect(matcher.matches('Låt spelbolagen stå för de kostnader som spelmissbruk orsakar.')).toEqual([0]);
    // "för" and "de" of "stå för de kostnader", "med" of "gå med": no match.
    expect(matcher.matches('Villkoren för nya medlemmar, och de skickas med posten.')).toEqual([1]);
    expect(matcher.matches('Han tog med sig papperen för att de behövdes.')).toEqual([]);
  });

  it('matches single-word forms by stem, through compounds', () => {
    expect(matcher.matches('Jag kan också välja att betala via autogiro.')).toEqual([0]);
    expect(matcher.matches('Glöm inte att gå med i a-kassan!')).toEqual([1]);
  });

  it("counts an asked compound's head as strong only as a word of its own, not inside another compound", () => {
    const insurance: ConceptInfo = {
      concept: 'inkomstförsäkring',
      weight: 1,
      idf: 3,
      forms: [{ word: 'inkomstförsäkring', weight: 1 }, { word: 'försäkring', weight: 0.85, head: true }, { word: 'inkomst', weight: 0.4 }],
      fromHistory: false,
    };
    const heads = new ConceptMatcher([insurance], expandForIndex);
    // "hemförsäkring" is another insurance: found, but not the thing asked for.
    expect(heads.matches('För att teckna hemförsäkring till medlemspris kontaktar jag bolaget.')).toEqual([0]);
    expect(heads.strongMatches('För att teckna hemförsäkring till medlemspris kontaktar jag bolaget.')).toEqual([]);
    // The head on its own, and the compound itself, are.
    expect(heads.strongMatches('Försäkringen gäller från första dagen.')).toEqual([0]);
    expect(heads.strongMatches('Inkomstförsäkringen ingår i medlemskapet.')).toEqual([0]);
  });
});
