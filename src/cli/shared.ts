import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../core/log.js';
import { createCore, type Core } from '../app.js';
import { openPglite } from '../store/pglite.js';
import { migrate } from '../store/migrate.js';
import type { TurnResult } from '../conversation/engine.js';
import type { Reply } from '../core/types.js';

/**
 * The core for terminal commands. With DATABASE_URL it uses that PostgreSQL; otherwise an
 * in-memory PGlite indexed from the knowledge folder, so `ask` and `eval` never compete with a
 * running bot for the embedded data directory.
 */
export async function createCliCore(): Promise<Core> {
  const config = loadConfig();
  const logger = createLogger({ level: process.env.LOG_LEVEL ? config.logLevel : 'warn' });
  if (config.databaseUrl) return createCore(config, { logger });
  const db = await openPglite();
  await migrate(db);
  const core = await createCore(config, { logger, db });
  return { ...core, close: async () => db.close() };
}

export interface AskOutput {
  id: unknown;
  kind: 'answer' | 'abstain' | 'handoff' | 'crisis' | 'smalltalk';
  text: string;
  sources: Array<{ title: string; text: string; date?: string; url?: string }>;
  passages: Array<{ text: string; score: number; title: string }>;
  error?: string;
}

/** Asks one question in a fresh conversation, as the `ask` contract in DESIGN.md describes. */
export async function askOnce(core: Core, id: unknown, text: unknown, history: unknown): Promise<AskOutput> {
  const turn = await core.engine.handle({
    channel: 'cli',
    channelConversationId: randomUUID(),
    text: typeof text === 'string' ? text : '',
    history: Array.isArray(history) ? history.filter((h): h is string => typeof h === 'string') : undefined,
  });
  return toOutput(id, turn);
}

export function toOutput(id: unknown, turn: TurnResult): AskOutput {
  const main = mainReply(turn.replies);
  return {
    id,
    kind: outputKind(main),
    text: turn.replies.map((r) => r.text).join('\n\n'),
    sources: turn.replies.flatMap((r) => r.citations).map((c) => ({ title: c.title, text: c.text, ...(c.date ? { date: c.date } : {}), ...(c.url ? { url: c.url } : {}) })),
    passages: (turn.retrieval?.passages ?? []).map((p) => ({ text: p.text, score: Number(p.score.toFixed(4)), title: p.title })),
  };
}

function mainReply(replies: Reply[]): Reply | undefined {
  const order: Reply['kind'][] = ['crisis', 'handoff', 'answer', 'abstain', 'smalltalk', 'notice'];
  return [...replies].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
}

function outputKind(reply: Reply | undefined): AskOutput['kind'] {
  switch (reply?.kind) {
    case 'answer':
    case 'abstain':
    case 'handoff':
    case 'crisis':
    case 'smalltalk':
      return reply.kind;
    case 'advisor':
      return 'handoff';
    default:
      // A notice (empty message, an error) is conversation, not an answer.
      return 'smalltalk';
  }
}

/** The reply as a member reads it in a plain-text channel: the text, then the numbered sources. */
export function formatForPerson(output: AskOutput): string {
  const lines = [output.text];
  if (output.sources.length) {
    lines.push('', output.sources.length === 1 ? 'Källa:' : 'Källor:');
    output.sources.forEach((s, i) => lines.push(`[${i + 1}] ${s.title}${s.date ? ` (${s.date})` : ''}${s.url ? ` – ${s.url}` : ''}`));
  }
  return lines.join('\n');
}
