import { describe, expect, it } from 'vitest';
import { DEFAULT_SMS_KEYWORDS, matchKeyword } from '../../../src/channels/sms/keywords.js';
import { toE164 } from '../../../src/channels/sms/phone.js';
import { loadConfig } from '../../../src/config/index.js';

describe('SMS keywords', () => {
  it.each([
    ['VISION', 'info'],
    ['vision', 'info'],
    ['Vision!', 'info'],
    ['VISION jag vill bli medlem', 'info'],
    ['RING', 'callback'],
    ['ring mig tack', 'callback'],
    ['STOPP', 'stop'],
    ['stop', 'stop'],
    ['Stopp.', 'stop'],
    ['START', 'start'],
    ['test', 'test'],
    ['TEST åäö', 'test'],
    ['MER', 'more'],
    ['mer', 'more'],
    ['Mer!', 'more'],
  ])('"%s" is %s', (text, keyword) => {
    expect(matchKeyword(text, DEFAULT_SMS_KEYWORDS)).toBe(keyword);
  });

  it.each([
    'Mer information om a-kassan?',
    'Visionen för framtiden?',
    'Ringer ni upp?',
    'Startar a-kassan direkt?',
    'Hur testar jag?',
    'Ingår inkomstförsäkringen?',
    '',
    '   ',
  ])('"%s" is no keyword', (text) => {
    expect(matchKeyword(text, DEFAULT_SMS_KEYWORDS)).toBeUndefined();
  });

  it('uses the configured keywords, case-insensitively', () => {
    const config = loadConfig({ SMS_KEYWORDS_INFO: 'hej, Medlem', SMS_KEYWORDS_STOP: 'sluta' });
    expect(matchKeyword('medlem nu', config.sms.keywords)).toBe('info');
    expect(matchKeyword('HEJ', config.sms.keywords)).toBe('info');
    expect(matchKeyword('SLUTA', config.sms.keywords)).toBe('stop');
    expect(matchKeyword('VISION', config.sms.keywords)).toBeUndefined();
  });
});

describe('phone numbers', () => {
  it.each([
    ['+46701234567', '+46701234567'],
    ['0701234567', '+46701234567'],
    ['070-123 45 67', '+46701234567'],
    ['0046 70 123 45 67', '+46701234567'],
    ['+47 912 34 567', '+4791234567'],
  ])('%s → %s', (raw, e164) => {
    expect(toE164(raw)).toBe(e164);
  });

  it.each(['', 'abc', '+46', '12', '+46 70 123 45 67 89 01 23 45'])('"%s" is not a number', (raw) => {
    expect(toE164(raw)).toBeUndefined();
  });
});

describe('SMS configuration', () => {
  it('turns a provider on only with all its settings, and says what is missing', () => {
    expect(loadConfig({}).sms.twilio).toBeUndefined();
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: 'AC1' })).toThrow(/TWILIO_AUTH_TOKEN/);
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', SMS_FROM: '71501' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', PUBLIC_BASE_URL: 'https://x.se' })).toThrow(/SMS_FROM/);
    expect(() => loadConfig({ ELKS_API_USERNAME: 'u', ELKS_API_PASSWORD: 'p' })).toThrow(/ELKS_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ELKS_WEBHOOK_SECRET: 'short' })).toThrow(/ELKS_WEBHOOK_SECRET/);
    const elks = loadConfig({ ELKS_API_USERNAME: 'u', ELKS_API_PASSWORD: 'p', ELKS_WEBHOOK_SECRET: 'a-long-enough-secret', SMS_FROM: 'Vision', ELKS_API_BASE_URL: 'http://127.0.0.1:9/' });
    expect(elks.sms.elks).toMatchObject({ username: 'u', apiBaseUrl: 'http://127.0.0.1:9', webhookSecret: 'a-long-enough-secret' });
    expect(() => loadConfig({ SMS_FROM: 'not a sender!' })).toThrow(/SMS_FROM/);
  });
});
