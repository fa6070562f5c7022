// The yearly training requirement (Shanxi measures [004]) as pure functions. The scans and the report
// apply the same arithmetic in SQL (training-measure.ts); these are its specification and its tests.
import { daysBetween, RegionLevel } from '@gridhr/common';
import { TrainingCheckpoint } from './training.policies';
import { WorkerCategory } from '@gridhr/workers';
import { TrainingKind, TrainingLevel } from './training.enums';

/** Grid workers measured against the yearly requirement. Informants (信息员) are volunteers, not grid workers. */
export const MEASURED_CATEGORIES = [
  WorkerCategory.GRID_LEADER,
  WorkerCategory.FULL_TIME,
  WorkerCategory.PART_TIME,
  WorkerCategory.PROFESSIONAL,
  WorkerCategory.AUXILIARY,
];

/** Pre-job training is the gate to ACTIVE, not part of the yearly count. */
export const COUNTED_KINDS = [TrainingKind.REGULAR, TrainingKind.SPECIAL];

export interface Requirement {
  /** The checkpoint in force (MM-DD), or null before the first one. */
  by: string | null;
  county: number;
  township: number;
}

/**
 * The requirement in force on `day`: the latest checkpoint on or before it, capped by the yearly
 * counts; on 31 December the yearly counts themselves (Shanxi measures: county >= 2, township >= 3).
 */
export function requirementOn(day: string, checkpoints: TrainingCheckpoint[], perYear: { county: number; township: number }): Requirement {
  const mmdd = day.slice(5);
  if (mmdd === '12-31') return { by: '12-31', ...perYear };
  const passed = checkpoints.filter((c) => c.by <= mmdd).sort((a, b) => b.by.localeCompare(a.by))[0];
  if (!passed) return { by: null, county: 0, township: 0 };
  return { by: passed.by, county: Math.min(passed.county, perYear.county), township: Math.min(passed.township, perYear.township) };
}

/**
 * Pro rata for a worker who joined during the year: the count due by a checkpoint times the share of
 * the days from 1 January to the checkpoint that they were employed, rounded to the nearest whole
 * session (halves up). Someone hired after the checkpoint owes nothing yet; a full-year worker owes it all.
 */
export function proRata(count: number, checkpointDate: string, hiredOn: string | null): number {
  const yearStart = `${checkpointDate.slice(0, 4)}-01-01`;
  const from = hiredOn && hiredOn > yearStart ? hiredOn : yearStart;
  if (from > checkpointDate) return 0;
  const share = (daysBetween(from, checkpointDate) + 1) / (daysBetween(yearStart, checkpointDate) + 1);
  return Math.floor(count * share + 0.5);
}

/**
 * Which yearly count a session of this level serves for a worker of this category. Jiangmen art. 31:
 * departments train their professional workers on top of the normal training; whether such a session also
 * counts towards the county's is the policy training.departmentCountsForCounty (default no).
 */
export function countsAs(level: TrainingLevel, category: WorkerCategory, departmentCountsForCounty = false): 'county' | 'township' | null {
  if (level === TrainingLevel.COUNTY) return 'county';
  if (level === TrainingLevel.DEPARTMENT && category === WorkerCategory.PROFESSIONAL && departmentCountsForCounty) return 'county';
  if (level === TrainingLevel.TOWNSHIP) return 'township';
  return null;
}

/** The region level that organises sessions of each level. Department sessions are recorded by a county or township. */
export const ORGANISER_LEVELS: Record<TrainingLevel, RegionLevel[]> = {
  PROVINCE: [RegionLevel.PROVINCE],
  CITY: [RegionLevel.CITY],
  COUNTY: [RegionLevel.COUNTY],
  TOWNSHIP: [RegionLevel.TOWNSHIP],
  DEPARTMENT: [RegionLevel.COUNTY, RegionLevel.TOWNSHIP],
};
