import type { ChannelMountOptions } from '../channel.js';
import { sendError, type Response } from '../../http/server.js';
import { ChannelAddressRepository } from '../../store/repositories/addresses.js';
import { SmsRepository } from '../../store/repositories/sms.js';
import { SmsDeliverer } from './deliverer.js';
import { ElksSmsProvider } from './elks/client.js';
import { ElksWebhook } from './elks/webhook.js';
import { SMS_CHANNEL, SmsFlow } from './flow.js';
import { SmsInbox } from './inbox.js';
import type { DeliveryStatus, ReceivedSms, SmsProvider, SmsProviderName } from './provider.js';
import { TwilioSmsProvider } from './twilio/client.js';
import { EMPTY_TWIML, TwilioWebhook } from './twilio/webhook.js';

export interface SmsChannelOptions extends ChannelMountOptions {
  /** A text the member did not get (a provider's status callback): the advisor console is told. */
  onUndelivered?(conversationId: string): Promise<void>;
  sweepIntervalMs?: number;
}

export interface SmsChannel {
  inbox: SmsInbox;
  providers: SmsProviderName[];
  stop(): Promise<void>;
}

/**
 * The SMS channel: webhooks for Twilio (`POST /api/sms/twilio`, signed) and 46elks
 * (`POST /api/sms/46elks/<secret>`), their delivery status callbacks, the inbox that handles
 * texts after the webhook is acknowledged, and the deliverer that sends outbox messages through
 * the provider the member texted. A provider without credentials is not mounted (404).
 */
export function mountSms(options: SmsChannelOptions): SmsChannel {
  const { config, db, engine, server, dispatcher, logger, metrics } = options;
  const sms = new SmsRepository(db);
  const addresses = new ChannelAddressRepository(db);
  const smsConfig = config.sms;
  const log = logger.child({ channel: SMS_CHANNEL });

  const flow = new SmsFlow({ engine, sms, addresses, config: smsConfig });
  const inbox = new SmsInbox({
    sms,
    flow,
    logger: log,
    hashKey: config.logHashKey,
    sweepIntervalMs: options.sweepIntervalMs,
    afterTurn: (result, startedAt) => options.afterTurn(result, SMS_CHANNEL, startedAt),
    onHandled: (result) => {
      if (result.outcome !== 'done') metrics.messages.inc({ channel: SMS_CHANNEL, direction: 'in', kind: result.outcome });
    },
  });

  const providers = new Map<SmsProviderName, SmsProvider>();
  const base = config.publicBaseUrl;
  const accept = async (received: ReceivedSms): Promise<string | undefined> => {
    const { accepted, numberHash } = await inbox.accept(received);
    return accepted ? numberHash : undefined;
  };
  // Handled after the response is sent: the provider gets its acknowledgement in milliseconds.
  const processLater = (res: Response, numberHash: string | undefined) => {
    if (numberHash) res.once('finish', () => void inbox.process(numberHash));
  };
  const onStatus = async (status: DeliveryStatus) => {
    const updated = await sms.updateStatus(status.provider, status.providerMessageId, status.status, status.error, status.failed);
    if (!updated || !status.failed) return;
    metrics.deliveries.inc({ channel: SMS_CHANNEL, outcome: 'failed' });
    metrics.errors.inc({ kind: 'delivery' });
    log.error('sms not delivered', { provider: status.provider, conversation: updated.conversationId, outbox: updated.outboxId, status: status.status, error: status.error });
    if (updated.conversationId) await options.onUndelivered?.(updated.conversationId);
  };

  const notConfigured = (provider: string) => async (_req: unknown, res: Response) => sendError(res, 404, 'not_found', `the ${provider} SMS webhook is not configured`);

  if (smsConfig.twilio && base) {
    const twilio = new TwilioWebhook({ authToken: smsConfig.twilio.authToken, publicBaseUrl: base, maxBodyBytes: Math.min(config.maxBodyBytes, 64 * 1024) });
    providers.set('twilio', new TwilioSmsProvider(smsConfig.twilio));
    server.route('post', '/api/sms/twilio', async (req, res) => {
      const numberHash = await accept(await twilio.inbound(req));
      processLater(res, numberHash);
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(EMPTY_TWIML) });
      res.end(EMPTY_TWIML);
    });
    server.route('post', '/api/sms/twilio/status', async (req, res) => {
      await onStatus(await twilio.status(req));
      res.writeHead(204);
      res.end();
    });
  } else {
    server.route('post', '/api/sms/twilio', notConfigured('Twilio'));
    server.route('post', '/api/sms/twilio/status', notConfigured('Twilio'));
  }

  if (smsConfig.elks) {
    const elks = new ElksWebhook({ secret: smsConfig.elks.webhookSecret, auth: smsConfig.elks.webhookAuth, maxBodyBytes: Math.min(config.maxBodyBytes, 64 * 1024) });
    providers.set('46elks', new ElksSmsProvider(smsConfig.elks));
    // An empty 200: 46elks would send a non-empty response body to the member as a reply.
    server.route('post', '/api/sms/46elks/:secret', async (req, res) => {
      const numberHash = await accept(await elks.inbound(req, String(req.params.secret ?? '')));
      processLater(res, numberHash);
      res.writeHead(200, { 'content-length': 0 });
      res.end();
    });
    server.route('post', '/api/sms/46elks/:secret/status', async (req, res) => {
      await onStatus(await elks.status(req, String(req.params.secret ?? '')));
      res.writeHead(200, { 'content-length': 0 });
      res.end();
    });
  } else {
    server.route('post', '/api/sms/46elks/:secret', notConfigured('46elks'));
    server.route('post', '/api/sms/46elks/:secret/status', notConfigured('46elks'));
  }

  if (providers.size && smsConfig.from) {
    const secret = smsConfig.elks?.webhookSecret;
    dispatcher.register(
      SMS_CHANNEL,
      new SmsDeliverer({
        providers,
        sms,
        from: smsConfig.from,
        statusCallbackUrl: (provider) => (!base ? undefined : provider === 'twilio' ? `${base}/api/sms/twilio/status` : `${base}/api/sms/46elks/${secret}/status`),
      }),
    );
    inbox.start();
  }
  return { inbox, providers: [...providers.keys()], stop: () => inbox.stop() };
}
