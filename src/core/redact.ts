import { createHmac } from 'node:crypto';

/**
 * Personal data out of text before it leaves the process (LLM calls) or reaches a log.
 *
 * Replaced: e-mail addresses → `[e-post]`; Swedish personnummer and samordningsnummer
 * (YYYYMMDD-XXXX, YYMMDD-XXXX, YYMMDD+XXXX, with or without separator) → `[personnummer]`;
 * phone numbers (Swedish national 07x-xxx xx xx, 08-xxx xx xx, 0xx-…, and international
 * +CC… / 00CC…) → `[telefonnummer]`.
 * Left alone: years, percentages, amounts ("195 000"), dates ("2007-02-23"), short numbers
 * such as 71501, 112, 1177, 90101, and the public helpline Kvinnofridslinjen 020-50 50 50.
 */
export function redactPersonalData(text: string): string {
  if (!/[\d@]/.test(text)) return text;
  return redactPhoneNumbers(redactPersonnummer(redactEmails(text)));
}

export const PLACEHOLDERS = {
  personnummer: '[personnummer]',
  phone: '[telefonnummer]',
  email: '[e-post]',
} as const;

// ---------------------------------------------------------------------------------------------
// E-mail. The look-behind lets a match start only where a run of address characters starts, and
// every quantifier is bounded, so a long run without "@" costs linear time.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;

function redactEmails(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(EMAIL, (match) => (/\.\p{L}{2,63}$/u.test(match) ? PLACEHOLDERS.email : match));
}

// ---------------------------------------------------------------------------------------------
// Personnummer / samordningsnummer: optional century (18/19/20), YYMMDD, optional separator
// ("-", "+" for people over 100, or one space), four digits (birth number + Luhn check digit).
const PERSONNUMMER = /(?<![\p{N}+])(18|19|20)?(\d{2})(\d{2})(\d{2})(?:([-+])|( ))?(\d{4})(?!\p{N})/gu;

function redactPersonnummer(text: string): string {
  return text.replace(
    PERSONNUMMER,
    (match, century: string | undefined, yy: string, mm: string, dd: string, sign: string | undefined, space: string | undefined, last: string) => {
      if (!isPlausibleBirthDate(century, yy, mm, dd)) return match;
      // A "-" or "+" separator, or twelve digits with a century, make the shape unmistakable; a bare
      // (or space-separated) ten-digit number could be anything, so its Luhn check digit decides.
      const clear = sign !== undefined || (century !== undefined && space === undefined);
      return clear || luhnValid(`${yy}${mm}${dd}${last}`) ? PLACEHOLDERS.personnummer : match;
    },
  );
}

/** Month 1–12 and a day that exists in that month (day + 60 for a samordningsnummer). */
function isPlausibleBirthDate(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  if (century !== undefined && Number(century + yy) > new Date().getUTCFullYear()) return false;
  // Without a century, allow 29 February: some year with those two digits was a leap year (or 2000).
  const year = century !== undefined ? Number(century + yy) : 2000;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Luhn check over YYMMDDNNNC, as Skatteverket defines it for personnummer. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers. A candidate is a run of digit groups joined by single separators (space, "-",
// " - ", "(0)"), optionally led by "+". Runs may join unrelated numbers ("år 2019 070-123 45 67"),
// so each run is split into its groups and, from each start, the longest valid phone number is taken.

const SEPARATOR = String.raw`(?:[ \u00A0]?[-\u2010-\u2013][ \u00A0]?|[ \u00A0]?\(0\)[ \u00A0]?|[ \u00A0])`;
const PHONE_RUN = new RegExp(String.raw`(?<![\p{N}])\+?\d+(?:${SEPARATOR}\d+)*`, 'gu');
const DIGIT_GROUP = /\d+/g;
/** Public numbers a member or the crisis reply may quote (Kvinnofridslinjen). */
const PUBLIC_NUMBERS = new Set(['020505050', '4620505050']);
/** Dates are never phone numbers: 2007-02-23, 23-02-2007. */
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/;
const MAX_GROUPS = 12;
/** "00" + an E.164 number of at most 15 digits. */
const MAX_DIGITS = 17;

function redactPhoneNumbers(text: string): string {
  return text.replace(PHONE_RUN, (run) => {
    if (run.replace(/\D/g, '').length < 7) return run; // fast path: 2019, 71501, 195 000, 1177…
    const groups = [...run.matchAll(DIGIT_GROUP)].map((m) => ({ start: m.index, end: m.index + m[0].length, digits: m[0] }));
    let out = '';
    let copied = 0;
    for (let i = 0; i < groups.length; i++) {
      const plus = i === 0 && run.startsWith('+');
      // Only "+" or a leading 0 starts a number, and never right after a hyphen ("2024-01-15 070…").
      if (!plus && !groups[i]!.digits.startsWith('0')) continue;
      if (i > 0 && run.slice(groups[i - 1]!.end, groups[i]!.start).includes('-')) continue;
      const from = plus ? 0 : groups[i]!.start;
      let digits = '';
      let longest = -1;
      for (let j = i; j < groups.length && j < i + MAX_GROUPS; j++) {
        digits += groups[j]!.digits;
        if (digits.length > MAX_DIGITS) break;
        if (isPhoneNumber(run.slice(from, groups[j]!.end), digits, plus)) longest = j;
      }
      if (longest === -1) continue;
      out += run.slice(copied, from) + PLACEHOLDERS.phone;
      copied = groups[longest]!.end;
      i = longest;
    }
    return out + run.slice(copied);
  });
}

function isPhoneNumber(candidate: string, digits: string, plus: boolean): boolean {
  if (digits.length < 8 || PUBLIC_NUMBERS.has(digits) || DATE_SHAPE.test(candidate)) return false;
  if (plus) return digits.length <= 15 && digits[0] !== '0';
  if (digits.startsWith('00')) return digits.length >= 10 && digits.length <= MAX_DIGITS && digits[2] !== '0';
  // Swedish national numbers: 0 + area code + subscriber number, 8–10 digits; mobiles (07x) are 10.
  if (digits.startsWith('07')) return digits.length === 10;
  return digits.length <= 10;
}

// ---------------------------------------------------------------------------------------------

/**
 * A keyed hash for identifiers in logs (phone numbers, member keys): HMAC-SHA256 with `key`,
 * the first 16 bytes as 32 hex characters. Callers normalise the value first (e.g. E.164) so the
 * same person hashes the same way.
 */
export function hashIdentifier(value: string, key: string): string {
  if (!key) throw new TypeError('hashIdentifier needs a non-empty key');
  return createHmac('sha256', key).update(value, 'utf8').digest().subarray(0, 16).toString('hex');
}
