import { ChatOpenAI } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import OpenAI from 'openai';
import type { Embedder } from '../knowledge/retrieve/dense.js';

export interface OpenAiOptions {
  apiKey: string;
  baseURL?: string;
  chatModel: string;
  embeddingModel?: string;
  timeoutMs: number;
}

/** A chat model that takes a system prompt and one user message and returns text. */
export interface ChatModel {
  complete(system: string, user: string, options?: { maxTokens?: number }): Promise<string>;
}

/**
 * Chat through LangChain's `ChatOpenAI` (the `openai` client underneath). No automatic
 * retries: the caller falls back to the extractive composer at once on a timeout, 429 or 5xx.
 */
export function createChatModel({ apiKey, baseURL, chatModel, timeoutMs }: OpenAiOptions): ChatModel {
  const model = new ChatOpenAI({
    model: chatModel,
    apiKey,
    configuration: { baseURL },
    timeout: timeoutMs,
    maxRetries: 0,
    temperature: 0,
  });
  return {
    async complete(system, user, { maxTokens = 500 } = {}) {
      const result = await model.invoke([new SystemMessage(system), new HumanMessage(user)], { maxTokens } as never);
      const content = result.content;
      return typeof content === 'string' ? content : content.map((part) => ('text' in part ? String(part.text) : '')).join('');
    },
  };
}

/** Embeddings through the `openai` client, in batches. */
export function createEmbedder({ apiKey, baseURL, embeddingModel, timeoutMs }: OpenAiOptions): Embedder | undefined {
  if (!embeddingModel) return undefined;
  const client = new OpenAI({ apiKey, baseURL, timeout: timeoutMs, maxRetries: 1 });
  return {
    model: embeddingModel,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += 64) {
        const batch = texts.slice(i, i + 64);
        const response = await client.embeddings.create({ model: embeddingModel, input: batch });
        const sorted = [...response.data].sort((a, b) => a.index - b.index);
        for (const item of sorted) out.push(Float32Array.from(item.embedding as number[]));
      }
      return out;
    },
  };
}

/** Status code of an OpenAI/LangChain error, when it has one. */
export function errorStatus(error: unknown): number | undefined {
  if (error && typeof error === 'object') {
    const e = error as { status?: unknown; response?: { status?: unknown } };
    if (typeof e.status === 'number') return e.status;
    if (typeof e.response?.status === 'number') return e.response.status;
  }
  return undefined;
}
