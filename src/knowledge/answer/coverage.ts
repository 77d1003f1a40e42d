import { escapeRegExp } from '../../core/regexp.js';
import type { ConceptInfo, Passage } from '../retrieve/types.js';
import { FRAME_WORDS } from '../retrieve/frame-words.js';

/**
 * Below this share of the question's informative content in the best passage, both composers
 * abstain. Calibrated on the dev and held-out questions together (answerable and unanswerable):
 * paraphrases use many words the documents do not, so a stricter gate turns away questions the
 * documents do answer; the checks below catch most of what a lower gate lets through.
 */
export const DEFAULT_MIN_COVERAGE = 0.3;

/** Why the passages cannot answer the question, or undefined when they may. */
export function abstainReason(passages: Passage[], concepts: ConceptInfo[], minCoverage = DEFAULT_MIN_COVERAGE, question = ''): string | undefined {
  if (passages.length === 0 || concepts.length === 0) return 'no_passages';
  if (askedThingAbsent(question, concepts) || absentPhrase(concepts)) return 'asked_thing_absent';
  if (bestCoverage(passages) < coverageGate(minCoverage, question, concepts)) return 'low_coverage';
  if (singleWordEvidence(passages, concepts)) return 'single_word';
  if (unknownName(concepts, question)) return 'unknown_name';
  if (nameOutsideArticle(passages, concepts, minCoverage)) return 'name_elsewhere';
  return undefined;
}

/**
 * The coverage a passage needs: lower for a message that tells its context before it asks ("vårt
 * kontor ligger vägg i vägg med ett härbärge … tas sånt upp i undersökningen?") or asks with many
 * words. Every content word counts towards what a passage must cover, and most of such a
 * message's words describe the member's situation, which no document does.
 */
export function coverageGate(minCoverage: number, question: string, concepts: ConceptInfo[]): number {
  const sentences = question.split(/(?<=[.!?])\s+(?=\S)|\n+/).filter((part) => /\p{L}/u.test(part)).length;
  if (sentences >= 2) return minCoverage * MULTI_SENTENCE_SCALE;
  const own = concepts.filter((c) => !c.fromHistory).length;
  return own >= MANY_CONCEPTS ? minCoverage * MANY_CONCEPTS_SCALE : minCoverage;
}

/** A message of two sentences or more needs two thirds of the coverage (0.2 for the default 0.3). */
const MULTI_SENTENCE_SCALE = 0.67;
/** A one-sentence question of this many content words or more needs five sixths (0.25). */
const MANY_CONCEPTS = 9;
const MANY_CONCEPTS_SCALE = 0.83;

/**
 * How much of the question the best of the top passages covers: the abstention signal. The
 * top three count, because with dense fusion the first passage may be a paraphrase that
 * matched no word of the question.
 */
export function bestCoverage(passages: Passage[]): number {
  return Math.max(0, ...passages.slice(0, 3).map((p) => p.coverage));
}

/**
 * True when a question of three or more content words has no top passage that matches two of
 * them: one shared word ("god" in a recipe question, "medlemmar" in a question about another
 * union's members) is no evidence that the documents answer it.
 */
export function singleWordEvidence(passages: Passage[], concepts: ConceptInfo[]): boolean {
  const content = new Set(concepts.filter((c) => !c.fromHistory && c.weight >= 1 && c.idf > 0).map((c) => c.concept));
  if (content.size < 3) return false;
  const matched = Math.max(0, ...passages.slice(0, 3).map((p) => p.matchedConcepts.filter((c) => content.has(c)).length));
  return matched < 2;
}

/** The passages the composer quotes from: the first few, at least this share of the best one's score. */
export const CONSIDERED_PASSAGES = 4;
export const CONSIDERED_SCORE_SHARE = 0.5;

/** A name in the question ("Stockholm", "Thailand") that the documents never mention: they cannot be about it. */
export function unknownName(concepts: ConceptInfo[], question = ''): string | undefined {
  // "… like TCO or Saco?": a name offered as another choice beside one the documents mention asks nothing of its own.
  const known = concepts.filter((c) => !c.absent && !c.fromHistory).map((c) => escapeRegExp(c.concept));
  const alternative = (name: string) =>
    known.length > 0 && new RegExp(`(?:${known.join('|')})\\s+(?:eller|or)\\s+${escapeRegExp(name)}(?![\\p{L}])|(?<![\\p{L}])${escapeRegExp(name)}\\s+(?:eller|or)\\s+(?:${known.join('|')})`, 'iu').test(question);
  return concepts.find((c) => c.name && c.absent && !c.fromHistory && c.concept.length >= 3 && !alternative(c.concept))?.concept;
}

/**
 * A name in the question that the best passage's article never mentions, though another article
 * does ("How many members does Akademikerförbundet SSR have?" against the article about Vision's
 * members): the article found is about something else, and quoting it would answer the wrong question.
 */
export function nameOutsideArticle(passages: Passage[], concepts: ConceptInfo[], minCoverage = DEFAULT_MIN_COVERAGE): string | undefined {
  const best = passages[0];
  if (!best) return undefined;
  const names = questionNames(concepts).filter((name) => name.length >= 3);
  const missing = namesMissingFromArticle(best, names);
  if (missing.length === 0) return undefined;
  // A passage nearly as good from an article that does name them, and covering enough of the
  // question on its own, is what the composer quotes.
  const alternative = passages.some(
    (p, i) => i > 0 && i < CONSIDERED_PASSAGES && p.score >= best.score * CONSIDERED_SCORE_SHARE && p.coverage >= minCoverage && namesMissingFromArticle(p, names).length === 0,
  );
  return alternative ? undefined : missing[0];
}

/** The names the question itself asks about that the documents do mention somewhere. */
export function questionNames(concepts: ConceptInfo[]): string[] {
  return concepts.filter((c) => c.name && !c.absent && !c.fromHistory).map((c) => c.concept);
}

/** Of `names`, those the passage's article never mentions (none when retrieval did not say). */
export function namesMissingFromArticle(passage: Passage, names: string[]): string[] {
  const inArticle = passage.documentConcepts;
  return inArticle ? names.filter((name) => !inArticle.includes(name)) : [];
}

/**
 * "Hur många semesterdagar …", "Hur lång uppsägningstid …", "Vad är ingångslönen …": the word for
 * what is counted, measured or defined; a question that opens "Finns det stipendier …" or "Finns
 * det någon rabatt …": the thing asked for; "Hur blir jag skyddsombud?": what it asks to become.
 * (Later in a message, "… finns det ett namn på det?", "Finns det en länk?" ask about what the
 * first sentence asked.)
 */
const ASKED_THING = /\b(?:hur (?:många|manga|lång|långa|lang|langa|mycket|mkt|stor|stora)(?: (?:får|far|fick) (?:man|jag|du|vi|en) (?:i|av|per))?|vad (?:är|ar|var) (?:den|det|en|ett)?|vad (?:får|far|fick) (?:man|jag|du|vi|en) (?:i|som)|\b(?:har|får|far) (?:man|jag|du|vi|en) rätt till (?:en |ett |någon |något |nagon |nagot )?)\s*([\p{L}][\p{L}-]+)|^\s*finns det (?:några |nagra |någon |nagon |något |nagot |en |ett )?([\p{L}][\p{L}-]+)|\bhur (?:blir|bli|blev) (?:jag|man|du|en) (?:en |ett )?([\p{L}][\p{L}-]+)|^\s*(?:får|far|kan) (?:man|jag|vi|du) (?:få |fa |ha |ta )?(?:en |ett |någon |nagon |några |nagra )?([\p{L}][\p{L}-]+)|\bhur (?:ansöker|ansoker|söker|soker) (?:man|jag|vi|du) (?:om )?(?:en |ett )?([\p{L}][\p{L}-]+)/iu;

/**
 * The thing a quantity or definition question asks about, when the documents never use that
 * word (only, perhaps, its parts: "semester" and "dagar" but never "semesterdagar"): they cannot
 * say how many or what it is, and a passage about its parts would answer another question.
 */
export function askedThingAbsent(question: string, concepts: ConceptInfo[]): string | undefined {
  // Each way of asking captures the word in its own group.
  const word = ASKED_THING.exec(question)?.slice(1).find((group) => group !== undefined)?.toLocaleLowerCase('sv-SE');
  if (!word) return undefined;
  // A misspelt word ("uppsägnngstid") is a form of the concept it was corrected to. A word that
  // frames the question ("Vad är viktigast …?") names no thing.
  return concepts.find((c) => (c.concept === word || c.forms.some((f) => f.word === word)) && c.wordAbsent && !c.fromHistory && !c.name && !FRAME_WORDS.has(c.concept))?.concept;
}

/**
 * A glossary phrase of the question ("säga upp medlemskapet", "gå ur facket") that the documents
 * never say, in any of its forms: what is asked about is not in them, however many of the
 * phrase's words are.
 */
export function absentPhrase(concepts: ConceptInfo[]): string | undefined {
  return concepts.find((c) => c.concept.includes(' ') && c.wordAbsent && !c.name && !c.fromHistory && c.weight >= 1)?.concept;
}
