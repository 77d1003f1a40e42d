import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../../src/conversation/intent/index.js';

describe('foldForMatching', () => {
  it.each([
    ['Jag vill prata med en MÄNNISKA!', 'jag vill prata med en manniska'],
    ['Hej! Hur mår du?', 'hej . hur mar du'],
    ["I can't go on, I'm tired", 'i cant go on im tired'],
    ['Heeeej, tackkkk', 'hej tack'],
    ['a-kassa 2007-02-23', 'a kassa 2007 02 23'],
    ['  …hej  ', 'hej'],
    ['Ærø straße', 'aro strasse'],
    ['👍 tack 😀 <img src=x>', 'tack img src x'],
    ['jag vill prata med nån, mej', 'jag vill prata med nagon mig'],
    ['Привет мир', 'привет мир'],
    ['', ''],
    ['!!! ???', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldForMatching(input)).toBe(expected);
  });

  it.each([
    ['mannsika', 'manniska'],
    ['männsika', 'manniska'],
    ['mäniska', 'manniska'],
    ['människ', 'manniska'],
    ['rådgivre', 'radgivare'],
    ['ombusman', 'ombudsman'],
    ['upsagd', 'uppsagd'],
    ['uppsgad', 'uppsagd'],
    ['självmorstankar', 'sjalvmordstankar'],
    ['mishandlad', 'misshandlad'],
    ['trakaserad', 'trakasserad'],
    ['diskrimenerad', 'diskriminerad'],
  ])('repairs the typo %s → %s', (typo, word) => {
    expect(foldForMatching(typo)).toBe(word);
  });

  // Real words one edit from a keyword (mobbar, vägrar, sparken, våning, tackar, längre, våldtagen, …) are not "repaired".
  it.each([
    ['jobbar', 'jobbar'],
    ['vågar', 'vagar'],
    ['parken', 'parken'],
    ['våning', 'vaning'],
    ['tankar', 'tankar'],
    ['lägre', 'lagre'],
    ['valdagen', 'valdagen'],
    ['uppsagda', 'uppsagda'],
    ['persson', 'persson'],
    ['amused', 'amused'],
  ])('leaves the real word %s alone', (word, folded) => {
    expect(foldForMatching(word)).toBe(folded);
  });
});
