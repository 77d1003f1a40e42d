import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../core/log.js';
import { createCore, type Core } from '../app.js';
import { openPglite } from '../store/pglite.js';
import { migrate } from '../store/migrate.js';
import type { TurnResult } from '../conversation/engine.js';
import type { Language, Reply } from '../core/types.js';
import { textsFor } from '../core/texts.js';

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
  return toOutput(id, await askTurn(core, text, history));
}

/** One question in a fresh conversation, with the turn as the engine reports it. */
export async function askTurn(core: Core, text: unknown, history?: unknown): Promise<TurnResult> {
  return core.engine.handle({
    channel: 'cli',
    channelConversationId: randomUUID(),
    text: typeof text === 'string' ? text : '',
    history: Array.isArray(history) ? history.filter((h): h is string => typeof h === 'string') : undefined,
  });
}

export function toOutput(id: unknown, turn: TurnResult): AskOutput {
  const main = mainReply(turn.replies);
  return {
    id,
    kind: outputKind(main),
    text: turn.replies.map((r) => r.text).join('\n\n'),
    sources: turn.replies.flatMap((r) => r.citations).map((c) => ({ title: c.title, text: underTitle(c.title, c.text), ...(c.date ? { date: c.date } : {}), ...(c.url ? { url: c.url } : {}) })),
    passages: (turn.retrieval?.passages ?? []).map((p) => ({ text: underTitle(p.title, p.text), score: Number(p.score.toFixed(4)), title: p.title })),
  };
}

/**
 * A passage as retrieved: its article's title (which the index searches with the text) as the
 * first line, as a section's first passage shows its heading. "Hur länge är medlemskapet
 * gratis?" is answered by the title «Bli medlem i Vision - 3 månader kostnadsfritt».
 */
function underTitle(title: string, text: string): string {
  return !title || text.startsWith(title) ? text : `${title}\n${text}`;
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
export function formatForPerson(output: AskOutput, language: Language = 'sv'): string {
  const lines = [output.text];
  if (output.sources.length) {
    const texts = textsFor(language);
    lines.push('', `${output.sources.length === 1 ? texts.sourcesHeading : texts.sourcesHeadingMany}:`);
    output.sources.forEach((s, i) => lines.push(`[${i + 1}] ${s.title}${s.date ? ` (${s.date})` : ''}${s.url ? ` – ${s.url}` : ''}`));
  }
  return lines.join('\n');
}
