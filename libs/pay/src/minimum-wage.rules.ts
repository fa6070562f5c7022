// Which minimum wage applies (Minimum Wage Provisions 2004; each province's notice): the tier the notice's
// annex puts the county in, and that tier's confirmed standard in force on the pay period's first day.
import { Fen } from '@gridhr/common';
import { MinimumWageStatus } from './pay.enums';

export interface WageRow {
  id: string;
  provinceCode: string;
  tier: string;
  monthlyFen: Fen;
  hourlyFen: Fen;
  effectiveFrom: string | null;
  status: MinimumWageStatus;
  includesOwnContributions: boolean;
}

export interface TierRow {
  countyCode: string;
  tier: string;
  effectiveFrom: string;
}

/** The tier a county is in on `day`: its latest mapping from that day or before; null when none. */
export function tierOn(tiers: readonly TierRow[], countyCode: string, day: string): string | null {
  let found: TierRow | null = null;
  for (const t of tiers) if (t.countyCode === countyCode && t.effectiveFrom <= day && (!found || t.effectiveFrom > found.effectiveFrom)) found = t;
  return found?.tier ?? null;
}

/** The standard in force on `day` for a province tier: the latest CONFIRMED row dated that day or before (an undated row never applies). */
export function minimumWageOn(rows: readonly WageRow[], provinceCode: string, tier: string, day: string): WageRow | null {
  let found: WageRow | null = null;
  for (const r of rows) {
    if (r.provinceCode !== provinceCode || r.tier !== tier || r.status !== MinimumWageStatus.CONFIRMED || r.effectiveFrom === null || r.effectiveFrom > day)
      continue;
    if (!found || r.effectiveFrom > found.effectiveFrom!) found = r;
  }
  return found;
}

/** A row may be confirmed only with a date; a problem description, or null. */
export function confirmationProblem(row: { effectiveFrom: string | null; monthlyFen: Fen; hourlyFen: Fen }): string | null {
  if (!row.effectiveFrom) return 'needs the date the notice takes effect before it can be confirmed';
  if (row.monthlyFen <= 0 || row.hourlyFen <= 0) return 'needs a monthly and an hourly amount above zero';
  return null;
}
