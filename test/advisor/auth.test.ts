import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Wrap timingSafeEqual (still the real one) to prove password and CSRF checks go through it.
const timing = vi.hoisted(() => ({ calls: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      timing.calls++;
      return actual.timingSafeEqual(a, b);
    },
  };
});

import { mountAdvisorConsole } from '../../src/advisor/index.js';
import { hashPassword, KDF, verifyPassword } from '../../src/advisor/accounts.js';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/core/log.js';
import type { HandoffService } from '../../src/handoff/service.js';
import { Metrics } from '../../src/http/metrics.js';
import { HttpServer } from '../../src/http/server.js';
import type { RunningServer } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/index.js';
import { createPostgresDatabase, postgresReachable } from '../helpers/databases.js';
import { startTestServer } from '../helpers/server.js';
import { login, openEvents, request } from './client.js';

const PASSWORD = 'korrekt-häst-batteri-häftklammer';
const EMAIL = 'karin.berg@vision.example';
const root = path.resolve(import.meta.dirname, '../..');

/** `npm run advisor -- …` as a child process, the password piped on standard input. */
function cli(args: string[], env: Record<string, string>, stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/advisor.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('password hashing (scrypt)', () => {
  it('stores parameters and a random salt with the hash, and verifies in constant time', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(KDF.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(await hashPassword(PASSWORD)).not.toBe(hash); // a new salt every time
    const before = timing.calls;
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword(PASSWORD + 'x', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
    expect(timing.calls - before).toBe(3);
    // Tampered or foreign hashes never match (and never throw).
    const parts = hash.split('$');
    expect(await verifyPassword(PASSWORD, [...parts.slice(0, 5), Buffer.alloc(32).toString('base64')].join('$'))).toBe(false);
    expect(await verifyPassword(PASSWORD, 'bcrypt$2b$10$abc')).toBe(false);
    expect(await verifyPassword(PASSWORD, `scrypt$${2 ** 30}$8$1$${parts[4]}$${parts[5]}`)).toBe(false);
  });
});

describe('advisor accounts, login, sessions, CSRF and rate limits', () => {
  let db: Db;
  let server: RunningServer;
  let secureServer: HttpServer;
  let drop: () => Promise<void> = async () => {};
  let dbEnv: Record<string, string>;

  beforeAll(async () => {
    if (await postgresReachable()) {
      const created = await createPostgresDatabase();
      dbEnv = { DATABASE_URL: created.url };
      drop = created.drop;
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), 'advisor-auth-'));
      dbEnv = { DATA_DIR: dir };
      drop = async () => rmSync(dir, { recursive: true, force: true });
    }
    // The account is created by the command, before anything else holds the database.
    const added = await cli(['add', '--email', EMAIL, '--name', 'Karin Berg'], dbEnv, `${PASSWORD}\n`);
    expect(added, added.stderr).toMatchObject({ code: 0 });
    expect(added.stdout).toContain('Karin Berg <karin.berg@vision.example>');
    expect(added.stdout + added.stderr).not.toContain(PASSWORD);
    const again = await cli(['add', '--email', 'KARIN.BERG@vision.example', '--name', 'Karin B'], dbEnv, `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const short = await cli(['add', '--email', 'kort@vision.example', '--name', 'Kort'], dbEnv, 'kort\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 12/);
    const disabled = await cli(['add', '--email', 'sluta@vision.example', '--name', 'Slutat Person'], dbEnv, `${PASSWORD}\n`);
    expect(disabled.code).toBe(0);
    expect((await cli(['disable', '--email', 'sluta@vision.example'], dbEnv)).code).toBe(0);
    const list = await cli(['list'], dbEnv);
    expect(list.stdout).toMatch(/^karin\.berg@vision\.example\tKarin Berg\t/m);
    expect(list.stdout).toMatch(/^sluta@vision\.example\tSlutat Person\t.*avstängd/m);

    db = await openDatabase({ databaseUrl: dbEnv.DATABASE_URL, dataDir: dbEnv.DATA_DIR });
    const stored = await db.query<{ password_hash: string }>('select password_hash from advisor where email = $1', [EMAIL]);
    expect(stored[0]!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    server = await startTestServer({ db, env: { ADVISOR_LOGIN_ATTEMPTS: '5' } });
    // A second instance on the same database, configured for https (Secure cookies).
    secureServer = new HttpServer({ logger: silentLogger, metrics: new Metrics() });
    mountAdvisorConsole(secureServer, {
      config: loadConfig({ PUBLIC_BASE_URL: 'https://radgivaren.example.se', ADVISOR_LOGIN_ATTEMPTS: '5' }),
      db,
      handoff: server.handoff as HandoffService,
      logger: silentLogger,
      heartbeatMs: 150,
    });
    await secureServer.listen(0, '127.0.0.1');
  }, 120_000);

  afterAll(async () => {
    await secureServer?.close(1_000);
    await server?.close();
    await db?.close();
    await drop();
  });

  it('logs in with a session cookie that is HttpOnly and SameSite=Strict (Secure behind https)', async () => {
    const res = await request(server.url, 'POST', '/advisor/api/login', { json: { email: 'Karin.Berg@vision.example ', password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.advisor).toMatchObject({ email: EMAIL, name: 'Karin Berg', firstName: 'Karin' });
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = res.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^radgivaren_advisor=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/advisor');
    expect(cookie).not.toContain('Secure');
    expect(res.headers['cache-control']).toBe('no-store');
    // Stored as a hash only.
    const value = cookie.split(';')[0]!.split('=')[1]!;
    expect(await db.query('select 1 from advisor_session where id_hash = $1', [value])).toEqual([]);

    const secure = await request(secureServer.url, 'POST', '/advisor/api/login', { json: { email: EMAIL, password: PASSWORD } });
    expect(secure.status).toBe(200);
    expect(secure.headers['set-cookie']![0]).toMatch(/; HttpOnly; SameSite=Strict; Secure;/);
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const res = await request(server.url, 'GET', '/advisor');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<label for="email">E-post</label>');
    expect(res.text).toContain('<label for="password">Lösenord</label>');
    expect(res.text).not.toMatch(/<script>(?!<)/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('refuses the API without a session (401) and state changes without the CSRF token (403)', async () => {
    for (const [method, path] of [['GET', '/advisor/api/queue'], ['GET', '/advisor/api/session'], ['GET', '/advisor/api/events'], ['POST', '/advisor/api/logout'], ['POST', '/advisor/api/handoffs/00000000-0000-4000-8000-000000000000/claim']] as const) {
      const res = await request(server.url, method, path);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
    const forged = await request(server.url, 'GET', '/advisor/api/queue', { headers: { cookie: 'radgivaren_advisor=forged-value' } });
    expect(forged.status).toBe(401);

    const client = await login(server.url, EMAIL, PASSWORD);
    expect((await client.get('/advisor/api/queue')).status).toBe(200);
    const session = await client.get('/advisor/api/session');
    expect(session.body.csrfToken).toBe(client.csrf);
    const claim = '/advisor/api/handoffs/00000000-0000-4000-8000-000000000000/claim';
    const none = await request(server.url, 'POST', claim, { headers: { cookie: client.cookie } });
    expect(none.status).toBe(403);
    expect(none.body.error.code).toBe('csrf');
    // One character changed (to 'A', or to 'B' when it already is 'A': the token is random).
    const wrongToken = client.csrf.slice(0, -1) + (client.csrf.endsWith('A') ? 'B' : 'A');
    const wrong = await request(server.url, 'POST', claim, { headers: { cookie: client.cookie, 'x-csrf-token': wrongToken } });
    expect(wrong.status).toBe(403);
    const before = timing.calls;
    expect((await client.post(claim)).status).toBe(404); // past CSRF; no such handoff
    expect(timing.calls).toBeGreaterThan(before);
    // Another session's token does not work for this one.
    const other = await login(server.url, EMAIL, PASSWORD);
    expect((await request(server.url, 'POST', claim, { headers: { cookie: client.cookie, 'x-csrf-token': other.csrf } })).status).toBe(403);
  });

  it('logout revokes the session for good and is audited', async () => {
    const client = await login(server.url, EMAIL, PASSWORD);
    expect((await client.get('/advisor/api/queue')).status).toBe(200);
    const out = await client.post('/advisor/api/logout');
    expect(out.status).toBe(200);
    expect(out.headers['set-cookie']![0]).toMatch(/^radgivaren_advisor=; .*Max-Age=0/);
    expect((await client.get('/advisor/api/queue')).status).toBe(401);
    expect((await client.get('/advisor/api/session')).status).toBe(401);
    expect((await client.post('/advisor/api/logout')).status).toBe(401);
    const actions = await db.query<{ action: string }>(`select action from audit_log where advisor_id = $1 and action in ('login', 'logout') order by id`, [client.advisor.id]);
    expect(actions.map((a) => a.action)).toContain('logout');
    expect(actions.filter((a) => a.action === 'login').length).toBeGreaterThanOrEqual(3);
  });

  it('the event stream sends heartbeats and ends when its session is logged out', async () => {
    const client = await login(secureServer.url, EMAIL, PASSWORD);
    const stream = await openEvents(secureServer.url, client.cookie);
    expect(stream.status).toBe(200);
    await expect.poll(() => stream.comments.filter((c) => c.startsWith('heartbeat')).length, { timeout: 2_000 }).toBeGreaterThan(0);
    const out = await request(secureServer.url, 'POST', '/advisor/api/logout', { headers: { cookie: client.cookie, 'x-csrf-token': client.csrf } });
    expect(out.status).toBe(200);
    const ended = await Promise.race([stream.ended.then(() => true), new Promise((r) => setTimeout(() => r(false), 2_000))]);
    expect(ended).toBe(true);
    expect((await openEvents(secureServer.url, client.cookie)).status).toBe(401);
  });

  it('an expired session no longer works', async () => {
    const client = await login(server.url, EMAIL, PASSWORD);
    await db.query(`update advisor_session set expires_at = now() - interval '1 second' where csrf_token = $1`, [client.csrf]);
    expect((await client.get('/advisor/api/queue')).status).toBe(401);
  });

  it('gives one generic answer for an unknown address, a disabled account and a wrong password', async () => {
    const attempts = [
      { email: 'ingen@vision.example', password: PASSWORD },
      { email: EMAIL, password: 'fel-lösenord-helt-enkelt' },
      { email: 'sluta@vision.example', password: PASSWORD },
    ];
    const answers = [];
    for (const [i, json] of attempts.entries()) {
      const res = await request(server.url, 'POST', '/advisor/api/login', { json, localAddress: `127.0.0.${50 + i}` });
      expect(res.headers['set-cookie']).toBeUndefined();
      answers.push({ status: res.status, body: res.body });
    }
    expect(answers[0]).toEqual({ status: 401, body: { error: { code: 'invalid_credentials', message: 'Fel e-post eller lösenord.' } } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('limits failed logins per e-mail address and per client address (429 with Retry-After), across instances', async () => {
    const target = 'gissad@vision.example';
    // Five failures for one address, each from a different client, half on each instance.
    for (let i = 0; i < 5; i++) {
      const res = await request(i % 2 ? secureServer.url : server.url, 'POST', '/advisor/api/login', { json: { email: target, password: `fel-${i}-xxxxxxxx` }, localAddress: `127.0.0.${10 + i}` });
      expect(res.status).toBe(401);
    }
    const limited = await request(server.url, 'POST', '/advisor/api/login', { json: { email: target, password: 'fel-igen-xxxxxxxx' }, localAddress: '127.0.0.16' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // One client trying five different addresses is stopped too, even with a right password after.
    for (let i = 0; i < 5; i++) {
      const res = await request(secureServer.url, 'POST', '/advisor/api/login', { json: { email: `person${i}@vision.example`, password: 'fel-lösenord-xx' }, localAddress: '127.0.0.20' });
      expect(res.status).toBe(401);
    }
    const blocked = await request(server.url, 'POST', '/advisor/api/login', { json: { email: EMAIL, password: PASSWORD }, localAddress: '127.0.0.20' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    // Others are unaffected.
    expect((await request(server.url, 'POST', '/advisor/api/login', { json: { email: EMAIL, password: PASSWORD }, localAddress: '127.0.0.30' })).status).toBe(200);
    // The table holds neither addresses nor e-mail addresses.
    const keys = await db.query<{ key: string }>('select key from advisor_login_attempt');
    expect(keys.some((k) => k.key.includes('@') || k.key.includes('127.0.0'))).toBe(false);
  });
});
