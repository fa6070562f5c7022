import { Severity } from '@gridhr/platform';
import { WorkerCategory } from '@gridhr/workers';
import { ContractKind } from './contract.enums';
import {
  addMonths,
  kindMismatch,
  lateSigningProblem,
  latestProbationEnd,
  maxProbationMonths,
  openEndedRenewalReason,
  probationProblem,
  reminderSeverity,
  termMonths,
  writtenContractDeadline,
} from './contract.rules';

const { LABOR, DISPATCH, PART_TIME_AGREEMENT, SERVICE_PURCHASE } = ContractKind;

describe('calendar months', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it.each([
    ['2026-01-01', '2026-03-30', 2],
    ['2026-01-01', '2026-03-31', 3],
    ['2026-01-01', '2026-12-30', 11],
    ['2026-01-01', '2026-12-31', 12],
    ['2026-01-01', '2028-12-30', 35],
    ['2026-01-01', '2028-12-31', 36],
    ['2026-01-31', '2026-02-26', 0],
    ['2026-01-31', '2026-02-27', 1],
    ['2026-05-10', '2026-05-10', 0],
  ])('term %s to %s covers %i whole months', (start, end, months) => expect(termMonths(start, end)).toBe(months));

  it('has no term length for an open-ended contract', () => expect(termMonths('2026-01-01', null)).toBeNull());
});

describe('Labor Contract Law art. 19: probation limits at every boundary', () => {
  it.each([
    // term just under 3 months: none
    ['2026-01-01', '2026-03-30', 0],
    // exactly 3 months: at most 1
    ['2026-01-01', '2026-03-31', 1],
    ['2026-01-01', '2026-12-30', 1],
    // exactly 1 year: at most 2
    ['2026-01-01', '2026-12-31', 2],
    ['2026-01-01', '2028-12-30', 2],
    // exactly 3 years: at most 6
    ['2026-01-01', '2028-12-31', 6],
    ['2026-01-01', null, 6],
  ])('LABOR %s to %s: %i months', (start, end, months) => {
    expect(maxProbationMonths(LABOR, start, end)).toBe(months);
    expect(maxProbationMonths(DISPATCH, start, end)).toBe(months);
  });

  it('allows none for part-time work (art. 70) and does not judge service purchase', () => {
    expect(maxProbationMonths(PART_TIME_AGREEMENT, '2026-01-01', '2028-12-31')).toBe(0);
    expect(maxProbationMonths(SERVICE_PURCHASE, '2026-01-01', '2028-12-31')).toBeNull();
  });

  it('gives the last allowed probation day', () => {
    expect(latestProbationEnd(LABOR, '2026-01-01', '2026-12-31')).toBe('2026-02-28');
    expect(latestProbationEnd(LABOR, '2026-01-01', '2026-12-30')).toBe('2026-01-31');
    expect(latestProbationEnd(LABOR, '2026-01-01', null)).toBe('2026-06-30');
    expect(latestProbationEnd(LABOR, '2026-01-01', '2026-03-30')).toBeNull();
    expect(latestProbationEnd(SERVICE_PURCHASE, '2026-01-01', null)).toBeUndefined();
  });

  it('accepts a probation on the last allowed day and refuses one day more', () => {
    const oneYear = { kind: LABOR, startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(probationProblem({ ...oneYear, probationEndDate: '2026-02-28' })).toBeNull();
    expect(probationProblem({ ...oneYear, probationEndDate: '2026-03-01' })).toMatch(/art\. 19.*2026-02-28/);
    expect(probationProblem({ kind: LABOR, startDate: '2026-01-01', endDate: '2026-03-30', probationEndDate: '2026-01-05' })).toMatch(/under 3 months/);
    expect(probationProblem({ kind: PART_TIME_AGREEMENT, startDate: '2026-01-01', endDate: null, probationEndDate: '2026-01-05' })).toMatch(/art\. 70/);
    expect(probationProblem({ ...oneYear, probationEndDate: null })).toBeNull();
  });

  it('allows one probation per employer and worker', () => {
    expect(probationProblem({ kind: LABOR, startDate: '2027-01-01', endDate: '2029-12-31', probationEndDate: '2027-01-31' }, true)).toMatch(/only once/);
  });
});

describe('Labor Contract Law art. 10/82 and 14', () => {
  it('wants a written contract within one month of starting', () => {
    expect(writtenContractDeadline('2026-03-01')).toBe('2026-03-31');
    expect(writtenContractDeadline('2026-01-31')).toBe('2026-02-27');
    expect(lateSigningProblem('2026-03-01', '2026-03-31')).toBeNull();
    expect(lateSigningProblem('2026-03-01', '2026-04-01')).toMatch(/double wages/);
  });

  it('asks for an open-ended renewal after two fixed terms or ten years', () => {
    expect(openEndedRenewalReason({ consecutiveFixedTerms: 1, serviceStart: '2020-01-01', renewalStart: '2023-01-01' })).toBeNull();
    expect(openEndedRenewalReason({ consecutiveFixedTerms: 2, serviceStart: '2020-01-01', renewalStart: '2023-01-01' })).toMatch(/2 consecutive/);
    expect(openEndedRenewalReason({ consecutiveFixedTerms: 1, serviceStart: '2016-01-02', renewalStart: '2026-01-01' })).toBeNull();
    expect(openEndedRenewalReason({ consecutiveFixedTerms: 1, serviceStart: '2016-01-01', renewalStart: '2026-01-01' })).toMatch(/10 years/);
  });
});

describe('reminders and kinds', () => {
  it.each([
    [61, null],
    [60, Severity.LOW],
    [31, Severity.LOW],
    [30, Severity.MEDIUM],
    [8, Severity.MEDIUM],
    [7, Severity.HIGH],
    [0, Severity.HIGH],
  ])('%i days left -> %s', (days, severity) => expect(reminderSeverity(days, [60, 30, 7])).toBe(severity));

  it('scales to other offset lists', () => {
    expect(reminderSeverity(10, [14])).toBe(Severity.HIGH);
    expect(reminderSeverity(40, [90, 60, 30, 7])).toBe(Severity.MEDIUM);
  });

  it('expects a labor or dispatch contract for full-time workers', () => {
    expect(kindMismatch(WorkerCategory.FULL_TIME, SERVICE_PURCHASE)).toMatch(/Zigong/);
    expect(kindMismatch(WorkerCategory.FULL_TIME, DISPATCH)).toBeNull();
    expect(kindMismatch(WorkerCategory.PART_TIME, PART_TIME_AGREEMENT)).toBeNull();
  });
});
