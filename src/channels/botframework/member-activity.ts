import { z } from 'zod';
import { hashIdentifier } from '../../core/redact.js';
import { textsFor } from '../../core/texts.js';
import type { ConversationEngine, TurnResult } from '../../conversation/engine.js';
import type { FeedbackRepository } from '../../store/repositories/feedback.js';
import type { SubmitAction } from './reply-activity.js';

/** The parts of an inbound Bot Framework message activity the bot reads (Teams, Web Chat). */
export interface MemberActivity {
  id?: string;
  text?: string;
  value?: unknown;
  attachments?: unknown[];
  from?: { id?: string; aadObjectId?: string };
}

const submitSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('talk_to_advisor') }),
  z.object({ action: z.literal('cancel_queue') }),
  z.object({ action: z.literal('feedback'), rating: z.enum(['up', 'down']), messageId: z.number().int().positive() }),
]);

export interface MemberActivityDeps {
  engine: ConversationEngine;
  feedback: FeedbackRepository;
  hashKey: string;
}

/** Where the channel reaches the conversation, stored before the activity is handled. */
export interface MemberAddress {
  value: unknown;
  save(): Promise<void>;
}

/**
 * One member activity into the engine: a card submit (advisor button, leaving the queue,
 * 👍/👎), a text message, or an attachment without text. Unknown fields in a submit are
 * ignored; an unknown or malformed submit gets a polite "unknown choice" reply.
 */
export async function handleMemberActivity(
  deps: MemberActivityDeps,
  channel: string,
  channelConversationId: string,
  activity: MemberActivity,
  address?: MemberAddress,
): Promise<TurnResult> {
  const { engine } = deps;
  const memberId = activity.from?.aadObjectId ?? activity.from?.id;
  const base = {
    channel,
    channelConversationId,
    memberKey: memberId ? hashIdentifier(memberId, deps.hashKey) : undefined,
    providerMessageId: activity.id ? String(activity.id).slice(0, 200) : undefined,
  };
  const hasText = typeof activity.text === 'string' && activity.text.trim() !== '';
  if (activity.value !== undefined && activity.value !== null && !hasText) {
    await address?.save();
    const parsed = submitSchema.safeParse(activity.value);
    if (!parsed.success) return engine.notify(base, 'notice', (language) => textsFor(language).unknownChoice);
    return handleSubmit(deps, base, parsed.data);
  }
  // A message: the address is stored in the statement that stores the member's message.
  return engine.handle(
    {
      ...base,
      text: hasText ? (activity.text as string) : '',
      attachmentCount: Array.isArray(activity.attachments) ? activity.attachments.length : 0,
    },
    { channelAddress: address?.value },
  );
}

async function handleSubmit(
  { engine, feedback }: MemberActivityDeps,
  base: { channel: string; channelConversationId: string; memberKey?: string; providerMessageId?: string },
  submit: SubmitAction,
): Promise<TurnResult> {
  switch (submit.action) {
    case 'talk_to_advisor':
      return engine.requestAdvisor(base);
    case 'cancel_queue':
      return engine.handle({ ...base, text: 'avbryt' });
    case 'feedback': {
      const stored = await feedback.rate(submit.messageId, base.channel, base.channelConversationId, submit.rating);
      return engine.notify(base, 'notice', (language) => (stored ? textsFor(language).feedbackThanks : textsFor(language).unknownChoice));
    }
  }
}
