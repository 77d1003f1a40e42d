import type { ChannelMountOptions } from '../channel.js';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { ChannelAddressRepository } from '../../store/repositories/addresses.js';
import { DirectLineRepository } from '../../store/repositories/directline.js';
import { FeedbackRepository } from '../../store/repositories/feedback.js';
import { BotAdapter } from './adapter.js';
import { RadgivarenBot } from './bot.js';
import { BotFrameworkDeliverer } from './deliverer.js';
import { DirectLineDeliverer, WEBCHAT_CHANNEL } from './directline/deliverer.js';
import { mountDirectLine } from './directline/endpoint.js';
import { DirectLineTokens } from './directline/tokens.js';
import { messagesEndpoint } from './messages-endpoint.js';
import { mountWebChatPage } from './webchat-page.js';

export interface BotFrameworkChannelOptions extends ChannelMountOptions {
  /** Outbound Bot Connector credentials; botbuilder's own factory from the configuration by default. */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/**
 * Everything Bot Framework: `POST /api/messages` for Teams (a TeamsActivityHandler over
 * botbuilder's CloudAdapter), the built-in Direct Line endpoint and the Web Chat page at `/`,
 * and the deliverers that send outbox messages on those channels. botbuilder types stay in
 * this folder.
 */
export function mountBotFramework(options: BotFrameworkChannelOptions): { localMode: boolean; adapter: BotAdapter } {
  const { config, db, engine, server, dispatcher, logger, metrics, afterTurn } = options;
  const addresses = new ChannelAddressRepository(db);
  const feedback = new FeedbackRepository(db);
  const adapter = new BotAdapter(config.botFramework, options.credentialsFactory);
  adapter.onTurnError = async (_context, error) => {
    metrics.errors.inc({ kind: 'turn' });
    logger.error('bot turn failed', { error: error instanceof Error ? error.message.slice(0, 300) : 'unknown' });
  };
  const deps = { engine, feedback, hashKey: config.logHashKey };
  const bot = new RadgivarenBot({ ...deps, addresses, logger, afterTurn, typingDelayMs: config.botFramework.typingDelayMs });
  server.route('post', '/api/messages', messagesEndpoint({ adapter, bot, maxBodyBytes: config.maxBodyBytes, logger, metrics }));

  const activities = new DirectLineRepository(db);
  const tokens = new DirectLineTokens(config.directLine.tokenSecret, config.directLine.tokenTtlSeconds);
  mountDirectLine(server, { ...deps, tokens, activities, maxBodyBytes: config.maxBodyBytes, afterTurn });
  mountWebChatPage(server);

  const botFramework = new BotFrameworkDeliverer(adapter);
  dispatcher.register('msteams', botFramework);
  dispatcher.register('botframework', botFramework);
  dispatcher.register(WEBCHAT_CHANNEL, new DirectLineDeliverer(activities));
  return { localMode: !config.botFramework.appId, adapter };
}
