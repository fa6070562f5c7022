import { RegionLevel } from '@gridhr/common';
import { definePolicies, policyValueProblem } from '@gridhr/platform';
import { resolvePolicy, StoredSetting } from './policy.rules';

const village = '140799101201';
const DEFINITIONS = definePolicies({
  'sample.floorFen': { kind: 'fen', default: 50_000, min: 0, max: 10_000_000, description: 'A floor', source: 'test' },
  'sample.percent': { kind: 'int', default: 50, min: 0, max: 100, description: 'A share', source: 'test' },
  'sample.flag': { kind: 'bool', default: false, description: 'A switch', source: 'test' },
  'sample.days': { kind: 'intList', default: [60, 30, 7], min: 1, max: 365, description: 'Offsets', source: 'test' },
  'sample.shape': {
    kind: 'json',
    default: { a: 1 },
    description: 'Checked by its own rule',
    source: 'test',
    check: (v) => (typeof v === 'object' && v !== null && 'a' in v ? null : 'must have a'),
  },
});
const set = (regionCode: string, value: unknown, effectiveFrom: string): StoredSetting => ({ regionCode, key: 'sample.floorFen', value, effectiveFrom });

describe('resolvePolicy', () => {
  it('falls back to the default for every declared key', () => {
    const values = resolvePolicy([], DEFINITIONS, village, RegionLevel.VILLAGE, '2026-06-01');
    expect([...values.keys()]).toEqual(Object.keys(DEFINITIONS));
    expect(values.get('sample.floorFen')).toEqual({ key: 'sample.floorFen', value: 50_000, setBy: null, effectiveFrom: null });
  });

  it('takes the nearest region, then the latest date in force', () => {
    const settings = [set('140000000000', 60_000, '2025-01-01'), set('140799000000', 70_000, '2026-01-01'), set('140799000000', 80_000, '2026-07-01')];
    const on = (date: string) => resolvePolicy(settings, DEFINITIONS, village, RegionLevel.VILLAGE, date).get('sample.floorFen')!.value;
    expect(on('2024-12-31')).toBe(50_000);
    expect(on('2025-06-01')).toBe(60_000); // province
    expect(on('2026-01-01')).toBe(70_000); // county overrides province from its date
    expect(on('2026-06-30')).toBe(70_000);
    expect(on('2026-07-01')).toBe(80_000);
  });

  it('ignores settings of regions outside the chain', () => {
    const settings = [set('140799102000', 90_000, '2020-01-01')];
    expect(resolvePolicy(settings, DEFINITIONS, village, RegionLevel.VILLAGE, '2026-01-01').get('sample.floorFen')!.value).toBe(50_000);
  });
});

describe('policyValueProblem', () => {
  it('checks type and range per kind', () => {
    expect(policyValueProblem(DEFINITIONS['sample.percent'], 2)).toBeNull();
    expect(policyValueProblem(DEFINITIONS['sample.percent'], 2.5)).toMatch(/whole number/);
    expect(policyValueProblem(DEFINITIONS['sample.percent'], '2')).toMatch(/whole number/);
    expect(policyValueProblem(DEFINITIONS['sample.percent'], 101)).toMatch(/0 to 100/);
    expect(policyValueProblem(DEFINITIONS['sample.flag'], 'yes')).toMatch(/true or false/);
    expect(policyValueProblem(DEFINITIONS['sample.days'], [60, 30, 7])).toBeNull();
    expect(policyValueProblem(DEFINITIONS['sample.days'], [])).toMatch(/list/);
    expect(policyValueProblem(DEFINITIONS['sample.shape'], { a: 2 })).toBeNull();
    expect(policyValueProblem(DEFINITIONS['sample.shape'], 3)).toBe('must have a');
  });
});
