// Working days on the mainland China calendar: weekends off, public holidays off, make-up days (调休) on,
// from the State Council General Office's yearly notice. A year the calendar lacks is never guessed.
import { addDays } from '@gridhr/common';

export interface YearCalendar {
  holidays: string[];
  workdays: string[];
}

/** The years known, by year ('2026'). */
export type WorkingCalendar = Record<string, YearCalendar>;

export class CalendarMissing extends Error {
  constructor(readonly year: string) {
    super(`the working-day calendar has no ${year}; enter the State Council's notice for ${year} first`);
  }
}

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  const year = calendar[day.slice(0, 4)];
  if (!year) throw new CalendarMissing(day.slice(0, 4));
  if (year.workdays.includes(day)) return true;
  if (year.holidays.includes(day)) return false;
  return weekday(day) !== 0 && weekday(day) !== 6;
}

/**
 * The last day of a period of `count` working days opening on `start`: `start` is the first day if it is
 * a working day, else the next working day is.
 */
export function workingPeriodEnd(start: string, count: number, calendar: WorkingCalendar): string {
  let day = start;
  let counted = 0;
  for (;;) {
    if (isWorkingDay(day, calendar)) counted++;
    if (counted === count) return day;
    day = addDays(day, 1);
  }
}

/** A problem with a year's holidays and make-up working days as entered, or null. */
export function calendarYearProblem(year: number, calendar: YearCalendar): { field: string; problem: string } | null {
  for (const [field, days] of [
    ['holidays', calendar.holidays],
    ['workdays', calendar.workdays],
  ] as const) {
    const outside = days.find((d) => d.slice(0, 4) !== String(year));
    if (outside) return { field, problem: `${outside} is not in ${year}` };
    if (new Set(days).size !== days.length) return { field, problem: 'lists a day twice' };
  }
  const both = calendar.workdays.find((d) => calendar.holidays.includes(d));
  if (both) return { field: 'workdays', problem: `${both} is also listed as a holiday` };
  // A make-up working day (调休上班) is a Saturday or Sunday that becomes a working day.
  const weekdayWork = calendar.workdays.find((d) => weekday(d) !== 0 && weekday(d) !== 6);
  if (weekdayWork) return { field: 'workdays', problem: `${weekdayWork} is a weekday; make-up working days are Saturdays or Sundays` };
  if (!calendar.holidays.length) return { field: 'holidays', problem: 'lists no public holiday' };
  return null;
}
