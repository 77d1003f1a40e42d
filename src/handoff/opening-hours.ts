import type { Language } from '../core/types.js';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_NAMES: Record<Language, string[]> = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

interface Range { days: Set<number>; from: number; to: number }

/**
 * Advisor opening hours from configuration ("mon-fri 08:00-17:00; sat 10:00-14:00"), read
 * in a time zone (Europe/Stockholm by default) whatever the server's own zone is.
 */
export class OpeningHours {
  private readonly ranges: Range[];
  private readonly parts: Intl.DateTimeFormat;

  constructor(spec: string, readonly timeZone = 'Europe/Stockholm') {
    this.ranges = spec.split(';').map((part) => parseRange(part.trim()));
    this.parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  isOpen(at: Date = new Date()): boolean {
    const { day, minutes } = this.local(at);
    return this.ranges.some((r) => r.days.has(day) && minutes >= r.from && minutes < r.to);
  }

  /** The next opening from `at` (now when open), in words: "måndag kl. 08:00". */
  nextOpening(language: Language, at: Date = new Date()): string | undefined {
    if (this.isOpen(at)) return undefined;
    for (let step = 1; step <= 8 * 24 * 4; step++) {
      const t = new Date(at.getTime() + step * 15 * 60_000);
      if (this.isOpen(t)) {
        const { day, minutes } = this.local(new Date(Math.floor(t.getTime() / 900_000) * 900_000));
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        return language === 'en' ? `${DAY_NAMES.en[day]} at ${time}` : `${DAY_NAMES.sv[day]} kl. ${time}`;
      }
    }
    return undefined;
  }

  private local(at: Date): { day: number; minutes: number } {
    const parts = Object.fromEntries(this.parts.formatToParts(at).map((p) => [p.type, p.value]));
    const day = DAYS.indexOf(String(parts.weekday).slice(0, 3).toLowerCase() as (typeof DAYS)[number]);
    return { day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  }
}

function parseRange(part: string): Range {
  const match = /^(\w{3})(?:-(\w{3}))?\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(part);
  if (!match) throw new Error(`opening hours: cannot read "${part}"`);
  const [, first, last, h1, m1, h2, m2] = match;
  const start = DAYS.indexOf(first as (typeof DAYS)[number]);
  const end = last ? DAYS.indexOf(last as (typeof DAYS)[number]) : start;
  if (start < 0 || end < 0) throw new Error(`opening hours: unknown day in "${part}"`);
  const days = new Set<number>();
  for (let d = start; ; d = (d + 1) % 7) {
    days.add(d);
    if (d === end) break;
  }
  return { days, from: Number(h1) * 60 + Number(m1), to: Number(h2) * 60 + Number(m2) };
}
