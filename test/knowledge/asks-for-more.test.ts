/**
 * "Och vad mer?" after an answer asks for what the answer did not lead with: the sentence that
 * led it is not given again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app.js';
import { asksForMore } from '../../src/knowledge/retrieve/follow-up.js';
import { createTestCore } from '../helpers/core.js';

describe('asking for more', () => {
  it('recognises a request for more of what was just answered', () => {
    for (const q of ['Och vad mer?', 'Något mer?', 'nåt mer', 'Vad efterlyser hon mer utöver de tre?', 'Vilka fler?', 'What else?', 'And anything else?']) expect(asksForMore(q), q).toBe(true);
    for (const q of ['Vad krävs för att få mer tid?', 'Hur blir det fler socionomer?', 'Vad kostar medlemskapet?', 'Tell me more about the income insurance']) expect(asksForMore(q), q).toBe(false);
  });

  describe('in an answer', () => {
    let core: Core;
    beforeAll(async () => {
      core = await createTestCore();
    }, 120_000);
    afterAll(async () => core.close());

    it('gives what follows the previous answer’s main point, not the point again', async () => {
      const first = 'Vilka tre åtgärder är viktigast för kvaliteten enligt Veronica Magnusson?';
      const before = await core.knowledge.answer(first, { language: 'sv' });
      expect(before.answer.text).toContain('1. Att varje chef ansvarar för ett rimligt antal medarbetare.');
      const more = await core.knowledge.answer('Och vad mer?', { language: 'sv', history: [first] });
      expect(more.answer.kind).toBe('answer');
      expect(more.answer.text).not.toContain('1. Att varje chef ansvarar');
      expect(more.answer.text).toContain('generella statsbidrag');
    });

    it('answers a follow-up that asks for nothing more as before', async () => {
      const first = 'Vilka tre åtgärder är viktigast för kvaliteten enligt Veronica Magnusson?';
      const again = await core.knowledge.answer('Vem sa det?', { language: 'sv', history: [first] });
      expect(again.answer.text).toContain('Veronica Magnusson');
    });
  });
});
