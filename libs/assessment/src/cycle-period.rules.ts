// Cycle periods and the weeks and months work records are kept by, as pure functions. Weeks are ISO
// weeks (Monday to Sunday, numbered by the year of their Thursday), as grid platforms number them, and
// belong to the period holding their Thursday, so each week counts in exactly one cycle of a kind.
import { addDays, isIsoDate } from '@gridhr/common';
import { CycleKind, WorkPeriodKind } from './assessment.enums';

const PARTS: Record<CycleKind, number> = { YEAR: 1, HALF_YEAR: 2, QUARTER: 4 };

export interface CyclePeriod {
  start: string;
  end: string;
  /** "2025", "2026H1", "2026Q3". */
  label: string;
  /** "2025年度", "2026年上半年", "2026年第三季度". */
  title: string;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The period of a cycle; null when `part` does not fit the kind (a year has one part, a half-year two, quarters four). */
export function cyclePeriod(kind: CycleKind, year: number, part: number): CyclePeriod | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || !Number.isInteger(part) || part < 1 || part > PARTS[kind]) return null;
  const months = 12 / PARTS[kind];
  const first = (part - 1) * months + 1;
  const last = first + months - 1;
  const start = `${year}-${pad(first)}-01`;
  const end = `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`;
  if (kind === CycleKind.YEAR) return { start, end, label: `${year}`, title: `${year}年度` };
  if (kind === CycleKind.HALF_YEAR) return { start, end, label: `${year}H${part}`, title: `${year}年${part === 1 ? '上' : '下'}半年` };
  return { start, end, label: `${year}Q${part}`, title: `${year}年第${'一二三四'[part - 1]}季度` };
}

const dayOfWeek = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The ISO label of the week starting on `monday`: "2026-W05". */
export function isoWeekLabel(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / (7 * 86_400_000)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The Monday of ISO week `week` of `year` (week 1 holds 4 January); null beyond the year's last week. */
export function isoWeekMonday(year: number, week: number): string | null {
  const monday = addDays(mondayOf(`${year}-01-04`), (week - 1) * 7);
  return week >= 1 && isoWeekLabel(monday) === `${year}-W${pad(week)}` ? monday : null;
}

/** The Mondays of the weeks belonging to a period: those whose Thursday lies in it. */
export function weeksOf(start: string, end: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(addDays(start, 3)); addDays(monday, 3) <= end; monday = addDays(monday, 7)) {
    if (addDays(monday, 3) >= start) weeks.push(monday);
  }
  return weeks;
}

/**
 * A work record's period as people write it: a week as "2026-W05" or any day of it (2026-02-04,
 * 2026/2/4, 2026年2月4日), a month as "2026-02" or "2026年2月". Returns its first day, or null.
 */
export function parseWorkPeriod(text: string, kind: WorkPeriodKind): string | null {
  const t = text.trim();
  if (kind === WorkPeriodKind.WEEK) {
    const iso = /^(\d{4})-?W(\d{1,2})$/i.exec(t);
    if (iso) return isoWeekMonday(Number(iso[1]), Number(iso[2]));
    const day = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
    const date = day ? `${day[1]}-${pad(Number(day[2]))}-${pad(Number(day[3]))}` : '';
    return date && isIsoDate(date) ? mondayOf(date) : null;
  }
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t);
  if (!month || Number(month[2]) < 1 || Number(month[2]) > 12) return null;
  return `${month[1]}-${pad(Number(month[2]))}-01`;
}

/** How a record's period is shown: "2026-W05" or "2026-02". */
export function workPeriodLabel(kind: WorkPeriodKind, start: string): string {
  return kind === WorkPeriodKind.WEEK ? isoWeekLabel(start) : start.slice(0, 7);
}
