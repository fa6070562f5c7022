import { isIsoDate } from '@gridhr/common';
import { definePolicies } from '@gridhr/platform';

export interface TrainingCheckpoint {
  /** Month and day, MM-DD, within the year being measured. */
  by: string;
  county: number;
  township: number;
}

/** A problem description, or null for a list of checkpoints dated MM-DD in date order. */
export function checkpointsProblem(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 12) return 'must be a list of 1-12 checkpoints';
  let previous = '';
  for (const item of value as Partial<TrainingCheckpoint>[]) {
    if (typeof item !== 'object' || item === null) return 'each checkpoint must be an object { by, county, township }';
    if (typeof item.by !== 'string' || !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(item.by)) return 'checkpoint "by" must be MM-DD';
    // A day that exists in every year (no 02-29, no 04-31), so a checkpoint always has a date.
    if (!isIsoDate(`2025-${item.by}`)) return `checkpoint "by" ${item.by} is not a day of every year`;
    if (item.by <= previous) return 'checkpoints must be in date order';
    previous = item.by;
    for (const n of [item.county, item.township]) {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 52) return 'checkpoint counts must be whole numbers 0-52';
    }
  }
  return null;
}

const DEFAULT_CHECKPOINTS: TrainingCheckpoint[] = [
  { by: '06-30', county: 1, township: 1 },
  { by: '09-30', county: 1, township: 2 },
  { by: '12-31', county: 2, township: 3 },
];

export const TRAINING_POLICIES = definePolicies({
  // Shanxi measures: county trains all workers >= 2x/year, township >= 3x/year.
  'training.countySessionsPerYear': {
    kind: 'int',
    default: 2,
    min: 0,
    max: 52,
    description: 'County-level sessions each worker must get per year',
    source: 'Shanxi measures [004]',
  },
  'training.townshipSessionsPerYear': {
    kind: 'int',
    default: 3,
    min: 0,
    max: 52,
    description: 'Township-level sessions each worker must get per year',
    source: 'Shanxi measures [004]',
  },
  'training.checkpoints': {
    kind: 'json',
    default: DEFAULT_CHECKPOINTS,
    check: checkpointsProblem,
    description: 'Pro-rata schedule: sessions required by each date of the year',
    source: 'GridHR default spreading the Shanxi yearly counts [004]',
  },
  'training.departmentCountsForCounty': {
    kind: 'bool',
    default: false,
    description: 'Whether a functional department’s session for its professional workers also counts towards the county sessions',
    source: 'Jiangmen measures art. 31: departments train professional workers on top of the normal training; GridHR default: it does not count',
  },
  'training.excusedCountsAsAttended': {
    kind: 'bool',
    default: false,
    description: 'Whether an EXCUSED absence counts towards a worker’s sessions',
    source: 'GridHR default',
  },
});
