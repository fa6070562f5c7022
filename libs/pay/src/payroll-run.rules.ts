// Payroll run steps and who takes them (DESIGN §8): the township drafts and submits, finance approves and
// pays; an approved run is locked.
import { Role, yuan } from '@gridhr/common';
import { PayFloor, PayrollRunStatus } from './pay.enums';
import { FloorCheck } from './pay.rules';

export const STEPS = {
  submit: { from: [PayrollRunStatus.DRAFT], to: PayrollRunStatus.SUBMITTED, roles: [Role.TOWNSHIP_STAFF, Role.COUNTY_PLC], done: 'submitted' },
  return: { from: [PayrollRunStatus.SUBMITTED], to: PayrollRunStatus.DRAFT, roles: [Role.FINANCE, Role.TOWNSHIP_STAFF, Role.COUNTY_PLC], done: 'returned' },
  approve: { from: [PayrollRunStatus.SUBMITTED], to: PayrollRunStatus.APPROVED, roles: [Role.FINANCE], done: 'approved' },
  pay: { from: [PayrollRunStatus.APPROVED], to: PayrollRunStatus.PAID, roles: [Role.FINANCE], done: 'paid' },
} as const;

export type RunStep = keyof typeof STEPS;

export const FLOOR_NAMES: Record<PayFloor, string> = {
  MONTHLY_MINIMUM_WAGE: 'monthly minimum wage',
  RURAL_MONTHLY: 'rural floor of 500 yuan a month',
  PART_TIME_HOURLY: 'part-time hourly minimum wage',
  PROBATION: 'probation pay of 80% of the contract wage',
};

/** One line of the refusal: the worker, the floor, and the shortfall in yuan (or why it cannot be checked). */
export function breachText(workerName: string, check: FloorCheck): string {
  return check.problem
    ? `${workerName}: ${FLOOR_NAMES[check.floor]} cannot be checked — ${check.problem}`
    : `${workerName}: ${yuan(check.shortfallFen)} yuan below the ${FLOOR_NAMES[check.floor]} (${yuan(check.requiredFen!)} required, ${yuan(check.comparedFen)} paid)`;
}
