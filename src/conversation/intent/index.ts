import { isOnlyEmojiOrPunctuation } from '../../core/input.js';
import type { Intent, Language } from '../../core/types.js';
import { CRISIS, HUMAN, INJECTION, PERSONAL_CASE, SMALLTALK } from './rules.js';

export type PersonalCaseTopic = (typeof PERSONAL_CASE)[number]['topic'];

export interface IntentResult {
  intent: Intent;
  language: Language;
  /** Which rule matched, for logs — never the message text. */
  reason?: string;
  personalCaseTopic?: PersonalCaseTopic;
}

/** Only the start of a very long message is examined; intents are expressed early. */
const SCAN_LIMIT = 2_000;

/** Lowercase, å/ä → a, ö → o, é → e, punctuation to spaces (keeping apostrophes), whitespace collapsed. */
export function fold(text: string): string {
  return text
    .slice(0, SCAN_LIMIT)
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/[’`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rule-based intent classification (Swedish and English, typos and missing diacritics tolerated). */
export function classifyIntent(text: string): IntentResult {
  const language = detectLanguage(text);
  if (!text.trim() || isOnlyEmojiOrPunctuation(text)) return { intent: 'empty', language, reason: 'empty' };
  const folded = fold(text);
  const crisis = CRISIS.findIndex((p) => p.test(folded));
  if (crisis !== -1) return { intent: 'crisis', language, reason: `crisis:${crisis}` };
  const human = HUMAN.findIndex((p) => p.test(folded));
  if (human !== -1) return { intent: 'human', language, reason: `human:${human}` };
  for (const { topic, patterns } of PERSONAL_CASE) {
    const index = patterns.findIndex((p) => p.test(folded));
    if (index !== -1) return { intent: 'personal_case', language, reason: `personal_case:${topic}:${index}`, personalCaseTopic: topic };
  }
  const smalltalk = SMALLTALK.findIndex((p) => p.test(folded));
  if (smalltalk !== -1) return { intent: 'smalltalk', language, reason: `smalltalk:${smalltalk}` };
  return { intent: 'question', language, reason: 'question' };
}

export function looksLikePromptInjection(text: string): boolean {
  const folded = fold(text);
  return INJECTION.some((p) => p.test(folded));
}

const ENGLISH_WORDS = new Set('the is are was were what how who why when which do does did can could would should i my me you your it this that of to in for with on and or not have has be an a about there their they please thanks hello hi included'.split(' '));
const SWEDISH_WORDS = new Set('och att det som är en ett jag du vi ni de för på med inte har hur vad vem varför när vilka vilken kan ska min mitt mina till om av den så man får finns också eller hej tack ingår medlem'.split(' '));

/** 'en' when the text is clearly English; Swedish is the default for short or mixed text. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SCAN_LIMIT).toLowerCase();
  if (/[åäö]/.test(sample) && !/\b(the|is|what|how|does)\b/.test(sample)) return 'sv';
  const words = sample.match(/[\p{L}']+/gu) ?? [];
  let en = 0;
  let sv = 0;
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) en++;
    if (SWEDISH_WORDS.has(word.normalize('NFC'))) sv++;
  }
  return en >= 2 && en > sv * 1.5 ? 'en' : en >= 1 && sv === 0 && words.length <= 3 && /^(hi|hello|thanks|thank|hey|help)\b/.test(sample) ? 'en' : 'sv';
}
