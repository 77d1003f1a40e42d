import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startJsonServer } from './json-server.js';

/** One activity the bot sent to the Bot Connector. */
export interface ConnectorPost {
  /** The path prefix before `/v3/` (a Teams serviceUrl has a region, e.g. `/emea`). */
  prefix: string;
  conversationId: string;
  /** Set when the bot replied to an activity (`.../activities/:activityId`). */
  replyToActivityId?: string;
  authorization?: string;
  body: Record<string, any>;
  /** The status the stand-in answered with. */
  status: number;
}

interface Failure {
  remaining: number;
  status: number;
  match?: (post: ConnectorPost) => boolean;
}

/**
 * A local stand-in for the Bot Connector service at an activity's `serviceUrl`: records every
 * `POST /v3/conversations/:conversationId/activities[/:activityId]` with its Authorization
 * header and JSON body and answers 200 `{ id }`, or fails the next posts when told to.
 */
export class BotConnectorStandIn {
  /** Every post, failed ones included, in arrival order. */
  readonly posts: ConnectorPost[] = [];
  /** Requests that were not activity posts (method and path). */
  readonly other: string[] = [];
  private readonly failures: Failure[] = [];
  private nextId = 1;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<BotConnectorStandIn> {
    let standIn!: BotConnectorStandIn;
    const server = await startJsonServer((req) => standIn.handle(req));
    standIn = new BotConnectorStandIn(server);
    return standIn;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A Teams-like serviceUrl (region path, trailing slash) pointing at this stand-in. */
  serviceUrl(region = 'emea'): string {
    return `${this.url}/${region}/`;
  }

  /** The next `count` posts (that satisfy `match`, when given) are answered with `status`. */
  failNext(count: number, status: number, match?: (post: ConnectorPost) => boolean): void {
    this.failures.push({ remaining: count, status, match });
  }

  /** Successful posts into one conversation. */
  delivered(conversationId: string): ConnectorPost[] {
    return this.posts.filter((p) => p.conversationId === conversationId && p.status === 200);
  }

  /** Resolves once `check` holds (re-checked on every post), rejects after `timeoutMs`. */
  waitFor(check: () => boolean, timeoutMs = 10_000, what = 'the expected connector posts'): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}; last posts ${JSON.stringify(this.posts.slice(-8).map((p) => ({ c: p.conversationId, type: p.body.type, status: p.status })))}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Waits until `conversationId` has received at least `count` delivered activities and returns them. */
  async waitForDelivered(conversationId: string, count: number, timeoutMs = 10_000): Promise<ConnectorPost[]> {
    await this.waitFor(() => this.delivered(conversationId).length >= count, timeoutMs, `${count} activities in ${conversationId}`);
    return this.delivered(conversationId);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    const match = /^(.*)\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (req.method !== 'POST' || !match) {
      this.other.push(`${req.method} ${path}`);
      return { status: 404, body: { error: { code: 'NotFound', message: 'not an activity post' } } };
    }
    let body: Record<string, any>;
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, any>;
    } catch {
      body = { unparsable: raw.toString('utf8') };
    }
    const post: ConnectorPost = {
      prefix: match[1]!,
      conversationId: decodeURIComponent(match[2]!),
      replyToActivityId: match[3] ? decodeURIComponent(match[3]) : undefined,
      authorization: req.headers.authorization,
      body,
      status: 200,
    };
    const failure = this.failures.find((f) => f.remaining > 0 && (!f.match || f.match(post)));
    if (failure) {
      failure.remaining--;
      post.status = failure.status;
    }
    this.posts.push(post);
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve();
      }
    }
    if (post.status !== 200) return { status: post.status, body: { error: { code: 'ServiceUnavailable', message: 'stand-in told to fail' } } };
    return { status: 200, body: { id: `stand-in-${this.nextId++}` } };
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The ids Teams-shaped activities carry in the local-mode tests (no tokens are checked there). */
export const LOCAL_APP_ID = '00000000-0000-0000-0000-000000000000';
export const TEST_TENANT_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

export interface TeamsActivityOptions {
  serviceUrl: string;
  conversationId: string;
  /** The bot's app id (the recipient is `28:<appId>` in Teams). */
  appId: string;
  tenantId: string;
  type?: string;
  id?: string;
  text?: string;
  value?: unknown;
  attachments?: unknown[];
  /** Any other fields (membersAdded, entities, channelData…), merged last. */
  extra?: Record<string, unknown>;
}

let activityCounter = 0;

/** An inbound activity shaped as Teams sends it in a personal chat with the bot. */
export function teamsActivity({ serviceUrl, conversationId, appId, tenantId, type = 'message', id, text, value, attachments, extra = {} }: TeamsActivityOptions): Record<string, unknown> {
  const now = new Date();
  return {
    type,
    id: id ?? `${now.getTime()}${String(++activityCounter).padStart(3, '0')}`,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString().replace('Z', '+01:00'),
    localTimezone: 'Europe/Stockholm',
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:1vTeamsUserIdForAnnaSvensson', name: 'Anna Svensson', aadObjectId: '6b1f0b1e-4a8e-4c52-9d3e-6f0a2c1d9e11' },
    conversation: { conversationType: 'personal', tenantId, id: conversationId },
    recipient: { id: `28:${appId}`, name: 'Rådgivaren' },
    locale: 'sv-SE',
    entities: [{ type: 'clientInfo', locale: 'sv-SE', country: 'SE', platform: 'Web', timezone: 'Europe/Stockholm' }],
    channelData: { tenant: { id: tenantId } },
    ...(text !== undefined ? { text, textFormat: 'plain' } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(attachments !== undefined ? { attachments } : {}),
    ...extra,
  };
}

/** A Teams personal conversation id (`a:` followed by an opaque string). */
export function teamsConversationId(label: string): string {
  return `a:1${label.replace(/[^A-Za-z0-9]/g, '')}${Math.random().toString(36).slice(2, 12)}_Wx-8kPq`;
}
