import { fen } from '@gridhr/common';
import type { Worker } from '@gridhr/workers';
import { PayFloor } from './pay.enums';
import { FloorCheck, PayAmounts } from './pay.rules';
import { amountsOf, combineAmounts, ComputedLine, lineAmounts, runLines, zeroAmounts } from './payroll-lines.rules';

const amounts = (over: Partial<PayAmounts> = {}): PayAmounts => ({ ...zeroAmounts(), ...over });
const worker = (id: string) => ({ id, regionCode: '140799001001', name: `worker ${id}`, category: 'GRID_WORKER' }) as unknown as Worker;
const short: FloorCheck = {
  floor: PayFloor.MONTHLY_MINIMUM_WAGE,
  requiredFen: fen(198_000),
  comparedFen: fen(150_000),
  shortfallFen: fen(48_000),
  minimumWageId: 'mw-1',
  problem: null,
};
const line = (id: string, over: Partial<PayAmounts>, checks: FloorCheck[] = []): ComputedLine => ({
  worker: worker(id),
  performanceBasis: null,
  employerName: 'A',
  employedDays: 30,
  amounts: amounts(over),
  checks,
  minimumWageId: checks.length ? 'mw-1' : null,
});

describe('payroll lines', () => {
  it('stores amounts as columns and reads them back', () => {
    const a = amounts({ base: fen(200_000), deduction: fen(5_000), ownInsurance: fen(20_000), employerInsurance: fen(40_000), minutes: 90 });
    expect(lineAmounts(a)).toMatchObject({ baseFen: 200_000, deductionFen: 5_000, ownInsuranceFen: 20_000, employerInsuranceFen: 40_000, minutes: 90 });
    expect(amountsOf(lineAmounts(a))).toEqual(a);
  });

  it('adds and subtracts amounts key by key', () => {
    const a = amounts({ base: fen(200_000), reward: fen(1_000), minutes: 60 });
    const b = amounts({ base: fen(150_000), overtime: fen(3_000), minutes: 20 });
    expect(combineAmounts(a, b, 1)).toEqual(amounts({ base: fen(350_000), reward: fen(1_000), overtime: fen(3_000), minutes: 80 }));
    expect(combineAmounts(a, b, -1)).toEqual(amounts({ base: fen(50_000), reward: fen(1_000), overtime: fen(-3_000), minutes: 40 }));
  });

  it('totals a regular run: every line, gross less deductions, net less own insurance, breaches counted', () => {
    const { rows, totals } = runLines(
      [line('1', { base: fen(200_000), ownInsurance: fen(20_000), employerInsurance: fen(40_000) }), line('2', { base: fen(150_000) }, [short])],
      null,
    );
    expect(rows.map((r) => [r.workerName, r.grossFen, r.netFen, r.breach, r.shortfallFen, r.minimumWageId])).toEqual([
      ['worker 1', 200_000, 180_000, false, 0, null],
      ['worker 2', 150_000, 150_000, true, 48_000, 'mw-1'],
    ]);
    expect(totals).toEqual({ lineCount: 2, grossFen: 350_000, netFen: 330_000, employerInsuranceFen: 40_000, breachCount: 1 });
  });

  it('keeps in an adjustment only the differences to what was settled, and lines still short of a floor', () => {
    const settled = new Map([
      ['1', amounts({ base: fen(200_000) })],
      ['2', amounts({ base: fen(150_000) })],
      ['3', amounts({ base: fen(100_000) })],
    ]);
    const { rows, totals } = runLines(
      [
        line('1', { base: fen(200_000) }), // unchanged: left out
        line('2', { base: fen(150_000) }, [short]), // unchanged but short: kept at zero
        line('3', { base: fen(120_000), employerInsurance: fen(1_000) }), // raised: the difference
        line('4', { base: fen(90_000) }), // not paid before: all of it
      ],
      settled,
    );
    expect(rows.map((r) => [r.workerName, r.baseFen, r.grossFen, r.breach])).toEqual([
      ['worker 2', 0, 0, true],
      ['worker 3', 20_000, 20_000, false],
      ['worker 4', 90_000, 90_000, false],
    ]);
    expect(totals).toEqual({ lineCount: 3, grossFen: 110_000, netFen: 110_000, employerInsuranceFen: 1_000, breachCount: 1 });
  });
});
