import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { createCore, type Core } from './app.js';
import { mountBotFramework } from './channels/botframework/index.js';
import { mountSms, type SmsChannel } from './channels/sms/index.js';
import type { Config } from './config/index.js';
import { ConfigError, errorMessage } from './core/errors.js';
import { createLogger, type Logger } from './core/log.js';
import type { ConversationHooks, HandoffPolicy, TurnResult } from './conversation/engine.js';
import { HandoffService } from './handoff/service.js';
import { OpeningHours } from './handoff/opening-hours.js';
import { purgeExpiredTranscripts } from './jobs/retention.js';
import { mountAdvisorConsole } from './advisor/index.js';
import { Metrics } from './http/metrics.js';
import { HttpServer, sendJson } from './http/server.js';
import { OutboxDispatcher } from './outbox/dispatcher.js';
import type { Db } from './store/db.js';

export interface StartServerOptions {
  logger?: Logger;
  /** Use this database instead of the configured one (tests). */
  db?: Db;
  /** Outbound Bot Connector credentials (tests point them at a local login stand-in). */
  credentialsFactory?: ServiceClientCredentialsFactory;
  host?: string;
  /** Outbox poll interval (retries, messages queued by other instances). */
  pollIntervalMs?: number;
  /** How often texts left unhandled (a failed attempt, a stopped instance) are picked up again. */
  smsSweepIntervalMs?: number;
}

export interface RunningServer {
  url: string;
  core: Core;
  handoff: HandoffService;
  http: HttpServer;
  dispatcher: OutboxDispatcher;
  metrics: Metrics;
  sms: SmsChannel;
  localMode: boolean;
  /** Stops accepting requests, lets turns in flight finish (up to SHUTDOWN_TIMEOUT_MS), then closes the store. */
  close(): Promise<void>;
}

/** Refuses configurations that must never reach production. */
export function assertDeployable(config: Config): void {
  if (config.env !== 'production') return;
  if (!config.botFramework.appId) throw new ConfigError('invalid configuration: MicrosoftAppId is required when NODE_ENV=production (without it inbound tokens are not checked)');
  if (!config.directLine.tokenSecret) throw new ConfigError('invalid configuration: DIRECTLINE_TOKEN_SECRET is required when NODE_ENV=production (Web Chat tokens must verify on every instance)');
}

/**
 * The whole bot as one process: the answering core, the outbox dispatcher and one restify
 * server with the Bot Framework endpoint, the Web Chat page and its Direct Line endpoint,
 * health, readiness and metrics.
 */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  assertDeployable(config);
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  // The handoff layer needs the core's store and the dispatcher; the engine needs the handoff
  // layer: bind late through the hooks and the policy.
  let handoff: HandoffService | undefined;
  const hooks: ConversationHooks = {
    memberMessageForAdvisor: (conversation, messageId) => handoff?.onMemberMessage(conversation.id, messageId),
    handoffQueued: (request, conversation) => handoff?.onQueued(request.id, conversation.id),
    handoffCancelled: () => handoff?.onCancelled(),
  };
  const policy: HandoffPolicy = {
    position: (id) => handoff!.position(id),
    closedUntil: (language) => handoff!.closedUntil(language),
    callbackOffered: (id) => handoff!.callbackOffered(id),
    requestCallback: (id, phone) => handoff!.requestCallback(id, phone),
  };
  const core = await createCore(config, { logger, db: options.db, outbox: true, hooks, handoff: policy });
  const metrics = new Metrics();
  const http = new HttpServer({ logger, metrics });
  const dispatcher = new OutboxDispatcher({
    db: core.db,
    outbox: core.outbox,
    logger,
    pollIntervalMs: options.pollIntervalMs,
    onDelivered: (item) => {
      metrics.deliveries.inc({ channel: item.channel, outcome: 'delivered' });
      metrics.messages.inc({ channel: item.channel, direction: 'out', kind: item.payload.reply.kind });
    },
    onFailed: (item, _error, final) => {
      metrics.deliveries.inc({ channel: item.channel, outcome: final ? 'failed' : 'retry' });
      metrics.errors.inc({ kind: 'delivery' });
    },
  });

  handoff = new HandoffService({
    db: core.db,
    outbox: core.outbox,
    logger,
    deliver: (conversationId) => dispatcher.deliverConversation(conversationId),
    openingHours: new OpeningHours(config.handoff.openingHours, config.handoff.timeZone),
    callbackAfterMinutes: config.handoff.callbackAfterMinutes,
    chatModel: core.chatModel,
    prompts: core.prompts,
  });
  const handoffService = handoff;

  const afterTurn = async (result: TurnResult, channel: string, startedAt?: number): Promise<void> => {
    if (startedAt !== undefined && !result.duplicate) {
      metrics.messages.inc({ channel, direction: 'in', kind: result.intent ?? 'unknown' });
      metrics.turnLatency.observe({ channel }, (performance.now() - startedAt) / 1000);
    }
    if (!result.replies.length) return;
    // Web Chat polls: the reply should be in its stream before the POST returns. A Bot Framework
    // channel is acknowledged as soon as the reply is safely in the outbox; delivery (and any
    // retry against a slow connector) happens after, still counted by graceful shutdown.
    const delivery = dispatcher.deliverConversation(result.conversationId);
    if (channel === 'webchat') await delivery;
    else delivery.catch((error: unknown) => logger.error('delivery failed', { channel, error: errorMessage(error).slice(0, 200) }));
  };

  http.route('get', '/healthz', async (_req, res) => sendJson(res, 200, { status: 'ok' }));
  http.route('get', '/readyz', async (_req, res) => {
    const checks = await readiness(core);
    sendJson(res, checks.ready ? 200 : 503, checks, { 'cache-control': 'no-store' });
  });
  http.route('get', '/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.render();
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });

  const { localMode } = mountBotFramework({ config, db: core.db, engine: core.engine, server: http, dispatcher, logger, metrics, afterTurn, credentialsFactory: options.credentialsFactory });
  if (localMode) {
    logger.warn('LOCAL MODE: MicrosoftAppId is not set, so Bot Framework tokens are NOT checked. Use this only on your own machine.');
  }

  const sms = mountSms({
    config,
    db: core.db,
    engine: core.engine,
    server: http,
    dispatcher,
    logger,
    metrics,
    afterTurn,
    sweepIntervalMs: options.smsSweepIntervalMs,
    onUndelivered: (conversationId) => handoffService.notify({ type: 'delivery_failed', conversationId }),
  });
  if (sms.providers.length) logger.info('sms providers', { providers: sms.providers });

  mountAdvisorConsole(http, { config, db: core.db, handoff: handoffService, logger });

  // Housekeeping: callback offers for long waits (every 30 s), transcript retention (hourly).
  const jobs = [
    setInterval(() => void handoffService.offerCallbacksToLongWaits().catch((e: unknown) => logger.warn('callback sweep failed', { error: errorMessage(e) })), 30_000),
    setInterval(() => void purgeExpiredTranscripts(core.db, config.retentionDays, logger).catch((e: unknown) => logger.warn('retention job failed', { error: errorMessage(e) })), 3_600_000),
  ];
  for (const job of jobs) job.unref();
  await purgeExpiredTranscripts(core.db, config.retentionDays, logger);

  await dispatcher.start();
  await http.listen(config.port, options.host ?? '0.0.0.0');
  logger.info('server listening', { port: (http.app.server.address() as { port: number }).port, localMode, database: core.db.kind });

  let closing: Promise<void> | undefined;
  return {
    url: http.url,
    core,
    handoff: handoffService,
    http,
    dispatcher,
    metrics,
    sms,
    localMode,
    close: () =>
      (closing ??= (async () => {
        for (const job of jobs) clearInterval(job);
        const drained = await http.close(config.shutdownTimeoutMs);
        if (!drained) logger.warn('shutdown timeout: some requests were still running');
        await sms.stop();
        await dispatcher.stop();
        await core.close();
        logger.info('server stopped');
      })()),
  };
}

async function readiness(core: Core): Promise<{ ready: boolean; store: boolean; knowledge: boolean; chunks?: number }> {
  try {
    const rows = await core.db.query<{ n: string | number }>('select count(*) as n from kb_chunk');
    const chunks = Number(rows[0]?.n ?? 0);
    return { ready: chunks > 0, store: true, knowledge: chunks > 0, chunks };
  } catch (error) {
    core.logger.warn('readiness check failed', { error: errorMessage(error).slice(0, 200) });
    return { ready: false, store: false, knowledge: false };
  }
}
