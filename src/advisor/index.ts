import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/index.js';
import type { Logger } from '../core/log.js';
import type { HandoffService } from '../handoff/service.js';
import type { HttpServer, Response } from '../http/server.js';
import type { Db } from '../store/db.js';
import { mountAdvisorApi } from './routes.js';

export interface AdvisorConsoleOptions {
  config: Config;
  db: Db;
  handoff: HandoffService;
  logger: Logger;
  /** Milliseconds between heartbeat comments on the event stream (default 15 s). */
  heartbeatMs?: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

const ASSETS: Record<string, { file: string; type: string }> = {
  '/advisor': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/advisor/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/advisor/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

/**
 * The page's security headers: only this origin's scripts and styles, nothing inline, no
 * framing, no form posts anywhere (the page submits with fetch).
 */
export const CONSOLE_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/**
 * The advisor console: the page at /advisor (login, the live queue, one conversation) and its
 * API under /advisor/api (sessions with CSRF tokens, the queue, conversations, actions, and a
 * server-sent event stream fed by PostgreSQL LISTEN/NOTIFY).
 */
export function mountAdvisorConsole(http: HttpServer, options: AdvisorConsoleOptions): void {
  for (const [route, asset] of Object.entries(ASSETS)) {
    http.route('get', route, async (_req, res) => serveFile(res, path.join(here, 'public', asset.file), asset.type));
  }
  mountAdvisorApi(http, options);
}

function serveFile(res: Response, file: string, type: string): Promise<void> {
  const size = statSync(file).size;
  res.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': 'no-cache', ...CONSOLE_SECURITY_HEADERS });
  return new Promise((resolve, reject) => {
    createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
  });
}
