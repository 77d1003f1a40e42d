/**
 * Phone numbers as E.164 ("+46701234567"). Providers send E.164 already; numbers typed in
 * Swedish national form ("070-123 45 67", "0046 70…") are normalised the same way, so one
 * member is one number (and one keyed hash in logs).
 */
export function toE164(raw: string, defaultCountryCode = '46'): string | undefined {
  const compact = raw.trim().replace(/[\s\-().]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0')) digits = defaultCountryCode + compact.slice(1);
  else digits = compact;
  if (!/^\d{6,15}$/.test(digits)) return undefined;
  return `+${digits}`;
}
