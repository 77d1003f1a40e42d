import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the ask command', () => {
  it('--jsonl writes exactly one JSON line per input line, in order, with sources and passages', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Ingår inkomstförsäkringen i medlemskapet?' }),
      'this is not json',
      JSON.stringify({ id: 'b', text: 'Vem sa det?', history: ['Varför vill Vision ha en nationell samordnare för förebyggande arbete?'], extra: 1 }),
      JSON.stringify({ id: 'c', text: 'Jag orkar inte leva längre' }),
      JSON.stringify({ id: 'd', text: 'Vad kostar en flygbiljett till Thailand?' }),
      JSON.stringify({ id: 'e', text: 42 }),
      JSON.stringify({ id: 'f', text: 'Hur länge får man vara medlem gratis när man går med i Vision?' }),
    ].join('\n');
    const { code, stdout } = await run(['--jsonl'], input + '\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 'd', 'e', 'f']);
    expect(lines[0]).toMatchObject({ kind: 'answer' });
    expect(lines[0].sources[0].title).toBe('Bli medlem i Vision - 3 månader kostnadsfritt');
    expect(lines[0].passages.length).toBeGreaterThanOrEqual(5);
    expect(typeof lines[0].passages[0].score).toBe('number');
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].text).toContain('Niklas Borg');
    expect(lines[3].kind).toBe('crisis');
    expect(lines[4].kind).toBe('abstain');
    expect(lines[5].kind).toBe('smalltalk');
    // A passage is shown under its article's title, which the index searches with its text:
    // the title «… 3 månader kostnadsfritt» answers how long membership is free.
    for (const passage of lines[6].passages) expect(passage.text.startsWith(`${passage.title}\n`)).toBe(true);
    expect(lines[6].passages[0].text).toContain('3 månader kostnadsfritt');
    expect(lines[6].sources[0].text).toContain('3 månader kostnadsfritt');
    // …and an answer that is the title itself says so once ("Enligt «T»: T" said it twice).
    expect(lines[6].text).toBe('Vision skriver: «Bli medlem i Vision - 3 månader kostnadsfritt» [1]');
  }, 120_000);

  it('prints the reply with its sources for a person', async () => {
    const { code, stdout } = await run(['Hur betalar jag medlemsavgiften?'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Källa:\n\[1\] Bli medlem i Vision/);
  }, 120_000);

  it('labels the sources in the language of the reply', async () => {
    const { code, stdout } = await run(['How do I pay the membership fee?'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Sources?:\n\[1\] /);
    expect(stdout).not.toContain('Käll');
  }, 120_000);
});
