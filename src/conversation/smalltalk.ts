import { textsFor } from '../core/texts.js';
import type { Language } from '../core/types.js';

/** Picks the small-talk reply: thanks, goodbye, "who are you", or a greeting. */
export function smalltalkReply(text: string, language: Language): string {
  const texts = textsFor(language);
  const t = text.toLowerCase();
  if (/\b(tack|tackar|thanks|thank you|thx)\b/.test(t)) return texts.thanks;
  if (/\b(hej då|hejdå|adjö|vi hörs|ha det bra|bye|goodbye|see you)\b/.test(t)) return texts.goodbye;
  if (/\b(vem är du|vad är du|är du en (bot|robot|människa)|who are you|what are you|are you a (bot|human))\b/.test(t)) return texts.whoAmI;
  return texts.greeting;
}
