// Dates as people write them in a sheet: 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日, 20230501, an
// Excel date cell (read as 2023-05-01) or an Excel serial number (45047, a date cell formatted as a
// number), and a month alone (2023年5月, 2023.5), which means its first day.
import { addDays, isIsoDate } from '@gridhr/common';
import { compactText } from './sheet-text';

export interface SheetDate {
  date: string;
  /** Only a year and month were written: `date` is the month's first day, and the report should say so. */
  monthOnly: boolean;
}

const SEPARATED = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:(?:T|\s)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = /^(\d{4})[-/.年](\d{1,2})月?$/;
// Excel serial numbers from 10000 (1927-05-18) to 99999: hire and birth dates of living people, never a
// year (4 digits) or a compact date (8 digits).
const SERIAL = /^(\d{5})(?:\.\d+)?$/;
// Excel counts days from 1899-12-30 (its serial 1 is 1900-01-01, and it believes 1900 was a leap year).
const EXCEL_EPOCH = '1899-12-30';

function day(year: string, month: string, dayOfMonth: string): string | null {
  const date = `${year}-${month.padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/** The date a cell means, or null when it is not one of the forms above (or not a real date). */
export function readSheetDate(text: string): SheetDate | null {
  const value = compactText(text);
  let m = SEPARATED.exec(value) ?? COMPACT.exec(value);
  if (m) {
    const date = day(m[1], m[2], m[3]);
    return date ? { date, monthOnly: false } : null;
  }
  m = MONTH.exec(value);
  if (m) {
    const date = day(m[1], m[2], '1');
    return date ? { date, monthOnly: true } : null;
  }
  m = SERIAL.exec(value);
  if (m) return { date: addDays(EXCEL_EPOCH, Number(m[1])), monthOnly: false };
  return null;
}

/** A full date (any form above but a month alone), or null. */
export function parseSheetDate(text: string): string | null {
  const read = readSheetDate(text);
  return read && !read.monthOnly ? read.date : null;
}
