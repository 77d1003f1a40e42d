/**
 * GSM 03.38 7-bit alphabet helpers for the SMS channel.
 *
 * Why: an SMS is 140 octets. In the GSM-7 alphabet that is 160 characters (153 per part of a
 * concatenated message), but a single character outside the alphabet – a curly quote, an en dash,
 * an emoji, a non-breaking space – silently switches the WHOLE message to UCS-2, which holds only
 * 70 characters (67 per part). A 300-character answer then costs five messages instead of two, and
 * the member's phone may show it in the wrong order. So everything we send goes through
 * {@link toGsm7} first (typographic punctuation → ASCII, diacritics outside the alphabet → base
 * letter, emoji dropped), and {@link segmentCount} / {@link fitToSegments} do the billing-exact
 * arithmetic: extension characters (`^ { } \ [ ~ ] | €`) cost two septets (escape + character) and
 * that pair is never split across two parts.
 *
 * The extension table's form feed (escape + 0x0A) is left out on purpose: {@link toGsm7} turns it
 * into a space, and {@link isGsm7} reports it as outside the alphabet.
 */

/** The basic table (128 positions minus the escape to the extension table). */
export const GSM7_BASIC: ReadonlySet<string> = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** The extension table: each character is sent as escape + character, i.e. two septets. */
export const GSM7_EXTENSION: ReadonlySet<string> = new Set('^{}\\[~]|€');

/** Septets per single message and per part of a concatenated one (the rest is the part header). */
export const GSM7_SINGLE = 160;
export const GSM7_PART = 153;
/** The same in UTF-16 code units for UCS-2 messages. */
export const UCS2_SINGLE = 70;
export const UCS2_PART = 67;

/** Typographic characters with an obvious GSM-7 spelling. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  ...spread('‘’‚‛′´`‹›', "'"),
  ...spread('“”„‟″«»', '"'),
  ...spread('–—‐‑‒−', '-'),
  ...spread('•·▪◦‣●', '-'),
  '…': '...',
  '×': 'x',
  '≤': '<=',
  '≥': '>=',
};

function spread(chars: string, to: string): Record<string, string> {
  return Object.fromEntries([...chars].map((c) => [c, to]));
}

function isGsm7Char(ch: string): boolean {
  return GSM7_BASIC.has(ch) || GSM7_EXTENSION.has(ch);
}

/** True when every character of `text` is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!isGsm7Char(ch)) return false;
  return true;
}

/**
 * Rewrites `text` into the GSM-7 alphabet: NFC; CRLF/CR → LF; typographic quotes, dashes, bullets
 * and the ellipsis → ASCII; Unicode spaces and tabs → space; zero-width/format and control
 * characters and stray combining marks removed; letters with diacritics outside the alphabet →
 * base letter (á → a, ç → c; å ä ö é stay); emoji and other symbols removed; anything else → `?`.
 * Runs of spaces are collapsed, and spaces at line ends and at the ends of the text are dropped.
 * The result always satisfies {@link isGsm7}.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')) out += mapChar(ch);
  return out.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').replace(/^ +| +$/g, '');
}

function mapChar(ch: string): string {
  if (isGsm7Char(ch)) return ch;
  const replacement = REPLACEMENTS[ch];
  if (replacement !== undefined) return replacement;
  if (/\p{Cf}/u.test(ch)) return ''; // zero-width space/joiner, BOM, soft hyphen, bidi marks
  if (/\s/.test(ch)) return ' '; // tab, form feed, no-break/thin/ideographic spaces
  if (/[\p{Cc}\p{M}]/u.test(ch)) return ''; // control characters, combining marks left after NFC
  // Decompose: á → a + ◌́ → a; also compatibility forms (ﬁ → fi, ² → 2, ™ → TM).
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  if (base.trim() !== '' && isGsm7(base)) return base;
  if (/[\p{Extended_Pictographic}\p{So}\p{Sk}]/u.test(ch)) return ''; // emoji, skin tones, flags, ©
  return '?';
}

/** Length in septets: extension characters count 2. Meant for GSM-7 text; any other character counts 1. */
export function septetLength(text: string): number {
  let n = 0;
  for (const ch of text) n += GSM7_EXTENSION.has(ch) ? 2 : 1;
  return n;
}

/**
 * How many SMS parts `text` is sent as: GSM-7 when {@link isGsm7}, else UCS-2 (counted in UTF-16
 * code units; a surrogate pair is never split). The empty text counts 0 – there is nothing to send.
 */
export function segmentCount(text: string): number {
  if (text === '') return 0;
  const gsm = isGsm7(text);
  const [single, part] = gsm ? [GSM7_SINGLE, GSM7_PART] : [UCS2_SINGLE, UCS2_PART];
  const cost = (ch: string): number => (gsm ? (GSM7_EXTENSION.has(ch) ? 2 : 1) : ch.length);
  let total = 0;
  for (const ch of text) total += cost(ch);
  if (total <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const ch of text) {
    const c = cost(ch);
    if (used + c > part) {
      segments += 1;
      used = 0;
    }
    used += c;
  }
  return segments;
}

export interface Fitted {
  /** What to send now (without the suffix; the caller appends it when `rest` is not empty). */
  head: string;
  /** What did not fit, trimmed; '' when everything fits. */
  rest: string;
}

/**
 * Splits GSM-7 `text` so that `head` fits in `maxSegments` parts – with `suffix` appended when
 * something is left over (e.g. "\nSvara MER för mer."). When all of `text` fits, `head` is the
 * (trimmed) text, `rest` is '' and no room is kept for the suffix. Cuts as {@link cutToFit} does.
 * Both must be GSM-7 (TypeError otherwise).
 */
export function fitToSegments(text: string, maxSegments: number, suffix = ''): Fitted {
  assertGsm7(text, suffix);
  const trimmed = text.trim();
  if (segmentCount(trimmed) <= maxSegments) return { head: trimmed, rest: '' };
  return cutToFit(trimmed, maxSegments, suffix);
}

/**
 * Like {@link fitToSegments}, but the suffix is always budgeted: `head + suffix` fits in
 * `maxSegments`, and `rest` is '' only when all of `text + suffix` fits. The cut is made at the last
 * sentence end (". ", "! ", "? " before a non-lowercase letter, or a line break) in the second half
 * of the room, else at the last space, and inside a word only when the first word alone is too long.
 * Both `text` and `suffix` must be GSM-7 (see {@link toGsm7}, else TypeError); throws a RangeError
 * when the suffix alone leaves no room.
 */
export function cutToFit(text: string, maxSegments: number, suffix = ''): Fitted {
  assertGsm7(text, suffix);
  const trimmed = text.trim();
  const fits = (n: number): boolean => segmentCount(trimmed.slice(0, n) + suffix) <= maxSegments;
  if (fits(trimmed.length)) return { head: trimmed, rest: '' };
  if (!fits(1)) throw new RangeError(`cutToFit: the suffix leaves no room in ${maxSegments} segment(s)`);
  // Longest prefix that fits (fits() is monotone: a longer prefix never needs fewer parts).
  let lo = 1;
  let hi = trimmed.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const cut = bestCut(trimmed, lo);
  return { head: trimmed.slice(0, cut).trimEnd(), rest: trimmed.slice(cut).trim() };
}

function assertGsm7(text: string, suffix: string): void {
  if (!isGsm7(text) || !isGsm7(suffix)) throw new TypeError('SMS text and suffix must be GSM-7 (use toGsm7 first)');
}

/** Where to cut `text` so that the head, text.slice(0, position), has at most `max` characters. */
function bestCut(text: string, max: number): number {
  let word = 0;
  for (let i = max; i > 0; i--) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\n') continue;
    if (word === 0) word = i;
    if (i < max / 2) break; // a sentence end this early would waste too much of the message
    if (ch === '\n' || (/[.!?]/.test(text[i - 1] ?? '') && !/\p{Ll}/u.test(text[i + 1] ?? ''))) return i;
  }
  return word > 0 ? word : max;
}
