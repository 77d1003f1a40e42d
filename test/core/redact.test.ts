import { describe, expect, it } from 'vitest';
import { hashIdentifier, redactPersonalData } from '../../src/core/redact.js';
import { normalizeInboundText } from '../../src/core/input.js';

describe('redactPersonalData', () => {
  it.each([
    ['Mitt personnummer är 19850312-1234', 'Mitt personnummer är [personnummer]'],
    ['pnr 850312-1234 tack', 'pnr [personnummer] tack'],
    ['samordningsnummer 850372-1234', 'samordningsnummer [personnummer]'],
    ['ring 070-123 45 67', 'ring [telefonnummer]'],
    ['ring 0701234567', 'ring [telefonnummer]'],
    ['ring +46 70 123 45 67 nu', 'ring [telefonnummer] nu'],
    ['08-123 456 78 är numret', '[telefonnummer] är numret'],
    ['mejla anna.svensson@example.se', 'mejla [e-post]'],
  ])('%s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it.each([
    'Undersökningen gjordes 2019.',
    '89 procent av socionomerna',
    'Våra 195 000 medlemmar',
    'Sms:a VISION till 71501',
    'Publicerad 2007-02-23',
    'Ring 112, 1177, 90101 eller Kvinnofridslinjen 020-50 50 50',
  ])('leaves %s alone', (text) => {
    expect(redactPersonalData(text)).toBe(text);
  });
});

describe('hashIdentifier', () => {
  it('is keyed and stable', () => {
    expect(hashIdentifier('+46701234567', 'k1')).toBe(hashIdentifier('+46701234567', 'k1'));
    expect(hashIdentifier('+46701234567', 'k1')).not.toBe(hashIdentifier('+46701234567', 'k2'));
    expect(hashIdentifier('+46701234567', 'k1')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('normalizeInboundText', () => {
  it('keeps HTML as text, strips control characters and collapses whitespace', () => {
    expect(normalizeInboundText('  <img src=x onerror=alert(1)>\u0000  hej   ').text).toBe('<img src=x onerror=alert(1)> hej');
  });
  it('truncates very long text at a word boundary', () => {
    const result = normalizeInboundText('ord '.repeat(5_000), { maxLength: 4_000 });
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(4_000);
    expect(result.originalLength).toBe(20_000);
  });
  it('turns anything but a string into empty text', () => {
    expect(normalizeInboundText({ text: 'x' }).text).toBe('');
    expect(normalizeInboundText(undefined).text).toBe('');
  });
});
