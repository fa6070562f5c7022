// Resident ID numbers and mobile phones: parsing, checking and masking. Pure functions.
import { isIsoDate } from '@gridhr/common';

/** The masks live in common, beside the log redaction that uses them. */
export { maskIdNumber, maskPhone } from '@gridhr/common';

export interface ParsedIdNumber {
  /** 18 characters, the check character upper-case. */
  idNumber: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  /** The 6-digit GB/T 2260 region of first registration. */
  regionPrefix: string;
}

export type IdNumberResult = { ok: true; value: ParsedIdNumber } | { ok: false; problem: string };

// GB 11643-1999: weights of the 17 body digits and the check character for sum mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
// GB/T 2260 province codes (first two digits), incl. Taiwan, Hong Kong and Macao.
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
]);

/** GB 11643-1999: the check character of a 17-digit body. */
export function idCheckCharacter(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new Error('the body of an ID number is 17 digits');
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(body17[i]), 0);
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Checks an 18-character resident ID number (GB 11643-1999) and derives birth date and sex.
 * 15-digit numbers (issued before 1999) are refused, not converted: a converted number gets a check
 * character nobody has verified against the card, so the holder must give the number on their current card.
 */
export function parseIdNumber(raw: string, today: string): IdNumberResult {
  const id = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) return { ok: false, problem: 'is a 15-digit ID number from before 1999; enter the 18-character number on the current card' };
  if (id.length !== 18) return { ok: false, problem: `must be 18 characters, not ${id.length}` };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'must be 17 digits followed by a digit or X' };
  if (!PROVINCES.has(id.slice(0, 2))) return { ok: false, problem: `starts with ${id.slice(0, 2)}, which is not a province code` };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) return { ok: false, problem: `birth date ${id.slice(6, 14)} is not a real date` };
  if (birthDate < '1900-01-01' || birthDate > today) return { ok: false, problem: `birth date ${birthDate} is not plausible` };
  const expected = idCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected) return { ok: false, problem: `check character should be ${expected}, not ${id[17]}; the number is mistyped` };
  return { ok: true, value: { idNumber: id, birthDate, sex: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE', regionPrefix: id.slice(0, 6) } };
}

/**
 * An ID number as typed in a sheet, made comparable: full-width digits folded, spaces (1407 9919 …) and
 * the apostrophe Excel users type to keep a number as text removed, the check character upper-case.
 */
export function cleanIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').replace(/^'/, '').toUpperCase();
}

/** An 11-digit mainland mobile number, or null. Accepts spaces, dashes and a +86/86 prefix. */
export function normalizePhone(raw: string): string | null {
  let digits = raw.trim().replace(/[\s-]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/**
 * A work phone as published for the grid: a mobile (as normalizePhone) or a landline with its area code
 * (0354-1234567, 03541234567, an extension after a dash), written 0354-1234567; else null.
 */
export function normalizeWorkPhone(raw: string): string | null {
  const mobile = normalizePhone(raw);
  if (mobile) return mobile;
  const landline = /^(0\d{2,3})-?([1-9]\d{6,7})(-\d{1,6})?$/.exec(
    raw
      .normalize('NFKC')
      .trim()
      .replace(/[\s()（）]/g, ''),
  );
  return landline ? `${landline[1]}-${landline[2]}${landline[3] ?? ''}` : null;
}

/** Whole years of age on a day (a person born on 29 Feb turns a year older on 1 Mar in common years). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
