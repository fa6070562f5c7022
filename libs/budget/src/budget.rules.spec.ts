import { fen } from '@gridhr/common';
import { budgetTotals, executionPercent, overrun, plannedBy, planLineProblem } from './budget.rules';

describe('budget arithmetic', () => {
  it('adds headcount × monthly pay and insurance × months, premiums and training funds', () => {
    // 12 workers × 2,500 yuan × 12 months, employer insurance 650 yuan a head a month
    const totals = budgetTotals(
      [{ headcount: 12, monthlyPayFen: fen(250_000), monthlyEmployerInsuranceFen: fen(65_000), months: 12 }],
      fen(1_440_000),
      fen(600_000),
    );
    expect(totals).toEqual({
      payFen: 36_000_000,
      employerInsuranceFen: 9_360_000,
      accidentPremiumsFen: 1_440_000,
      trainingFundsFen: 600_000,
      totalFen: 47_400_000,
    });
    expect(plannedBy(totals.totalFen, 6)).toBe(23_700_000);
  });

  it('gives execution to one decimal and flags spending ahead of plan beyond the allowance', () => {
    expect(executionPercent(fen(11_850_000), fen(47_400_000))).toBe(25);
    expect(executionPercent(fen(1), fen(3))).toBe(33.3);
    expect(executionPercent(fen(5), fen(0))).toBeNull();
    expect(overrun(fen(110_00), fen(100_00), 10)).toBe(false);
    expect(overrun(fen(110_01), fen(100_00), 10)).toBe(true);
  });

  it('checks a plan line', () => {
    expect(planLineProblem({ headcount: -1, monthlyPayFen: fen(1), monthlyEmployerInsuranceFen: fen(0), months: 12 })?.field).toBe('headcount');
    expect(planLineProblem({ headcount: 1, monthlyPayFen: fen(1), monthlyEmployerInsuranceFen: fen(0), months: 13 })?.field).toBe('months');
    expect(planLineProblem({ headcount: 1, monthlyPayFen: fen(1), monthlyEmployerInsuranceFen: fen(0), months: 12 })).toBeNull();
  });
});
