import { Role } from '@gridhr/common';
import { Education, WorkerCategory } from '@gridhr/workers';
import { Stage } from './recruiting.enums';
import { compareRanked, compositeScore, contractKindFor, eligibilityProblems, Ranked, transitionProblem } from './recruiting.rules';
import { isWorkingDay, workingPeriodEnd } from './working-days';

const REQ = { minAge: 18, maxAge: 45, ageReferenceDate: '2026-11-01', minEducation: Education.SENIOR_HIGH, residencePrefix: '140799' };
const OK = {
  birthDate: '1990-05-05',
  education: Education.BACHELOR,
  homeRegionCode: '140799001001',
  underInvestigation: false,
  criminalPunishment: false,
  publicSecurityPunishment: false,
  dismissedFromPublicEmployment: false,
};

describe('eligibility (Shanxi measures)', () => {
  it('accepts an applicant who meets every requirement', () => expect(eligibilityProblems(OK, REQ)).toEqual([]));

  it.each([
    ['underInvestigation', 'under investigation'],
    ['criminalPunishment', 'criminal punishment'],
    ['publicSecurityPunishment', 'public-security administrative punishment'],
    ['dismissedFromPublicEmployment', 'dismissed from public employment'],
  ])('rejects the disqualifying case %s', (flag, text) => {
    expect(eligibilityProblems({ ...OK, [flag]: true }, REQ)).toEqual([expect.stringContaining(text)]);
  });

  it('checks age on the reference date at both ends, education and residence', () => {
    expect(eligibilityProblems({ ...OK, birthDate: '2008-11-01' }, REQ)).toEqual([]); // 18 that day
    expect(eligibilityProblems({ ...OK, birthDate: '2008-11-02' }, REQ)).toEqual([expect.stringContaining('age 17')]);
    expect(eligibilityProblems({ ...OK, birthDate: '1980-11-02' }, REQ)).toEqual([]); // still 45
    expect(eligibilityProblems({ ...OK, birthDate: '1980-11-01' }, REQ)).toEqual([expect.stringContaining('age 46')]);
    expect(eligibilityProblems({ ...OK, education: Education.JUNIOR_HIGH }, REQ)).toEqual([expect.stringContaining('education')]);
    expect(eligibilityProblems({ ...OK, education: null }, REQ)).toEqual([expect.stringContaining('education')]);
    expect(eligibilityProblems({ ...OK, homeRegionCode: '140800001001' }, REQ)).toEqual([expect.stringContaining('household registration')]);
  });
});

describe('exam ranking', () => {
  it('weights the composite and rounds halves up', () => {
    expect(compositeScore(8000, 9000, 50)).toBe(8500);
    expect(compositeScore(8001, 9000, 50)).toBe(8501); // 8500.5 -> 8501
    expect(compositeScore(8000, 9000, 40)).toBe(8600);
  });

  const base: Ranked = {
    id: 'x',
    composite: 8000,
    written: 8000,
    registeredAt: new Date('2026-10-01T00:00:00Z'),
    cpcMember: false,
    professionalTitle: false,
    socialWorkCertificate: false,
    veteran: false,
    lowIncome: false,
  };
  const rank = (...people: Ranked[]) => [...people].sort(compareRanked).map((p) => p.id);

  it('breaks ties by the priority groups in their order, then the written score, then registration', () => {
    expect(rank({ ...base, id: 'higher', composite: 8001 }, { ...base, id: 'cpc', cpcMember: true })).toEqual(['higher', 'cpc']);
    expect(
      rank(
        { ...base, id: 'title', professionalTitle: true, socialWorkCertificate: true, veteran: true, lowIncome: true },
        { ...base, id: 'cpc', cpcMember: true },
      ),
    ).toEqual(['cpc', 'title']);
    expect(rank({ ...base, id: 'social', socialWorkCertificate: true }, { ...base, id: 'title', professionalTitle: true })).toEqual(['title', 'social']);
    expect(rank({ ...base, id: 'veteran', veteran: true }, { ...base, id: 'social', socialWorkCertificate: true })).toEqual(['social', 'veteran']);
    expect(rank({ ...base, id: 'poor', lowIncome: true }, { ...base, id: 'veteran', veteran: true })).toEqual(['veteran', 'poor']);
    expect(rank({ ...base, id: 'none' }, { ...base, id: 'poor', lowIncome: true })).toEqual(['poor', 'none']);
    expect(rank({ ...base, id: 'written-low', written: 7000 }, { ...base, id: 'written-high', written: 9000 })).toEqual(['written-high', 'written-low']);
    expect(rank({ ...base, id: 'late', registeredAt: new Date('2026-10-02T00:00:00Z') }, { ...base, id: 'early' })).toEqual(['early', 'late']);
  });
});

describe('stages', () => {
  it('lets only the county political-legal committee vet, and names the current stage', () => {
    expect(transitionProblem(Stage.VETTING, Stage.PUBLICITY, Role.TOWNSHIP_STAFF)).toEqual({
      reason: 'STAGE_ROLE',
      message: expect.stringMatching(/only COUNTY_PLC/),
    });
    expect(transitionProblem(Stage.VETTING, Stage.PUBLICITY, Role.COUNTY_PLC)).toBeNull();
    expect(transitionProblem(Stage.VETTING, Stage.REJECTED, Role.TOWNSHIP_STAFF)).toEqual({ reason: 'STAGE_ROLE', message: expect.stringMatching(/vetting/) });
    expect(transitionProblem(Stage.REGISTERED, Stage.EXAM, Role.COUNTY_PLC)).toEqual({
      reason: 'STAGE_NOT_ALLOWED',
      message: expect.stringMatching(/at REGISTERED/),
    });
    expect(transitionProblem(Stage.HIRED, Stage.WITHDRAWN, Role.COUNTY_PLC)).toEqual({
      reason: 'STAGE_NOT_ALLOWED',
      message: expect.stringMatching(/already HIRED/),
    });
    expect(transitionProblem(Stage.MEDICAL, Stage.WITHDRAWN, Role.TOWNSHIP_STAFF)).toBeNull();
    expect(transitionProblem(Stage.MEDICAL, Stage.VETTING, Role.FINANCE)).toEqual({ reason: 'STAGE_ROLE', message: expect.stringMatching(/only/) });
  });

  it('drafts the contract kind of the category', () => {
    expect(contractKindFor(WorkerCategory.FULL_TIME)).toBe('LABOR');
    expect(contractKindFor(WorkerCategory.PART_TIME)).toBe('PART_TIME_AGREEMENT');
  });
});

describe('working days on the mainland calendar', () => {
  it('knows weekends, holidays and make-up days', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false); // National Day
    expect(isWorkingDay('2026-10-10')).toBe(true); // make-up Saturday
    expect(isWorkingDay('2026-10-11')).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-20')).toBe(true); // make-up Sunday
    expect(isWorkingDay('2026-11-24')).toBe(true);
  });

  it('counts a publicity period over the National Day holiday and its make-up Saturday', () => {
    // 30 Sep (1), holiday 1-7 Oct, 8 Oct (2), 9 Oct (3), Saturday 10 Oct is a working day (4), 12 Oct (5)
    expect(workingPeriodEnd('2026-09-30', 5)).toBe('2026-10-12');
    // opening on a holiday: the first working day after it is day 1
    expect(workingPeriodEnd('2026-10-03', 3)).toBe('2026-10-10');
    expect(workingPeriodEnd('2026-11-23', 5)).toBe('2026-11-27');
  });

  it('refuses to guess a year the calendar does not have', () => {
    expect(() => workingPeriodEnd('2027-12-30', 5)).toThrow(/no 2027/);
  });
});
