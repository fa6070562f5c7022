import { describe, expect, it } from '@jest/globals';
import { auditChanges, changedValues, fieldOfInput, flagsByRule, overviewTotals } from './view-model';

const overview = (code: string, over: Record<string, unknown> = {}) => ({
  regionCode: code,
  regionName: code,
  level: 'TOWNSHIP',
  activeWorkers: 10,
  onboardingWorkers: 1,
  vacancies: 0,
  longestVacancyDays: null as number | null,
  trainingBehind: 2,
  executionPercent: null as number | null,
  payrollMonth: '2026-10',
  payrollRuns: { draft: 1, submitted: 0, approved: 0, paid: 0, breaches: 0 },
  openFlags: { critical: 1, high: 0, medium: 2, low: 3 },
  ...over,
});

describe('overviewTotals', () => {
  it('sums the rows and keeps the longest vacancy of any region', () => {
    const totals = overviewTotals([
      overview('a', { vacancies: 1, longestVacancyDays: 40 }),
      overview('b', { vacancies: 2, longestVacancyDays: 90 }),
      overview('c'),
    ]);
    expect(totals).toMatchObject({ activeWorkers: 30, onboardingWorkers: 3, vacancies: 3, longestVacancyDays: 90, trainingBehind: 6, openFlags: 18 });
    expect(totals.payroll.draft).toBe(3);
  });

  it('has no longest vacancy when none is open, and zeros for no rows', () => {
    expect(overviewTotals([overview('a')]).longestVacancyDays).toBeNull();
    expect(overviewTotals([])).toMatchObject({ activeWorkers: 0, openFlags: 0, longestVacancyDays: null });
  });
});

describe('flagsByRule', () => {
  const row = (rule: string, regionCode: string, critical: number, low: number) => ({
    rule,
    regionCode,
    regionName: regionCode,
    open: critical + low,
    critical,
    high: 0,
    medium: 0,
    low,
  });

  it('sums a rule over the regions, labels it by its title, most open first', () => {
    const rules = [
      { id: 'contract.missing-written', title: '未签书面劳动合同' },
      { id: 'training.worker-behind', title: '培训学时不足' },
    ];
    const result = flagsByRule(
      [row('training.worker-behind', 'x', 0, 1), row('contract.missing-written', 'x', 1, 0), row('contract.missing-written', 'y', 2, 1)],
      rules,
    );
    expect(result).toEqual([
      { rule: 'contract.missing-written', label: '未签书面劳动合同', open: 4, critical: 3, high: 0, medium: 0, low: 1 },
      { rule: 'training.worker-behind', label: '培训学时不足', open: 1, critical: 0, high: 0, medium: 0, low: 1 },
    ]);
  });

  it('shows an unknown rule by its id and leaves out rules with nothing open', () => {
    expect(flagsByRule([row('new.rule', 'x', 1, 0), row('quiet.rule', 'x', 0, 0)], [])).toEqual([
      expect.objectContaining({ rule: 'new.rule', label: 'new.rule' }),
    ]);
  });
});

describe('auditChanges', () => {
  it('lists the fields that differ, not the version', () => {
    expect(auditChanges({ name: '张三', phone: '1', version: 1 }, { name: '张三', phone: '2', version: 2 })).toEqual([
      { field: 'phone', before: '1', after: '2' },
    ]);
  });

  it('treats a missing field as null (a creation lists every field set)', () => {
    expect(auditChanges(null, { name: '张三', title: null })).toEqual([{ field: 'name', before: null, after: '张三' }]);
  });
});

describe('changedValues', () => {
  const loaded = { name: '张三', professionalTitle: null as string | null, veteran: false, workPhone: '0354-1234567' };

  it('sends only what the form changed', () => {
    expect(changedValues(loaded, { ...loaded, professionalTitle: '助理社会工作师' })).toEqual({ professionalTitle: '助理社会工作师' });
    expect(changedValues(loaded, { ...loaded })).toEqual({});
  });

  it('sends an emptied text as null, and an untouched empty one not at all', () => {
    expect(changedValues(loaded, { ...loaded, workPhone: '' })).toEqual({ workPhone: null });
    expect(changedValues(loaded, { ...loaded, professionalTitle: '' })).toEqual({});
  });

  it('sends a boolean turned off or on', () => {
    expect(changedValues({ ...loaded, veteran: true }, { ...loaded, veteran: false })).toEqual({ veteran: false });
  });
});

describe('fieldOfInput', () => {
  it("names the form field of an input's error, and none for another kind of field", () => {
    expect(fieldOfInput('input.idNumber')).toBe('idNumber');
    expect(fieldOfInput('version')).toBeNull();
    expect(fieldOfInput('input.entries.0.hours')).toBeNull();
    expect(fieldOfInput(undefined)).toBeNull();
  });
});
