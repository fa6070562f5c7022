import { calendarYearProblem, isWorkingDay, WorkingCalendar, workingPeriodEnd } from './working-days';

// The State Council's 2026 notice: National Day 1-7 Oct, make-up working days 20 Sep and 10 Oct.
const CALENDAR: WorkingCalendar = {
  '2026': {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-09-20', '2026-10-10'],
  },
};

describe('working days on the mainland calendar', () => {
  it('knows weekends, holidays and make-up days', () => {
    expect(isWorkingDay('2026-10-01', CALENDAR)).toBe(false); // National Day
    expect(isWorkingDay('2026-10-10', CALENDAR)).toBe(true); // make-up Saturday
    expect(isWorkingDay('2026-10-11', CALENDAR)).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-20', CALENDAR)).toBe(true); // make-up Sunday
    expect(isWorkingDay('2026-11-24', CALENDAR)).toBe(true);
  });

  it('counts a publicity period over the National Day holiday and its make-up Saturday', () => {
    // 30 Sep (1), holiday 1-7 Oct, 8 Oct (2), 9 Oct (3), Saturday 10 Oct is a working day (4), 12 Oct (5)
    expect(workingPeriodEnd('2026-09-30', 5, CALENDAR)).toBe('2026-10-12');
    // opening on a holiday: the first working day after it is day 1
    expect(workingPeriodEnd('2026-10-03', 3, CALENDAR)).toBe('2026-10-10');
    expect(workingPeriodEnd('2026-11-23', 5, CALENDAR)).toBe('2026-11-27');
  });

  it('refuses to guess a year the calendar does not have', () => {
    expect(() => workingPeriodEnd('2026-12-30', 5, CALENDAR)).toThrow(/no 2027/);
  });

  it('checks a year as entered', () => {
    expect(calendarYearProblem(2026, CALENDAR['2026'])).toBeNull();
    expect(calendarYearProblem(2027, CALENDAR['2026'])).toEqual({ field: 'holidays', problem: '2026-10-01 is not in 2027' });
    expect(calendarYearProblem(2026, { holidays: ['2026-10-01'], workdays: ['2026-10-09'] })).toMatchObject({
      field: 'workdays',
      problem: expect.stringContaining('weekday'),
    });
    expect(calendarYearProblem(2026, { holidays: ['2026-10-10'], workdays: ['2026-10-10'] })).toMatchObject({
      problem: expect.stringContaining('also listed'),
    });
  });
});
