// Working days in SQL, for compliance rules that give a number of working days: the same calendar as
// working-days.ts (weekends off, the entered holidays off, the entered make-up days on).

/**
 * The number of working days after `from` up to and including `to` (SQL date expressions); 0 when `to` is
 * not after `from`. A year not entered counts its weekdays: a flag is better late than never, and the rule
 * calendar.next-year-missing asks for the year meanwhile.
 */
export function workingDaysAfterSql(from: string, to: string): string {
  return `(select count(*)::int
             from generate_series((${from})::date + 1, (${to})::date, interval '1 day') as g(d)
             left join working_calendar_day wcd on wcd.day = g.d::date
            where coalesce(wcd.kind = 'WORKDAY', extract(isodow from g.d) < 6))`;
}
