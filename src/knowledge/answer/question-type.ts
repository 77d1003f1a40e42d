/**
 * What kind of fact a question asks for. A quantity question is only answered by a passage
 * that states a number; a "who" question by one that names a person; and so on. This is what
 * lets the composer abstain honestly instead of quoting a related but non-answering sentence.
 */
import { escapeRegExp } from '../../core/regexp.js';

export type QuestionType = 'title' | 'phone' | 'hours' | 'money' | 'share' | 'count' | 'duration' | 'age' | 'quantity' | 'date' | 'identity' | 'person' | 'appointee' | 'agent' | 'time' | 'reason' | 'list' | 'open';

const RULES: Array<[QuestionType, RegExp]> = [
  // "Vad heter boken …?", "Vilken bok har de skrivit?": the title of a book, report or study.
  ['title', /\bvad heter\b(?: \S+){0,3} (bok|boken|rapport|rapporten|studie|studien|undersökningen|skrift|skriften|antologin|projektet|programmet|metoden|lagen|utredningen)\b|\bvilken titel\b|\bvilken (bok|rapport|studie|skrift|antologi)\b|\b(which|what) (book|report|study)\b|\bwhat is the (name|title) of the (book|report|study)\b|\bwhat is the (book|report|study) called\b/i],
  // "Vilket nummer ska jag sms:a till?", "What number can I text?": a phone or short number.
  ['phone', /\b(vilket|vilka) (tele|mobil)?(fon)?nummer\b|\bför (tele|mobil)?(fon)?nummer\b|\bnumret till\b|\bnummer (ska|kan) jag (sms|ringa)|\bwhat (phone |mobile )?number\b|\bwhich (phone )?number\b/i],
  // "Vilka öppettider har …?", "När har ni öppet?": the hours something is open ("kl. 8–17", "08.00–16.30").
  ['hours', /öppettider|öppet(?:tid)?\b.{0,30}\b(när|vilka tider|vilken tid)\b|\b(när|vilka tider|vilken tid)\b.{0,40}öppe[tn]\b|\bopening (hours|times)\b|\bwhen (is|are) .{0,40}\bopen\b/i],
  ['money', /\b(vad|hur mycket) kostar\b|\bhur mycket pengar\b|\bhow much money\b|\bi kronor\b|\bkronor\b|\bhur dyr|\bwhat(?:'s| is| are| was)? (?:the )?(?:price|cost|fee)s?\b|\b(?:price|cost) of\b|\bwhat does\b.{0,60}\bcost\b|\bhow (?:much|expensive)\b.{0,60}\b(?:cost|costs|price|fee)\b|\b(vad|hur mycket) (tjänar|tjänade|tjänat|får .{0,20}i lön)\b|\b(ingångs|månads|medel|snitt|års)lön|\bhow much .{0,30}\bearns?\b|\bsalary\b/i],
  // "Hur många procent …", "Hur stor andel …": answered by a share (45 %, fyra av tio), not by any number.
  ['share', /\bhur (många|manga) procent\b|\b(vilken|hur stor|hur hög) (andel|procent)|\bhur stor del av\b|\bwhat (share|percentage|proportion)\b|\bhow many percent\b/i],
  // "Hur många socionomer är sjukskrivna?": a count, which "för 20 år sedan" or "2019" is not.
  ['count', /\bhur (många|manga|mycket)\b|\bantal\b|\bhow (many|much)\b/i],
  // "Hur länge har hon arbetat med …?": a length of time ("i drygt tjugo års tid", "sedan 1998"), which a count, a year
  // alone or "i många år" is not. ("Sedan när …?" asks for a time.)
  ['duration', /\bhur (länge|lång tid)\b|\bhow long\b/i],
  // "Hur gammal måste man vara för att bli medlem?", "Finns det en åldersgräns?": an age ("18 år",
  // "fyllt 65"), which a count of members is not.
  ['age', /\bhur gamma?la?\b|(?<!\p{L})ålder(?:n|sgräns|sgränsen|skrav)?(?!\p{L})|\bhow old\b|\b(?:minimum|age) (?:age|limit)\b/iu],
  // What 'count', 'share', 'duration' and 'age' above take is not repeated here.
  ['quantity', /\bhur (stor|stora|hög|höga|ofta|lång|länge|gammal)\b|\b(vilken|hur stor) (andel|del)\b|\bprocent\b|\bhow (often|large|long|old)\b/i],
  // "Vem är största arbetsgivaren för socionomer?": the one that is most of something, which an
  // organisation ("kommunerna") may be as well as a person.
  ['agent', /\bvem (?:är|var) (?:den |det )?\p{L}+(?:aste|sta|ste)\b/iu],
  // "Vem är ordförande för Vision?", "vem är visions förbundsordförande?" ask who holds a role (a
  // name beside that role), not who said something.
  ['appointee', /\b[Vv]em (?:är|var) (?!(?:det|den|dom|de|hon|han|hen|du|ni|jag|vi|man|någon|nån)\b)(?:\p{L}[\p{L}-]+s )?\p{Ll}[\p{Ll}-]{3,}(?: (?:för|i|på|inom|hos) \p{L}+)?\s*\??\s*$/u],
  // "Who is the chair of Vision?": the same in English (the role in lower case; "Who is Pia Tham?" asks what she is).
  ['appointee', /^\s*(?:[Aa]nd\s+)?[Ww]ho (?:is|was) the (?!(?:one|person|people|man|woman)\b)[a-z][a-z-]{2,}(?: [a-z][a-z-]{2,})?(?: (?:of|for|in|at) [^?]+)?\s*\??\s*$/u],
  // Only as question words: "när jag möter…" inside a question is a conjunction, not a time question.
  // "Vem sa det?" asks for the person quoted; "Vem fattar beslutet?" may be answered by a role
  // ("en socialsekreterare"), so a name is preferred there but not required.
  ['person', /\bvem (sa|sade|säger|sagt|har sagt|skrev|menar|tycker|tyckte|anser|ansåg|föreslog|föreslår|berättar|berättade|är|var)\b|\bvem\b(?: \S+){1,5} (uttalade|uttalar|kommenterade|kommenterar|sa|sade|säger|berättade|intervjuades|citeras)\b|\bvilka personer\b|^\s*(and\s+)?who (said|says|is|was|commented|spoke)\b/i],
  // "Vem blev samordnare?", "Vem utsågs …?": a particular person, by name.
  ['appointee', /\bvem (blev|utsågs|utsåg|valdes|tillsattes|anställdes|efterträdde|leder|ledde)\b|\bvem har (?:\S+ ){1,2}(utsett|tillsatt|valt|anställt|utnämnt)\b|^\s*(and\s+)?who (became|was appointed|was elected|leads|led)\b/i],
  ['agent', /^\s*(och\s+|men\s+)?vem\b|\bvem\b|^\s*(and\s+)?who\b/i],
  // "Vilket datum …?": a day of a month, which a year alone is not.
  ['date', /\bvilket datum\b|\bvilken dag\b|\bwhat date\b|\bwhich day\b/i],
  // "När i processen …?" asks for a stage ("på ett tidigt stadium"), not a date.
  // Nor does "När socsekreterarna inte hinner …, vilka grupper …?", where "när" opens a clause before the question
  // (nor "When municipalities run a deficit, what …?").
  ['time', /^\s*(och\s+|men\s+)?när\b(?!\s+i\s)(?![^?]*,\s*(?:vad|vilka|vilken|vilket|hur|vem|varför|var|ska|skall|kan|får|måste|bör|borde|är)\b)|\bvilket år\b|\bvilket (?:årtionde|decennium)\b|^\s*(and\s+)?when\b(?![^?]*,\s*(?:what|which|who|how|why|where|do|does|did|is|are|can|should|will)\b)|\bwhat year\b|\bwhich decade\b/i],
  ['reason', /\bvarför\b|\bav vilken anledning\b|\bwhy\b/i],
  // "Tips för att orka …?", "Har ni några råd …?": advice, which the documents give as lists.
  ['list', /\bvilka\b|\btips\b|\b(några|ge mig|har du|har ni|bästa|bra) råd\b|\bråd (för att|om hur|till mig)\b|\bvad (är|var) (de|det) (viktigaste|främsta)\b|\bwhich\b|\bwhat are\b/i],
];

/**
 * "Vem är Azam Qarai?", "Vilken roll har Annica Blomsten?", "Var arbetar Pia Tham?", "Who is
 * Pia Tham?": asks what a named person is (a role, a workplace). Case-sensitive: the name is
 * capitalised; it is captured.
 */
const IDENTITY =
  /^\s*(?:(?:och|men|and)\s+)?(?:[Vv]em (?:är|var)|[Vv]ilken (?:roll|titel|tjänst|befattning) (?:har|hade)|[Vv]ar (?:arbetar|jobbar|arbetade|jobbade)|[Vv]ad (?:arbetar|jobbar) (?:som )?|[Ww]ho (?:is|was)|[Ww]here (?:does|did) |[Ww]hat (?:does|did) |[Ww]hat is (?:the )?(?:role|job|title) of )\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u;

/** The name an identity question asks about ("Annica Blomsten"), if it is one. */
export function identitySubject(question: string): string | undefined {
  return IDENTITY.exec(question)?.[1];
}

/** Does the text say what the named person is: the name, then a comma, "är" or "var", and a role ("Annica Blomsten, socialdirektör i …")? */
export function saysWhoIs(name: string, text: string): boolean {
  let pattern = WHO_IS_PATTERNS.get(name);
  if (!pattern) {
    const last = name.trim().split(/\s+/).pop()!.replace(/s$/u, '');
    pattern = new RegExp(`${escapeRegExp(last)}s?(?:,| är| var)\\s+(?:en |ett )?\\p{Ll}`, 'u');
    if (WHO_IS_PATTERNS.size >= 1_000) WHO_IS_PATTERNS.clear();
    WHO_IS_PATTERNS.set(name, pattern);
  }
  return pattern.test(text);
}
/** saysWhoIs's pattern per name: it is tested against every passage retrieved. */
const WHO_IS_PATTERNS = new Map<string, RegExp>();

/** "Vem tycker socionomerna ska stå för kostnaderna?": who *should* do something in someone's view — an agent, not the person quoted. */
const AGENT_IN_VIEW = /\bvem (tycker|tyckte|anser|ansåg|menar|menade|tror|föreslår|vill) (?!att\b)(\S+ ){1,3}(ska|skall|bör|borde|skulle|måste)\b/i;

/**
 * The same pattern for a question typed without å, ä, ö and é ("nar holls kongressen?", "hur lang
 * uppsagningstid"): each such letter also matches the plain one.
 */
function withoutSwedishLetters(pattern: RegExp): RegExp {
  const plain: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', Å: 'A', Ä: 'A', Ö: 'O', É: 'E' };
  return new RegExp(pattern.source.replace(/[åäöéÅÄÖÉ]/g, (letter) => `[${letter}${plain[letter]}]`), pattern.flags);
}

const TYPED_PLAIN = {
  identity: withoutSwedishLetters(IDENTITY),
  agent: withoutSwedishLetters(AGENT_IN_VIEW),
  rules: RULES.map(([type, pattern]) => [type, withoutSwedishLetters(pattern)] as const),
};

/** Questions' types, remembered: retrieval and the answer both ask, and members ask the same questions. */
const typeOfQuestion = new Map<string, QuestionType>();
/** Per question type, whether a sentence states that kind of fact: the corpus's sentences recur in answer after answer. */
const typeFitOfSentence = new Map<QuestionType, Map<string, boolean>>();
const TYPE_CACHE_LIMIT = 20_000;

export function questionType(typed: string): QuestionType {
  let type = typeOfQuestion.get(typed);
  if (type === undefined) {
    type = readQuestionType(typed);
    if (typeOfQuestion.size >= TYPE_CACHE_LIMIT) typeOfQuestion.clear();
    typeOfQuestion.set(typed, type);
  }
  return type;
}

function readQuestionType(typed: string): QuestionType {
  // "hur mkt kostar …" is "hur mycket kostar …".
  const question = typed.replace(/\bmkt\b/gi, 'mycket');
  // Typed with Swedish letters, the question is read as written; without any, leniently.
  const plain = !/[åäöé]/i.test(question);
  const identity = plain ? TYPED_PLAIN.identity : IDENTITY;
  const agent = plain ? TYPED_PLAIN.agent : AGENT_IN_VIEW;
  if (identity.test(question)) return 'identity';
  if (agent.test(question)) return 'agent';
  for (const [type, pattern] of plain ? TYPED_PLAIN.rules : RULES) if (pattern.test(question)) return type;
  return 'open';
}

/** Nouns after "vilken/vilket" that ask for a quantity, a time or a person rather than a thing of that name. */
const NOT_A_THING = new Set(['andel', 'del', 'år', 'datum', 'dag', 'person', 'roll', 'sätt', 'typ', 'slags', 'sorts']);

/**
 * The thing a "Vilken lag …?" / "Vilket förbund …?" / "Vad heter leverantören …?" question asks for
 * ("lag", "förbund", "leverantören"), if any.
 * The answer names one: "socialtjänstlagen", "en kommunreform" — usually a compound ending in it.
 */
export function askedNoun(question: string): string | undefined {
  const match = /\b(?:vilken|vilket)\s+(\p{L}{3,})|^\s*vad\s+heter\s+(?:den|det|de)?\s*(\p{L}[\p{L}-]{2,})/iu.exec(question);
  const noun = (match?.[1] ?? match?.[2])?.toLocaleLowerCase('sv-SE');
  return noun && !NOT_A_THING.has(noun) ? noun : undefined;
}

/** The asked noun without its definite ending ("kommunen" → "kommun"), as a pattern followed by any inflection of it. */
function inflectedNoun(noun: string): { stem: string; pattern: string } {
  const stem = noun.replace(/(en|et|n|t)$/u, (ending) => (noun.length - ending.length >= 3 ? '' : ending));
  return { stem, pattern: `${escapeRegExp(stem)}(?:en|et|n|t|ar|er|or|na|arna|erna|orna|ens|ets|s)?` };
}

/** Does the sentence name a thing of the asked kind (the noun itself, inflected, or as a compound's last part)? */
export function namesNoun(noun: string, sentence: string): boolean {
  const { stem, pattern: inflected } = inflectedNoun(noun);
  const pattern = new RegExp(`${inflected}$`, 'u');
  return sentence
    .toLocaleLowerCase('sv-SE')
    .split(/[^\p{L}-]+/u)
    .some((token) => token.length >= stem.length && pattern.test(token));
}

/** Does the sentence name one by its name: a capitalised name before the noun ("Botkyrka kommun", "Jönköpings kommun")? */
export function namesNounByName(noun: string, sentence: string): boolean {
  return new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}-]+\\s+${inflectedNoun(noun).pattern}(?![\\p{L}])`, 'u').test(sentence);
}

const NUMBER_WORDS =
  /\b(?:bara|endast|enbart) (?:en|ett) [a-zåäö]|\b(?:en|ett) enda\b|\b(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|hälften|var (?:tredje|fjärde|femte)|majoriteten|flertalet)\s+(?:procent\b|av (?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo|hundra|tusen|\d+)\b)|\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|hälften|var (?:tredje|fjärde|femte)|majoriteten|flertalet) av (?:de|dem|alla)\b|\b(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio|hundra|tusen)(\s+|-)(år|års|månader|månaders|veckor|veckors|dagar|dagars|timmar|gånger|procent|personer|kommuner)\b/i;

const DURATION =
  /\d+\s*(?:[–-]\s*\d+\s*)?(?:år|års|månad|månader|månaders|vecka|veckor|veckors|dag|dagar|dagars|timme|timmar)\b|\bsedan\s+(?:(?:1[89]|20)\d{2}|\d+\s+år)\b|\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio)(?:\s+|-)(?:år|års|månader|månaders|veckor|veckors|dagar|dagars)\b/iu;

/** The sentence without phone and SMS numbers: a number of five digits or more, or grouped as one ("0705- 27 12 41", "08-555 123 45"). */
function withoutPhoneNumbers(sentence: string): string {
  return sentence.replace(/\b\d{2,4}-\s?\d{2,3}(?:\s\d{2,3}){1,3}\b|\b\d{5,}\b/g, ' ');
}

/**
 * A line that gives someone to contact ("För ytterligare kommentarer kontakta Niklas Borg, … på
 * tfn …"): it names a person, but says nothing of what they did or became.
 */
export function isContactLine(sentence: string): boolean {
  return /\bkontakta\b|\btfn\b|\btel\.|\btelefon\s*:?\s*\d|\be-?post\s*:/i.test(sentence);
}

/** Does the sentence carry the kind of fact the question asks for? */
export function satisfiesType(type: QuestionType, sentence: string): boolean {
  let known = typeFitOfSentence.get(type);
  if (!known || known.size >= TYPE_CACHE_LIMIT) typeFitOfSentence.set(type, (known = new Map()));
  let fits = known.get(sentence);
  if (fits === undefined) {
    fits = statesType(type, sentence);
    known.set(sentence, fits);
  }
  return fits;
}

function statesType(type: QuestionType, sentence: string): boolean {
  switch (type) {
    case 'money':
      return /\d[\d\s]*(:-|\s?kr\b|\s?kronor\b|\s?sek\b)|\bkostnadsfri|\bgratis\b|\bavgiftsfri/i.test(sentence);
    case 'title':
      // A quoted title, or one written after the word for it ("Rapporten Individ- och familjeomsorg - lägesrapport 2006 …").
      return /[”"“«][^”"“«»]{6,}[”"»]|\b[RrBbSsAaUu](?:apporten|oken|tudien|kriften|ntologin|tredningen)\s+\p{Lu}/u.test(sentence);
    case 'hours':
      return /\bkl(?:\.|ockan)?\s*\d{1,2}|\b\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]?\d{0,2}\b|\b\d{1,2}\s*[–-]\s*\d{1,2}\b(?=\s*(?:på|alla|vardagar|måndag|mån|tis|ons|tors|fre|lör|sön))|\bdygnet runt\b|\bvardagar\b/i.test(sentence);
    case 'phone':
      return /\b\d{5,}\b|\b\d{2,4}[- ]\d{2,3}[ -]\d{2}/.test(sentence);
    case 'share':
      return /\d\s?(%|procent)|\bprocent\b|\b(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+) av (tio|tjugo|hundra|\d+)\b|\bhälften\b|\bvar (?:tredje|fjärde|femte|tionde)\b|\bmajoriteten\b/i.test(sentence);
    case 'count':
      return statesType('quantity', sentence.replace(/\b(?:för\s+)?\d+\s+år\s+sedan\b/giu, ' ').replace(/\b(?:1[89]|20)\d{2}\b/g, ' '));
    case 'duration':
      return DURATION.test(sentence);
    case 'age':
      return /\b\d{1,3}\s*år(?:s|en)?(?!\p{L})(?!\s+sedan)|\b(?:fyllt|fyller|fylla)\b|(?<!\p{L})(?:åldern|ålder|åldersgräns|år gammal|år gamla)(?!\p{L})|pensionsålder/iu.test(sentence);
    case 'date':
      return /\b\d{1,2}(?:[–-]\d{1,2})?\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b|\b(?:1[89]|20)\d{2}-\d{2}-\d{2}\b/i.test(sentence);
    case 'quantity':
      // A list's numbering ("1. Skaffa …") is no quantity, nor is a phone or SMS number ("sms:a Vision till 71501").
      return /\d/.test(withoutPhoneNumbers(sentence).replace(/^\s*\d{1,3}\.\s/gm, '').replace(/(^|\s)\d{1,2}\.\s(?=\p{Lu})/gu, ' ')) || NUMBER_WORDS.test(sentence);
    case 'person':
      return /\b(säger|sa|menar|anser|berättar|konstaterar|enligt)\b/i.test(sentence) && /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence) && !isContactLine(sentence);
    case 'identity':
      // A name followed by what the person is: "Azam Qarai är socionom …", "Pia Tham, universitetslektor …".
      return /\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+)*(?:,| är| var)\s+(?:en |ett )?\p{Ll}/u.test(sentence);
    case 'appointee':
    case 'agent':
      return /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence) && !isContactLine(sentence);
    case 'time':
      // A year or a month, or a time counted back from the writing ("sedan drygt två år tillbaka", "för tre år sedan", "i fjol").
      return /\b(1[89]|20)\d{2}\b|\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/i.test(sentence) || RELATIVE_TIME.test(sentence);
    default:
      return true;
  }
}

const RELATIVE_TIME =
  /(?<!\p{L})(?:sedan|för)\s+(?:drygt |knappt |ungefär |cirka |ca |över |nästan |bara )?(?:\d+|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo|några|många)\s+(?:år|månader|veckor)\s+(?:sedan|tillbaka)(?!\p{L})|(?<!\p{L})(?:i fjol|förra året|i höstas|i våras|i somras|i vintras)(?!\p{L})/iu;

/** A line of a bulleted or numbered list ("- Tid", "2. Resurser"). */
const LIST_ITEM = /^(?:-|\d{1,3}\.)\s/;
const LIST_ITEM_ON_ANY_LINE = new RegExp(LIST_ITEM.source, 'm');

export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** Does any line of the text start a list item? */
export function hasListItem(text: string): boolean {
  return LIST_ITEM_ON_ANY_LINE.test(text);
}

/** Types for which an answer without such a fact is no answer at all. */
const REQUIRED: ReadonlySet<QuestionType> = new Set(['hours', 'phone', 'money', 'share', 'count', 'duration', 'age', 'quantity', 'date', 'person', 'appointee', 'time']);

export function typeIsRequired(type: QuestionType): boolean {
  return REQUIRED.has(type);
}
