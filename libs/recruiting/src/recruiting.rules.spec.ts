import { Role } from '@gridhr/common';
import { Education, WorkerCategory } from '@gridhr/workers';
import { Stage } from './recruiting.enums';
import { EmployerKind } from '@gridhr/contracts';
import {
  compareRanked,
  compositeScore,
  contractKindFor,
  DISQUALIFICATIONS,
  eligibilityProblems,
  employerChoiceProblem,
  employerProblem,
  hireEmployer,
  PRIORITY_GROUPS,
  PriorityRule,
  publicityStartProblem,
  rankApplicants,
  Ranked,
  takePlaces,
  townshipEmployerName,
  transitionProblem,
} from './recruiting.rules';

const ALL = Object.keys(DISQUALIFICATIONS);

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
  it('accepts an applicant who meets every requirement', () => expect(eligibilityProblems(OK, REQ, ALL)).toEqual([]));

  it.each([
    ['underInvestigation', 'under investigation'],
    ['criminalPunishment', 'criminal punishment'],
    ['publicSecurityPunishment', 'public-security administrative punishment'],
    ['dismissedFromPublicEmployment', 'dismissed from public employment'],
  ])('rejects the disqualifying case %s', (flag, text) => {
    expect(eligibilityProblems({ ...OK, [flag]: true }, REQ, ALL)).toEqual([expect.stringContaining(text)]);
  });

  it('checks age on the reference date at both ends, education and residence', () => {
    expect(eligibilityProblems({ ...OK, birthDate: '2008-11-01' }, REQ, ALL)).toEqual([]); // 18 that day
    expect(eligibilityProblems({ ...OK, birthDate: '2008-11-02' }, REQ, ALL)).toEqual([expect.stringContaining('age 17')]);
    expect(eligibilityProblems({ ...OK, birthDate: '1980-11-02' }, REQ, ALL)).toEqual([]); // still 45
    expect(eligibilityProblems({ ...OK, birthDate: '1980-11-01' }, REQ, ALL)).toEqual([expect.stringContaining('age 46')]);
    expect(eligibilityProblems({ ...OK, education: Education.JUNIOR_HIGH }, REQ, ALL)).toEqual([expect.stringContaining('education')]);
    expect(eligibilityProblems({ ...OK, education: null }, REQ, ALL)).toEqual([expect.stringContaining('education')]);
    expect(eligibilityProblems({ ...OK, homeRegionCode: '140800001001' }, REQ, ALL)).toEqual([expect.stringContaining('household registration')]);
  });
});

describe('exam ranking', () => {
  it('weights the composite and rounds halves up', () => {
    expect(compositeScore(8000, 9000, 50)).toBe(8500);
    expect(compositeScore(8001, 9000, 50)).toBe(8501); // 8500.5 -> 8501
    expect(compositeScore(8000, 9000, 40)).toBe(8600);
  });

  const ORDER: PriorityRule = { mode: 'ORDER', order: [...PRIORITY_GROUPS], writtenScoreBreaksTies: false };
  const base: Ranked = {
    id: 'x',
    composite: 8000,
    written: 8000,
    extraExamScore: null,
    cpcMember: false,
    professionalTitle: false,
    socialWorkCertificate: false,
    veteran: false,
    lowIncome: false,
  };
  const rank = (rule: PriorityRule, ...people: Ranked[]) => [...people].sort((a, b) => compareRanked(a, b, rule)).map((p) => p.id);

  it('orders equal scores by the priority groups in the policy order', () => {
    expect(rank(ORDER, { ...base, id: 'higher', composite: 8001 }, { ...base, id: 'cpc', cpcMember: true })).toEqual(['higher', 'cpc']);
    expect(rank(ORDER, { ...base, id: 'title', professionalTitle: true, socialWorkCertificate: true }, { ...base, id: 'cpc', cpcMember: true })).toEqual([
      'cpc',
      'title',
    ]);
    expect(rank(ORDER, { ...base, id: 'veteran', veteran: true }, { ...base, id: 'social', socialWorkCertificate: true })).toEqual(['social', 'veteran']);
    const veteransFirst: PriorityRule = { ...ORDER, order: ['veteran', 'cpcMember', 'professionalTitle', 'socialWorkCertificate', 'lowIncome'] };
    expect(rank(veteransFirst, { ...base, id: 'cpc', cpcMember: true }, { ...base, id: 'veteran', veteran: true })).toEqual(['veteran', 'cpc']);
  });

  it('or by how many groups an applicant is in', () => {
    const count: PriorityRule = { ...ORDER, mode: 'COUNT' };
    expect(rank(count, { ...base, id: 'cpc', cpcMember: true }, { ...base, id: 'two', veteran: true, lowIncome: true })).toEqual(['two', 'cpc']);
    expect(compareRanked({ ...base, cpcMember: true }, { ...base, veteran: true }, count)).toBe(0);
  });

  it('never breaks a tie by registration time; the written score only when the policy says; then the extra exam', () => {
    const a = { ...base, id: 'a', written: 9000 };
    const b = { ...base, id: 'b', written: 7000 };
    expect(compareRanked(a, b, ORDER)).toBe(0);
    expect(rank({ ...ORDER, writtenScoreBreaksTies: true }, b, a)).toEqual(['a', 'b']);
    expect(rank(ORDER, { ...b, extraExamScore: 8800 }, { ...a, extraExamScore: 7700 })).toEqual(['b', 'a']);
    expect(compareRanked({ ...a, extraExamScore: 8800 }, { ...b, extraExamScore: 8800 }, ORDER)).toBe(0);
  });

  it('gives tied applicants one rank and holds back a tie for the last place', () => {
    const ranked = rankApplicants(
      [
        { ...base, id: 'a', composite: 9000 },
        { ...base, id: 'b' },
        { ...base, id: 'c' },
        { ...base, id: 'd', composite: 7000 },
      ],
      ORDER,
    );
    expect(ranked.map((r) => `${r.applicant.id}${r.rank}`)).toEqual(['a1', 'b2', 'c2', 'd4']);
    const waiting = ranked.map((r) => ({ id: r.applicant.id, rank: r.rank }));
    expect(takePlaces(waiting, 1)).toEqual({ moving: [{ id: 'a', rank: 1 }], tied: [] });
    expect(takePlaces(waiting, 2)).toEqual({
      moving: [{ id: 'a', rank: 1 }],
      tied: [
        { id: 'b', rank: 2 },
        { id: 'c', rank: 2 },
      ],
    });
    expect(takePlaces(waiting, 3).moving.map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(takePlaces(waiting, 0)).toEqual({ moving: [], tied: [] });
  });
});

describe('publicity, employer and contract of a hire', () => {
  const today = '2026-11-25';
  it('opens a publicity on or after the last vetting, in the past only when already posted', () => {
    expect(publicityStartProblem({ startsOn: today, today, lastVettedOn: today, alreadyPostedReason: null })).toBeNull();
    expect(publicityStartProblem({ startsOn: '2026-11-24', today, lastVettedOn: today, alreadyPostedReason: '已张贴' })).toMatchObject({
      field: 'input.startsOn',
    });
    expect(publicityStartProblem({ startsOn: '2026-11-20', today, lastVettedOn: '2026-11-18', alreadyPostedReason: null })).toMatchObject({
      field: 'input.alreadyPostedReason',
    });
    expect(publicityStartProblem({ startsOn: '2026-11-20', today, lastVettedOn: '2026-11-18', alreadyPostedReason: '11月20日已在社区公示栏张贴' })).toBeNull();
  });

  it('drafts the contract kind of the category and the employer', () => {
    expect(contractKindFor(WorkerCategory.FULL_TIME, EmployerKind.TOWNSHIP)).toBe('LABOR');
    expect(contractKindFor(WorkerCategory.FULL_TIME, EmployerKind.LABOR_COMPANY)).toBe('DISPATCH');
    expect(contractKindFor(WorkerCategory.PART_TIME, EmployerKind.TOWNSHIP)).toBe('SERVICE_AGREEMENT');
    expect(contractKindFor(WorkerCategory.GRID_LEADER, EmployerKind.TOWNSHIP)).toBeNull();
    expect(contractKindFor(WorkerCategory.PROFESSIONAL, EmployerKind.TOWNSHIP)).toBeNull();
    expect(townshipEmployerName('城关街道')).toBe('城关街道办事处');
    expect(townshipEmployerName('河东镇')).toBe('河东镇人民政府');
    expect(employerProblem('网格示范县委政法委')).toMatch(/Party organ/);
    expect(employerProblem('晋中市某劳务派遣有限公司')).toBeNull();
    for (const organ of ['中共网格示范县委员会', '城关街道党工委', '县纪委监委', '网格示范县委']) expect(employerProblem(organ)).toMatch(/Party organ/);
    for (const employer of ['城关街道办事处', '河东镇人民政府', '东风社区居民委员会', '河东村村民委员会']) expect(employerProblem(employer)).toBeNull();
  });

  it('takes only a township government or a named labour-service company as the employer of a hire', () => {
    expect(employerChoiceProblem({})).toBeNull();
    expect(employerChoiceProblem({ employerKind: EmployerKind.TOWNSHIP })).toBeNull();
    expect(employerChoiceProblem({ employerKind: EmployerKind.LABOR_COMPANY, employerName: '晋中市网格服务劳务有限公司' })).toBeNull();
    expect(employerChoiceProblem({ employerKind: EmployerKind.LABOR_COMPANY, employerName: '  ' })).toMatchObject({ field: 'employerName' });
    expect(employerChoiceProblem({ employerKind: EmployerKind.COUNTY_OFFICE, employerName: '县民政局' })).toMatchObject({ field: 'employerKind' });
    expect(employerChoiceProblem({ employerKind: EmployerKind.OTHER })).toMatchObject({ field: 'employerKind' });
    expect(employerChoiceProblem({ employerName: '网格示范县委政法委' })).toMatchObject({
      field: 'employerName',
      problem: expect.stringMatching(/Party organ/),
    });
  });

  it("hires with the position's employer, else the campaign's, else the township government, never mixing a name with the other's kind", () => {
    const company = { employerKind: EmployerKind.LABOR_COMPANY, employerName: '晋中市网格服务劳务有限公司' };
    expect(hireEmployer({}, {}, '河东镇')).toEqual({ employerKind: 'TOWNSHIP', employerName: '河东镇人民政府' });
    expect(hireEmployer({}, company, '河东镇')).toEqual(company);
    expect(hireEmployer({ employerKind: EmployerKind.TOWNSHIP }, company, '城关街道')).toEqual({ employerKind: 'TOWNSHIP', employerName: '城关街道办事处' });
    expect(hireEmployer(company, {}, '河东镇')).toEqual(company);
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
});
