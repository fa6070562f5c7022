import { ContractKind, ProtectionKind } from '@gridhr/contracts';
import { HireSource, WorkerCategory } from '@gridhr/workers';
import { AssessmentLevel, ConsequenceKind, ReplacementNotice } from './assessment.enums';
import { consequencesOf, RatedWorker, replacementLastDay, replacementProblem } from './consequence.rules';

const employee: RatedWorker = {
  level: AssessmentLevel.INCOMPETENT,
  category: WorkerCategory.FULL_TIME,
  hireSource: HireSource.SERVICE_PURCHASE,
  contractKind: ContractKind.LABOR,
  improvedOn: null,
  periodEnd: '2026-06-30',
};
const cadre: RatedWorker = {
  ...employee,
  category: WorkerCategory.PART_TIME,
  hireSource: HireSource.VILLAGE_COMMITTEE,
  contractKind: ContractKind.SERVICE_PURCHASE,
};

describe('what a rating leads to', () => {
  it('lists the EXCELLENT for honours and leaves COMPETENT and BASIC alone', () => {
    expect(consequencesOf({ ...employee, level: AssessmentLevel.EXCELLENT })).toEqual([ConsequenceKind.HONOURS]);
    expect(consequencesOf({ ...employee, level: AssessmentLevel.COMPETENT })).toEqual([]);
    expect(consequencesOf({ ...employee, level: AssessmentLevel.BASIC })).toEqual([]);
  });

  it('asks for training or another post first for an employee (art. 40(2)), replacement once still incompetent after it', () => {
    expect(consequencesOf(employee)).toEqual([ConsequenceKind.IMPROVEMENT]);
    expect(consequencesOf({ ...employee, contractKind: ContractKind.DISPATCH })).toEqual([ConsequenceKind.IMPROVEMENT]);
    expect(consequencesOf({ ...employee, improvedOn: '2026-02-10' })).toEqual([ConsequenceKind.REPLACEMENT]);
    // Trained after the rated period ended: the rating says nothing about after the training.
    expect(consequencesOf({ ...employee, improvedOn: '2026-06-30' })).toEqual([ConsequenceKind.IMPROVEMENT]);
  });

  it('removes a part-time village cadre from the grid role, and replaces other non-employees', () => {
    expect(consequencesOf(cadre)).toEqual([ConsequenceKind.GRID_REMOVAL]);
    expect(consequencesOf({ ...employee, category: WorkerCategory.PART_TIME, contractKind: ContractKind.PART_TIME_AGREEMENT })).toEqual([
      ConsequenceKind.REPLACEMENT,
    ]);
    expect(consequencesOf({ ...employee, contractKind: null })).toEqual([ConsequenceKind.REPLACEMENT]);
  });
});

describe('replacing an incompetent worker', () => {
  const named = { ...employee, name: '张三', protections: [] };
  it('refuses an employee with no training or new post on record, citing art. 40(2)', () => {
    expect(replacementProblem(named, '2026-07-10')).toMatchObject({ reason: 'IMPROVEMENT_FIRST', message: expect.stringContaining('art. 40(2)') });
  });

  it('allows it after a recorded step and a later INCOMPETENT rating', () => {
    expect(replacementProblem({ ...named, improvedOn: '2026-02-10' }, '2026-07-10')).toBeNull();
  });

  it('refuses it while an art. 42 protection is in force, naming it', () => {
    const pregnant = { ...named, improvedOn: '2026-02-10', protections: [{ kind: ProtectionKind.PREGNANCY, fromDate: '2026-05-01', toDate: null }] };
    expect(replacementProblem(pregnant, '2026-07-10')).toEqual({
      reason: 'PROTECTED_ART_42',
      message: expect.stringContaining('art. 42(4): 孕期 (PREGNANCY) from 2026-05-01'),
    });
    expect(replacementProblem(pregnant, '2026-04-30')).toBeNull();
  });

  it('needs an INCOMPETENT rating, and never replaces a village cadre', () => {
    expect(replacementProblem({ ...named, level: AssessmentLevel.BASIC }, '2026-07-10')?.reason).toBe('NOT_REPLACEABLE');
    expect(replacementProblem({ ...cadre, name: '李四', protections: [] }, '2026-07-10')?.reason).toBe('NOT_REPLACEABLE');
  });

  it('needs no labour-law steps without an employment contract', () => {
    expect(replacementProblem({ ...named, contractKind: ContractKind.PART_TIME_AGREEMENT }, '2026-07-10')).toBeNull();
  });

  it('ends 30 days after a written notice, or on the day with a month’s pay instead', () => {
    expect(replacementLastDay(ReplacementNotice.WRITTEN_NOTICE, '2026-07-10')).toBe('2026-08-09');
    expect(replacementLastDay(ReplacementNotice.PAY_IN_LIEU, '2026-07-10')).toBe('2026-07-10');
  });
});
