// What a work record may say, as pure functions: a week carries the visit round, a month the events and
// the satisfaction score, so no figure is counted twice for a cycle.
import { addDays, businessDateProblem } from '@gridhr/common';
import { WorkPeriodKind } from './assessment.enums';
import { parseWorkPeriod } from './cycle-period.rules';
import { parsePoints } from './scoring.rules';

export interface WorkFigures {
  fullAreaVisit?: boolean | null;
  eventsReported?: number | null;
  eventsClosedOnTime?: number | null;
  /** Points, 0-100 with two decimals. */
  satisfaction?: number | null;
}

export interface CheckedRecord {
  periodKind: WorkPeriodKind;
  periodStart: string;
  fullAreaVisit: boolean | null;
  eventsReported: number | null;
  eventsClosedOnTime: number | null;
  satisfactionX100: number | null;
}

const MAX_EVENTS = 10_000;

/** A record as stored, or the problem (with the figure at fault). `period` is "2026-W05" / a day of the week, or "2026-03". */
export function checkRecord(period: string, f: WorkFigures, today: string): CheckedRecord | { field: string; problem: string } {
  const kind = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?$/.test(period.trim()) ? WorkPeriodKind.MONTH : WorkPeriodKind.WEEK;
  const start = parseWorkPeriod(period, kind);
  if (!start) return { field: 'period', problem: 'must be a week (2026-W05, or any day of it) or a month (2026-03)' };
  if (start > today) return { field: 'period', problem: 'must not be in the future' };
  const outside = businessDateProblem(start);
  if (outside) return { field: 'period', problem: outside };
  const monthly = [f.eventsReported, f.eventsClosedOnTime, f.satisfaction].some((v) => v !== null && v !== undefined);
  if (kind === WorkPeriodKind.WEEK) {
    if (f.fullAreaVisit === null || f.fullAreaVisit === undefined)
      return { field: 'fullAreaVisit', problem: 'says whether the whole grid was visited that week' };
    if (monthly) return { field: 'period', problem: 'events and satisfaction are kept per month: give them on a month’s record' };
    if (addDays(start, 6) > today) return { field: 'period', problem: 'the week has not ended yet' };
    return { periodKind: kind, periodStart: start, fullAreaVisit: f.fullAreaVisit, eventsReported: null, eventsClosedOnTime: null, satisfactionX100: null };
  }
  if (f.fullAreaVisit !== null && f.fullAreaVisit !== undefined)
    return { field: 'fullAreaVisit', problem: 'visit rounds are kept per week: give them on a week’s record' };
  if (!monthly) return { field: 'eventsReported', problem: 'a month’s record needs events reported, events closed on time or a satisfaction score' };
  for (const [field, n] of [
    ['eventsReported', f.eventsReported],
    ['eventsClosedOnTime', f.eventsClosedOnTime],
  ] as const) {
    if (n !== null && n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= MAX_EVENTS))
      return { field, problem: `must be a whole number from 0 to ${MAX_EVENTS}` };
  }
  const satisfactionX100 = f.satisfaction === null || f.satisfaction === undefined ? null : parsePoints(f.satisfaction);
  if (f.satisfaction !== null && f.satisfaction !== undefined && satisfactionX100 === null)
    return { field: 'satisfaction', problem: 'must be a score from 0 to 100 with at most two decimals' };
  return {
    periodKind: kind,
    periodStart: start,
    fullAreaVisit: null,
    eventsReported: f.eventsReported ?? null,
    eventsClosedOnTime: f.eventsClosedOnTime ?? null,
    satisfactionX100,
  };
}

/** The day that places a record in a cycle: a week's Thursday (ISO), a month's first day. */
export function recordDay(kind: WorkPeriodKind, start: string): string {
  return kind === WorkPeriodKind.WEEK ? addDays(start, 3) : start;
}
