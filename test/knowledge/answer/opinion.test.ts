/**
 * "Vad tycker Vision …?" asks for Vision's view: the sentence where Vision states it answers,
 * not the one that merely names Vision and the topic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractiveComposer } from '../../../src/knowledge/answer/extractive.js';
import type { HybridRetriever } from '../../../src/knowledge/retrieve/hybrid.js';
import { expandForIndex } from '../../../src/knowledge/text/index.js';
import { indexedArticles } from '../../helpers/indexed-articles.js';

const article = `---
title: "Tillsätt en samordnare för förebyggande arbete"
kind: pressmeddelande
---

# Tillsätt en samordnare för förebyggande arbete

Våra medlemmar vittnar om att det förebyggande arbetet prioriteras ned. Vision föreslår därför att regeringen tillsätter en samordnare som kan stödja kommunerna i det förebyggande arbetet.

Vision anser att varje kommun behöver göra ett systematiskt analysarbete kring de sociala behoven. Utifrån analysen bör kommunen göra en handlingsplan.
`;

describe('a question asking for someone’s view', () => {
  let retriever: HybridRetriever;
  let close: () => Promise<void>;
  const composer = new ExtractiveComposer({ expandForIndex });

  beforeAll(async () => {
    ({ retriever, close } = await indexedArticles({ 'samordnare.md': article }));
  });
  afterAll(async () => close());

  it('is answered by the sentence where they state it', async () => {
    const question = 'Vad tycker Vision att varje kommun ska göra för att jobba förebyggande?';
    const answer = await composer.compose({ question, language: 'sv', retrieval: await retriever.retrieve({ text: question }) });
    expect(answer.kind).toBe('answer');
    expect(answer.lead).toBe('Vision anser att varje kommun behöver göra ett systematiskt analysarbete kring de sociala behoven.');
    expect(answer.text).toContain('Utifrån analysen bör kommunen göra en handlingsplan.');
  });

  it('reads "enligt Vision" as asking for Vision’s view too', async () => {
    const question = 'Vad ska varje kommun ta fram för att jobba förebyggande enligt Vision?';
    const answer = await composer.compose({ question, language: 'sv', retrieval: await retriever.retrieve({ text: question }) });
    expect(answer.lead).toBe('Vision anser att varje kommun behöver göra ett systematiskt analysarbete kring de sociala behoven.');
  });

  it('leaves a question that asks no one’s view to the other rules', async () => {
    const question = 'Vem ska stödja kommunerna i det förebyggande arbetet?';
    const answer = await composer.compose({ question, language: 'sv', retrieval: await retriever.retrieve({ text: question }) });
    expect(answer.text).toContain('tillsätter en samordnare som kan stödja kommunerna');
  });
});

const report = `---
title: "Gemensamma insatser krävs"
kind: pressmeddelande
---

# Gemensamma insatser krävs

Arbetsgruppen föreslår förändringar som kan genomföras snabbt. Det handlar bland annat om förbättrad utbildning och att stärka forskning och metodutveckling i arbetet.

Aktuell forskning måste bli tillgänglig för fältet. Dessutom bör en professur i socialt arbete inrättas, säger Titti Fränkel från förbundet.
`;

describe('a question asking what a named person wanted or said', () => {
  let retriever: HybridRetriever;
  let close: () => Promise<void>;
  const composer = new ExtractiveComposer({ expandForIndex });

  beforeAll(async () => {
    ({ retriever, close } = await indexedArticles({ 'insatser.md': report }));
  });
  afterAll(async () => close());

  it('is answered by the sentence that quotes them, not by one that shares more of its other words', async () => {
    const question = 'Vad ville Titti Fränkel göra för att stärka forskningen i socialt arbete?';
    const answer = await composer.compose({ question, language: 'sv', retrieval: await retriever.retrieve({ text: question }) });
    expect(answer.kind).toBe('answer');
    expect(answer.lead).toContain('säger Titti Fränkel');
  });
});
