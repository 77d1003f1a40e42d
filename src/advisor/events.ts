import type { Logger } from '../core/log.js';
import { errorMessage } from '../core/errors.js';
import type { HandoffService } from '../handoff/service.js';
import type { Request, Response } from '../http/server.js';

export interface EventStreamOptions {
  handoff: HandoffService;
  logger: Logger;
  /** Milliseconds between heartbeat comments (they keep proxies from closing an idle stream). */
  heartbeatMs: number;
  /** Called on every heartbeat; a stream whose session has ended (logout, expiry) is closed. */
  stillValid(): Promise<boolean>;
}

/**
 * One server-sent event stream for one console. Events come from `handoff.subscribe`, which
 * is PostgreSQL LISTEN/NOTIFY: an event raised on any instance reaches every console on
 * every instance. Each event is sent as `event: <type>` with its JSON as data.
 */
export async function streamEvents(req: Request, res: Response, { handoff, logger, heartbeatMs, stillValid }: EventStreamOptions): Promise<void> {
  let closed = false;
  let unsubscribe: (() => Promise<void>) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  const end = () => {
    if (closed) return;
    closed = true;
    if (heartbeat) clearInterval(heartbeat);
    void unsubscribe?.().catch(() => undefined);
    if (!res.writableEnded) res.end();
  };
  req.on('close', end);
  res.on('error', end);

  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  try {
    unsubscribe = await handoff.subscribe((event) => {
      if (!closed) res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
  } catch (error) {
    logger.warn('event stream could not subscribe', { error: errorMessage(error).slice(0, 200) });
    return end();
  }
  if (closed) {
    await unsubscribe().catch(() => undefined);
    return;
  }
  // The browser reconnects after 2 s if the stream breaks; the page then re-fetches what it shows.
  res.write(`retry: 2000\n: connected\n\n`);
  heartbeat = setInterval(() => {
    void stillValid()
      .then((valid) => {
        if (!valid) return end();
        if (!closed) res.write(`: heartbeat ${new Date().toISOString()}\n\n`);
      })
      .catch((error: unknown) => logger.warn('event stream heartbeat failed', { error: errorMessage(error).slice(0, 200) }));
  }, heartbeatMs);
  heartbeat.unref();
}
