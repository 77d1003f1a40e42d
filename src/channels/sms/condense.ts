/**
 * Turns a {@link Reply} into SMS text: GSM-7 only (one curly quote would make the whole message
 * UCS-2 and more than double its cost – see gsm7.ts), at most `maxSegments` parts, citation markers
 * replaced by one source line for the main source, and long answers split into parts the member
 * fetches by replying MER:
 *
 *   <as much of the answer as fits, cut at a sentence end>
 *   Källa: <title> (<date>) <url>
 *   Svara MER för mer.
 *
 * The source line is budgeted before the answer is cut, so it is always in the first message.
 * `rest` is the normalised answer text not sent yet; {@link continueForSms} sends the next part.
 */
import type { Citation, Language, Reply } from '../../core/types.js';
import { cutToFit, segmentCount, septetLength, toGsm7 } from './gsm7.js';

export const SMS_MORE_HINT = { sv: 'Svara MER för mer.', en: 'Reply MER for more.' } as const;

const SOURCE_LABEL = { sv: 'Källa', en: 'Source' } as const;
const MAX_TITLE = 60;
/** Drop the url (then the date) from the source line when it would leave less room than this for the answer. */
const MIN_BODY_SEPTETS = 40;

export interface SmsOptions {
  /** Parts one message may use, everything included (default 2). */
  maxSegments?: number;
}

export interface SmsPart {
  /** The message to send now (GSM-7, at most maxSegments parts). */
  text: string;
  /** Answer text not sent yet ('' when done); pass it to {@link continueForSms}. */
  rest: string;
}

/** The first SMS for `reply`. */
export function condenseForSms(reply: Reply, options: SmsOptions = {}): SmsPart {
  const max = maxSegmentsOf(options);
  const main = reply.citations[0];
  const body = main ? withoutLeadIn(smsBody(reply.text, true)) : smsBody(reply.text, false);
  if (!main) return fitPart(body, '', reply.language, max);
  const lines = sourceLines(main, reply.language);
  const full = lines[0] ?? '';
  if (segmentCount(joinLines(body, full)) <= max) return { text: joinLines(body, full), rest: '' };
  const room = (line: string): number =>
    capacity(max) - septetLength(`\n${line}\n${toGsm7(SMS_MORE_HINT[reply.language])}`);
  const line = lines.find((l) => room(l) >= MIN_BODY_SEPTETS) ?? lines[lines.length - 1] ?? '';
  return fitPart(body, line, reply.language, max);
}

/** The next SMS of a long answer: `rest` from the previous part. */
export function continueForSms(rest: string, language: Language, options: SmsOptions = {}): SmsPart {
  return fitPart(smsBody(rest, false), '', language, maxSegmentsOf(options));
}

/** `body` (cut if needed), then the source line, then the hint when something is left over. */
function fitPart(body: string, source: string, language: Language, max: number): SmsPart {
  const whole = joinLines(body, source);
  if (segmentCount(whole) <= max) return { text: whole, rest: '' };
  const tail = joinLines(source, toGsm7(SMS_MORE_HINT[language]));
  const { head, rest } = cutToFit(body, max, `\n${tail}`);
  return { text: joinLines(head, tail), rest };
}

/**
 * Chat answers open with the source ("Enligt "Titel":", "According to "Title" (quoted in
 * Swedish):"); the SMS names it on its own line instead, so the lead-in is dropped.
 */
function withoutLeadIn(body: string): string {
  const stripped = body.replace(/^(?:Enligt|According to) "[^"\n]{1,200}"(?: \(quoted in Swedish\))?:\s*/, '');
  if (!stripped || stripped === body) return body;
  return stripped.charAt(0).toLocaleUpperCase('sv-SE') + stripped.slice(1);
}

/** GSM-7 text without citation markers ("[1]", "[1, 2]", "[1][2]") or blank lines. */
function smsBody(text: string, stripMarkers: boolean): string {
  let body = toGsm7(text);
  if (stripMarkers) body = body.replace(/[ \t]*\[\d{1,3}(?:\s*[,;-]\s*\d{1,3})*\]/g, '');
  return body.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').replace(/\n{2,}/g, '\n').trim();
}

/** "Källa: <title> (<date>) <url>", then without the url, then without the date too. */
function sourceLines(citation: Citation, language: Language): string[] {
  const title = `${SOURCE_LABEL[language]}: ${shortenTitle(toGsm7(citation.title).replace(/\s+/g, ' '))}`;
  const date = citation.date ? ` (${toGsm7(citation.date)})` : '';
  const url = citation.url ? ` ${toGsm7(citation.url).replace(/\s+/g, '')}` : '';
  return [title + date + url, title + date, title];
}

function shortenTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const room = MAX_TITLE - 3;
  const space = title.lastIndexOf(' ', room);
  const cut = space >= room / 2 ? space : room;
  return `${title.slice(0, cut).replace(/[\s,.:;-]+$/, '')}...`;
}

function joinLines(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('\n');
}

/** Roughly how many septets `max` parts hold (only used to decide whether to shorten the source line). */
function capacity(max: number): number {
  return max === 1 ? 160 : 153 * max;
}

function maxSegmentsOf(options: SmsOptions): number {
  const max = options.maxSegments ?? 2;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`maxSegments must be a positive integer, got ${max}`);
  return max;
}
