/**
 * Where missing key facts are, per question set (aggregate counts only): in the reply's cited
 * passage but not quoted (the composer's choice), in the first retrieved passage but not cited,
 * or in no retrieved passage. `npx tsx scripts/fact-analysis.ts [FILE ...]`.
 */
import { askOnce, createCliCore } from '../src/cli/shared.js';
import { readQuestions } from '../src/eval/run.js';
import { normaliseForMatch } from '../src/eval/score.js';

const files = process.argv.slice(2);
const core = await createCliCore();
for (const file of files) {
  const counts = { groups: 0, inReply: 0, inCitedNotQuoted: 0, inTopNotCited: 0, inTop5: 0, nowhere: 0, abstained: 0 };
  for (const q of await readQuestions(file)) {
    if (q.expect !== 'answer' || !q.facts) continue;
    const out = await askOnce(core, q.id, q.text, q.history);
    const reply = normaliseForMatch(out.text);
    const cited = out.sources.map((s) => normaliseForMatch(s.text)).join('\n');
    const top = normaliseForMatch(out.passages[0]?.text ?? '');
    const top5 = out.passages.slice(0, 5).map((p) => normaliseForMatch(p.text)).join('\n');
    for (const group of q.facts) {
      counts.groups++;
      const has = (text: string) => group.some((f) => text.includes(normaliseForMatch(f)));
      if (has(reply)) counts.inReply++;
      else if (out.kind !== 'answer') counts.abstained++;
      else if (has(cited)) counts.inCitedNotQuoted++;
      else if (has(top)) counts.inTopNotCited++;
      else if (has(top5)) counts.inTop5++;
      else counts.nowhere++;
    }
  }
  console.log(file.replace(/^.*\//, '').padEnd(28), JSON.stringify(counts));
}
await core.close();
