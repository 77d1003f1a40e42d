import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuery, expandForIndex, Vocabulary } from '../../../src/knowledge/text/index.js';

/**
 * End to end through PostgreSQL's own `swedish` text search configuration (PGlite): a document
 * indexed with `expandForIndex` must share a lexeme with some form of the question's concept.
 */
describe('matching through to_tsvector(swedish)', () => {
  let db: PGlite;

  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
  });

  afterAll(async () => {
    await db.close();
  });

  async function lexemes(text: string): Promise<Set<string>> {
    const result = await db.query<{ lexeme: string }>(`select lexeme from unnest(to_tsvector('swedish', $1))`, [text]);
    return new Set(result.rows.map((r) => r.lexeme));
  }

  /** The best weight with which the concept of `question` matches `document` (0: no match). */
  async function matchWeight(document: string, question: string, vocabulary?: Vocabulary): Promise<number> {
    const indexed = await lexemes(expandForIndex(document));
    const concepts = analyzeQuery(question, { vocabulary });
    expect(concepts).toHaveLength(1);
    let best = 0;
    for (const form of concepts[0]!.forms) {
      for (const lexeme of await lexemes(form.word)) if (lexeme.length > 1 && indexed.has(lexeme)) best = Math.max(best, form.weight);
    }
    return best;
  }

  it.each([
    ['Inkomstförsäkringen ingår i medlemskapet.', 'försäkring', 0.5],
    ['Medlemsavgiften dras automatiskt från lönen.', 'avgift', 0.5],
    ['Glöm inte att gå med i a-kassan!', 'arbetslöshetskassa', 0.8],
    ['Glöm inte att gå med i a-kassan!', 'a-kassa', 0.8],
    ['Arbetslöshetskassan betalar ut ersättning.', 'akassan', 0.8],
    ['Vision har 195 000 medlemmar.', 'medlem', 1],
    ['Socialsekreterare i Botkyrka', 'sekreterare', 0.5],
    ['Kunskapen om hedersrelaterat våld behöver öka.', 'hedersvåld', 0.8],
    ['Stora satsningar inom missbruksvården.', 'missbruk', 0.4],
    ['Inkomstförsäkringen ingår i medlemskapet.', 'income insurance', 1],
    ['Chefer inom individ- och familjeomsorgen.', 'IFO', 0.8],
    ['Det inkomstskyddet gäller alla.', 'inkomstförsäkring', 0.8],
  ])('document %j matches question %j', async (document, question, atLeast) => {
    expect(await matchWeight(document, question)).toBeGreaterThanOrEqual(atLeast);
  });

  it('matches misspelt questions through the vocabulary', async () => {
    const vocabulary = new Vocabulary([['medlemsavgiften', 3], ['hemförsäkring', 2]]);
    expect(await matchWeight('Medlemsavgiften betalas via autogiro.', 'medlemsavgiftn', vocabulary)).toBe(0.8);
    // Typed without Swedish letters, the word is read as the dictionary word with them.
    expect(await matchWeight('Teckna hemförsäkring till medlemspris.', 'hemforsakring', vocabulary)).toBe(0.9);
  });

  it('does not match a plain word to an accidental look-alike', async () => {
    expect(await matchWeight('Medlemskapet kostar inget första månaden.', 'skapet')).toBe(0);
    expect(await matchWeight('Riksdagen beslutade i fredags.', 'dagen')).toBe(0);
  });
});
