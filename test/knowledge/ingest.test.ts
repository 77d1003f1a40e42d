import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash, indexFingerprint, ingestKnowledge } from '../../src/knowledge/ingest/ingest.js';
import { SYNONYM_GROUPS } from '../../src/knowledge/text/glossary.js';
import { HybridRetriever } from '../../src/knowledge/retrieve/hybrid.js';
import { expandForIndex } from '../../src/knowledge/text/index.js';
import type { Db } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/index.js';
import { KnowledgeRepository } from '../../src/store/repositories/knowledge.js';

let dir: string;
let db: Db;
let repository: KnowledgeRepository;

const doc = (title: string, body: string) => `---\ntitle: "${title}"\nkind: råd\n---\n\n# ${title}\n\n${body}\n`;
const ingest = () => ingestKnowledge({ knowledgeDir: dir, repository, expandForIndex });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'knowledge-'));
  db = await openDatabase({});
  repository = new KnowledgeRepository(db);
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ingestKnowledge', () => {
  it('re-indexes every document when the glossary changes (its keys are written into the index)', () => {
    const text = doc('Inkomstförsäkring', 'Inkomstförsäkringen ingår i medlemskapet.');
    expect(contentHash(text)).toBe(contentHash(text, indexFingerprint(SYNONYM_GROUPS)));
    expect(contentHash(text, indexFingerprint([...SYNONYM_GROUPS, { key: 'stipendium', same: ['stipendium', 'stipendier'] }]))).not.toBe(contentHash(text));
    // What only expands questions does not change the index.
    expect(contentHash(text, indexFingerprint(SYNONYM_GROUPS.map((g) => ({ ...g, inQuestions: [...(g.inQuestions ?? []), 'ny fråga'] }))))).toBe(contentHash(text));
  });

  it('indexes new files, skips unchanged ones, re-indexes changed ones and removes deleted ones', async () => {
    await writeFile(path.join(dir, 'a.md'), doc('Inkomstförsäkring', 'Inkomstförsäkringen ingår i medlemskapet.'));
    await writeFile(path.join(dir, 'b.md'), doc('A-kassa', 'Glöm inte att gå med i a-kassan.'));
    await writeFile(path.join(dir, '_glossary-notes.md'), 'not a document');
    const first = await ingest();
    expect(first).toMatchObject({ added: ['a.md', 'b.md'], updated: [], removed: [], unchanged: 0, errors: [] });

    const second = await ingest();
    expect(second).toMatchObject({ added: [], updated: [], removed: [], unchanged: 2 });

    await writeFile(path.join(dir, 'a.md'), doc('Inkomstförsäkring', 'Inkomstförsäkringen ingår. Du behöver vara med i en a-kassa.'));
    await unlink(path.join(dir, 'b.md'));
    const third = await ingest();
    expect(third).toMatchObject({ added: [], updated: ['a.md'], removed: ['b.md'], unchanged: 0 });
    expect([...(await repository.documentHashes()).keys()]).toEqual(['a.md']);
  });

  it('finds a compound through its parts: inkomstförsäkringen is found by försäkring, a-kassan by a-kassa', async () => {
    await writeFile(path.join(dir, 'b.md'), doc('A-kassa', 'Glöm inte att gå med i a-kassan.'));
    await ingest();
    const forsakring = await repository.searchLexical([{ word: 'försäkring', concept: 0, weight: 1 }], 5);
    expect(forsakring.map((h) => h.chunkId)).toContain('a.md#0');
    const akassa = await repository.searchLexical([{ word: 'akassa', concept: 0, weight: 1 }], 5);
    expect(akassa.map((h) => h.chunkId)).toContain('b.md#0');
  });

  it('indexes curated search terms with the paragraph below them, stores them beside the chunk and never shows them', async () => {
    const body = [
      '<!-- söktermer: pengar, kostnad, betala -->',
      'Avgiften dras automatiskt från lönen varje månad.',
      '',
      '## Försäkringar',
      '',
      'Personförsäkringarna gäller från första dagen.',
    ].join('\n');
    await writeFile(path.join(dir, 'd.md'), doc('Medlemsavgift', body));
    await ingest();
    // Indexed apart from the text: the text's own postings and statistics do not change.
    expect(await repository.searchLexical([{ word: 'pengar', concept: 0, weight: 1 }], 5)).toEqual([]);
    const [lexeme] = (await repository.lexemesOf(['pengar']))[0]!;
    expect((await repository.postings([`~${lexeme}`])).map((p) => p.chunkId)).toEqual(['d.md#0']);
    // The retriever finds the paragraph by a term its text does not use.
    const retriever = new HybridRetriever({ repository, db });
    const { passages } = await retriever.retrieve({ text: 'Hur mycket pengar ska jag betala?' });
    expect(passages[0]?.chunkId).toBe('d.md#0');
    const [lead, insurance] = await repository.chunks(['d.md#0', 'd.md#1']);
    expect(lead).toMatchObject({ text: 'Avgiften dras automatiskt från lönen varje månad.', searchTerms: ['pengar', 'kostnad', 'betala'], searchTermBlocks: [0, 0, 0] });
    expect(insurance!.searchTerms).toBeUndefined();
    expect(insurance!.text).not.toContain('söktermer');
  });

  it('reports a malformed file by name and problem while indexing the others', async () => {
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: "oavslutad\n---\ntext');
    await writeFile(path.join(dir, 'c.md'), doc('Arbetsmiljö', 'Arbetsmiljön på socialkontoret.'));
    const report = await ingest();
    expect(report.added).toEqual(['c.md']);
    expect(report.errors).toEqual([{ file: 'broken.md', problem: expect.stringMatching(/invalid YAML front matter/) }]);
  });
});
