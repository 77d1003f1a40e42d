import { z } from 'zod';
import { UserError } from '../../../core/errors.js';
import { textsFor } from '../../../core/texts.js';
import type { TurnResult } from '../../../conversation/engine.js';
import { readJsonObject, readRawBody } from '../../../http/body.js';
import { sendError, sendJson, type HttpServer, type Request, type Response } from '../../../http/server.js';
import type { DirectLineRepository } from '../../../store/repositories/directline.js';
import { handleMemberActivity, type MemberActivityDeps } from '../member-activity.js';
import { streamActivity, WEBCHAT_CHANNEL } from './deliverer.js';
import type { DirectLineGrant, DirectLineTokens } from './tokens.js';

export interface DirectLineOptions extends MemberActivityDeps {
  tokens: DirectLineTokens;
  activities: DirectLineRepository;
  maxBodyBytes: number;
  /** Delivers what a turn queued (so the reply is in the stream before the POST returns). */
  afterTurn(result: TurnResult, channel: string, startedAt?: number): Promise<void>;
}

const postedActivity = z.object({
  type: z.string().min(1).max(50),
  text: z.string().max(100_000).optional(),
  value: z.unknown().optional(),
  attachments: z.array(z.unknown()).max(20).optional(),
  locale: z.string().max(20).optional(),
  channelData: z.object({ clientActivityID: z.string().max(200).optional(), clientTimestamp: z.string().max(50).optional() }).passthrough().optional(),
}).passthrough();

const IGNORED_TYPES = new Set(['typing', 'event', 'conversationUpdate']);

/**
 * A Direct Line 3.0–compatible endpoint (the polling subset `botframework-directlinejs` uses
 * with `webSocket: false`), so Microsoft's Web Chat talks to the bot with no cloud service:
 * start a conversation, post activities, poll activities by watermark, refresh the token.
 */
export function mountDirectLine(server: HttpServer, options: DirectLineOptions): void {
  const { tokens, activities } = options;
  const base = '/v3/directline';

  const authorize = (req: Request, res: Response, conversationId?: string): DirectLineGrant | undefined => {
    const grant = tokens.verify(req.headers.authorization);
    if (typeof grant === 'string') {
      const message = grant === 'expired' ? 'the token has expired' : grant === 'missing' ? 'a bearer token is required' : 'the token is not valid';
      sendError(res, 401, grant === 'expired' ? 'TokenExpired' : 'Unauthorized', message);
      return undefined;
    }
    if (conversationId !== undefined && conversationId !== grant.conversationId) {
      sendError(res, 403, 'Forbidden', 'this token is not valid for that conversation');
      return undefined;
    }
    return grant;
  };

  const conversationBody = (grant: DirectLineGrant, token: string) => ({
    conversationId: grant.conversationId,
    token,
    expires_in: tokens.ttlSeconds,
  });

  // The page (or the union's site) asks for a token for a new conversation.
  server.route('post', '/api/webchat/token', async (_req, res) => {
    const { token, grant } = tokens.issueNew();
    sendJson(res, 200, { token, conversationId: grant.conversationId, userId: grant.userId, expires_in: tokens.ttlSeconds }, { 'cache-control': 'no-store' });
  });

  server.route('post', `${base}/tokens/refresh`, async (req, res) => {
    const grant = authorize(req, res);
    if (!grant) return;
    sendJson(res, 200, conversationBody(grant, tokens.issue(grant)), { 'cache-control': 'no-store' });
  });

  server.route('post', `${base}/conversations`, async (req, res) => {
    const grant = authorize(req, res);
    if (!grant) return;
    const isNew = !(await activities.exists(grant.conversationId));
    if (isNew) {
      const result = await options.engine.notify({ channel: WEBCHAT_CHANNEL, channelConversationId: grant.conversationId }, 'notice', (language) => textsFor(language).welcome);
      await options.afterTurn(result, WEBCHAT_CHANNEL);
    }
    sendJson(res, isNew ? 201 : 200, conversationBody(grant, tokens.issue(grant)));
  });

  server.route('get', `${base}/conversations/:conversationId`, async (req, res) => {
    const grant = authorize(req, res, req.params.conversationId);
    if (!grant) return;
    sendJson(res, 200, conversationBody(grant, tokens.issue(grant)));
  });

  server.route('get', `${base}/conversations/:conversationId/activities`, async (req, res) => {
    const grant = authorize(req, res, req.params.conversationId);
    if (!grant) return;
    const watermark = parseWatermark(new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark'));
    const found = await activities.after(grant.conversationId, watermark);
    const last = found.length ? found[found.length - 1]!.seq : watermark;
    sendJson(res, 200, { activities: found.map((a) => a.activity), watermark: String(last) }, { 'cache-control': 'no-store' });
  });

  server.route('post', `${base}/conversations/:conversationId/activities`, async (req, res) => {
    const grant = authorize(req, res, req.params.conversationId);
    if (!grant) return;
    const body = await readJsonObject(req, { limit: options.maxBodyBytes });
    const parsed = postedActivity.safeParse(body);
    if (!parsed.success) throw new UserError(`not an activity: ${parsed.error.issues[0]?.path.join('.') || 'body'} is invalid`, 400, 'bad_activity');
    const activity = parsed.data;
    if (IGNORED_TYPES.has(activity.type)) return sendJson(res, 200, { id: `${grant.conversationId}|ignored` });
    if (activity.type !== 'message') throw new UserError(`activity type "${activity.type.slice(0, 50)}" is not supported`, 400, 'unsupported_activity_type');
    const startedAt = performance.now();
    const echo = await activities.append(grant.conversationId, (seq) => streamActivity(grant.conversationId, seq, { id: grant.userId, role: 'user' }, {
      type: 'message',
      text: activity.text,
      // Member text is plain text: without this Web Chat renders it as Markdown (with HTML).
      textFormat: 'plain',
      value: activity.value,
      locale: activity.locale,
      attachments: activity.attachments?.length ? activity.attachments.map(describeAttachment) : undefined,
      channelData: activity.channelData ? { clientActivityID: activity.channelData.clientActivityID, clientTimestamp: activity.channelData.clientTimestamp } : undefined,
    }));
    const result = await handleMemberActivity(options, WEBCHAT_CHANNEL, grant.conversationId, {
      id: activity.channelData?.clientActivityID ?? String(echo.activity.id),
      text: activity.text,
      value: activity.value,
      attachments: activity.attachments,
      from: { id: grant.userId },
    });
    await options.afterTurn(result, WEBCHAT_CHANNEL, startedAt);
    sendJson(res, 200, { id: echo.activity.id });
  });

  // Web Chat uploads files here; the bot reads text only: the file is discarded and the member told.
  server.route('post', `${base}/conversations/:conversationId/upload`, async (req, res) => {
    const grant = authorize(req, res, req.params.conversationId);
    if (!grant) return;
    await readRawBody(req, { limit: options.maxBodyBytes });
    const echo = await activities.append(grant.conversationId, (seq) =>
      streamActivity(grant.conversationId, seq, { id: grant.userId, role: 'user' }, { type: 'message', attachments: [{ contentType: 'text/plain', name: 'bilaga (inte läst)' }] }),
    );
    const result = await handleMemberActivity(options, WEBCHAT_CHANNEL, grant.conversationId, { id: String(echo.activity.id), text: '', attachments: [{}], from: { id: grant.userId } });
    await options.afterTurn(result, WEBCHAT_CHANNEL);
    sendJson(res, 200, { id: echo.activity.id });
  });
}

function parseWatermark(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

/** The echo shows that something was attached, never the attachment itself. */
function describeAttachment(attachment: unknown): { contentType: string; name: string } {
  const name = typeof (attachment as { name?: unknown })?.name === 'string' ? String((attachment as { name: string }).name).slice(0, 100) : 'bilaga';
  return { contentType: 'text/plain', name };
}
