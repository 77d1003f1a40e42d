import { textsFor } from '../core/texts.js';
import type { Language } from '../core/types.js';
import { foldForMatching } from './intent/fold.js';

// On folded text (lower case, no diacritics, typos of the intent keywords repaired): "hej da" and "hej då" alike.
const THANKS = /\b(tack|tackar|thanks|thank you|thx)\b/;
const GOODBYE = /\b(hej da|hejda|adjo|vi hors|ha det bra|bye|goodbye|see you|(ha en )?(fin|trevlig|bra|skon|god|harlig) (helg|dag|kvall|vecka)|have a (nice|good|great) (day|weekend|evening))\b/;
const WHO_AM_I =
  /\b(vem ar du|vad ar du|vem (ar det (jag|som) )?(pratar|chattar|skriver|svarar)|(ar du|pratar jag med|chattar jag med) en (riktig )?(bot|robot|chattbot|chatbot|ai|manniska)|who are you|what are you|who am i (talking|chatting)|are you a (bot|chatbot|robot|human)|am i talking to a)\b/;

/** Picks the small-talk reply: thanks, goodbye, "who are you", or a greeting. */
export function smalltalkReply(text: string, language: Language): string {
  const texts = textsFor(language);
  const folded = foldForMatching(text);
  if (THANKS.test(folded)) return texts.thanks;
  if (GOODBYE.test(folded)) return texts.goodbye;
  if (WHO_AM_I.test(folded)) return texts.whoAmI;
  return texts.greeting;
}
