// What a name, a text or a business date may be, as pure functions: each returns a problem description
// (the field is named by the caller) or null. The decorators in validators.ts apply them at the edge;
// the imports apply the same functions to their rows, so an import cannot store what the API refuses.
import { isIsoDate } from './dates';

// Invisible characters: controls (Cc), format characters (Cf: right-to-left overrides U+202E, zero-width
// spaces U+200B, the BOM), private use, surrogates and unassigned code points. The Hangul fillers are
// letters (Lo) that show nothing.
const INVISIBLE = /[\p{C}\u115f\u1160\u3164\uffa0]/u;
const INVISIBLE_IN_LINES = /[^\P{C}\t\n\r]|[\u115f\u1160\u3164\uffa0]/u;
// OWASP CSV injection: a cell starting with = + - @ (or a tab or CR before them) is run as a formula.
const FORMULA_LEAD = /^[=+\-@\t\r]/;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Component}\u20e3\ufe0f]/u;
// Letters (any script, with their combining marks), single separators inside: a space (U+3000 too), the
// middle dots of minority and foreign names (阿依古丽·买买提: U+00B7, U+2022, U+2027, U+30FB), a hyphen or
// an apostrophe.
const PERSON_NAME = /^[\p{L}\p{M}]+(?:[ \u3000\u00b7\u2022\u2027\u30fb'’-][\p{L}\p{M}]+)*$/u;
const SYMBOL = /[\p{S}]/u;
const DIGIT = /\p{N}/u;

const INVISIBLE_PROBLEM = 'contains invisible control or format characters (such as a right-to-left override or a zero-width space)';
const FORMULA_PROBLEM = 'must not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula)';

/** The length a person counts: a CJK character or an emoji is one, whatever its UTF-16 length. */
export function charCount(value: string): number {
  return [...value].length;
}

export interface TextRule {
  /** Line breaks and tabs allowed inside (a finding, a note); default one line. */
  multiline?: boolean;
  /** Most characters after trimming; default no limit (the field's @MaxLength bounds it). */
  max?: number;
}

/** Free text: not blank once trimmed, nothing invisible, not a spreadsheet formula. */
export function textProblem(value: string, rule: TextRule = {}): string | null {
  if (typeof value !== 'string') return 'must be text';
  const trimmed = value.trim();
  if (!trimmed) return 'must not be blank';
  if ((rule.multiline ? INVISIBLE_IN_LINES : INVISIBLE).test(value)) return rule.multiline ? INVISIBLE_PROBLEM : `${INVISIBLE_PROBLEM} or a line break`;
  if (FORMULA_LEAD.test(value) || FORMULA_LEAD.test(trimmed)) return FORMULA_PROBLEM;
  if (rule.max !== undefined && charCount(trimmed) > rule.max) return `must be at most ${rule.max} characters`;
  return null;
}

/** The name of a place or an organisation (a grid, an employer, an insurer): one line of text, no emoji. */
export function placeNameProblem(value: string, max = 100): string | null {
  const problem = textProblem(value, { max });
  if (problem) return problem;
  if (EMOJI.test(value.replace(/[\d#*]/g, ''))) return 'must not contain emoji';
  return null;
}

/**
 * A person's name as the resident ID card writes it: letters of any script (CJK included), with single
 * spaces, middle dots (·), hyphens or apostrophes between them; no digits, emoji or symbols.
 */
export function personNameProblem(value: string, max = 50): string | null {
  if (typeof value !== 'string') return 'must be text';
  const trimmed = value.trim();
  if (!trimmed) return 'must not be blank';
  if (INVISIBLE.test(value)) return INVISIBLE_PROBLEM;
  if (FORMULA_LEAD.test(value) || FORMULA_LEAD.test(trimmed)) return FORMULA_PROBLEM;
  if (EMOJI.test(trimmed.replace(/[\d#*]/g, '')) || SYMBOL.test(trimmed)) return 'must not contain emoji or symbols';
  if (DIGIT.test(trimmed)) return 'must not contain digits';
  if (!PERSON_NAME.test(trimmed)) return 'must be letters, with single spaces, middle dots (·), hyphens or apostrophes between them';
  const length = charCount(trimmed);
  if (length > max) return `must be at most ${max} characters`;
  return null;
}

/** The dates a business record (a contract, a grid, a training session, a policy) may carry. */
export interface DateWindow {
  from: string;
  to: string;
}

// The People's Republic's records begin on 1949-10-01; 2100-12-31 is far beyond any term agreed today.
// 1900-01-01 and 9999-12-31 are spreadsheet and database placeholders ("unknown", "no end"), not dates.
export const BUSINESS_DATES: DateWindow = { from: '1949-10-01', to: '2100-12-31' };

/** A real date inside the window (default BUSINESS_DATES). */
export function businessDateProblem(date: string, window: DateWindow = BUSINESS_DATES): string | null {
  if (typeof date !== 'string' || !isIsoDate(date)) return 'must be a real date YYYY-MM-DD';
  if (date < window.from || date > window.to) return `must be from ${window.from} to ${window.to} (leave it out when there is none)`;
  return null;
}

/** The same day `years` later; 29 February becomes 1 March in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

// Labour Law art. 15: employers may not hire minors under sixteen.
export const MIN_HIRING_AGE = 16;

/** A hire date against the birth date (from the ID number): not before birth, not before the 16th birthday. */
export function hireDateProblem(birthDate: string, hiredOn: string): string | null {
  if (hiredOn < birthDate) return `is before the birth date ${birthDate} in the ID number`;
  const sixteenth = addYears(birthDate, MIN_HIRING_AGE);
  if (hiredOn < sixteenth) return `is before the worker's 16th birthday (${sixteenth}, from the ID number): Labour Law art. 15 forbids hiring anyone under 16`;
  return null;
}
