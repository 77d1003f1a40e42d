import { createHmac } from 'node:crypto';

/**
 * Removes personal data before text leaves the process (LLM calls) or reaches a log:
 * Swedish personnummer and samordningsnummer, phone numbers and e-mail addresses.
 * Years, percentages, amounts, dates, the SMS number 71501 and public helplines stay.
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[e-post]')
    .replace(PERSONNUMMER, (match, century: string | undefined, yy: string, mm: string, dd: string, sep: string | undefined, last: string) =>
      isPersonnummer(century, yy, mm, dd, sep, last) ? '[personnummer]' : match,
    )
    .replace(PHONE, (match) => (isPublicNumber(match) ? match : '[telefonnummer]'));
}

const PERSONNUMMER = /(?<![\d-])(19|20)?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{4})(?![\d-])/g;
const PHONE = /(?<![\w])(?:\+|00)\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}(?!\d)|(?<![\w-])0\d{1,3}[\s/-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d)/g;

function isPersonnummer(century: string | undefined, yy: string, mm: string, dd: string, sep: string | undefined, last: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  // With a separator (or twelve digits) the shape is clear; a bare ten-digit number must pass the Luhn check.
  if (sep || century) return true;
  return luhn(`${yy}${mm}${dd}${last}`);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Helplines in the crisis reply are public and must stay readable. */
function isPublicNumber(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  return digits === '020505050' || digits.length < 7;
}

/** Keyed hash (HMAC-SHA256, first 16 bytes as hex) for identifiers such as phone numbers in logs. */
export function hashIdentifier(value: string, key: string): string {
  return createHmac('sha256', key).update(value).digest('hex').slice(0, 32);
}
