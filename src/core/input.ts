/** Normalises text from outside before anything else looks at it. */
export interface NormalizedText {
  text: string;
  truncated: boolean;
  originalLength: number;
}

/**
 * Accepts only strings (anything else becomes empty text); Unicode NFC; control characters
 * other than newline and tab removed; whitespace runs collapsed; overly long text cut at a word
 * boundary. HTML stays as the characters it is: channels escape on output.
 */
export function normalizeInboundText(raw: unknown, { maxLength = 4_000 }: { maxLength?: number } = {}): NormalizedText {
  if (typeof raw !== 'string') return { text: '', truncated: false, originalLength: 0 };
  const originalLength = raw.length;
  let text = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  let truncated = false;
  if (text.length > maxLength) {
    const cut = text.slice(0, maxLength);
    const boundary = cut.lastIndexOf(' ');
    text = (boundary > maxLength * 0.8 ? cut.slice(0, boundary) : cut).trim();
    truncated = true;
  }
  return { text, truncated, originalLength };
}

/** True for text with no letters or digits: only emoji, punctuation, symbols or whitespace. */
export function isOnlyEmojiOrPunctuation(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
