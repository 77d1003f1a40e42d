/**
 * The union-domain glossary: Swedish synonym groups and abbreviations, and English → Swedish
 * mappings for questions written in English.
 *
 * How to extend it (knowledge editors):
 * - Add a line to `SYNONYM_GROUPS` only for words that mean *the same thing* to a member
 *   (`a-kassa` = `arbetslöshetskassa`). Words that are merely related (`socionom` and
 *   `socialsekreterare`, `missbruk` and `beroende`) do not belong in one group: they would make
 *   the bot cite passages about the wrong thing.
 * - `key` is written beside every matching word when documents are indexed, and searched for
 *   when a question matches the group. Prefer a single word without a hyphen.
 * - `same` lists words and phrases with the same meaning. Inflected forms match through the
 *   Swedish stemmer (`inkomstskyddet` matches `inkomstskydd`), but hyphenated words, irregular
 *   plurals and abbreviations must be listed as they are written (`a-kassan`, `ombudsmän`).
 * - `inQuestions` lists broader or colloquial words that, *in a member's question*, almost always
 *   mean this group (`avgift` in "vad kostar avgiften?" is the membership fee). They expand
 *   questions only; documents keep their own meaning.
 * - Add English entries to `ENGLISH_TO_SWEDISH`: `en` holds English words or phrases (lower case;
 *   plurals and -ing forms match through the English stemmer), `sv` the Swedish words to search.
 *   Do not add an English word that is also an everyday Swedish word (`barn`, `hem`, `bra`).
 * - Run `npx vitest run test/knowledge/text` afterwards: the tests check the table's shape.
 */

/** A group of Swedish words and phrases with the same meaning. */
export interface SynonymGroup {
  /** Added beside every match at index time and searched at query time; one word where possible. */
  key: string;
  /** Words and phrases with the same meaning (lower case). */
  same: readonly string[];
  /** Broader or colloquial words that mean this group when a member asks; query time only. */
  inQuestions?: readonly string[];
  /** Why the group exists, or what it deliberately leaves out. */
  note?: string;
}

/** English words or phrases and the Swedish words a question with them should search for. */
export interface EnglishEntry {
  en: readonly string[];
  sv: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    key: 'akassa',
    same: [
      'a-kassa', 'a-kassan', 'a-kassans', 'a-kassor', 'a-kassorna', 'akassa', 'akassan', 'akassor',
      'a kassa', 'a kassan', 'arbetslöshetskassa', 'arbetslöshetskassan', 'arbetslöshetskassor',
    ],
  },
  {
    key: 'inkomstförsäkring',
    same: ['inkomstförsäkring', 'inkomstskydd', 'inkomstförsäkringar'],
    note: 'The union’s top-up insurance on unemployment benefit; not the a-kassa itself.',
  },
  {
    key: 'medlemsavgift',
    same: ['medlemsavgift', 'medlemskostnad', 'fackavgift', 'medlemsavgifter'],
    inQuestions: ['avgift', 'avgiften', 'avgifter'],
  },
  { key: 'medlemskap', same: ['medlemskap', 'medlemskapet'] },
  {
    key: 'betala',
    same: ['betala', 'bekosta', 'stå för kostnaden', 'stå för kostnaderna', 'stå för de kostnader', 'står för kostnaden', 'står för kostnaderna', 'står för de kostnader'],
    note: 'To "stå för kostnaden" is to pay it ("låta spelbolagen stå för de kostnader som spelmissbruk orsakar").',
  },
  {
    key: 'uttryck',
    same: ['ta sig uttryck', 'tar sig uttryck', 'tagit sig uttryck', 'tog sig uttryck'],
    inQuestions: ['former', 'formerna', 'ta sig', 'tar sig'],
    note: 'What form something takes: "Vilka former kan hedersrelaterat våld ta sig?" – "Den här typen av våld kan ta sig uttryck i …".',
  },
  {
    key: 'kontakta',
    same: ['kontakta', 'kontaktar', 'kontaktade', 'ta kontakt', 'tar kontakt', 'tog kontakt'],
    inQuestions: ['ringa', 'ringer', 'ringde', 'höra av sig', 'hör av sig'],
    note: 'In a question, calling someone is contacting them ("Ska socialsekreteraren ringa familjen …?" – "innan du kontaktar familjen").',
  },
  { key: 'anser', same: ['anser', 'ansåg', 'tycker', 'tyckte'], note: 'Holding an opinion: "Vad tycker Vision …" is answered by "Vision anser att …". A frame word: it weighs little.' },
  {
    key: 'ifo',
    same: [
      'ifo', 'individ- och familjeomsorg', 'individ- och familjeomsorgen', 'individ och familjeomsorg',
      'individ och familjeomsorgen', 'individ- och familjeomsorgens',
    ],
  },
  { key: 'ssr', same: ['ssr', 'akademikerförbundet ssr'] },
  {
    key: 'skr',
    same: ['skr', 'sveriges kommuner och regioner', 'skl', 'sveriges kommuner och landsting'],
    note: 'SKL was the name until 2019.',
  },
  { key: 'region', same: ['region', 'regionen', 'landsting', 'landstinget'], note: 'Landsting is the former name of region.' },
  { key: 'fackförbund', same: ['fackförbund', 'fackförening', 'facket', 'fackföreningen', 'fackförbundet'] },
  { key: 'ombudsman', same: ['ombudsman', 'ombudsmannen', 'ombudsmän', 'ombudsmännen'] },
  { key: 'skyddsombud', same: ['skyddsombud', 'arbetsmiljöombud'], note: 'The same role under the Work Environment Act.' },
  { key: 'löneavdrag', same: ['löneavdrag', 'avdrag på lönen', 'avdrag på min lön', 'avdrag från lönen'] },
  { key: 'efaktura', same: ['e-faktura', 'e-fakturan', 'efaktura'] },
  { key: 'epost', same: ['e-post', 'e-posten', 'epost', 'mejl', 'mejla', 'mail', 'mejlet'] },
  { key: 'sms', same: ['sms', 'sms:a', 'sms:et', 'textmeddelande'] },
  { key: 'bli medlem', same: ['bli medlem', 'blir medlem', 'blev medlem', 'blivit medlem', 'gå med', 'går med', 'gick med', 'gått med'] },
  {
    key: 'utträde',
    same: ['utträde', 'utträdet', 'säga upp medlemskapet', 'säga upp mitt medlemskap', 'säger upp mitt medlemskap', 'säga upp medlemskap', 'säger jag upp mitt medlemskap', 'säger jag upp medlemskapet', 'säger man upp medlemskapet', 'säger man upp sitt medlemskap', 'går jag ur facket', 'går man ur facket', 'avsluta medlemskapet', 'avsluta mitt medlemskap', 'gå ur facket', 'gå ur förbundet', 'går ur facket', 'gå ur vision', 'lämna facket', 'lämna förbundet'],
    note: 'Leaving the union. "Säga upp" alone is a dismissal and stays out.',
  },
  {
    key: 'allmäntjänstgöring',
    same: ['allmäntjänstgöring', 'at-tjänstgöring', 'at-tjänstgöringen', 'at-år', 'at-året', 'at-socionom', 'at-socionomer'],
    note: 'AT for social workers: a supervised introductory service year.',
  },
  { key: 'försörjningsstöd', same: ['försörjningsstöd', 'socialbidrag', 'socialbidraget'], note: 'Socialbidrag is the former name. Ekonomiskt bistånd is broader and left out.' },
  { key: 'hedersvåld', same: ['hedersvåld', 'hedersrelaterat våld', 'hedersrelaterad våld', 'hedersrelaterat våld och förtryck'] },
  { key: 'relationsvåld', same: ['relationsvåld', 'våld i nära relationer', 'våld i nära relation'] },
  { key: 'välfärdsteknik', same: ['välfärdsteknik', 'välfärdsteknologi'] },
  { key: 'psykisk ohälsa', same: ['psykisk ohälsa', 'mental ohälsa', 'psykiska ohälsan'] },
  { key: 'arbetsbelastning', same: ['arbetsbelastning', 'arbetsbörda', 'arbetsbördan'] },
  { key: 'barn och unga', same: ['barn och unga', 'barn och ungdomar', 'barn och ungdom'] },
  { key: 'socialtjänstlagen', same: ['socialtjänstlagen', 'socialtjänstlag'] },
  { key: 'mbl', same: ['mbl', 'medbestämmandelagen'] },
  { key: 'las', same: ['lagen om anställningsskydd', 'anställningsskyddslagen'], note: '“las” alone is left out: it is also a Swedish verb form.' },
  { key: 'kostnadsfritt', same: ['kostnadsfritt', 'kostnadsfri', 'gratis', 'avgiftsfritt', 'avgiftsfri'] },
  { key: 'ordförande', same: ['ordförande', 'förbundsordförande'], inQuestions: ['vem leder', 'vem ledde'], note: '"Vem leder förbundet?" asks for its chair; "leder till" (leads to) stays out.' },
  { key: 'kvalitet', same: ['kvalitet', 'kvaliteten', 'kvalité', 'kvalitén'], note: 'Two spellings of one word; both are in the documents.' },
  { key: 'plats', same: ['plats', 'platser', 'ställe', 'ställen', 'stället'] },
  {
    key: 'nyutexaminerad',
    same: ['nyutexaminerad', 'nyutexaminerade', 'nyexaminerad', 'nyexaminerade', 'nyutbildad', 'nyutbildade', 'nyexad', 'nyexade'],
    inQuestions: ['nybliven', 'nyblivna', 'nyblivne'],
    note: 'Just graduated; "nybliven socionom" in a question means the same.',
  },
  { key: 'legitimation', same: ['legitimation', 'legitimationen', 'leg'], inQuestions: ['legitimerad', 'legitimerade'], note: '"Leg" is the everyday short form.' },
  {
    key: 'socionomutbildning',
    same: ['socionomutbildning', 'socionomutbildningen', 'socionomutbildningar', 'socionomutbildningarna', 'socionomprogram', 'socionomprogrammet', 'socionomprogrammen'],
    note: 'The degree programme for social workers, by either name.',
  },
  {
    key: 'positiv',
    same: ['positiv', 'positiva', 'positivt'],
    inQuestions: ['gillar', 'gilla', 'gillade', 'tycker om'],
    note: 'Surveys say how many are "positiva till" something; members ask who "gillar" it.',
  },
  {
    key: 'underskott',
    same: ['underskott', 'underskottet', 'underskotten'],
    inQuestions: ['går back', 'gå back', 'gick back', 'går med förlust', 'gå med förlust', 'går med minus', 'gå med minus'],
    note: 'A municipality that "går back" has a deficit.',
  },
  {
    key: 'arbetslokal',
    same: ['arbetslokal', 'arbetslokaler', 'arbetslokalerna'],
    inQuestions: ['kontor', 'kontoret', 'kontoren', 'kontorslokaler', 'kontorslokalerna'],
    note: 'Members say "kontoret" for the premises they work in.',
  },
  { key: 'skärm', same: ['skärm', 'skärmen', 'skärmar', 'bildskärm', 'datorskärm', 'datorskärmen'], inQuestions: ['dator', 'datorn', 'datorer', 'datorerna'], note: '"Sitta vid datorn" is sitting in front of the screen.' },
  { key: 'föräldrar', same: ['föräldrar', 'föräldrarna', 'förälder', 'föräldern'], inQuestions: ['mamma', 'pappa', 'mamma och pappa', 'pappa och mamma'] },
  {
    key: 'våld',
    same: ['våld', 'misshandel'],
    inQuestions: ['slå', 'slår', 'slog', 'slagen', 'slagna', 'slagit', 'misshandlad', 'misshandlade', 'misshandlar'],
    note: 'Being hit is violence; only in questions ("slå ihop" in a document keeps its meaning).',
  },
  { key: 'råd', same: ['råd', 'råden', 'tips', 'tipsen'], note: 'Advice; members say "tips". "Råd" as a council is not a word of these documents.' },
  { key: 'fritid', same: ['fritid', 'fritiden'], inQuestions: ['ledighet', 'ledigheten', 'ledig tid', 'lediga tid', 'helgerna', 'på helgen'], note: 'Time off work, as members put it.' },
  {
    key: 'egenvård',
    same: ['egenvård', 'egenvården'],
    inQuestions: ['ta hand om mig själv', 'ta hand om sig själv', 'ta hand om dig själv', 'tar hand om mig själv', 'tar hand om sig själv', 'sköta om mig själv'],
    note: 'Looking after yourself.',
  },
  { key: 'nittiotal', same: ['1990-talet', '1990-tal', '90-talet', 'nittiotalet', 'nittiotal'], note: 'The 1990s, as written in figures or in words.' },
  { key: 'utmaning', same: ['utmaning', 'utmaningar', 'utmaningen', 'utmaningarna', 'svåraste', 'svårast', 'svårigheter', 'svårigheterna'], note: '"Det svåraste med …" asks for the challenges.' },
];

export const ENGLISH_TO_SWEDISH: readonly EnglishEntry[] = [
  // Membership and fees
  { en: ['membership', 'memberships'], sv: ['medlemskap'] },
  { en: ['member', 'members'], sv: ['medlem'] },
  { en: ['become a member', 'become members', 'become member', 'join', 'joining', 'sign up', 'join the union', 'enrol', 'enroll'], sv: ['bli medlem'] },
  { en: ['membership fee', 'member fee', 'fee', 'fees', 'dues', 'union dues', 'subscription'], sv: ['medlemsavgift'] },
  { en: ['cost', 'costs', 'price', 'how much does it cost'], sv: ['kostnad', 'kosta'] },
  { en: ['pay', 'payment', 'paying', 'payments'], sv: ['betala', 'betalning'] },
  { en: ['direct debit', 'autogiro'], sv: ['autogiro'] },
  { en: ['payroll deduction', 'salary deduction', 'deducted from salary'], sv: ['löneavdrag'] },
  { en: ['e-invoice', 'electronic invoice'], sv: ['e-faktura'] },
  { en: ['invoice', 'bill'], sv: ['faktura'] },
  { en: ['free', 'free of charge', 'for free'], sv: ['kostnadsfritt'] },
  { en: ['discount', 'member price', 'member discount'], sv: ['medlemspris', 'rabatt'] },
  { en: ['benefit', 'benefits', 'member benefits'], sv: ['förmån', 'medlemsförmån'] },
  { en: ['included', 'include', 'includes', 'including'], sv: ['ingår', 'ingå'] },
  { en: ['offer', 'offers', 'provide', 'provides'], sv: ['erbjuda', 'erbjuder'] },
  { en: ['cancel membership', 'leave the union', 'resign from the union', 'quit the union', 'terminate membership'], sv: ['utträde', 'avsluta medlemskap'] },
  { en: ['statutes', 'bylaws', 'by-laws'], sv: ['stadgar'] },
  { en: ['personal data', 'privacy', 'gdpr', 'data protection'], sv: ['personuppgifter'] },
  { en: ['student', 'students'], sv: ['student', 'studerande'] },
  { en: ['1990s', 'nineties', "the '90s", '90s'], sv: ['1990-talet'] },
  { en: ['newly graduated', 'new graduate', 'recent graduate', 'graduate', 'graduates'], sv: ['nyutexaminerad'] },
  // Insurance and unemployment
  { en: ['income insurance', 'income protection', 'income protection insurance'], sv: ['inkomstförsäkring'] },
  { en: ['unemployment fund', 'unemployment insurance', 'unemployment insurance fund', 'unemployment benefit', 'unemployment benefits'], sv: ['a-kassa'] },
  { en: ['unemployed', 'unemployment', 'out of work', 'jobless'], sv: ['arbetslös', 'arbetslöshet'] },
  { en: ['job seeker', 'jobseeker', 'job seekers', 'jobseekers', 'job-seeker', 'looking for work', 'looking for a job'], sv: ['arbetssökande'] },
  { en: ['insurance', 'insurances', 'insured'], sv: ['försäkring'] },
  { en: ['home insurance', 'household insurance', 'contents insurance', 'house insurance'], sv: ['hemförsäkring'] },
  { en: ['life insurance'], sv: ['livförsäkring'] },
  { en: ['accident insurance'], sv: ['olycksfallsförsäkring'] },
  { en: ['insurance company', 'insurer'], sv: ['försäkringsbolag'] },
  { en: ['pension', 'pensions', 'retirement'], sv: ['pension'] },
  // The union and its services
  { en: ['union', 'trade union', 'labour union', 'labor union', 'unions'], sv: ['fackförbund'] },
  { en: ['confederation', 'confederations', 'union confederation', 'trade union confederation', 'central organisation', 'central organization', 'umbrella organisation', 'umbrella organization'], sv: ['centralorganisation', 'TCO', 'Saco', 'LO'] },
  { en: ['advice', 'advise', 'tips', 'recommendation', 'recommendations'], sv: ['råd'] },
  { en: ['advisor', 'adviser', 'counsellor', 'counselor'], sv: ['rådgivare'] },
  { en: ['ombudsman', 'union representative', 'union official'], sv: ['ombudsman'] },
  { en: ['safety representative', 'health and safety representative'], sv: ['skyddsombud'] },
  { en: ['board', 'national board', 'executive board'], sv: ['styrelse', 'förbundsstyrelse'] },
  { en: ['local branch', 'branch', 'section'], sv: ['avdelning'] },
  { en: ['workplace club', 'club'], sv: ['klubb'] },
  { en: ['contact', 'reach', 'get in touch'], sv: ['kontakta', 'kontakt'] },
  { en: ['phone', 'call', 'telephone'], sv: ['telefon', 'ringa'] },
  { en: ['text message', 'text messages', 'sms'], sv: ['sms'] },
  { en: ['email', 'e-mail'], sv: ['e-post'] },
  { en: ['opening hours', 'open'], sv: ['öppettider'] },
  { en: ['legal help', 'legal advice', 'legal aid', 'legal support'], sv: ['juridisk hjälp', 'rättshjälp'] },
  { en: ['lawyer', 'attorney'], sv: ['jurist', 'advokat'] },
  { en: ['help', 'support', 'assistance'], sv: ['hjälp', 'stöd'] },
  // Work and employment
  { en: ['work environment', 'working environment', 'work conditions', 'working conditions'], sv: ['arbetsmiljö', 'arbetsvillkor'] },
  { en: ['workload', 'work load', 'heavy workload', 'overwork'], sv: ['arbetsbelastning'] },
  { en: ['stress', 'stressed', 'stressful'], sv: ['stress'] },
  { en: ['burnout', 'burn-out', 'exhaustion'], sv: ['utbrändhet', 'utmattning'] },
  { en: ['sick leave', 'sick'], sv: ['sjukskrivning', 'sjuk'] },
  { en: ['sick pay'], sv: ['sjuklön'] },
  { en: ['salary', 'salaries', 'wage', 'wages'], sv: ['lön'] },
  { en: ['pay rise', 'raise', 'salary increase'], sv: ['löneökning'] },
  { en: ['salary negotiation', 'salary talk', 'pay negotiation'], sv: ['lönesamtal', 'löneförhandling'] },
  { en: ['collective agreement', 'collective bargaining agreement'], sv: ['kollektivavtal'] },
  { en: ['negotiation', 'negotiations', 'negotiate'], sv: ['förhandling'] },
  { en: ['employer', 'employers'], sv: ['arbetsgivare'] },
  { en: ['employee', 'employees'], sv: ['anställd', 'arbetstagare'] },
  { en: ['employment', 'job', 'jobs'], sv: ['anställning', 'jobb'] },
  { en: ['dismissal', 'fired', 'laid off', 'layoff', 'termination', 'dismissed'], sv: ['uppsägning', 'uppsagd'] },
  { en: ['redundancy', 'redundancies'], sv: ['arbetsbrist'] },
  { en: ['manager', 'boss', 'supervisor', 'managers'], sv: ['chef'] },
  { en: ['leadership'], sv: ['ledarskap'] },
  { en: ['management'], sv: ['ledning'] },
  { en: ['colleague', 'colleagues', 'coworker', 'co-worker'], sv: ['kollega'] },
  { en: ['staff', 'personnel', 'staffing'], sv: ['personal'] },
  { en: ['workplace', 'place of work'], sv: ['arbetsplats'] },
  { en: ['working hours', 'working time', 'work hours'], sv: ['arbetstid'] },
  { en: ['vacation', 'holiday', 'holidays', 'annual leave'], sv: ['semester'] },
  { en: ['parental leave'], sv: ['föräldraledighet'] },
  { en: ['career', 'careers'], sv: ['karriär'] },
  { en: ['internship', 'traineeship', 'work placement'], sv: ['praktik'] },
  { en: ['training', 'education', 'course', 'courses'], sv: ['utbildning', 'kurs'] },
  { en: ['supervision', 'mentoring', 'mentor'], sv: ['handledning', 'mentor'] },
  { en: ['introduction', 'onboarding', 'induction'], sv: ['introduktion'] },
  { en: ['harassment', 'bullying'], sv: ['trakasserier', 'kränkande särbehandling'] },
  { en: ['discrimination'], sv: ['diskriminering'] },
  { en: ['rights', 'right'], sv: ['rättigheter', 'rätt'] },
  { en: ['strike'], sv: ['strejk'] },
  // Social work and welfare
  { en: ['social worker', 'social workers', 'caseworker', 'case worker'], sv: ['socionom', 'socialsekreterare'] },
  { en: ['social services', 'social service', 'social welfare services'], sv: ['socialtjänst'] },
  { en: ['social work'], sv: ['socialt arbete'] },
  { en: ['social welfare office', 'social services office'], sv: ['socialkontor'] },
  { en: ['individual and family care', 'individual and family services'], sv: ['ifo'] },
  { en: ['welfare'], sv: ['välfärd'] },
  { en: ['welfare technology', 'assistive technology'], sv: ['välfärdsteknik'] },
  { en: ['digitalisation', 'digitalization', 'digital transformation', 'digitalising', 'digitalizing'], sv: ['digitalisering'] },
  { en: ['automation', 'robot', 'robots', 'robotics', 'rpa'], sv: ['robot', 'robotisering', 'automatisering'] },
  { en: ['financial assistance', 'social assistance', 'welfare benefits', 'income support'], sv: ['ekonomiskt bistånd', 'försörjningsstöd'] },
  { en: ['municipality', 'municipalities', 'local authority', 'council'], sv: ['kommun'] },
  { en: ['region', 'county council', 'regions'], sv: ['region'] },
  { en: ['government'], sv: ['regering'] },
  { en: ['parliament'], sv: ['riksdag'] },
  { en: ['law', 'laws', 'legislation'], sv: ['lag', 'lagstiftning'] },
  { en: ['national board of health and welfare'], sv: ['socialstyrelsen'] },
  { en: ['quality'], sv: ['kvalitet'] },
  { en: ['resources', 'resource'], sv: ['resurser'] },
  { en: ['funding', 'budget', 'financing'], sv: ['finansiering', 'budget'] },
  { en: ['deficit', 'deficits'], sv: ['underskott'] },
  { en: ['coordinator', 'national coordinator'], sv: ['samordnare'] },
  { en: ['decision', 'decisions', 'decide'], sv: ['beslut', 'besluta'] },
  { en: ['case', 'cases', 'individual cases'], sv: ['ärende', 'individärende'] },
  { en: ['assessment', 'risk assessment'], sv: ['bedömning', 'riskbedömning'] },
  { en: ['investigation', 'inquiry'], sv: ['utredning'] },
  { en: ['children', 'child'], sv: ['barn'] },
  { en: ['young people', 'youth', 'adolescents'], sv: ['unga', 'ungdomar'] },
  { en: ['children and young people', 'children and youth'], sv: ['barn och unga'] },
  { en: ['elderly care', 'care of the elderly'], sv: ['äldreomsorg'] },
  { en: ['disability', 'disabilities'], sv: ['funktionsnedsättning'] },
  // Violence, health and prevention
  { en: ['violence', 'violent'], sv: ['våld'] },
  { en: ['domestic violence', 'intimate partner violence', 'partner violence'], sv: ['våld i nära relationer'] },
  { en: ['violence against women', "men's violence against women"], sv: ['våld mot kvinnor'] },
  { en: ['honour-related violence', 'honor-related violence', 'honour related violence', 'honor related violence', 'honour violence', 'honor violence'], sv: ['hedersrelaterat våld'] },
  { en: ['threat', 'threats', 'threatened'], sv: ['hot'] },
  { en: ['women', 'woman'], sv: ['kvinnor'] },
  { en: ['substance abuse', 'abuse', 'addiction', 'drug abuse'], sv: ['missbruk'] },
  { en: ['addiction care', 'substance abuse care', 'substance abuse treatment'], sv: ['missbruksvård'] },
  { en: ['mental health', 'mental illness', 'mental ill-health', 'mental ill health', 'mental health problems'], sv: ['psykisk ohälsa'] },
  { en: ['suicide'], sv: ['självmord'] },
  { en: ['public health'], sv: ['folkhälsa'] },
  { en: ['health'], sv: ['hälsa'] },
  { en: ['prevention', 'preventive', 'preventative', 'preventive work', 'early intervention'], sv: ['förebyggande', 'förebyggande arbete'] },
  { en: ['crisis'], sv: ['kris'] },
  // Everyday words of members' questions
  { en: ['work', 'works', 'worked', 'working'], sv: ['arbeta', 'jobba', 'arbete'] },
  { en: ['political', 'politics', 'politically'], sv: ['politisk', 'politik'] },
  { en: ['political party', 'party', 'parties'], sv: ['parti', 'partipolitiskt'] },
  { en: ['independent', 'non-partisan', 'unaffiliated'], sv: ['obunden', 'oberoende'] },
  { en: ['tied', 'affiliated', 'connected', 'aligned'], sv: ['knuten', 'ansluten', 'bunden', 'obunden'] },
  { en: ['places', 'locations'], sv: ['platser'] },
  { en: ['treatment', 'treatments'], sv: ['behandling'] },
  { en: ['company', 'companies', 'business', 'firm'], sv: ['företag', 'bolag'] },
  { en: ['ordered', 'purchase', 'buy'], sv: ['beställa', 'köpa'] },
  { en: ['exposed', 'subjected', 'victim', 'victims'], sv: ['utsatt', 'utsatta'] },
  { en: ['school', 'schools', 'schooling'], sv: ['skola', 'skolgång'] },
  { en: ['parents', 'parent'], sv: ['föräldrar', 'förälder'] },
  { en: ['family', 'families'], sv: ['familj'] },
  { en: ['said', 'says', 'say', 'stated'], sv: ['säger', 'sa'] },
  { en: ['think', 'thinks', 'believe', 'believes', 'opinion'], sv: ['tycker', 'anser'] },
  { en: ['propose', 'proposes', 'proposed', 'suggest', 'suggests', 'suggested', 'proposal', 'proposals'], sv: ['föreslå', 'förslag'] },
  { en: ['demand', 'demands', 'require', 'requires', 'requirement', 'requirements'], sv: ['krav', 'kräva'] },
  { en: ['problem', 'problems', 'issue', 'issues', 'difficulty', 'difficulties'], sv: ['problem', 'svårighet'] },
  { en: ['important', 'importance', 'most important'], sv: ['viktig', 'viktigast'] },
  { en: ['increase', 'increased', 'increasing', 'rise', 'grown', 'growing'], sv: ['öka', 'ökning'] },
  { en: ['decrease', 'decreased', 'reduce', 'reduced', 'reduction'], sv: ['minska', 'minskning'] },
  { en: ['difference', 'differences', 'differ', 'differs', 'vary', 'varies'], sv: ['skillnad', 'skilja'] },
  { en: ['reason', 'reasons', 'cause', 'causes'], sv: ['orsak', 'anledning'] },
  { en: ['time', 'times'], sv: ['tid'] },
  { en: ['year', 'years'], sv: ['år'] },
  { en: ['month', 'months'], sv: ['månad'] },
  { en: ['knowledge', 'expertise', 'competence', 'skills', 'skill'], sv: ['kunskap', 'kompetens'] },
  { en: ['experience', 'experiences', 'experienced'], sv: ['erfarenhet'] },
  { en: ['leader', 'leaders', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president'], sv: ['ordförande', 'förbundsordförande', 'chef'] },
  { en: ['head', 'director'], sv: ['chef', 'verksamhetschef'] },
  { en: ['lecturer', 'professor', 'researcher'], sv: ['universitetslektor', 'docent', 'forskare'] },
  { en: ['university', 'college'], sv: ['högskola', 'universitet'] },
  { en: ['exam', 'degree', 'graduation', 'graduate from'], sv: ['examen'] },
  { en: ['unsure', 'uncertain', 'insecure'], sv: ['osäker'] },
  { en: ['conversation', 'conversations', 'talk', 'talking'], sv: ['samtal'] },
  { en: ['clients', 'client'], sv: ['klient', 'klienter'] },
  { en: ['computer', 'computers', 'screen'], sv: ['dator', 'skärm'] },
  { en: ['speech recognition', 'dictation'], sv: ['taligenkänning'] },
  { en: ['documentation', 'records', 'case notes'], sv: ['dokumentation', 'journal'] },
  { en: ['application', 'applications', 'apply'], sv: ['ansökan', 'ansöka'] },
  { en: ['online', 'digitally', 'internet'], sv: ['digital', 'digitalt', 'nätet'] },
  { en: ['e-services', 'online services', 'digital services'], sv: ['e-tjänster'] },
  { en: ['cooperation', 'collaboration', 'cooperate', 'collaborate'], sv: ['samverkan', 'samarbete'] },
  { en: ['goal', 'goals', 'aim', 'purpose'], sv: ['mål', 'syfte'] },
  { en: ['legal certainty', 'rule of law'], sv: ['rättssäkerhet'] },
  { en: ['licence', 'license', 'licensure', 'registration', 'certification'], sv: ['legitimation'] },
  { en: ['office', 'offices', 'premises'], sv: ['kontor', 'lokaler'] },
  { en: ['air'], sv: ['luft'] },
  { en: ['cramped', 'crowded'], sv: ['trångt'] },
  { en: ['gambling', 'gaming companies', 'gambling companies'], sv: ['spel', 'spelbolag', 'spelmissbruk'] },
  { en: ['secondary trauma', 'secondary traumatisation', 'secondary traumatization', 'vicarious trauma'], sv: ['sekundär traumatisering'] },
  // Reports and news
  { en: ['report', 'reports'], sv: ['rapport'] },
  { en: ['survey', 'surveys', 'questionnaire', 'poll'], sv: ['undersökning', 'enkät'] },
  { en: ['study', 'studies', 'research'], sv: ['studie', 'forskning'] },
  { en: ['statistics', 'figures'], sv: ['statistik'] },
  { en: ['press release', 'press releases'], sv: ['pressmeddelande'] },
  { en: ['news'], sv: ['nyheter'] },
  { en: ['percent', 'per cent', 'percentage'], sv: ['procent'] },
  { en: ['share', 'proportion', 'fraction'], sv: ['andel', 'procent'] },
  // Places and general words of members' English questions
  { en: ['sweden'], sv: ['sverige'] },
  { en: ['swedish'], sv: ['svensk'] },
  { en: ['necessary', 'needed', 'required'], sv: ['nödvändig', 'behövs'] },
];
