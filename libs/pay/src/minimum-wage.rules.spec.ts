import { fen } from '@gridhr/common';
import { MinimumWageStatus } from './pay.enums';
import { confirmationProblem, minimumWageOn, tierOn, WageRow } from './minimum-wage.rules';

const row = (id: string, tier: string, monthly: number, effectiveFrom: string | null, status = MinimumWageStatus.CONFIRMED): WageRow => ({
  id,
  provinceCode: '14',
  tier,
  monthlyFen: fen(monthly * 100),
  hourlyFen: fen(2130),
  effectiveFrom,
  status,
  includesOwnContributions: true,
});

describe('minimum wage in force', () => {
  // Shanxi: the confirmed 2023-01-01 standard; the higher rows have no confirmed notice or date.
  const rows = [
    row('s2023', '一类', 1980, '2023-01-01'),
    row('s2023-2', '二类', 1880, '2023-01-01'),
    row('unverified', '一类', 2150, null, MinimumWageStatus.UNCONFIRMED),
    row('pending', '一类', 2100, '2026-01-01', MinimumWageStatus.UNCONFIRMED),
  ];

  it('applies the latest confirmed row dated on or before the day, never an unconfirmed or undated one', () => {
    expect(minimumWageOn(rows, '14', '一类', '2026-11-01')?.id).toBe('s2023');
    expect(minimumWageOn(rows, '14', '二类', '2026-11-01')?.id).toBe('s2023-2');
    expect(minimumWageOn(rows, '14', '一类', '2022-12-31')).toBeNull();
    expect(minimumWageOn(rows, '51', '一类', '2026-11-01')).toBeNull();
  });

  it('applies a new standard from the first day of the month it takes effect, not before', () => {
    const withRaise = [...rows, row('raise', '一类', 2100, '2026-10-01')];
    expect(minimumWageOn(withRaise, '14', '一类', '2026-09-01')?.id).toBe('s2023');
    expect(minimumWageOn(withRaise, '14', '一类', '2026-10-01')?.id).toBe('raise');
  });

  it('maps counties to tiers by date', () => {
    const tiers = [
      { countyCode: '140799', tier: '二类', effectiveFrom: '2023-01-01' },
      { countyCode: '140799', tier: '一类', effectiveFrom: '2026-07-01' },
    ];
    expect(tierOn(tiers, '140799', '2026-06-30')).toBe('二类');
    expect(tierOn(tiers, '140799', '2026-07-01')).toBe('一类');
    expect(tierOn(tiers, '140798', '2026-07-01')).toBeNull();
    expect(tierOn(tiers, '140799', '2022-12-31')).toBeNull();
  });

  it('confirms a row only with a date and amounts', () => {
    expect(confirmationProblem({ effectiveFrom: null, monthlyFen: fen(215000), hourlyFen: fen(2320) })).toMatch(/date/);
    expect(confirmationProblem({ effectiveFrom: '2026-01-01', monthlyFen: fen(0), hourlyFen: fen(2320) })).toMatch(/amount/);
    expect(confirmationProblem({ effectiveFrom: '2026-01-01', monthlyFen: fen(215000), hourlyFen: fen(2320) })).toBeNull();
  });
});
