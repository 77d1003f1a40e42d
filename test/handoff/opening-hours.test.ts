import { describe, expect, it } from 'vitest';
import { OpeningHours } from '../../src/handoff/opening-hours.js';

describe('opening hours', () => {
  const hours = new OpeningHours('mon-fri 08:00-17:00; sat 10:00-14:00', 'Europe/Stockholm');

  it('reads the hours in Swedish time whatever the server zone', () => {
    expect(hours.isOpen(new Date('2026-11-23T07:30:00Z'))).toBe(true); // Monday 08:30 CET
    expect(hours.isOpen(new Date('2026-11-23T06:30:00Z'))).toBe(false); // Monday 07:30 CET
    expect(hours.isOpen(new Date('2026-11-23T16:00:00Z'))).toBe(false); // Monday 17:00 CET, closed
    expect(hours.isOpen(new Date('2026-11-28T09:30:00Z'))).toBe(true); // Saturday 10:30
    expect(hours.isOpen(new Date('2026-11-29T09:30:00Z'))).toBe(false); // Sunday
    expect(hours.isOpen(new Date('2026-06-22T06:30:00Z'))).toBe(true); // Monday 08:30 CEST (summer time)
  });

  it('says when advisors open next, in the member\'s language', () => {
    expect(hours.nextOpening('sv', new Date('2026-11-23T07:30:00Z'))).toBeUndefined();
    expect(hours.nextOpening('sv', new Date('2026-11-28T18:00:00Z'))).toBe('måndag kl. 08:00');
    expect(hours.nextOpening('en', new Date('2026-11-27T17:00:00Z'))).toBe('Saturday at 10:00');
  });

  it('refuses a specification it cannot read', () => {
    expect(() => new OpeningHours('weekdays 8-17')).toThrow(/cannot read/);
  });
});
