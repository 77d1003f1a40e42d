/**
 * Warning signs of danger, weighed: the safety net under the crisis rules.
 *
 * The rules in `rules.ts` recognise how people say they are in danger; people in crisis often
 * say it sideways ("har sparat ihop tabletter", "vet hur och när", "han skriver att han kommer
 * hitta mig"). Three sets of messages written blind to the rules each found a third or more of
 * such messages missed, so these signs are counted instead of matched as phrases: a strong sign
 * weighs 2, a weaker one 1, and a message written in the first person with signs weighing 2 or
 * more is a crisis. A message about others (clients, statistics, training) needs 3. Missing a
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

const WEAK: readonly string[] = [
  // means
  String.raw`\b(?:tabletter|tablett|piller|somntabletter|sovtabletter|sommedel|medicinerna|pills|tablets|meds|sleeping pills)\b`,
  String.raw`\b(?:ett rep|repet|a rope|jaktgevar|gevaret|vapnet|a gun|bron|en bro|the bridge|bergvagg|bergvaggen|styra in|kora in|framfor taget|the train)\b`,
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
const ABOUT_OTHERS = /\b(?:personer|manniskor|anhoriga|klient\w*|brukare\w*|patient\w*|elev\w*|barnet|ungdom\w*|statistik\w*|undersokning\w*|rapport\w*|forskning\w*|utbildning\w*|kurs\w*|prevention\w*|forebygg\w*|clients?|patients?|students?|statistics|survey|report|research|training|prevention)\b/;

const strong = STRONG.map((source) => new RegExp(source));
const weak = WEAK.map((source) => new RegExp(source));

/** The weight of the warning signs in a folded message (strong 2, weak 1). */
export function dangerWeight(folded: string): number {
  let weight = 0;
  for (const re of strong) if (re.test(folded)) weight += 2;
  for (const re of weak) if (re.test(folded)) weight += 1;
  return weight;
}

/** True when a folded message written in the first person carries enough warning signs to be treated as a crisis. */
export function showsDanger(folded: string, language: 'sv' | 'en' = 'sv'): boolean {
  if (!(FIRST_PERSON_SV.test(folded) || (language === 'en' && FIRST_PERSON_EN.test(folded)))) return false;
  const weight = dangerWeight(folded);
  return weight >= (ABOUT_OTHERS.test(folded) ? 3 : 2);
}
