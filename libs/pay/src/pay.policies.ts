import { definePolicies } from '@gridhr/platform';

const LEVELS = ['EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT'] as const;
const CATEGORIES = ['GRID_LEADER', 'FULL_TIME', 'PART_TIME', 'PROFESSIONAL', 'AUXILIARY', 'INFORMANT'];

export interface PerformancePay {
  /** The worker categories it applies to. */
  categories: string[];
  /** Fen a month for each assessment level. */
  amounts: Record<(typeof LEVELS)[number], number>;
}

/** Null, or the categories and a whole number of fen for each assessment level. */
function performanceProblem(value: unknown): string | null {
  if (value === null) return null;
  const v = value as Partial<PerformancePay>;
  if (typeof v !== 'object' || Array.isArray(v)) return 'must be null or an object { categories, amounts }';
  if (!Array.isArray(v.categories) || !v.categories.length || !v.categories.every((c) => CATEGORIES.includes(c)))
    return `categories must list some of ${CATEGORIES.join(', ')}`;
  const amounts = v.amounts as Record<string, unknown> | undefined;
  if (typeof amounts !== 'object' || amounts === null || Object.keys(amounts).sort().join() !== [...LEVELS].sort().join())
    return `amounts must give each of ${LEVELS.join(', ')}`;
  return LEVELS.every((l) => Number.isSafeInteger(amounts[l]) && (amounts[l] as number) >= 0 && (amounts[l] as number) <= 10_000_000)
    ? null
    : 'each amount must be whole fen from 0 to 10000000';
}

export const PAY_POLICIES = definePolicies({
  'pay.performanceByLevelFen': {
    kind: 'json',
    default: null as PerformancePay | null,
    check: performanceProblem,
    description:
      'Monthly performance pay of the listed categories by the worker’s level in the latest finalised assessment before the pay period, fen (null: the township enters performance pay itself); an entered PERFORMANCE item takes precedence',
    source: 'Shanxi measures [004]: performance pay follows the assessment; the amounts are set locally (GridHR default: none)',
  },
  // Shanxi measures: pay excluding insurance ≥ the local minimum wage.
  'pay.minimumWageExcludesInsurance': {
    kind: 'bool',
    default: true,
    description:
      'Compare pay with the minimum wage after the worker’s own social-insurance and housing-fund contributions (a standard that excludes them always does)',
    source: 'Shanxi measures [004]: full-time pay, excluding insurance, not below the local minimum wage',
  },
  // Shanxi measures: rural grid workers ≥ 500 yuan a month.
  'pay.ruralMonthlyFloorFen': {
    kind: 'fen',
    default: 50_000,
    min: 0,
    max: 1_000_000,
    description: 'Least monthly pay of a rural grid worker of any category, fen',
    source: 'Shanxi measures [004]: rural grid workers not below 500 yuan a month',
  },
  'pay.approvalDueDay': {
    kind: 'int',
    default: 10,
    min: 1,
    max: 28,
    description: 'Day of the following month by which a month’s payroll is approved',
    source: 'Zigong measures art. 18 [001]: paid in full and on time; the day is a GridHR default',
  },
  'pay.paymentDueDay': {
    kind: 'int',
    default: 15,
    min: 1,
    max: 28,
    description: 'Day of the following month by which a worker’s pay for a month is paid',
    source: 'Zigong measures art. 18 [001]: paid in full and on time; the day is a GridHR default',
  },
  'pay.halfMonthPaymentDays': {
    kind: 'int',
    default: 5,
    min: 0,
    max: 15,
    description: 'Days after a half month within which a 非全日制 worker’s pay for it is paid',
    source: 'Labor Contract Law art. 72: settled at least every 15 days; the days are a GridHR default',
  },
});
