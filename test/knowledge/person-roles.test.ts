/**
 * A member asks for "socialchefen i Botkyrka", not for Marie Lundqvist: the passage with her
 * words is found by the role the article gave her in another passage.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestKnowledge } from '../../src/knowledge/ingest/ingest.js';
import { personRoles, rolesToIndex } from '../../src/knowledge/ingest/person-roles.js';
import { HybridRetriever } from '../../src/knowledge/retrieve/hybrid.js';
import { expandForIndex } from '../../src/knowledge/text/index.js';
import type { Db } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/index.js';
import { KnowledgeRepository } from '../../src/store/repositories/knowledge.js';

const article = `---
title: "Digitaliseringen kräver samverkan"
kind: råd
---

# Digitaliseringen kräver samverkan

Socialtjänstens digitalisering har stor potential. Samtidigt är lagstiftningen en utmaning för utvecklingen i Botkyrka.

– Vi har en egen it-enhet, säger Marie Lundqvist, socialchef i Botkyrka kommun.

## Kravställare

De främsta utmaningarna med digitaliseringen är, enligt Marie Lundqvist, de höga kraven på informationssäkerhet.

## Om undersökningen

Undersökningen gjordes i december bland socionomer i hela landet.
`;

describe('person roles', () => {
  it('finds the roles an article gives its people, not the words of a quote after a name', () => {
    const roles = personRoles('– Vi bedriver en satsning, säger Marie Lundqvist, socialchef i Botkyrka kommun. Det är enligt Marie Lundqvist, de höga kraven som …');
    expect(roles).toEqual([{ name: 'Marie Lundqvist', surname: 'Lundqvist', role: 'socialchef i Botkyrka kommun' }]);
    expect(personRoles('Det sa Anna Berg, och sedan gick hon.')).toEqual([]);
  });

  it('indexes a role with the passages that name the person without it', () => {
    const roles = personRoles('säger Ing-Marie Wieselgren, psykiatriker på SKL.');
    expect(rolesToIndex('Det är inte lätt att svara på, säger Ing-Marie Wieselgren.', roles)).toEqual(['psykiatriker på SKL']);
    expect(rolesToIndex('säger Ing-Marie Wieselgren, psykiatriker på SKL.', roles)).toEqual([]);
    expect(rolesToIndex('Wieselgrens kollegor', roles)).toEqual([]);
  });

  describe('in retrieval', () => {
    let dir: string;
    let db: Db;
    let retriever: HybridRetriever;

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'knowledge-roles-'));
      await writeFile(path.join(dir, 'digitalisering.md'), article);
      db = await openDatabase({});
      const repository = new KnowledgeRepository(db);
      await ingestKnowledge({ knowledgeDir: dir, repository, expandForIndex });
      retriever = new HybridRetriever({ repository, db });
    });
    afterAll(async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('finds what "socialchefen i Botkyrka" said in the passage that names her only', async () => {
      const { passages } = await retriever.retrieve({ text: 'Vilka är de största utmaningarna med digitaliseringen enligt socialchefen i Botkyrka?' });
      expect(passages[0]?.text).toContain('informationssäkerhet');
      // The role is an index word only: the passage's text is the article's.
      expect(passages[0]?.text).not.toContain('socialchef');
    });
  });
});
