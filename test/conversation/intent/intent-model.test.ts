import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { intentFeatures, intentModels, LinearModel, trainLinearModel } from '../../../src/conversation/intent/intent-model.js';
import { foldForMatching } from '../../../src/conversation/intent/fold.js';

describe('intent models', () => {
  it('use folded words and adjacent pairs as features', () => {
    expect([...intentFeatures('Jag vill inte!')]).toEqual(['jag', 'vill', 'inte', 'jag_vill', 'vill_inte']);
  });

  it('train deterministically and separate what they were taught', () => {
    const examples = [
      { text: 'jag vill inte leva', positive: true },
      { text: 'jag orkar inte mer', positive: true },
      { text: 'hur blir jag medlem', positive: false },
      { text: 'vad kostar medlemskapet', positive: false },
    ];
    const a = trainLinearModel(examples, { iterations: 300 });
    expect(trainLinearModel(examples, { iterations: 300 })).toEqual(a);
    const model = new LinearModel(a);
    expect(model.score(foldForMatching('jag vill inte leva'))).toBeGreaterThan(model.score(foldForMatching('hur blir jag medlem')));
  });

  it('the shipped weights are what npm run train:intents makes from the named files', () => {
    const shipped = readFileSync('src/conversation/intent/intent-model.json', 'utf8');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-intent-model.ts'], { stdio: 'pipe' });
    expect(readFileSync('src/conversation/intent/intent-model.json', 'utf8')).toBe(shipped);
  }, 120_000);

  it('read the shipped weights', () => {
    const models = intentModels();
    expect(models.crisis.matches(foldForMatching('har lagt fram alla piller pa köksbordet. vet inte varfor ja skriver hit'))).toBe(true);
    expect(models.crisis.matches(foldForMatching('Hur betalar jag medlemsavgiften?'))).toBe(false);
    expect(models.human.matches(foldForMatching('Hur betalar jag medlemsavgiften?'))).toBe(false);
    expect(models.personal_case.matches(foldForMatching('Hur betalar jag medlemsavgiften?'))).toBe(false);
  });
});
