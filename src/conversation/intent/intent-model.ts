/**
 * Small logistic-regression models over the words and word pairs of a folded message, one per
 * intent the rules must not miss: crisis, a request for a person, the member's own case. They
 * back the rules. Phrase rules recognise what they were written from; on messages written blind
 * to them they caught about half of the crises and fewer of the other two (see
 * `test/conversation/intent/probes.test.ts`). A linear model trained on a few hundred labelled
 * member messages learns the many small signals instead ("nu", "vet inte varför jag skriver",
 * "efter helgen" beside "jag" and "inte").
 *
 * The weights are trained by `npm run train:intents` from labelled messages in the repository
 * and shipped in `intent-model.json`; no model is downloaded. Features are the tokens of
 * `foldForMatching` (lower case, no diacritics, shorthands and typos repaired) and adjacent pairs.
 */
import { readFileSync } from 'node:fs';
import { foldForMatching } from './fold.js';

/** The intents with a model. */
export const MODELLED_INTENTS = ['crisis', 'human', 'personal_case'] as const;
export type ModelledIntent = (typeof MODELLED_INTENTS)[number];

export interface LinearModelWeights {
  bias: number;
  /** The score above which a message belongs to the intent (a logit; 0 is probability one half). */
  threshold: number;
  weights: Record<string, number>;
}

export type IntentModelWeights = Record<ModelledIntent, LinearModelWeights>;

/** The features of a message: its folded tokens and adjacent token pairs, each once. */
export function intentFeatures(text: string, alreadyFolded = false): Set<string> {
  const tokens = (alreadyFolded ? text : foldForMatching(text)).split(' ').filter((t) => t && t !== '.');
  const features = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) features.add(`${tokens[i]}_${tokens[i + 1]}`);
  return features;
}

export class LinearModel {
  constructor(private readonly model: LinearModelWeights) {}

  /** The model's logit for a folded message. */
  score(folded: string): number {
    let sum = this.model.bias;
    for (const feature of intentFeatures(folded, true)) sum += this.model.weights[feature] ?? 0;
    return sum;
  }

  matches(folded: string): boolean {
    return this.score(folded) > this.model.threshold;
  }

  /**
   * The part of the score that words of content give: the weights of the features with a token
   * that is not a {@link FUNCTION_WORDS function word} (without the bias).
   */
  contentScore(folded: string): number {
    let sum = 0;
    for (const feature of intentFeatures(folded, true)) {
      const weight = this.model.weights[feature];
      if (weight !== undefined && feature.split('_').some((token) => !FUNCTION_WORDS.has(token))) sum += weight;
    }
    return sum;
  }
}

/**
 * Folded Swedish and English function words: pronouns, auxiliaries, prepositions, conjunctions.
 * Trained on few hundred messages, the models weigh some of them heavily ("har", "nu", "jag",
 * "inte"; "I'm", "don't", "the"), as the crises they learnt from are written in the first
 * person; any long first-person message has many of them.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `jag ar har hade nu inte och att det pa min mitt mina i en ett som for med till av om vad gor kan ska vill man sa da nar hur var
   vi du ni han hon de dem den detta denna sig sin sitt sina mig dig oss er eller men sen bara lite mycket nat nagot nagon jo ja
   nej ju val alla allt kommer ocksa redan just helt hela tar tog far fick gar gick blir blev skulle kunde maste borde efter innan
   under over o ut in upp ner mej dej sej dom va nan
   the i im ive id do dont does did in if a an to my me is it its and of that what should would could can cant have has had be
   been am are was were this for on at with from so just not no or but how when why who which there their they you your we our
   he she him her`.split(/\s+/).filter(Boolean),
);

let shared: Record<ModelledIntent, LinearModel> | undefined;

/** The shipped models, read on first use. */
export function intentModels(): Record<ModelledIntent, LinearModel> {
  if (!shared) {
    const weights = JSON.parse(readFileSync(new URL('./intent-model.json', import.meta.url), 'utf8')) as IntentModelWeights;
    shared = { crisis: new LinearModel(weights.crisis), human: new LinearModel(weights.human), personal_case: new LinearModel(weights.personal_case) };
  }
  return shared;
}

/**
 * Trains one model by full-batch gradient descent on binary features with L2 regularisation.
 * Deterministic: the same examples give the same weights.
 */
export function trainLinearModel(
  examples: ReadonlyArray<{ text: string; positive: boolean }>,
  { iterations = 2000, learningRate = 1, l2 = 0.001, threshold = 0, minWeight = 0.01 } = {},
): LinearModelWeights {
  const rows = examples.map((e) => ({ features: [...intentFeatures(e.text)], label: e.positive ? 1 : 0 }));
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

/**
 * Thresholds, as logits: below 0 because each intent is rare among the training messages and a
 * miss costs more than a false alarm — a missed crisis most of all; a request or case taken for
 * a question leaves the member without the advisor they asked for.
 */
export const THRESHOLDS: Record<ModelledIntent, number> = { crisis: -0.5, human: -1.5, personal_case: -1.5 };

/**
 * Trains the three models from messages labelled with their intent. A message labelled `handoff`
 * (a request or a personal case, not told apart) teaches only the crisis model, as a non-crisis.
 */
export function trainIntentModels(examples: ReadonlyArray<{ text: string; intent: string }>): IntentModelWeights {
  const model = (intent: ModelledIntent) =>
    trainLinearModel(
      examples.filter((e) => intent === 'crisis' || e.intent !== 'handoff').map((e) => ({ text: e.text, positive: e.intent === intent })),
      { threshold: THRESHOLDS[intent] },
    );
  return { crisis: model('crisis'), human: model('human'), personal_case: model('personal_case') };
}
