/**
 * The first thing that happens to text from outside: every channel hands the member's text
 * through {@link normalizeInboundText} before anything stores, classifies or answers it.
 */

export interface NormalizeInboundTextOptions {
  /** Longest text kept, in UTF-16 code units; longer text is cut at a word boundary. */
  maxLength?: number;
}

export interface NormalizedText {
  text: string;
  /** True when the text was cut to `maxLength`. */
  truncated: boolean;
  /** Length of the raw string before normalisation (0 for anything that is not a string). */
  originalLength: number;
}

// C0/C1 controls except tab and newline, plus invisible format characters that hide or reorder
// text (zero-width space, bidi overrides and isolates, BOM, soft hyphen). ZWJ stays: emoji need it.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const HORIZONTAL_SPACE = /[^\S\n]+/g;

/**
 * Accepts only strings (anything else becomes empty text); Unicode NFC; control characters
 * other than newline and tab removed; runs of spaces and tabs become one space, spaces around
 * line breaks go and at most one blank line is kept; trimmed; overly long text cut at a word
 * boundary. HTML stays as the characters it is: the channels escape on output.
 */
export function normalizeInboundText(raw: unknown, { maxLength = 4_000 }: NormalizeInboundTextOptions = {}): NormalizedText {
  if (typeof raw !== 'string') return { text: '', truncated: false, originalLength: 0 };
  const text = raw
    .replace(LINE_BREAKS, '\n') // before INVISIBLE, which would otherwise eat \r and U+0085
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(HORIZONTAL_SPACE, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length <= maxLength) return { text, truncated: false, originalLength: raw.length };
  return { text: truncateAtWord(text, maxLength), truncated: true, originalLength: raw.length };
}

/** Cuts at the last whitespace in the final fifth of the limit, else hard at the limit (never inside a surrogate pair). */
function truncateAtWord(text: string, maxLength: number): string {
  let cut = text.slice(0, Math.max(0, maxLength));
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  if (boundary >= maxLength * 0.8) cut = cut.slice(0, boundary);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

// What may make up an "only emoji or punctuation" message besides pictographs, punctuation and
// symbols (\p{S} covers skin-tone modifiers and regional indicators): joiners, variation
// selectors, the keycap mark, emoji tag characters and whitespace.
const EMOJI_OR_PUNCTUATION = /[\p{Extended_Pictographic}\p{P}\p{S}\u200D\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}\s]/gu;

/**
 * True when the text holds at least one emoji, punctuation mark or symbol and nothing else but
 * whitespace ("???", "👍", "🙂 !"). Empty or whitespace-only text is false: that is blank, not this.
 */
export function isOnlyEmojiOrPunctuation(text: string): boolean {
  if (!text.trim()) return false;
  return text.replace(EMOJI_OR_PUNCTUATION, '') === '';
}
