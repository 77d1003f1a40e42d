/**
 * Intent rules as data. Patterns run on folded text: lowercase, å/ä → a, ö → o, é → e,
 * whitespace collapsed — so "människa" and "manniska" are the same. Keep patterns free of
 * nested quantifiers so a 20 000-character message cannot make them backtrack.
 */

/** Self-harm and suicidal thoughts, and violence or threats against the member. Crisis wins over everything. */
export const CRISIS: RegExp[] = [
  // Swedish: not wanting to live, suicide, self-harm
  /\b(orkar|vill|kan) inte (leva|lev) (langre|mer|langer)\b/,
  /\borkar inte (leva|mer med livet|med livet)\b/,
  /\b(vill|ska|tanker|funderar pa att) (do|doo|dö)\b/,
  /\bvill do\b/,
  /\bta livet av mig\b/,
  /\bta mitt liv\b/,
  /\b(sjalvmord|sjalvmords\w*|suicid\w*)\b/,
  /\bskada mig sjalv\b/,
  /\b(skar|skadar) mig\b/,
  /\bingen mening (med|att) (att )?leva\b/,
  /\bvill inte finnas\b/,
  /\ballt (vore|blir) battre (om|utan) mig\b/,
  /\b(hoppa|kasta mig) (framfor|fran)\b/,
  // Swedish: violence at home or at work
  /\b(min|mitt|var) (partner|man|fru|sambo|pojkvan|flickvan|make|maka|kille|tjej|pappa|mamma|exman|exfru|ex) (slar|hotar|misshandlar|sparkar|stryper|vaaldtar|valdtar|forfoljer)\b/,
  /\b(slar|misshandlar|hotar att doda|hotade att doda|vill doda) mig\b/,
  /\b(blir|blev|har blivit|ar) (slagen|misshandlad|valdtagen|hotad till livet|knivhotad|strypt)\b/,
  /\bhot(ad|ade|ar|at)? med (kniv|vapen|pistol)\b/,
  /\b(kniv|vapen|pistol)hot\w*\b/,
  /\bhotade att doda\b/,
  /\b(har )?(slagit|slog|misshandlat|misshandlade|sparkat|sparkade|stryptes|strypt|knuffat|hotat|hotade) mig\b/,
  /\bvagar inte (ga|aka|komma) hem\b/,
  /\b(ar|blir) radd for (min|mitt) (partner|man|fru|sambo|pojkvan|flickvan|make|maka|ex)\b/,
  /\brad(d|da) for mitt liv\b/,
  /\bvald (hemma|i hemmet|i nara relation)\b.*\b(jag|mig)\b|\b(jag|mig)\b.*\bvald (hemma|i hemmet)\b/,
  /\bjag (ar|kanner mig) (inte )?(saker|trygg) hemma\b.*\b(slar|hot|vald)\w*/,
  // English
  /\b(kill|hurt|harm|killing|hurting|harming|cutting) myself\b/,
  /\b(don'?t|do not|can'?t) see (the|any) point (anymore|any more|in living|in life)\b/,
  /\b(hits|hit|beat|beats|kicked|choked|strangled) me\b/,
  /\bafraid to go home\b/,
  /\b(want|wanna|going) to die\b/,
  /\bend (my|it) (life|all)\b/,
  /\bsuicid\w*\b/,
  /\b(can'?t|cannot|don'?t want to) (go on|live|keep living)\b/,
  /\bno reason to live\b/,
  /\b(my )?(partner|husband|wife|boyfriend|girlfriend|ex|father|mother) (hits|beats|abuses|threatens|is hitting|is beating|is abusing) me\b/,
  /\b(being|been|was|am|i'?m) (abused|beaten|hit|assaulted|raped|threatened with a knife)\b/,
  /\bthreatened to kill me\b/,
  /\bafraid for my life\b/,
];

/** Asks for a person. */
export const HUMAN: RegExp[] = [
  /\b(prata|tala|snacka|chatta|fa kontakt|komma i kontakt|ha kontakt|kontakt) med (en |nagon |min |var )?(manniska|person|radgivare|ombudsman|handlaggare|riktig person|levande person|medarbetare|nagon pa vision|facket|forhandlare|ombud|kundtjanst|medlemsservice)\b/,
  /\b(vill|kan jag|far jag|onskar|behover) (prata|tala|ha hjalp) (med|av) (en |nagon)\b/,
  /\b(manniska|radgivare|ombudsman|handlaggare) (tack|snalla|please)\b/,
  /^(en )?(manniska|rådgivare|rad?givare|ombudsman|handlaggare|kundtjanst|medlemsservice)[!.?]*$/,
  /\b(ring|ringa) (upp )?mig\b/,
  /\b(ringa|prata med|tala med|chatta med) (en )?(riktig|verklig|levande) (radgivare|manniska|person|ombudsman)\b/,
  /\b(kan|vill) (ni|du|nagon) ringa (upp )?(mig)?\b/,
  /\bringa upp\b/,
  /\b(bli )?uppringd\b/,
  /\bnagon som kan ringa\b/,
  /\b(talk|speak|chat) (to|with) (a |an |some )?(human|person|real person|agent|advisor|adviser|someone|representative|ombudsman)\b/,
  /\bcall me( back)?\b/,
  /\b(human|real person|agent|advisor),? please\b/,
];

/** The member's own employment case, with first-person cues. */
export const PERSONAL_CASE: Array<{ topic: 'dismissal' | 'bullying' | 'salary' | 'warning' | 'discrimination' | 'harassment' | 'sick_leave' | 'other'; patterns: RegExp[] }> = [
  {
    topic: 'dismissal',
    patterns: [
      /\b(saga|sagt|sager|sa) upp mig\b/,
      /\b(jag|min \w+) (har )?(blivit|blir|ar|blev) (uppsagd|avskedad|sparkad|omplacerad)\b/,
      /\b(jag|har) (fatt|fick) (sparken|foten|besked om uppsagning|en uppsagning|uppsagning|avsked)\b/,
      /\b(min|mitt) (uppsagning|avsked|anstallning (upphor|avslutas|sags upp))\b/,
      /\b(hotar|vill|ska|tanker) (att )?(saga upp|avskeda|sparka|omplacera) mig\b/,
      /\bomplacera(d|s)? mig\b|\bomplacering mot min vilja\b/,
      /\b(i was|i got|i've been|i have been|i am being|i'm being) (fired|dismissed|laid off|sacked|let go)\b/,
      /\b(fire|dismiss|sack) me\b/,
    ],
  },
  {
    topic: 'bullying',
    patterns: [
      /\b(jag|mig) (blir|ar|har blivit|kanner mig) (mobbad|utfryst|kraenkt|krankt|illa behandlad|trakasserad)\b/,
      /\b(mobbar|trakasserar|kranker|fryser ut) mig\b/,
      /\b(min|mitt) (chef|kollega|kollegor|arbetsgivare) (mobbar|trakasserar|kranker|fryser ut|behandlar mig illa)\b/,
      /\b(bully|bullying|harass|harassing) me\b|\b(i am|i'm|i have been|i've been) (bullied|harassed)\b/,
    ],
  },
  {
    topic: 'salary',
    patterns: [
      /\b(min|mitt) (lon|loneutbetalning|lonen|ob|overtid|semesterersattning)\b.{0,40}\b(inte|fel|saknas|uteblivit|uteblev|sankt|sank)\b/,
      /\b(fatt|fick) (fel|ingen|for lite|for lag) lon\b/,
      /\b(chef|arbetsgivare)\w* (vagrar|vill inte) betala\b/,
      /\blonen har inte (betalats|kommit)\b/,
      /\b(min )?lonetvist\b/,
      /\b(my )?(salary|pay|wages) (is wrong|was not paid|hasn'?t been paid|has not been paid|is late)\b|\b(employer|boss) (won'?t|refuses to) pay\b/,
    ],
  },
  {
    topic: 'warning',
    patterns: [
      /\b(jag|har) (fatt|fick) (en )?(skriftlig |muntlig )?(varning|erinran|skriftlig erinran)\b/,
      /\b(varnat|varnade) mig\b/,
      /\b(i got|i received|i was given) a (written |formal )?warning\b/,
    ],
  },
  {
    topic: 'discrimination',
    patterns: [/\b(jag|mig) (blir|ar|har blivit|kanner mig) diskriminerad\b/, /\bdiskriminerar mig\b/, /\b(i am|i'm|i was|i have been) (being )?discriminated\b/],
  },
  {
    topic: 'sick_leave',
    patterns: [
      /\b(jag|mig)\b.{0,40}\b(sjukskriven|sjukskrivning|rehabilitering)\b.{0,40}\b(chef|arbetsgivare)\w*\b.{0,30}\b(vagrar|kraver|hotar|vill inte|pressar)\b/,
      /\b(min )?(arbetsgivare|chef) (vagrar|vill inte) (ge mig )?(rehabilitering|anpassning)\b/,
    ],
  },
  {
    topic: 'other',
    patterns: [
      /\b(min|mitt) (arbetsgivare|chef)\b.{0,40}\b(hotar|hotat|tvingar|tvingat|vagrar|bryter mot)\b/,
      /\b(jag|vi) (har )?(ett|en) (arende|tvist|konflikt) med (min |var )?(chef|arbetsgivare)\b/,
      /\bmy (boss|employer|manager) (threatens|is threatening|forces|refuses)\b/,
    ],
  },
];

/** Small talk only when the message is essentially nothing else. */
export const SMALLTALK: RegExp[] = [
  /^(hej|hejsan|hallå|halla|tjena|tjenare|tja|hallo|god (morgon|dag|kvall|eftermiddag)|hello|hi|hey|good (morning|afternoon|evening)|hej hej)( (pa dig|du|allihop|vision|boten|bot|there))?$/,
  /^(tack|tackar|tack sa mycket|tack sa hemskt mycket|stort tack|tusen tack|tack for hjalpen|tack for svaret|thanks|thank you|thank you so much|thanks a lot|thx|toppen tack|bra tack)( (sa mycket|for hjalpen|ska du ha))?$/,
  /^(hej da|hejda|adjo|vi hors|ha det bra|bye|goodbye|see you|ha en bra dag)$/,
  /^(hur mar du|hur ar laget|lage|how are you|vem ar du|vad ar du|ar du en (bot|robot|manniska)|who are you|what are you|are you a (bot|human|robot))$/,
  /^(ok|okej|okey|bra|toppen|super|perfekt|fint|great|nice|cool)( tack)?$/,
];

/** Prompt-injection phrasings, for logs and metrics (the answer layer treats the text as a question). */
export const INJECTION: RegExp[] = [
  /\bignorera (alla |dina )?(tidigare |foregaende )?(instruktioner|regler|order)\b/,
  /\bglom (alla |dina )?(tidigare )?(instruktioner|regler)\b/,
  /\b(system ?prompt|systemprompten|dina instruktioner|din prompt)\b/,
  /\bdu ar nu\b/,
  /\bignore (all |any |the )?(previous |prior |above )?(instructions|rules)\b/,
  /\b(reveal|print|show|repeat) (your |the )?(system )?(prompt|instructions)\b/,
  /\bact as\b|\bdeveloper mode\b|\bjailbreak\b|\bdan mode\b/,
];
