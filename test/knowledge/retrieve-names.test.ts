/**
 * Within an article, a name the question uses to say whose words it asks about is in many
 * passages; the passage with what was asked comes first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestKnowledge } from '../../src/knowledge/ingest/ingest.js';
import { HybridRetriever } from '../../src/knowledge/retrieve/hybrid.js';
import { expandForIndex } from '../../src/knowledge/text/index.js';
import type { Db } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/index.js';
import { KnowledgeRepository } from '../../src/store/repositories/knowledge.js';

let dir: string;
let db: Db;
let retriever: HybridRetriever;

const article = `---
title: "Nya socionomer behöver stöd"
kind: artikel
---

# Nya socionomer behöver stöd

Pia Tham har följt nyutexaminerade socionomer i flera år. Pia Tham är docent i socialt arbete, och Pia Thams studie visar att många får en tuff start.

## Förslag

Hon föreslår en introduktionstjänstgöring med handledning under det första året.

## Om studien

Studien bygger på intervjuer med ett trettiotal socionomer.
`;
const other = `---
title: "Arbetsmiljön på socialkontoret"
kind: undersökning
---

# Arbetsmiljön på socialkontoret

Socionomerna efterlyser mer personal och bättre lokaler.
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'knowledge-names-'));
  await writeFile(path.join(dir, 'tham.md'), article);
  await writeFile(path.join(dir, 'miljo.md'), other);
  db = await openDatabase({});
  const repository = new KnowledgeRepository(db);
  await ingestKnowledge({ knowledgeDir: dir, repository, expandForIndex });
  retriever = new HybridRetriever({ repository, db });
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('names in passage ranking', () => {
  it('the passage with what a named person proposes beats the one that names her most', async () => {
    const { passages } = await retriever.retrieve({ text: 'Vad föreslår Pia Tham för de nya socionomerna under första året?' });
    expect(passages[0]?.text).toContain('introduktionstjänstgöring');
  });

  it('"Vem är Pia Tham?" still prefers the passage that says who she is', async () => {
    const { passages } = await retriever.retrieve({ text: 'Vem är Pia Tham?' });
    expect(passages[0]?.text).toContain('docent');
  });
});
