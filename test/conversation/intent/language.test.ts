import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/conversation/intent/index.js';

describe('detectLanguage', () => {
  it.each([
    'Is the income insurance included in the membership?',
    'Is the a-kassa included in the membership?',
    'How do I pay the fee?',
    'How do I pay the membership fee?',
    'Can I get inkomstförsäkring through Vision?',
    'What does an ombudsman do?',
    'I want to talk to a person',
    'I was fired yesterday',
    'My boss is bullying me',
    "I can't go on",
    'Who is the head of social services in Botkyrka?',
    'Hello',
    'Thanks!',
    'Hej, can you help me with my membership?',
  ])('English: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([
    'Hur betalar jag medlemsavgiften?',
    'hur betalar man medlemsavgiften',
    'hur betalar man medlemsavgiftn',
    'Ingår inkomstförsäkringen?',
    'ingar inkomstforsakringen i medlemskapet',
    'Vad är LAS?',
    'Jag vill prata med en människa',
    'jag vill prata med en person',
    'Min partner slår mig',
    'Vad tycker Vision om digitalisering?',
    'Kan jag få hemförsäkring till medlemspris?',
    'Hej',
    'ok',
    'LAS',
    'a-kassa',
    '',
    '😀',
    '12345',
    'Jag har en fråga om membership och insurance',
  ])('Swedish (the default): %s', (text) => {
    expect(detectLanguage(text)).toBe('sv');
  });
});
