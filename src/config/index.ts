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

  /** The public address of this server (Teams manifest links, SMS signature checks behind a proxy). */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(10_000_000).default(262_144),
  /** How long SIGTERM waits for turns in progress before closing anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),

  /** Bot Framework credentials, under the names botbuilder uses. Without an app id: local mode, tokens unchecked. */
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: z.string().optional(),
  /** Typing indicator only when the answer is not ready within this many ms (0: always, at once). */
  TYPING_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(300),

  /** Key that signs Web Chat (Direct Line) tokens; shared by every instance. Random per process when unset (local use). */
  DIRECTLINE_TOKEN_SECRET: z.string().min(32).optional(),
  DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1_800),

  /** Advisor opening hours, e.g. "mon-fri 08:00-17:00" (several ranges separated by ";"), in OPENING_HOURS_TIMEZONE. */
  OPENING_HOURS: z.string().regex(/^\s*(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?\s+\d{2}:\d{2}-\d{2}:\d{2}(\s*;\s*(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?\s+\d{2}:\d{2}-\d{2}:\d{2})*\s*$/, 'like "mon-fri 08:00-17:00; sat 10:00-14:00"').default('mon-fri 08:00-17:00'),
  OPENING_HOURS_TIMEZONE: z.string().default('Europe/Stockholm'),
  /** When nobody has taken a queued conversation after this many minutes, the member is offered a callback. */
  HANDOFF_CALLBACK_AFTER_MINUTES: z.coerce.number().int().min(1).max(1_440).default(10),
  /** Transcripts older than this are deleted by the retention job. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(90),
  ADVISOR_SESSION_HOURS: z.coerce.number().int().min(1).max(168).default(10),
  /** Login attempts allowed per e-mail address and per client address in 15 minutes. */
  ADVISOR_LOGIN_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(5),

  /** The Teams app's own id (a GUID) for the app package; derived from the bot id when unset. */
  TEAMS_APP_ID: z.string().uuid().optional(),

  /** SMS: the sender (a number in E.164, a short code such as 71501, or an alphanumeric name where the provider allows it). */
  SMS_FROM: z.string().regex(/^(\+?\d{3,15}|[A-Za-z][A-Za-z0-9]{1,10})$/, 'a phone number, a short code or up to 11 letters and digits').optional(),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_API_BASE_URL: z.string().url().default('https://api.twilio.com'),
  ELKS_API_USERNAME: z.string().optional(),
  ELKS_API_PASSWORD: z.string().optional(),
  ELKS_API_BASE_URL: z.string().url().default('https://api.46elks.com'),
  /** The secret path segment of the 46elks webhook: POST /api/sms/46elks/<secret>. */
  ELKS_WEBHOOK_SECRET: z.string().min(16).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "-" and "_" (it is part of a URL)').optional(),
  /** Optional basic auth for the 46elks webhook (put it in the webhook URL at 46elks: https://user:password@…). */
  ELKS_WEBHOOK_USERNAME: z.string().optional(),
  ELKS_WEBHOOK_PASSWORD: z.string().optional(),
  /** Texts accepted from one number per window before the rest are set aside (a flood from one number). */
  SMS_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(20),
  SMS_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Keywords, comma-separated, case-insensitive. */
  SMS_KEYWORDS_INFO: z.string().default('VISION'),
  SMS_KEYWORDS_CALLBACK: z.string().default('RING'),
  SMS_KEYWORDS_STOP: z.string().default('STOPP,STOP'),
  SMS_KEYWORDS_START: z.string().default('START'),
  SMS_KEYWORDS_TEST: z.string().default('TEST'),
  SMS_KEYWORDS_MORE: z.string().default('MER,MORE'),
});

/** botbuilder's endpoint settings: all seven must be set together (tests point them at local stand-ins). */
export const BOT_FRAMEWORK_ENDPOINT_SETTINGS = [
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'ToBotFromChannelTokenIssuer',
  'OAuthUrl',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'CallerId',
] as const;

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
  publicBaseUrl?: string;
  maxBodyBytes: number;
  shutdownTimeoutMs: number;
  botFramework: {
    appId?: string;
    appPassword?: string;
    appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
    /** The seven endpoint settings when overridden (all or none), plus ValidateAuthority. */
    endpoints: Record<string, string>;
    /** A turn shows typing only when its answer is not ready within this many ms (0: always, at once). */
    typingDelayMs: number;
  };
  directLine: { tokenSecret?: string; tokenTtlSeconds: number };
  teamsAppId?: string;
  handoff: { openingHours: string; timeZone: string; callbackAfterMinutes: number };
  retentionDays: number;
  advisor: { sessionHours: number; loginAttempts: number; secureCookies: boolean };
  sms: SmsConfig;
}

export interface SmsKeywords {
  info: string[];
  callback: string[];
  stop: string[];
  start: string[];
  test: string[];
  more: string[];
}

export interface SmsConfig {
  from?: string;
  twilio?: { accountSid: string; authToken: string; apiBaseUrl: string };
  elks?: { username: string; password: string; apiBaseUrl: string; webhookSecret: string; webhookAuth?: { username: string; password: string } };
  rateLimit: { count: number; windowSeconds: number };
  keywords: SmsKeywords;
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
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    maxBodyBytes: e.MAX_BODY_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    botFramework: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      endpoints: botFrameworkEndpoints(env),
      typingDelayMs: e.TYPING_DELAY_MS,
    },
    directLine: { tokenSecret: e.DIRECTLINE_TOKEN_SECRET, tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS },
    teamsAppId: e.TEAMS_APP_ID,
    handoff: { openingHours: e.OPENING_HOURS, timeZone: e.OPENING_HOURS_TIMEZONE, callbackAfterMinutes: e.HANDOFF_CALLBACK_AFTER_MINUTES },
    retentionDays: e.RETENTION_DAYS,
    advisor: {
      sessionHours: e.ADVISOR_SESSION_HOURS,
      loginAttempts: e.ADVISOR_LOGIN_ATTEMPTS,
      // Secure cookies whenever the public address is https (behind TLS) or in production.
      secureCookies: e.NODE_ENV === 'production' || Boolean(e.PUBLIC_BASE_URL?.startsWith('https://')),
    },
    sms: smsConfig(e),
  };
}

/** A provider is on when all its credentials are set; half a configuration is an error, not a silent off. */
function smsConfig(e: Env): SmsConfig {
  const words = (list: string) => list.split(',').map((w) => w.trim().toUpperCase()).filter(Boolean);
  const twilioSet = [e.TWILIO_ACCOUNT_SID, e.TWILIO_AUTH_TOKEN].filter(Boolean).length;
  if (twilioSet === 1) throw new ConfigError('invalid configuration: TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set together');
  const elksSet = [e.ELKS_API_USERNAME, e.ELKS_API_PASSWORD, e.ELKS_WEBHOOK_SECRET].filter(Boolean).length;
  if (elksSet > 0 && elksSet < 3) throw new ConfigError('invalid configuration: ELKS_API_USERNAME, ELKS_API_PASSWORD and ELKS_WEBHOOK_SECRET must be set together');
  if (Boolean(e.ELKS_WEBHOOK_USERNAME) !== Boolean(e.ELKS_WEBHOOK_PASSWORD)) throw new ConfigError('invalid configuration: ELKS_WEBHOOK_USERNAME and ELKS_WEBHOOK_PASSWORD must be set together');
  if ((twilioSet || elksSet) && !e.SMS_FROM) throw new ConfigError('invalid configuration: SMS_FROM is required when an SMS provider is configured');
  // Twilio signs the public URL it posts to; behind a proxy the server cannot know it.
  if (twilioSet && !e.PUBLIC_BASE_URL) throw new ConfigError('invalid configuration: PUBLIC_BASE_URL is required with Twilio (its webhook signatures cover the public URL)');
  return {
    from: e.SMS_FROM,
    twilio: twilioSet ? { accountSid: e.TWILIO_ACCOUNT_SID!, authToken: e.TWILIO_AUTH_TOKEN!, apiBaseUrl: e.TWILIO_API_BASE_URL.replace(/\/+$/, '') } : undefined,
    elks: elksSet
      ? {
          username: e.ELKS_API_USERNAME!,
          password: e.ELKS_API_PASSWORD!,
          apiBaseUrl: e.ELKS_API_BASE_URL.replace(/\/+$/, ''),
          webhookSecret: e.ELKS_WEBHOOK_SECRET!,
          webhookAuth: e.ELKS_WEBHOOK_USERNAME ? { username: e.ELKS_WEBHOOK_USERNAME, password: e.ELKS_WEBHOOK_PASSWORD! } : undefined,
        }
      : undefined,
    rateLimit: { count: e.SMS_RATE_LIMIT, windowSeconds: e.SMS_RATE_WINDOW_SECONDS },
    keywords: {
      info: words(e.SMS_KEYWORDS_INFO),
      callback: words(e.SMS_KEYWORDS_CALLBACK),
      stop: words(e.SMS_KEYWORDS_STOP),
      start: words(e.SMS_KEYWORDS_START),
      test: words(e.SMS_KEYWORDS_TEST),
      more: words(e.SMS_KEYWORDS_MORE),
    },
  };
}

function botFrameworkEndpoints(env: NodeJS.ProcessEnv): Record<string, string> {
  const set = BOT_FRAMEWORK_ENDPOINT_SETTINGS.filter((name) => env[name]);
  if (set.length && set.length !== BOT_FRAMEWORK_ENDPOINT_SETTINGS.length) {
    const missing = BOT_FRAMEWORK_ENDPOINT_SETTINGS.filter((name) => !env[name]);
    throw new ConfigError(`invalid configuration: Bot Framework endpoint settings must be set all together; missing ${missing.join(', ')}`);
  }
  const endpoints: Record<string, string> = Object.fromEntries(set.map((name) => [name, env[name]!]));
  if (env.ValidateAuthority) endpoints.ValidateAuthority = env.ValidateAuthority;
  return endpoints;
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}
