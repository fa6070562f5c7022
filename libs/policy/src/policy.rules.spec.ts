import { RegionLevel } from '@gridhr/common';
import { policyValueProblem } from './policy.catalog';
import { resolvePolicy, StoredSetting } from './policy.rules';

const village = '140799101201';
const set = (regionCode: string, value: unknown, effectiveFrom: string): StoredSetting => ({ regionCode, key: 'pay.ruralMonthlyFloorFen', value, effectiveFrom });

describe('resolvePolicy', () => {
  it('falls back to the default with its source', () => {
    const floor = resolvePolicy([], village, RegionLevel.VILLAGE, '2026-06-01').get('pay.ruralMonthlyFloorFen')!;
    expect(floor).toEqual({ key: 'pay.ruralMonthlyFloorFen', value: 50_000, setBy: null, effectiveFrom: null });
  });

  it('takes the nearest region, then the latest date in force', () => {
    const settings = [set('140000000000', 60_000, '2025-01-01'), set('140799000000', 70_000, '2026-01-01'), set('140799000000', 80_000, '2026-07-01')];
    const on = (date: string) => resolvePolicy(settings, village, RegionLevel.VILLAGE, date).get('pay.ruralMonthlyFloorFen')!.value;
    expect(on('2024-12-31')).toBe(50_000);
    expect(on('2025-06-01')).toBe(60_000); // province
    expect(on('2026-01-01')).toBe(70_000); // county overrides province from its date
    expect(on('2026-06-30')).toBe(70_000);
    expect(on('2026-07-01')).toBe(80_000);
  });

  it('ignores settings of regions outside the chain', () => {
    const settings = [set('140799102000', 90_000, '2020-01-01')];
    expect(resolvePolicy(settings, village, RegionLevel.VILLAGE, '2026-01-01').get('pay.ruralMonthlyFloorFen')!.value).toBe(50_000);
  });
});

describe('policyValueProblem', () => {
  it('checks type and range per key', () => {
    expect(policyValueProblem('training.countySessionsPerYear', 2)).toBeNull();
    expect(policyValueProblem('training.countySessionsPerYear', 2.5)).toMatch(/whole number/);
    expect(policyValueProblem('training.countySessionsPerYear', '2')).toMatch(/whole number/);
    expect(policyValueProblem('recruiting.writtenExamWeightPercent', 101)).toMatch(/0 to 100/);
    expect(policyValueProblem('training.excusedCountsAsAttended', 'yes')).toMatch(/true or false/);
    expect(policyValueProblem('contracts.renewalReminderDays', [60, 30, 7])).toBeNull();
    expect(policyValueProblem('contracts.renewalReminderDays', [])).toMatch(/list/);
    expect(policyValueProblem('no.such.key', 1)).toMatch(/unknown policy key/);
  });

  it('checks training checkpoints are dated MM-DD and in order', () => {
    expect(policyValueProblem('training.checkpoints', [{ by: '06-30', county: 1, township: 1 }, { by: '12-31', county: 2, township: 3 }])).toBeNull();
    expect(policyValueProblem('training.checkpoints', [{ by: '12-31', county: 2, township: 3 }, { by: '06-30', county: 1, township: 1 }])).toMatch(/order/);
    expect(policyValueProblem('training.checkpoints', [{ by: '6-30', county: 1, township: 1 }])).toMatch(/MM-DD/);
  });
});
