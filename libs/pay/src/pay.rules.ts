// Pay periods and the legal floors of a pay line, as pure functions (DESIGN §8).
import { addDays, daysBetween, Fen, fen, percentOfFen } from '@gridhr/common';
import { PayFloor, PayPeriodKind } from './pay.enums';
import { WageRow } from './minimum-wage.rules';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPayMonth(value: string): boolean {
  return MONTH.test(value);
}

export interface PayPeriod {
  month: string;
  kind: PayPeriodKind;
  from: string;
  to: string;
  /** The period as flags and files name it: 2026-10, 2026-10-H1, 2026-10-H2. */
  label: string;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return addDays(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`, -1);
}

/** Labor Contract Law art. 72: 非全日制 pay is settled at least every 15 days, so it has half-month periods. */
export function payPeriod(month: string, kind: PayPeriodKind): PayPeriod {
  if (!isPayMonth(month)) throw new RangeError(`not a pay month: ${month}`);
  const first = `${month}-01`;
  const last = lastDayOf(month);
  if (kind === PayPeriodKind.FIRST_HALF) return { month, kind, from: first, to: `${month}-15`, label: `${month}-H1` };
  if (kind === PayPeriodKind.SECOND_HALF) return { month, kind, from: `${month}-16`, to: last, label: `${month}-H2` };
  return { month, kind, from: first, to: last, label: month };
}

export function previousMonth(month: string): string {
  return addDays(`${month}-01`, -1).slice(0, 7);
}

/** Days of the period the worker was employed (hired on or before, not yet exited). */
export function employedDays(period: { from: string; to: string }, hiredOn: string | null, exitedOn: string | null): number {
  const from = hiredOn && hiredOn > period.from ? hiredOn : period.from;
  const to = exitedOn && exitedOn < period.to ? exitedOn : period.to;
  return to < from ? 0 : daysBetween(from, to) + 1;
}

/** A monthly amount for `days` of a `totalDays` period, rounded half up to the fen. */
export function prorate(amount: Fen, days: number, totalDays: number): Fen {
  return days >= totalDays ? amount : fen(Math.floor((amount * days) / totalDays + 0.5));
}

/** A line's amounts for one period, fen (minutes for hours worked). */
export interface PayAmounts {
  base: Fen;
  performance: Fen;
  reward: Fen;
  perCase: Fen;
  allowance: Fen;
  specialAllowance: Fen;
  overtime: Fen;
  deduction: Fen;
  ownInsurance: Fen;
  employerInsurance: Fen;
  /** Severance and pay in lieu of notice of an exit (Labor Contract Law art. 47, art. 40). */
  exitPay: Fen;
  minutes: number;
}

/** Gross pay: everything paid before the worker's own contributions are withheld. */
export function grossPay(a: PayAmounts): Fen {
  return fen(a.base + a.performance + a.reward + a.perCase + a.allowance + a.specialAllowance + a.overtime + a.exitPay - a.deduction);
}

/** What the worker receives: gross less their own contributions. */
export function netPay(a: PayAmounts): Fen {
  return fen(grossPay(a) - a.ownInsurance);
}

// Minimum Wage Provisions art. 12: overtime pay and night, heat, cold, underground and hazard allowances are
// not part of the minimum wage; Shanxi measures [004]: compare pay excluding insurance. Severance and pay in
// lieu (Labor Contract Law art. 47, 40) pay for ending the contract, not for the month's work: left out too.
export function payForFloors(a: PayAmounts, excludeOwnInsurance: boolean): Fen {
  return fen(a.base + a.performance + a.reward + a.perCase + a.allowance - a.deduction - (excludeOwnInsurance ? a.ownInsurance : 0));
}

export interface FloorContext {
  category: string;
  /** On a 非全日制 (PART_TIME_AGREEMENT) contract during the period. */
  hourly: boolean;
  /** On duty in a rural grid during the period. */
  rural: boolean;
  /** The contract's monthly wage and its probation wage, when probation overlaps the period. */
  probation: { contractFen: Fen; probationFen: Fen } | null;
  /** Days of the period the worker was employed, and the days of the month (monthly amounts are prorated by them). */
  employedDays: number;
  monthDays: number;
  /** The minimum wage in force on the period's first day for the county's tier; null when unknown. */
  wage: WageRow | null;
  /** Policy pay.minimumWageExcludesInsurance. */
  excludeInsurance: boolean;
  /** Policy pay.ruralMonthlyFloorFen. */
  ruralFloorFen: Fen;
}

export interface FloorCheck {
  floor: PayFloor;
  /** Null when the floor cannot be known (no minimum wage for the county, hours not recorded). */
  requiredFen: Fen | null;
  comparedFen: Fen;
  shortfallFen: Fen;
  minimumWageId: string | null;
  /** Why the floor could not be checked; such a line cannot be approved either. */
  problem: string | null;
}

/** Categories with no floor: auxiliary staff are set locally (Shanxi measures [004]); informants are not grid workers. */
const NO_FLOOR = ['AUXILIARY', 'INFORMANT'];

/** The floors a line must meet and how it stands against each. */
export function floorChecks(a: PayAmounts, ctx: FloorContext): FloorCheck[] {
  if (NO_FLOOR.includes(ctx.category) || ctx.employedDays === 0) return [];
  const checks: FloorCheck[] = [];
  const exclude = ctx.excludeInsurance || (ctx.wage !== null && !ctx.wage.includesOwnContributions);
  const compared = payForFloors(a, exclude);
  const check = (floor: PayFloor, required: Fen | null, comparedFen: Fen, problem: string | null = null): FloorCheck => ({
    floor,
    requiredFen: required,
    comparedFen,
    shortfallFen: fen(required === null ? 0 : Math.max(0, required - comparedFen)),
    minimumWageId: floor === PayFloor.RURAL_MONTHLY ? null : (ctx.wage?.id ?? null),
    problem,
  });
  const noWage = 'no confirmed minimum wage for the county on the period’s first day (map the county to a tier)';
  if (ctx.hourly) {
    // Labor Contract Law art. 72: hourly pay of a 非全日制 worker ≥ the part-time hourly minimum.
    if (!ctx.wage) checks.push(check(PayFloor.PART_TIME_HOURLY, null, compared, noWage));
    else if (a.minutes <= 0 && compared > 0) checks.push(check(PayFloor.PART_TIME_HOURLY, null, compared, 'hours worked are not recorded'));
    else checks.push(check(PayFloor.PART_TIME_HOURLY, fen(Math.ceil((ctx.wage.hourlyFen * a.minutes) / 60)), compared));
  } else if (ctx.category === 'FULL_TIME') {
    // Shanxi measures [004]: a full-time worker's pay excluding insurance ≥ the monthly minimum wage.
    if (!ctx.wage) checks.push(check(PayFloor.MONTHLY_MINIMUM_WAGE, null, compared, noWage));
    else checks.push(check(PayFloor.MONTHLY_MINIMUM_WAGE, prorate(ctx.wage.monthlyFen, ctx.employedDays, ctx.monthDays), compared));
  }
  if (ctx.probation) {
    // Labor Contract Law art. 20: probation wage ≥ 80% of the contract wage (and ≥ the minimum wage, above).
    const required = prorate(percentOfFen(ctx.probation.contractFen, 80), ctx.employedDays, ctx.monthDays);
    checks.push(check(PayFloor.PROBATION, required, prorate(ctx.probation.probationFen, ctx.employedDays, ctx.monthDays)));
  }
  if (ctx.rural) {
    // Shanxi measures [004]: a rural grid worker is paid at least 500 yuan a month.
    checks.push(check(PayFloor.RURAL_MONTHLY, prorate(ctx.ruralFloorFen, ctx.employedDays, ctx.monthDays), compared));
  }
  return checks;
}

/** A line breaches when a floor is short or cannot be checked. */
export function breaches(checks: readonly FloorCheck[]): FloorCheck[] {
  return checks.filter((c) => c.shortfallFen > 0 || c.problem !== null);
}
