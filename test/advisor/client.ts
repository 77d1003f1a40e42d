import http from 'node:http';
import type { Db } from '../../src/store/db.js';
import { AdvisorAccounts } from '../../src/advisor/accounts.js';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
  text: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  json?: unknown;
  /** Source address on the loopback network (127.0.0.x), to act as different clients. */
  localAddress?: string;
}

/** One HTTP request with node:http (fetch cannot choose the source address or read Set-Cookie reliably). */
export function request(base: string, method: string, path: string, { headers = {}, json, localAddress }: RequestOptions = {}): Promise<HttpResult> {
  const url = new URL(path, base);
  const body = json === undefined ? undefined : JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, localAddress, headers: { ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, text });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export interface AdvisorClient {
  cookie: string;
  csrf: string;
  advisor: { id: string; name: string; firstName: string; email: string };
  get(path: string): Promise<HttpResult>;
  post(path: string, json?: unknown): Promise<HttpResult>;
}

/** Logs in through the API and returns a client that sends the cookie and the CSRF token. */
export async function login(base: string, email: string, password: string, localAddress?: string): Promise<AdvisorClient> {
  const res = await request(base, 'POST', '/advisor/api/login', { json: { email, password }, localAddress });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  const cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const client: AdvisorClient = {
    cookie,
    csrf: res.body.csrfToken,
    advisor: res.body.advisor,
    get: (path) => request(base, 'GET', path, { headers: { cookie } }),
    post: (path, json) => request(base, 'POST', path, { headers: { cookie, 'x-csrf-token': client.csrf }, json }),
  };
  return client;
}

export async function addAdvisor(db: Db, email: string, name: string, password: string): Promise<void> {
  await new AdvisorAccounts(db).create({ email, name, password });
}

export interface SseEvent {
  event: string;
  data: any;
  at: number;
}

export interface SseStream {
  status: number;
  events: SseEvent[];
  comments: string[];
  /** Resolves with the first event (already received or arriving) that matches. */
  next(match: (event: SseEvent) => boolean, timeoutMs?: number, after?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens the console's event stream and collects its events; resolves once the server says it is subscribed. */
export function openEvents(base: string, cookie: string): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const comments: string[] = [];
    const waiters = new Set<() => void>();
    let buffer = '';
    const req = http.get(new URL('/advisor/api/events', base), { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      const ended = new Promise<void>((done) => res.on('close', () => done()));
      const stream: SseStream = {
        ended,
        status: res.statusCode ?? 0,
        events,
        comments,
        next(match, timeoutMs = 1_000, after = 0) {
          return new Promise((ok, fail) => {
            const check = () => {
              const found = events.slice(after).find(match);
              if (found) {
                waiters.delete(check);
                clearTimeout(timer);
                ok(found);
              }
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.slice(after).map((e) => e.event))}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close: () => req.destroy(),
      };
      if (res.statusCode !== 200) {
        res.resume();
        return resolve(stream);
      }
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              comments.push(line.slice(1).trim());
              if (line.startsWith(': connected')) resolve(stream);
            } else if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trim());
          }
          if (data.length) {
            events.push({ event, data: JSON.parse(data.join('\n')), at: performance.now() });
            for (const waiter of [...waiters]) waiter();
          }
        }
      });
      res.on('error', () => undefined);
    });
    req.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
  });
}
