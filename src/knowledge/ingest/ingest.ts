import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeRepository } from '../../store/repositories/knowledge.js';
import { chunkMarkdown } from './chunk.js';
import { DocumentFormatError, parseDocument } from './document.js';
import { personRoles, rolesToIndex } from './person-roles.js';
import { SYNONYM_GROUPS, type SynonymGroup } from '../text/glossary.js';

/**
 * Bump when chunking or index-time text expansion changes, so that every document is re-indexed
 * even though its file did not change.
 */
export const PIPELINE_VERSION = 'v8';

export interface IngestProgress {
  total: number;
  done: number;
  file?: string;
}

export interface IngestOptions {
  knowledgeDir: string;
  repository: KnowledgeRepository;
  /** Adds compound parts and glossary forms beside each word, for the Swedish full-text index. */
  expandForIndex: (text: string) => string;
  onProgress?: (progress: IngestProgress) => void;
  /** Forget the stored hashes and re-index everything. */
  force?: boolean;
}

export interface IngestReport {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  chunks: number;
  errors: Array<{ file: string; problem: string }>;
}

/** Lists the Markdown files under the knowledge folder (relative paths, sorted); files starting with `_` or `.` are not documents. */
export async function listKnowledgeFiles(knowledgeDir: string): Promise<string[]> {
  const entries = await readdir(knowledgeDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('_') && !e.name.startsWith('.') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => path.relative(knowledgeDir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * What the index of a document depends on besides its text: the pipeline version and the
 * glossary's groups (their keys are written beside matching words at index time), so that an
 * edited glossary re-indexes every document without a version bump.
 */
export function indexFingerprint(groups: readonly SynonymGroup[] = SYNONYM_GROUPS): string {
  return createHash('sha256')
    .update(PIPELINE_VERSION)
    .update('\0')
    .update(JSON.stringify(groups.map((group) => [group.key, group.same])))
    .digest('hex');
}

const INDEX_FINGERPRINT = indexFingerprint();

export function contentHash(source: string, fingerprint = INDEX_FINGERPRINT): string {
  return createHash('sha256').update(fingerprint).update('\0').update(source).digest('hex');
}

/**
 * Brings the index in line with the knowledge folder: new and changed files are (re)indexed,
 * deleted files leave the index, unchanged files are skipped by content hash. A malformed file
 * is reported by name and problem while the others are still indexed.
 */
export async function ingestKnowledge({ knowledgeDir, repository, expandForIndex, onProgress, force = false }: IngestOptions): Promise<IngestReport> {
  const files = await listKnowledgeFiles(knowledgeDir);
  const stored = force ? new Map<string, string>() : await repository.documentHashes();
  const existing = force ? await repository.documentHashes() : stored;
  const report: IngestReport = { added: [], updated: [], removed: [], unchanged: 0, chunks: 0, errors: [] };

  const seen = new Set(files);
  report.removed = [...existing.keys()].filter((id) => !seen.has(id));
  await repository.deleteDocuments(report.removed);

  let done = 0;
  onProgress?.({ total: files.length, done });
  for (const file of files) {
    try {
      const source = await readFile(path.join(knowledgeDir, file), 'utf8');
      const hash = contentHash(source);
      if (stored.get(file) === hash) {
        report.unchanged++;
      } else {
        const doc = parseDocument(file, source);
        // Curated search terms are indexed apart from the text (see KnowledgeRepository.upsertDocument).
        // A passage that names someone the article introduced elsewhere is indexed with their role too.
        const roles = personRoles(doc.body);
        const chunks = chunkMarkdown(doc.body).map((c) => ({
          ...c,
          indexText: expandForIndex([c.text, ...rolesToIndex(c.text, roles)].join('\n')),
          ...(c.searchTerms ? { searchTermsIndexText: expandForIndex(c.searchTerms.join(', ')) } : {}),
        }));
        await repository.upsertDocument({ ...doc, contentHash: hash }, chunks);
        (existing.has(file) ? report.updated : report.added).push(file);
        report.chunks += chunks.length;
      }
    } catch (error) {
      const problem = error instanceof DocumentFormatError ? error.problem : error instanceof Error ? error.message : String(error);
      report.errors.push({ file, problem });
    }
    onProgress?.({ total: files.length, done: ++done, file });
  }

  if (report.added.length || report.updated.length || report.removed.length || force) {
    await repository.refreshStatistics();
  }
  return report;
}
