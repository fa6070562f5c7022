// Working days on the mainland China calendar: weekends off, public holidays off, make-up days (调休) on.
import { addDays } from '@gridhr/common';
import CALENDAR from './working-calendar.json';

export interface YearCalendar {
  holidays: string[];
  workdays: string[];
}

export type WorkingCalendar = Record<string, YearCalendar>;

export const CHINA_CALENDAR = Object.fromEntries(Object.entries(CALENDAR).filter(([year]) => /^\d{4}$/.test(year))) as WorkingCalendar;

export class CalendarMissing extends Error {}

export function isWorkingDay(day: string, calendar: WorkingCalendar = CHINA_CALENDAR): boolean {
  const year = calendar[day.slice(0, 4)];
  if (!year) throw new CalendarMissing(`the working-day calendar has no ${day.slice(0, 4)}; add that year to libs/recruiting/src/working-calendar.json`);
  if (year.workdays.includes(day)) return true;
  if (year.holidays.includes(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a period of `count` working days opening on `start`: `start` is the first day if it is
 * a working day, else the next working day is.
 */
export function workingPeriodEnd(start: string, count: number, calendar: WorkingCalendar = CHINA_CALENDAR): string {
  let day = start;
  let counted = 0;
  for (;;) {
    if (isWorkingDay(day, calendar)) counted++;
    if (counted === count) return day;
    day = addDays(day, 1);
  }
}
