/**
 * "Var jobbar hon?" after a question that names nobody: the person is the one the passage the
 * follow-up finds introduces or quotes, in the form the text names them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/knowledge/retrieve/hybrid.js';
import { indexedArticles } from '../helpers/indexed-articles.js';

let retriever: HybridRetriever;
let close: () => Promise<void>;

const study = `---
title: "Introduktion för nya socionomer"
kind: artikel
---

# Introduktion för nya socionomer

Introduktionen brister för många. Pia Thams studie om nyutexaminerade socionomer visar det. Enligt Pia Tham behövs ett år med handledning.
`;
const report = `---
title: "Robotar i socialtjänsten"
kind: artikel
---

# Robotar i socialtjänsten

Enligt Karin Berg frigör automatiseringen tid för handläggarna att möta sina klienter.
`;
const quoted = `---
title: "Lokalerna på socialkontoret"
kind: undersökning
---

# Lokalerna på socialkontoret

Trånga lokaler är ett problem på många socialkontor, säger Heike Erkers, ordförande.
`;

const twoPeople = `---
title: "Jobbläget för blivande socionomer"
kind: artikel
---

# Jobbläget för blivande socionomer

Det gäller att inte tacka ja för snabbt, säger Helena Jörgensen, studievägledare. John Tallvid, student i Jönköping, har ingått i ett traineeprogram och blivit intresserad av missbruksvården.
`;

const twoQuotes = `---
title: "Gemensamma insatser för socialtjänsten"
kind: pressmeddelande
---

# Gemensamma insatser för socialtjänsten

Vi föreslår en omfattande vidareutbildning för arbetsledarna, säger Leif Klingensjö från Kommunförbundet. Dessutom bör en professur i socialt arbete inrättas, säger Titti Fränkel från Akademikerförbundet SSR.
`;

beforeAll(async () => {
  ({ retriever, close } = await indexedArticles({ 'study.md': study, 'quoted.md': quoted, 'report.md': report, 'jobs.md': twoPeople, 'insatser.md': twoQuotes }));
});
afterAll(() => close());

describe('the person a follow-up asks about', () => {
  it('is the person the last message names', async () => {
    expect(await retriever.personFor('Var jobbar hon?', ['Vad tycker Heike Erkers om introduktionen?'])).toBe('Heike Erkers');
  });

  it('is the person quoted in the passage the follow-up finds', async () => {
    expect(await retriever.personFor('Vad har han för roll?', ['Vad säger facket om lokalerna på socialkontoret?'])).toBe('Heike Erkers');
  });

  it('is named as the text names them, not in the genitive ("Pia Thams studie")', async () => {
    expect(await retriever.personFor('Var jobbar hon?', ['Vad visar studien om introduktionen för nyutexaminerade socionomer?'])).toBe('Pia Tham');
  });

  it('leaves out a word that starts the sentence before the name ("Enligt Karin Berg …")', async () => {
    expect(await retriever.personFor('Var jobbar hon?', ['Frigör automatiseringen tid för handläggarna?'])).toBe('Karin Berg');
  });

  it('is a man for "han" when the passage quotes a woman first ("Helena" is passed over)', async () => {
    expect(await retriever.personFor('Vad blev han intresserad av under traineeprogrammet?', ['Vilken student har gått ett traineeprogram?'])).toBe('John Tallvid');
    expect(await retriever.personFor('Vad har hon för jobb?', ['Vilken student har gått ett traineeprogram?'])).toBe('Helena Jörgensen');
  });

  it('is the person of the sentence that answered the last question, where the passage quotes several', async () => {
    expect(await retriever.personFor('Vilket förbund företrädde hon?', ['Vem sa att det borde inrättas en professur i socialt arbete?'])).toBe('Titti Fränkel');
  });

  it('is nobody for a question without "hon" or "han", or one that names someone', async () => {
    expect(await retriever.personFor('Vad visar studien?', ['Vad säger facket om lokalerna?'])).toBeUndefined();
    expect(await retriever.personFor('Var jobbar hon, Pia Tham?', ['Vad säger facket om lokalerna?'])).toBeUndefined();
  });

  it('replaces the pronoun with the person', () => {
    expect(retriever.withPerson('Var jobbar hon som föreslog det?', 'Pia Tham')).toBe('Var jobbar Pia Tham som föreslog det?');
  });
});
