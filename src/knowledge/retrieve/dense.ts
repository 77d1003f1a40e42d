import type { KnowledgeRepository } from '../../store/repositories/knowledge.js';

/** Turns text into vectors (an OpenAI-compatible embeddings endpoint in production). */
export interface Embedder {
  readonly model: string;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/**
 * Brute-force cosine search over the chunk embeddings stored as float32 bytes. PostgreSQL 15
 * here has no pgvector, so vectors are ranked in memory; the cache is reloaded when the
 * knowledge index changes (its version in kb_stats).
 */
export class DenseIndex {
  private loadedVersion = -1;
  private ids: string[] = [];
  private matrix = new Float32Array(0);
  private dims = 0;

  constructor(
    private readonly repository: KnowledgeRepository,
    private readonly model: string,
  ) {}

  async search(query: Float32Array, limit: number, version: number): Promise<Array<{ chunkId: string; similarity: number }>> {
    if (version !== this.loadedVersion) await this.load(version);
    if (this.ids.length === 0 || query.length !== this.dims) return [];
    const q = normalise(query);
    const scores: Array<{ chunkId: string; similarity: number }> = [];
    for (let i = 0; i < this.ids.length; i++) {
      let dot = 0;
      const offset = i * this.dims;
      for (let d = 0; d < this.dims; d++) dot += this.matrix[offset + d]! * q[d]!;
      scores.push({ chunkId: this.ids[i]!, similarity: dot });
    }
    return scores.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }

  private async load(version: number): Promise<void> {
    const rows = await this.repository.embeddings(this.model);
    this.dims = rows[0]?.vector.length ?? 0;
    const usable = rows.filter((r) => r.vector.length === this.dims);
    this.ids = usable.map((r) => r.chunkId);
    this.matrix = new Float32Array(usable.length * this.dims);
    usable.forEach((r, i) => this.matrix.set(normalise(r.vector), i * this.dims));
    this.loadedVersion = version;
  }
}

function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return v.map((x) => x / norm);
}

/** Weighted reciprocal rank fusion of ranked lists (k = 60, as in the original paper). */
export function reciprocalRankFusion(lists: Array<{ ids: string[]; weight: number }>, k = 60): Map<string, number> {
  const fused = new Map<string, number>();
  for (const { ids, weight } of lists) {
    ids.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return fused;
}
