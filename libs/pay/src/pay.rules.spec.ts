import { fen, Fen } from '@gridhr/common';
import { MinimumWageStatus, PayFloor, PayPeriodKind } from './pay.enums';
import { breaches, employedDays, FloorContext, floorChecks, grossPay, netPay, PayAmounts, payPeriod, prorate } from './pay.rules';

const yuan = (n: number) => fen(Math.round(n * 100));
const amounts = (over: Partial<PayAmounts> = {}): PayAmounts => ({
  base: yuan(0),
  performance: yuan(0),
  reward: yuan(0),
  perCase: yuan(0),
  allowance: yuan(0),
  specialAllowance: yuan(0),
  overtime: yuan(0),
  deduction: yuan(0),
  ownInsurance: yuan(0),
  employerInsurance: yuan(0),
  exitPay: yuan(0),
  minutes: 0,
  ...over,
});
// Shanxi tier 1 from 2023-01-01: 1,980 a month, 21.30 an hour part-time.
const SHANXI_1 = {
  id: 'shanxi-1',
  provinceCode: '14',
  tier: '一类',
  monthlyFen: yuan(1980),
  hourlyFen: yuan(21.3),
  effectiveFrom: '2023-01-01',
  status: MinimumWageStatus.CONFIRMED,
  includesOwnContributions: true,
};
const ctx = (over: Partial<FloorContext> = {}): FloorContext => ({
  category: 'FULL_TIME',
  hourly: false,
  rural: false,
  probation: null,
  employedDays: 31,
  monthDays: 31,
  wage: SHANXI_1,
  excludeInsurance: true,
  ruralFloorFen: yuan(500),
  ...over,
});
const shortfall = (a: PayAmounts, c: FloorContext, floor: PayFloor): Fen | undefined => floorChecks(a, c).find((f) => f.floor === floor)?.shortfallFen;

describe('pay floors', () => {
  it('Shanxi measures: a full-time worker’s pay excluding insurance is at least the monthly minimum wage', () => {
    // gross 2,150, own insurance 230 → 1,920: 60 yuan short
    expect(shortfall(amounts({ base: yuan(2150), ownInsurance: yuan(230) }), ctx(), PayFloor.MONTHLY_MINIMUM_WAGE)).toBe(yuan(60));
    // gross 2,300, own insurance 240 → 2,060: passes
    expect(breaches(floorChecks(amounts({ base: yuan(2300), ownInsurance: yuan(240) }), ctx()))).toEqual([]);
    expect(breaches(floorChecks(amounts({ base: yuan(1980) }), ctx()))).toEqual([]);
    expect(shortfall(amounts({ base: yuan(1979.99) }), ctx(), PayFloor.MONTHLY_MINIMUM_WAGE)).toBe(fen(1));
    // where the policy compares gross pay (a standard including own contributions), the same line passes
    expect(breaches(floorChecks(amounts({ base: yuan(2150), ownInsurance: yuan(230) }), ctx({ excludeInsurance: false })))).toEqual([]);
    // a standard that excludes own contributions (Beijing, Shanghai) always compares net of them
    const beijing = { ...SHANXI_1, includesOwnContributions: false };
    expect(
      shortfall(amounts({ base: yuan(2150), ownInsurance: yuan(230) }), ctx({ excludeInsurance: false, wage: beijing }), PayFloor.MONTHLY_MINIMUM_WAGE),
    ).toBe(yuan(60));
  });

  it('leaves overtime and special allowances out of the minimum wage, and counts deductions against it', () => {
    const line = amounts({ base: yuan(1800), overtime: yuan(300), specialAllowance: yuan(200) });
    expect(grossPay(line)).toBe(yuan(2300));
    expect(shortfall(line, ctx(), PayFloor.MONTHLY_MINIMUM_WAGE)).toBe(yuan(180));
    expect(shortfall(amounts({ base: yuan(2000), performance: yuan(100), deduction: yuan(150) }), ctx(), PayFloor.MONTHLY_MINIMUM_WAGE)).toBe(yuan(30));
    expect(netPay(amounts({ base: yuan(2000), ownInsurance: yuan(220) }))).toBe(yuan(1780));
  });

  it('pays an exit’s severance and pay in lieu in gross and net, but never counts them towards a floor', () => {
    // the last 10 days of a 3,000 month (967.74) and 10,500 of severance
    const line = amounts({ base: yuan(967.74), exitPay: yuan(10500), ownInsurance: yuan(100) });
    expect(grossPay(line)).toBe(yuan(11467.74));
    expect(netPay(line)).toBe(yuan(11367.74));
    // 10 of 31 days: the floor is 1,980 × 10/31 = 638.71; 600 of wages is 38.71 short, whatever the severance
    const tenDays = ctx({ employedDays: 10 });
    expect(shortfall(amounts({ base: yuan(600), exitPay: yuan(10500) }), tenDays, PayFloor.MONTHLY_MINIMUM_WAGE)).toBe(yuan(38.71));
  });

  it('prorates monthly floors for a worker employed part of the month', () => {
    // hired on 16 October: 16 of 31 days → 1,980 × 16/31 = 1,021.94
    const joiner = ctx({ employedDays: 16 });
    expect(floorChecks(amounts({ base: yuan(1100) }), joiner)[0]).toMatchObject({ requiredFen: yuan(1021.94), shortfallFen: 0 });
    expect(prorate(yuan(1980), 31, 31)).toBe(yuan(1980));
    expect(employedDays(payPeriod('2026-10', PayPeriodKind.MONTH), '2026-10-16', null)).toBe(16);
    expect(employedDays(payPeriod('2026-10', PayPeriodKind.MONTH), '2024-01-01', '2026-10-10')).toBe(10);
    expect(employedDays(payPeriod('2026-10', PayPeriodKind.MONTH), '2026-11-01', null)).toBe(0);
  });

  it('Shanxi measures: a rural grid worker of any category is paid at least 500 yuan a month; auxiliary staff have no floor', () => {
    const rural = ctx({ category: 'PART_TIME', rural: true });
    expect(shortfall(amounts({ allowance: yuan(480) }), rural, PayFloor.RURAL_MONTHLY)).toBe(yuan(20));
    expect(breaches(floorChecks(amounts({ allowance: yuan(500) }), rural))).toEqual([]);
    expect(floorChecks(amounts({ allowance: yuan(100) }), ctx({ category: 'AUXILIARY', rural: true }))).toEqual([]);
    expect(floorChecks(amounts({ allowance: yuan(100) }), ctx({ category: 'INFORMANT', rural: true }))).toEqual([]);
    // the monthly minimum wage is for full-time workers; an urban part-timer on a service agreement has none
    expect(floorChecks(amounts({ allowance: yuan(300) }), ctx({ category: 'PART_TIME' }))).toEqual([]);
  });

  it('Labor Contract Law art. 72: a 非全日制 worker earns at least the hourly minimum for the hours worked', () => {
    const hourly = ctx({ category: 'PART_TIME', hourly: true, employedDays: 15 });
    // 40 hours × 21.30 = 852.00
    expect(floorChecks(amounts({ base: yuan(852), minutes: 40 * 60 }), hourly)).toEqual([
      { floor: PayFloor.PART_TIME_HOURLY, requiredFen: yuan(852), comparedFen: yuan(852), shortfallFen: 0, minimumWageId: 'shanxi-1', problem: null },
    ]);
    expect(shortfall(amounts({ base: yuan(851.99), minutes: 40 * 60 }), hourly, PayFloor.PART_TIME_HOURLY)).toBe(fen(1));
    expect(breaches(floorChecks(amounts({ base: yuan(800) }), hourly))[0].problem).toMatch(/hours/);
  });

  it('Labor Contract Law art. 20: probation pay is at least 80% of the contract wage', () => {
    const probation = ctx({ probation: { contractFen: yuan(3000), probationFen: yuan(2300) } });
    expect(shortfall(amounts({ base: yuan(2300) }), probation, PayFloor.PROBATION)).toBe(yuan(100));
    expect(shortfall(amounts({ base: yuan(2400) }), ctx({ probation: { contractFen: yuan(3000), probationFen: yuan(2400) } }), PayFloor.PROBATION)).toBe(0);
  });

  it('cannot check a floor without the county’s minimum wage, and says so', () => {
    expect(breaches(floorChecks(amounts({ base: yuan(5000) }), ctx({ wage: null })))[0]).toMatchObject({
      requiredFen: null,
      problem: expect.stringMatching(/tier/),
    });
  });

  it('settles 非全日制 pay in half months', () => {
    expect(payPeriod('2026-02', PayPeriodKind.SECOND_HALF)).toEqual({
      month: '2026-02',
      kind: 'SECOND_HALF',
      from: '2026-02-16',
      to: '2026-02-28',
      label: '2026-02-H2',
    });
    expect(payPeriod('2026-12', PayPeriodKind.MONTH)).toMatchObject({ from: '2026-12-01', to: '2026-12-31', label: '2026-12' });
    expect(() => payPeriod('2026-13', PayPeriodKind.MONTH)).toThrow();
  });
});
