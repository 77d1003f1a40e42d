/**
 * Intent rules as data: one table per intent, patterns grouped and commented, compiled once.
 *
 * Every pattern runs on folded text (see `fold.ts`): lower case, no diacritics, apostrophes
 * dropped, sentence punctuation as a lone "." token, one space between tokens. So "människa"
 * is written `manniska`, "can't" is `cant`, and "within four words" is `(?: \S+){0,4} `.
 *
 * Patterns avoid nested unbounded quantifiers: gaps between words are bounded and a word
 * (`\S+`) can never swallow the space that separates it from the next, so matching stays linear
 * even on a 20 000-character message.
 */

/** A rule: the pattern must match; `unless` (if given) must not match anywhere in the message. */
export interface RuleSpec {
  pattern: string;
  unless?: string;
}

export type PersonalCaseTopic =
  | 'dismissal'
  | 'bullying'
  | 'salary'
  | 'warning'
  | 'discrimination'
  | 'harassment'
  | 'sick_leave'
  | 'other';

export interface PersonalCaseRuleSpec extends RuleSpec {
  topic: PersonalCaseTopic;
  /** Further patterns that must all match somewhere in the message. */
  alsoNeeds?: string[];
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Up to `n` words, then the space before the next word. */
const gap = (n: number) => String.raw`(?: \S+){0,${n}} `;
const oneOf = (...alternatives: string[]) => `(?:${alternatives.join('|')})`;

/** Words a message may open with before the real content ("Hej, blev uppsagd idag"). */
const OPENERS_SV = oneOf('hej', 'hejsan', 'hallo', 'tja', 'tjena', String.raw`\.`, 'och', 'men', 'sa', 'nu', 'just', 'precis', 'idag', 'igar', 'nyss', 'har', 'hade', 'ha', 'haft', 'blivit', 'blev', 'blir', 'bli', 'ar', 'var', 'kanner', 'kande', 'tyvarr', 'typ', 'alltsa', 'ok', 'okej');
const OPENERS_EN = oneOf('hi', 'hello', 'hey', String.raw`\.`, 'and', 'but', 'so', 'just', 'today', 'yesterday', 'have', 'has', 'had', 'been', 'was', 'got', 'get', 'am', 'being', 'recently', 'now', 'well', 'ok', 'unfortunately');

/** Not hypothetical: "om jag blir uppsagd", "can I be fired" are questions about rules, not a case. */
const NOT_HYPOTHETICAL = String.raw`(?<!\b(?:om jag|kan jag|kan man|skulle jag|om man|nar man|ifall jag|innan jag|if i|can i|could i|would i|will i|when i|before i|can you|if you)(?: \S+){0,2} )`;

interface SelfOptions {
  /** Most words between the pronoun and the phrase. */
  within?: number;
  pronouns?: string;
  /** Also "om jag blir …", "if I get …" (for crisis, where a hypothetical still counts). */
  hypotheticalToo?: boolean;
}

/**
 * `body`, said by the member of themself: a first-person pronoun at most `within` words before
 * it, or the message opening with it after a few filler words ("Fått sparken idag"). The body is
 * matched first and the pronoun checked in a look-behind, so the regex engine only scans for the
 * body's first words and a message full of "jag" stays cheap.
 */
const saidOfSelf =
  (openers: string, firstPerson: string) =>
  (body: string, { within = 4, pronouns = firstPerson, hypotheticalToo = false }: SelfOptions = {}) =>
    String.raw`\b${body}(?<=(?:^(?:${openers} ){0,4}|\b(?:${pronouns})\b${gap(within)})${hypotheticalToo ? '' : NOT_HYPOTHETICAL}${body})`;
const selfSv = saidOfSelf(OPENERS_SV, 'jag|mig');
const selfEn = saidOfSelf(OPENERS_EN, 'i|im|ive|me');

/** `body` with one of the words `before` at most `within` words ahead of it (body matched first, as in {@link saidOfSelf}). */
const near = (before: string, within: number, body: string) => String.raw`\b${body}(?<=\b(?:${before})\b${gap(within)}${body})`;

/** Negated requests: "vill inte prata med en människa", "don't want to talk to a person". */
const NOT_NEGATED = String.raw`(?<!\b(?:inte|ej|aldrig|not|never|dont|dont want to|do not want to|dont need to|no need to) )`;

/** Forms of "hota" (threaten): not `hot\w*`, which would take in "hotell" and "hotline". */
const THREATEN = 'hot(?:a|ar|ade|at|as|ades|ats|ande)';

/** Sanctions at work, which make a "threat" an employment matter rather than a crisis. */
const SANCTION = oneOf('uppsagning', 'avsked', 'sparken', 'varning', 'erinran', 'omplacering', 'forflyttning', 'anmalan', String.raw`polisanmal\w*`, 'att anmala', 'att saga upp', 'att avskeda', 'att omplacera', 'att ge mig en varning', 'loneavdrag', 'dismissal', 'termination', 'firing', 'being fired', 'a warning', 'disciplinary');

// ---------------------------------------------------------------------------------------------
// Crisis: self-harm, suicidal thoughts, violence or threats at home or at work. Wins over everything.

/** Signs that suicide is discussed as a topic (clients, statistics, training), not as the member's own thoughts. */
const ABOUT_OTHERS = String.raw`\b(?:klient\w*|brukare\w*|patient\w*|elev\w*|barn|barnen|barnet|barns|ungdom\w*|unga|ungas|tonaring\w*|kollega\w*|anhorig\w*|nagon|nagons|personer|manniskor|hen|hens|han|hon|hans|hennes|dem|deras|socionom\w*|socialsekreterar\w*|statistik\w*|undersokning\w*|rapport\w*|forskning\w*|andel\w*|procent|antal\w*|bland|prevention|forebygg\w*|utbildning\w*|kurs\w*|riskbedom\w*|bemot\w*|hantera\w*|arbetet med|personal|personalen|medarbetar\w*|avdelning\w*|arbetsplats\w*|enhet\w*|verksamhet\w*|agera|rutin\w*|handlingsplan\w*|suicidrisk\w*|sjalvmordsrisk\w*|suicidprevent\w*|sjalvmordsprevent\w*|sjalvmordsforebygg\w*|kommuner|kommunerna|sjalvskadebeteende\w*|varningstecken|kurator\w*|skolkurator\w*|sjalvmordslinjen|linjen|ringa dit|socialtjanst\w*|clients?|patients?|people|someone|somebody|they|them|their|statistics|survey|report|research|colleagues?|among|prevent\w*|training|course|handle|respond)\b`;

const RELATIVE_SV = oneOf('man', 'make', 'fru', 'maka', 'partner', 'sambo', 'pojkvan', 'flickvan', 'kille', 'tjej', 'ex', 'exman', 'exfru', 'expartner', 'pappa', 'mamma', 'far', 'mor', 'foralder', 'foraldrar', 'styvpappa', 'styvmamma', 'bror', 'son', 'dotter');
/** People close to the member besides family and partners (folded). */
const CLOSE_SV = oneOf('syster', 'systrar', 'kompis', 'kompisar', 'van', 'vannen', 'vanner', 'vaninna', 'barn', 'barnen', 'granne', 'kollega', 'kusin');
const RELATIVE_EN = oneOf('husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'spouse', 'ex', 'father', 'mother', 'dad', 'mum', 'mom', 'stepfather', 'stepmother', 'brother', 'son', 'daughter');
const WEAPON = oneOf('kniv', 'vapen', 'pistol', 'yxa', 'gevar', 'skjutvapen', 'tillhygge', 'spruta', 'sax', 'hammare', 'balltra');

/** Wishing to die or not to live, without naming whose wish it is. */
const WISH_TO_DIE_SV = oneOf(
  String.raw`(?:orkar|orka|vill|vil)(?: jag)? inte (?:att )?(?:leva|lev)\b`,
  // Subordinate clauses put "inte" first: "… att jag inte vill leva", "… så jag inte orkar leva".
  String.raw`inte (?:langre |lengre )?(?:orkar|vill|vil) (?:att )?(?:leva|lev|finnas|finnas till|vara med)\b`,
  String.raw`orkar inte (?:mer|langre|med livet)(?: med (?:livet|allt|nagonting))?(?= \.|$)`,
  String.raw`(?:vill|ville|vil) (?:bara |helst |egentligen |nastan )?(?:do|doo|vara dod|inte vakna)\b`,
  String.raw`ingen (?:mening|ide|anledning|orsak|poang) (?:med|att|till att) (?:att )?leva\b`,
  String.raw`(?:inte|aldrig) vart att leva\b`,
  String.raw`livet (?:ar|kanns) (?:meningslost|hopplost)\b`,
  String.raw`vill inte (?:finnas|vakna)\b`,
  String.raw`(?:vill|ska) (?:somna|sova) (?:in )?och (?:aldrig|inte) vakna\b`,
  String.raw`ser ingen (?:annan )?utvag\b`,
);
const WISH_TO_DIE_EN = oneOf(
  String.raw`(?:want|wish i could|ready) (?:to )?die\b`,
  String.raw`wish i (?:was|were) dead\b`,
  String.raw`better off dead\b`,
  String.raw`want to be dead\b`,
  String.raw`(?:dont|do not|no longer|not) (?:want|wish) to (?:live|be alive|exist|wake up)\b`,
  String.raw`cant go on\b(?! (?:a|an|the|my|vacation|holiday|leave|sick|parental|strike|trip|working|with (?:the|my|this) (?:job|work|project))\b)`,
  String.raw`(?:dont|do not|cant|no longer) see (?:the|any) point (?:in|of) (?:living|life|going on)\b`,
  String.raw`no (?:reason|point) (?:to live|in living|living|to go on)\b`,
  String.raw`nothing to live for\b`,
  String.raw`cant take (?:it|this) any ?more(?= \.|$)`,
);

export const CRISIS: readonly RuleSpec[] = [
  // Suicidal thoughts, Swedish: "mig"/"mitt" make these the member's own
  { pattern: String.raw`\blivet av mig\b` }, // ta/tar/tänker ta livet av mig
  { pattern: String.raw`\b(?:ta|tar|avsluta|avslutar) mitt (?:eget )?liv\b|\bta mig av daga\b` },
  { pattern: String.raw`\bgora slut pa (?:mig sjalv|mitt liv|livet|allt)\b` },
  // Common Swedish ways of saying one does not want to live, without naming death or suicide
  { pattern: String.raw`\b(?:vill|orkar) inte (?:vara med|leva|finnas|finnas till|finnas kvar) (?:langre|mer|langer)\b|\b(?:vill|orkar) inte (?:leva|finnas)\b(?! (?:pa|i|med|utan) )`, unless: ABOUT_OTHERS },
  { pattern: String.raw`\b(?:vill|villa) (?:bara )?(?:forsvinna|somna in|somna for alltid|inte vakna)\b|\bvarlden (?:vore|ar) battre utan mig\b|\bingen (?:skulle )?(?:sakna|saknar) mig\b`, unless: ABOUT_OTHERS },
  { pattern: String.raw`\b(?:allt|livet) (?:kanns|ar|har blivit|blir) (?:helt )?(?:meningslost|hopplost|svart)\b.{0,60}\b(?:orkar inte|vill inte|ge upp|ta slut|avsluta)\b`, unless: ABOUT_OTHERS },
  { pattern: String.raw`\b(?:skada|skadar|skadat|skadade|skar|skara|slar|slog) mig (?:sjalv|i armarna|i armen|med kniv)\b` },
  // Thoughts or plans of harming oneself: "tankar på att skada mig", "funderar på att ta livet av mig".
  { pattern: String.raw`\b(?:tankar|tanker|tankt|tanka|funderar|funderat|funderingar|planerar|planer|overvager|lust|impulser)(?: \S+){0,2} (?:pa )?att (?:skada|skara|skara sonder|doda|hanga|forgifta|svalt\S*) mig\b(?! (?:pa|i|under) (?:jobbet|arbetet))` },
  { pattern: String.raw`\b(?:skurit|skar|skurit sonder) mig\b(?! (?:i|pa) (?:fingret|fingrarna|tummen|handen|papper\w*|ett papper))` },
  { pattern: String.raw`\b(?:vill|ska|tanker|kommer att) (?:bara )?(?:avsluta|gora slut pa) (?:allt|alltihop|alltihopa|det hela)(?= \.|$)` },
  // … wishing to die: the member's own when said of themself or when nobody else is mentioned
  // ("en klient som vill dö" is a professional question)
  { pattern: selfSv(WISH_TO_DIE_SV, { within: 2, hypotheticalToo: true }) },
  { pattern: String.raw`\b${WISH_TO_DIE_SV}`, unless: ABOUT_OTHERS },
  // … the member's own suicidal thoughts, named
  { pattern: near('jag', 0, String.raw`(?:har|hade|har haft|har fatt|fick|far|kanner|brottas med|lider av|kampar med|tampas med)(?: \S+){0,2} (?:sjalvmord|suicid)\w*`) },
  { pattern: String.raw`\b(?:min|mina) (?:\S+ )?(?:sjalvmord|suicid)\w*|${near('jag|mig', 2, String.raw`(?:tanker|funderar|overvager|planerar)(?: \S+){0,2} (?:sjalvmord|suicid)\w*`)}` },
  { pattern: String.raw`^(?:${OPENERS_SV} ){0,4}(?:sjalvmord|suicid|sjalvskad)\w*` },
  // … or suicide and self-harm mentioned without signs of a professional or statistical question
  { pattern: String.raw`\b(?:sjalvmord|suicid|sjalvskad)\w*|\bself harm\w*`, unless: ABOUT_OTHERS },

  // Suicidal thoughts, English
  // Indirect wishes and signs: disappearing for good, being a burden, a farewell letter, means at hand, a place to jump.
  { pattern: String.raw`\b(?:vill|ville|onskar|onskade|kunde|kunna|bara)(?: \S+){0,3} forsvinna (?:for alltid|for gott|helt|fran allt)\b|\bforsvinna for alltid\b`, unless: ABOUT_OTHERS },
  { pattern: String.raw`\b(?:alla|ni|de|familjen|varlden) (?:skulle|hade) (?:ha det |ma |klara sig )?(?:battre|bra) utan mig\b|\b(?:jag ar|jag kanner mig som|ar jag) (?:bara |en )?(?:en )?borda\b|\b(?:jag ar|ar jag) (?:bara )?i vagen for alla\b` },
  { pattern: String.raw`\b(?:avskedsbrev|sjalvmordsbrev)\w*\b` },
  { pattern: String.raw`\b(?:tabletter|piller|medicin|medicinerna|tabletterna|sombmedel|somntabletter|rep|repet)\b(?: \S+){0,8} (?:ta dem|ta alla|svalja|ta allihop|ta dom|anvanda (?:det|dem))\b|\b(?:sparat|samlat|kopt|har) (?:pa mig )?(?:tabletter|piller|somntabletter|sombmedel)\b(?: \S+){0,6} (?:ikvall|i kvall|inatt|i natt|nu|idag|ta)\b` },
  { pattern: String.raw`\b(?:sova|somna) for (?:alltid|evigt|gott)\b|\b(?:tanker|tanka|tankt)(?: \S+){0,2} pa att (?:aldrig |inte )?vakna(?: upp)?(?: igen)?\b` },
  { pattern: String.raw`^(?:${OPENERS_SV} ){0,3}(?:jag )?(?:star|sitter) (?:pa|vid|uppe pa) (?:bron|taket|perrongen|spaalret|spalret|spaaret|spaaren|rälsen|ralsen|kanten|stupet)\b` },
  { pattern: String.raw`\bkommer (?:inte |inte att )?(?:att )?finnas (?:har|kvar) (?:i morgon|imorgon|nasta vecka|langre)\b|\benda (?:sattet|utvagen|losningen)(?: \S+){0,4} (?:att )?(?:avsluta|do|ta livet|forsvinna)\b|\bavsluta (?:det|allt|livet) for gott\b` },
  { pattern: String.raw`\b(?:skar|skara|skurit|skarit)(?: \S+){0,1} mig (?:igen|sjalv|nar|i|pa armarna|pa armen|pa benen)\b(?! (?:fingret|fingrarna|tummen|handen|papper))|\b(?:borjat|slutat) (?:att )?(?:skara|skada) mig\b` },
  // Violence done to the member: strangling, things thrown, a knife, fear of going home, threats against their children.
  { pattern: String.raw`\bstrypgrepp (?:pa|om) mig\b|\b(?:kastade|kastar|kastat|slangde|slanger) (?:en|ett|\S+) \S+ (?:pa|mot) mig\b|\b(?:hoppade|hoppar|gick|gar|gav sig) (?:pa|at) mig (?:med|och)\b|\bmed (?:en )?(?:kniv|vapen|yxa|pistol)(?: \S+){0,3} (?:mot|pa) mig\b` },
  { pattern: String.raw`\bradd (?:for att|att|for) (?:ga|aka|komma) hem\b|\b(?:min|mitt) ${RELATIVE_SV}(?: \S+){0,3} (?:blir|ar|var) (?:valdsam|vaaldsam|farlig|aggressiv)\b` },
  { pattern: String.raw`\bvet var jag bor\b|\b(?:ska|kommer att|kommer|hotar att) (?:skada|doda|ta|hamnas pa|ga at) (?:mina|mitt|min) (?:barn|barnen|familj|son|dotter)\b` },
  // Warning signs as crisis lines list them, said in everyday words: no future, wanting it to end,
  // preparations (letters "in case", things given away, goodbyes, looking up doses), places to jump,
  // burning or cutting oneself; and violence done to the member: a hold on the throat, being locked
  // in, forced, followed home, watched, tracked, their children threatened.
  { pattern: String.raw`\bingen (?:framtid|ide|mening) (?:langre|kvar|for mig)\b|\b(?:lika bra|bast) (?:att|om) (?:det|allt) (?:tar slut|tog slut|tar ett slut|slutar)\b|\bvill (?:bara )?att (?:det|allt) ska (?:ta slut|sluta|vara over)\b`, unless: ABOUT_OTHERS },
  { pattern: String.raw`\b(?:somna|sova|sova in) och (?:aldrig|inte) vakna\b|\b(?:aldrig|inte) vakna (?:upp )?igen\b` },
  { pattern: String.raw`\b(?:brev|brevet|ett brev|meddelande) till (?:mina|min|mitt|familjen|barnen|mamma|pappa)\b(?: \S+){0,3} (?:ifall|om) (?:nagot|nat) (?:skulle )?hand\w* (?:mig|med mig)\b|\b(?:gett|gav|ger) bort (?:mina|alla mina|allt mitt|mitt) \S+|\bsagt hejda till (?:alla|mina|min|familjen)\b` },
  { pattern: String.raw`\b(?:kollat|kollar|kollade|googlat|googlar|googlade|sokt|soker|letat|letar|raknat|raknar) (?:upp |pa |ut )?(?:hur|pa hur|vilken) (?:mycket|manga|man|stor)\b(?: \S+){0,4} (?:tabletter|piller|tablett|dos|medicin|behovs|tar livet|hanger sig|dor)\b|\bdodlig dos\b` },
  { pattern: String.raw`\b(?:star|stod|statt|gick|satt|sitter)(?: jag)? (?:pa|vid|uppe pa|ute pa) (?:bron|taket|perrongen|kanten|stupet|spaaret|spalret|ralsen)\b(?: \S+){0,10} (?:kliva|hoppa|hoppat|falla|over|ner|slut|enkelt)\b|\b(?:kliva|hoppa) (?:over (?:racket|kanten|stangslet)|ner fran (?:bron|taket)|framfor (?:taget|tunnelbanan|bussen|en bil))\b` },
  { pattern: String.raw`\b(?:branner|brande|brant|skar|skara|skurit|rispar|rispat|rispade) mig (?:med|pa|i|for|sjalv|nar|igen)\b(?! (?:fingret|fingrarna|tummen|pa spisen))|\b(?:borjat|borjar|slutat) (?:att )?(?:skara|branna|rispa|skada) mig\b` },
  { pattern: String.raw`\bingen anledning (?:att|till att) (?:finnas|leva|vara kvar|fortsatta)\b|\binte (?:finnas|vara) kvar (?:langre|nasta)\b` },
  { pattern: String.raw`\b(?:tog|tar|tagit|har tagit) (?:stryptag|strypgrepp|struptag|ett grepp om halsen) (?:pa|om) mig\b|\b(?:tog|tar|grep|greppade|kramade) (?:mig )?(?:om|kring|runt) (?:halsen|strupen)\b|\bstryptag\b(?: \S+){0,3} (?:mig|pa mig)\b` },
  { pattern: String.raw`\b(?:lasar|laste|last|lasa) in mig\b|\b(?:blir|blev|ar|var) inlast\b|\bfar inte (?:ga ut|lamna (?:huset|hemmet|lagenheten)|traffa nagon|traffa mina vanner|ringa nagon)\b` },
  { pattern: String.raw`\btvingar mig (?:att )?(?:gifta|lamna|ge|ha sex|betala)\b|\b(?:tvangsgift\w*|tvangsaktenskap)\b(?: \S+){0,4} (?:mig|jag)\b|\bgifta mig (?:mot min vilja|i sommar)\b(?: \S+){0,6} (?:hotar|tvingar)\b|\b(?:tar|tog|tagit|har tagit) (?:min|mina|hela min) (?:lon|lonen|pengar|telefon|nycklar|pass)\b(?! (?:och (?:mitt|min) (?:jobb|tjanst)))` },
  { pattern: String.raw`\b(?:foljde|foljer|foljt|har foljt) efter mig\b|\bvet (?:nu )?(?:var jag bor|vilken (?:forskola|skola) (?:mina|dina) barn)\b|\b(?:gps|gps-sandare|sandare|sparsandare) (?:pa|i) (?:min|mitt) (?:bil|telefon|vaska)\b|\b(?:dyker upp|star) (?:overallt|utanfor (?:mitt|min|var) (?:hus|lagenhet|dorr|port|jobb|arbetsplats))\b` },
  { pattern: String.raw`\bradd for vad (?:han|hon|de|dom) (?:ska|kommer att|kan) gora\b|\b(?:gora klart|avsluta) det har\b(?: \S+){0,3} (?:med mig)?|\bblamarken\b(?: \S+){0,6} (?:han|hon|min|mitt)\b|\b(?:han|hon|min man|min fru|min partner|mitt ex) (?:slog|sparkade|knuffade|kastade|tog (?:mig|tag i mig|struptag|strypgrepp))\b` },
  { pattern: String.raw`\b(?:kill|kil|killing|hurt|hurting|harm|harming|cut|cutting|end|ending) myself\b` },
  { pattern: String.raw`\b(?:end|ending|take|taking) (?:my (?:own )?life|it all)\b` },
  { pattern: String.raw`\b(?:go to sleep|sleep) and (?:not|never) wake up\b|\bnot (?:sure|certain) (?:ill|i will|i am going to|im going to) (?:be around|be here|live)\b|\b(?:looked up|googled|researched|checked) how (?:many|much) (?:pills|tablets|of my)\b|\bpills it would take\b|\b(?:started|start|keep|been) cutting (?:again|myself)?\b|\bcutting again\b|\bburn(?:ing|ed|t)? myself\b|\bgiven away (?:my|all my)\b|\bcant do this any ?more\b` },
  { pattern: String.raw`\b(?:grabbed|held|choked|strangled) me by the (?:throat|neck)\b|\bby the throat\b|\blocks? me in\b|\blocked me in\b|\btakes? my (?:wages|salary|money|phone|passport|keys)\b|\bfollowed me (?:home|to my|to the)\b|\bknows where i live\b|\bturning up at my\b|\b(?:hell|he will|she will|shell|theyll|they will) (?:hurt|kill|get) me\b|\bnext time (?:hell|he will|shell|she will) finish\b|\btracker on my\b` },
  { pattern: String.raw`\b(?:everyone|everybody|they|people|my family|the world) (?:would be|is|are|d be) better off without me\b|\bi(?:m| am) (?:just )?a burden\b|\bdisappear (?:forever|for good)\b|\bsuicide note\b|\bgoodbye (?:letter|note)\b|\bsleep forever\b|\bnot (?:wake up|be here) (?:again|tomorrow)\b` },
  { pattern: selfEn(WISH_TO_DIE_EN, { within: 2, hypotheticalToo: true }) },
  { pattern: String.raw`\b${WISH_TO_DIE_EN}`, unless: ABOUT_OTHERS },
  { pattern: near('i|im|ive', 2, String.raw`(?:suicidal|thinking (?:about|of) (?:suicide|killing myself|ending (?:it|my life)))\b`) },

  // Violence and threats, Swedish
  { pattern: String.raw`(?<!\bjag(?: \S+)? )\b(?:slar|slog|slagit|misshandlar|misshandlade|misshandlat|stryper|strypte|strypt|knuffar|knuffade|knuffat|valdtar|valdtog|valdtagit|forfoljer|forfoljde) mig\b(?! att)` },
  { pattern: String.raw`\b${THREATEN}(?: \S+){0,3} (?:att )?(?:doda|morda|skjuta|knivhugga|hugga ner|sticka ner|sla ihjal|sla|spoa|misshandla|skada|valdta|strypa|branna|ga at)\b` },
  { pattern: String.raw`\b(?:doda|morda|skjuta|knivhugga|sla ihjal|valdta|strypa) (?:mig|oss)\b` },
  // "hotar mig" is a crisis unless a sanction follows ("… med uppsägning") or "med" names something other than violence
  { pattern: String.raw`\bhot(?:ar|ade|at|as|ades) (?:mig|oss)\b(?!(?: \S+){0,3} ${SANCTION}\b)(?! med (?!(?:en |ett )?(?:${WEAPON}|vald|stryk|doden)\b))` },
  { pattern: String.raw`${selfSv(String.raw`(?:hotad|hotades|hotas|misshandlad|misshandlades|misshandlas|slagen|attackerad|overfallen|valdtagen|knivhuggen|knivhotad|skjuten|strypt|nedslagen|forfoljd|valdsutsatt|utsatt for (?:vald|hot|misshandel|valdtakt|overgrepp))\b(?! med (?:en )?${SANCTION})`, { within: 3, pronouns: 'jag|mig|vi|oss', hypotheticalToo: true })}` },
  { pattern: String.raw`\b(?:knivhotad|knivhotades|vapenhotad|hotad med (?:en )?${WEAPON})\b` },
  { pattern: String.raw`${selfSv(String.raw`(?:blev |blir |har blivit |blivit )?hotade med (?:en )?${WEAPON}\b`, { within: 3, pronouns: 'jag|mig|vi|oss', hypotheticalToo: true })}` },
  { pattern: near('jag|vi', 2, String.raw`(?:lever med|utsatts for|utsatta for|drabbats av|drabbad av|upplever|blir utsatt for|blivit utsatt for)(?: \S+){0,2} (?:vald|misshandel|hot|valdtakt|hedersvald|overgrepp)\b`) },
  { pattern: near(String.raw`(?:min|mitt) ${RELATIVE_SV}`, 3, String.raw`(?:slar|slog|misshandlar|misshandlade|hotar|hotade|stryper|strypte|valdtar|valdtog|forfoljer)\b`) },
  { pattern: near(String.raw`(?:min|mitt) ${RELATIVE_SV}`, 3, String.raw`(?:ska|kommer att|kommer|kan|tanker) (?:skada|sla|doda|misshandla|strypa|ga at) (?:mig|oss|barnen)\b`) },
  // Someone close to the member in danger now ("Min syster blir slagen hemma", "Min kompis säger att hon vill dö",
  // "Han slår henne, vad ska jag göra?"); a client or women in general is a professional question.
  { pattern: near(String.raw`(?:min|mitt|mina) (?:${RELATIVE_SV}|${CLOSE_SV})`, 4, String.raw`(?:(?:blir|blev|har blivit|ar) (?:slagen|misshandlad|hotad|valdtagen|strypt|knivhotad)|misshandlas|slas|(?:vill|orkar) inte leva|inte (?:vill|orkar) leva|vill do|ta livet av sig|tog livet av sig|skadar sig sjalv)\b`) },
  { pattern: String.raw`\b(?:han|hon|hen) (?:slar|misshandlar|stryper|valdtar) (?:henne|honom|hen|barnen)\b` },
  { pattern: String.raw`\bradd (?:for|om) (?:mitt|vart) liv\b|\bradd for (?:min|mitt|mina) ${RELATIVE_SV}\b|\bradd (?:att|for att) (?:bli )?(?:slagen|dodad|mordad|skadad|misshandlad)\b` },
  { pattern: String.raw`\bvagar inte (?:ga|aka|komma|aka) hem\b|\b(?:inte|aldrig) (?:trygg|saker) (?:hemma|i mitt hem|i hemmet)\b|\botrygg (?:hemma|i hemmet)\b` },

  // Violence and threats, English
  { pattern: String.raw`\b(?:hits|hit|beats|beat|beating|hitting|kicks|kicked|kicking|chokes|choked|choking|strangled|strangles|punched|punches|slapped|slaps|abuses|abused|abusing|raped|rapes|assaulted|assaults|attacked|attacks|stabbed|stalks|stalked|stalking|threatens|threatened|threatening) me\b(?! (?:that|to|up|with ${SANCTION})\b)` },
  { pattern: String.raw`\bthreat\w* to (?:kill|hurt|stab|shoot|beat|rape|harm|attack|murder) (?:me|us|my)\b|\b(?:kill|murder|stab|shoot|rape) me\b` },
  { pattern: String.raw`${selfEn(String.raw`(?:(?:being|been|was|am|are|get|got|getting|were|keep getting) (?:abused|beaten|assaulted|attacked|raped|stalked|threatened|battered|choked|stabbed|strangled|hit|kicked|punched|slapped|beaten up|(?:hurt|harmed) by)|abused|beaten|assaulted|raped|stalked|battered|stabbed)\b(?! (?:with ${SANCTION}|by (?:the )?(?:budget|cuts|news|changes|reorgani[sz]ation))\b)`, { within: 3, pronouns: 'i|im|ive|we', hypotheticalToo: true })}` },
  { pattern: String.raw`\b(?:i am|im|i live|i was|ive been|i have been|we are|i)\b (?:in |living in |a victim of |victim of |suffering |experiencing |subjected to |going through )(?:an |a )?(?:domestic (?:violence|abuse)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|home))\b` },
  { pattern: String.raw`\bmy ${RELATIVE_EN} (?:is |has been |was )?(?:abusive|violent|dangerous)\b` },
  { pattern: String.raw`\b(?:afraid|scared|terrified) (?:of|for) my (?:life|safety|${RELATIVE_EN})\b|\b(?:afraid|scared|terrified) to go home\b|\b(?:not|dont feel) safe at home\b|\bunsafe at home\b` },
];

// ---------------------------------------------------------------------------------------------
// Human: the member asks for a person.

const PERSON_SV = oneOf('manniska', 'manniskan', 'manniskor', 'person', 'personen', 'riktig person', 'levande person', 'radgivare', 'radgivaren', 'radgivarna', 'ombudsman', 'ombudsmannen', 'ombud', 'ombudet', 'handlaggare', 'handlaggaren', 'medarbetare', 'personal', 'personalen', 'representant', 'foretradare', 'jurist', 'juristen', 'forhandlare', 'kundtjanst', 'kundtjansten', 'medlemsservice', 'medlemsservicen', 'kundservice', 'support', 'supporten', 'agent');
const PERSON_EN = oneOf('human', 'humans', 'human being', 'person', 'real person', 'live person', 'agent', 'advisor', 'adviser', 'advisors', 'advisers', 'representative', 'rep', 'ombudsman', 'operator', 'staff member', 'someone', 'somebody', 'union rep', 'union representative', 'customer service', 'member service', 'member services', 'support');

export const HUMAN: readonly RuleSpec[] = [
  // Swedish: talk to / be put through to a person
  // Not "… utan att behöva ringa sin handläggare" (clients not needing to call theirs) nor "Hur ska vi prata med personalen om …?" (how to).
  {
    pattern: String.raw`${NOT_NEGATED}\b(?:prata|pratar|tala|talar|snacka|snackar|chatta|chattar|kontakt|kontakta|kontaktar|kopplas|koppla|kopplad|kopplar|overforas|overfora|hanvisas|ringa)\b${gap(4)}${PERSON_SV}\b`,
    unless: String.raw`\butan att (?:behova |behover )?(?:prata|tala|ringa|kontakta)\b|\bhur (?:ska|skall|kan|bor|borde) (?:vi|man|jag|du|ni) (?:prata|tala|snacka|kommunicera) med\b|\b(?:ringa|kontakta|prata med|tala med) (?:sin|sina|sitt|deras|hans|hennes)\b`,
  },
  { pattern: String.raw`\b(?:vill ha|vill fa|vill traffa|behover|onskar|kan jag fa|kan vi fa|far jag|far vi|skulle vilja ha|skulle vilja fa|ge mig)\b${gap(2)}${PERSON_SV}\b|\bhjalp (?:av|fran)${gap(2)}${PERSON_SV}\b` },
  { pattern: String.raw`${NOT_NEGATED}\b(?:prata|tala|snacka|chatta) med nagon\b(?! som\b)` },
  { pattern: String.raw`\b(?:finns det|har ni) (?:nagon |en )?(?:riktig |levande )?(?:manniska|person|radgivare|ombudsman|handlaggare)\b(?: \S+){0,3} (?:prata|tala|chatta|snacka|ringa)\b` },
  { pattern: String.raw`\b(?:finns det|har ni) (?:nagon|nan|nagonstans)(?: \S+){0,2} (?:jag|man|vi) kan (?:prata|tala|snacka|chatta|ringa|vanda mig)\b` },
  // "Vem kan jag prata med om min lön?": someone to talk to about the member's own matter (not "Vem kan jag kontakta om rapporten?").
  { pattern: String.raw`\bvem (?:kan|ska|skall|bor) (?:jag|man|vi) (?:prata|tala|snacka|vanda mig|vanda oss) (?:med|till)?\s*(?:$|\?|om (?:min|mitt|mina|var|vart|vara)\b)|\bwho (?:can|should|do) (?:i|we) (?:talk|speak) to\s*(?:$|\?|about (?:my|our)\b)` },
  { pattern: String.raw`^(?:${OPENERS_SV} ){0,2}(?:finns det|ar det|har ni) (?:en |nagon )?(?:riktig |levande )?(?:manniska|person|radgivare|ombudsman|handlaggare)(?: har| dar| pa andra sidan| som svarar)?(?: \.)*$` },
  { pattern: String.raw`\b(?:vill ha|vill fa|behover|onskar|kan jag fa|far jag|skulle vilja ha) (?:lite |nagon |en )?personlig (?:hjalp|radgivning|kontakt|stod|service)\b` },
  { pattern: String.raw`${NOT_NEGATED}\b(?:kan jag|kan vi|far jag|far vi|vill|skulle vilja|ska jag) (?:fa )?(?:ringa|prata med|tala med|traffa|chatta med|motas av) (?:nagon|nan|en person|en manniska|er|facket|vision|forbundet)\b(?! som\b)` },
  { pattern: String.raw`\bboka (?:ett |en )?(?:telefonmote|mote|fysiskt mote|telefontid|telefonsamtal|samtal|tid|videomote)\b|\b(?:fa|ha) (?:ett )?(?:samtal|mote|telefonsamtal|telefonmote) med (?:nagon|en person|er|en radgivare|en ombudsman)\b|\bpersonligt (?:mote|samtal|besok)\b` },
  { pattern: String.raw`\b(?:prata|tala|snacka) med (?:facket|vision|forbundet|er)(?: \S+){0,2} (?:personligen|pa riktigt|direkt)\b|\bfinns det (?:ingen|inte nagon|ingen riktig) (?:manniska|person|radgivare|handlaggare)\b|\b(?:mejla|maila|mejlar|mailar|skriva till) mig\b` },
  { pattern: String.raw`\b(?:boka|bokar|fa|ha|fa till)(?: \S+){0,2} (?:telefonsamtal|telefontid|samtal|mote|motestid|tid)\b(?: \S+){0,2} (?:med|hos) (?:en |nagon |er )?${PERSON_SV}\b` },
  { pattern: String.raw`\b(?:skicka|skickas|slussa|slussas|vidarekoppla|vidarekopplas|flytta|lamna over)(?: vidare)?(?: mig| oss)?(?: vidare)? (?:till|vidare till) (?:en |nagon |er )?(?:riktig |levande )?${PERSON_SV}\b` },
  // Swedish: call me
  { pattern: String.raw`\b(?:ring|ringa|ringer) (?:upp )?(?:mig|oss)\b|\b(?:ringa|ring) (?:upp|tillbaka)\b` },
  { pattern: String.raw`\b(?:bli|blir) (?:uppringd|kontaktad|ringd)\b|\buppringning\b|\bkontakta (?:mig|oss)\b|\bhora? av (?:er|dig|sig) till mig\b` },
  // Just the word, perhaps with "tack": "Rådgivare tack", "människa!", "Kundtjänst", "human please"
  // (not "Rådgivaren" alone: that is the bot's own name, and "Hej Rådgivaren!" is a greeting)
  { pattern: String.raw`^(?:(?:en|ett|jag vill ha|ge mig|hej|snalla|please|a|an|real|riktig|levande|\.) ){0,3}(?!radgivaren\b)(?:${PERSON_SV}|${PERSON_EN})(?: (?:tack|snalla|please|nu|now|asap|\.)){0,3}$` },
  // Not a bot
  { pattern: String.raw`\b(?:inte|ej) (?:prata|tala|chatta|snacka|skriva) med (?:en |nagon |din |er )?(?:bot|boten|botten|robot|roboten|maskin|dator|ai|chattbot|chatbot|automat)\b` },
  { pattern: String.raw`\b(?:not|dont want to|do not want to) (?:talk|speak|chat) (?:to|with) (?:a |the |some )?(?:bot|robot|machine|ai|chatbot)\b` },
  // English
  { pattern: String.raw`${NOT_NEGATED}\b(?:talk|talking|speak|speaking|chat|chatting|connect|connected|transfer|transferred|put|reach|contact)\b${gap(4)}${PERSON_EN}\b(?! (?:who|that|about how|in crisis|with)\b)` },
  { pattern: String.raw`\b(?:want|need|would like|id like|get|request|requesting|give me)\b${gap(2)}(?:human|human being|real person|live person|agent|advisor|adviser|representative|operator|ombudsman|union rep)\b` },
  { pattern: String.raw`\b(?:call|phone|ring) me\b|\bcall(?:ed)? (?:me )?back\b|\bcallback\b|\bgive me a (?:call|ring)\b|\bcontact me\b` },
  { pattern: String.raw`\bbook (?:a |an )?(?:meeting|appointment|call|phone call|time)\b|\b(?:email|e-mail|mail|write to) me\b` },
  { pattern: String.raw`\b(?:is there|are there|is this) (?:a |an |any )?(?:real |actual |live )?(?:human|person|people|advisor|adviser|ombudsman)\b(?: \S+){0,4}(?: talk| speak| chat)?\b|\b(?:need|want|would like|id like) (?:some )?personal (?:help|advice|support|assistance)\b|\b(?:phone call|call|appointment|meeting) (?:from|with) (?:an |a |the )?(?:ombudsman|advisor|adviser|union rep|representative)\b` },
];

// ---------------------------------------------------------------------------------------------
// Personal case: the member's own employment matter. First-person cues (jag, mig, min, mitt,
// mina; I, me, my) tell "I was dismissed" from "what does the law say about dismissal".
// The first matching rule names the topic, so the more specific topics come first.

const MY = oneOf('min', 'mitt', 'mina');
const BOSS_SV = oneOf('chef', 'chefen', 'kollega', 'kollegor', 'kollegan', 'arbetsgivare', 'arbetsgivaren', 'narmaste chef', 'enhetschef', 'overordnade', 'chefer', 'arbetskamrater', 'arbetskamrat', 'ledning', 'rektor', 'arbetsledare', 'verksamhetschef', 'avdelningschef');
const BOSS_EN = oneOf('boss', 'manager', 'employer', 'supervisor', 'line manager', 'colleague', 'colleagues', 'coworker', 'coworkers', 'co worker', 'team leader', 'workplace');
const PAY_SV = oneOf('lon', 'lonen', 'betalt', 'ersattning', 'ob', 'ob tillagg', 'overtid', 'overtiden', 'overtidsersattning', 'semesterersattning', 'sjuklon', 'tillagg', 'lonehojning', 'loneokning', 'slutlon');

/** The sick-leave topic needs all three: sickness or rehabilitation, the member's own, and a conflict. */
const SICKNESS = String.raw`\b(?:sjukskriv\w*|rehab\w*|sjuklon\w*|sjukfranvaro\w*|sjukpenning\w*|langtidssjuk\w*|utmattningssyndrom|utbrand|utbranthet|arbetsskada\w*|arbetsformaga|sjuk|sick leave|sick pay|sick note|on sick|off sick|sickness|rehabilitation|burnout|burned out|burnt out|illness)\b`;
/** "Kan jag bli uppsagd om jag är sjukskriven?" asks about the rules, not about a conflict. */
const ASKS_WHAT_IS_ALLOWED = String.raw`\b(?:kan jag bli|kan man bli|far (?:min |en )?(?:arbetsgivare|arbetsgivaren|chef|chefen)|far man|can i be|can my (?:employer|boss|manager)|is my (?:employer|boss|manager) allowed|are employers allowed)\b`;
const OWN = String.raw`\b(?:jag|mig|min|mitt|mina|i|im|ive|me|my)\b`;
const CONFLICT = String.raw`\b(?:vagra\w*|tvinga\w*|kraver|kravde|kravt|hotar|hotade|hotat|pressar|pressade|pressat|uppsag\w*|sags upp|saga upp|sparken|omplacer\w*|struntar|struntat|struntade|bryr sig inte|gor ingen|gjort ingen|gor inget|har inte gjort|inte startat|ingen rehabiliteringsplan|ifragasatt\w*|ifragasatter|ifragasatte|tvist|nekar|nekade|nekat|avslag|avslog|orimliga krav|refus\w*|forc\w*|pressur\w*|threat\w*|fire|fired|dismiss\w*|ignor\w*|wont|denied|denies|deny)\b`;

export const PERSONAL_CASE: readonly PersonalCaseRuleSpec[] = [
  // Dismissal, notice, transfer against one's will — Swedish
  // "säga upp mig" with someone else as subject; "jag vill säga upp mig (från Vision)" is resigning
  { topic: 'dismissal', pattern: String.raw`(?<!\bjag(?: \S+){0,2} )(?<!\b(?:far|kan|ska|fick|far inte|kan inte) (?:arbetsgivaren|arbetsgivare|chefen|min chef|min arbetsgivare|man|de|dom|ni) )\bsa(?:ga|ger|gt|de|gde|gs) upp mig\b(?! (?:fran|ur|som medlem)\b)` },
  { topic: 'dismissal', pattern: String.raw`${selfSv(String.raw`(?:uppsagd|avskedad|sparkad|omplacerad|forflyttad|varslad|fristalld|avstangd|uppsagningshotad|utkopt)\b`)}` },
  { topic: 'dismissal', pattern: String.raw`${selfSv(String.raw`(?:fatt|fick|far|ska fa|kommer fa|kommer att fa) (?:sparken|kicken|foten|besked om (?:uppsagning|avsked)|en uppsagning|uppsagning|uppsagningsbesked|avsked|avskedsbesked|varsel)\b`)}|\b(?:fick|fatt) ga fran (?:jobbet|tjansten|min tjanst|min anstallning)\b` },
  { topic: 'dismissal', pattern: String.raw`\b${MY} (?:uppsagning|uppsagningsbesked|avsked|avskedande|avskedsbesked|omplacering|forflyttning|varsel|avstangning)\b` },
  { topic: 'dismissal', pattern: String.raw`\b(?:omplacer|forflytt|flyttad|flyttas)\w*(?: \S+){0,5} mot (?:min|mitt) vilja\b` },
  { topic: 'dismissal', pattern: String.raw`\b${MY} (?:provanstallning|anstallning|vikariat|visstidsanstallning|tjanst|fasta tjanst|forordnande)\b(?: \S+){0,4} (?:avbryts|avbrots|avbruten|avbrutits|avslutas|avslutades|avslutats|upphor|upphorde|sags upp|sades upp|har sagts upp|forlangs inte|forlangdes inte|dras in|drogs in)\b` },
  { topic: 'dismissal', pattern: String.raw`\b(?:bli av med|gora sig av med|avskeda|avskedar|avskedade|sparka|sparkar|sparkade|sparkat|omplacera|omplacerar|omplacerade|forflytta|forflyttar) mig\b` },
  { topic: 'dismissal', pattern: String.raw`${selfSv(String.raw`(?:har |hade )?(?:blivit|blev|blir|bli|ska bli|kommer att bli|kommer bli) av med (?:jobbet|mitt jobb|min tjanst|tjansten|min anstallning|anstallningen|min plats)\b`)}` },
  { topic: 'dismissal', pattern: near('jag|mig|min|mitt', 4, String.raw`${THREATEN}(?: mig)? med (?:uppsagning|avsked|sparken|omplacering|forflyttning)\b`) },
  // … English
  { topic: 'dismissal', pattern: String.raw`${selfEn(String.raw`(?:fired|dismissed|sacked|laid off|let go|terminated|made redundant|given notice|given my notice|served notice)\b`)}` },
  { topic: 'dismissal', pattern: String.raw`${selfEn(String.raw`(?:got|get|getting|received) (?:the sack|the boot|my notice|notice of (?:dismissal|termination)|a termination)\b`)}` },
  { topic: 'dismissal', pattern: String.raw`\b(?:fire|fired|firing|dismiss|dismissed|sack|sacked|terminate|terminated|lay off|laid off) me\b|\bmy (?:dismissal|termination|redundancy|notice of termination)\b|\b(?:transfer|transferred|relocat\w*|reassign\w*|moved)(?: \S+){0,4} against my will\b|\bthreat\w* me with (?:dismissal|termination|being fired|the sack)\b|\b(?:laid|lay|lays|laying) me off\b|\blet me go from\b` },
  { topic: 'dismissal', pattern: near('my', 1, String.raw`(?:contract|fixed term contract|temporary contract|probation|probationary period|employment|position|job)(?: \S+){0,3} (?:not renewed|was not renewed|wont be renewed|will not be renewed|terminated|ended early|cut short|cancelled)\b`) },

  // Warning from the employer
  { topic: 'warning', pattern: String.raw`${selfSv(String.raw`(?:fatt|fick|tilldelats|tilldelades|delgivits|delgavs) (?:en |ett )?(?:\S+ )?(?:varning|erinran|tillrattavisning|disciplinpafoljd|disciplinaratgard|varningsbrev)\b`)}` },
  { topic: 'warning', pattern: String.raw`\b(?:gav|ger|gett|givit|delade ut|tilldelade) mig (?:en |ett )?(?:\S+ )?(?:varning|erinran|tillrattavisning)\b|\bvarna(?:de|t|r) mig\b(?! for\b)` },
  { topic: 'warning', pattern: String.raw`\b${MY} (?:varning|erinran|skriftliga varning|skriftliga erinran|varningsbrev|disciplinpafoljd)\b` },
  { topic: 'warning', pattern: near('jag|mig|min', 4, String.raw`${THREATEN}(?: mig)? med (?:en )?(?:\S+ )?(?:varning|erinran|disciplinpafoljd)\b`) },
  { topic: 'warning', pattern: String.raw`${selfEn(String.raw`(?:got|received|was given|been given|was issued|been issued) (?:a |an )?(?:\S+ )?(?:warning|reprimand)\b`)}|\b(?:gave|given|issued|give|giving) me (?:a |an )?(?:\S+ )?(?:warning|reprimand)\b|\bmy (?:written |formal |final |verbal )?(?:warning|reprimand)\b|\bthreat\w*(?: me)? with (?:a |an )?(?:\S+ )?(?:warning|reprimand)\b` },

  // Harassment (sexual or otherwise)
  { topic: 'harassment', pattern: String.raw`${selfSv(String.raw`(?:sexuellt )?(?:trakasserad|trakasseras|trakasserades|ofredad|ofredas|antastad|antastas|tafsad)\b`)}` },
  { topic: 'harassment', pattern: String.raw`\b(?:trakasserar|trakasserade|trakasserat|ofredar|ofredade|antastar|antastade|tafsar pa|tafsade pa|tafsat pa|tafsar|tafsade) mig\b|${near(String.raw`${MY} ${BOSS_SV}`, 4, '(?:trakasserar|ofredar|antastar|tafsar)\\b')}` },
  { topic: 'harassment', pattern: String.raw`${selfEn(String.raw`(?:being |been |was |am |get |getting |got )?(?:sexually )?harassed\b`)}|\bharass\w* me\b|\b(?:i am|im|i have been|ive been|i was) (?:experiencing|suffering|subjected to|facing|dealing with|a victim of|victim of) (?:\S+ )?harassment\b` },

  // Bullying, victimisation
  { topic: 'bullying', pattern: String.raw`${selfSv(String.raw`(?:mobbad|mobbas|mobbades|mobbats|krankt|kranks|krankts|utfryst|utfryses|utfrysts|fryst ut|fryses ut|illa behandlad|illa behandlat|forminskad|forolampad|uthangd|utsatt for (?:mobbning|krankande sarbehandling|krankningar|harskartekniker))\b`)}` },
  { topic: 'bullying', pattern: String.raw`\b(?:mobbar|mobbade|mobbat|kranker|krankte|krankt|fryser ut|fros ut|utfryser|hackar pa|trycker ner|trakar|forminskar|forolampar|forlojligar|skriker pa|skrek pa|ignorerar) mig\b|\bbehandlar mig (?:illa|som luft|orattvist|annorlunda)\b` },
  { topic: 'bullying', pattern: near(String.raw`${MY} ${BOSS_SV}`, 4, String.raw`(?:mobbar|mobbade|kranker|fryser ut|utfryser)\b`) },
  { topic: 'bullying', pattern: String.raw`${selfEn(String.raw`(?:being |been |was |am |get |getting |got |feel )?(?:bullied|mobbed|humiliated|belittled|excluded|ostracised|ostracized|mistreated|victimised|victimized|picked on)\b`)}` },
  { topic: 'bullying', pattern: String.raw`\b(?:bully|bullies|bullying|bullied|belittl\w*|humiliat\w*|mistreat\w*|intimidat\w*|exclud\w*|ostraci[sz]\w*|picks on|picking on|yells at|yelling at|shouts at|screams at) me\b` },

  // Discrimination
  { topic: 'discrimination', pattern: String.raw`${selfSv(String.raw`(?:diskriminerad|diskrimineras|diskriminerades|sarbehandlad|sarbehandlas|sarbehandlades|orattvist behandlad|forbigangen)\b`)}|\b(?:diskriminerar|diskriminerade|diskriminerat|sarbehandlar|sarbehandlade) mig\b` },
  { topic: 'discrimination', pattern: String.raw`${selfEn(String.raw`(?:being |been |was |am |get |feel )?discriminated\b`)}|\bdiscriminat\w* against me\b|\b(?:treats|treated|treating) me (?:unfairly|differently|badly|worse)\b` },

  // Salary disputes
  { topic: 'salary', pattern: String.raw`${near('jag|mig|min|mitt|mina', 5, String.raw`vagra\w* (?:att )?(?:betala|ge mig (?:min |mitt |mina )?${PAY_SV}|utbetala|ersatta)\b`)}|\bvagra\w* (?:att )?(?:betala|utbetala|ersatta)(?: ut)? (?:mig|min|mitt|mina)\b` },
  { topic: 'salary', pattern: String.raw`${selfSv(String.raw`(?:fatt|fick|far)(?: mycket| betydligt| klart| lite)? (?:fel|felaktig|for lite|for lag|mindre|ingen)(?: \S+){0,2} ${PAY_SV}\b`)}` },
  { topic: 'salary', pattern: String.raw`${selfSv(String.raw`(?:inte|aldrig|ej) (?:fatt|fick|far)(?: \S+){0,2} ${PAY_SV}\b`)}` },
  { topic: 'salary', pattern: String.raw`${selfSv(String.raw`(?:far|fick|har fatt|har inte fatt) (?:inte|aldrig|ej|ingen|inget|ingenting)(?: \S+){0,2} ${PAY_SV}\b`)}` },
  { topic: 'salary', pattern: String.raw`\b(?:lonen|min lon|mitt lonebesked|min ersattning|min overtid|min overtidsersattning|mitt ob|min semesterersattning|min slutlon|min sjuklon|min lonehojning)\b(?: \S+){0,3} (?:har inte|har aldrig|inte|aldrig|ej) (?:betalats|betalts|kommit|kommit in|satts in|utbetalats|betalats ut|dykt upp)\b` },
  { topic: 'salary', pattern: String.raw`\b${MY} (?:lon|lonen|lonebesked|loneutbetalning|ersattning|ob|ob ersattning|overtidsersattning|semesterersattning|slutlon|sjuklon|lonehojning|lonespecifikation)\b(?: \S+){0,4} (?:ar fel|stammer inte|blev fel|var fel|saknas|uteblev|uteblivit|har sankts|sanktes|sankts|forsenad|forsenades|kom inte|har inte kommit|ar for lag|dragits|drogs)\b` },
  { topic: 'salary', pattern: String.raw`\b(?:sankt|sanker|sanka|sankte|sankta|sankts|drar ner|drog ner|dragit ner|dra av|drar av|drog av|dragit av) (?:pa )?${MY} (?:lon|lonen|ob|ersattning|ersattningar)\b` },
  { topic: 'salary', pattern: String.raw`${near('jag|mig|min|mitt|vi', 4, String.raw`(?:lonetvist|lonekonflikt|tvist om (?:min |var )?lon)\b`)}|\b(?:betalar|betalat|betalade|betala) (?:inte|aldrig|ej)(?: ut)? (?:min|mitt|mina|mig)\b|\b(?:har|hade) (?:inte|aldrig|ej) betalat(?: ut)? (?:min|mitt|mina|mig)\b` },
  // "Arbetsgivaren har inte betalat ut OB-tillägget jag ska ha": pay owed to the member, named as what it is.
  { topic: 'salary', pattern: String.raw`\b(?:har|hade) (?:inte|aldrig|ej) betalat(?: ut)? (?:lonen|ob|ob tillagget|ob tillaggen|tillagget|tillaggen|overtiden|overtidsersattningen|semesterersattningen|sjuklonen|slutlonen|ersattningen)\b(?: \S+){0,3} (?:jag|mig|min|mitt|mina)\b` },
  // … English
  { topic: 'salary', pattern: String.raw`\b(?:refuses?|refused|refusing|wont|will not|didnt|did not|hasnt|has not|havent|have not|never|stopped|not|forgot to) (?:to )?(?:pay|paid|paying)(?: out)? (?:me|my)\b` },
  { topic: 'salary', pattern: String.raw`${selfEn(String.raw`(?:havent|have not|hasnt|has not|didnt|did not|wasnt|was not|never|still havent|still have not)(?: been)? (?:paid|received (?:my|any)|got (?:my|any)|gotten (?:my|any))\b`)}` },
  { topic: 'salary', pattern: near('my (?:salary|wage|wages|pay|paycheck|paycheque|payslip|overtime|holiday pay|overtime pay)', 3, String.raw`(?:is wrong|was wrong|is incorrect|is late|was late|is missing|missing|unpaid|not paid|hasnt|has not|never|was cut|has been cut|was reduced|has been reduced|withheld|too low)\b`) },
  { topic: 'salary', pattern: String.raw`${selfEn(String.raw`(?:got|get|received|been paid|was paid|am paid|am being paid|been given) (?:the |a )?(?:wrong|incorrect|too little|less)\b`)}|\bmy (?:salary|pay|wage) dispute\b|${selfEn(String.raw`(?:have|having|in) a (?:salary|pay|wage) dispute\b`)}` },

  // Pay that has not kept up, and help before a salary review: an advisor's work, not the documents'.
  { topic: 'salary', pattern: String.raw`\b${MY} (?:lon|lonen|loneutveckling)\b(?: \S+){0,3} (?:statt still|star still|inte (?:hojts|hojdes|okat|okade|utvecklats)|ar lagre|ar for lag|sjunkit|halkat efter)\b` },
  { topic: 'salary', pattern: String.raw`${selfSv(String.raw`(?:inte|aldrig|ej) (?:fatt|fick|far)(?: \S+){0,2} (?:lonehojning|loneokning|lonepaslag|hojt|hojd lon|hogre lon)\b`)}` },
  { topic: 'salary', pattern: String.raw`\b(?:hjalp(?:a)? (?:mig|oss)|stod|stotta mig|forbereda mig)\b(?: \S+){0,4} (?:infor|med|i|pa|vid) (?:mitt |min |ett |en )?(?:lonesamtal\w*|loneforhandling\w*|lonerevision\w*)\b` },
  { topic: 'salary', pattern: String.raw`${selfEn(String.raw`(?:havent|have not|didnt|did not|never) (?:got|gotten|received|had) (?:a |any )?(?:raise|pay rise|salary increase)\b`)}|\bmy (?:salary|pay|wage)(?: \S+){0,3} (?:hasnt|has not|havent|have not) (?:been raised|gone up|increased|changed)\b|\bhelp (?:me|us)(?: \S+){0,4} (?:salary|pay) (?:review|negotiation|talk)\b` },

  { topic: 'salary', pattern: String.raw`${selfSv(String.raw`(?:tjanar|far|har|fatt) (?:\S+ )?(?:kr |kronor |tusen )?(?:mindre|lagre lon|samre lon|lagre|mindre betalt|mindre i lon) an (?:min|mina|mitt|andra|kollegor|kollegorna|en kollega|manliga|mina manliga)\b`)}` },
  { topic: 'salary', pattern: String.raw`\b(?:jobbat|arbetat|jobbar|arbetar|jobbade|arbetade)(?: \S+){0,3} (?:overtid|ob|kvallar|helger|natter)\b(?: \S+){0,4} (?:far|fatt|fick) (?:ingen|inte|inget|aldrig)(?: \S+){0,1} (?:ersattning|betalt|lon|komp\w*)\b` },
  { topic: 'warning', pattern: String.raw`${NOT_HYPOTHETICAL}\b(?:har|hade) (?:nu |precis |just )?fatt (?:en |ett )?(?:skriftlig |muntlig |formell )?(?:varning|erinran|varningsbrev)\b` },
  { topic: 'dismissal', pattern: String.raw`\b${MY} (?:provanstallning|anstallning|vikariat|visstidsanstallning|tjanst|forordnande|kontrakt)\b(?: \S+){0,3} (?:inte|ej) (?:forlangs|forlangdes|kommer att forlangas|kommer forlangas|fornyas|fornyades)\b` },
  { topic: 'other', pattern: String.raw`\bjag och (?:min|mitt) ${BOSS_SV} (?:ar|har hamnat|hamnade) i (?:konflikt|brak|tvist)\b` },
  // "… vill ha hjälp att driva det": help to pursue the member's own matter.
  { topic: 'other', pattern: String.raw`\b(?:vill ha|behover|behovde|skulle behova|onskar|vill fa) (?:hjalp|stod) (?:att|med att|for att) driva (?:det|detta|mitt arende|arendet|min sak|saken|fragan|en tvist)\b` },
  { topic: 'other', pattern: String.raw`${selfSv(String.raw`(?:far|fick) (?:inte|aldrig|ej) (?:ta ut|ta|ha|fa) (?:min|mina|mitt) (?:semester|ledighet|foraldraledighet|komp\w*|semesterdagar)\b`)}` },
  { topic: 'discrimination', pattern: String.raw`${selfSv(String.raw`(?:har )?(?:fatt|fick|far) (?:samre|farre|andra|mindre kvalificerade|trakigare) (?:arbetsuppgifter|uppgifter|arbetsvillkor|villkor|arbetstider|schema)\b`, { within: 6 })}` },
  { topic: 'bullying', pattern: near(String.raw`${MY} ${BOSS_SV}`, 5, String.raw`(?:kor over mig|pratar skit om mig|snackar skit om mig|formminskar mig|forminskar mig|kranker mig|skriker at mig|skriker pa mig|hanar mig|ignorerar mig|fryser ut mig|trycker ner mig)\b`) },
  { topic: 'salary', pattern: String.raw`${near('jag|mig|min|mitt|mina', 10, String.raw`(?:tjanar|tjanade|far|har|fick)(?: \S+){0,3} (?:mer|hogre lon|battre lon|mer betalt|mer i lon) an (?:jag|mig)\b`)}|${near('jag|min|mitt|mina', 8, String.raw`(?:overtid|overtiden|ob|mertid)\w*(?: \S+){0,6} (?:betalas|ersatts|kompenseras|betalades|ersattes) (?:inte|aldrig|ej)(?: ut)?\b`)}` },
  { topic: 'harassment', pattern: String.raw`${near('min|mitt|mina|mig|jag', 6, String.raw`(?:kommenterar|kommenterade|kommenterat) (?:mitt|min|mina) (?:utseende|kropp|klader|figur)\b`)}|${near('mig|jag|min', 8, String.raw`sexuella (?:anspelningar|kommentarer|narmanden|inviter|skamt)\b`)}` },
  { topic: 'other', pattern: String.raw`\butredning (?:om|mot|kring) mig\b|${selfSv(String.raw`(?:anklagad|anklagas|anmald|har anmalts|blivit anmald)\b`)}|${selfSv(String.raw`(?:blev |har blivit |ar )?kallad (?:till|pa) (?:ett )?(?:mote|samtal)\b`)}` },
  { topic: 'other', pattern: String.raw`\b${MY} (?:ansokan|begaran|beviljade semester|semester|ledighet|tjanstledighet|foraldraledighet)\b(?: \S+){0,5} (?:avslogs|har avslagits|avslagits|nekades|har nekats|nekats|har dragits tillbaka|drogs tillbaka|dragits tillbaka|stoppades|har stoppats)\b` },
  { topic: 'dismissal', pattern: String.raw`${selfSv(String.raw`(?:erbjuden|erbjudits|erbjudas|fatt|fick|far) (?:ett )?avgangsvederlag\b`)}|${selfSv(String.raw`(?:fick|fatt|har fatt)(?: precis| nyss| idag| just| igar)? (?:en |ett )?(?:uppsagning|uppsagningsbesked|avsked|avskedsbesked|besked om uppsagning)\b`)}` },
  { topic: 'salary', pattern: String.raw`${selfSv(String.raw`(?:fatt|fick|har fatt) (?:ett )?(?:aterbetalningskrav|krav pa att betala tillbaka)\b`, { within: 6 })}` },
  { topic: 'other', pattern: String.raw`${selfSv(String.raw`(?:har fatt|fick|fatt|har) (?:dubbelt sa manga|tre ganger sa manga|mycket fler|fler|for manga) arenden (?:an|som)\b`, { within: 6 })}` },
  { topic: 'sick_leave', pattern: String.raw`${near('jag|mig|min', 12, String.raw`(?:maste|ska|tvingas) (?:borja )?(?:jobba|arbeta|komma tillbaka)(?: \S+){0,3} (?:heltid|direkt|omedelbart)\b`)}(?=.*\b(?:sjukskriv\w*|rehab\w*)\b)|\butan (?:nagon )?rehabiliteringsplan\b` },
  { topic: 'other', pattern: String.raw`${selfEn(String.raw`(?:was |been |got )?(?:moved|transferred|relocated|reassigned) to (?:another|a different|a new) (?:unit|team|department|workplace|office|position)\b`)}|\bmy (?:employer|boss|manager|workplace) (?:wants|is forcing|expects|demands|told) me\b|${selfEn(String.raw`(?:am |m )?(?:paid|earning|earn|get paid) less than (?:my|other|male|female|the)\b`)}` },
  { topic: 'dismissal', pattern: String.raw`\b(?:jag )?ska omplaceras\b|\bomplaceras\b(?: \S+){0,8} utan (?:att fraga|att tillfraga|samrad)\b` },
  { topic: 'other', pattern: String.raw`${selfSv(String.raw`(?:blev |har blivit |blir )?nekad (?:min |att ta )?(?:tjanstledighet|ledighet|semester|foraldraledighet|rehab\w*|kompledigt)\b`)}|\b(?:ingen|inte (?:gora )?nagon) (?:rehabplan|rehabiliteringsplan)\b` },
  { topic: 'other', pattern: String.raw`${selfSv(String.raw`har (?:\d+|over \d+|fler an \d+) (?:aktuella |pagaende |egna )?arenden\b`)}|${selfSv(String.raw`har haft (?:flera |olika )?(?:visstidsanstallningar|vikariat|allmanna visstidsanstallningar)\b`)}|\b(?:sanka|sanker|sankt|sankte) min (?:sysselsattningsgrad|tjanstgoringsgrad|arbetstid|tjanst)\b` },
  { topic: 'discrimination', pattern: String.raw`\b(?:handlar om|beror pa|pa grund av) min (?:alder|bakgrund|hudfarg|graviditet|sexualitet|religion|funktionsnedsattning|etnicitet)\b` },
  // Sick leave and rehabilitation in conflict with the employer
  { topic: 'sick_leave', pattern: SICKNESS, alsoNeeds: [OWN, CONFLICT], unless: ASKS_WHAT_IS_ALLOWED },

  // Other conflicts with the member's own employer
  { topic: 'other', pattern: near(String.raw`${MY} ${BOSS_SV}`, 5, String.raw`(?:bryter mot|foljer inte|struntar i|tvingar mig|vagrar|nekar mig|nekade mig|hotar|hotade|ljuger|andrade mitt|andrat mitt|andrar mitt|tog ifran mig|har tagit ifran mig|fratog)\b`) },
  { topic: 'other', pattern: String.raw`\b(?:tvingar|tvingade|tvingat|pressar|pressade|pressat|nekar|nekade|nekat) mig\b|(?<!\b(?:i|av) )\bmitt arende\b|\btvist med (?:min|mitt|var) (?:arbetsgivare|chef|arbetsplats)\b` },
  { topic: 'other', pattern: near('jag|vi', 3, String.raw`(?:konflikt|tvist|brak|problem) med ${MY} ${BOSS_SV}\b`) },
  { topic: 'other', pattern: String.raw`${near(String.raw`my ${BOSS_EN}`, 5, String.raw`(?:refuses|refused|threatens|threatened|forces|forced|is forcing|ignores|violat\w*|breaks|broke|wont|will not|denies|denied)\b`)}|\b(?:forces|forced|forcing|pressur\w*) me\b|${selfEn(String.raw`(?:have|having|got|in) (?:a )?(?:conflict|dispute|problem|problems|issue|issues) with my ${BOSS_EN}\b`)}` },
];

// ---------------------------------------------------------------------------------------------
// Small talk: the message is small talk only when nothing is left after these phrases and the
// filler words are removed ("Hej!" yes, "Hej! Hur betalar jag medlemsavgiften?" no).

export const SMALLTALK_PHRASES: readonly string[] = [
  // greetings
  'hej', 'hejsan', 'hejhej', 'hallo', 'halla', 'halloj', 'tja', 'tjena', 'tjenare', 'tjabba', 'morsning', 'god morgon',
  'godmorgon', 'morgon', 'god dag', 'goddag', 'god kvall', 'godkvall', 'god eftermiddag', 'god natt', 'hello', 'hi',
  'hey', 'hiya', 'howdy', 'good morning', 'good afternoon', 'good evening', 'good day', 'greetings', 'yo',
  // thanks
  'tack', 'tackar', 'tusen tack', 'stort tack', 'manga tack', 'tack for hjalpen', 'tack for svaret', 'tack for svar',
  'tack for informationen', 'tack for infon', 'tack ska du ha', 'tack ska ni ha', 'thanks', 'thank you', 'thanks a lot',
  'many thanks', 'thx', 'ty', 'cheers', 'much appreciated', 'appreciate it', 'thanks for the help', 'thank you for the help',
  'det var precis det jag undrade', 'det var det jag undrade', 'det var det jag ville veta', 'det var precis vad jag behovde',
  'det var precis vad jag behovde veta', 'du har varit till stor hjalp', 'till stor hjalp', 'till god hjalp', 'till hjalp', 'haha', 'du ar rolig',
  'have a nice weekend', 'have a good weekend', 'trevlig helg', 'det var allt', 'det var allt for idag', 'det var ett bra svar', 'ett bra svar', 'bra svar tack', 'vilket bra svar', 'det var vad jag behovde veta', 'det var det jag behovde veta', 'precis vad jag behovde veta',
  'det var precis det jag ville veta', 'bra att veta',
  'det var vad jag ville veta', 'det var precis det jag behovde veta', 'det var precis vad jag ville veta', 'det var exakt det jag behovde veta', 'det var exakt det jag ville veta', 'det var exakt vad jag behovde veta', 'det var exakt vad jag ville veta', 'skont att veta', 'good to know', 'thats all i needed to know',
  'det hjalpte', 'det hjalpte mig', 'bra svar', 'tack det hjalpte', 'thats what i needed', 'that helps', 'that helped',
  'jattebra svar', 'superbra svar', 'grymt svar', 'toppen', 'kanon', 'perfekt', 'great answer', 'perfect', 'awesome', 'excellent',
  // goodbye
  'hej da', 'hejda', 'adjo', 'adjos', 'vi hors', 'vi ses', 'ha det bra', 'ha det', 'ha en bra dag', 'ha en fin dag',
  'ha en trevlig helg', 'bye', 'goodbye', 'good bye', 'bye bye', 'see you', 'see ya', 'take care',
  'have a nice day', 'have a good day',
  'ha en fin helg', 'ha en fin kvall', 'ha en fin vecka', 'ha en trevlig dag', 'ha en trevlig kvall', 'ha en trevlig vecka', 'ha en bra helg', 'ha en bra kvall', 'ha en bra vecka', 'ha en skon helg', 'ha en skon dag', 'ha en skon kvall', 'ha en skon vecka', 'ha en god helg', 'ha en god dag', 'ha en god kvall', 'ha en god vecka', 'ha en harlig helg', 'ha en harlig dag', 'ha en harlig kvall', 'ha en harlig vecka',
  // how are you
  'hur mar du', 'hur mar ni', 'hur ar det', 'hur ar laget', 'laget', 'hur gar det', 'hur har du det', 'allt bra',
  'hur star det till', 'how are you', 'how are you doing', 'hows it going', 'how is it going', 'whats up',
  // who are you, what can you do
  'vem ar du', 'vad ar du', 'vad heter du', 'ar du en robot', 'ar du en bot', 'ar du en ai', 'ar du en manniska',
  'ar du en riktig person', 'ar du riktig', 'vad kan du', 'vad kan du gora', 'vad kan du hjalpa till med',
  'vad kan du hjalpa mig med', 'who are you', 'what are you', 'what is your name', 'whats your name', 'are you a bot',
  'are you a robot', 'are you human', 'are you a human', 'are you real', 'what can you do', 'what can you help with',
  'what can you help me with', 'vem pratar jag med', 'vem chattar jag med', 'vem skriver jag med', 'vem ar det jag pratar med',
  'vem ar det jag chattar med', 'vem ar det som svarar', 'ar du en chattbot', 'ar du en chatbot', 'ar du en riktig manniska',
  'pratar jag med en bot', 'pratar jag med en robot', 'pratar jag med en chattbot', 'pratar jag med en manniska', 'pratar jag med en riktig manniska', 'chattar jag med en bot', 'chattar jag med en robot',
  'eller en manniska', 'eller en riktig manniska', 'eller en person', 'eller en riktig person', 'eller en bot', 'eller en robot',
  'who am i talking to', 'who am i chatting with', 'are you a chatbot', 'am i talking to a bot', 'am i talking to a robot',
  'or a human', 'or a real person', 'or a person',
  // acknowledgements
  'ok', 'okej', 'okay', 'oki', 'bra', 'super', 'fint', 'grymt', 'utmarkt', 'jattebra',
  'great', 'nice', 'cool', 'got it', 'jaha', 'jasa', 'aha', 'lol',
];

/** Words that may surround small talk without making it a question ("tack så mycket igen, boten"). */
export const SMALLTALK_FILLER: readonly string[] = [
  'och', 'du', 'ni', 'er', 'dig', 'igen', 'sa', 'mycket', 'sa mycket', 'sa hemskt mycket', 'hemskt', 'jatte', 'verkligen',
  'allihop', 'alla', 'da', 'nu', 'bara', 'pa dig', 'pa er', 'vision', 'radgivaren', 'bot', 'boten', 'botten', 'and', 'you',
  'so', 'much', 'very', 'again', 'all', 'there', 'dear', 'snalla', 'for hjalpen', 'for svaret', 'for svar', 'for det',
  'for infon', 'for informationen', 'for din hjalp', 'for er hjalp', 'for all hjalp', 'for the help', 'for your help',
  'bra', 'jattebra', 'superbra', 'riktigt', 'helt', 'ett', 'svar', 'great', 'really', 'that was', 'a',
  'for that', 'for everything', 'for allt', 'idag', 'i dag', 'today', 'i morse', 'denna fina dag', 'det var', 'det har varit',
  'egentligen', 'actually',
];

// ---------------------------------------------------------------------------------------------
// Prompt injection: only for logs and metrics; the answer layer treats such text as a question.

export const INJECTION: readonly string[] = [
  String.raw`\b(?:ignorera|strunta i|glom|bortse fran|hoppa over|skippa)(?: \S+){0,4} (?:instruktion\w*|regler|reglerna|prompt\w*|direktiv\w*|riktlinjer\w*)\b`,
  String.raw`\b(?:ignore|disregard|forget|skip|override|bypass)(?: \S+){0,4} (?:instructions?|rules|prompts?|directions|guidelines|directives|guardrails)\b`,
  String.raw`\bsystem ?(?:prompt|promt|meddelande|message|instruktion\w*|instructions?)\w*\b`,
  String.raw`\b(?:du ar nu|fran och med nu ar du|you are now|from now on you are|act as|latsas att du|latsas vara|pretend (?:to be|you are|that you))\b`,
  String.raw`\b(?:developer mode|utvecklarlage|dan mode|jailbreak\w*|do anything now)\b`,
  String.raw`\b(?:reveal|show|print|repeat|output|display|leak|dump|tell me|write out|give me)(?: \S+){0,3} (?:(?:your |the )?(?:system |hidden |initial |original |secret )?prompt|(?:your|hidden|initial|original|secret|system) instructions)\b`,
  String.raw`\b(?:visa|skriv ut|avsloja|upprepa|beratta|ge mig|lacka)(?: \S+){0,3} (?:prompt\w*|(?:din|dina|era|dolda|hemliga|ursprungliga|interna) (?:instruktioner|regler))\b`,
];
