import { describe, expect, it } from 'vitest';
import { hashIdentifier, luhnValid, redactPersonalData } from '../../src/core/redact.js';

describe('redactPersonalData', () => {
  describe('personnummer and samordningsnummer', () => {
    it.each([
      ['Mitt personnummer är 19850312-1234', 'Mitt personnummer är [personnummer]'],
      ['pnr 850312-1234 tack', 'pnr [personnummer] tack'],
      ['811218-9876', '[personnummer]'],
      ['19811218-9876', '[personnummer]'],
      ['198112189876', '[personnummer]'],
      ['8112189876', '[personnummer]'], // bare ten digits with a valid Luhn check digit
      ['811218 9876', '[personnummer]'],
      ['född 121212+1212, över hundra', 'född [personnummer], över hundra'], // "+" for people over 100
      ['samordningsnummer 850372-1234', 'samordningsnummer [personnummer]'],
      ['samordningsnummer 701063-2391', 'samordningsnummer [personnummer]'],
      ['20000229-1234 skottdag', '[personnummer] skottdag'],
      ['(19850312-1234)', '([personnummer])'],
      ['pnr:850312-1234.', 'pnr:[personnummer].'],
    ])('%s', (input, expected) => {
      expect(redactPersonalData(input)).toBe(expected);
    });

    it.each([
      '8112189877', // bare ten digits, wrong check digit
      '851312-1234', // month 13
      '850230-1234', // 30 February
      '19010229-1234', // 1901 was not a leap year
      '29990101-1234', // in the future
      '850300-1234', // day 0
    ])('leaves the implausible %s alone', (text) => {
      expect(redactPersonalData(text)).toBe(text);
    });
  });

  describe('phone numbers', () => {
    it.each([
      ['ring 070-123 45 67', 'ring [telefonnummer]'],
      ['ring 0701234567', 'ring [telefonnummer]'],
      ['ring 070 123 45 67', 'ring [telefonnummer]'],
      ['ring 073-1234567!', 'ring [telefonnummer]!'],
      ['ring +46 70 123 45 67 nu', 'ring [telefonnummer] nu'],
      ['+46701234567', '[telefonnummer]'],
      ['+46 (0)70-123 45 67', '[telefonnummer]'],
      ['0046 70 123 45 67', '[telefonnummer]'],
      ['08-123 456 78 är numret', '[telefonnummer] är numret'],
      ['08-12 34 56', '[telefonnummer]'],
      ['031-123 45 67', '[telefonnummer]'],
      ['0771-12 34 56', '[telefonnummer]'],
      ['Call +1 202 555 0123', 'Call [telefonnummer]'],
      ['+44 20 7946 0958', '[telefonnummer]'],
      ['år 2019 ringde jag 070-123 45 67', 'år 2019 ringde jag [telefonnummer]'],
      ['2024-01-15 070-123 45 67', '2024-01-15 [telefonnummer]'],
      ['070-111 22 33 eller 08-444 55 66', '[telefonnummer] eller [telefonnummer]'],
    ])('%s', (input, expected) => {
      expect(redactPersonalData(input)).toBe(expected);
    });
  });

  describe('e-mail addresses', () => {
    it.each([
      ['mejla anna.svensson@example.se', 'mejla [e-post]'],
      ['<anna+vision@mail.example.com>', '<[e-post]>'],
      ['Skicka till bjorn.ostrom@företag.se, tack', 'Skicka till [e-post], tack'],
      ['anna.0701234567@example.se', '[e-post]'],
    ])('%s', (input, expected) => {
      expect(redactPersonalData(input)).toBe(expected);
    });
  });

  it('redacts several kinds in one text', () => {
    expect(redactPersonalData('Jag heter Anna, pnr 19850312-1234, tel 070-123 45 67, anna@example.se')).toBe(
      'Jag heter Anna, pnr [personnummer], tel [telefonnummer], [e-post]',
    );
  });

  it.each([
    'Undersökningen gjordes 2019.',
    '89 procent av socionomerna',
    'Våra 195 000 medlemmar',
    'Medlemmarna är 195000 till antalet',
    'Sms:a VISION till 71501',
    'Publicerad 2007-02-23',
    'Pressmeddelande • Feb 23, 2007 08:11 CET',
    'Ring 112, 1177, 90101 eller Kvinnofridslinjen 020-50 50 50',
    'Kvinnofridslinjen: 020 50 50 50',
    'Ring 112 vid akut fara',
    'Det kostar 2 500 kronor i månaden, 0,5 procent av lönen',
    'Öppet kl. 08.00–17.00, mån–fre',
    'Datum 23-02-2007 och 2024-01-15 10:30',
    'Version 1.2.3, ärende 123456',
    '45 procent av ansökningarna i Botkyrka',
    'Mellan 2015 och 2020 ökade antalet med 1 200 personer',
    'Is the a-kassa included in the membership?',
    'email me @ home',
  ])('leaves %s alone', (text) => {
    expect(redactPersonalData(text)).toBe(text);
  });

  it('is linear on long, number-heavy input', () => {
    // Median of five runs, against a bound that catches quadratic behaviour (seconds), not a loaded machine's noise.
    for (const text of ['0 '.repeat(10_000), '1'.repeat(20_000), '12-'.repeat(7_000), `${'a'.repeat(20_000)}@x`, '195 000 '.repeat(2_500)]) {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        redactPersonalData(text);
        runs.push(performance.now() - started);
      }
      expect(runs.sort((a, b) => a - b)[2]!).toBeLessThan(250);
    }
  });
});

describe('luhnValid', () => {
  it('checks the Skatteverket example', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
  });
});

describe('hashIdentifier', () => {
  it('is keyed and stable', () => {
    expect(hashIdentifier('+46701234567', 'k1')).toBe(hashIdentifier('+46701234567', 'k1'));
    expect(hashIdentifier('+46701234567', 'k1')).not.toBe(hashIdentifier('+46701234567', 'k2'));
    expect(hashIdentifier('+46701234567', 'k1')).not.toBe(hashIdentifier('+46701234568', 'k1'));
    expect(hashIdentifier('+46701234567', 'k1')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is HMAC-SHA256 truncated to 16 bytes', () => {
    // RFC 4231 test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?")
    expect(hashIdentifier('what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e6a042426089575c7');
  });

  it('refuses an empty key', () => {
    expect(() => hashIdentifier('+46701234567', '')).toThrow(TypeError);
  });
});
