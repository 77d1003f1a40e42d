/** Prints the chunks of one indexed document: `npx tsx scripts/show-chunks.ts FILE.md`. */
import { createCliCore } from '../src/cli/shared.js';
const core = await createCliCore();
const rows = await core.db.query<{ id: string; heading: string | null; text: string; length: number }>('select id, heading, text, length from kb_chunk where document_id = $1 order by ordinal', [process.argv[2]]);
for (const r of rows) console.log(`--- ${r.id} len ${r.length} [${r.heading ?? ''}]\n${r.text}`);
const n = await core.db.query('select count(*) from kb_chunk');
console.log(n);
await core.close();
