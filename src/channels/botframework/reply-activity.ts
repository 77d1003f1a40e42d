import { textsFor } from '../../core/texts.js';
import type { Citation, OutboundMessage, ReplyAction } from '../../core/types.js';

/** What a member presses on a card: the `value` of the message activity a card submit sends. */
export type SubmitAction =
  | { action: 'talk_to_advisor' }
  | { action: 'cancel_queue' }
  | { action: 'feedback'; rating: 'up' | 'down'; messageId: number };

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A Bot Framework message activity as plain JSON (shared by Teams and the built-in Direct Line). */
export interface OutgoingActivity {
  type: 'message';
  text?: string;
  textFormat?: 'plain' | 'markdown';
  summary?: string;
  locale: string;
  attachments?: { contentType: string; content: unknown }[];
  channelData?: Record<string, unknown>;
}

/**
 * Turns a reply into an activity. Answers and replies with buttons become an Adaptive Card
 * (answer text, cited sources with date and link, "Prata med en rådgivare", 👍/👎); plain
 * notices stay text. Member-visible strings come from core/texts.
 */
export function toActivity(message: OutboundMessage): OutgoingActivity {
  const { reply } = message;
  const texts = textsFor(reply.language);
  const locale = reply.language === 'en' ? 'en-GB' : 'sv-SE';
  const text = message.advisorName ? `${message.advisorName}: ${reply.text}` : reply.text;
  const feedback = reply.kind === 'answer' && message.messageId !== undefined;
  if (!reply.citations.length && !reply.actions.length && !feedback) {
    return { type: 'message', text, textFormat: 'plain', locale };
  }
  const body: unknown[] = [{ type: 'TextBlock', text: escapeCardText(text), wrap: true }];
  if (reply.citations.length) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      separator: true,
      items: [
        { type: 'TextBlock', text: reply.citations.length > 1 ? texts.sourcesHeadingMany : texts.sourcesHeading, weight: 'Bolder', size: 'Small', wrap: true },
        ...reply.citations.map((citation) => ({ type: 'TextBlock', text: sourceLine(citation), size: 'Small', isSubtle: true, wrap: true })),
      ],
    });
  }
  const actions: unknown[] = reply.actions.map((action) => actionButton(action, texts.advisorButton, texts.cancelQueueButton));
  if (feedback) {
    body.push({ type: 'TextBlock', text: texts.feedbackPrompt, size: 'Small', spacing: 'Medium', wrap: true });
    actions.push(
      { type: 'Action.Submit', title: texts.feedbackUp, data: { action: 'feedback', rating: 'up', messageId: message.messageId } },
      { type: 'Action.Submit', title: texts.feedbackDown, data: { action: 'feedback', rating: 'down', messageId: message.messageId } },
    );
  }
  const card = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, actions };
  return { type: 'message', summary: reply.text.slice(0, 120), locale, attachments: [{ contentType: ADAPTIVE_CARD, content: card }] };
}

function actionButton(action: ReplyAction, advisor: string, cancel: string): unknown {
  return action === 'talk_to_advisor'
    ? { type: 'Action.Submit', title: advisor, style: 'positive', data: { action: 'talk_to_advisor' } }
    : { type: 'Action.Submit', title: cancel, data: { action: 'cancel_queue' } };
}

function sourceLine(citation: Citation): string {
  const title = escapeCardText(citation.title);
  const named = citation.url && /^https:\/\//.test(citation.url) ? `[${title}](${citation.url})` : title;
  return `[${citation.n}] ${named}${citation.date ? ` (${citation.date})` : ''}`;
}

/**
 * Adaptive Card TextBlocks render a subset of Markdown. Our texts are quotes, not markup, but
 * a quoted `[text](url)` must never become a link the union did not put there: a zero-width
 * space between `]` and `(` keeps the characters and drops the link. (Backslash escapes are
 * not rendered the same way by Teams and Web Chat.)
 */
export function escapeCardText(text: string): string {
  return text.replace(/\]\(/g, ']\u200B(');
}
