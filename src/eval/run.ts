import { readFile } from 'node:fs/promises';
import type { Core } from '../app.js';
import { askOnce } from '../cli/shared.js';
import { scoreQuestion, summarise, type EvalQuestion, type EvalSummary, type QuestionScore } from './score.js';

/** Reads an evaluation file: one JSON question per line. */
export async function readQuestions(file: string): Promise<EvalQuestion[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as EvalQuestion;
      } catch {
        throw new Error(`${file}:${i + 1}: invalid JSON`);
      }
    });
}

export interface EvalRun {
  scores: QuestionScore[];
  summary: EvalSummary;
  millisPerQuestion: number;
}

/** Asks every question in a fresh conversation through the whole engine and scores the replies. */
export async function runEval(core: Core, questions: EvalQuestion[]): Promise<EvalRun> {
  const scores: QuestionScore[] = [];
  const started = performance.now();
  for (const question of questions) scores.push(scoreQuestion(question, await askOnce(core, question.id, question.text, question.history)));
  return { scores, summary: summarise(scores), millisPerQuestion: (performance.now() - started) / (questions.length || 1) };
}
