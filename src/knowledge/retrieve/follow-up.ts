/**
 * Decides whether a question leans on the conversation ("Vem sa det?", "Och vad föreslog de om
 * skolan?") and so should be read together with the member's earlier messages.
 */
const ANAPHORA = new Set([
  'det', 'den', 'de', 'dem', 'dom', 'han', 'hon', 'hen', 'honom', 'henne', 'detta', 'dessa', 'denna', 'där', 'dit', 'deras', 'hans', 'hennes', 'dess', 'samma', 'sådan', 'sådant',
  'it', 'that', 'they', 'them', 'he', 'she', 'him', 'her', 'this', 'those', 'these', 'there', 'their',
]);
/** "När gjordes undersökningen?": a survey, report or study in the definite form is the one just talked about. */
const DEFINITE_REFERENCE = /(?<![\p{L}])(unders[öo]kningen|rapporten|studien|enk[äa]ten|artikeln|utredningen|f[öo]rslaget|projektet|boken|the (survey|report|study|article|proposal|book))(?![\p{L}])/iu;
/** "Vem fattar sedan beslutet?": "then" — what happens next in what was just talked about (not "sedan 2018", "sedan i maj"). */
const THEN = /(?<![\p{L}])(?:sedan|sen|därefter|darefter|afterwards|then)(?![\p{L}])(?!\s+(?:\d|i\s|förra|forra|dess|länge|lange|last))/iu;
const CONTINUATIONS = /^(och|men|samt|även|också|dessutom|and|but|also|what about|how about|vad mer|något mer|mer om)\b/i;

export function isFollowUp(question: string, contentConceptCount: number): boolean {
  const words = question.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (CONTINUATIONS.test(question.trim())) return true;
  // "Varför då?", "Hur då?", "Vem då?" (however the first word is spelt): a question about what was just said.
  if (words.length === 2 && (words[1] === 'då' || words[1] === 'da')) return true;
  if (contentConceptCount === 0) return true;
  const anaphoric = words.some((w) => ANAPHORA.has(w));
  if (anaphoric && contentConceptCount <= 3) return true;
  return (DEFINITE_REFERENCE.test(question) || THEN.test(question)) && contentConceptCount <= 2;
}

/** A question word (Swedish or English, typed with or without å/ä/ö). */
const QUESTION_WORD = /(?<![\p{L}])(?:vad|va|vem|vilka|vilken|vilket|vilkas|hur|när|nar|var|vart|varför|varfor|varifrån|finns|kan|får|far|ska|är|ar|har|what|who|which|how|when|where|why|is|are|does|do|can)(?![\p{L}])/iu;

/**
 * "Och bland dom som jobbar inom socialtjänsten?", "Och i Botkyrka då?": a continuation that asks
 * no question of its own, so the question before it is asked again of something else.
 */
export function isElliptical(question: string): boolean {
  // "Och handledning, nämndes det också?" asks a question of its own after the comma.
  const trimmed = question.trim();
  const rest = trimmed.replace(CONTINUATIONS, '');
  return rest !== trimmed && !QUESTION_WORD.test(rest) && !rest.includes(',');
}

/** "Och vad mer?", "Något mer?", "Vad efterlyser hon mer utöver de tre?", "What else?": more of what was just answered. */
const ASKS_FOR_MORE = /^\s*(?:och\s+|men\s+)?(?:vad|något|nåt|några|nån|vilka|vilket)\s+(?:mer|mera|fler|annat|andra)\b|\b(?:utöver|förutom)\s+(?:det|de|dessa|detta|de här|det här|de tre|de två)\b|\b(?:något|nåt)\s+mer\b|^\s*(?:and\s+)?(?:what|anything|something)\s+(?:else|more)\b/i;

/** True for a follow-up asking for more than the previous answer gave. */
export function asksForMore(question: string): boolean {
  return ASKS_FOR_MORE.test(question);
}
