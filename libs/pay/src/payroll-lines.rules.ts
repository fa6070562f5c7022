// The lines of a payroll run as pure functions: a computed line's totals, the amounts as stored columns,
// and for an adjustment run the differences to what the settled runs already paid (DESIGN §8).
import { fen } from '@gridhr/common';
import type { Worker } from '@gridhr/workers';
import { breaches, FloorCheck, grossPay, netPay, PayAmounts } from './pay.rules';
import type { PayLine } from './payroll.entity';

/** A worker's line for one period, computed from what is on record (payroll-builder.ts). */
export interface ComputedLine {
  worker: Worker;
  /** The assessment level performance pay was taken from (e.g. 2025年度 EXCELLENT), when it was. */
  performanceBasis: string | null;
  employerName: string | null;
  employedDays: number;
  amounts: PayAmounts;
  checks: FloorCheck[];
  minimumWageId: string | null;
}

export function zeroAmounts(): PayAmounts {
  const z = fen(0);
  return {
    base: z,
    performance: z,
    reward: z,
    perCase: z,
    allowance: z,
    specialAllowance: z,
    overtime: z,
    deduction: z,
    ownInsurance: z,
    employerInsurance: z,
    exitPay: z,
    minutes: 0,
  };
}

const AMOUNT_KEYS = Object.keys(zeroAmounts()) as (keyof PayAmounts)[];

/** Gross, net, breach and shortfall of a computed line. */
export function lineTotals(line: Pick<ComputedLine, 'amounts' | 'checks'>) {
  const short = breaches(line.checks);
  return {
    grossFen: grossPay(line.amounts),
    netFen: netPay(line.amounts),
    breach: short.length > 0,
    shortfallFen: fen(short.reduce((n, c) => n + c.shortfallFen, 0)),
  };
}

/** The line fields of amounts (fen columns, and minutes). */
export function lineAmounts(a: PayAmounts) {
  return {
    baseFen: a.base,
    performanceFen: a.performance,
    rewardFen: a.reward,
    perCaseFen: a.perCase,
    allowanceFen: a.allowance,
    specialAllowanceFen: a.specialAllowance,
    overtimeFen: a.overtime,
    deductionFen: a.deduction,
    ownInsuranceFen: a.ownInsurance,
    employerInsuranceFen: a.employerInsurance,
    exitPayFen: a.exitPay,
    minutes: a.minutes,
  };
}

/** The amounts of a stored line. */
export function amountsOf(l: Pick<PayLine, keyof ReturnType<typeof lineAmounts>>): PayAmounts {
  return {
    base: l.baseFen,
    performance: l.performanceFen,
    reward: l.rewardFen,
    perCase: l.perCaseFen,
    allowance: l.allowanceFen,
    specialAllowance: l.specialAllowanceFen,
    overtime: l.overtimeFen,
    deduction: l.deductionFen,
    ownInsurance: l.ownInsuranceFen,
    employerInsurance: l.employerInsuranceFen,
    exitPay: l.exitPayFen,
    minutes: l.minutes,
  };
}

/** a + sign × b, key by key. */
export function combineAmounts(a: PayAmounts, b: PayAmounts, sign: 1 | -1): PayAmounts {
  const out = zeroAmounts() as unknown as Record<string, number>;
  for (const key of AMOUNT_KEYS) out[key] = a[key] + sign * b[key];
  return out as unknown as PayAmounts;
}

/**
 * A run's lines and totals from the computed lines. With `settled` (an adjustment run: what the settled
 * runs paid each worker) a line holds the difference, and is kept only when something differs or the
 * worker is still short of a floor.
 */
export function runLines(computed: ComputedLine[], settled: Map<string, PayAmounts> | null) {
  const rows = [];
  let gross = 0;
  let net = 0;
  let employer = 0;
  let breachCount = 0;
  for (const line of computed) {
    const totals = lineTotals(line);
    const amounts = settled ? combineAmounts(line.amounts, settled.get(line.worker.id) ?? zeroAmounts(), -1) : line.amounts;
    const changed = AMOUNT_KEYS.some((k) => amounts[k] !== 0);
    if (settled && !changed && !totals.breach) continue;
    const delta = lineTotals({ amounts, checks: [] });
    rows.push({
      worker: line.worker,
      regionCode: line.worker.regionCode,
      workerName: line.worker.name,
      category: line.worker.category,
      employerName: line.employerName,
      employedDays: line.employedDays,
      performanceBasis: line.performanceBasis,
      ...lineAmounts(amounts),
      grossFen: delta.grossFen,
      netFen: delta.netFen,
      floorChecks: line.checks,
      minimumWageId: line.minimumWageId,
      breach: totals.breach,
      shortfallFen: totals.shortfallFen,
    });
    gross += delta.grossFen;
    net += delta.netFen;
    employer += amounts.employerInsurance;
    if (totals.breach) breachCount++;
  }
  return { rows, totals: { lineCount: rows.length, grossFen: fen(gross), netFen: fen(net), employerInsuranceFen: fen(employer), breachCount } };
}
