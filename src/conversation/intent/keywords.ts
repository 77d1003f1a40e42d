/**
 * Word lists for typo repair in folded text (see `fold.ts`). All entries are folded: lower case,
 * no diacritics (människa → manniska).
 *
 * A token one edit away from a {@link KEYWORDS} entry is rewritten to it, so the rules only need
 * the correct spelling. Keywords are words the rules depend on and members mistype; they are six
 * letters or longer and have few real neighbours: `mobbar` is left out (one edit from `jobbar`), as
 * are `varning` (`våning`), `sparken` (`parken`), `vägrar` (`vågar`) and `tackar` (`tankar`).
 * Real words one edit from a keyword go in {@link NEAR_MISSES} so that they are never "repaired";
 * "maniska", "moron" and "morron" are deliberately not among them, since as typos for "människa"
 * and "morgon" they are far more likely.
 */
export const KEYWORDS: readonly string[] = [
  // asking for a person
  'manniska', 'manniskan', 'manniskor', 'radgivare', 'radgivaren', 'ombudsman', 'ombudsmannen', 'handlaggare',
  'handlaggaren', 'kundtjanst', 'medlemsservice', 'representant', 'uppringd', 'advisor', 'adviser', 'representative',
  'someone', 'somebody',
  // crisis
  'sjalvmord', 'sjalvmordstankar', 'sjalvmordsforsok', 'misshandlad', 'misshandlar', 'misshandlade', 'misshandlat',
  'knivhotad', 'valdtagen', 'myself', 'suicide', 'suicidal', 'threatened', 'husband',
  // the member's own case
  'uppsagd', 'uppsagning', 'avskedad', 'omplacerad', 'omplacering', 'provanstallning', 'utfryst', 'trakasserad',
  'trakasserar', 'trakasserade', 'diskriminerad', 'diskriminerar', 'sarbehandlad', 'erinran', 'skriftlig', 'lonetvist',
  'ersattning', 'overtid', 'sjukskriven', 'sjukskrivning', 'rehabilitering', 'arbetsgivare', 'arbetsgivaren',
  'harassed', 'bullied', 'bullying', 'discriminated', 'dismissed',
  // small talk
  'hejsan', 'tjenare', 'hjalpen', 'thanks', 'mycket', 'morgon', 'godmorgon',
];

/**
 * Real words one edit from a keyword, left exactly as written: every one-edit variant of each
 * keyword that the Swedish hunspell dictionary knows (a test keeps this list complete), plus
 * English by hand.
 */
export const NEAR_MISSES: readonly string[] = [
  'abuser', 'abuses', 'advised', 'advises', 'amused', 'arbetsgivarens', 'arbetsgivares', 'avisor', 'avskeda',
  'avskedade', 'avskedar', 'avskedas', 'avskedat', 'bullies', 'discriminates', 'diskriminera', 'diskriminerade',
  'diskrimineras', 'diskriminerat', 'dismisses', 'erinra', 'erinrad', 'erinrans', 'erinrar', 'erinras', 'erinrat',
  'ersattnings', 'handlaggarens', 'handlaggares', 'harasses', 'hjalmen', 'hjalpe', 'hjalpens', 'hjalper', 'hjalpes',
  'hjalten', 'husbands', 'knivhota', 'knivhotade', 'knivhotar', 'knivhotas', 'knivhotat', 'kundtjansts',
  'lonetvists', 'manniskans', 'manniskas', 'manniskoar', 'manniskors', 'misshandla', 'misshandlades',
  'misshandlande', 'misshandlare', 'misshandlas', 'misshandlats', 'nersattning', 'ombudsmannens',
  'ombudsmans', 'omplacera', 'omplacerade', 'omplacerar', 'omplaceras', 'omplacerat', 'omplacerings', 'omplanerad',
  'omplanering', 'oplacerad', 'overtids', 'provanstallnings', 'radgivarens', 'radgivares', 'rehabiliterings',
  'representants', 'representativ', 'representativa', 'representativt', 'sakbehandlad', 'sapbehandlad',
  'sarbehandla', 'sarbehandlade', 'sarbehandlar', 'sarbehandlas', 'sarbehandlat', 'sjalvmords', 'sjalvmordsforsoks',
  'sjalvmordstankars', 'sjukskriver', 'sjukskrives', 'sjukskrivet', 'sjukskrivne', 'sjukskrivnings', 'skriftliga',
  'skriftligt', 'someones', 'suicid', 'suicidala', 'suicidale', 'suicidalt', 'svarbehandlad', 'tanks', 'thinks',
  'tjanare', 'trakassera', 'trakasserades', 'trakasserande', 'trakasseras', 'trakasserat', 'upplagd', 'upplagning',
  'uppringda', 'uppringde', 'uppringds', 'uppringt', 'uppsag', 'uppsaga', 'uppsagad', 'uppsagda', 'uppsagde',
  'uppsagnings', 'uppsags', 'uppsagt', 'uppsand', 'uppslagning', 'uppsugning', 'upptagning', 'uppvagd', 'uppvagning',
  'utfrysta', 'utfryste', 'valdagen', 'valdtaget', 'valdtagne', 'smycket', 'rycket', 'tycket', 'mycken', 'imorgon',
  'mongon', 'mormon', 'morgan', 'morgons',
];

/** Chat shorthand and colloquial spellings, whole tokens. */
export const SHORTHANDS: ReadonlyMap<string, string> = new Map([
  ['mej', 'mig'],
  ['dej', 'dig'],
  ['sej', 'sig'],
  ['jg', 'jag'],
  ['nan', 'nagon'],
  ['ngn', 'nagon'],
  ['nagn', 'nagon'],
  ['manska', 'manniska'],
  ['mansko', 'manniska'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['u', 'you'],
  ['wanna', 'want to'],
  ['gonna', 'going to'],
  ['cannot', 'cant'],
]);
