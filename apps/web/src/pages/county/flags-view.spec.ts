import { describe, expect, it } from '@jest/globals';
import { historySeries, monthsUpTo, openByRule, townshipRows } from './flags-view';

describe('flags view', () => {
  it('lists the months up to today’s, across a year end', () => {
    expect(monthsUpTo('2026-02-15', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsUpTo('2026-12-07', 1)).toEqual(['2026-12']);
  });

  it('makes one series per rule over the months, filling the months the api left out', () => {
    const rows = [
      { month: '2026-10', rule: 'a', opened: 2, resolved: 0, openAtEnd: 2 },
      { month: '2026-12', rule: 'a', opened: 0, resolved: 1, openAtEnd: 1 },
      { month: '2026-11', rule: 'b', opened: 5, resolved: 5, openAtEnd: 0 },
      { month: '2026-01', rule: 'c', opened: 9, resolved: 0, openAtEnd: 9 },
    ];
    const months = ['2026-10', '2026-11', '2026-12'];
    expect(historySeries(rows, months, 'openAtEnd', (r) => r.toUpperCase())).toEqual([{ rule: 'a', label: 'A', data: [2, 0, 1] }]);
    expect(historySeries(rows, months, 'opened', (r) => r).map((s) => [s.rule, s.data])).toEqual([
      ['b', [0, 5, 0]],
      ['a', [2, 0, 0]],
    ]);
  });

  it('sums the counts per township with its rules, most open first', () => {
    const c = (regionCode: string, rule: string, open: number, high = 0) => ({
      regionCode,
      regionName: regionCode,
      rule,
      open,
      critical: 0,
      high,
      medium: 0,
      low: open - high,
    });
    const counts = [c('t1', 'x', 1), c('t2', 'x', 2, 1), c('t2', 'y', 3), c('t1', 'z', 0)];
    expect([...openByRule(counts)]).toEqual([
      ['x', 3],
      ['y', 3],
    ]);
    const rows = townshipRows(counts);
    expect(rows.map((r) => [r.regionCode, r.open, r.high, r.low, r.rules])).toEqual([
      [
        't2',
        5,
        1,
        4,
        [
          { rule: 'y', open: 3 },
          { rule: 'x', open: 2 },
        ],
      ],
      ['t1', 1, 0, 1, [{ rule: 'x', open: 1 }]],
    ]);
  });
});
