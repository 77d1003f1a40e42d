/**
 * When the documents say something close to the question but not its answer, the bot abstains
 * (and offers an advisor) instead of quoting the nearby sentence; when they do answer, it answers.
 * Through the whole engine on the real knowledge folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app.js';
import { askOnce } from '../../src/cli/shared.js';
import { createTestCore } from '../helpers/core.js';

let core: Core;
beforeAll(async () => {
  core = await createTestCore();
}, 60_000);
afterAll(async () => core?.close());

const ask = (text: string) => askOnce(core, 'q', text, undefined);

describe('answer or abstain', () => {
  it.each([
    // Leaving the union: the documents only tell how to join.
    'Hur gör jag för att gå ur facket?',
    'Hur säger man upp medlemskapet i Vision?',
    // … misspelt: the phrase is still "säga upp medlemskapet".
    'Hur säger jag upp mitt medleskap i Vision?',
    // A misspelt word the documents never use, corrected by the dictionary, is still absent from them.
    'Hur lång uppsägnngstid har jag om jag själv säger upp mig?',
    // … and what kind of fact is asked for is read from the corrected word: a salary.
    'Vilken ingånslön kan en nyexad socionom räkna med?',
    // A count of something the documents mention without a number ("Över 600 socionomer har svarat" is another count).
    'Hur många socionomer är sjukskrivna just nu?',
    // A share: "för 20 år sedan" and "89 procent anser att den psykiska ohälsan har ökat" answer other questions.
    'Hur många procent av socionomerna är utbrända?',
    // A salary: no amount in the documents.
    'Vad tjänar en socialsekreterare?',
    // Months of membership: "Våra 195 000 medlemmar" counts members, and "sms:a till 71501" is a number, not a quantity.
    'Hur många månader måste jag ha varit medlem innan inkomstförsäkringen börjar gälla?',
    // Opening hours: the documents mention Göteborg and Vision, but give no hours.
    'Vilka öppettider har Visions kontor i Göteborg?',
    // A count of social secretaries: "68 procent av socionomerna" in "socialtjänsten" shares only the part "social".
    'Hur många socialsekreterare jobbar i Botkyrka kommun?',
    // Strike pay: no "strejk" anywhere in the documents; their "ersättning" is unemployment benefit.
    'Får man strejkersättning från Vision om det blir konflikt?',
    // Who was appointed: the article says a coordinator was appointed in 2016, not who; the
    // name in the next sentence (Niklas Borg, quoted) is not the appointee.
    'Vem blev nationell samordnare för den sociala barn- och ungdomsvården 2016?',
    // A date from a passage not about what is asked: the survey "av socionomer i Sverige" was made in
    // August 2018, and the documents only ask for a legitimation.
    'När började socionomer i Sverige få legitimation?',
  ])('abstains: %s', async (text) => {
    const out = await ask(text);
    expect(out.kind, out.text).toBe('abstain');
  });

  it.each([
    ['Hur stor andel av ansökningarna om ekonomiskt bistånd görs digitalt i Botkyrka?', '45'],
    ['Hur många socionomer svarade på undersökningen om psykisk ohälsa?', '600'],
    ['Hur blir jag medlem om jag är arbetssökande?', '71501'],
    // "ställen" are "platser"; "hur många söker …" counts people, whatever the noun of the answer.
    ['På hur många ställen finns det behandling för män som utövar våld?', '50'],
    ['Hur många söker ekonomiskt bistånd via nätet i Botkyrka?', '45'],
    ['Hur länge har Azam Qarai arbetat med hedersrelaterat våld?', 'tjugo'],
    // Who holds a role: Vision's chair, not the chair of another union who is quoted elsewhere.
    ['Vem är ordförande för Vision?', 'Veronica Magnusson'],
    // Those who "är med i Vision" are its members: not the "3 månader" of the membership page's title.
    ['Hur många är med i Vision?', '195 000'],
    // A question for a way is answered by the sentence that says by what means.
    ['Hallå där! Hur kan man få ner arbetsbördan på socialkontoret?', 'färre ärenden'],
    // The words of the article's title ("råd till riksdagen ett år efter valet") say which article, not which passage.
    ['Vilken insats är mest förebyggande för barn och unga enligt socionomernas råd till riksdagen ett år efter valet?', 'skolgång'],
    // "Några försäkringar": every kind the passage names, not only the income insurance.
    ['Hej! Ingår det några försäkringar när man blir medlem?', 'personförsäkringar'],
    // Found through the curated search terms above the sentence (the source writes "partipoliskt"), and that sentence is quoted.
    ['Tillhör Vision något politiskt parti?', 'partipoliskt obundna'],
    // Colloquial words for the documents' terms: "vem leder" is the chair, "nittiotalet" the 1990s.
    ['Vem leder Akademikerförbundet SSR?', 'Heike Erkers'],
    ['Varför blev det fler klienter inom socialtjänsten på nittiotalet?', 'arbetslösa'],
    // Names typed in lower case are the documents' names: this asks what Azam Qarai is.
    ['var arbetar azam qarai?', 'Linnamottagningen'],
    // A misspelt compound the documents never use is read as the dictionary's compound ("socialkontoret").
    ['Hallå där! Hur kan man få ner arbetsbördan på socialkntoret?', 'färre ärenden'],
    ['vilken roll har annica blomsten?', 'socialdirektör'],
    // What happens otherwise is the sentence after the one that states the case ("Om det inte är möjligt …").
    ['Vad händer om det inte går att dra avgiften från min lön?', 'inbetalningskort'],
    // The document's own question ("Är du arbetssökande och vill bli medlem?") leads to its answer.
    ['Jag är arbetssökande, hur blir jag medlem?', '71501'],
    // … and quoted for other reasons, that question is followed by its answer, never left alone.
    ['Jag är arbetslös och vill gå med i facket, hur gör jag?', '71501'],
    // A fact only the title states, for a question the title is about.
    ['Hur länge får man vara medlem gratis när man går med i Vision?', '3 månader'],
    // "lönar det sig" is the glossary's "lönar sig" in a question's word order, and the documents
    // say it in one word of that group ("Förebyggande arbete är ekonomiskt lönsamt").
    ['Varför lönar det sig att jobba förebyggande, enligt Niklas Borg?', 'akuta'],
    // "ny socionom" is a newly graduated one, and as informative as "nyutexaminerad": not as
    // common as "socionom", which would leave "tips" to pick the passage.
    ['Har ni några tips till mig som ny socionom?', 'mentor'],
    // "ändå" names no topic: this is the question of how to join when out of work.
    ['Jag är arbetssökande just nu, kan jag ändå bli medlem?', '71501'],
  ])('answers: %s', async (text, fact) => {
    const out = await ask(text);
    expect(out.kind, out.text).toBe('answer');
    expect(out.text).toContain(fact);
  });

  it('answers a request for tips with every piece of advice of a section written as subsections', async () => {
    const out = await ask('tips för att orka jobba med våldsutsatta kvinnor?');
    expect(out.kind, out.text).toBe('answer');
    for (const advice of ['Jobba inte ensam', 'Utbildning', 'Handledning', 'Fritid', 'Egenvård']) expect(out.text).toContain(`- ${advice}: `);
    expect(out.text).toContain('Stäng av jobbtelefonen');
  });
});

describe('a word of a glossary group the documents write otherwise', () => {
  it('is in the documents: "nyutexade" where they write "nyutexaminerade"', async () => {
    const out = await ask('Vad är nyutexade socionomer osäkra på i jobbet?');
    expect(out.kind, out.text).toBe('answer');
  });
});
