import { fen } from '@gridhr/common';
import { ContractKind, ProtectionKind } from '@gridhr/contracts';
import { ExitNotice, ExitReason } from './exit.enums';
import {
  averageMonthlyPay,
  earliestLastDay,
  ExitFacts,
  exitProblem,
  finalMonthPay,
  replacementExitProblem,
  serviceLength,
  severance,
  severanceOwed,
  transferDueOn,
  transferLate,
} from './exit.rules';

const facts = (over: Partial<ExitFacts> = {}): ExitFacts => ({
  reason: ExitReason.RESIGNED,
  noticeOn: '2026-03-02',
  lastDay: '2026-04-01',
  hiredOn: '2023-01-01',
  contractKind: ContractKind.LABOR,
  inProbation: false,
  employerFault: false,
  notice: null,
  misconductOnRecord: false,
  criminalLiability: false,
  unionNotifiedOn: null,
  protections: [],
  refusedRenewal: false,
  ...over,
});
const pregnancy = { kind: ProtectionKind.PREGNANCY, fromDate: '2026-01-10', toDate: null };

describe('notice (art. 37, 38, 40, 71)', () => {
  it('gives 30 days after probation and 3 in it', () => {
    expect(earliestLastDay(facts())).toBe('2026-04-01');
    expect(earliestLastDay(facts({ inProbation: true }))).toBe('2026-03-05');
  });
  it('needs none for the employer’s fault, a part-timer or pay in lieu', () => {
    expect(earliestLastDay(facts({ employerFault: true }))).toBe('2026-03-02');
    expect(earliestLastDay(facts({ contractKind: ContractKind.PART_TIME_AGREEMENT }))).toBe('2026-03-02');
    expect(earliestLastDay(facts({ reason: ExitReason.NO_FAULT, notice: ExitNotice.PAY_IN_LIEU }))).toBe('2026-03-02');
    expect(earliestLastDay(facts({ reason: ExitReason.NO_FAULT, notice: ExitNotice.WRITTEN_NOTICE }))).toBe('2026-04-01');
  });
  it('refuses a last day before the notice runs out, naming the earliest', () => {
    expect(exitProblem(facts({ lastDay: '2026-03-31' }))).toMatchObject({ code: 'NOTICE', message: expect.stringContaining('2026-04-01') });
    expect(exitProblem(facts())).toBeNull();
  });
});

describe('exitProblem', () => {
  it('refuses an exit before the hire date', () => {
    expect(exitProblem(facts({ hiredOn: '2026-05-01', lastDay: '2026-04-30', noticeOn: '2026-03-01' }))).toMatchObject({
      code: 'DATES',
      field: 'input.lastDay',
    });
  });
  it('refuses a no-fault dismissal or replacement of a protected worker, citing art. 42', () => {
    const noFault = facts({ reason: ExitReason.NO_FAULT, notice: ExitNotice.PAY_IN_LIEU, lastDay: '2026-03-02', protections: [pregnancy] });
    expect(exitProblem(noFault)).toMatchObject({ code: 'PROTECTED_ART_42', message: expect.stringContaining('art. 42') });
    expect(exitProblem({ ...noFault, reason: ExitReason.REPLACED })?.code).toBe('PROTECTED_ART_42');
    expect(exitProblem({ ...noFault, reason: ExitReason.CONTRACT_ENDED })?.message).toContain('art. 45');
    expect(exitProblem({ ...noFault, protections: [] })).toBeNull();
  });
  it('lets a protected worker resign, and a part-timer go at any time', () => {
    expect(exitProblem(facts({ protections: [pregnancy] }))).toBeNull();
    expect(
      exitProblem(facts({ reason: ExitReason.NO_FAULT, contractKind: ContractKind.PART_TIME_AGREEMENT, lastDay: '2026-03-02', protections: [pregnancy] })),
    ).toBeNull();
  });
  it('dismisses for misconduct only on a finding or criminal liability, the union told first (art. 39, 43)', () => {
    const d = facts({ reason: ExitReason.DISMISSED, lastDay: '2026-03-02' });
    expect(exitProblem(d)).toMatchObject({ code: 'GROUNDS', message: expect.stringContaining('art. 39') });
    expect(exitProblem({ ...d, misconductOnRecord: true })).toMatchObject({ field: 'input.unionNotifiedOn' });
    expect(exitProblem({ ...d, misconductOnRecord: true, unionNotifiedOn: '2026-03-01' })).toBeNull();
    expect(exitProblem({ ...d, criminalLiability: true, unionNotifiedOn: '2026-03-02' })).toBeNull();
  });
});

describe('severanceOwed (art. 46, 71)', () => {
  it.each([
    [ExitReason.RESIGNED, {}, false],
    [ExitReason.RESIGNED, { employerFault: true }, true],
    [ExitReason.DISMISSED, {}, false],
    [ExitReason.NO_FAULT, {}, true],
    [ExitReason.REPLACED, {}, true],
    [ExitReason.CONTRACT_ENDED, {}, true],
    [ExitReason.CONTRACT_ENDED, { refusedRenewal: true }, false],
    [ExitReason.NO_FAULT, { contractKind: ContractKind.PART_TIME_AGREEMENT }, false],
    [ExitReason.NO_FAULT, { contractKind: ContractKind.SERVICE_AGREEMENT }, false],
    [ExitReason.DECEASED, {}, false],
  ])('%s %o → %s', (reason, over, owed) => expect(severanceOwed(facts({ reason, ...over }))).toBe(owed));
});

describe('severance (art. 47)', () => {
  const base = { hiredOn: '2023-01-01', averageMonthlyFen: fen(300_000), localAverageMonthlyFen: fen(0), capMultiple: 3, capYears: 12 };
  it('pays 3 years 4 months at 3,000 as 3.5 months, 3 years 7 months as 4', () => {
    expect(severance({ ...base, lastDay: '2026-04-30' })).toMatchObject({ halfMonths: 7, amountFen: 1_050_000 });
    expect(severance({ ...base, lastDay: '2026-07-31' })).toMatchObject({ halfMonths: 8, amountFen: 1_200_000 });
  });
  it('counts six months as a year and a few days as half a month', () => {
    expect(severance({ ...base, lastDay: '2023-06-30' }).halfMonths).toBe(2);
    expect(severance({ ...base, lastDay: '2023-06-29' }).halfMonths).toBe(1);
    expect(severance({ ...base, lastDay: '2026-01-05' }).halfMonths).toBe(7);
    expect(severance({ ...base, lastDay: '2025-12-31' }).halfMonths).toBe(6);
  });
  it('caps pay at three times the local average and the years at 12', () => {
    const high = { ...base, hiredOn: '2006-01-01', lastDay: '2025-12-31', averageMonthlyFen: fen(3_000_000), localAverageMonthlyFen: fen(700_000) };
    expect(severance(high)).toEqual({ halfMonths: 24, monthlyFen: 2_100_000, capped: true, amountFen: 25_200_000 });
    expect(severance({ ...high, averageMonthlyFen: fen(2_000_000) })).toMatchObject({ halfMonths: 40, capped: false });
  });
  it('measures service in Civil Code months', () => {
    expect(serviceLength('2024-01-31', '2024-02-28')).toEqual({ months: 0, extraDays: true });
    expect(serviceLength('2024-01-31', '2024-02-29')).toEqual({ months: 1, extraDays: false });
  });
  it('averages the last 12 months paid', () => {
    expect(averageMonthlyPay([fen(100), ...Array(12).fill(fen(300_000))])).toBe(300_000);
    expect(averageMonthlyPay([fen(200_000), fen(300_001)])).toBe(250_001);
    expect(averageMonthlyPay([])).toBe(0);
  });
  it('prorates the last month to the last day', () => {
    expect(finalMonthPay(fen(300_000), '2026-05-10')).toBe(96_774);
    expect(finalMonthPay(fen(300_000), '2026-02-28')).toBe(300_000);
  });
});

describe('art. 50 deadline', () => {
  it('is due 15 days after the last day and late from the 16th', () => {
    expect(transferDueOn('2026-05-10')).toBe('2026-05-25');
    expect(transferLate('2026-05-10', null, '2026-05-25')).toBe(false);
    expect(transferLate('2026-05-10', null, '2026-05-26')).toBe(true);
    expect(transferLate('2026-05-10', '2026-05-25', '2026-06-30')).toBe(false);
  });
});

describe('replacementExitProblem', () => {
  const decision = { decidedOn: '2026-07-10', notice: 'WRITTEN_NOTICE', noticeOn: '2026-07-10', lastDay: '2026-08-09' };
  const input = { noticeOn: '2026-07-10', lastDay: '2026-08-09', notice: 'WRITTEN_NOTICE' };

  it('needs the county’s decision on record', () => {
    expect(replacementExitProblem(null, input)).toMatchObject({ code: 'NO_DECISION', field: 'input.reason' });
  });

  it('carries out the decision’s notice and keeps its last day or a later one', () => {
    expect(replacementExitProblem(decision, input)).toBeNull();
    expect(replacementExitProblem(decision, { ...input, lastDay: '2026-08-31' })).toBeNull();
    expect(replacementExitProblem(decision, { ...input, lastDay: '2026-08-08' })).toMatchObject({ field: 'input.lastDay' });
    expect(replacementExitProblem(decision, { ...input, noticeOn: '2026-07-11' })).toMatchObject({ field: 'input.noticeOn' });
    expect(replacementExitProblem(decision, { ...input, notice: 'PAY_IN_LIEU' })).toMatchObject({ field: 'input.notice' });
    expect(replacementExitProblem(decision, { ...input, notice: null })).toMatchObject({ field: 'input.notice' });
  });
});
