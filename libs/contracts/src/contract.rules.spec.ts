import { Severity } from '@gridhr/platform';
import { WorkerCategory } from '@gridhr/workers';
import { ContractKind } from './contract.enums';
import type { ChainLink } from './contract.rules';
import {
  addMonths,
  deemedOpenEndedFrom,
  doublePayMonths,
  isLabourContract,
  kindMismatch,
  lateSigningProblem,
  latestProbationEnd,
  maxProbationMonths,
  openEndedRenewalReason,
  periodEnd,
  probationProblem,
  reminderSeverity,
  renewalChainFacts,
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
    ['2026-01-31', '2026-02-27', 0],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-05-10', '2026-05-10', 0],
  ])('term %s to %s covers %i whole months', (start, end, months) => expect(termMonths(start, end)).toBe(months));

  it('has no term length for an open-ended contract', () => expect(termMonths('2026-01-01', null)).toBeNull());

  it.each([
    // Civil Code art. 202: the day before the same day; the month's last day where it has no such day.
    ['2025-03-31', 1, '2025-04-30'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-03-15', 1, '2025-04-14'],
    ['2025-01-01', 12, '2025-12-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-31', 3, '2025-06-30'],
  ])('a period of months from %s: %i month(s) ends %s', (start, months, end) => expect(periodEnd(start, months)).toBe(end));
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
    // Started on the 31st, a term of three months to under a year: one month of probation runs to 30 April.
    const fromMarch31 = { kind: LABOR, startDate: '2025-03-31', endDate: '2025-12-31' };
    expect(latestProbationEnd(LABOR, fromMarch31.startDate, fromMarch31.endDate)).toBe('2025-04-30');
    expect(probationProblem({ ...fromMarch31, probationEndDate: '2025-04-30' })).toBeNull();
    expect(probationProblem({ ...fromMarch31, probationEndDate: '2025-05-01' })).toMatch(/2025-04-30/);
  });

  it('allows one probation per employer and worker', () => {
    expect(probationProblem({ kind: LABOR, startDate: '2027-01-01', endDate: '2029-12-31', probationEndDate: '2027-01-31' }, true)).toMatch(/only once/);
  });
});

describe('Labor Contract Law art. 10/82 and 14', () => {
  it('wants a written contract within one month of starting', () => {
    expect(writtenContractDeadline('2026-03-01')).toBe('2026-03-31');
    expect(writtenContractDeadline('2026-01-31')).toBe('2026-02-28');
    expect(lateSigningProblem('2026-03-01', '2026-03-31')).toBeNull();
    expect(lateSigningProblem('2026-03-01', '2026-04-01')).toMatch(/after the one-month deadline 2026-03-31; no double wages accrued/);
    expect(lateSigningProblem('2026-03-01', '2026-04-02')).toMatch(/double wages are owed for 1 month/);
    // Started on the 31st: the month runs to 30 April, so a contract signed that day is on time.
    expect(lateSigningProblem('2025-03-31', '2025-04-30')).toBeNull();
    expect(lateSigningProblem('2025-03-31', '2025-05-02')).toMatch(/for 1 month/);
  });

  it('counts the months of double wages, at most eleven, and deems an open-ended contract after a year', () => {
    expect(doublePayMonths('2025-01-01', '2025-01-31')).toBe(0);
    expect(doublePayMonths('2025-01-01', '2025-02-01')).toBe(1);
    expect(doublePayMonths('2025-01-01', '2025-02-28')).toBe(1);
    expect(doublePayMonths('2025-01-01', '2025-03-01')).toBe(2);
    expect(doublePayMonths('2025-01-01', '2025-12-31')).toBe(11);
    expect(doublePayMonths('2025-01-01', '2027-06-30')).toBe(11);
    expect(deemedOpenEndedFrom('2025-01-01')).toBe('2026-01-01');
    expect(deemedOpenEndedFrom('2025-03-31')).toBe('2026-03-31');
    expect(lateSigningProblem('2025-01-01', '2026-02-01')).toMatch(/11 month\(s\).*open-ended contract was deemed concluded from 2026-01-01/);
  });

  it('asks for an open-ended renewal after two fixed terms or ten years', () => {
    const renewal = (kind: ContractKind, consecutiveFixedTerms: number, serviceStart: string, renewalStart: string) =>
      openEndedRenewalReason({ kind, consecutiveFixedTerms, serviceStart, renewalStart });
    expect(renewal(LABOR, 1, '2020-01-01', '2023-01-01')).toBeNull();
    expect(renewal(LABOR, 2, '2020-01-01', '2023-01-01')).toMatch(/2 consecutive/);
    expect(renewal(DISPATCH, 2, '2020-01-01', '2023-01-01')).toMatch(/2 consecutive/);
    expect(renewal(LABOR, 1, '2016-01-02', '2026-01-01')).toBeNull();
    expect(renewal(LABOR, 1, '2016-01-01', '2026-01-01')).toMatch(/10 years/);
    // Part-time agreements and service purchase are not labour contracts under art. 14.
    expect(renewal(PART_TIME_AGREEMENT, 3, '2010-01-01', '2026-01-01')).toBeNull();
    expect(renewal(SERVICE_PURCHASE, 3, '2010-01-01', '2026-01-01')).toBeNull();
    expect([LABOR, DISPATCH, PART_TIME_AGREEMENT, SERVICE_PURCHASE, ContractKind.SERVICE_AGREEMENT].filter(isLabourContract)).toEqual([LABOR, DISPATCH]);
  });

  it('counts the consecutive fixed terms of one employer, and the service through a takeover (art. 14; Implementing Regulations art. 10)', () => {
    // [employer, start, end, renews the next one in the chain (else: continues its service)], the renewed contract first;
    // the answer as [consecutive fixed terms, service start].
    const facts = (...chain: [string, string, string | null, boolean, ContractKind?][]) => {
      const links = chain.map(([employerName, startDate, endDate, renews, kind = LABOR]) => ({
        kind,
        employerName,
        startDate,
        endDate,
        previous: renews ? {} : null,
      }));
      const { consecutiveFixedTerms, serviceStart } = renewalChainFacts(links as [ChainLink]);
      return [consecutiveFixedTerms, serviceStart];
    };
    // One contract, not yet renewed: one fixed term (none when open-ended), service from its start.
    expect(facts(['A', '2024-01-01', '2025-12-31', false])).toEqual([1, '2024-01-01']);
    expect(facts(['A', '2024-01-01', null, false])).toEqual([0, '2024-01-01']);
    // A renewal with employer A: two fixed terms.
    expect(facts(['A', '2024-01-01', '2025-12-31', true], ['A', '2022-01-01', '2023-12-31', false])).toEqual([2, '2022-01-01']);
    // B took over from A: A's terms are not B's consecutive terms, but the service runs from A's start.
    const takeover = facts(['B', '2024-01-01', '2025-12-31', false], ['A', '2016-01-01', '2023-12-31', true], ['A', '2014-01-01', '2015-12-31', false]);
    expect(takeover).toEqual([1, '2014-01-01']);
    // A contract that continues the service of one with the same employer's name is not its renewal: one fixed term.
    expect(facts(['A', '2024-01-01', '2025-12-31', false], ['A', '2022-01-01', '2023-12-31', false])).toEqual([1, '2022-01-01']);
    // A chain that reaches another employer's name (a rename without a takeover link) stops counting there.
    const renamed = facts(['A', '2024-01-01', '2025-12-31', true], ['A2', '2022-01-01', '2023-12-31', true], ['A', '2020-01-01', '2021-12-31', false]);
    expect(renamed).toEqual([1, '2020-01-01']);
    // A labour contract renewing two part-time agreements is the first fixed term: the agreements are no labour contracts.
    const afterPartTime = facts(
      ['A', '2024-01-01', '2025-12-31', true],
      ['A', '2023-01-01', '2023-12-31', true, PART_TIME_AGREEMENT],
      ['A', '2022-01-01', '2022-12-31', false, PART_TIME_AGREEMENT],
    );
    expect(afterPartTime).toEqual([1, '2022-01-01']);
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
