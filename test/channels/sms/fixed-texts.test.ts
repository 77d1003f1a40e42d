import { describe, expect, it } from 'vitest';
import { condenseForSms } from '../../../src/channels/sms/condense.js';
import { isGsm7, segmentCount } from '../../../src/channels/sms/gsm7.js';
import { smsTextsFor, textsFor, type Texts } from '../../../src/core/texts.js';
import type { Language } from '../../../src/core/types.js';

/** Every fixed text a member can get by SMS, with sample arguments for the ones that take some. */
function fixedSmsTexts(language: Language): Array<[string, string]> {
  const texts = textsFor(language, 'sms');
  const samples: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(texts) as Array<[keyof Texts, Texts[keyof Texts]]>) {
    // Chat-only texts: buttons, card labels and the chat welcome never go out by SMS.
    if (['welcome', 'advisorButton', 'cancelQueueButton', 'feedbackPrompt', 'feedbackUp', 'feedbackDown', 'sourcesHeading', 'sourcesHeadingMany', 'quotedInSwedish', 'accordingTo', 'unknownChoice', 'feedbackThanks'].includes(name)) continue;
    if (typeof value === 'string') samples.push([name, value]);
    else if (name === 'advisorJoined') samples.push([name, (value as (n: string) => string)('Karin')]);
    else if (name === 'queuePosition') samples.push([name, (value as (n: number) => string)(12)]);
    else {
      const withTime = value as (next: string | undefined) => string;
      samples.push([`${name}(undefined)`, withTime(undefined)], [`${name}(next)`, withTime(language === 'sv' ? 'måndag kl. 08:00' : 'Monday at 08:00')]);
    }
  }
  for (const [name, value] of Object.entries(smsTextsFor(language))) samples.push([`sms.${name}`, value]);
  return samples;
}

describe.each(['sv', 'en'] as const)('fixed SMS texts (%s)', (language) => {
  const texts = fixedSmsTexts(language);

  it.each(texts)('%s is GSM-7 as written and fits in two segments', (_name, text) => {
    expect(isGsm7(text)).toBe(true);
    expect(segmentCount(text)).toBeGreaterThanOrEqual(1);
    expect(segmentCount(text)).toBeLessThanOrEqual(2);
    // Sent as is: nothing is cut off and left for "MER".
    const sent = condenseForSms({ kind: 'notice', text, citations: [], actions: [], language });
    expect(sent.rest).toBe('');
    expect(sent.text).toBe(text);
  });

  it('the TEST reply keeps å, ä and ö', () => {
    expect(smsTextsFor(language).test).toContain('räksmörgås');
    expect(smsTextsFor(language).test).toContain('ÅÄÖ');
  });

  it('the crisis text keeps every number of the chat version', () => {
    const chat = textsFor(language).crisis;
    const sms = textsFor(language, 'sms').crisis;
    for (const number of chat.match(/\d[\d -]*\d|\d+/g) ?? []) expect(sms).toContain(number.trim());
  });
});
