// Budget arithmetic as pure functions (DESIGN §8: planned headcount × pay + employer insurance + accident
// premiums + training funds; budget versus actual).
import { Fen, fen } from '@gridhr/common';

export interface PlanLine {
  headcount: number;
  monthlyPayFen: Fen;
  monthlyEmployerInsuranceFen: Fen;
  months: number;
}

export interface BudgetTotals {
  payFen: Fen;
  employerInsuranceFen: Fen;
  accidentPremiumsFen: Fen;
  trainingFundsFen: Fen;
  totalFen: Fen;
}

export function budgetTotals(lines: readonly PlanLine[], accidentPremiumsFen: Fen, trainingFundsFen: Fen): BudgetTotals {
  const payFen = fen(lines.reduce((n, l) => n + l.headcount * l.monthlyPayFen * l.months, 0));
  const employerInsuranceFen = fen(lines.reduce((n, l) => n + l.headcount * l.monthlyEmployerInsuranceFen * l.months, 0));
  return {
    payFen,
    employerInsuranceFen,
    accidentPremiumsFen,
    trainingFundsFen,
    totalFen: fen(payFen + employerInsuranceFen + accidentPremiumsFen + trainingFundsFen),
  };
}

/** The plan spread evenly over the year: what should be spent by the end of month `months` (1-12). */
export function plannedBy(total: Fen, months: number): Fen {
  return fen(Math.floor((total * months) / 12 + 0.5));
}

/** Actual as a percentage of the plan, one decimal (no plan: null). */
export function executionPercent(actual: Fen, planned: Fen): number | null {
  if (planned <= 0) return null;
  return Math.round((actual * 1000) / planned) / 10;
}

/** Spending is ahead of the plan when it passes the plan so far by more than `percent` %. */
export function overrun(actualToDate: Fen, plannedToDate: Fen, percent: number): boolean {
  return actualToDate * 100 > plannedToDate * (100 + percent);
}

/** A problem with a plan line, or null. */
export function planLineProblem(l: PlanLine): { field: string; problem: string } | null {
  const whole = (n: number, max: number) => Number.isSafeInteger(n) && n >= 0 && n <= max;
  if (!whole(l.headcount, 100_000)) return { field: 'headcount', problem: 'must be a whole number from 0 to 100000' };
  if (!whole(l.monthlyPayFen, 10_000_000)) return { field: 'monthlyPayFen', problem: 'must be whole fen from 0 to 10000000' };
  if (!whole(l.monthlyEmployerInsuranceFen, 10_000_000)) return { field: 'monthlyEmployerInsuranceFen', problem: 'must be whole fen from 0 to 10000000' };
  if (!whole(l.months, 12) || l.months < 1) return { field: 'months', problem: 'must be 1 to 12' };
  return null;
}
