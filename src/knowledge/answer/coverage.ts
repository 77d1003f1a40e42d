import type { Passage } from '../retrieve/types.js';

/**
 * How much of the question the best of the top passages covers: the abstention signal. The
 * top three count, because with dense fusion the first passage may be a paraphrase that
 * matched no word of the question.
 */
export function bestCoverage(passages: Passage[]): number {
  return Math.max(0, ...passages.slice(0, 3).map((p) => p.coverage));
}
