/**
 * Every fixed text a member sees, in Swedish and English, in one place.
 * Crisis numbers are the Swedish public resources listed in DESIGN.md.
 */
import type { Language } from './types.js';

export interface Texts {
  greeting: string;
  thanks: string;
  goodbye: string;
  whoAmI: string;
  emptyMessage: string;
  truncatedNotice: string;
  crisis: string;
  humanRequested: string;
  personalCaseOffer: string;
  abstain: string;
  abstainTwice: string;
  accordingTo: (source: string) => string;
  /** Leads an answer that is an article's title itself ("Vision skriver:" «Bli medlem … 3 månader kostnadsfritt»). */
  titleSays: (publisher: string, date?: string) => string;
  sourcesHeading: string;
  quotedInSwedish: string;
  error: string;
  queuedReminder: string;
  handoffAccepted: string;
  handoffDeclined: string;
  leftQueue: string;
  advisorButton: string;
  /** Shown when the bot is installed in Teams or a web chat starts. */
  welcome: string;
  sourcesHeadingMany: string;
  feedbackPrompt: string;
  feedbackUp: string;
  feedbackDown: string;
  feedbackThanks: string;
  cancelQueueButton: string;
  attachmentsNotRead: string;
  unknownChoice: string;
  advisorJoined: (firstName: string) => string;
  handedBack: string;
  conversationClosed: string;
  queuePosition: (position: number) => string;
  callbackOffer: (nextOpening: string | undefined) => string;
  abstainQueued: string;
  callbackConfirmed: (nextOpening: string | undefined) => string;
}

const sv: Texts = {
  greeting: 'Hej! Jag är Visions rådgivningsbot. Fråga mig om medlemskapet, inkomstförsäkringen, a-kassan eller Visions rapporter och råd – jag svarar utifrån Visions egna dokument och visar källan. Vill du prata med en rådgivare går det också bra.',
  thanks: 'Varsågod! Hör av dig om du undrar något mer.',
  goodbye: 'Tack för pratstunden – välkommen tillbaka!',
  whoAmI: 'Jag är en bot som svarar utifrån Visions egna dokument och visar var svaret kommer ifrån. För din egen situation kan jag koppla dig till en rådgivare.',
  emptyMessage: 'Jag fick inget meddelande att svara på. Skriv din fråga med några ord, till exempel "Ingår inkomstförsäkringen i medlemskapet?"',
  truncatedNotice: 'Ditt meddelande var mycket långt, så jag har läst början av det. Skriv gärna din fråga kort.',
  crisis:
    'Det låter som att du har det väldigt svårt just nu, och jag vill att du får hjälp direkt.\n' +
    '• Är det akut eller är någon i fara: ring 112.\n' +
    '• Mind Självmordslinjen: ring 90101 (dygnet runt) eller chatta på mind.se.\n' +
    '• Kvinnofridslinjen (våld i nära relationer): 020-50 50 50, dygnet runt.\n' +
    '• Sjukvårdsrådgivning: ring 1177.\n' +
    'Jag har också bett en av Visions rådgivare att kontakta dig så snart som möjligt.',
  humanRequested: 'Jag kopplar dig till en av Visions rådgivare. Du står nu i kö, och rådgivaren svarar här i samma chatt. Du kan skriva "avbryt" om du ångrar dig.',
  personalCaseOffer:
    'Det låter som en fråga om din egen anställning. Sådant är bäst att gå igenom med en rådgivare som kan se på just ditt fall. Vill du att jag kopplar dig till en rådgivare? Svara "ja" eller tryck på knappen.',
  abstain: 'Det hittar jag inget svar på i Visions dokument, och jag vill inte gissa. Vill du att jag kopplar dig till en rådgivare?',
  abstainTwice: 'Jag har inte kunnat svara på dina två senaste frågor utifrån Visions dokument. Jag föreslår att du pratar med en rådgivare – vill du det?',
  accordingTo: (source) => `Enligt ${source}:`,
  titleSays: (publisher, date) => `${publisher} skriver${date ? ` (${date})` : ''}:`,
  sourcesHeading: 'Källa',
  quotedInSwedish: '',
  error: 'Något gick fel hos mig när jag skulle svara. Försök igen om en stund, eller be att få prata med en rådgivare.',
  queuedReminder: 'Du står i kö till en rådgivare. Du kan fortsätta fråga mig under tiden, eller skriva "avbryt" för att lämna kön.',
  handoffAccepted: 'Bra, jag kopplar dig till en rådgivare. Du står nu i kö och får svar här i chatten.',
  handoffDeclined: 'Okej! Fråga mig gärna om något annat.',
  leftQueue: 'Du har lämnat kön. Fråga mig gärna, eller be om en rådgivare igen när du vill.',
  advisorButton: 'Prata med en rådgivare',
  welcome:
    'Hej och välkommen! Jag är Visions rådgivningsbot. Fråga mig om medlemskapet, inkomstförsäkringen, a-kassan eller Visions rapporter och råd – jag svarar utifrån Visions egna dokument och visar källan. Gäller det din egen anställning, eller vill du hellre prata med en människa, tryck på "Prata med en rådgivare".',
  sourcesHeadingMany: 'Källor',
  feedbackPrompt: 'Var svaret till hjälp?',
  feedbackUp: '👍 Ja',
  feedbackDown: '👎 Nej',
  feedbackThanks: 'Tack för ditt omdöme! Det hjälper oss att göra svaren bättre.',
  cancelQueueButton: 'Lämna kön',
  attachmentsNotRead: 'Jag kan bara läsa text, inte bilagor eller bilder. Skriv gärna din fråga i ett meddelande – och skicka inga personliga dokument här.',
  unknownChoice: 'Det valet känner jag inte igen. Skriv gärna din fråga i stället.',
  advisorJoined: (name) => `Du pratar nu med ${name}, rådgivare på Vision. Skriv här så svarar ${name} dig.`,
  handedBack: 'Rådgivaren har lämnat tillbaka samtalet till mig, Visions bot. Fråga mig gärna, eller be om en rådgivare igen när du vill.',
  conversationClosed: 'Samtalet är avslutat. Tack för att du hörde av dig! Skriver du igen startar ett nytt samtal med boten.',
  queuePosition: (n) => (n === 1 ? 'Du är först i kön.' : `Du är nummer ${n} i kön.`),
  abstainQueued: 'Det hittar jag inget svar på i Visions dokument, och jag vill inte gissa – ta gärna upp det med rådgivaren.',
  callbackOffer: (next) =>
    (next ? `Just nu har våra rådgivare stängt – vi öppnar igen ${next}.` : 'Det dröjer innan en rådgivare kan ta ditt samtal.') +
    ' Vill du bli uppringd i stället? Skriv ditt telefonnummer här, så ringer en rådgivare upp dig. Du står kvar i kön under tiden.',
  callbackConfirmed: (next) => `Tack! En rådgivare ringer upp dig ${next ? `när vi öppnar, ${next}` : 'så snart som möjligt'}. Skriv "avbryt" om du ångrar dig.`,
};

const en: Texts = {
  greeting: "Hi! I'm Vision's advice bot. Ask me about membership, income insurance, unemployment insurance (a-kassa) or Vision's reports and advice – I answer from Vision's own documents and show the source. You can also talk to an advisor.",
  thanks: "You're welcome! Get in touch if there is anything else.",
  goodbye: 'Thanks for the chat – welcome back!',
  whoAmI: "I'm a bot that answers from Vision's own documents and shows where the answer comes from. For your own situation I can connect you with an advisor.",
  emptyMessage: 'I did not get a message to answer. Please write your question in a few words, for example "Is income insurance included in the membership?"',
  truncatedNotice: 'Your message was very long, so I read the beginning of it. Please keep your question short.',
  crisis:
    'It sounds like you are having a very hard time right now, and I want you to get help straight away.\n' +
    '• If it is urgent or someone is in danger: call 112.\n' +
    '• Mind Självmordslinjen (suicide helpline): call 90101 (24/7) or chat at mind.se.\n' +
    '• Kvinnofridslinjen (violence in close relationships): 020-50 50 50, 24/7.\n' +
    '• Healthcare advice: call 1177.\n' +
    "I have also asked one of Vision's advisors to contact you as soon as possible.",
  humanRequested: "I'm connecting you with one of Vision's advisors. You are now in the queue, and the advisor will reply here in this chat. Write \"cancel\" if you change your mind.",
  personalCaseOffer:
    'That sounds like a question about your own employment. It is best handled by an advisor who can look at your case. Would you like me to connect you with an advisor? Answer "yes" or press the button.',
  abstain: "I can't find an answer to that in Vision's documents, and I don't want to guess. Would you like me to connect you with an advisor?",
  abstainTwice: "I couldn't answer your last two questions from Vision's documents. I suggest you talk to an advisor – would you like that?",
  accordingTo: (source) => `According to ${source} (quoted in Swedish):`,
  titleSays: (publisher, date) => `${publisher} writes${date ? ` (${date})` : ''} (in Swedish):`,
  sourcesHeading: 'Source',
  quotedInSwedish: '(quoted in Swedish from the source)',
  error: 'Something went wrong on my side while answering. Please try again in a moment, or ask to talk to an advisor.',
  queuedReminder: 'You are in the queue for an advisor. You can keep asking me in the meantime, or write "cancel" to leave the queue.',
  handoffAccepted: "Good, I'm connecting you with an advisor. You are now in the queue and will get a reply here in the chat.",
  handoffDeclined: 'OK! Feel free to ask me something else.',
  leftQueue: 'You have left the queue. Ask me anything, or ask for an advisor again whenever you like.',
  advisorButton: 'Talk to an advisor',
  welcome:
    'Hi and welcome! I\'m Vision\'s advice bot. Ask me about membership, income insurance, unemployment insurance (a-kassa) or Vision\'s reports and advice – I answer from Vision\'s own documents and show the source. If it concerns your own employment, or you would rather talk to a person, press "Talk to an advisor".',
  sourcesHeadingMany: 'Sources',
  feedbackPrompt: 'Was this answer helpful?',
  feedbackUp: '👍 Yes',
  feedbackDown: '👎 No',
  feedbackThanks: 'Thank you for your feedback! It helps us improve the answers.',
  cancelQueueButton: 'Leave the queue',
  attachmentsNotRead: 'I can only read text, not attachments or images. Please write your question in a message – and do not send personal documents here.',
  unknownChoice: "I don't recognise that choice. Please write your question instead.",
  advisorJoined: (name) => `You are now talking to ${name}, an advisor at Vision. Write here and ${name} will answer you.`,
  handedBack: "The advisor has handed the conversation back to me, Vision's bot. Ask me anything, or ask for an advisor again whenever you like.",
  conversationClosed: 'The conversation is closed. Thank you for getting in touch! If you write again, a new conversation with the bot starts.',
  queuePosition: (n) => (n === 1 ? 'You are first in the queue.' : `You are number ${n} in the queue.`),
  abstainQueued: "I can't find an answer to that in Vision's documents, and I don't want to guess – please bring it up with the advisor.",
  callbackOffer: (next) =>
    (next ? `Our advisors are closed right now – we open again ${next}.` : 'It will take a while before an advisor can take your conversation.') +
    ' Would you like a call back instead? Write your phone number here and an advisor will call you. You stay in the queue meanwhile.',
  callbackConfirmed: (next) => `Thank you! An advisor will call you ${next ? `when we open, ${next}` : 'as soon as possible'}. Write "cancel" if you change your mind.`,
};

/**
 * The same texts where a member writes by SMS: no buttons and no chat window, so they name the
 * words to reply with (JA, RING, AVBRYT), and they fit in at most two GSM-7 segments (the crisis
 * text is the short form of the chat one, with every number kept).
 */
const smsSv: Partial<Texts> = {
  greeting: 'Hej! Jag är Visions rådgivningsbot. Sms:a en fråga om medlemskapet, inkomstförsäkringen, a-kassan eller Visions råd, så svarar jag utifrån Visions dokument. Svara RING så ringer en rådgivare upp dig.',
  goodbye: 'Tack för pratstunden, välkommen tillbaka!',
  abstainQueued: 'Det hittar jag inget svar på i Visions dokument, och jag vill inte gissa. Ta gärna upp det med rådgivaren.',
  crisis:
    'Det låter som att du har det väldigt svårt just nu. Är det akut eller är någon i fara: ring 112. ' +
    'Mind Självmordslinjen: 90101 (dygnet runt). Kvinnofridslinjen: 020-50 50 50. Sjukvårdsrådgivning: 1177. ' +
    'En rådgivare på Vision kontaktar dig så snart som möjligt.',
  humanRequested: 'Jag kopplar dig till en rådgivare på Vision. Du står i kö och får svar här med sms. Svara RING om du hellre vill bli uppringd, eller AVBRYT om du ångrar dig.',
  personalCaseOffer: 'Det låter som en fråga om din egen anställning. Den är bäst att gå igenom med en rådgivare. Svara JA så kopplar jag dig till en rådgivare, eller RING så ringer en rådgivare upp dig.',
  handoffAccepted: 'Bra, jag kopplar dig till en rådgivare. Du står i kö och får svar här med sms.',
  abstain: 'Det hittar jag inget svar på i Visions dokument, och jag vill inte gissa. Svara RING så ringer en rådgivare upp dig.',
  abstainTwice: 'Jag har inte kunnat svara på dina två senaste frågor utifrån Visions dokument. Svara JA så kopplar jag dig till en rådgivare, eller RING så blir du uppringd.',
  queuedReminder: 'Du står i kö till en rådgivare. Du kan fråga mig under tiden, svara RING för att bli uppringd eller AVBRYT för att lämna kön.',
  attachmentsNotRead: 'Jag kan bara läsa text, inte bilder. Skriv din fråga i ett sms, och skicka inga personliga dokument hit.',
  advisorJoined: (name) => `Du har nu kontakt med ${name}, rådgivare på Vision. Svara på det här sms:et så läser ${name} det.`,
  handedBack: 'Rådgivaren har lämnat tillbaka samtalet till Visions bot. Sms:a en fråga, eller svara RING så ringer en rådgivare upp dig.',
  conversationClosed: 'Samtalet är avslutat. Tack för att du hörde av dig! Sms:a igen om du undrar något mer.',
  callbackOffer: (next) =>
    (next ? `Just nu har våra rådgivare stängt, vi öppnar igen ${next}.` : 'Det dröjer innan en rådgivare kan svara dig.') +
    ' Svara RING så ringer en rådgivare upp dig på det här numret. Du står kvar i kön under tiden.',
  callbackConfirmed: (next) => `Tack! En rådgivare ringer upp dig på det här numret ${next ? `när vi öppnar, ${next}` : 'så snart som möjligt'}. Svara AVBRYT om du ångrar dig.`,
};

const smsEn: Partial<Texts> = {
  greeting: "Hi! I'm Vision's advice bot. Text a question about membership, income insurance, a-kassa or Vision's advice, and I answer from Vision's documents. Reply RING and an advisor will call you.",
  goodbye: 'Thanks for the chat, welcome back!',
  abstainQueued: "I can't find an answer to that in Vision's documents, and I don't want to guess. Please bring it up with the advisor.",
  crisis:
    'It sounds like you are having a very hard time right now. If it is urgent or someone is in danger: call 112. ' +
    'Mind Självmordslinjen (suicide helpline): 90101 (24/7). Kvinnofridslinjen: 020-50 50 50. Healthcare advice: 1177. ' +
    'An advisor at Vision will contact you as soon as possible.',
  humanRequested: "I'm connecting you with an advisor at Vision. You are in the queue and will get a reply here by text. Reply RING for a call back instead, or AVBRYT if you change your mind.",
  personalCaseOffer: 'That sounds like a question about your own employment, best handled by an advisor. Reply YES and I will connect you with an advisor, or RING and an advisor will call you.',
  handoffAccepted: "Good, I'm connecting you with an advisor. You are in the queue and will get a reply here by text.",
  abstain: "I can't find an answer to that in Vision's documents, and I don't want to guess. Reply RING and an advisor will call you.",
  abstainTwice: "I couldn't answer your last two questions from Vision's documents. Reply YES to be connected with an advisor, or RING for a call back.",
  queuedReminder: 'You are in the queue for an advisor. You can keep asking me, reply RING for a call back, or CANCEL to leave the queue.',
  attachmentsNotRead: 'I can only read text, not images. Please write your question in a text message, and do not send personal documents here.',
  advisorJoined: (name) => `You are now in touch with ${name}, an advisor at Vision. Reply to this message and ${name} will read it.`,
  handedBack: "The advisor has handed the conversation back to Vision's bot. Text a question, or reply RING and an advisor will call you.",
  conversationClosed: 'The conversation is closed. Thank you for getting in touch! Text us again if there is anything else.',
  callbackOffer: (next) =>
    (next ? `Our advisors are closed right now, we open again ${next}.` : 'It will take a while before an advisor can reply.') +
    ' Reply RING and an advisor will call you on this number. You stay in the queue meanwhile.',
  callbackConfirmed: (next) => `Thank you! An advisor will call you on this number ${next ? `when we open, ${next}` : 'as soon as possible'}. Reply CANCEL if you change your mind.`,
};

const SMS_SV: Texts = { ...sv, ...smsSv };
const SMS_EN: Texts = { ...en, ...smsEn };

/** The texts for a language; on the SMS channel, the SMS wording where it differs. */
export function textsFor(language: Language, channel?: string): Texts {
  if (channel === 'sms') return language === 'en' ? SMS_EN : SMS_SV;
  return language === 'en' ? en : sv;
}

/** Fixed replies to SMS keywords and channel events. Each fits one or two GSM-7 segments (tested). */
export interface SmsTexts {
  /** VISION: how to join and how to get help. */
  info: string;
  /** TEST: lets an operator check that å, ä and ö arrive intact. */
  test: string;
  optedOut: string;
  optedIn: string;
  /** MER with nothing left to send. */
  noMore: string;
  /** Sent once when one number sends too many messages in a short time. */
  rateLimited: string;
}

const smsTexts: Record<Language, SmsTexts> = {
  sv: {
    info:
      'Hej från Vision! Bli medlem på vision.se, de första 3 månaderna är kostnadsfria. ' +
      'Sms:a din fråga hit så svarar vi direkt. Svara RING så ringer en rådgivare upp dig. Svara STOPP för att inte få fler sms.',
    test: 'Test från Vision: räksmörgås. Ser du å, ä och ö (ÅÄÖ) rätt fungerar sms-kanalen.',
    optedOut: 'Du får inga fler sms från Vision. Svara START om du vill få sms igen.',
    optedIn: 'Välkommen tillbaka! Du kan få sms från Vision igen. Sms:a din fråga, eller svara RING så ringer en rådgivare upp dig.',
    noMore: 'Det finns inget mer att skicka. Sms:a en ny fråga, eller svara RING så ringer en rådgivare upp dig.',
    rateLimited: 'Du har skickat många sms på kort tid. Vänta en stund innan du skickar fler, eller svara RING så ringer en rådgivare upp dig.',
  },
  en: {
    info:
      'Hello from Vision! Join at vision.se, the first 3 months are free of charge. ' +
      'Text your question here and we answer right away. Reply RING and an advisor will call you. Reply STOP to get no more texts.',
    test: 'Test from Vision: räksmörgås. If å, ä and ö (ÅÄÖ) look right, the SMS channel works.',
    optedOut: 'You will get no more texts from Vision. Reply START to get texts again.',
    optedIn: 'Welcome back! You can get texts from Vision again. Text your question, or reply RING and an advisor will call you.',
    noMore: 'There is nothing more to send. Text a new question, or reply RING and an advisor will call you.',
    rateLimited: 'You have sent many texts in a short time. Please wait a while before sending more, or reply RING and an advisor will call you.',
  },
};

export function smsTextsFor(language: Language): SmsTexts {
  return smsTexts[language];
}
