import { describe, expect, it } from 'vitest';
import { expandForIndex, indexFormsOf, tokenize } from '../../../src/knowledge/text/index.js';

describe('expandForIndex', () => {
  it('writes compound parts right after the word and keeps the original text', () => {
    const out = expandForIndex('Inkomstförsäkringen ingår i medlemsavgiften.');
    expect(out).toBe('Inkomstförsäkringen inkomst försäkringen ingår ingå i medlemsavgiften medlem avgiften.');
  });

  it('adds the glossary key and the base form the stemmer would miss', () => {
    expect(expandForIndex('Gå med i a-kassan')).toContain('a-kassan a-kassa kassa akassa');
    expect(expandForIndex('arbetslöshetskassan')).toBe('arbetslöshetskassan arbetslöshetskassa arbetslöshet kassan kassa akassa');
    expect(expandForIndex('Vision har 195 000 medlemmar')).toBe('Vision har 195 000 medlemmar medlem');
  });

  it('adds the key of a multi-word glossary phrase after the phrase', () => {
    expect(expandForIndex('chefer inom individ- och familjeomsorgen.')).toBe('chefer inom individ- och familjeomsorgen familje omsorgen ifo.');
    expect(expandForIndex('IFO:s chefer')).toBe('IFO:s chefer');
  });

  it('does not add query-only glossary words (a document’s “avgift” keeps its meaning)', () => {
    expect(expandForIndex('avgiften')).toBe('avgiften');
  });

  it('does not split likely names or plain words', () => {
    expect(expandForIndex('i Botkyrka och Norrtälje')).toBe('i Botkyrka och Norrtälje');
    expect(expandForIndex('undersökning om medlemskapet')).toBe('undersökning om medlemskapet medlemskap');
  });

  it('places extras after a genitive colon suffix', () => {
    expect(expandForIndex('Arbetslöshetskassans:s regler')).toContain('Arbetslöshetskassans:s arbetslöshet');
  });

  it('keeps every original token in order (only insertions)', () => {
    const text = 'Socialsekreterarna på socialkontoret – med hedersrelaterat våld & missbruksvården 😀 i fokus!';
    const original = tokenize(text).map((t) => t.word);
    const expanded = tokenize(expandForIndex(text)).map((t) => t.word);
    let j = 0;
    for (const word of expanded) if (word === original[j]) j++;
    expect(j).toBe(original.length);
  });

  it('is deterministic and handles empty and odd input', () => {
    const text = 'Välfärdsteknik och digitaliseringen av socialtjänsten.';
    expect(expandForIndex(text)).toBe(expandForIndex(text));
    expect(expandForIndex('')).toBe('');
    expect(expandForIndex('😀 <p>&nbsp;</p>')).toBe('😀 <p>&nbsp;</p>');
  });

  it('expands a 1 000-word chunk in a few milliseconds', () => {
    const words = 'Inkomstförsäkringen ingår i medlemsavgiften för socialsekreterare inom individ- och familjeomsorgen och a-kassan hjälper arbetssökande medlemmar med välfärdsteknik'.split(' ');
    const chunk = Array.from({ length: 1000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    expandForIndex(chunk);
    const started = performance.now();
    for (let i = 0; i < 10; i++) expandForIndex(chunk);
    expect((performance.now() - started) / 10).toBeLessThan(100);
  });

  it('exposes the per-word forms', () => {
    expect(indexFormsOf('välfärdsteknik')).toEqual(['välfärd', 'teknik']);
    expect(indexFormsOf('och')).toEqual([]);
  });
});
