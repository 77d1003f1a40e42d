import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { readJsonObject } from '../../http/body.js';
import type { Metrics } from '../../http/metrics.js';
import { sendError, sendJson, type Handler } from '../../http/server.js';
import { UnauthorizedActivity, type BotAdapter } from './adapter.js';
import type { RadgivarenBot } from './bot.js';

const activityShape = z.object({
  type: z.string().min(1).max(100),
  channelId: z.string().min(1).max(100),
  serviceUrl: z.string().url().max(2_000),
  conversation: z.object({ id: z.string().min(1).max(1_000) }).passthrough(),
  from: z.object({ id: z.string().max(1_000) }).passthrough().optional(),
  text: z.string().optional(),
}).passthrough();

/**
 * `POST /api/messages`: the Bot Framework endpoint (Teams, and any Azure Bot Service channel).
 * 415/413/400 for a wrong type, a too large or malformed body, 401 when the token is not
 * accepted (and then nothing runs and nothing is sent), 200 otherwise.
 */
export function messagesEndpoint({ adapter, bot, maxBodyBytes, logger, metrics }: {
  adapter: BotAdapter;
  bot: RadgivarenBot;
  maxBodyBytes: number;
  logger: Logger;
  metrics: Metrics;
}): Handler {
  return async (req, res) => {
    const body = await readJsonObject(req, { limit: maxBodyBytes });
    const parsed = activityShape.safeParse(body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'activity';
      throw new UserError(`not a Bot Framework activity: ${field} is missing or invalid`, 400, 'bad_activity');
    }
    const authHeader = String(req.headers.authorization ?? '');
    try {
      const invoke = await adapter.handleActivity(authHeader, parsed.data as unknown as Activity, (context) => bot.run(context));
      if (invoke) return sendJson(res, invoke.status, invoke.body ?? {});
      res.writeHead(200, { 'content-length': 0 });
      res.end();
    } catch (error) {
      if (!(error instanceof UnauthorizedActivity)) throw error;
      metrics.errors.inc({ kind: 'auth' });
      logger.warn('activity rejected: token not accepted', { reason: error.message.slice(0, 120), channel: parsed.data.channelId });
      sendError(res, 401, 'unauthorized', 'the request is not authorized for this bot');
    }
  };
}
