/**
 * Which questions lean on the conversation ("Vem sa det?", "Vem fattar sedan beslutet?") and so
 * are read together with the member's earlier messages.
 */
import { describe, expect, it } from 'vitest';
import { isElliptical, isFollowUp } from '../../src/knowledge/retrieve/follow-up.js';

describe('a follow-up question', () => {
  it('leans on the conversation when it refers back', () => {
    expect(isFollowUp('Vem sa det?', 0)).toBe(true);
    expect(isFollowUp('Och vad föreslog de om skolan?', 2)).toBe(true);
    expect(isFollowUp('När gjordes undersökningen?', 1)).toBe(true);
  });

  it('leans on it when it asks what happens then ("sedan", "därefter", "then")', () => {
    expect(isFollowUp('Vem fattar sedan beslutet?', 2)).toBe(true);
    expect(isFollowUp('What happens then?', 1)).toBe(true);
  });

  it('stands alone when "sedan" means since', () => {
    expect(isFollowUp('Hur många socionomer har fått legitimation sedan 2019?', 2)).toBe(false);
    expect(isFollowUp('Har arbetsbelastningen ökat sedan i fjol?', 2)).toBe(false);
    expect(isFollowUp('Vad kostar medlemskapet?', 1)).toBe(false);
  });
});

describe('an elliptical follow-up', () => {
  it('continues without a question of its own: the last question is asked again of something else', () => {
    expect(isElliptical('Och bland dem som jobbar inom socialtjänsten då?')).toBe(true);
    expect(isElliptical('och bland dom som jobbar inom socialtjänsten?')).toBe(true);
    expect(isElliptical('And in Botkyrka?')).toBe(true);
  });

  it('is not a continuation that asks its own question, nor a question without "och"', () => {
    expect(isElliptical('Och vad föreslog de om skolan?')).toBe(false);
    expect(isElliptical('Och hur många av de åren har hon varit inom socialtjänsten?')).toBe(false);
    expect(isElliptical('Bland dem som jobbar inom socialtjänsten?')).toBe(false);
  });
});

describe('an elliptical follow-up with a clause of its own', () => {
  it('"Och handledning, nämndes det också?" asks its own question', () => {
    expect(isElliptical('Och handledning, nämndes det också?')).toBe(false);
  });
});
