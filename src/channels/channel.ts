import type { Config } from '../config/index.js';
import type { Logger } from '../core/log.js';
import type { ConversationEngine, TurnResult } from '../conversation/engine.js';
import type { Metrics } from '../http/metrics.js';
import type { HttpServer } from '../http/server.js';
import type { OutboxDispatcher } from '../outbox/dispatcher.js';
import type { Db } from '../store/db.js';

/** What every channel is mounted with: its routes on the server, its deliverers on the dispatcher. */
export interface ChannelMountOptions {
  config: Config;
  db: Db;
  engine: ConversationEngine;
  server: HttpServer;
  dispatcher: OutboxDispatcher;
  logger: Logger;
  metrics: Metrics;
  /** After a member's turn: metrics, and delivery of what the turn queued. */
  afterTurn(result: TurnResult, channel: string, startedAt?: number): Promise<void>;
}
