import type { Config } from '../config/index.js';
import type { Logger } from '../core/log.js';
import type { HandoffService } from '../handoff/service.js';
import type { HttpServer } from '../http/server.js';
import type { Db } from '../store/db.js';

export interface AdvisorConsoleOptions {
  config: Config;
  db: Db;
  handoff: HandoffService;
  logger: Logger;
}

/** The advisor console at /advisor and its API (being built: login, queue, conversation view, live events). */
export function mountAdvisorConsole(_http: HttpServer, _options: AdvisorConsoleOptions): void {}
