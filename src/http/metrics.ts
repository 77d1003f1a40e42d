import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for one server: messages by channel and kind, answer latency, errors. */
export class Metrics {
  readonly registry = new Registry();
  readonly messages = new Counter({
    name: 'radgivaren_messages_total',
    help: 'Messages handled, by channel, direction (in/out) and kind (intent for inbound, reply kind for outbound).',
    labelNames: ['channel', 'direction', 'kind'] as const,
    registers: [this.registry],
  });
  readonly turnLatency = new Histogram({
    name: 'radgivaren_turn_duration_seconds',
    help: 'Time from receiving a member message to the reply being decided and stored, by channel.',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'radgivaren_errors_total',
    help: 'Errors, by kind (http status class, turn, delivery, auth).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly deliveries = new Counter({
    name: 'radgivaren_deliveries_total',
    help: 'Outbox deliveries, by channel and outcome (delivered, retry, failed).',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor({ processMetrics = true } = {}) {
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'radgivaren_' });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
