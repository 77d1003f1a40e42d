import type { Config } from '../config/index.js';
import { errorMessage, UserError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { HandoffService } from '../handoff/service.js';
import { readJsonObject } from '../http/body.js';
import { sendError, sendJson, type HttpServer, type Request, type Response } from '../http/server.js';
import type { Db } from '../store/db.js';
import { AdvisorAccounts } from './accounts.js';
import { streamEvents } from './events.js';
import { LoginRateLimit } from './rate-limit.js';
import { AdvisorSessions, csrfValid, readCookie, sessionCookie, SESSION_COOKIE, type AdvisorSession } from './sessions.js';

export interface AdvisorApiOptions {
  config: Config;
  db: Db;
  handoff: HandoffService;
  logger: Logger;
  /** Milliseconds between heartbeat comments on the event stream. */
  heartbeatMs?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_STORE = { 'cache-control': 'no-store' };
const BODY = { limit: 16_384 };

type SessionHandler = (req: Request, res: Response, session: AdvisorSession) => Promise<void>;

function publicAdvisor(session: AdvisorSession) {
  const { id, email, name, firstName } = session.advisor;
  return { id, email, name, firstName };
}

function notFound(): UserError {
  return new UserError('Samtalet finns inte.', 404, 'not_found');
}

/** The console's JSON API under /advisor/api and its event stream. */
export function mountAdvisorApi(http: HttpServer, { config, db, handoff, logger, heartbeatMs = 15_000 }: AdvisorApiOptions): void {
  const accounts = new AdvisorAccounts(db);
  const sessions = new AdvisorSessions(db, config.advisor.sessionHours);
  const rateLimit = new LoginRateLimit(db, config.advisor.loginAttempts);
  const secure = config.advisor.secureCookies;

  const audit = (advisorId: string, action: string, detail: Record<string, unknown> = {}) =>
    db.query('insert into audit_log(advisor_id, action, detail) values ($1, $2, $3)', [advisorId, action, JSON.stringify(detail)]);

  const currentSession = (req: Request) => sessions.find(readCookie(req, SESSION_COOKIE));

  /** Every API route but login: a live session (401 without), and on POST the session's CSRF token (403 without). */
  const authed = (method: 'get' | 'post', path: string, handler: SessionHandler) =>
    http.route(method, path, async (req, res) => {
      const session = await currentSession(req);
      if (!session) throw new UserError('Logga in först.', 401, 'unauthenticated');
      if (method !== 'get' && !csrfValid(req, session)) throw new UserError('Ogiltig eller saknad CSRF-token.', 403, 'csrf');
      await handler(req, res, session);
    });

  const conversationExists = async (id: string) =>
    UUID.test(id) && (await db.query('select 1 from conversation where id = $1', [id])).length > 0;

  /** Another advisor's name when a colleague has this conversation: only they hand it back or close it. */
  const heldByColleague = async (id: string, advisorId: string): Promise<string | undefined> => {
    const rows = await db.query<{ name: string }>(
      `select a.name from handoff_request h join advisor a on a.id = h.advisor_id where h.conversation_id = $1 and h.status = 'claimed' and h.advisor_id <> $2 limit 1`,
      [id, advisorId],
    );
    return rows[0]?.name;
  };

  const finish = async (id: string, session: AdvisorSession, action: 'handBack' | 'close', message: string) => {
    if (!UUID.test(id)) throw notFound();
    const colleague = await heldByColleague(id, session.advisor.id);
    if (colleague) throw new UserError(`${colleague} har samtalet.`, 409, 'conflict');
    if (!(await handoff[action](id, session.advisor))) await refuse(id, message);
  };

  /** 404 for an unknown conversation, 409 for one this advisor may not act on now. */
  const refuse = async (id: string, message: string): Promise<never> => {
    if (!(await conversationExists(id))) throw notFound();
    throw new UserError(message, 409, 'conflict');
  };

  http.route('post', '/advisor/api/login', async (req, res) => {
    const body = await readJsonObject(req, BODY);
    const email = typeof body.email === 'string' ? body.email.slice(0, 320) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1_024) : '';
    if (!email || !password) throw new UserError('Fyll i e-post och lösenord.', 400, 'bad_request');
    const keys = LoginRateLimit.keys(email, req.socket.remoteAddress ?? 'unknown');
    const wait = await rateLimit.retryAfter(keys);
    if (wait > 0) {
      res.setHeader('retry-after', String(wait));
      throw new UserError('För många inloggningsförsök. Försök igen om en stund.', 429, 'too_many_attempts');
    }
    const account = await accounts.authenticate(email, password);
    if (!account) {
      await rateLimit.recordFailure(keys);
      // One answer for an unknown address, a disabled account and a wrong password.
      throw new UserError('Fel e-post eller lösenord.', 401, 'invalid_credentials');
    }
    const created = await sessions.create(account.id);
    await audit(account.id, 'login');
    void sessions.purge().catch(() => undefined);
    sendJson(
      res,
      200,
      { advisor: { id: account.id, email: account.email, name: account.name, firstName: account.firstName }, csrfToken: created.csrfToken },
      { ...NO_STORE, 'set-cookie': sessionCookie(created.cookieValue, { expiresAt: created.expiresAt, secure }) },
    );
  });

  http.route('get', '/advisor/api/session', async (req, res) => {
    const session = await currentSession(req);
    if (!session) throw new UserError('Logga in först.', 401, 'unauthenticated');
    sendJson(res, 200, { advisor: publicAdvisor(session), csrfToken: session.csrfToken, expiresAt: session.expiresAt }, NO_STORE);
  });

  authed('post', '/advisor/api/logout', async (_req, res, session) => {
    await sessions.revoke(session.idHash);
    await audit(session.advisor.id, 'logout');
    sendJson(res, 200, { ok: true }, { ...NO_STORE, 'set-cookie': sessionCookie('', { secure }) });
  });

  authed('get', '/advisor/api/queue', async (_req, res) => {
    sendJson(res, 200, { entries: await handoff.queue() }, NO_STORE);
  });

  // Opening a conversation is audited (HandoffService writes 'open').
  authed('get', '/advisor/api/conversations/:id', async (req, res, session) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw notFound();
    const view = await handoff.conversation(id, session.advisor);
    if (!view) throw notFound();
    sendJson(res, 200, view, NO_STORE);
  });

  // New lines since `after` for a conversation already open on the screen; reading one that
  // this advisor has not opened recently goes through the audited path.
  authed('get', '/advisor/api/conversations/:id/transcript', async (req, res, session) => {
    const id = String(req.params.id);
    const after = Math.max(0, Math.floor(Number(new URL(req.url ?? '/', 'http://x').searchParams.get('after') ?? 0)) || 0);
    if (!(await conversationExists(id))) throw notFound();
    const opened = await db.query(
      `select 1 from audit_log where advisor_id = $1 and conversation_id = $2 and action = 'open' and created_at > now() - make_interval(hours => $3) limit 1`,
      [session.advisor.id, id, config.advisor.sessionHours],
    );
    if (!opened.length) {
      const view = await handoff.conversation(id, session.advisor);
      if (!view) throw notFound();
      return sendJson(res, 200, { transcript: view.transcript.filter((line) => line.id > after) }, NO_STORE);
    }
    sendJson(res, 200, { transcript: await handoff.transcript(id, after) }, NO_STORE);
  });

  authed('post', '/advisor/api/handoffs/:id/claim', async (req, res, session) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw new UserError('Ärendet finns inte.', 404, 'not_found');
    const result = await handoff.claim(id, session.advisor);
    if (result.ok) return sendJson(res, 200, { entry: result.entry }, NO_STORE);
    if (result.reason === 'not_found') throw new UserError('Ärendet finns inte.', 404, 'not_found');
    const who = result.claimedBy;
    sendJson(res, 409, { error: { code: 'already_claimed', message: who ? `${who} har redan tagit över samtalet.` : 'Samtalet är inte längre i kön.' }, claimedBy: who ?? null }, NO_STORE);
  });

  authed('post', '/advisor/api/conversations/:id/messages', async (req, res, session) => {
    const id = String(req.params.id);
    const body = await readJsonObject(req, BODY);
    const text = typeof body.text === 'string' ? body.text : '';
    if (!text.trim()) throw new UserError('Skriv ett meddelande.', 400, 'bad_request');
    if (!UUID.test(id)) throw notFound();
    const sent = await handoff.sendMessage(id, session.advisor, text);
    if (!sent.ok) await refuse(id, 'Du kan bara skriva i ett samtal du har tagit över.');
    sendJson(res, 200, { messageId: sent.messageId }, NO_STORE);
  });

  authed('post', '/advisor/api/conversations/:id/hand-back', async (req, res, session) => {
    const id = String(req.params.id);
    await finish(id, session, 'handBack', 'Samtalet är inte hos en rådgivare.');
    sendJson(res, 200, { ok: true }, NO_STORE);
  });

  authed('post', '/advisor/api/conversations/:id/close', async (req, res, session) => {
    const id = String(req.params.id);
    await finish(id, session, 'close', 'Samtalet är redan avslutat.');
    sendJson(res, 200, { ok: true }, NO_STORE);
  });

  authed('post', '/advisor/api/conversations/:id/erase', async (req, res, session) => {
    const id = String(req.params.id);
    if (!(await conversationExists(id))) throw notFound();
    const erased = await handoff.erase(id, session.advisor);
    sendJson(res, 200, { erased }, NO_STORE);
  });

  // The event stream is long-lived: registered on restify directly so that graceful shutdown
  // does not wait for it (the server closes it with the other connections).
  http.app.get('/advisor/api/events', async (req: Request, res: Response) => {
    try {
      const cookie = readCookie(req, SESSION_COOKIE);
      const session = await sessions.find(cookie);
      if (!session) return sendError(res, 401, 'unauthenticated', 'Logga in först.');
      await streamEvents(req, res, { handoff, logger, heartbeatMs, stillValid: async () => Boolean(await sessions.find(cookie)) });
    } catch (error) {
      logger.error('event stream failed', { error: errorMessage(error).slice(0, 200) });
      sendError(res, 500, 'internal_error', 'something went wrong on our side');
    }
  });
}
