/**
 * Decides whether a question leans on the conversation ("Vem sa det?", "Och vad föreslog de om
 * skolan?") and so should be read together with the member's earlier messages.
 */
const ANAPHORA = new Set([
  'det', 'den', 'de', 'dem', 'dom', 'han', 'hon', 'hen', 'honom', 'henne', 'detta', 'dessa', 'denna', 'där', 'dit', 'deras', 'hans', 'hennes', 'dess', 'samma', 'sådan', 'sådant',
  'it', 'that', 'they', 'them', 'he', 'she', 'him', 'her', 'this', 'those', 'these', 'there', 'their',
]);
const CONTINUATIONS = /^(och|men|samt|även|också|dessutom|and|but|also|what about|how about|vad mer|något mer|mer om)\b/i;

export function isFollowUp(question: string, contentConceptCount: number): boolean {
  const words = question.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (CONTINUATIONS.test(question.trim())) return true;
  if (contentConceptCount === 0) return true;
  const anaphoric = words.some((w) => ANAPHORA.has(w));
  return anaphoric && contentConceptCount <= 3;
}
