import type { Config } from './config/index.js';
import { createLogger, type Logger } from './core/log.js';
import { ConversationEngine, type ConversationHooks, type HandoffPolicy } from './conversation/engine.js';
import { KnowledgeBase } from './knowledge/index.js';
import { createChatModel, createEmbedder, type ChatModel } from './llm/openai.js';
import { PromptLibrary } from './llm/prompts.js';
import { openDatabase, type Db } from './store/index.js';
import { ConversationRepository } from './store/repositories/conversations.js';
import { OutboxRepository } from './store/repositories/outbox.js';

/** The answering core, wired: database, knowledge base and conversation engine. */
export interface Core {
  config: Config;
  logger: Logger;
  db: Db;
  prompts: PromptLibrary;
  /** The configured LLM, if any (answers and advisor summaries). */
  chatModel?: ChatModel;
  knowledge: KnowledgeBase;
  conversations: ConversationRepository;
  outbox: OutboxRepository;
  engine: ConversationEngine;
  close(): Promise<void>;
}

export interface CreateCoreOptions {
  logger?: Logger;
  /** Use this database instead of opening the configured one (tests). */
  db?: Db;
  hooks?: ConversationHooks;
  /** Bring the index up to date with the knowledge folder before returning (default true). */
  ingest?: boolean;
  /** Queue every reply in the outbox for a channel to deliver (the server); off for ask/eval. */
  outbox?: boolean;
  /** Place in queue, opening hours and callbacks (the handoff layer, in the server). */
  handoff?: HandoffPolicy;
}

export async function createCore(config: Config, { logger = createLogger({ level: config.logLevel }), db, hooks, ingest = true, outbox = false, handoff }: CreateCoreOptions = {}): Promise<Core> {
  const database = db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir }));
  const prompts = new PromptLibrary(config.promptsDir);
  const chatModel = config.openai ? createChatModel(config.openai) : undefined;
  const knowledge = new KnowledgeBase({
    db: database,
    knowledgeDir: config.knowledgeDir,
    logger,
    chatModel,
    embedder: config.openai ? createEmbedder(config.openai) : undefined,
    prompts,
  });
  if (ingest) {
    const report = await knowledge.ingest();
    if (report.added.length || report.updated.length || report.removed.length) {
      logger.info('knowledge indexed', { added: report.added.length, updated: report.updated.length, removed: report.removed.length, chunks: report.chunks });
    }
  }
  const conversations = new ConversationRepository(database);
  const outboxRepository = new OutboxRepository(database);
  const engine = new ConversationEngine({ conversations, knowledge, logger, hooks, maxMessageLength: config.maxMessageLength, outbox: outbox ? outboxRepository : undefined, handoff });
  return {
    config,
    logger,
    db: database,
    prompts,
    chatModel,
    knowledge,
    conversations,
    outbox: outboxRepository,
    engine,
    close: async () => {
      if (!db) await database.close();
    },
  };
}
