import { definePolicies } from '@gridhr/platform';

export const PAY_POLICIES = definePolicies({
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
