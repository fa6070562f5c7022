import { retirementAgeMonths, retirementDate } from './retirement.rules';

const years = (months: number) => `${Math.floor(months / 12)}y${months % 12}m`;

describe('statutory retirement age (NPCSC Decision, 2024)', () => {
  it.each([
    ['1964-12-15', 'MALE', 50, '60y0m'],
    ['1965-01-10', 'MALE', 50, '60y1m'],
    ['1965-04-10', 'MALE', 50, '60y1m'],
    ['1965-05-10', 'MALE', 50, '60y2m'],
    ['1976-08-01', 'MALE', 50, '62y11m'],
    ['1976-09-01', 'MALE', 50, '63y0m'],
    ['1990-01-01', 'MALE', 50, '63y0m'],
    ['1974-12-01', 'FEMALE', 50, '50y0m'],
    ['1975-01-01', 'FEMALE', 50, '50y1m'],
    ['1975-03-01', 'FEMALE', 50, '50y2m'],
    ['1984-12-01', 'FEMALE', 50, '55y0m'],
    ['1969-12-01', 'FEMALE', 55, '55y0m'],
    ['1970-01-01', 'FEMALE', 55, '55y1m'],
    ['1981-09-01', 'FEMALE', 55, '58y0m'],
  ] as const)('born %s, %s (women %i): %s', (birth, sex, base, age) => expect(years(retirementAgeMonths(birth, sex, base))).toBe(age));

  it('gives the day the age is reached', () => {
    expect(retirementDate('1965-01-10', 'MALE', 50)).toBe('2025-02-10');
    expect(retirementDate('1964-02-29', 'MALE', 50)).toBe('2024-02-29');
    expect(retirementDate('1976-01-31', 'FEMALE', 50)).toBe('2026-08-31');
  });
});
