// Pure shaping of the compliance answers for the county's flags page (unit-tested in flags-view.spec.ts).
import type { CountyFlagsQuery } from '../../graphql/generated';

type Month = CountyFlagsQuery['complianceHistory'][number];
type Count = CountyFlagsQuery['complianceCounts'][number];

export type HistoryMetric = 'openAtEnd' | 'opened' | 'resolved';

/** The `n` months up to and including the month of `today` (YYYY-MM-DD), oldest first. */
export function monthsUpTo(today: string, n: number): string[] {
  const end = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => end - n + 1 + i).map((m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
}

export interface RuleSeries {
  rule: string;
  label: string;
  data: number[];
}

/** One series per rule over the months (a month the api left out is 0), the rules with most first; rules all 0 are left out. */
export function historySeries(rows: Month[], months: string[], metric: HistoryMetric, label: (rule: string) => string): RuleSeries[] {
  const byRule = new Map<string, number[]>();
  for (const r of rows) {
    const i = months.indexOf(r.month);
    if (i < 0) continue;
    const data = byRule.get(r.rule) ?? months.map(() => 0);
    data[i] = r[metric];
    byRule.set(r.rule, data);
  }
  const sum = (d: number[]) => d.reduce((a, b) => a + b, 0);
  return [...byRule.entries()]
    .filter(([, d]) => sum(d) > 0)
    .map(([rule, data]) => ({ rule, label: label(rule), data }))
    .sort((a, b) => sum(b.data) - sum(a.data) || a.rule.localeCompare(b.rule));
}

export interface TownshipRow {
  regionCode: string;
  regionName: string;
  open: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  rules: { rule: string; open: number }[];
}

/** complianceCounts' rows (per rule per township) as one row per township, most open first, its rules most open first. */
export function townshipRows(counts: Count[]): TownshipRow[] {
  const rows = new Map<string, TownshipRow>();
  for (const c of counts) {
    const row = rows.get(c.regionCode) ?? { regionCode: c.regionCode, regionName: c.regionName, open: 0, critical: 0, high: 0, medium: 0, low: 0, rules: [] };
    row.open += c.open;
    row.critical += c.critical;
    row.high += c.high;
    row.medium += c.medium;
    row.low += c.low;
    if (c.open) row.rules.push({ rule: c.rule, open: c.open });
    rows.set(c.regionCode, row);
  }
  for (const row of rows.values()) row.rules.sort((a, b) => b.open - a.open || a.rule.localeCompare(b.rule));
  return [...rows.values()].sort((a, b) => b.open - a.open || a.regionCode.localeCompare(b.regionCode));
}

/** Open flags per rule over all townships (the rules with none left out). */
export function openByRule(counts: Count[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of counts) if (c.open) totals.set(c.rule, (totals.get(c.rule) ?? 0) + c.open);
  return totals;
}
