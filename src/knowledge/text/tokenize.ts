/** A word of the input with its position. */
export interface Token {
  /** Lower-case, NFC-normalised word (`a-kassan`, `ifo-chefer`, `195`). */
  word: string;
  /** Offset of the first character in the input (UTF-16 code units). */
  start: number;
  /** Offset just past the last character of the word. */
  end: number;
  /** The word as written. */
  raw: string;
  /** True when the first letter is upper case and the word does not start a sentence (a likely name). */
  midSentenceCapital: boolean;
}

/**
 * Letters (with combining marks) and digits, joined by single hyphens or apostrophes inside a
 * word. A genitive or inflection after a colon (`IFO:s`, `sms:a`) is consumed but not kept.
 * Every quantifier advances, so the scan is linear in the length of the input.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(:\p{L}{1,3}(?![\p{L}\p{N}]))?/gu;
const HYPHENS = /[‐‑]/g;
const APOSTROPHES = /[’]/g;
const SENTENCE_END = /[.!?:\n•]/;

/**
 * Splits text into lower-case words with character offsets. Keeps Swedish letters, hyphenated
 * words (`a-kassa`, `IFO-chefer`) and digit groups (`195 000` gives `195` and `000`); drops
 * punctuation, emoji and markup characters. Safe for any Unicode input.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let previousEnd = 0;
  let sentenceStart = true;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const full = match[0];
    const raw = match[1] ? full.slice(0, full.length - match[1].length) : full;
    const start = match.index;
    const end = start + raw.length;
    if (!sentenceStart && SENTENCE_END.test(text.slice(previousEnd, start))) sentenceStart = true;
    const first = raw[0]!;
    const capital = first !== first.toLowerCase();
    tokens.push({
      word: raw.normalize('NFC').toLowerCase().replace(HYPHENS, '-').replace(APOSTROPHES, "'"),
      start,
      end,
      raw,
      midSentenceCapital: capital && !sentenceStart,
    });
    sentenceStart = false;
    previousEnd = start + full.length;
  }
  return tokens;
}
