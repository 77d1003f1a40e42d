import { describe, it, expect } from 'vitest';
import { SegmentedMessage } from 'sms-segments-calculator';
import {
  GSM7_BASIC,
  GSM7_EXTENSION,
  cutToFit,
  fitToSegments,
  isGsm7,
  segmentCount,
  septetLength,
  toGsm7,
} from '../../../src/channels/sms/gsm7.js';

/** Seeded PRNG (mulberry32) so the property-style loops are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** The independent reference: Twilio's segment calculator. */
function reference(text: string): { segments: number; encoding: string } {
  const message = new SegmentedMessage(text, 'auto');
  return { segments: message.segmentsCount, encoding: message.getEncodingName() };
}

// '\r' is left out of random GSM-7 text: the reference treats "\r\n" as one two-unit grapheme and
// therefore as UCS-2, and toGsm7 never produces '\r' anyway.
const GSM_CHARS = [...GSM7_BASIC, ...GSM7_EXTENSION].filter((c) => c !== '\r');

describe('GSM-7 tables', () => {
  it('have the 127 basic characters (128 minus the escape) and the 9 extension characters', () => {
    expect(GSM7_BASIC.size).toBe(127);
    expect([...GSM7_EXTENSION].sort().join('')).toBe([...'^{}\\[~]|€'].sort().join(''));
  });

  it('agree with the reference: basic characters cost 1 septet, extension characters 2', () => {
    for (const ch of GSM7_BASIC) {
      if (ch === '\r') continue;
      const message = new SegmentedMessage(ch, 'auto');
      expect(message.getEncodingName(), JSON.stringify(ch)).toBe('GSM-7');
      expect(message.numberOfCharacters, JSON.stringify(ch)).toBe(1);
      expect(septetLength(ch)).toBe(1);
    }
    for (const ch of GSM7_EXTENSION) {
      const message = new SegmentedMessage(ch, 'auto');
      expect(message.getEncodingName(), ch).toBe('GSM-7');
      expect(message.numberOfCharacters, ch).toBe(2);
      expect(septetLength(ch)).toBe(2);
    }
  });

  it('isGsm7 accepts Swedish text and rejects typographic punctuation and emoji', () => {
    expect(isGsm7('Räksmörgås, ÅÄÖ åäö é! 100 € [ok] {x} ~ | ^ \\')).toBe(true);
    expect(isGsm7('')).toBe(true);
    for (const bad of ['’', '“', '–', '…', '•', '\u00a0', '😀', 'á', 'ç', '中', '\t', '\f']) {
      expect(isGsm7(`abc${bad}`), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('toGsm7', () => {
  it.each([
    ['‘single’ ‚low‛ ′prime ´acute `grave', "'single' 'low' 'prime 'acute 'grave"],
    ['“double” „low‟ ″ «guillemets»', '"double" "low" " "guillemets"'],
    ['a–b—c‑d‒e−f', 'a-b-c-d-e-f'],
    ['Vänta…', 'Vänta...'],
    ['• ett\n· två\n▪ tre', '- ett\n- två\n- tre'],
    ['no\u00a0break thin\u2009space narrow\u202fnbsp em\u2003space ideo\u3000space', 'no break thin space narrow nbsp em space ideo space'],
    ['zero\u200bwidth\u200c\u200d\u2060\ufeffgone', 'zerowidthgone'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['kolumn\tkolumn', 'kolumn kolumn'],
    ['rad ett\r\nrad två\rrad tre', 'rad ett\nrad två\nrad tre'],
    ['á ê č ï ç ł ő ū', 'a e c i c ? o u'],
    ['Ç ç', 'Ç c'],
    ['ﬁnal x² ™', 'final x2 TM'],
    ['中文 α', '?? ?'],
  ])('%j → %j', (input, expected) => {
    expect(toGsm7(input)).toBe(expected);
  });

  it('leaves Swedish letters and other GSM-7 letters unchanged', () => {
    for (const text of ['räksmörgås', 'ÅÄÖ åäö é', 'Müller Ñandu Øresund Ærø straße à è ù ì ò É Ü ñ ø æ Ç']) {
      expect(toGsm7(text)).toBe(text);
    }
  });

  it('composes decomposed Swedish letters (NFD input) instead of stripping their dots', () => {
    expect(toGsm7('ra\u0308ksmo\u0308rga\u030as')).toBe('räksmörgås');
  });

  it('removes emoji, skin tones, flags, ZWJ sequences and keycaps, collapsing the spaces left behind', () => {
    expect(toGsm7('Hej 😀 då')).toBe('Hej då');
    expect(toGsm7('Tack! 👍🏽')).toBe('Tack!');
    expect(toGsm7('🇸🇪 Sverige')).toBe('Sverige');
    expect(toGsm7('Familj: 👨‍👩‍👧 ok')).toBe('Familj: ok');
    expect(toGsm7('Tryck 1️⃣ nu ©')).toBe('Tryck 1 nu');
    expect(toGsm7('Rad 🎉\nNästa')).toBe('Rad\nNästa');
  });

  it('keeps extension characters and line breaks', () => {
    expect(toGsm7('Pris: 100 € [inkl. moms] {a|b} ~ ^ \\\nNy rad')).toBe('Pris: 100 € [inkl. moms] {a|b} ~ ^ \\\nNy rad');
  });

  it('always returns GSM-7 text and is idempotent, for random Unicode strings', () => {
    const random = prng(20240611);
    const ranges: Array<[number, number]> = [
      [0x20, 0x7e], // ASCII
      [0x00, 0x1f], // controls
      [0xa0, 0x24f], // Latin-1 and Latin Extended
      [0x300, 0x36f], // combining marks
      [0x370, 0x4ff], // Greek, Cyrillic
      [0x2000, 0x206f], // general punctuation, spaces, zero-width
      [0x2100, 0x27bf], // letterlike, arrows, math, dingbats
      [0x4e00, 0x4eff], // CJK
      [0xd800, 0xdfff], // lone surrogates
      [0xe000, 0xe0ff], // private use
      [0xfe00, 0xfeff], // variation selectors, BOM
      [0x1f1e6, 0x1f1ff], // regional indicators
      [0x1f300, 0x1faff], // emoji
      [0x0, 0x10ffff], // anything
    ];
    for (let i = 0; i < 500; i++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let j = 0; j < length; j++) {
        const [from, to] = pick(random, ranges);
        text += String.fromCodePoint(from + Math.floor(random() * (to - from + 1)));
      }
      const out = toGsm7(text);
      expect(isGsm7(out), JSON.stringify(text)).toBe(true);
      expect(toGsm7(out)).toBe(out);
      if (out !== '') expect(reference(out).encoding).toBe('GSM-7');
    }
  });

  it('leaves random GSM-7 text without spaces unchanged', () => {
    const random = prng(7);
    const chars = GSM_CHARS.filter((c) => c !== ' ' && c !== '\n');
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 50) }, () => pick(random, chars)).join('');
      expect(toGsm7(text)).toBe(text);
    }
  });
});

describe('segmentCount', () => {
  it('is 0 for the empty text (nothing to send)', () => {
    expect(segmentCount('')).toBe(0);
  });

  it('counts 160 / 153 septets for GSM-7 and 70 / 67 units for UCS-2', () => {
    expect(segmentCount('a'.repeat(160))).toBe(1);
    expect(segmentCount('a'.repeat(161))).toBe(2);
    expect(segmentCount('a'.repeat(306))).toBe(2);
    expect(segmentCount('a'.repeat(307))).toBe(3);
    expect(segmentCount('€'.repeat(80))).toBe(1);
    expect(segmentCount('€'.repeat(81))).toBe(2);
    expect(segmentCount('ж'.repeat(70))).toBe(1);
    expect(segmentCount('ж'.repeat(71))).toBe(2);
    expect(segmentCount('a'.repeat(159) + '’')).toBe(3); // one curly quote: UCS-2, 160 units
  });

  it('never splits an extension character’s escape pair across segments', () => {
    // 152 septets, then € (2 septets) does not fit in the 153-septet part and moves on.
    expect(segmentCount('a'.repeat(152) + '€' + 'a'.repeat(152))).toBe(3);
    expect(segmentCount('a'.repeat(151) + '€' + 'a'.repeat(153))).toBe(2);
  });

  it('never splits a UCS-2 surrogate pair across segments', () => {
    expect(segmentCount('ж'.repeat(66) + '😀' + 'ж'.repeat(66))).toBe(3);
    expect(segmentCount('ж'.repeat(65) + '😀' + 'ж'.repeat(67))).toBe(2);
  });

  it('agrees with sms-segments-calculator on boundary lengths, with and without extension characters', () => {
    const cases: string[] = [];
    for (const n of [1, 152, 153, 154, 159, 160, 161, 162, 305, 306, 307, 308, 458, 459, 460, 461]) {
      cases.push('a'.repeat(n));
      for (const ext of ['€', '[', '\\', '{', '~']) {
        for (const at of [0, 151, 152, 153, 158, 159, 160, 304, 305, 306, n - 1]) {
          if (at < 0 || at >= n) continue;
          cases.push('a'.repeat(at) + ext + 'a'.repeat(n - at - 1));
        }
      }
    }
    for (const n of [1, 66, 67, 68, 69, 70, 71, 133, 134, 135, 201, 202]) {
      cases.push('ж'.repeat(n));
      for (const at of [0, 65, 66, 67, 68, 69, 132, 133, n - 1]) {
        if (at < 0 || at >= n) continue;
        cases.push('ж'.repeat(at) + '😀' + 'ж'.repeat(n - at - 1));
        cases.push('a'.repeat(at) + '’' + 'a'.repeat(n - at - 1));
      }
    }
    for (const text of cases) {
      const ref = reference(text);
      expect(isGsm7(text) ? 'GSM-7' : 'UCS-2').toBe(ref.encoding);
      expect(segmentCount(text), `${text.length} chars: ${JSON.stringify(text.slice(-3))}`).toBe(ref.segments);
    }
    expect(cases.length).toBeGreaterThan(300);
  });

  it('agrees with sms-segments-calculator on random GSM-7 and UCS-2 texts', () => {
    const random = prng(42);
    const ucs = ['ж', 'ä', 'ő', '中', '’', '–', '😀', '🚀', '𝐀', ' '];
    for (let i = 0; i < 300; i++) {
      const length = 1 + Math.floor(random() * 700);
      const mixed = i % 2 === 1;
      let text = '';
      for (let j = 0; j < length; j++) text += mixed && random() < 0.3 ? pick(random, ucs) : pick(random, GSM_CHARS);
      const ref = reference(text);
      expect(isGsm7(text) ? 'GSM-7' : 'UCS-2').toBe(ref.encoding);
      expect(segmentCount(text)).toBe(ref.segments);
    }
  });
});

describe('fitToSegments', () => {
  const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

  it('returns everything without a cut when the text fits (no room kept for the suffix)', () => {
    const text = 'a'.repeat(306);
    expect(fitToSegments(text, 2, ' Svara MER för mer.')).toEqual({ head: text, rest: '' });
    expect(fitToSegments('  Hej då.  ', 1)).toEqual({ head: 'Hej då.', rest: '' });
  });

  it('cuts at the last sentence end that fits, budgeting for the suffix', () => {
    const sentence = 'Det här är en mening om semester och lön. '; // 42 characters
    const text = sentence.repeat(10).trim(); // 419 characters
    const suffix = '\nSvara MER för mer.';
    const { head, rest } = fitToSegments(text, 2, suffix);
    expect(segmentCount(head + suffix)).toBeLessThanOrEqual(2);
    expect(head.endsWith('lön.')).toBe(true);
    expect(head.length).toBe(sentence.length * 6 - 1); // 7 sentences (293) + suffix (19) would be 312 > 306
    expect(rest.startsWith('Det här')).toBe(true);
    expect(words(`${head} ${rest}`)).toEqual(words(text));
  });

  it('treats a line break as a sentence end', () => {
    const text = `${'ord '.repeat(30)}slut\n${'mer '.repeat(30)}`.trim(); // line break at 124
    const { head, rest } = fitToSegments(text, 1);
    expect(head).toBe(`${'ord '.repeat(30)}slut`);
    expect(rest.startsWith('mer')).toBe(true);
  });

  it('does not treat an abbreviation before a lowercase word as a sentence end', () => {
    const text = `Du kan ${'få hjälp '.repeat(8)}t.ex. ${'med lönen '.repeat(20)}`.trim();
    const { head } = fitToSegments(text, 1);
    expect(head.endsWith('t.ex.')).toBe(false);
    expect(head.length).toBeGreaterThan(150); // cut at the last word boundary instead
  });

  it('ignores a sentence end in the first half of the room and cuts at a word boundary', () => {
    const text = `Kort. ${'långt ord utan punkt '.repeat(20)}`.trim();
    const { head, rest } = fitToSegments(text, 1);
    expect(head.length).toBeGreaterThan(150);
    expect(head.length).toBeLessThanOrEqual(160);
    expect(text[head.length]).toBe(' ');
    expect(words(`${head} ${rest}`)).toEqual(words(text));
  });

  it('cuts at a word boundary when there is no sentence end', () => {
    const text = 'medlem '.repeat(60).trim(); // 419 characters
    const { head, rest } = fitToSegments(text, 2);
    expect(head.length).toBeLessThanOrEqual(306);
    expect(head.endsWith('medlem')).toBe(true);
    expect(text[head.length]).toBe(' ');
    expect(head.length).toBeGreaterThan(306 - 'medlem '.length);
    expect(words(`${head} ${rest}`)).toEqual(words(text));
  });

  it('cuts inside a word only when the word alone is longer than the budget', () => {
    const text = 'x'.repeat(400);
    expect(fitToSegments(text, 2)).toEqual({ head: 'x'.repeat(306), rest: 'x'.repeat(94) });
    expect(fitToSegments(text, 2, '...')).toEqual({ head: 'x'.repeat(303), rest: 'x'.repeat(97) });
  });

  it('fills segments exactly with extension characters, never splitting an escape pair', () => {
    const text = '€'.repeat(200);
    const { head, rest } = fitToSegments(text, 2);
    expect(head).toBe('€'.repeat(152)); // 76 per 153-septet part
    expect(segmentCount(head)).toBe(2);
    expect(segmentCount(head + '€')).toBe(3);
    expect(rest).toBe('€'.repeat(48));
  });

  it('keeps head + suffix within the budget and loses no words, for random texts', () => {
    const random = prng(99);
    const vocabulary = ['a', 'och', 'medlemskap', 'inkomstförsäkring', '€', '[1]', 'Hej.', 'Ja!', 'Nej?', '\n', 'x'.repeat(30)];
    const suffixes = ['', ' Svara MER för mer.', '\nReply MER for more.', ' {€}'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 150) }, () => pick(random, vocabulary)).join(' ');
      const max = 1 + Math.floor(random() * 3);
      const suffix = pick(random, suffixes);
      const { head, rest } = fitToSegments(text, max, suffix);
      if (rest === '') {
        expect(head).toBe(text.trim());
        expect(segmentCount(text)).toBeLessThanOrEqual(max);
      } else {
        expect(segmentCount(text)).toBeGreaterThan(max);
        expect(segmentCount(head + suffix)).toBeLessThanOrEqual(max);
        expect(head.length).toBeGreaterThan(0);
        expect(words(`${head} ${rest}`)).toEqual(words(text));
      }
    }
  });

  it('rejects text that is not GSM-7 and a suffix that leaves no room', () => {
    expect(() => fitToSegments('Det är “fel”', 1)).toThrow(TypeError);
    expect(() => fitToSegments('a'.repeat(200), 1, 'b'.repeat(160))).toThrow(RangeError);
  });
});

describe('cutToFit', () => {
  it('budgets the suffix even when the text alone would fit', () => {
    const text = 'ord '.repeat(39).trim(); // 155 characters: fits alone, not with the suffix
    expect(fitToSegments(text, 1, ' MER').rest).toBe('');
    const { head, rest } = cutToFit(text, 1, '\nKälla: X');
    expect(segmentCount(`${head}\nKälla: X`)).toBe(1);
    expect(rest).not.toBe('');
    expect(cutToFit('kort', 1, '\nKälla: X')).toEqual({ head: 'kort', rest: '' });
  });
});
