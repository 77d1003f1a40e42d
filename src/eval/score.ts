import type { AskOutput } from '../cli/shared.js';

/** One question of an evaluation file (the `ask --jsonl` input plus what is expected). */
export interface EvalQuestion {
  id: string;
  text: string;
  history?: string[];
  expect: AskOutput['kind'];
  /** A phrase the right passage contains. */
  source?: string;
  /** Groups of alternatives; the reply should contain one alternative of every group. */
  facts?: string[][];
}

export interface QuestionScore {
  id: string;
  expect: EvalQuestion['expect'];
  kind: AskOutput['kind'];
  answerable: boolean;
  /** Rank (1-based) of the first passage containing the source phrase; undefined when not in the list. */
  rank?: number;
  intentRight: boolean;
  citationRight: boolean;
  factsFound: number;
  factsTotal: number;
  problems: string[];
}

/** Case-, whitespace- and dash-insensitive containment, so "195 000" matches "195 000". */
export function normaliseForMatch(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/[\u00a0\s]+/g, ' ').replace(/[–—]/g, '-').trim();
}

export function scoreQuestion(question: EvalQuestion, output: AskOutput): QuestionScore {
  const problems: string[] = [];
  const answerable = question.expect === 'answer' && Boolean(question.source);
  const intentRight = output.kind === question.expect;
  if (!intentRight) problems.push(`kind ${output.kind}, expected ${question.expect}`);
  let rank: number | undefined;
  let citationRight = false;
  let factsFound = 0;
  const factsTotal = answerable ? question.facts?.length ?? 0 : 0;
  if (answerable) {
    const phrase = normaliseForMatch(question.source!);
    const index = output.passages.findIndex((p) => normaliseForMatch(p.text).includes(phrase));
    rank = index === -1 ? undefined : index + 1;
    if (rank !== 1) problems.push(rank ? `right passage at rank ${rank}` : 'right passage not retrieved');
    citationRight = output.sources.some((s) => normaliseForMatch(s.text).includes(phrase));
    if (!citationRight) problems.push(`cites ${output.sources.map((s) => `«${s.title}»`).join(', ') || 'nothing'}`);
    const reply = normaliseForMatch(output.text);
    for (const group of question.facts ?? []) {
      if (group.some((alt) => reply.includes(normaliseForMatch(alt)))) factsFound++;
      else problems.push(`missing fact ${group.join(' | ')}`);
    }
  }
  return { id: question.id, expect: question.expect, kind: output.kind, answerable, rank, intentRight, citationRight, factsFound, factsTotal, problems };
}

export interface EvalSummary {
  answerable: number;
  hit1: number;
  hit5: number;
  mrr: number;
  intentAccuracy: number;
  citationAccuracy: number;
  factRecall: number;
  /** Share of the questions the documents do not answer (`expect: abstain`) on which the reply abstained. */
  abstainRecall: number;
  /** Share of the answerable questions on which the reply abstained anyway. */
  falseAbstain: number;
}

export function summarise(scores: QuestionScore[]): EvalSummary {
  const answerable = scores.filter((s) => s.answerable);
  const n = answerable.length || 1;
  const unanswerable = scores.filter((s) => s.expect === 'abstain');
  const facts = answerable.reduce((sum, s) => sum + s.factsTotal, 0);
  return {
    answerable: answerable.length,
    hit1: answerable.filter((s) => s.rank === 1).length / n,
    hit5: answerable.filter((s) => s.rank !== undefined && s.rank <= 5).length / n,
    mrr: answerable.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0) / n,
    intentAccuracy: scores.filter((s) => s.intentRight).length / (scores.length || 1),
    citationAccuracy: answerable.filter((s) => s.citationRight).length / n,
    factRecall: facts ? answerable.reduce((sum, s) => sum + s.factsFound, 0) / facts : 1,
    abstainRecall: unanswerable.length ? unanswerable.filter((s) => s.kind === 'abstain').length / unanswerable.length : 1,
    falseAbstain: answerable.filter((s) => s.kind === 'abstain').length / n,
  };
}
