// The months a flag history covers: pure checks of the asked-for window (unit-tested in flag-history.spec.ts).

/** The longest window one history query covers, in months (it counts every flag in scope once per month). */
export const MAX_HISTORY_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The months from `from` to `to` (YYYY-MM, both included), or what is wrong with the window and which argument. */
export function historyMonths(from: string, to: string): { months: string[] } | { field: string; problem: string } {
  const a = MONTH.exec(from);
  if (!a) return { field: 'fromMonth', problem: `must be a month YYYY-MM, got ${JSON.stringify(from)}` };
  const b = MONTH.exec(to);
  if (!b) return { field: 'toMonth', problem: `must be a month YYYY-MM, got ${JSON.stringify(to)}` };
  const start = Number(a[1]) * 12 + Number(a[2]) - 1;
  const end = Number(b[1]) * 12 + Number(b[2]) - 1;
  if (end < start) return { field: 'toMonth', problem: `must not be before fromMonth ${from}` };
  if (end - start + 1 > MAX_HISTORY_MONTHS) return { field: 'toMonth', problem: `covers at most ${MAX_HISTORY_MONTHS} months from fromMonth ${from}` };
  const months: string[] = [];
  for (let m = start; m <= end; m++) months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return { months };
}
