import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CrisisModel, crisisFeatures, crisisModel, trainCrisisModel } from '../../../src/conversation/intent/crisis-model.js';
import { foldForMatching } from '../../../src/conversation/intent/fold.js';

describe('crisis model', () => {
  it('uses folded words and adjacent pairs as features', () => {
    expect([...crisisFeatures('Jag vill inte!')]).toEqual(['jag', 'vill', 'inte', 'jag_vill', 'vill_inte']);
  });

  it('trains deterministically and separates what it was taught', () => {
    const examples = [
      { text: 'jag vill inte leva', crisis: true },
      { text: 'jag orkar inte mer', crisis: true },
      { text: 'hur blir jag medlem', crisis: false },
      { text: 'vad kostar medlemskapet', crisis: false },
    ];
    const a = trainCrisisModel(examples, { iterations: 300 });
    expect(trainCrisisModel(examples, { iterations: 300 })).toEqual(a);
    const model = new CrisisModel(a);
    expect(model.score(foldForMatching('jag vill inte leva'))).toBeGreaterThan(model.score(foldForMatching('hur blir jag medlem')));
  });

  it('the shipped model is what npm run train:crisis makes from the named files', () => {
    const shipped = readFileSync('src/conversation/intent/crisis-model.json', 'utf8');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-crisis-model.ts'], { stdio: 'pipe' });
    expect(readFileSync('src/conversation/intent/crisis-model.json', 'utf8')).toBe(shipped);
  }, 60_000);

  it('reads the shipped weights', () => {
    expect(crisisModel().isCrisis(foldForMatching('har lagt fram alla piller pa köksbordet. vet inte varfor ja skriver hit'))).toBe(true);
    expect(crisisModel().isCrisis(foldForMatching('Hur betalar jag medlemsavgiften?'))).toBe(false);
  });
});
