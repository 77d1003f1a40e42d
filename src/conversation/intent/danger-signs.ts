/**
 * Warning signs of danger, weighed: the safety net under the crisis rules.
 *
 * The rules in `rules.ts` recognise how people say they are in danger; people in crisis often
 * say it sideways ("har sparat ihop tabletter", "vet hur och när", "han skriver att han kommer
 * hitta mig"). Three sets of messages written blind to the rules each found a third or more of
 * such messages missed, so these signs are counted instead of matched as phrases: a strong sign
 * weighs 2, a weaker one 1, and a message with signs weighing 2 or more is a crisis (weak signs
 * alone only in the first person). A message about others (clients, statistics, training) needs 3. Missing a
 * crisis is far worse than offering help to someone who did not need it.
 *
 * Patterns run on folded text (see `fold.ts`: lower case, no diacritics).
 */
const STRONG: readonly string[] = [
  // suicide, overdose and attempts, named
  String.raw`\b(?:sjalvmord|suicid|overdos)\w*`, String.raw`\b(?:overdosed|overdose|suicidal)\b`,
  String.raw`\bta (?:livet av|mitt liv)\b|\bfor att (?:do|ta livet)\b`, String.raw`\b(?:kill|end|take) (?:myself|my life|my own life)\b`,
  String.raw`\bforsokte (?:i (?:helgen|natt|gar|forra veckan)|ta|avsluta|igen)\b|\b(?:tried|attempted) (?:to (?:end|kill|take)|again|last)\b`,
  String.raw`\bsvalde (?:en massa|alla|flera|hela)\b|\bswallowed (?:a lot|all|the whole)\b`,
  // not being there, preparations and farewells
  String.raw`\b(?:om jag inte fanns|inte finns kvar|finns kvar till|inte kommer att finnas|inte finnas (?:langre|kvar))\b`,
  String.raw`\b(?:not be|be) around (?:long|to|for|much|anymore|any more)\b|\bstill be around\b|\bnot (?:be )?here (?:tomorrow|next)\b`,
  String.raw`\b(?:avskedsbrev|sjalvmordsbrev|goodbye (?:letters?|notes?)|suicide notes?)\b`,
  String.raw`\b(?:vet|vet exakt) (?:hur och nar|(?:hur|var|nar) jag ska gora det|hur jag ska gora)\b|\bknow (?:exactly )?how (?:and when|im going to do it|i am going to do it|i will do it)\b`,
  // violence and threats against the member
  String.raw`\b(?:dodar|doda|dodat|mordar|morda|kill|killing|murder) (?:mig|mej|me)\b`,
  String.raw`\b(?:pulled|drew) a (?:knife|gun) on me\b|\bhotade mig med (?:en )?(?:kniv|vapen|pistol|yxa)\b`,
  String.raw`\b(?:blev|blivit|har blivit|was|been|got|gets|get) (?:knuffad|slagen|misshandlad|attackerad|overfallen|nedslagen|strypt|beaten|hit|attacked|assaulted|punched|strangled|choked)\b|\b(?:slog|sparkade|strypte|misshandlade) mig\b`,
  String.raw`\bgifta bort mig\b|\b(?:forcing|force|forced) me to marry\b|\btvangsgift\w*`,
];

/** Words for harm that hardly occur in a member's message unless they are about it: means and acts, injuries, threats, captivity. */
const HARM_WORDS: readonly string[] = [
  String.raw`\b(?:hanga mig|hangde mig|hanga sig|snara|snaran|snaror|kroken|dranka mig|gasa mig|avgaserna|motorn igang|skjuta mig|skara upp|pulsadern|handlederna|overdoserade)\b`,
  String.raw`\b(?:svalde|svalt|tog) (?:en |ett |hela |alla |en hel |en massa |massa )?(?:karta|burk|kartor|tabletter|piller|medicin\w*|somnmedicin\w*|insulin\w*|paracetamol|alvedon)\b|\b(?:insulinpennor|paracetamol|alvedon|somnmedicin)\b`,
  String.raw`\b(?:sista dan|sista dagen|min (?:egen )?begravning|ingen (?:kommer|skulle) sakna mig|nasta gang gor jag det|gora det ordentligt|sova bort allt|ordnat innan|innan jag gar)\b`,
  String.raw`\b(?:snittat|snittar|skurit|skar|rispat|brant|branner) mig\b|\bbloder (?:mycket|mycke|fortfarande)\b`,
  String.raw`\b(?:orfil|orfilade|piskade|piskat|tafsat|tafsar|valdtog|valdtagit|trumhinnan|tryckte upp mig|knuffade (?:mig|ner mig)|tog tag i mig|tagit tag i mig)\b`,
  String.raw`\b(?:ha ihjal|slar ihjal|sla ihjal|ta hand om saken|tvatta bort|vanhedrat|kontaktforbud|dolt nummer|bankar pa|tagit sig in)\b`,
  String.raw`\b(?:fixa mig|vanta pa mig|vantar pa mig|vantade pa mig)\b`,
  String.raw`\bgift(?:a|as) bort\b|\b(?:blankt|en kniv|kniven|ett vapen) i handen\b|\bhur hogt det ar fran\b|\b(?:min egen begravning|begravning, min egen|planen ar klar|beslutet ar fattat)\b`,
  String.raw`\bskrivit (?:brev|avskedsbrev|ett brev) till (?:mina|min|mitt) (?:barn|syster|bror|mamma|pappa|familj|sambo|man|fru)\b|\b(?:ha det |ma )?(?:battre|lattare|enklare) utan mig\b`,
  String.raw`\b(?:knuffade|slog|sparkade|strypte) (?:han|hon|de|dom) mig\b|\bvet (?:exakt )?var jag ar\b`,
  String.raw`\b(?:stangt in mig|stangde in mig|stanger in mig|lasta in mig|reglat|reglade|kommer inte ut|inte ut ur|tar nycklarna|tagit (?:mitt|mina) (?:pass|bankkort|nycklar|mobil)|tagit mobilen|hittat (?:mig|oss|min nya adress))\b`,
  String.raw`\bta (?:flickorna|pojkarna|barnen|henne|honom|min dotter|min son) (?:till|langt bort|ifran mig)\b|\bvet (?:vilken skola|vilken forskola|nar jag gar hem|var jag ar)\b`,
  String.raw`\b(?:ending things|end things|ending it|a date in mind|my last shift|took a bunch of|took (?:\d+|a lot of|too many) (?:pills|tablets)|bought (?:a )?rope|engine running|closed garage|affairs in order|letters are written|(?:no one|nobody) (?:will|would) miss me)\b`,
  String.raw`\b(?:slapped me|whipped me|pushed me down|bolts? the door|locked (?:me )?in|wont let me (?:out|leave|go)|keeps my passport|took my (?:phone|passport|keys)|owe them money|dead (?:bird|animal|cat)|(?:been )?following me|hurt my (?:son|daughter|kids|children|baby)|take (?:the|my) (?:kids|children) (?:away|abroad))\b`,
];

const WEAK: readonly string[] = [
  // means
  String.raw`\b(?:tabletter|tablett|piller|somntabletter|sovtabletter|sommedel|medicinerna|pills|tablets|meds|sleeping pills)\b`,
  String.raw`\b(?:ett rep|repet|a rope|jaktgevar|gevaret|vapnet|a gun|bron|en bro|the bridge|bergvagg|bergvaggen|styra in|kora in|framfor taget|perrongen|ratt tag|the train|the platform)\b`,
  String.raw`\b(?:star|stod|vantar|vantade) utanfor (?:porten|dorren|huset|kontoret|jobbet|mitt|min|var)\b`,
  String.raw`\ballt (?:ar|e|kanns) (?:svart|morkt)\b|\bkan inte andas\b`,
  String.raw`\b(?:sparat|samlat|hamstrat|kopt|kopte|skaffat|stockpiling|stockpiled|saving up|collected|bought)\b`,
  String.raw`\b(?:funderat|funderar|tankt|tanker|tanka|thinking|thought|considering) (?:pa |about |of )?(?:att )?(?:styra|kora|hoppa|kliva|ta|svalja|driving|jumping|taking|swallowing)\b`,
  String.raw`\b(?:framfor (?:mig|mej)|ikvall|i kvall|inatt|i natt|tonight|right now)\b`,
  // preparations, farewells, despair
  String.raw`\b(?:hejda|sagt hejda|skrivit hejda|said goodbye|say goodbye)\b`,
  String.raw`\b(?:gett bort|ge bort|borjat ge bort|giving away|gave away|given away) (?:mina|mitt|allt|my|all)\b`,
  String.raw`\b(?:bestamt mig|beslutet ar fattat|made up my mind|decided)\b`,
  String.raw`\b(?:klarar inte|orkar inte|kan inte) (?:en dag till|mer|langre|leva)\b|\bcant (?:go on|take (?:it|this)|do this)\b`,
  String.raw`\b(?:morkare|morkt|hopplos\w*|hopeless|meningslos\w*|pointless|no way out|ingen utvag|falling apart|faller isar)\b`,
  String.raw`\b(?:vore|ar) (?:enklast|lattast|skonast|bast) (?:om|for alla om) (?:jag|mig)\b|\bbetter off without me\b|\bborda\b|\bburden\b`,
  // violence, threats, control
  String.raw`\b(?:kommer|ska|will|going to) (?:att )?(?:hitta|find) (?:mig|me)\b`,
  String.raw`\b(?:gommer mig|gomma mig|hiding from|hide from)\b`,
  String.raw`\b(?:livradd|dodsradd|terrified|radd for mitt liv|afraid for my life)\b`,
  String.raw`\b(?:knuffad|knuffade mig|slagen|slog mig|sparkade mig|misshandl\w*|hit me|beat me|punched me|pushed me|attacked me|assaulted)\b`,
  String.raw`\b(?:kniv|kniven|knife|vapen|weapon)\b`,
  String.raw`\b(?:hotar|hotade|hotat|threatens|threatened|threatening)\b`,
  String.raw`\b(?:skadar mig|skada mig|hurt me|harm me|punished|straffad|straffa mig)\b`,
  String.raw`\b(?:tvingar mig|tvingade mig|forces me|forcing me|wont let me|won t let me|far inte (?:lamna|ga ut|traffa|prata))\b`,
  String.raw`\b(?:kollar min (?:mobil|telefon)|lasar mina (?:sms|meddelanden)|checks my phone|lansat|lanst|tar hela min lon|take my (?:whole )?(?:salary|wages))\b`,
  String.raw`\b(?:komma hem till mig|kommer hem till mig|ringt min privata|vet (?:var jag bor|vilken skola)|knows (?:where i live|which school))\b`,
  String.raw`\bdet hander saker om\b|\bsomething will happen if\b`,
  String.raw`\bbestammer over (?:all|alla|hela|mina)\b|\bcontrols (?:all|my)\b`,
  String.raw`\bfar inte (?:prata|traffa|ringa) (?:med )?nagon\b|\bnot allowed to (?:talk|see|meet)\b`,
];

/** Swedish drops the subject in chat: "Har sparat ihop tabletter", "kan inte mer ikväll". */
const FIRST_PERSON_SV = /\b(?:jag|ja|jg|mig|mej|min|mitt|mina)\b|^(?:\S+ )?(?:har|hade|kan|ska|vill|orkar|tanker|funderar|vet|klarar|mar) /;
const FIRST_PERSON_EN = /\b(?:i|im|ive|id|ill|me|my|myself)\b/;
const ABOUT_OTHERS = /\b(?:personer|manniskor|anhoriga|suicidprevention|sjalvmordsprevention|forelasning\w*|sjalvmordslinjen|linjen|poster|waiting room|vantrum\w*|klient\w*|brukare\w*|patient\w*|elev\w*|barnet|ungdom\w*|statistik\w*|undersokning\w*|rapport\w*|forskning\w*|utbildning\w*|kurs\w*|prevention\w*|forebygg\w*|clients?|patients?|students?|statistics|survey|report|research|training|prevention)\b/;

const strong = [...STRONG, ...HARM_WORDS].map((source) => new RegExp(source));
const weak = WEAK.map((source) => new RegExp(source));

/** The weight of the warning signs in a folded message (strong 2, weak 1). */
export function dangerWeight(folded: string): number {
  return strongWeight(folded) + weakWeight(folded);
}

function strongWeight(folded: string): number {
  let weight = 0;
  for (const re of strong) if (re.test(folded)) weight += 2;
  return weight;
}

function weakWeight(folded: string): number {
  let weight = 0;
  for (const re of weak) if (re.test(folded)) weight += 1;
  return weight;
}

/** True when a folded message written in the first person carries enough warning signs to be treated as a crisis. */
export function showsDanger(folded: string, language: 'sv' | 'en' = 'sv'): boolean {
  const strongSigns = strongWeight(folded);
  // Weak signs alone count only in the first person ("hjälp han har reglat ytterdörren" needs none).
  const firstPerson = FIRST_PERSON_SV.test(folded) || (language === 'en' && FIRST_PERSON_EN.test(folded));
  if (strongSigns === 0 && !firstPerson) return false;
  return strongSigns + weakWeight(folded) >= (ABOUT_OTHERS.test(folded) ? 3 : 2);
}
