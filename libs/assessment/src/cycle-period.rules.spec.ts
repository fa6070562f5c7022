import { CycleKind, WorkPeriodKind } from './assessment.enums';
import { cyclePeriod, isoWeekLabel, isoWeekMonday, mondayOf, parseWorkPeriod, weeksOf } from './cycle-period.rules';

describe('cycle periods', () => {
  it.each([
    [CycleKind.YEAR, 2025, 1, '2025-01-01', '2025-12-31', '2025'],
    [CycleKind.HALF_YEAR, 2026, 1, '2026-01-01', '2026-06-30', '2026H1'],
    [CycleKind.HALF_YEAR, 2026, 2, '2026-07-01', '2026-12-31', '2026H2'],
    [CycleKind.QUARTER, 2024, 1, '2024-01-01', '2024-03-31', '2024Q1'],
    [CycleKind.QUARTER, 2026, 3, '2026-07-01', '2026-09-30', '2026Q3'],
  ])('%s %i part %i runs %s to %s (%s)', (kind, year, part, start, end, label) => {
    expect(cyclePeriod(kind, year, part)).toMatchObject({ start, end, label });
  });

  it('refuses a part the kind does not have', () => {
    expect(cyclePeriod(CycleKind.YEAR, 2025, 2)).toBeNull();
    expect(cyclePeriod(CycleKind.QUARTER, 2025, 5)).toBeNull();
    expect(cyclePeriod(CycleKind.HALF_YEAR, 2025, 0)).toBeNull();
  });
});

describe('ISO weeks', () => {
  it('numbers weeks by the year of their Thursday', () => {
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2025-12-29')).toBe('2026-W01');
    expect(isoWeekLabel('2026-12-28')).toBe('2026-W53');
    expect(isoWeekMonday(2026, 5)).toBe('2026-01-26');
    expect(isoWeekMonday(2025, 53)).toBeNull();
    expect(mondayOf('2026-02-01')).toBe('2026-01-26');
  });

  it('gives a period the weeks whose Thursday lies in it: 52 in 2025, 53 in 2026', () => {
    const weeks2025 = weeksOf('2025-01-01', '2025-12-31');
    expect(weeks2025).toHaveLength(52);
    expect([weeks2025[0], weeks2025.at(-1)]).toEqual(['2024-12-30', '2025-12-22']);
    expect(weeksOf('2026-01-01', '2026-12-31')).toHaveLength(53);
    expect(weeksOf('2026-01-01', '2026-03-31')).toHaveLength(13);
  });

  it('reads a week or a month as people write it', () => {
    expect(parseWorkPeriod('2026-W05', WorkPeriodKind.WEEK)).toBe('2026-01-26');
    expect(parseWorkPeriod('2026W5', WorkPeriodKind.WEEK)).toBe('2026-01-26');
    expect(parseWorkPeriod('2026年1月29日', WorkPeriodKind.WEEK)).toBe('2026-01-26');
    expect(parseWorkPeriod('2026-W54', WorkPeriodKind.WEEK)).toBeNull();
    expect(parseWorkPeriod('2026-02-30', WorkPeriodKind.WEEK)).toBeNull();
    expect(parseWorkPeriod('2026-03', WorkPeriodKind.MONTH)).toBe('2026-03-01');
    expect(parseWorkPeriod('2026年3月', WorkPeriodKind.MONTH)).toBe('2026-03-01');
    expect(parseWorkPeriod('2026-13', WorkPeriodKind.MONTH)).toBeNull();
  });
});
