import { WorkPeriodKind } from './assessment.enums';
import { checkRecord, recordDay } from './work-record.rules';

const TODAY = '2026-11-25';

describe('work records', () => {
  it('keeps the visit round on a week, by its Monday', () => {
    expect(checkRecord('2026-W05', { fullAreaVisit: true }, TODAY)).toEqual({
      periodKind: WorkPeriodKind.WEEK,
      periodStart: '2026-01-26',
      fullAreaVisit: true,
      eventsReported: null,
      eventsClosedOnTime: null,
      satisfactionX100: null,
    });
  });

  it('keeps events and satisfaction on a month', () => {
    expect(checkRecord('2026-03', { eventsReported: 6, eventsClosedOnTime: 5, satisfaction: 92.5 }, TODAY)).toMatchObject({
      periodKind: WorkPeriodKind.MONTH,
      periodStart: '2026-03-01',
      eventsReported: 6,
      satisfactionX100: 9250,
    });
  });

  it.each([
    ['2026-W05', {}, 'fullAreaVisit'],
    ['2026-W05', { fullAreaVisit: true, eventsReported: 2 }, 'period'],
    ['2026-W48', { fullAreaVisit: true }, 'period'], // 2026-11-23 to 29: not over on the 25th
    ['2026-12', { eventsReported: 1 }, 'period'],
    ['2026-03', { fullAreaVisit: true }, 'fullAreaVisit'],
    ['2026-03', {}, 'eventsReported'],
    ['2026-03', { eventsReported: -1 }, 'eventsReported'],
    ['2026-03', { eventsClosedOnTime: 1.5 }, 'eventsClosedOnTime'],
    ['2026-03', { satisfaction: 100.5 }, 'satisfaction'],
    ['next week', { fullAreaVisit: true }, 'period'],
    ['1900-W02', { fullAreaVisit: true }, 'period'], // a spreadsheet placeholder, not a week on duty
    ['1900-01', { eventsReported: 1 }, 'period'],
  ])('refuses %s %j at %s', (period, figures, field) => {
    expect(checkRecord(period, figures, TODAY)).toMatchObject({ field });
  });

  it('accepts the last full week before today', () => {
    expect(checkRecord('2026-W47', { fullAreaVisit: false }, TODAY)).toMatchObject({ periodStart: '2026-11-16' });
  });

  it('places a week in a cycle by its Thursday', () => {
    expect(recordDay(WorkPeriodKind.WEEK, '2025-12-29')).toBe('2026-01-01');
    expect(recordDay(WorkPeriodKind.MONTH, '2026-03-01')).toBe('2026-03-01');
  });
});
