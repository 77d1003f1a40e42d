/**
 * Composing the answer reads each sentence against the kind of fact asked for; the passages it
 * cites then lead the list, ahead of passages retrieval scored alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app.js';
import { createTestCore } from '../helpers/core.js';

describe('the passages an answer cites come first', () => {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore();
  }, 120_000);
  afterAll(async () => core.close());

  it('puts the passage introducing a person with her role ahead of the contact list naming her', async () => {
    const { answer, retrieval } = await core.knowledge.answer('Vem är Inger Widén Cederberg?', { language: 'sv' });
    expect(answer.kind).toBe('answer');
    expect(answer.text).toContain('chef för individ- och familjeenheten på Socialstyrelsen');
    const cited = answer.kind === 'answer' ? answer.citations[0]! : undefined;
    expect(retrieval.passages[0]!.text).toBe(cited!.text);
    expect(retrieval.passages[0]!.text).toContain('chef för individ- och familjeenheten');
    // Nothing is lost or repeated: the contact list is still among the passages.
    expect(retrieval.passages.some((p) => p.heading === 'Kontakt' && p.text.includes('Inger Widén Cederberg, 08-555 535 70'))).toBe(true);
    expect(new Set(retrieval.passages.map((p) => p.chunkId)).size).toBe(retrieval.passages.length);
  });

  it('leaves the order as retrieved when the answer abstains', async () => {
    const { answer, retrieval } = await core.knowledge.answer('Vad kostar en flygbiljett till Thailand?', { language: 'sv' });
    expect(answer.kind).toBe('abstain');
    const scores = retrieval.passages.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
