/**
 * The question sets the system is measured on, relative to the project folder: the shared
 * development set and the sets written blind since (see README, "Answer quality"). The scoring
 * script and the benchmark read this list; the quality test keeps a floor for each.
 */
export const QUESTION_SETS: readonly string[] = [
  '../shared/eval/dev-questions.jsonl',
  'test/fixtures/holdout-questions.jsonl',
  ...['', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30'].map((n) => `test/fixtures/blind${n}-questions.jsonl`),
];
