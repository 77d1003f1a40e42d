import { describe, expect, it } from 'vitest';
import { dangerWeight, showsDanger } from '../../../src/conversation/intent/danger-signs.js';
import { foldForMatching } from '../../../src/conversation/intent/fold.js';

const shows = (text: string, language: 'sv' | 'en' = 'sv') => showsDanger(foldForMatching(text), language);

describe('danger signs', () => {
  it.each([
    'Har sparat ihop tabletter hemma de senaste veckorna. Ingen vet om det.',
    'kan inte mer ikvall, har skrivit hejda till mamma',
    'Jag har köpt ett rep och vet var jag ska göra det.',
    'Min före detta skriver att han kommer hitta mig var jag än gömmer mig.',
  ])('a first-person message with signs weighing 2 or more is a crisis: %s', (text) => {
    expect(shows(text)).toBe(true);
  });

  it('English first person counts in an English message', () => {
    expect(shows('I overdosed last weekend. Back at work now and nobody knows.', 'en')).toBe(true);
  });

  it.each([
    'Vilka stödlinjer finns i Sverige för personer med självmordstankar?',
    'Hur många socialsekreterare har blivit hotade med kniv av en klient?',
    'Jag har köpt en ny dator till jobbet.',
    'Hur hanterar man en klient som har sparat tabletter?',
  ])('a general question, or one weak sign, is not: %s', (text) => {
    expect(shows(text)).toBe(false);
  });

  it('weighs strong signs 2 and weak ones 1', () => {
    expect(dangerWeight(foldForMatching('avskedsbrev'))).toBe(2);
    expect(dangerWeight(foldForMatching('tabletter'))).toBe(1);
    expect(dangerWeight(foldForMatching('medlemsavgift'))).toBe(0);
  });
});
