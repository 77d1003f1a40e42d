import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Queryable } from '../store/db.js';
import type { AdvisorAccount } from './accounts.js';
import { firstName } from '../handoff/service.js';

export const SESSION_COOKIE = 'radgivaren_advisor';

export interface AdvisorSession {
  advisor: AdvisorAccount;
  /** The hash the session is stored under (never the cookie value itself). */
  idHash: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Sessions are stored by the SHA-256 of the cookie value: a leaked table cannot be replayed as cookies. */
export function hashSessionId(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

type SessionRow = { id_hash: string; csrf_token: string; expires_at: Date; advisor_id: string; email: string; name: string; created_at: Date };

/** Advisor sessions in the database, so that every instance knows them and logout is final everywhere. */
export class AdvisorSessions {
  constructor(
    private readonly db: Queryable,
    private readonly hours: number,
  ) {}

  /** Starts a session; returns the cookie value (shown to the browser once, stored only as a hash). */
  async create(advisorId: string): Promise<{ cookieValue: string; csrfToken: string; expiresAt: Date }> {
    const cookieValue = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const rows = await this.db.query<{ expires_at: Date }>(
      `insert into advisor_session(id_hash, advisor_id, csrf_token, expires_at) values ($1, $2, $3, now() + make_interval(hours => $4)) returning expires_at`,
      [hashSessionId(cookieValue), advisorId, csrfToken, this.hours],
    );
    return { cookieValue, csrfToken, expiresAt: new Date(rows[0]!.expires_at) };
  }

  /** The live session for a cookie value: not expired, not revoked, its advisor not disabled. */
  async find(cookieValue: string | undefined): Promise<AdvisorSession | undefined> {
    if (!cookieValue || cookieValue.length > 200) return undefined;
    const rows = await this.db.query<SessionRow>(
      `select s.id_hash, s.csrf_token, s.expires_at, a.id as advisor_id, a.email, a.name, a.created_at
       from advisor_session s join advisor a on a.id = s.advisor_id
       where s.id_hash = $1 and s.revoked_at is null and s.expires_at > now() and a.disabled_at is null`,
      [hashSessionId(cookieValue)],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      advisor: { id: row.advisor_id, email: row.email, name: row.name, firstName: firstName(row.name), createdAt: new Date(row.created_at) },
      idHash: row.id_hash,
      csrfToken: row.csrf_token,
      expiresAt: new Date(row.expires_at),
    };
  }

  /** Revokes a session for good: the same cookie never works again. */
  async revoke(idHash: string): Promise<void> {
    await this.db.query('update advisor_session set revoked_at = coalesce(revoked_at, now()) where id_hash = $1', [idHash]);
  }

  /** Removes sessions that ended more than a day ago (housekeeping). */
  async purge(): Promise<void> {
    await this.db.query(`delete from advisor_session where expires_at < now() - interval '1 day' or revoked_at < now() - interval '1 day'`);
  }
}

/** Reads one cookie from the request's Cookie header. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie value for a session (or, with an empty value and no expiry, for clearing it). */
export function sessionCookie(value: string, { expiresAt, secure }: { expiresAt?: Date; secure: boolean }): string {
  const parts = [`${SESSION_COOKIE}=${value}`, 'Path=/advisor', 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  if (expiresAt) {
    parts.push(`Expires=${expiresAt.toUTCString()}`);
    parts.push(`Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}`);
  } else {
    parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=0');
  }
  return parts.join('; ');
}

/** The CSRF header the console sends on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

/** Compares the request's CSRF header with the session's token in constant time. */
export function csrfValid(req: IncomingMessage, session: AdvisorSession): boolean {
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sent) return false;
  const a = createHash('sha256').update(sent).digest();
  const b = createHash('sha256').update(session.csrfToken).digest();
  return timingSafeEqual(a, b);
}
