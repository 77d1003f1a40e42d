import { describe, expect, it } from 'vitest';
import { abstainReason } from '../../src/knowledge/answer/coverage.js';
import type { ConceptInfo, Passage } from '../../src/knowledge/retrieve/types.js';

const concept = (name: string, extra: Partial<ConceptInfo> = {}): ConceptInfo => ({ concept: name, weight: 1, idf: 2, forms: [{ word: name, weight: 1 }], fromHistory: false, ...extra });
const passage = (matched: string[], coverage: number): Passage => ({
  chunkId: 'a.md#0', documentId: 'a.md', title: 'A', text: 'Text.', ordinal: 0, score: 1, coverage, matchedConcepts: matched,
});

describe('abstainReason', () => {
  it('answers when a passage covers enough of the question with two of its words', () => {
    expect(abstainReason([passage(['lön', 'avdrag'], 0.7)], [concept('lön'), concept('avdrag'), concept('betala')])).toBeUndefined();
  });

  it('abstains on low coverage', () => {
    expect(abstainReason([passage(['lön'], 0.2)], [concept('lön'), concept('avdrag')])).toBe('low_coverage');
  });

  it('abstains when only one of three content words is shared', () => {
    expect(abstainReason([passage(['god'], 0.35)], [concept('god'), concept('gräddsås'), concept('köttbullar')])).toBe('single_word');
  });

  it('abstains when the question names something the documents never mention', () => {
    const concepts = [concept('lön'), concept('socionom'), concept('stockholm', { name: true, absent: true })];
    expect(abstainReason([passage(['lön', 'socionom'], 0.6)], concepts)).toBe('unknown_name');
  });
});
