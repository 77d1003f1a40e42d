/**
 * A small logistic-regression model over the words and word pairs of a folded message: the
 * crisis rules' second safety net. Phrase rules and weighed warning signs recognise what they
 * were written from; on messages written blind to them they caught about half of the crises
 * (see `test/conversation/intent/probes.test.ts`). A linear model trained on a few hundred
 * labelled member messages learns the many small signals instead ("nu", "vet inte varför jag
 * skriver", "efter helgen" beside "jag" and "inte").
 *
 * The weights are trained by `npm run train:crisis` from the labelled messages it names and
 * shipped in `crisis-model.json`; no model is downloaded. Features are the tokens of
 * `foldForMatching` (lower case, no diacritics, shorthands and typos repaired) and adjacent pairs.
 */
import { readFileSync } from 'node:fs';
import { foldForMatching } from './fold.js';

export interface CrisisModelWeights {
  bias: number;
  /** The score above which a message is a crisis (a logit; 0 is probability one half). */
  threshold: number;
  weights: Record<string, number>;
}

/** The features of a message: its folded tokens and adjacent token pairs, each once. */
export function crisisFeatures(text: string, alreadyFolded = false): Set<string> {
  const tokens = (alreadyFolded ? text : foldForMatching(text)).split(' ').filter((t) => t && t !== '.');
  const features = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) features.add(`${tokens[i]}_${tokens[i + 1]}`);
  return features;
}

export class CrisisModel {
  constructor(private readonly model: CrisisModelWeights) {}

  /** The model's logit for a folded message. */
  score(folded: string): number {
    let sum = this.model.bias;
    for (const feature of crisisFeatures(folded, true)) sum += this.model.weights[feature] ?? 0;
    return sum;
  }

  isCrisis(folded: string): boolean {
    return this.score(folded) > this.model.threshold;
  }
}

let shared: CrisisModel | undefined;

/** The shipped model, read on first use. */
export function crisisModel(): CrisisModel {
  shared ??= new CrisisModel(JSON.parse(readFileSync(new URL('./crisis-model.json', import.meta.url), 'utf8')) as CrisisModelWeights);
  return shared;
}

/**
 * Trains the model by full-batch gradient descent on binary features with L2 regularisation.
 * Deterministic: the same examples give the same weights.
 */
export function trainCrisisModel(
  examples: ReadonlyArray<{ text: string; crisis: boolean }>,
  { iterations = 2000, learningRate = 1, l2 = 0.001, threshold = -0.5, minWeight = 0.005 } = {},
): CrisisModelWeights {
  const rows = examples.map((e) => ({ features: [...crisisFeatures(e.text)], label: e.crisis ? 1 : 0 }));
  const index = new Map<string, number>();
  for (const row of rows) for (const f of row.features) if (!index.has(f)) index.set(f, index.size);
  const x = rows.map((row) => Int32Array.from(row.features.map((f) => index.get(f)!)));
  const w = new Float64Array(index.size);
  let bias = 0;
  const n = rows.length;
  for (let it = 0; it < iterations; it++) {
    const gradient = new Float64Array(index.size);
    let gradientBias = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (const j of x[i]!) z += w[j]!;
      const error = 1 / (1 + Math.exp(-z)) - rows[i]!.label;
      for (const j of x[i]!) gradient[j]! += error;
      gradientBias += error;
    }
    for (let j = 0; j < w.length; j++) w[j] = w[j]! - learningRate * (gradient[j]! / n + l2 * w[j]!);
    bias -= learningRate * (gradientBias / n);
  }
  const weights: Record<string, number> = {};
  for (const [feature, j] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (Math.abs(w[j]!) >= minWeight) weights[feature] = Math.round(w[j]! * 10_000) / 10_000;
  }
  return { bias: Math.round(bias * 10_000) / 10_000, threshold, weights };
}
