import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConversationReference,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../../config/index.js';

/**
 * botbuilder's CloudAdapter, configured from our config under botbuilder's own setting names.
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
    super(new ConfigurationBotFrameworkAuthentication(settings, credentialsFactory));
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
      if (!started) throw new UnauthorizedActivity(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /** Sends activities into an existing conversation from outside a turn (advisor replies, retries). */
  async sendProactive(reference: Partial<ConversationReference>, activities: Partial<Activity>[]): Promise<void> {
    await this.continueConversationAsync(this.appId, reference, async (context) => {
      await context.sendActivities(activities);
    });
  }
}

/** The inbound activity's token was missing or not valid for this bot. */
export class UnauthorizedActivity extends Error {}
