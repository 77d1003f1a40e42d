import type { SmsKeywords } from '../../config/index.js';

export type SmsKeyword = keyof SmsKeywords;

/** Keywords that count only as the whole message ("MER"), so "Mer om a-kassan?" stays a question. */
const WHOLE_MESSAGE_ONLY: ReadonlySet<SmsKeyword> = new Set(['more']);

/** Checked first: opting out must always work, whatever else the text says. */
const ORDER: SmsKeyword[] = ['stop', 'start', 'callback', 'info', 'test', 'more'];

/**
 * The keyword a text starts with, case-insensitively, with or without trailing text
 * ("vision", "VISION hjälp", "Stopp!"). Only the first word counts.
 */
export function matchKeyword(text: string, keywords: SmsKeywords): SmsKeyword | undefined {
  const trimmed = text.trim();
  const first = /^[\p{L}\p{N}-]+/u.exec(trimmed)?.[0]?.toLocaleUpperCase('sv-SE');
  if (!first) return undefined;
  const alone = trimmed.replace(/[\s.!?,:;"'()]+$/u, '').length === first.length;
  for (const keyword of ORDER) {
    if (!keywords[keyword].includes(first)) continue;
    if (WHOLE_MESSAGE_ONLY.has(keyword) && !alone) continue;
    return keyword;
  }
  return undefined;
}

export const DEFAULT_SMS_KEYWORDS: SmsKeywords = {
  info: ['VISION'],
  callback: ['RING'],
  stop: ['STOPP', 'STOP'],
  start: ['START'],
  test: ['TEST'],
  more: ['MER', 'MORE'],
};
