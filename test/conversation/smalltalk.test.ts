import { describe, expect, it } from 'vitest';
import { smalltalkReply } from '../../src/conversation/smalltalk.js';
import { textsFor } from '../../src/core/texts.js';

describe('smalltalkReply', () => {
  const sv = textsFor('sv');
  const en = textsFor('en');

  it.each(['Vem är du?', 'Hej, vem är det jag pratar med egentligen?', 'Är du en chattbot eller en riktig människa?', 'Pratar jag med en robot?', 'ar du en manniska'])(
    '%s → says what the bot is and offers an advisor',
    (text) => {
      expect(smalltalkReply(text, 'sv')).toBe(sv.whoAmI);
      expect(sv.whoAmI).toMatch(/rådgivare/);
    },
  );

  it.each(['Who are you?', 'Who am I talking to?', 'Are you a chatbot or a human?'])('%s → the English self-description', (text) => {
    expect(smalltalkReply(text, 'en')).toBe(en.whoAmI);
  });

  it('thanks, goodbyes and greetings get their own replies', () => {
    expect(smalltalkReply('Tack för hjälpen!', 'sv')).toBe(sv.thanks);
    expect(smalltalkReply('Hej då', 'sv')).toBe(sv.goodbye);
    expect(smalltalkReply('hej da', 'sv')).toBe(sv.goodbye);
    expect(smalltalkReply('Ha en fin helg!', 'sv')).toBe(sv.goodbye);
    expect(smalltalkReply('Hej!', 'sv')).toBe(sv.greeting);
  });
});
