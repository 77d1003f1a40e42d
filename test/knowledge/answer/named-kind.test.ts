/**
 * "Vilket försäkringsbolag …?" asks for one by name: a sentence that only says "det
 * försäkringsbolag som Vision samarbetar med" is no answer, one that names it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractiveComposer } from '../../../src/knowledge/answer/extractive.js';
import type { HybridRetriever } from '../../../src/knowledge/retrieve/hybrid.js';
import { expandForIndex } from '../../../src/knowledge/text/index.js';
import { indexedArticles } from '../../helpers/indexed-articles.js';

const unnamed = `---
title: "Försäkringar för medlemmar"
kind: medlemsvillkor
---

# Försäkringar för medlemmar

Jag ansluts automatiskt till personförsäkringar hos det försäkringsbolag som Vision samarbetar med. Försäkringarna gäller från första dagen.
`;
const named = `---
title: "Facket och kommunerna"
kind: artikel
---

# Facket och kommunerna

Rapporten togs fram av förbundet tillsammans med kommunerna. Bakom den står Akademikerförbundet SSR och Kommunförbundet.
`;

const robot = `---
title: "Robotisering i Norrtälje"
kind: artikel
---

# Robotisering i Norrtälje

I Norrtälje kommun får socialsekreterarna hjälp av en digital robot med ansökningar om försörjningsstöd. Den digitala roboten gör en beräkning, säger Annica Blomsten, socialdirektör i Norrtälje kommun.
`;

describe('a question for an organisation by name', () => {
  let retriever: HybridRetriever;
  let close: () => Promise<void>;
  const composer = new ExtractiveComposer({ expandForIndex });
  const ask = async (question: string) => composer.compose({ question, language: 'sv', retrieval: await retriever.retrieve({ text: question }) });

  beforeAll(async () => {
    ({ retriever, close } = await indexedArticles({ 'forsakringar.md': unnamed, 'rapport.md': named, 'robot.md': robot }));
  });
  afterAll(async () => close());

  it('abstains when no sentence names one', async () => {
    const answer = await ask('Vilket försäkringsbolag samarbetar Vision med för personförsäkringarna?');
    expect(answer.kind).toBe('abstain');
  });

  it('abstains on "Vad heter …?" for a supplier when no sentence names one', async () => {
    const answer = await ask('Vad heter försäkringsleverantören som Vision samarbetar med för personförsäkringarna?');
    expect(answer.kind).toBe('abstain');
  });

  it('abstains when the only names are people and words that start a sentence', async () => {
    const answer = await ask('Vad heter it-leverantören som byggde roboten för försörjningsstöd i Norrtälje?');
    expect(answer.kind).toBe('abstain');
  });

  it('answers with the sentence that names them', async () => {
    const answer = await ask('Vilka organisationer står bakom rapporten?');
    expect(answer.kind).toBe('answer');
    expect(answer.text).toContain('Akademikerförbundet SSR');
  });
});
