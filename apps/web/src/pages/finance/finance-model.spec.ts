import { describe, expect, it } from '@jest/globals';
import { buildTree, failedChecks, percent, reportParams, yuan } from './finance-model';

describe('finance view model', () => {
  it('writes fen as yuan with two decimals and separators', () => {
    expect(yuan(198000)).toBe('1,980.00');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(0)).toBe('0.00');
    expect(yuan(-32050)).toBe('-320.50');
    expect(yuan(123456789)).toBe('1,234,567.89');
  });

  it('keeps the failed floor checks: short, or not checkable', () => {
    const base = { requiredFen: 50000, comparedFen: 50000, shortfallFen: 0, problem: null };
    const checks = [
      { ...base, floor: 'MONTHLY_MINIMUM_WAGE' },
      { ...base, floor: 'RURAL_MONTHLY', comparedFen: 18000, shortfallFen: 32000 },
      { ...base, floor: 'PART_TIME_HOURLY', requiredFen: null, problem: 'no confirmed minimum wage' },
    ];
    expect(failedChecks(checks).map((c) => c.floor)).toEqual(['RURAL_MONTHLY', 'PART_TIME_HOURLY']);
  });

  it('builds a tree from parent ids, with roots whose parent is not listed', () => {
    const r = (id: string, parentId: string | null) => ({ id, parentId, code: id, name: id, level: 'X' });
    const tree = buildTree([r('c', 'p'), r('t1', 'c'), r('t2', 'c'), r('v', 't1')]);
    expect(tree.map((n) => n.key)).toEqual(['c']);
    expect(tree[0].children!.map((n) => n.key)).toEqual(['t1', 't2']);
    expect(tree[0].children![0].children!.map((n) => n.key)).toEqual(['v']);
    expect(tree[0].children![1].children).toBeUndefined();
  });

  it('gives each report its documented parameters', () => {
    const choice = { regionId: 'r', month: '2026-10', year: 2026, runId: 'run' };
    expect(reportParams('pay.register', choice)).toEqual({ runId: 'run' });
    expect(reportParams('pay.by-region', choice)).toEqual({ regionId: 'r', month: '2026-10' });
    expect(reportParams('pay.floor-compliance', { ...choice, regionId: null })).toEqual({ month: '2026-10' });
    expect(reportParams('insurance.cost', choice)).toEqual({ regionId: 'r', year: 2026 });
    expect(reportParams('budget.execution', choice)).toEqual({ regionId: 'r', year: 2026 });
  });

  it('writes a percentage with one decimal, and the none text for no budget', () => {
    expect(percent(87.46, '无')).toBe('87.5%');
    expect(percent(0, '无')).toBe('0.0%');
    expect(percent(null, '无')).toBe('无');
  });
});
