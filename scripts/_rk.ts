import { readFileSync } from 'node:fs';
import { askOnce, createCliCore } from '../src/cli/shared.js';
const ids = new Set(readFileSync('/tmp/probe/fails.txt', 'utf8').split('\n').filter((l) => /rank|not retrieved/.test(l)).map((l) => l.trim().split(/\s+/)[0]));
const files = ['../shared/eval/dev-questions.jsonl', 'test/fixtures/holdout-questions.jsonl', ...['', '2', '3', '4', '5', '10', '11', '12'].map((n) => `test/fixtures/blind${n}-questions.jsonl`)];
const core = await createCliCore();
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
let same = 0, diff = 0;
for (const f of files) for (const line of readFileSync(f, 'utf8').trim().split('\n')) {
  const q = JSON.parse(line); if (!ids.has(q.id)) continue;
  const out = await askOnce(core, q.id, q.text, q.history);
  const idx = out.passages.findIndex((p) => norm(p.text).includes(norm(q.source)));
  const rightTitle = idx >= 0 ? out.passages[idx]!.title : '?';
  const s = out.passages[0]?.title === rightTitle; s ? same++ : diff++;
  console.log(q.id, s ? 'SAME-DOC' : 'OTHER-DOC', idx + 1, '|', out.passages[0]?.title.slice(0, 50), '|', rightTitle.slice(0, 50));
}
console.log({ same, diff });
await core.close();
