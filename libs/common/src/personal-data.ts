// Personal data in text that leaves the record: masks, and the redaction of every log line.

/** 1101**********1234: region prefix and last four stay, enough to tell records apart. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 4)}${'*'.repeat(Math.max(0, idNumber.length - 8))}${idNumber.slice(-4)}`;
}

/** 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '*'.repeat(phone.length);
}

// An 18-character resident ID number (6-digit region, birth date 18xx-20xx, 3-digit order, check
// character), or a 15-digit old one, not inside a longer run of digits (GB 11643-1999).
const ID_NUMBER = /(?<!\d)(\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]|\d{15})(?![\dXx])/g;
// A mainland mobile number, alone or after +86 / 86.
const PHONE = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d{9})(?!\d)/g;
// The same, URL-encoded in a query string (%2B86…) or split by spaces or dashes: 138 1234 5678.
const SPACED_PHONE = /(?<!\d)(1[3-9]\d)[\s-](\d{4})[\s-](\d{4})(?!\d)/g;

/** `text` with ID numbers and phones masked: for log lines, which reach people who may not see them. */
export function redactPersonalData(text: string): string {
  return text
    .replace(ID_NUMBER, (id: string) => maskIdNumber(id))
    .replace(PHONE, (_match: string, phone: string) => maskPhone(phone))
    .replace(SPACED_PHONE, (_match: string, a: string, _b: string, c: string) => `${a}****${c}`);
}
