import { describe, expect, it } from 'vitest';
import { KEYWORDS, NEAR_MISSES, SHORTHANDS } from '../../../src/conversation/intent/keywords.js';
import { swedishDictionary } from '../../../src/knowledge/text/swedish-dictionary.js';

/** Typos of "människa" are far more common than the plural of "manisk". */
// As typos for "människa" and "morgon" ("God moron!") far more likely than the words they also are.
const DELIBERATELY_REPAIRED = new Set(['maniska', 'moron', 'morron']);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one insertion, deletion, substitution or swap of neighbours away. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    for (const c of LETTERS) out.add(word.slice(0, i) + c + word.slice(i));
    if (i === word.length) continue;
    out.add(word.slice(0, i) + word.slice(i + 1));
    for (const c of LETTERS) out.add(word.slice(0, i) + c + word.slice(i + 1));
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return out;
}

/** The Swedish spellings a folded word may come from: up to three of its a, o and e as å/ä, ö and é. */
function unfoldings(folded: string, start = 0, changes = 0): string[] {
  const forms = [folded];
  if (changes === 3) return forms;
  for (let i = start; i < folded.length; i++) {
    for (const accented of ACCENTED[folded[i]!] ?? []) {
      forms.push(...unfoldings(folded.slice(0, i) + accented + folded.slice(i + 1), i + 1, changes + 1));
    }
  }
  return forms;
}
const ACCENTED: Record<string, string[]> = { a: ['å', 'ä'], o: ['ö'], e: ['é'] };

describe('typo keywords', () => {
  it('are folded, at least six letters long and not repeated', () => {
    for (const word of [...KEYWORDS, ...NEAR_MISSES]) expect(word).toMatch(/^[a-z]+$/);
    for (const word of KEYWORDS) expect(word.length).toBeGreaterThanOrEqual(6);
    expect(new Set(KEYWORDS).size).toBe(KEYWORDS.length);
    expect(new Set(NEAR_MISSES).size).toBe(NEAR_MISSES.length);
    for (const [from, to] of SHORTHANDS) expect(`${from}→${to}`).toMatch(/^[a-z]+→[a-z ]+$/);
  });

  it('have every real Swedish word one edit away listed as a near miss, so it is never "repaired"', () => {
    const dictionary = swedishDictionary();
    const listed = new Set([...KEYWORDS, ...NEAR_MISSES, ...DELIBERATELY_REPAIRED]);
    const unlisted: string[] = [];
    for (const keyword of KEYWORDS) {
      for (const variant of oneEditAway(keyword)) {
        if (variant.length < 5 || listed.has(variant)) continue;
        if (unfoldings(variant).some((form) => dictionary.isWord(form))) unlisted.push(`${keyword} ~ ${variant}`);
      }
    }
    expect(unlisted).toEqual([]);
  });
});
