import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local server speaking the OpenAI HTTP protocol (`POST /v1/chat/completions`,
 * `POST /v1/embeddings`), so the real `openai` and `@langchain/openai` clients are exercised.
 * `behaviour` decides the next chat answers: a normal answer, a slow one, a 429 or a 500.
 */
export type ChatBehaviour =
  | { kind: 'answer'; text: string }
  | { kind: 'slow'; delayMs: number; text: string }
  | { kind: 'status'; status: 429 | 500 | 503 };

export interface FakeOpenAi {
  baseURL: string;
  behaviour: ChatBehaviour;
  /** Every chat request body received (to check what left the process). */
  chatRequests: Array<{ messages: Array<{ role: string; content: string }>; model: string }>;
  embeddingRequests: number;
  /** Every text sent to be embedded (to check what left the process). */
  embeddingInputs: string[];
  close(): Promise<void>;
}

export const EMBEDDING_DIMS = 512;

/** A deterministic bag-of-words embedding: texts sharing words get similar vectors. */
export function fakeEmbedding(text: string): number[] {
  const v = new Array<number>(EMBEDDING_DIMS).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []) {
    const stem = word.slice(0, 7);
    let h = 2166136261;
    for (const ch of stem) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
    v[Math.abs(h) % EMBEDDING_DIMS]! += 1;
  }
  return v;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const state: Omit<FakeOpenAi, 'baseURL' | 'close'> = {
    behaviour: { kind: 'answer', text: 'Inkomstförsäkringen ingår i medlemskapet [1].' },
    chatRequests: [],
    embeddingRequests: 0,
    embeddingInputs: [],
  };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== 'Bearer test-key') return send(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
    const parsed = JSON.parse(body) as { model: string; messages?: Array<{ role: string; content: string }>; input?: string | string[] };
    if (req.url === '/v1/embeddings') {
      state.embeddingRequests++;
      const inputs = Array.isArray(parsed.input) ? parsed.input : [parsed.input ?? ''];
      state.embeddingInputs.push(...inputs);
      return send(200, {
        object: 'list',
        model: parsed.model,
        data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(text) })),
        usage: { prompt_tokens: 1, total_tokens: 1 },
      });
    }
    if (req.url === '/v1/chat/completions') {
      state.chatRequests.push({ messages: parsed.messages ?? [], model: parsed.model });
      const behaviour = state.behaviour;
      if (behaviour.kind === 'status') {
        return send(behaviour.status, { error: { message: behaviour.status === 429 ? 'Rate limit reached' : 'The server had an error', type: behaviour.status === 429 ? 'rate_limit_error' : 'server_error' } }, behaviour.status === 429 ? { 'retry-after': '20' } : {});
      }
      if (behaviour.kind === 'slow') await new Promise((r) => setTimeout(r, behaviour.delayMs));
      if (res.destroyed) return;
      return send(200, {
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: parsed.model,
        choices: [{ index: 0, message: { role: 'assistant', content: behaviour.text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }
    send(404, { error: { message: 'not found' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
