/**
 * Within an article, a name the question uses to say whose words it asks about is in many
 * passages; the passage with what was asked comes first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/knowledge/retrieve/hybrid.js';
import { indexedArticles } from '../helpers/indexed-articles.js';

let retriever: HybridRetriever;
let close: () => Promise<void>;

const article = `---
title: "Nya socionomer behöver stöd"
kind: artikel
---

# Nya socionomer behöver stöd

Pia Tham har följt nyutexaminerade socionomer i flera år. Pia Tham är docent i socialt arbete, och Pia Thams studie visar att många får en tuff start.

## Förslag

Hon föreslår en introduktionstjänstgöring med handledning under det första året.

## Om studien

Studien bygger på intervjuer med ett trettiotal socionomer. Den granskades av Lena Eriksson.
`;
const other = `---
title: "Arbetsmiljön på socialkontoret"
kind: undersökning
---

# Arbetsmiljön på socialkontoret

Socionomerna efterlyser mer personal och bättre lokaler. Det behövs mer tid för varje ärende.
`;

beforeAll(async () => {
  ({ retriever, close } = await indexedArticles({ 'tham.md': article, 'miljo.md': other }));
});
afterAll(async () => close?.());

describe('names in passage ranking', () => {
  it('the passage with what a named person proposes beats the one that names her most', async () => {
    const { passages } = await retriever.retrieve({ text: 'Vad föreslår Pia Tham för de nya socionomerna under första året?' });
    expect(passages[0]?.text).toContain('introduktionstjänstgöring');
  });

  it('a name asked in the genitive ("Erikssons förslag", where the documents write "Eriksson") is a name', async () => {
    const { concepts } = await retriever.retrieve({ text: 'Vad handlar Erikssons förslag om?' });
    expect(concepts.find((c) => c.concept === 'eriksson')).toMatchObject({ name: true });
  });

  it('"Vem är Pia Tham?" still prefers the passage that says who she is', async () => {
    const { passages } = await retriever.retrieve({ text: 'Vem är Pia Tham?' });
    expect(passages[0]?.text).toContain('docent');
  });
});

describe('frame words typed without Swedish letters', () => {
  it('"behovs" weighs as "behövs" does: the frame of the question, not its topic', async () => {
    const weightOf = async (text: string, word: string) => (await retriever.retrieve({ text })).concepts.find((c) => c.concept === word)?.weight;
    const typed = await weightOf('vad behovs for att socionomerna ska ma bra?', 'behovs');
    expect(typed).toBeDefined();
    expect(typed).toBe(await weightOf('vad behövs för att socionomerna ska må bra?', 'behövs'));
    expect(typed).toBeLessThan(1);
  });
});
