import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/knowledge/text/index.js';

describe('tokenize', () => {
  it('lower-cases words and keeps Swedish letters and offsets', () => {
    const text = 'Inkomstförsäkringen ingår i medlemskapet för Vision.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['inkomstförsäkringen', 'ingår', 'i', 'medlemskapet', 'för', 'vision']);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });

  it('keeps hyphenated words whole and drops a trailing hyphen', () => {
    expect(tokenize('a-kassan, IFO-chefer och e-post').map((t) => t.word)).toEqual(['a-kassan', 'ifo-chefer', 'och', 'e-post']);
    expect(tokenize('individ- och familjeomsorgen').map((t) => t.word)).toEqual(['individ', 'och', 'familjeomsorgen']);
    expect(tokenize('AT‑år').map((t) => t.word)).toEqual(['at-år']); // non-breaking hyphen
  });

  it('keeps digits and digit groups', () => {
    expect(tokenize('Vision har 195 000 medlemmar, sms:a till 71501. 3,5 procent').map((t) => t.word)).toEqual([
      'vision', 'har', '195', '000', 'medlemmar', 'sms', 'till', '71501', '3', '5', 'procent',
    ]);
  });

  it('drops the inflection after a colon but not the word (IFO:s)', () => {
    const tokens = tokenize('IFO:s framtid');
    expect(tokens.map((t) => t.word)).toEqual(['ifo', 'framtid']);
    expect(tokens[0]).toMatchObject({ start: 0, end: 3, raw: 'IFO' });
  });

  it('normalises decomposed letters to NFC', () => {
    const decomposed = 'fo\u0308rsa\u0308kring';
    expect(tokenize(decomposed).map((t) => t.word)).toEqual(['försäkring']);
  });

  it('marks capitalised words inside a sentence as likely names', () => {
    const tokens = tokenize('Socialtjänsten i Botkyrka. Alla ansökningar');
    expect(tokens.map((t) => t.midSentenceCapital)).toEqual([false, false, true, false, false]);
  });

  it('handles emoji, markup and empty input safely', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('👍🏽 <b>hej</b> &amp; 😀😀').map((t) => t.word)).toEqual(['b', 'hej', 'b', 'amp']);
    expect(tokenize('\u0000\uFFFF\uD800 ---').map((t) => t.word)).toEqual([]);
  });

  it('runs in linear time on long and adversarial input', () => {
    const long = 'medlemsavgiften a-kassan 195 000 '.repeat(700); // ~23 000 characters
    const hyphens = `${'a-'.repeat(10_000)}!`;
    const started = performance.now();
    expect(tokenize(long)).toHaveLength(2800);
    expect(tokenize(hyphens)).toHaveLength(1);
    expect(tokenize('x'.repeat(20_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
