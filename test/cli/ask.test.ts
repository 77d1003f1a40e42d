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
    ].join('\n');
    const { code, stdout } = await run(['--jsonl'], input + '\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 'd', 'e']);
    expect(lines[0]).toMatchObject({ kind: 'answer' });
    expect(lines[0].sources[0].title).toBe('Bli medlem i Vision - 3 månader kostnadsfritt');
    expect(lines[0].passages.length).toBeGreaterThanOrEqual(5);
    expect(typeof lines[0].passages[0].score).toBe('number');
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].text).toContain('Niklas Borg');
    expect(lines[3].kind).toBe('crisis');
    expect(lines[4].kind).toBe('abstain');
    expect(lines[5].kind).toBe('smalltalk');
  }, 120_000);

  it('prints the reply with its sources for a person', async () => {
    const { code, stdout } = await run(['Hur betalar jag medlemsavgiften?'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Källa:\n\[1\] Bli medlem i Vision/);
  }, 120_000);
});
