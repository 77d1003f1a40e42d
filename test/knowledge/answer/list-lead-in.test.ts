import { describe, expect, it } from 'vitest';
import { joinListLeadIns } from '../../../src/knowledge/answer/extractive.js';

describe('joinListLeadIns', () => {
  it('joins a sentence left open before a list in the next paragraph with that list', () => {
    const blocks = ['Rapporten visar en utveckling mot', '- ökad kunskap och kompetens\n- mer öppen vård', 'Samtidigt ökar kraven.'];
    expect(joinListLeadIns(blocks)).toEqual(['Rapporten visar en utveckling mot\n- ökad kunskap och kompetens\n- mer öppen vård', 'Samtidigt ökar kraven.']);
    expect(joinListLeadIns(['Det här behövs:', '1. Tid\n2. Resurser'])).toEqual(['Det här behövs:\n1. Tid\n2. Resurser']);
  });

  it('leaves a finished sentence, a list after a list, and prose after prose apart', () => {
    expect(joinListLeadIns(['Det är viktigt.', '- Tid'])).toEqual(['Det är viktigt.', '- Tid']);
    expect(joinListLeadIns(['- Tid', '- Resurser'])).toEqual(['- Tid', '- Resurser']);
    expect(joinListLeadIns(['Första stycket utan punkt', 'Andra stycket.'])).toEqual(['Första stycket utan punkt', 'Andra stycket.']);
  });
});
