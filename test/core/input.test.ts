import { describe, expect, it } from 'vitest';
import { isOnlyEmojiOrPunctuation, normalizeInboundText } from '../../src/core/input.js';

describe('normalizeInboundText', () => {
  it('keeps HTML as text, strips control characters and collapses whitespace', () => {
    expect(normalizeInboundText('  <img src=x onerror=alert(1)>\u0000  hej   ').text).toBe('<img src=x onerror=alert(1)> hej');
  });

  it('keeps HTML exactly as typed', () => {
    for (const html of ['<img src=x onerror=alert(1)>', '<script>alert("x")</script>', 'a &amp; b &lt;3', '<b>fet</b>']) {
      expect(normalizeInboundText(html).text).toBe(html);
    }
  });

  it('normalises to NFC', () => {
    const decomposed = 'människa'.normalize('NFD');
    expect(decomposed).not.toBe('människa');
    expect(normalizeInboundText(decomposed).text).toBe('människa');
  });

  it.each([
    ['a\u0007b\u001Bc\u007Fd\u0085e', 'abcd\ne'],
    ['tab\there', 'tab here'],
    ['rad ett\r\nrad två\rrad tre', 'rad ett\nrad två\nrad tre'],
    ['a\n\n\n\n\nb', 'a\n\nb'],
    ['  a  \n   b  ', 'a\nb'],
    ['noll\u200Bbredd \uFEFFBOM', 'nollbredd BOM'],
    ['bidi \u202Eevil\u202C text', 'bidi evil text'],
    ['hårt\u00A0mellanslag och\u2003em', 'hårt mellanslag och em'],
    ['👨‍👩‍👧 familj', '👨‍👩‍👧 familj'],
    ['trasig \uD800 surrogat', 'trasig \uFFFD surrogat'],
    ['   ', ''],
  ])('%j → %j', (raw, text) => {
    expect(normalizeInboundText(raw).text).toBe(text);
  });

  it('truncates very long text at a word boundary', () => {
    const result = normalizeInboundText('ord '.repeat(5_000), { maxLength: 4_000 });
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(4_000);
    expect(result.text.endsWith('ord')).toBe(true);
    expect(result.originalLength).toBe(20_000);
  });

  it('uses 4 000 characters by default and cuts a 20 000-character message', () => {
    const result = normalizeInboundText('Hej! Jag har en fråga om medlemsavgiften. '.repeat(500).slice(0, 20_000));
    expect(result).toMatchObject({ truncated: true, originalLength: 20_000 });
    expect(result.text.length).toBeLessThanOrEqual(4_000);
    expect(result.text.length).toBeGreaterThan(3_200);
    expect(result.text).not.toMatch(/\s$/);
  });

  it('cuts hard when there is no word boundary, never inside a surrogate pair', () => {
    expect(normalizeInboundText('a'.repeat(5_000), { maxLength: 100 }).text).toBe('a'.repeat(100));
    const emoji = normalizeInboundText('😀'.repeat(100), { maxLength: 51 }).text;
    expect(emoji).toBe('😀'.repeat(25));
  });

  it('leaves short text untouched and says so', () => {
    expect(normalizeInboundText('Hur betalar jag medlemsavgiften?')).toEqual({ text: 'Hur betalar jag medlemsavgiften?', truncated: false, originalLength: 32 });
  });

  it.each([{ text: 'x' }, undefined, null, 42, ['hej'], Symbol('x'), () => 'hej'])('turns %s into empty text', (raw) => {
    expect(normalizeInboundText(raw)).toEqual({ text: '', truncated: false, originalLength: 0 });
  });
});

describe('isOnlyEmojiOrPunctuation', () => {
  it.each(['???', '!!!', '…', '😀', '😀😀', '👍', '🙂 !', '👨‍👩‍👧', '🇸🇪', '👍🏽', '❤️', '#!?', '+-*/', '« »', '™©'])('%s → true', (text) => {
    expect(isOnlyEmojiOrPunctuation(text)).toBe(true);
  });

  it.each(['', '   ', 'hej', 'hej!', '1', '1️⃣', '😀 ok', 'ä', '<b>'])('%j → false', (text) => {
    expect(isOnlyEmojiOrPunctuation(text)).toBe(false);
  });
});
