import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response } from 'restify';
import { AppError, UserError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { Metrics } from './metrics.js';

export type { Request, Response };
export type Handler = (req: Request, res: Response) => Promise<void>;
export type Method = 'get' | 'post' | 'put' | 'del' | 'head';

export interface HttpServerOptions {
  logger: Logger;
  metrics: Metrics;
  name?: string;
}

/** Writes one JSON error body: `{ "error": { "code", "message" } }`. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendJson(res: Response, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/**
 * The one restify server. Routes are async handlers; every error they throw is turned into a
 * JSON response in one place (user errors with their status, anything else a logged 500).
 * Requests in flight are counted so that shutdown can wait for them.
 */
export class HttpServer {
  readonly app: restify.Server;
  private inFlight = 0;
  private idle?: () => void;
  private closing = false;

  constructor(private readonly options: HttpServerOptions) {
    this.app = restify.createServer({ name: options.name ?? 'radgivaren', handleUncaughtExceptions: false });
    this.app.server.requestTimeout = 30_000;
    this.app.server.headersTimeout = 15_000;
    // Callers (the Bot Connector, Twilio, 46elks, a load balancer) reuse connections. With Node's
    // 5 s default the server may close an idle connection just as a caller sends on it, and the
    // caller sees a reset; a busy event loop makes that race likely. Idle connections are still
    // closed at shutdown.
    this.app.server.keepAliveTimeout = 65_000;
    this.app.on('restifyError', (req: Request, res: Response, err: { statusCode?: number }, callback: () => void) => {
      options.metrics.errors.inc({ kind: `http_${String(err.statusCode ?? 500).slice(0, 1)}xx` });
      callback();
    });
  }

  route(method: Method, path: string, handler: Handler): void {
    this.app[method](path, async (req: Request, res: Response) => {
      if (this.closing) {
        res.setHeader('connection', 'close');
        return sendError(res, 503, 'shutting_down', 'the server is shutting down');
      }
      this.inFlight++;
      try {
        await handler(req, res);
      } catch (error) {
        this.fail(req, res, error);
      } finally {
        this.inFlight--;
        if (this.inFlight === 0) this.idle?.();
      }
    });
  }

  private fail(req: Request, res: Response, error: unknown): void {
    const { logger, metrics } = this.options;
    if (error instanceof AppError && error.status < 500) {
      metrics.errors.inc({ kind: `http_4xx` });
      if (error.status === 413) res.setHeader('connection', 'close');
      if (error instanceof UserError) for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      return sendError(res, error.status, error.code, error.message);
    }
    metrics.errors.inc({ kind: 'http_5xx' });
    logger.error('request failed', { method: req.method, path: req.getPath(), error: errorMessage(error).slice(0, 300) });
    sendError(res, 500, 'internal_error', 'something went wrong on our side');
  }

  async listen(port: number, host = '0.0.0.0'): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      this.app.server.once('error', reject);
      this.app.listen(port, host, () => resolve());
    });
    return this.app.server.address() as AddressInfo;
  }

  get url(): string {
    const address = this.app.server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Stops accepting connections and waits (up to `timeoutMs`) for requests in flight. */
  async close(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    const closed = new Promise<void>((resolve) => this.app.server.close(() => resolve()));
    this.app.server.closeIdleConnections();
    const drained = this.inFlight === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => {
      this.idle = () => resolve(true);
      setTimeout(() => resolve(false), timeoutMs).unref();
    });
    const finished = await drained;
    this.app.server.closeAllConnections();
    await closed;
    return finished;
  }
}
