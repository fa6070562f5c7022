import { isIsoDate } from '@gridhr/common';
// Every number that a province or city may set differently, with GridHR's default and where it comes
// from. Domains read these through PolicyService, never as literals. Values are JSON.
export type PolicyValueKind = 'int' | 'fen' | 'bool' | 'intList' | 'checkpoints';

export interface TrainingCheckpoint {
  /** Month and day, MM-DD, within the year being measured. */
  by: string;
  county: number;
  township: number;
}

export interface PolicyDefinition {
  kind: PolicyValueKind;
  default: unknown;
  description: string;
  /** The regulation (or the GridHR choice) behind the default. */
  source: string;
  min?: number;
  max?: number;
}

export const POLICY_CATALOG = {
  // Shanxi measures: county trains all workers >= 2x/year, township >= 3x/year.
  'training.countySessionsPerYear': { kind: 'int', default: 2, min: 0, max: 52, description: 'County-level sessions each worker must get per year', source: 'Shanxi measures [004]' },
  'training.townshipSessionsPerYear': { kind: 'int', default: 3, min: 0, max: 52, description: 'Township-level sessions each worker must get per year', source: 'Shanxi measures [004]' },
  'training.checkpoints': {
    kind: 'checkpoints',
    default: [
      { by: '06-30', county: 1, township: 1 },
      { by: '09-30', county: 1, township: 2 },
      { by: '12-31', county: 2, township: 3 },
    ],
    description: 'Pro-rata schedule: sessions required by each date of the year',
    source: 'GridHR default spreading the Shanxi yearly counts [004]',
  },
  'training.excusedCountsAsAttended': { kind: 'bool', default: false, description: 'Whether an EXCUSED absence counts towards a worker’s sessions', source: 'GridHR default' },
  // Shanxi measures: rural grid workers paid >= 500 yuan/month.
  'pay.ruralMonthlyFloorFen': { kind: 'fen', default: 50_000, min: 0, max: 10_000_000, description: 'Monthly pay floor for rural grid workers (fen)', source: 'Shanxi measures [004]' },
  // Shanxi measures: full-time pay excluding all insurance >= local minimum wage.
  'pay.minimumWageExcludesInsurance': { kind: 'bool', default: true, description: 'Compare pay excluding insurance with the minimum wage', source: 'Shanxi measures [004]' },
  'recruiting.publicityWorkingDays': { kind: 'int', default: 5, min: 1, max: 30, description: 'Length of the publicity period (公示) in working days', source: 'common practice 5-7 days [004]' },
  'recruiting.writtenExamWeightPercent': { kind: 'int', default: 50, min: 0, max: 100, description: 'Weight of the written exam in the composite score (interview gets the rest)', source: 'common practice 50/50' },
  'contracts.renewalReminderDays': { kind: 'intList', default: [60, 30, 7], min: 1, max: 365, description: 'Days before a contract ends at which reminders are raised, each more severe', source: 'GridHR default' },
  // Zigong measures [001] and Yongzhou provisions [002]: urban grids 300-500 households or about 1000 people.
  'grid.urbanHouseholdsMin': { kind: 'int', default: 300, min: 0, max: 100_000, description: 'Urban grid: fewest households advised', source: 'Zigong measures [001], Yongzhou [002]' },
  'grid.urbanHouseholdsMax': { kind: 'int', default: 500, min: 0, max: 100_000, description: 'Urban grid: most households advised', source: 'Zigong measures [001]' },
  'grid.urbanPopulationMax': { kind: 'int', default: 1000, min: 0, max: 1_000_000, description: 'Urban grid: about this many residents', source: 'Zigong measures [001], Yongzhou [002]' },
  // Yongzhou provisions: rural grids about 200 households / 500 people.
  'grid.ruralHouseholdsMax': { kind: 'int', default: 200, min: 0, max: 100_000, description: 'Rural grid: about this many households', source: 'Yongzhou provisions [002]' },
  'grid.ruralPopulationMax': { kind: 'int', default: 500, min: 0, max: 1_000_000, description: 'Rural grid: about this many residents', source: 'Yongzhou provisions [002]' },
  // Yongzhou provisions: a unit with more than 1000 residents gets an exclusive grid.
  'grid.exclusiveResidentsMin': { kind: 'int', default: 1000, min: 0, max: 1_000_000, description: 'Residents above which a school, hospital, park or company gets an exclusive grid', source: 'Yongzhou provisions [002]' },
  'grid.sizingTolerancePercent': { kind: 'int', default: 20, min: 0, max: 100, description: 'How far past an "about" figure a grid may go before a warning', source: 'GridHR default' },
  'vacancy.maxOpenDays': { kind: 'int', default: 30, min: 1, max: 365, description: 'Days a vacancy may stay open before it is flagged ("filled promptly")', source: 'Shanxi measures [004]; number is a GridHR default' },
} satisfies Record<string, PolicyDefinition>;

export type PolicyKey = keyof typeof POLICY_CATALOG;

/** Returns a problem description, or null when `value` is acceptable for `key`. */
export function policyValueProblem(key: string, value: unknown): string | null {
  const def = (POLICY_CATALOG as Record<string, PolicyDefinition>)[key];
  if (!def) return `unknown policy key "${key}"`;
  const inRange = (n: unknown) =>
    typeof n === 'number' && Number.isInteger(n) && n >= (def.min ?? Number.MIN_SAFE_INTEGER) && n <= (def.max ?? Number.MAX_SAFE_INTEGER);
  const range = `a whole number from ${def.min ?? '-'} to ${def.max ?? '-'}`;
  switch (def.kind) {
    case 'int':
    case 'fen':
      return inRange(value) ? null : `must be ${range}`;
    case 'bool':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'intList':
      return Array.isArray(value) && value.length > 0 && value.length <= 12 && value.every(inRange) ? null : `must be a list of 1-12 items, each ${range}`;
    case 'checkpoints':
      return checkpointsProblem(value);
  }
}

function checkpointsProblem(value: unknown): string | null {
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
