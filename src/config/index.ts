import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';

/**
 * The environment, validated once at start-up. A bad value stops the process with a message
 * naming the variable; nothing else reads `process.env`.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** PostgreSQL connection string; without it the embedded PGlite database under DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('data'),
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  PROMPTS_DIR: z.string().default('prompts'),
  /** Key for hashing phone numbers and other identifiers in logs. */
  LOG_HASH_KEY: z.string().min(16).optional(),

  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Set to "false" to use the LLM for answers but not for embeddings (e.g. a chat-only endpoint). */
  OPENAI_EMBEDDINGS: z.enum(['true', 'false']).default('true'),

  MAX_MESSAGE_LENGTH: z.coerce.number().int().min(100).max(20_000).default(4_000),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  logLevel: Env['LOG_LEVEL'];
  databaseUrl?: string;
  dataDir: string;
  knowledgeDir: string;
  promptsDir: string;
  logHashKey: string;
  openai?: {
    apiKey: string;
    baseURL?: string;
    chatModel: string;
    embeddingModel?: string;
    timeoutMs: number;
  };
  maxMessageLength: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = schema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  // An OpenAI-compatible server (e.g. a local one) may not need a key; the client requires a value.
  const openaiEnabled = Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    knowledgeDir: path.resolve(cwd, e.KNOWLEDGE_DIR),
    promptsDir: path.resolve(cwd, e.PROMPTS_DIR),
    logHashKey: e.LOG_HASH_KEY ?? 'radgivaren-local-log-hash-key',
    openai: openaiEnabled
      ? {
          apiKey: e.OPENAI_API_KEY ?? 'not-needed',
          baseURL: e.OPENAI_BASE_URL,
          chatModel: e.OPENAI_CHAT_MODEL,
          embeddingModel: e.OPENAI_EMBEDDINGS === 'true' ? e.OPENAI_EMBEDDING_MODEL : undefined,
          timeoutMs: e.OPENAI_TIMEOUT_MS,
        }
      : undefined,
    maxMessageLength: e.MAX_MESSAGE_LENGTH,
  };
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}
