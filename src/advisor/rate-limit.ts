import { createHash } from 'node:crypto';
import type { Queryable } from '../store/db.js';

export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Failed-login limits per e-mail address and per client address within a sliding 15-minute
 * window, kept in the database so that every instance counts the same attempts. Keys are
 * hashed: the table holds no e-mail addresses or IP addresses.
 */
export class LoginRateLimit {
  constructor(
    private readonly db: Queryable,
    private readonly attempts: number,
    private readonly windowSeconds = LOGIN_WINDOW_SECONDS,
  ) {}

  static keys(email: string, clientAddress: string): string[] {
    const hash = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 32);
    return [`email:${hash(email.trim().toLowerCase())}`, `ip:${hash(clientAddress)}`];
  }

  /** Seconds until another attempt is allowed for any of these keys, or 0 when one is allowed now. */
  async retryAfter(keys: string[]): Promise<number> {
    // The oldest of the last `attempts` failures leaves the window first. Computed by the
    // database, whose clock every instance shares.
    const rows = await this.db.query<{ n: string | number; wait: string | number }>(
      `select count(*) as n, extract(epoch from min(created_at) + make_interval(secs => $2) - now()) as wait from (
         select key, created_at, row_number() over (partition by key order by created_at desc) as rank
         from advisor_login_attempt where key = any($1) and created_at > now() - make_interval(secs => $2)
       ) recent where rank <= $3 group by key`,
      [keys, this.windowSeconds, this.attempts],
    );
    let wait = 0;
    for (const row of rows) {
      if (Number(row.n) >= this.attempts) wait = Math.max(wait, Math.max(1, Math.ceil(Number(row.wait))));
    }
    return wait;
  }

  async recordFailure(keys: string[]): Promise<void> {
    await this.db.query(`insert into advisor_login_attempt(key) select unnest($1::text[])`, [keys]);
    // Housekeeping: nothing older than the window matters.
    await this.db.query(`delete from advisor_login_attempt where key = any($1) and created_at < now() - make_interval(secs => $2)`, [keys, this.windowSeconds]);
  }
}
