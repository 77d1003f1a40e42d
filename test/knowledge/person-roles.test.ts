/**
 * A member asks for "socialchefen i Botkyrka", not for Marie Lundqvist: the passage with her
 * words is found by the role the article gave her in another passage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personRoles, rolesToIndex } from '../../src/knowledge/ingest/person-roles.js';
import type { HybridRetriever } from '../../src/knowledge/retrieve/hybrid.js';
import { indexedArticles } from '../helpers/indexed-articles.js';

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
    let retriever: HybridRetriever;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ retriever, close } = await indexedArticles({ 'digitalisering.md': article }));
    });
    afterAll(async () => close?.());

    it('finds what "socialchefen i Botkyrka" said in the passage that names her only', async () => {
      const { passages } = await retriever.retrieve({ text: 'Vilka är de största utmaningarna med digitaliseringen enligt socialchefen i Botkyrka?' });
      expect(passages[0]?.text).toContain('informationssäkerhet');
      // The role is an index word only: the passage's text is the article's.
      expect(passages[0]?.text).not.toContain('socialchef');
    });
  });
});
