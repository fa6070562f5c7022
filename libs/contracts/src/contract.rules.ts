// The Labor Contract Law (劳动合同法) checks on contracts, as pure functions. No clock: pass the day.
import { addDays, isIsoDate } from '@gridhr/common';
import { Severity } from '@gridhr/platform';
import { WorkerCategory } from '@gridhr/workers';
import { ContractKind } from './contract.enums';

/** The same day `months` later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Civil Code art. 202: the last day of a period of `months` months starting on `start` is the day before
 * the same day `months` later, and the last day of that month when it has no such day
 * (2025-03-31 + 1 month ends 2025-04-30; 2024-01-31 ends 2024-02-29; 2025-03-15 ends 2025-04-14).
 */
export function periodEnd(start: string, months: number): string {
  const same = addMonths(start, months);
  // A shorter month clamps the day: then the period ends on that last day of the month itself.
  return same.slice(8) === start.slice(8) ? addDays(same, -1) : same;
}

/** The same as periodEnd() in SQL, for the compliance rules: `dateExpr` a date, `monthsExpr` an integer. */
export function periodEndSql(dateExpr: string, monthsExpr: string | number): string {
  const same = `(${dateExpr} + make_interval(months => ${monthsExpr}))::date`;
  return `(${same} - case when extract(day from ${same}) = extract(day from ${dateExpr}) then 1 else 0 end)`;
}

/** Whole months covered by a term from `start` to `end` inclusive; null for an open-ended contract. */
export function termMonths(start: string, end: string | null): number | null {
  if (end === null) return null;
  let months = Math.max(0, (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) - 1);
  while (periodEnd(start, months + 1) <= end) months++;
  while (months > 0 && periodEnd(start, months) > end) months--;
  return months;
}

/**
 * Labor Contract Law art. 19: no probation for terms under 3 months; at most 1 month for 3 months to
 * under 1 year; 2 months for 1 to under 3 years; 6 months for 3 years or more and open-ended terms.
 * Art. 70: none for part-time work. Service-purchase agreements are not employment contracts.
 */
export function maxProbationMonths(kind: ContractKind, start: string, end: string | null): number | null {
  if (kind === ContractKind.SERVICE_PURCHASE || kind === ContractKind.SERVICE_AGREEMENT) return null;
  if (kind === ContractKind.PART_TIME_AGREEMENT) return 0;
  const months = termMonths(start, end);
  if (months === null || months >= 36) return 6;
  if (months >= 12) return 2;
  if (months >= 3) return 1;
  return 0;
}

/** The last day a probation may run to under art. 19/70; null when none is allowed, undefined when the law does not apply. */
export function latestProbationEnd(kind: ContractKind, start: string, end: string | null): string | null | undefined {
  const max = maxProbationMonths(kind, start, end);
  if (max === null) return undefined;
  return max === 0 ? null : periodEnd(start, max);
}

export interface ContractTerms {
  kind: ContractKind;
  startDate: string;
  endDate: string | null;
  probationEndDate: string | null;
}

/** What is wrong with a contract's probation, or null. `earlierProbation`: the employer already had one with this worker. */
export function probationProblem(contract: ContractTerms, earlierProbation = false): string | null {
  const { kind, startDate, endDate, probationEndDate } = contract;
  if (!probationEndDate) return null;
  // Labor Contract Law art. 19: one probation per employer and worker.
  if (earlierProbation && kind !== ContractKind.SERVICE_PURCHASE && kind !== ContractKind.SERVICE_AGREEMENT)
    return 'Labor Contract Law art. 19: an employer may agree a probation with the same worker only once';
  const latest = latestProbationEnd(kind, startDate, endDate);
  if (latest === undefined || (latest !== null && probationEndDate <= latest)) return null;
  if (latest === null) {
    return kind === ContractKind.PART_TIME_AGREEMENT
      ? 'Labor Contract Law art. 70: part-time work has no probation'
      : 'Labor Contract Law art. 19: a term under 3 months has no probation';
  }
  return `Labor Contract Law art. 19: for this term the probation may run to ${latest} at the latest, not ${probationEndDate}`;
}

/** Labor Contract Law art. 10: a written contract within one month of starting work; the last day for it. */
export function writtenContractDeadline(startedOn: string): string {
  return periodEnd(startedOn, 1);
}

/**
 * Labor Contract Law art. 82 and Implementing Regulations art. 6-7: without a written contract, double
 * wages from the second month of work until the day before one is signed, for at most 11 months (the
 * second to the twelfth). The months counted are those with at least one day without a contract up to
 * `lastDayWithout` (the day before signing, or the day measured).
 */
export function doublePayMonths(startedOn: string, lastDayWithout: string): number {
  let months = 0;
  for (let k = 2; k <= 12; k++) if (addDays(periodEnd(startedOn, k - 1), 1) <= lastDayWithout) months++;
  return months;
}

/** Labor Contract Law art. 14 ¶3: a full year of work without a written contract counts as an open-ended contract from the day after. */
export function deemedOpenEndedFrom(startedOn: string): string {
  return addDays(periodEnd(startedOn, 12), 1);
}

/** Art. 10/82: signed late, from the month after the deadline the worker is owed double wages. */
export function lateSigningProblem(startedOn: string, signedOn: string): string | null {
  const deadline = writtenContractDeadline(startedOn);
  if (signedOn <= deadline) return null;
  const months = doublePayMonths(startedOn, addDays(signedOn, -1));
  const owed = months ? `double wages are owed for ${months} month(s) without a written contract` : 'no double wages accrued';
  const deemed =
    signedOn >= deemedOpenEndedFrom(startedOn)
      ? `; after a full year without one, an open-ended contract was deemed concluded from ${deemedOpenEndedFrom(startedOn)} (art. 14)`
      : '';
  return `Labor Contract Law art. 10/82: signed on ${signedOn}, after the one-month deadline ${deadline}; ${owed}${deemed}`;
}

/**
 * Labor Contract Law art. 14: on renewal, after two consecutive fixed-term contracts or 10 years of
 * continuous service, the next contract must be open-ended unless the worker asks for a fixed term.
 */
/** Labour contracts in the sense of art. 14 (a dispatch agency's too); part-time work (art. 68-72), service purchase and service agreements are not. */
export function isLabourContract(kind: ContractKind): boolean {
  return kind === ContractKind.LABOR || kind === ContractKind.DISPATCH;
}

export function openEndedRenewalReason(input: {
  kind: ContractKind;
  consecutiveFixedTerms: number;
  serviceStart: string;
  renewalStart: string;
}): string | null {
  if (!isLabourContract(input.kind)) return null;
  if (input.consecutiveFixedTerms >= 2)
    return `Labor Contract Law art. 14: after ${input.consecutiveFixedTerms} consecutive fixed-term contracts the renewal must be open-ended unless the worker asks for a fixed term`;
  if (input.renewalStart > periodEnd(input.serviceStart, 120))
    return `Labor Contract Law art. 14: 10 years of continuous service since ${input.serviceStart}; the renewal must be open-ended unless the worker asks for a fixed term`;
  return null;
}

/**
 * What a renewal chain says for art. 14, the renewed contract first and each earlier one after it
 * (`previous` set: it renews the next one in the chain; unset: the next one is a contract it continues the
 * service of). Consecutive fixed terms count the renewals with the last contract's employer; continuous
 * service also follows a takeover by a new employer (Implementing Regulations art. 10).
 */
export function renewalChainFacts(chain: [ChainLink, ...ChainLink[]]): { consecutiveFixedTerms: number; serviceStart: string } {
  const last = chain[0];
  let consecutiveFixedTerms = 0;
  let sameEmployer = true;
  let serviceStart = last.startDate;
  for (const c of chain) {
    // Consecutive fixed terms are labour contracts with this employer; a part-time agreement breaks the run.
    sameEmployer &&= c.employerName === last.employerName && isLabourContract(c.kind);
    if (sameEmployer && c.endDate !== null) consecutiveFixedTerms++;
    serviceStart = c.startDate;
    if (!c.previous) sameEmployer = false;
  }
  return { consecutiveFixedTerms, serviceStart };
}

export interface ChainLink {
  kind: ContractKind;
  employerName: string;
  startDate: string;
  endDate: string | null;
  previous: unknown;
}

/**
 * Contract-ending reminders at offsets kept as policy (default 60, 30, 7 days): the first offset
 * reached is LOW, the last (nearest) HIGH, those between MEDIUM. Null before the first offset.
 * The compliance rule `contract.ending-soon` applies the same scale in SQL.
 */
export function reminderSeverity(daysLeft: number, offsets: number[]): Severity | null {
  const reached = offsets.filter((o) => o >= daysLeft).length;
  if (reached === 0) return null;
  if (reached === offsets.length) return Severity.HIGH;
  return reached === 1 ? Severity.LOW : Severity.MEDIUM;
}

/** Zigong measures art. 18: full-time workers are employed under a labor (or dispatch) contract. */
export function kindMismatch(category: WorkerCategory, kind: ContractKind): string | null {
  if (category === WorkerCategory.FULL_TIME && kind !== ContractKind.LABOR && kind !== ContractKind.DISPATCH) {
    return 'Zigong measures art. 18: a full-time grid worker signs a labor contract (or is dispatched by a labor company)';
  }
  return null;
}

export function datesProblem(
  c: { startDate: string; endDate: string | null; probationEndDate: string | null; signedOn: string | null },
  today: string,
): { field: string; problem: string } | null {
  for (const [field, value] of Object.entries(c)) if (value !== null && !isIsoDate(value)) return { field, problem: 'is not a date (YYYY-MM-DD)' };
  if (c.endDate !== null && c.endDate < c.startDate) return { field: 'endDate', problem: `must not be before the start ${c.startDate}` };
  if (c.probationEndDate !== null && c.probationEndDate < c.startDate)
    return { field: 'probationEndDate', problem: `must not be before the start ${c.startDate}` };
  if (c.probationEndDate !== null && c.endDate !== null && c.probationEndDate > c.endDate)
    return { field: 'probationEndDate', problem: `must not be after the end ${c.endDate}` };
  if (c.signedOn !== null && c.signedOn > today) return { field: 'signedOn', problem: 'must not be in the future' };
  return null;
}
