import { randomBytes, randomUUID, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import type { Advisor } from '../handoff/types.js';
import { firstName } from '../handoff/service.js';

/** scrypt cost: N = 2^15, r = 8, p = 1 takes 32 MiB of memory per hash (memory-hard), tens of milliseconds. */
export const KDF = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;
const MAX_MEMORY = 128 * KDF.N * KDF.r * 2 + 1024 * 1024;
/** Shortest password `npm run advisor -- add` accepts. */
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * Hashes a password with scrypt and a random 16-byte salt. The stored form carries its
 * parameters so they can be raised later without breaking old hashes:
 * `scrypt$N$r$p$<salt base64>$<hash base64>`.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(KDF.saltLength);
  const key = await derive(password, salt, KDF.keyLength, { N: KDF.N, r: KDF.r, p: KDF.p, maxmem: MAX_MEMORY });
  return ['scrypt', KDF.N, KDF.r, KDF.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (!salt.length || expected.length < 16) return false;
  const key = await derive(password, salt, expected.length, { N, r, p, maxmem: 128 * N * r * 2 + 1024 * 1024 });
  return timingSafeEqual(key, expected);
}

/** A hash of nothing in particular: verified against when the e-mail is unknown, so timing does not tell who has an account. */
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64'));
  return dummyHash;
}

export interface AdvisorAccount extends Advisor {
  createdAt: Date;
  disabledAt?: Date;
}

type AccountRow = { id: string; email: string; name: string; password_hash: string; created_at: Date; disabled_at: Date | null };

const toAccount = (row: AccountRow): AdvisorAccount => ({
  id: row.id,
  email: row.email,
  name: row.name,
  firstName: firstName(row.name),
  createdAt: new Date(row.created_at),
  disabledAt: row.disabled_at ? new Date(row.disabled_at) : undefined,
});

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(email: string): boolean {
  return /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/.test(email.trim());
}

/** Advisor accounts: created from the command line, looked up at login. */
export class AdvisorAccounts {
  constructor(private readonly db: Queryable) {}

  async create({ email, name, password }: { email: string; name: string; password: string }): Promise<AdvisorAccount> {
    if (!isEmail(email)) throw new Error(`not an e-mail address: ${email}`);
    if (!name.trim()) throw new Error('a name is required');
    if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    const hash = await hashPassword(password);
    const rows = await this.db.query<AccountRow>(
      `insert into advisor(id, email, name, password_hash) values ($1, $2, $3, $4) on conflict do nothing returning *`,
      [randomUUID(), normaliseEmail(email), name.trim(), hash],
    );
    if (!rows[0]) throw new Error(`an advisor with the e-mail address ${normaliseEmail(email)} already exists`);
    return toAccount(rows[0]);
  }

  /**
   * The account for this e-mail and password, or undefined — for an unknown address, a
   * disabled account and a wrong password alike, after the same amount of work.
   */
  async authenticate(email: string, password: string): Promise<AdvisorAccount | undefined> {
    const rows = await this.db.query<AccountRow>('select * from advisor where lower(email) = $1', [normaliseEmail(email)]);
    const row = rows[0];
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummy()));
    if (!row || !ok || row.disabled_at) return undefined;
    return toAccount(row);
  }

  async byId(id: string): Promise<AdvisorAccount | undefined> {
    const rows = await this.db.query<AccountRow>('select * from advisor where id = $1', [id]);
    return rows[0] ? toAccount(rows[0]) : undefined;
  }

  async list(): Promise<AdvisorAccount[]> {
    const rows = await this.db.query<AccountRow>('select * from advisor order by lower(email)');
    return rows.map(toAccount);
  }

  /** Disables an account and revokes its sessions; false when there is no such account. */
  async disable(email: string): Promise<boolean> {
    const rows = await this.db.query<{ id: string }>('update advisor set disabled_at = coalesce(disabled_at, now()) where lower(email) = $1 returning id', [normaliseEmail(email)]);
    if (!rows[0]) return false;
    await this.db.query('update advisor_session set revoked_at = coalesce(revoked_at, now()) where advisor_id = $1', [rows[0].id]);
    return true;
  }
}
