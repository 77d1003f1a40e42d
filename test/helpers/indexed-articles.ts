import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestKnowledge } from '../../src/knowledge/ingest/ingest.js';
import { HybridRetriever } from '../../src/knowledge/retrieve/hybrid.js';
import { expandForIndex } from '../../src/knowledge/text/index.js';
import { openDatabase } from '../../src/store/index.js';
import { KnowledgeRepository } from '../../src/store/repositories/knowledge.js';

/**
 * A knowledge folder of the given articles (file name → Markdown), ingested into an in-memory
 * database, with a retriever over it; `close` removes both.
 */
export async function indexedArticles(articles: Record<string, string>): Promise<{ retriever: HybridRetriever; close(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'knowledge-articles-'));
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, name), text);
  const db = await openDatabase({});
  const repository = new KnowledgeRepository(db);
  await ingestKnowledge({ knowledgeDir: dir, repository, expandForIndex });
  return {
    retriever: new HybridRetriever({ repository, db }),
    close: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
