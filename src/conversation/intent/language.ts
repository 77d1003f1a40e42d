import type { Language } from '../../core/types.js';

/**
 * Function words and everyday words that only one of the two languages uses. Words both share
 * or that collide once Swedish is typed without diacritics ("for" = för, "man", "be", "by",
 * "just", "i", "in", "a") are in neither list.
 */
const ENGLISH_STRONG = new Set(
  'the is are what how why where which you your my hello hi hey thanks thank please would should could does dont cant im ive want need with about have has was were this that its whats isnt doesnt wont'.split(' '),
);
const ENGLISH = new Set(
  'me it of to and or not be been do did can will if am any much many some from our we us he she his her they them their there yes no help know get got included include membership member fee pay paid union insurance work job boss manager fired warning written talk speak call back through yesterday today anymore myself kill die go see point living being abused home hits husband wife who when feel like up so tired everything sick during vacation happens happened think thinking anyone someone something nothing because but'.split(
    ' ',
  ),
);
const SWEDISH = new Set(
  'och att det som en ett är ar jag du vi ni de dom för på pa med inte har hur vad vem varför varfor när nar vilka vilken vilket kan ska skulle min mitt mina mig mej dig till om av den så sa får far fa få finns också ocksa eller hej hejsan tack ingår ingar medlem vill blir blev bli kommer mycket bara nu här där dar sig sin hos efter under över genom utan ja nej okej lön lon chef chefen jobbet något nagot någon nagon'.split(
    ' ',
  ),
);

const SAMPLE_LENGTH = 2_000;

/**
 * 'en' when the text is clearly English: English words outweigh Swedish ones at least two to one
 * (with a capital "I" and the strongest English words counting double, and every word with å, ä
 * or ö counting as Swedish). Swedish is the default, so short or ambiguous text is 'sv'.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_LENGTH).normalize('NFC');
  let english = (sample.match(/(?<![\p{L}'’])I(?![\p{L}'’])/gu) ?? []).length; // the pronoun I
  let swedish = 0;
  for (const raw of sample.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const word = raw.replace(/['’]/g, '');
    if (ENGLISH_STRONG.has(word)) english += 2;
    else if (ENGLISH.has(word)) english += 1;
    if (SWEDISH.has(word) || /[åäö]/.test(word)) swedish += 1;
  }
  return english >= 2 && english > 2 * swedish ? 'en' : 'sv';
}
