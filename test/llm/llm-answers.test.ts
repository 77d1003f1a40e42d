import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app.js';
import { keepValidCitations } from '../../src/knowledge/answer/llm.js';
import { createTestCore } from '../helpers/core.js';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';

let openai: FakeOpenAi;
let core: Core;

beforeAll(async () => {
  openai = await startFakeOpenAi();
  core = await createTestCore({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: openai.baseURL, OPENAI_TIMEOUT_MS: '1500' });
});
afterAll(async () => {
  await core.close();
  await openai.close();
});
beforeEach(() => {
  openai.chatRequests.length = 0;
});

const ask = (question: string, language: 'sv' | 'en' = 'sv') => core.knowledge.answer(question, { language });

describe('the LLM composer against an OpenAI-compatible server', () => {
  it('embeds the knowledge at ingestion and uses dense retrieval', async () => {
    expect(openai.embeddingRequests).toBeGreaterThan(0);
    const rows = await core.db.query<{ n: number }>('select count(*)::int as n from kb_chunk where embedding is not null');
    expect(rows[0]!.n).toBeGreaterThan(50);
  });

  it('answers from the numbered passages, keeps valid citations and removes invented ones', async () => {
    openai.behaviour = { kind: 'answer', text: 'Inkomstförsäkringen ingår i medlemskapet, men du behöver vara med i en a-kassa [1]. Det säger även en annan källa [9].' };
    const { answer } = await ask('Ingår inkomstförsäkringen i medlemskapet?');
    expect(answer).toMatchObject({ kind: 'answer', composer: 'llm' });
    expect(answer.text).toBe('Inkomstförsäkringen ingår i medlemskapet, men du behöver vara med i en a-kassa [1]. Det säger även en annan källa.');
    expect(answer.citations).toHaveLength(1);
    const system = openai.chatRequests[0]!.messages[0]!.content;
    expect(system).toContain('[1] ');
    expect(system).toContain('ENBART de numrerade utdragen');
  });

  it('renumbers citations in order of first use', async () => {
    openai.behaviour = { kind: 'answer', text: 'Först [3], sedan [1].' };
    const { answer } = await ask('Ingår inkomstförsäkringen i medlemskapet?');
    expect(answer.text).toBe('Först [1], sedan [2].');
    expect(answer.citations.map((c) => c.n)).toEqual([1, 2]);
  });

  it('abstains when the model says the passages do not answer', async () => {
    openai.behaviour = { kind: 'answer', text: 'INGET_SVAR' };
    const { answer } = await ask('Ingår inkomstförsäkringen i medlemskapet?');
    expect(answer.kind).toBe('abstain');
  });

  it('does not trust an answer without any valid citation', async () => {
    openai.behaviour = { kind: 'answer', text: 'Ja, det gör den.' };
    const { answer } = await ask('Ingår inkomstförsäkringen i medlemskapet?');
    expect(answer.composer).toBe('extractive');
    expect(answer.kind).toBe('answer');
  });

  it.each([
    ['a slow answer', { kind: 'slow', delayMs: 4_000, text: 'för sent [1]' } as const],
    ['a 429', { kind: 'status', status: 429 } as const],
    ['a 500', { kind: 'status', status: 500 } as const],
  ])('falls back to the extractive composer on %s', async (_, behaviour) => {
    openai.behaviour = behaviour;
    const started = performance.now();
    const { answer } = await ask('Ingår inkomstförsäkringen i medlemskapet?');
    expect(answer).toMatchObject({ kind: 'answer', composer: 'extractive' });
    expect(answer.text).toContain('a-kassa');
    expect(performance.now() - started).toBeLessThan(3_500);
  });

  it('redacts personnummer and phone numbers before calling the model', async () => {
    openai.behaviour = { kind: 'answer', text: 'Inkomstförsäkringen ingår [1].' };
    await ask('Ingår inkomstförsäkringen i medlemskapet? 19850312-1234, 070-123 45 67');
    const sent = JSON.stringify(openai.chatRequests);
    expect(sent).not.toContain('19850312-1234');
    expect(sent).not.toContain('070-123 45 67');
    expect(sent).toContain('[personnummer]');
  });

  it('redacts them from what is embedded too, also in a follow-up that names the person it asks about', async () => {
    openai.behaviour = { kind: 'answer', text: 'Pia Tham föreslår ett AT-år [1].' };
    openai.embeddingInputs.length = 0;
    // The last message names nobody, so the person is found in the passage the follow-up retrieves.
    const history = ['Vad är tanken med ett AT-år för socionomer? Mitt personnummer är 19850312-1234'];
    await core.knowledge.answer('Var jobbar hon som föreslog det? Ring mig på 070-123 45 67', { language: 'sv', history });
    expect(openai.embeddingInputs.length).toBeGreaterThan(0);
    const sent = JSON.stringify([openai.embeddingInputs, openai.chatRequests]);
    expect(sent).not.toContain('19850312-1234');
    expect(sent).not.toContain('070-123 45 67');
  });

  it('asks the model to answer in English for an English question', async () => {
    openai.behaviour = { kind: 'answer', text: 'Income insurance is included in the membership [1].' };
    const { answer } = await ask('Is the income insurance included in the membership?', 'en');
    expect(answer.text).toBe('Income insurance is included in the membership [1].');
    expect(openai.chatRequests[0]!.messages[0]!.content).toContain('engelska');
  });

  it('does not call the model when retrieval finds nothing that covers the question', async () => {
    const { answer } = await ask('Vad kostar en flygbiljett till Thailand?');
    expect(answer.kind).toBe('abstain');
    expect(openai.chatRequests).toHaveLength(0);
  });
});

describe('keepValidCitations', () => {
  it('keeps markers that point at passages and drops the rest', () => {
    expect(keepValidCitations('A [1, 7]. B [2]. C [0].', 2)).toEqual({ text: 'A [1]. B [2]. C.', used: [1, 2] });
  });
});
