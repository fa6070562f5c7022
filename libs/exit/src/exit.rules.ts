// The Labor Contract Law's rules for ending a grid worker's employment, as pure functions (DESIGN §9):
// notice, who may end it when, what is owed, and the deadlines after.
import { addDays, addFen, Fen, fen } from '@gridhr/common';
import { ContractKind, describeProtection, periodEnd, ProtectionSpan } from '@gridhr/contracts';
import { employedDays, PayPeriodKind, payPeriod, prorate } from '@gridhr/pay';
import { ExitNotice, ExitReason } from './exit.enums';

/** Art. 37: an employee's written notice, 30 days ahead. */
export const RESIGNATION_NOTICE_DAYS = 30;
/** Art. 37: three days' notice during probation. */
export const PROBATION_NOTICE_DAYS = 3;
/** Art. 40: the employer's written notice, 30 days ahead (or a month's pay instead). */
export const NO_FAULT_NOTICE_DAYS = 30;
/** Art. 50: certificate issued, files and social insurance transferred within 15 days of the end. */
export const TRANSFER_DAYS = 15;

/** Art. 71: a 非全日制 agreement (and a service agreement, no employment at all) ends at any time, without severance. */
export const AT_WILL_KINDS: string[] = [ContractKind.PART_TIME_AGREEMENT, ContractKind.SERVICE_AGREEMENT];

export interface ExitFacts {
  reason: ExitReason;
  /** The day the notice was given (or the decision made). */
  noticeOn: string;
  /** The last day of employment. */
  lastDay: string;
  hiredOn: string | null;
  /** The contract in force on the notice day, if any. */
  contractKind: ContractKind | null;
  /** The notice day falls in the contract's probation. */
  inProbation: boolean;
  /** RESIGNED: the employer was at fault (art. 38), so no notice is needed. */
  employerFault: boolean;
  /** NO_FAULT and REPLACED: how the worker was notified (art. 40). */
  notice: ExitNotice | null;
  /** DISMISSED: a misconduct finding on record (art. 39(2)) or criminal liability (art. 39(6)). */
  misconductOnRecord: boolean;
  criminalLiability: boolean;
  /** DISMISSED: the trade union (or workers' representatives) notified first (art. 43). */
  unionNotifiedOn: string | null;
  /** Art. 42 situations in force on the notice day or the last day. */
  protections: ProtectionSpan[];
  /** CONTRACT_ENDED: the worker refused a renewal on the same or better terms (art. 46(5)). */
  refusedRenewal: boolean;
}

export type ExitRefusal = { code: 'NOTICE' | 'DATES' | 'GROUNDS' | 'PROTECTED_ART_42'; field: string; message: string };

const atWill = (f: Pick<ExitFacts, 'contractKind'>) => f.contractKind !== null && AT_WILL_KINDS.includes(f.contractKind);
const employment = (f: Pick<ExitFacts, 'contractKind'>) => f.contractKind === ContractKind.LABOR || f.contractKind === ContractKind.DISPATCH;

/** The earliest last day the law allows after a notice on `noticeOn`. */
export function earliestLastDay(f: Pick<ExitFacts, 'reason' | 'noticeOn' | 'contractKind' | 'inProbation' | 'employerFault' | 'notice'>): string {
  if (atWill(f)) return f.noticeOn; // art. 71
  if (f.reason === ExitReason.RESIGNED) {
    if (f.employerFault) return f.noticeOn; // art. 38
    return addDays(f.noticeOn, f.inProbation ? PROBATION_NOTICE_DAYS : RESIGNATION_NOTICE_DAYS); // art. 37
  }
  if ((f.reason === ExitReason.NO_FAULT || f.reason === ExitReason.REPLACED) && employment(f))
    return f.notice === ExitNotice.PAY_IN_LIEU ? f.noticeOn : addDays(f.noticeOn, NO_FAULT_NOTICE_DAYS); // art. 40
  return f.noticeOn;
}

/** Why this exit may not be recorded as given, or null when it may. */
export function exitProblem(f: ExitFacts): ExitRefusal | null {
  if (f.hiredOn && f.lastDay < f.hiredOn) return { code: 'DATES', field: 'input.lastDay', message: `must not be before the hire date ${f.hiredOn}` };
  if (f.lastDay < f.noticeOn) return { code: 'DATES', field: 'input.lastDay', message: `must not be before the notice day ${f.noticeOn}` };
  const earliest = earliestLastDay(f);
  if (f.lastDay < earliest) {
    const why =
      f.reason === ExitReason.RESIGNED
        ? `Labor Contract Law art. 37: ${f.inProbation ? 'three days' : '30 days'}' written notice`
        : 'Labor Contract Law art. 40: 30 days’ written notice, or PAY_IN_LIEU (a month’s pay instead)';
    return { code: 'NOTICE', field: 'input.lastDay', message: `${why}; the earliest last day after notice on ${f.noticeOn} is ${earliest}` };
  }
  if (atWill(f)) return null; // art. 71: either side, any time
  if (f.reason === ExitReason.DISMISSED) {
    // Art. 39(2): a serious breach of the employer's published rules; 39(6): criminal liability.
    if (!f.misconductOnRecord && !f.criminalLiability)
      return {
        code: 'GROUNDS',
        field: 'input.reason',
        message: 'Labor Contract Law art. 39: a dismissal needs a serious misconduct finding on record or criminal liability',
      };
    // Art. 43: the union is told the reason first.
    if (employment(f) && (!f.unionNotifiedOn || f.unionNotifiedOn > f.lastDay))
      return {
        code: 'GROUNDS',
        field: 'input.unionNotifiedOn',
        message: 'Labor Contract Law art. 43: notify the trade union of the reason before the dismissal',
      };
    return null;
  }
  if (!employment(f)) return null;
  const protection = f.protections[0];
  if (protection && (f.reason === ExitReason.NO_FAULT || f.reason === ExitReason.REPLACED))
    return {
      code: 'PROTECTED_ART_42',
      field: 'input.reason',
      message: `Labor Contract Law art. 42: no dismissal under art. 40 while protected — ${describeProtection(protection)}`,
    };
  if (protection && f.reason === ExitReason.CONTRACT_ENDED)
    return {
      code: 'PROTECTED_ART_42',
      field: 'input.lastDay',
      message: `Labor Contract Law art. 45: the contract is extended until the art. 42 situation ends — ${describeProtection(protection)}`,
    };
  return null;
}

/** Art. 46: whether the employer owes severance for this exit. */
export function severanceOwed(f: Pick<ExitFacts, 'reason' | 'contractKind' | 'employerFault' | 'refusedRenewal'>): boolean {
  if (!employment(f)) return false; // art. 71: none for part-time; a service agreement is no employment
  switch (f.reason) {
    case ExitReason.RESIGNED:
      return f.employerFault; // art. 46(1)
    case ExitReason.NO_FAULT:
    case ExitReason.REPLACED:
      return true; // art. 46(3)
    case ExitReason.CONTRACT_ENDED:
      return !f.refusedRenewal; // art. 46(5)
    default:
      return false; // art. 39 dismissals, death and the rest are not in art. 46
  }
}

/** Full months and a remainder of service from `hiredOn` to `lastDay` inclusive (Civil Code art. 202 months). */
export function serviceLength(hiredOn: string, lastDay: string): { months: number; extraDays: boolean } {
  let months = 0;
  while (periodEnd(hiredOn, months + 1) <= lastDay) months++;
  const extraDays = (months === 0 ? addDays(hiredOn, -1) : periodEnd(hiredOn, months)) < lastDay;
  return { months, extraDays };
}

export interface SeveranceInput {
  hiredOn: string;
  lastDay: string;
  /** The average monthly pay of the last 12 months (art. 47 para 3), fen. */
  averageMonthlyFen: Fen;
  /** The local average monthly wage of workers, fen (0: not set, no cap). */
  localAverageMonthlyFen: Fen;
  /** Art. 47 para 2: the cap as a multiple of the local average wage (3). */
  capMultiple: number;
  /** Art. 47 para 2: the years counted for a capped employee (12). */
  capYears: number;
}

export interface Severance {
  /** Half months owed: a month per full year, a year for six months or more, half a month below. */
  halfMonths: number;
  monthlyFen: Fen;
  capped: boolean;
  amountFen: Fen;
}

/** Art. 47: one month's pay per year of service; six months or more count as a year, less as half a month. */
export function severance(i: SeveranceInput): Severance {
  const { months, extraDays } = serviceLength(i.hiredOn, i.lastDay);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  let halfMonths = 2 * years + (rest >= 6 ? 2 : rest > 0 || extraDays ? 1 : 0);
  let monthlyFen = i.averageMonthlyFen;
  const cap = i.localAverageMonthlyFen > 0 ? i.localAverageMonthlyFen * i.capMultiple : 0;
  const capped = cap > 0 && monthlyFen > cap;
  if (capped) {
    // Art. 47 para 2: above three times the local average, paid at three times it, for at most 12 years.
    monthlyFen = fen(cap);
    halfMonths = Math.min(halfMonths, 2 * i.capYears);
  }
  return { halfMonths, monthlyFen, capped, amountFen: fen(Math.round((monthlyFen * halfMonths) / 2)) };
}

/** Art. 47 para 3: the average of the months paid in the last 12 (fewer when employed less long). */
export function averageMonthlyPay(monthlyGrossFen: Fen[]): Fen {
  const last = monthlyGrossFen.slice(-12);
  return fen(last.length ? Math.round(addFen(...last) / last.length) : 0);
}

/** The pay of the last month, prorated to the last day by calendar days, as the payroll prorates it. */
export function finalMonthPay(monthlyFen: Fen, lastDay: string): Fen {
  const month = payPeriod(lastDay.slice(0, 7), PayPeriodKind.MONTH);
  return prorate(monthlyFen, employedDays(month, null, lastDay), employedDays(month, null, null));
}

/** Art. 50: the certificate issued and files and social insurance transferred by this day. */
export function transferDueOn(lastDay: string): string {
  return addDays(lastDay, TRANSFER_DAYS);
}

/** Art. 50: late once the due day has passed without it. */
export function transferLate(lastDay: string, doneOn: string | null, today: string): boolean {
  const due = transferDueOn(lastDay);
  return doneOn ? doneOn > due : today > due;
}

/** The county's replacement decision (assessment consequence REPLACEMENT, done) as replaceWorker recorded it. */
export interface ReplacementDecision {
  decidedOn: string;
  notice: string;
  noticeOn: string;
  lastDay: string;
}

/**
 * Shanxi measures (不称职予以撤换): a REPLACED exit carries out the county's decision on a finalised
 * INCOMPETENT rating, with the notice that decision served; the last day is not before the one it set.
 */
export function replacementExitProblem(
  decision: ReplacementDecision | null,
  input: { noticeOn: string; lastDay: string; notice?: string | null },
): { code: 'NO_DECISION' | 'DATES'; field: string; message: string } | null {
  if (!decision)
    return {
      code: 'NO_DECISION',
      field: 'input.reason',
      message: 'REPLACED follows the county’s replacement decision on a finalised INCOMPETENT rating (replaceWorker); none is recorded for this worker',
    };
  if (input.noticeOn !== decision.noticeOn)
    return { code: 'DATES', field: 'input.noticeOn', message: `must be ${decision.noticeOn}, the day the replacement decision’s notice was served` };
  if ((input.notice ?? null) !== decision.notice)
    return { code: 'DATES', field: 'input.notice', message: `must be ${decision.notice}, the notice the replacement decision served` };
  if (input.lastDay < decision.lastDay)
    return { code: 'DATES', field: 'input.lastDay', message: `must not be before ${decision.lastDay}, the last day the replacement decision set` };
  return null;
}
