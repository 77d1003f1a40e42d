import { describe, expect, it } from 'vitest';
import { askedNoun, identitySubject, namesNoun, namesNounByName, questionType, satisfiesType, saysWhoIs } from '../../src/knowledge/answer/question-type.js';

describe('question types', () => {
  it.each([
    ['Hur länge har hon arbetat med våldsutsatta?', 'duration'],
    ['How long has she worked there?', 'duration'],
    ['Hur många socionomer svarade?', 'count'],
    ['Hur lång tid tar det?', 'duration'],
    ['Hur gammal måste man vara för att bli medlem?', 'age'],
    ['Vem är största arbetsgivaren för socionomer?', 'agent'],
    ['När i processen ska man få med personalen?', 'open'],
    ['När socsekreterarna inte hinner det förebyggande, vilka andra grupper blir utan stöd?', 'list'],
    ['Which decade was that?', 'time'],
    ['When municipalities run a deficit, what kind of social work do they cut first?', 'open'],
    ['Finns det någon åldersgräns för medlemskap?', 'age'],
    ['How old do you have to be to join?', 'age'],
    ['Sedan när har de använt roboten?', 'open'],
    ['Vilka råd har Vision?', 'list'],
    ['Vilken bok har de skrivit?', 'title'],
    ['Vilket datum kom rapporten?', 'date'],
    ['Vad kostar medlemskapet?', 'money'],
    ['hur mkt kostar det att va med i vision?', 'money'],
    ['What does the membership cost?', 'money'],
    ['Hur mycket pengar har kommunen lagt på satsningen?', 'money'],
    ['vad har mottagningen för telefonnummer', 'phone'],
    ['Vem har regeringen utsett till samordnare?', 'appointee'],
    ['vem ar visions forbundsordforande?', 'appointee'],
    ['Vem är ordförande för Vision?', 'appointee'],
    ['Who is the chair of Vision?', 'appointee'],
    ['Who is the social director in Norrtälje?', 'appointee'],
    ['Who is the person who said that?', 'person'],
    ['How much is the fee?', 'money'],
    // Naming a price is not asking for one: a yes/no question about how to get something.
    ['Do I need to call the insurer myself to get the member price?', 'open'],
    ['vem från sktf var med o uttalade sig om ifos framtid', 'person'],
    ['Vem sa det?', 'person'],
    ['Vem tycker socionomerna ska betala för vården?', 'agent'],
    ['Vem tycker att vi ska satsa mer?', 'person'],
    ['Vem är Azam Qarai?', 'identity'],
    ['Who is Pia Tham?', 'identity'],
    ['Vilken roll har Annica Blomsten?', 'identity'],
    ['Var arbetar Azam Qarai?', 'identity'],
    ['Where does Azam Qarai work?', 'identity'],
    ['Vem är socialchef där?', 'person'],
    ['Vem på Socialstyrelsen uttalade sig om lägesrapporten?', 'person'],
    ['När kom rapporten?', 'time'],
    ['Varför vill Vision ha en samordnare?', 'reason'],
    ['Vilka råd ger de?', 'list'],
    ['Ingår inkomstförsäkringen i medlemskapet?', 'open'],
    ['Vad tjänar en handläggare i Malmö?', 'money'],
    ['Vilken ingångslön har en socionom?', 'money'],
    ['Hur många procent av cheferna vill byta jobb?', 'share'],
    ['Hur stor andel av medlemmarna är chefer?', 'share'],
    ['What percentage of the members are managers?', 'share'],
    ['Vem utsågs till ordförande?', 'appointee'],
    ['Vem blev ny samordnare?', 'appointee'],
    // Who holds a role, not who said something.
    ['Vem är ordförande för Vision?', 'appointee'],
    ['Vem är socialchef i Botkyrka?', 'appointee'],
    ['Vem är det som bestämmer?', 'person'],
    ['Vem är hon?', 'person'],
    ['Vilket nummer ska jag sms:a till?', 'phone'],
    ['Vad heter rapporten om socialtjänstens framtid?', 'title'],
    ['What number can I text to join?', 'phone'],
    ['Vilka öppettider har Visions kontor i Göteborg?', 'hours'],
    ['tips för att orka jobba med våldsutsatta?', 'list'],
    ['Har ni några råd till en ny chef?', 'list'],
    ['Vad tycker socionomerna om legitimation i sina råd till den nya riksdagen?', 'open'],
    ['Vilka tider har medlemsservice öppet?', 'hours'],
    ['vilka oppettider har ni', 'hours'],
    ['What are the opening hours of the office?', 'hours'],
  ])('%s → %s', (question, type) => {
    expect(questionType(question)).toBe(type);
  });

  it('"Vem är X?" is answered by a sentence saying what X is', () => {
    expect(satisfiesType('identity', 'Det säger Azam Qarai, socionom och verksamhetschef på Linnamottagningen.')).toBe(true);
    expect(satisfiesType('identity', 'Ing-Marie Wieselgren är psykiatriker.')).toBe(true);
    expect(satisfiesType('identity', 'Det här är ett växande problem, säger Azam Qarai.')).toBe(false);
  });

  it('"När …?" is answered by a year, a month or a time counted back from the writing', () => {
    expect(satisfiesType('time', 'Botkyrka har sedan drygt två år tillbaka en långsiktig digitaliseringssatsning.')).toBe(true);
    expect(satisfiesType('time', 'Utredningen tillsattes för tre år sedan.')).toBe(true);
    expect(satisfiesType('time', 'Samordnaren tillsattes 2016.')).toBe(true);
    expect(satisfiesType('time', 'Boken kom ut i höstas.')).toBe(true);
    expect(satisfiesType('time', 'Många har arbetat i flera år med frågan.')).toBe(false);
  });

  it('a share is answered by a percentage or "x av tio", not by any number', () => {
    expect(satisfiesType('share', '45 procent av ansökningarna görs digitalt.')).toBe(true);
    expect(satisfiesType('hours', 'Medlemsservice har öppet kl. 8–17 på vardagar.')).toBe(true);
    expect(satisfiesType('hours', 'Vi svarar 08.00–16.30.')).toBe(true);
    expect(satisfiesType('hours', 'Kontoret i Göteborg har tolv anställda sedan 2015.')).toBe(false);
    expect(satisfiesType('share', 'Bland chefer är andelen 49%.')).toBe(true);
    expect(satisfiesType('share', 'Fyra av tio chefer har svårt att leverera.')).toBe(true);
    expect(satisfiesType('share', 'Jämfört med för 20 år sedan är fler sjukskrivna.')).toBe(false);
  });

  it('an age is a number of years or words for age, which a count of members or "för 20 år sedan" is not', () => {
    expect(satisfiesType('age', 'Du kan bli medlem från det år du fyller 16.')).toBe(true);
    expect(satisfiesType('age', 'Medlemmar under 25 år betalar en lägre avgift.')).toBe(true);
    expect(satisfiesType('age', 'Våra 195 000 medlemmar finns inom tusentals olika yrken.')).toBe(false);
    expect(satisfiesType('age', 'Jämfört med för 20 år sedan är fler sjukskrivna.')).toBe(false);
  });

  it('"bara en föreläsning" and "en enda" state a quantity', () => {
    expect(satisfiesType('count', 'De fick i princip bara en föreläsning om våld i nära relationer.')).toBe(true);
    expect(satisfiesType('count', 'Det fanns en enda kurs.')).toBe(true);
    expect(satisfiesType('count', 'Det är en föreläsning om våld.')).toBe(false);
    // "en av de viktigaste delarna" counts nothing; "en av tio", "hälften av dem" do.
    expect(satisfiesType('count', '-En av de viktigaste delarna i rapporten är att skapa bättre förutsättningar.')).toBe(false);
    expect(satisfiesType('count', 'En av tio socionomer har slutat.')).toBe(true);
    expect(satisfiesType('count', 'Hälften av dem svarade ja.')).toBe(true);
  });

  it('a quantity is no phone or SMS number, and a contact line names no appointee or speaker', () => {
    expect(satisfiesType('quantity', 'Eller sms:a "Vision" till 71501 så ringer vi upp dig!')).toBe(false);
    expect(satisfiesType('count', 'Kontakta Niklas Borg på tfn 0705- 27 12 41.')).toBe(false);
    expect(satisfiesType('count', 'Våra 195 000 medlemmar finns inom tusentals yrken.')).toBe(true);
    expect(satisfiesType('appointee', 'För ytterligare kommentarer kontakta Niklas Borg, ungdomskurator, på tfn 0705- 27 12 41.')).toBe(false);
    expect(satisfiesType('appointee', 'Heike Erkers, förbundsordförande i Akademikerförbundet SSR, leder förbundet.')).toBe(true);
    expect(satisfiesType('person', 'För kommentarer kontakta Niklas Borg, säger pressavdelningen.')).toBe(false);
  });

  it('a duration is a length of time, not a year or "i många år"', () => {
    expect(satisfiesType('duration', 'Hon har arbetat med hedersrelaterat våld i drygt tjugo års tid.')).toBe(true);
    expect(satisfiesType('duration', 'De har arbetat med våldsutsatta kvinnor i över 15 år.')).toBe(true);
    expect(satisfiesType('duration', 'Mottagningen har funnits sedan 1998.')).toBe(true);
    expect(satisfiesType('duration', 'De har i många år arbetat med våldsutsatta kvinnor.')).toBe(false);
    expect(satisfiesType('duration', 'Rapporten kom 2019.')).toBe(false);
  });

  it('a title is quoted or written after the word for it', () => {
    expect(satisfiesType('title', 'I höstas utkom ”Våld i nära relationer: socialt arbete i praktik”.')).toBe(true);
    expect(satisfiesType('title', 'Rapporten Individ- och familjeomsorg - lägesrapport 2006 finns på webben.')).toBe(true);
    expect(satisfiesType('title', 'Rapporten visar att läget är stabilt.')).toBe(false);
  });

  it('a phone question is answered by a number to call or text', () => {
    expect(satisfiesType('phone', 'Sms:a VISION till 71501 så hjälper vi dig.')).toBe(true);
    expect(satisfiesType('phone', 'Ring 08-555 531 71.')).toBe(true);
    expect(satisfiesType('phone', 'Vi har 195 medlemmar.')).toBe(false);
  });

  it('a count is not a year or "20 år sedan", a date is a day of a month', () => {
    expect(satisfiesType('count', 'Över 600 socionomer har svarat.')).toBe(true);
    expect(satisfiesType('count', 'Jämfört med för 20 år sedan är fler sjukskrivna.')).toBe(false);
    expect(satisfiesType('count', 'Undersökningen gjordes 2019.')).toBe(false);
    expect(satisfiesType('date', 'Undersökningen gjordes 21–23 augusti 2019.')).toBe(true);
    expect(satisfiesType('date', 'Undersökningen gjordes 2019.')).toBe(false);
  });

  it('an appointee is answered by a name, a salary by an amount', () => {
    expect(satisfiesType('appointee', 'Till samordnare utsågs Anna Svensson.')).toBe(true);
    expect(satisfiesType('appointee', 'Samordnaren tillsattes 2016.')).toBe(false);
    expect(satisfiesType('money', 'Ingångslönen är 32 000 kronor.')).toBe(true);
    expect(satisfiesType('money', 'Fyra av tio chefer har svårt att leverera.')).toBe(false);
  });

  it('an identity question names its person, and is answered by the sentence giving that person\'s role', () => {
    expect(identitySubject('Vilken roll har Inger Widén Cederberg?')).toBe('Inger Widén Cederberg');
    expect(identitySubject('Vem är socialchef där?')).toBeUndefined();
    expect(saysWhoIs('Inger Widén Cederberg', 'säger Inger Widén Cederberg, chef för individ- och familjeenheten på Socialstyrelsen.')).toBe(true);
    expect(saysWhoIs('Inger Widén Cederberg', 'Mer information: Merike Lidholm, projektledare, eller Inger Widén Cederberg, 08-555 535 70.')).toBe(false);
    expect(saysWhoIs('Pia Tham', 'Pia Thams studie visar att många får en tuff start.')).toBe(false);
    expect(saysWhoIs('Pia Tham', 'Pia Tham är docent i socialt arbete.')).toBe(true);
  });

  it('a number may be written out ("i drygt tjugo års tid")', () => {
    expect(satisfiesType('quantity', 'Hon har arbetat med frågan i drygt tjugo års tid.')).toBe(true);
    expect(satisfiesType('quantity', 'Hon har arbetat med frågan länge.')).toBe(false);
  });

  it('a duration is answered only by a sentence with a number', () => {
    expect(satisfiesType('quantity', 'Hon har arbetat med våldsutsatta kvinnor i över 15 år.')).toBe(true);
    expect(satisfiesType('quantity', 'De har i många år arbetat med fokus på våldsutsatta kvinnor.')).toBe(false);
  });
});

describe('"Vilken lag …?": the kind of thing asked for', () => {
  it.each([
    ['Vilken lag styr vem som fattar beslut i individärenden?', 'lag'],
    ['Vilken reform vill förbundsordföranden se?', 'reform'],
    ['Vilket förbund organiserar socionomer?', 'förbund'],
    ['Vad heter it-leverantören som byggde roboten?', 'it-leverantören'],
    ['Vad heter den rapporten?', 'rapporten'],
    ['Vilken andel svarade ja?', undefined],
    ['Vilket år kom rapporten?', undefined],
    ['Vilka råd ger de?', undefined],
    ['Hur blir jag medlem?', undefined],
  ])('%s → %s', (question, noun) => {
    expect(askedNoun(question)).toBe(noun);
  });

  it('is named by its name when a capitalised name stands before the noun', () => {
    expect(namesNounByName('kommun', 'säger Marie Lundqvist, socialchef i Botkyrka kommun.')).toBe(true);
    expect(namesNounByName('kommun', 'Han har ingått i ett traineeprogram i Jönköpings kommun.')).toBe(true);
    expect(namesNounByName('kommun', 'I dagsläget ansvarar varje kommun för sina egna satsningar.')).toBe(false);
    expect(namesNounByName('kommun', 'Kommunen tittar även på möjligheten.')).toBe(false);
  });

  it('is named by the noun itself, inflected, or as the last part of a compound', () => {
    expect(namesNoun('lag', 'Vem som ska fatta beslut regleras i socialtjänstlagen.')).toBe(true);
    expect(namesNoun('lag', 'En ny lag behövs.')).toBe(true);
    expect(namesNoun('reform', 'Det är hög tid att genomföra en kommunreform.')).toBe(true);
    expect(namesNoun('förbund', 'Förbundet kräver bättre villkor.')).toBe(true);
    expect(namesNoun('lag', 'Om mandatet att fatta beslut förflyttas till tjänstemannanivå.')).toBe(false);
    expect(namesNoun('reform', 'Kommunerna har ett underskott.')).toBe(false);
  });
});
