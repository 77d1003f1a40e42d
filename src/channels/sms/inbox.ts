import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { hashIdentifier } from '../../core/redact.js';
import type { TurnResult } from '../../conversation/engine.js';
import type { InboundSmsRecord, SmsRepository } from '../../store/repositories/sms.js';
import type { SmsFlow, SmsFlowResult } from './flow.js';
import type { ReceivedSms } from './provider.js';

export interface SmsInboxOptions {
  sms: SmsRepository;
  flow: SmsFlow;
  logger: Logger;
  hashKey: string;
  /** After each handled text: deliver what its turn queued (the outbox dispatcher). */
  afterTurn(result: TurnResult, startedAt: number): Promise<void>;
  /** Called for every handled text (metrics). */
  onHandled?(result: SmsFlowResult, text: InboundSmsRecord): void;
  leaseMs?: number;
  /**
   * Texts handled at the same time across all numbers (default 4). A burst then queues here
   * instead of in the database, so webhooks are still acknowledged in milliseconds.
   */
  concurrency?: number;
  /** Attempts before a text is marked failed (and logged as an error). */
  maxAttempts?: number;
  sweepIntervalMs?: number;
}

/**
 * Received texts, from webhook to answer. A webhook stores the text (once per provider message
 * id) and is acknowledged at once; the text is then handled here, after the response. Texts from
 * one number are handled one at a time, oldest first, so the replies keep their order; numbers
 * are independent of each other. A sweep picks up texts left by a failed attempt or a stopped
 * instance, so none is lost.
 */
export class SmsInbox {
  private readonly active = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private slotsInUse = 0;
  private readonly slotWaiters: Array<() => void> = [];

  constructor(private readonly options: SmsInboxOptions) {}

  /** The number as logs show it. */
  hash(phone: string): string {
    return hashIdentifier(phone, this.options.hashKey);
  }

  /** Stores a received text; false when it is a redelivery of one already stored. */
  async accept(text: ReceivedSms): Promise<{ accepted: boolean; numberHash: string }> {
    const numberHash = this.hash(text.from);
    const accepted = await this.options.sms.receive({ provider: text.provider, providerMessageId: text.providerMessageId, numberHash, phone: text.from, body: text.body, mediaCount: text.mediaCount });
    this.options.logger.info(accepted ? 'sms received' : 'sms redelivery ignored', { provider: text.provider, number: numberHash });
    return { accepted, numberHash };
  }

  /** Handles the number's waiting texts (in the background of the webhook); resolves when they are done. */
  process(numberHash: string): Promise<void> {
    const running = this.active.get(numberHash);
    if (running) {
      this.again.add(numberHash);
      return running;
    }
    const run = (async () => {
      do {
        this.again.delete(numberHash);
        await this.drainNumber(numberHash);
      } while (this.again.has(numberHash) && !this.stopped);
    })()
      .catch((error: unknown) => this.options.logger.error('sms processing failed', { number: numberHash, error: errorMessage(error).slice(0, 200) }))
      .finally(() => this.active.delete(numberHash));
    this.active.set(numberHash, run);
    return run;
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.sweep(), this.options.sweepIntervalMs ?? 5_000);
    this.timer.unref();
    void this.sweep();
  }

  /** Stops the sweep and waits for texts being handled. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.active.values()]);
  }

  /** Handles every number with texts waiting (used by the timer, and by tests). */
  async sweep(): Promise<void> {
    try {
      const numbers = await this.options.sms.pendingNumbers(50);
      await Promise.all(numbers.map((n) => this.process(n)));
    } catch (error) {
      this.options.logger.warn('sms sweep failed', { error: errorMessage(error).slice(0, 200) });
    }
  }

  private async drainNumber(numberHash: string): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      // The embedded database answers on the microtask queue, so a busy inbox could keep the event
      // loop from ever reaching new requests: let pending I/O (webhooks to acknowledge) in first.
      await new Promise((resolve) => setImmediate(resolve));
      await this.acquireSlot();
      try {
        if (!(await this.handleNext(numberHash))) return;
      } finally {
        this.releaseSlot();
      }
    }
  }

  private async acquireSlot(): Promise<void> {
    if (this.slotsInUse < (this.options.concurrency ?? 4)) {
      this.slotsInUse++;
      return;
    }
    await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.slotWaiters.shift();
    if (next) next();
    else this.slotsInUse--;
  }

  /** Handles the number's oldest waiting text; false when there is none, or it failed (the sweep retries it). */
  private async handleNext(numberHash: string): Promise<boolean> {
    const { sms, flow, logger } = this.options;
    const text = await sms.claimNext(numberHash, this.options.leaseMs ?? 60_000);
    if (!text) return false;
    const startedAt = performance.now();
    try {
      const result = await flow.handle(text);
      await sms.finish(text.id, result.outcome);
      this.options.onHandled?.(result, text);
      if (result.turn) await this.options.afterTurn(result.turn, startedAt);
      return true;
    } catch (error) {
      const message = errorMessage(error);
      if (text.attempts >= (this.options.maxAttempts ?? 5)) {
        await sms.finish(text.id, 'failed', message);
        logger.error('sms could not be handled, given up', { number: numberHash, attempts: text.attempts, error: message.slice(0, 200) });
      } else {
        await sms.release(text.id, message);
        logger.warn('sms handling failed, will retry', { number: numberHash, attempts: text.attempts, error: message.slice(0, 200) });
      }
      // Later texts of this number wait for the sweep, so they are never answered out of order.
      return false;
    }
  }
}
