import type { EvalQuestion } from './score.js';

/**
 * Question sets as members also type them, made from a set deterministically: all in lower case
 * without å, ä, ö and é ("hur manga socionomer …"), or with one letter dropped from the middle
 * of the longest word of each question ("Norrtlje"). What the answer must contain is unchanged.
 */
export type Perturbation = 'no-swedish-letters' | 'dropped-letter';

export const PERTURBATIONS: readonly Perturbation[] = ['no-swedish-letters', 'dropped-letter'];

export function perturb(questions: readonly EvalQuestion[], kind: Perturbation): EvalQuestion[] {
  return questions.map((q) => ({ ...q, id: `${q.id}~${kind}`, text: perturbText(q.text, kind), ...(q.history && kind === 'no-swedish-letters' ? { history: q.history.map((h) => perturbText(h, kind)) } : {}) }));
}

export function perturbText(text: string, kind: Perturbation): string {
  if (kind === 'no-swedish-letters') return text.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e');
  const words = text.split(' ');
  const longest = words.reduce((best, word, i) => (word.length > words[best]!.length ? i : best), 0);
  const word = words[longest]!;
  if (word.length < 5) return text;
  const middle = Math.floor(word.length / 2);
  words[longest] = word.slice(0, middle) + word.slice(middle + 1);
  return words.join(' ');
}
