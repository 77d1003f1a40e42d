import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { OutboundMessage } from '../core/types.js';
import type { Db } from '../store/db.js';
import type { OutboxItem, OutboxRepository } from '../store/repositories/outbox.js';

/** Delivers one message on one channel. Throw {@link PermanentDeliveryError} when retrying cannot help. */
export interface Deliverer {
  deliver(item: OutboxItem<OutboundMessage>): Promise<void>;
}

/** A failure that retrying will not fix (the member removed the bot, the number is invalid…). */
export class PermanentDeliveryError extends Error {}

export interface DispatcherOptions {
  db: Db;
  outbox: OutboxRepository;
  logger: Logger;
  /** How long a claim protects a message from other instances. */
  leaseMs?: number;
  /** Attempts before a message is marked failed for good. */
  maxAttempts?: number;
  /** Delay before retry n (1-based). */
  backoff?: (attempt: number) => number;
  pollIntervalMs?: number;
  onDelivered?(item: OutboxItem<OutboundMessage>): void;
  onFailed?(item: OutboxItem<OutboundMessage>, error: string, final: boolean): void;
}

export const NOTIFY_CHANNEL = 'outbox';

/** Exponential back-off with jitter: 1 s, 2 s, 4 s … capped at 5 minutes. */
export const defaultBackoff = (attempt: number): number => Math.min(300_000, 1_000 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);

/**
 * Sends what the outbox holds. A channel calls {@link deliverConversation} right after a turn
 * (the fast path); a poll loop, woken by NOTIFY from any instance, picks up retries and
 * messages enqueued elsewhere (an advisor writing on another instance).
 */
export class OutboxDispatcher {
  private readonly deliverers = new Map<string, Deliverer>();
  private timer?: NodeJS.Timeout;
  private unlisten?: () => Promise<void>;
  private running?: Promise<void>;
  private wakeAgain = false;
  private stopped = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly options: DispatcherOptions) {}

  register(channel: string, deliverer: Deliverer): void {
    this.deliverers.set(channel, deliverer);
  }

  get channels(): string[] {
    return [...this.deliverers.keys()];
  }

  async start(): Promise<void> {
    this.stopped = false;
    // Replies of turns on this instance are enqueued already claimed for the fast path.
    this.options.outbox.setDeliverAfterTurn({ channels: (channel) => this.deliverers.has(channel), leaseMs: this.options.leaseMs ?? 30_000 });
    this.unlisten = await this.options.db.listen(NOTIFY_CHANNEL, () => this.wake());
    const interval = this.options.pollIntervalMs ?? 1_000;
    this.timer = setInterval(() => this.wake(), interval);
    this.timer.unref();
    this.wake();
  }

  /** Stops polling and waits for deliveries in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.options.outbox.setDeliverAfterTurn(undefined);
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
    await this.running;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Tells every instance that something was enqueued. */
  async announce(conversationId: string): Promise<void> {
    await this.options.db.notify(NOTIFY_CHANNEL, conversationId);
  }

  /** Delivers the due messages of one conversation now, in order. Returns how many were delivered. */
  async deliverConversation(conversationId: string): Promise<number> {
    // A turn's replies enqueued already claimed by this instance need no claim statement.
    const items = this.options.outbox.takeHandedOver(conversationId) ?? (await this.options.outbox.claimConversation(conversationId, this.options.leaseMs ?? 30_000));
    return this.track(this.deliverInOrder(items.filter((item) => this.deliverers.has(item.channel))));
  }

  /** One pass over everything due (used by the poll loop and by tests). */
  async drain(): Promise<number> {
    const channels = this.channels;
    if (!channels.length) return 0;
    let delivered = 0;
    for (;;) {
      const items = await this.options.outbox.claimDue(channels, 20, this.options.leaseMs ?? 30_000);
      if (!items.length) return delivered;
      const byConversation = new Map<string, OutboxItem[]>();
      for (const item of items) byConversation.set(item.conversationId, [...(byConversation.get(item.conversationId) ?? []), item]);
      const counts = await Promise.all([...byConversation.values()].map((group) => this.track(this.deliverInOrder(group))));
      delivered += counts.reduce((a, b) => a + b, 0);
      if (this.stopped) return delivered;
    }
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = (async () => {
      do {
        this.wakeAgain = false;
        try {
          await this.drain();
        } catch (error) {
          this.options.logger.error('outbox poll failed', { error: errorMessage(error) });
        }
      } while (this.wakeAgain && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    return promise.finally(() => this.inFlight.delete(promise));
  }

  private async deliverInOrder(items: OutboxItem[]): Promise<number> {
    const { outbox, logger } = this.options;
    let delivered = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as unknown as OutboxItem<OutboundMessage>;
      const deliverer = this.deliverers.get(item.channel);
      if (!deliverer) continue;
      try {
        await deliverer.deliver(item);
        await outbox.markDelivered(item.id);
        this.options.onDelivered?.(item);
        delivered++;
      } catch (error) {
        const permanent = error instanceof PermanentDeliveryError;
        const final = permanent || item.attempts >= (this.options.maxAttempts ?? 8);
        const retryAt = final ? undefined : new Date(Date.now() + (this.options.backoff ?? defaultBackoff)(item.attempts));
        const message = errorMessage(error);
        await outbox.markAttemptFailed(item.id, message, retryAt);
        // Later messages of this conversation wait, so the member never sees them out of order.
        await outbox.release(items.slice(i + 1).map((rest) => rest.id));
        logger[final ? 'error' : 'warn'](final ? 'delivery failed for good' : 'delivery failed, will retry', {
          outbox: item.id,
          channel: item.channel,
          conversation: item.conversationId,
          attempt: item.attempts,
          retryAt: retryAt?.toISOString(),
          error: message.slice(0, 200),
        });
        this.options.onFailed?.(item, message, final);
        break;
      }
    }
    return delivered;
  }
}
