/**
 * A sentence that has the question's word itself beats one that only shares a part of it:
 * "arbets" of "arbetstagarna" is not "arbetsbelastningen", "social" of "sociala" is not "socialtjänsten".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractiveComposer } from '../../../src/knowledge/answer/extractive.js';
import type { HybridRetriever } from '../../../src/knowledge/retrieve/hybrid.js';
import { expandForIndex } from '../../../src/knowledge/text/index.js';
import { indexedArticles } from '../../helpers/indexed-articles.js';

const article = `---
title: "Arbetsmiljön i socialtjänsten"
kind: undersökning
---

# Arbetsmiljön i socialtjänsten

Socialtjänsten har fått fler uppdrag. Socialtjänsten behöver fler medarbetare.

## Vad som sägs

Arbetstagarna i det sociala arbetet vill ha mer stöd från ledningen. Arbetsbelastningen är hög och ökar varje år.

## Lokaler

Socialtjänsten har trånga lokaler på många håll.
`;

describe('words matched only in part', () => {
  let retriever: HybridRetriever;
  let close: () => Promise<void>;
  const composer = new ExtractiveComposer({ expandForIndex });

  beforeAll(async () => {
    ({ retriever, close } = await indexedArticles({ 'miljo.md': article }));
  });
  afterAll(async () => close());

  it('weigh less than the word itself in choosing the sentence', async () => {
    const question = 'Hur ser arbetsbelastningen ut i socialtjänsten?';
    const answer = await composer.compose({ question, language: 'sv', retrieval: await retriever.retrieve({ text: question }) });
    expect(answer.kind).toBe('answer');
    expect(answer.lead).toBe('Arbetsbelastningen är hög och ökar varje år.');
  });
});
