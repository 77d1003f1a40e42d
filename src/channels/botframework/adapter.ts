import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConversationReference,
  type InvokeResponse,
  TurnContext,
} from 'botbuilder';
import { AuthenticationError, type ConnectorClient, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../../config/index.js';
import { ReusedClientsAuthentication } from './reused-clients.js';

/**
 * botbuilder's CloudAdapter, configured from our config under botbuilder's own setting names,
 * reusing its connector and user-token clients across turns ({@link ReusedClientsAuthentication}).
 * `handleActivity` exposes the authenticate-then-run step so that the HTTP layer decides the
 * status codes itself: an activity whose token fails validation is a 401, never a 500.
 */
export class BotAdapter extends CloudAdapter {
  readonly appId: string;

  constructor(config: Config['botFramework'], credentialsFactory?: ServiceClientCredentialsFactory) {
    const settings: Record<string, string> = { ...config.endpoints };
    if (config.appId) settings.MicrosoftAppId = config.appId;
    if (config.appPassword) settings.MicrosoftAppPassword = config.appPassword;
    if (config.appType) settings.MicrosoftAppType = config.appType;
    if (config.tenantId) settings.MicrosoftAppTenantId = config.tenantId;
    super(new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication(settings, credentialsFactory)));
    this.appId = config.appId ?? '';
  }

  /** Authenticates the request, then runs `logic`. Throws {@link UnauthorizedActivity} when the token is not accepted. */
  async handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    let started = false;
    try {
      return await this.processActivity(authHeader, activity, async (context) => {
        started = true;
        await logic(context);
      });
    } catch (error) {
      if (!started && isAuthenticationFailure(error)) throw new UnauthorizedActivity(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /**
   * Sends activities into an existing conversation from outside a turn (replies delivered from
   * the outbox, advisor messages, retries). botbuilder's `continueConversationAsync` would build
   * a turn for every message; an outbox delivery needs none of it, so the activity is addressed
   * from the stored reference and sent with the reused connector client. Errors (403/404 from
   * the connector…) propagate to the outbox.
   */
  async sendProactive(reference: Partial<ConversationReference>, activities: Partial<Activity>[]): Promise<void> {
    const { serviceUrl, conversation } = reference;
    if (!serviceUrl || !conversation?.id) throw new Error('the conversation reference has no service URL or conversation id');
    const client = await this.connectorFor(serviceUrl);
    for (const activity of activities) {
      const outgoing = TurnContext.applyConversationReference({ ...activity }, reference);
      await client.conversations.sendToConversation(conversation.id, outgoing as Activity);
    }
  }

  private connectorFor(serviceUrl: string): Promise<ConnectorClient> {
    // Built once per service URL (and app id), shared with the turns.
    return this.botFrameworkAuthentication.createConnectorFactory(this.createClaimsIdentity(this.appId)).create(serviceUrl, undefined);
  }
}

/**
 * Whether an error from authenticating an inbound request means "not authorized" (rather than
 * a fault on our side, which stays a 500). botbuilder throws AuthenticationError for most
 * cases, but a bad signature or expiry surfaces as jsonwebtoken's own error types.
 */
function isAuthenticationFailure(error: unknown): boolean {
  if (error instanceof AuthenticationError) return true;
  const { name, statusCode } = (error ?? {}) as { name?: string; statusCode?: number };
  return statusCode === 401 || statusCode === 403 || name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError';
}

/** The inbound activity's token was missing or not valid for this bot. */
export class UnauthorizedActivity extends Error {}
