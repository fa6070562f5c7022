// What an assessment leads to, over a year and a half of a small county: Labor Contract Law art. 40(2)
// (training or another post first, replacement only if still incompetent), art. 42 (no dismissal of a
// pregnant worker), a village cadre's removal from the grid and the vacancy it opens, and the flags.
import { ScanService } from '@gridhr/compliance';
import { ASSESSMENT_NIGHTLY } from '@gridhr/assessment';
import { Jobs } from '@gridhr/queue';
import { anIdNumber } from './support/factories';
import { eventually, TEST_TODAY, TestApp } from './support/test-app';
import { as, ENTER, FINALISE, ok, onDuty, OPEN, RESULTS, SmallCounty, smallCounty, TEMPLATE } from './support/assessment-fixtures';

const REPLACE = `mutation($input: ReplaceWorkerInput!) { replaceWorker(input: $input) { id kind status doneOn details legalBasis } }`;
const IMPROVE = `mutation($input: RecordImprovementInput!) { recordImprovement(input: $input) { id kind status doneOn details } }`;
const PROTECT = `mutation($input: RecordLabourProtectionInput!) { recordLabourProtection(input: $input) { id kind fromDate } }`;
const CONSEQUENCES = `query($workerId: ID) { assessmentConsequences(workerId: $workerId, first: 20) { edges { node {
  id version kind status cycleLabel doneOn since details grid { code } } } } }`;

describe('consequences of an assessment', () => {
  let app: TestApp;
  let county: SmallCounty;
  const w: Record<'a' | 'b' | 'cadre' | 'noContract', { id: string; name: string }> = {} as never;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    county = await smallCounty(app, '140797');
    app.setToday('2026-01-15');
    w.a = await onDuty(app, county, { name: '劳动甲' });
    w.b = await onDuty(app, county, { name: '劳动乙', idNumber: anIdNumber('19900315', false) });
    w.cadre = await onDuty(app, county, {
      name: '村干部丙',
      category: 'PART_TIME',
      hireSource: 'VILLAGE_COMMITTEE',
      regionId: county.villageId,
      gridId: county.ruralGridId,
    });
    w.noContract = await onDuty(app, county, { name: '无合同丁' });
    for (const worker of [w.a, w.b]) {
      const draft = (
        await ok(app, county.staff, `mutation($input: CreateContractInput!) { createContract(input: $input) { id version } }`, {
          input: {
            workerId: worker.id,
            kind: 'LABOR',
            employerKind: 'TOWNSHIP',
            employerName: '测试镇人民政府',
            startDate: '2024-01-01',
            endDate: '2027-12-31',
            monthlyBasePayFen: 300_000,
          },
        })
      ).createContract;
      await ok(app, county.staff, `mutation($input: SignContractInput!) { signContract(input: $input) { id } }`, {
        input: { id: draft.id, version: draft.version, signedOn: '2024-01-01' },
      });
    }
  });
  afterAll(async () => {
    app.setToday(TEST_TODAY);
    await app.close();
  });

  const templateId = async () =>
    (
      await ok(app, county.plc, TEMPLATE, {
        input: {
          regionId: county.countyId,
          name: `日常${Date.now()}`,
          indicators: [{ key: 'township', label: '日常考核', kind: 'ENTERED', enteredBy: 'TOWNSHIP', weight: 100 }],
        },
      })
    ).createAssessmentTemplate.id;
  /** Opens, scores and finalises a cycle; returns each worker's result id. */
  const rate = async (kind: string, year: number, part: number, scores: [{ id: string }, number][]) => {
    const cycle = (await ok(app, county.plc, OPEN, { input: { regionId: county.countyId, kind, year, part, templateId: await templateId() } }))
      .openAssessmentCycle;
    await ok(app, county.staff, ENTER, {
      input: { cycleId: cycle.id, entries: scores.map(([x, score]) => ({ workerId: x.id, indicator: 'township', score })) },
    });
    await ok(app, county.plc, FINALISE, { input: { cycleId: cycle.id, version: cycle.version } });
    const results = (await ok(app, county.plc, RESULTS, { cycleId: cycle.id })).assessmentResults.edges.map((e: any) => e.node);
    return new Map<string, any>(results.map((r: any) => [r.worker.id, r]));
  };
  const consequencesOf = async (worker: { id: string }) =>
    (await ok(app, county.plc, CONSEQUENCES, { workerId: worker.id })).assessmentConsequences.edges.map((e: any) => e.node);
  const flags = async (day: string) => {
    await app.api.get(ScanService, { strict: false }).runNow('140797', day);
    return app.sql<{ worker_id: string; period: string; severity: string; message: string }>(
      `select worker_id, period, severity, message from compliance_flag where rule = 'assessment.consequence-pending' and resolved_at is null order by period`,
    );
  };

  let first: Map<string, any>;

  it('records what last year’s INCOMPETENT ratings lead to, each with its legal basis, and flags what is pending', async () => {
    first = await rate('YEAR', 2025, 1, [
      [w.a, 50],
      [w.b, 50],
      [w.cadre, 40],
      [w.noContract, 45],
    ]);
    expect([...first.values()].every((r) => r.level === 'INCOMPETENT' && r.stars === 1)).toBe(true);
    expect((await consequencesOf(w.a)).map((c: any) => `${c.kind}:${c.status}`)).toEqual(['IMPROVEMENT:PENDING']);
    expect((await consequencesOf(w.noContract)).map((c: any) => `${c.kind}:${c.status}`)).toEqual(['REPLACEMENT:PENDING']);

    // The part-time village cadre loses the grid role at once: the assignment closed, the grid vacant from tomorrow.
    const cadre = await consequencesOf(w.cadre);
    expect(cadre.map((c: any) => `${c.kind}:${c.status}`).sort()).toEqual(['FILL_VACANCY:PENDING', 'GRID_REMOVAL:DONE']);
    expect(cadre.find((c: any) => c.kind === 'FILL_VACANCY')).toMatchObject({ since: '2026-01-16', grid: { code: 'T140797-R1' } });
    const [duty] = await app.sql<{ to_date: string }>(`select to_char(to_date, 'YYYY-MM-DD') as to_date from grid_assignment where worker_id = ?`, [
      w.cadre.id,
    ]);
    expect(duty.to_date).toBe('2026-01-15');
    expect(await app.sql(`select 1 from audit_entry where entity_id = ? and action = 'END_ASSIGNMENT'`, [w.cadre.id])).toHaveLength(1);

    const pending = await flags('2026-01-15');
    expect(pending.map((f) => [f.worker_id, f.period])).toEqual(
      expect.arrayContaining([
        [w.a.id, '2025:IMPROVEMENT'],
        [w.b.id, '2025:IMPROVEMENT'],
        [w.cadre.id, '2025:FILL_VACANCY'],
        [w.noContract.id, '2025:REPLACEMENT'],
      ]),
    );
    expect(pending.find((f) => f.worker_id === w.a.id)!.message).toContain('劳动合同法第四十条第二项');
  });

  it('refuses to replace an employee with no training or new post on record, citing art. 40(2); others per the measures', async () => {
    const refused = await as(app, county.plc, REPLACE, { input: { resultId: first.get(w.a.id).id, notice: 'WRITTEN_NOTICE' } });
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'IMPROVEMENT_FIRST' }, message: expect.stringContaining('art. 40(2)') });
    expect((await consequencesOf(w.a)).map((c: any) => c.status)).toEqual(['PENDING']);
    const cadre = await as(app, county.plc, REPLACE, { input: { resultId: first.get(w.cadre.id).id, notice: 'WRITTEN_NOTICE' } });
    expect(cadre.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_REPLACEABLE' });
    const byTownship = await as(app, county.staff, REPLACE, { input: { resultId: first.get(w.noContract.id).id, notice: 'PAY_IN_LIEU' } });
    expect(byTownship.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CYCLE_OWNER' });
    // No employment contract: no labour-law steps (Shanxi measures: 不称职予以撤换).
    const replaced = (await ok(app, county.plc, REPLACE, { input: { resultId: first.get(w.noContract.id).id, notice: 'PAY_IN_LIEU' } })).replaceWorker;
    expect(replaced).toMatchObject({ kind: 'REPLACEMENT', status: 'DONE', doneOn: '2026-01-15', details: { notice: 'PAY_IN_LIEU', lastDay: '2026-01-15' } });
  });

  it('records the training attended and the new post given, and protections of art. 42 (refused for a man’s pregnancy)', async () => {
    app.setToday('2026-05-20');
    const session = (
      await ok(app, county.staff, `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`, {
        input: { level: 'TOWNSHIP', kind: 'REGULAR', organiserId: county.townshipId, heldOn: '2026-02-10', hours: 3, topic: '网格走访规范再培训' },
      })
    ).createTrainingSession;
    const [improveA] = await consequencesOf(w.a);
    const notAttended = await as(app, county.staff, IMPROVE, {
      input: { consequenceId: improveA.id, version: improveA.version, step: 'TRAINING', trainingSessionId: session.id },
    });
    expect(notAttended.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trainingSessionId' });
    await ok(app, county.staff, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: { sessionId: session.id, entries: [{ workerId: w.a.id, status: 'PRESENT' }] },
    });
    const trained = (
      await ok(app, county.staff, IMPROVE, {
        input: { consequenceId: improveA.id, version: improveA.version, step: 'TRAINING', trainingSessionId: session.id },
      })
    ).recordImprovement;
    expect(trained).toMatchObject({ status: 'DONE', doneOn: '2026-02-10', details: { step: 'TRAINING', topic: '网格走访规范再培训' } });
    const [improveB] = await consequencesOf(w.b);
    await ok(app, county.staff, IMPROVE, {
      input: { consequenceId: improveB.id, version: improveB.version, step: 'NEW_POST', on: '2026-03-01', note: '调整到测试社区第1网格，减少联系户数' },
    });

    const man = await as(app, county.staff, PROTECT, { input: { workerId: w.a.id, kind: 'PREGNANCY', fromDate: '2026-05-01', evidence: '医院证明' } });
    expect(man.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    const pregnancy = (
      await ok(app, county.staff, PROTECT, { input: { workerId: w.b.id, kind: 'PREGNANCY', fromDate: '2026-05-01', evidence: '县妇幼保健院孕检证明' } })
    ).recordLabourProtection;
    expect(pregnancy).toMatchObject({ kind: 'PREGNANCY', fromDate: '2026-05-01' });
    expect(await app.sql(`select 1 from audit_entry where entity_id = ? and action = 'RECORD_LABOUR_PROTECTION'`, [w.b.id])).toHaveLength(1);
    const finance = await app.gql(`query($id: ID!) { labourProtections(workerId: $id) { kind } }`, { id: w.b.id }, { user: 'finance' });
    expect(finance.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(app, county.staff, `query($id: ID!) { labourProtections(workerId: $id) { kind } }`, { id: w.b.id })).labourProtections).toEqual([
      { kind: 'PREGNANCY' },
    ]);
  });

  it('allows the replacement after a recorded training and a second INCOMPETENT, and refuses it during a pregnancy, citing art. 42', async () => {
    app.setToday('2026-07-10');
    const second = await rate('HALF_YEAR', 2026, 1, [
      [w.a, 52],
      [w.b, 51],
      [w.cadre, 80],
      [w.noContract, 80],
    ]);
    expect((await consequencesOf(w.a)).map((c: any) => `${c.cycleLabel}:${c.kind}:${c.status}`).sort()).toEqual([
      '2025:IMPROVEMENT:DONE',
      '2026H1:REPLACEMENT:PENDING',
    ]);
    const replaced = (await ok(app, county.plc, REPLACE, { input: { resultId: second.get(w.a.id).id, notice: 'WRITTEN_NOTICE' } })).replaceWorker;
    expect(replaced).toMatchObject({
      status: 'DONE',
      doneOn: '2026-07-10',
      details: { notice: 'WRITTEN_NOTICE', noticeOn: '2026-07-10', lastDay: '2026-08-09' },
    });
    expect(replaced.legalBasis).toContain('art. 40(2)');
    const again = await as(app, county.plc, REPLACE, { input: { resultId: second.get(w.a.id).id, notice: 'WRITTEN_NOTICE' } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSEQUENCE_STATUS' });

    const protectedWorker = await as(app, county.plc, REPLACE, { input: { resultId: second.get(w.b.id).id, notice: 'PAY_IN_LIEU' } });
    expect(protectedWorker.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'PROTECTED_ART_42' },
      message: expect.stringContaining('art. 42(4): 孕期 (PREGNANCY) from 2026-05-01'),
    });
    expect((await consequencesOf(w.b)).find((c: any) => c.cycleLabel === '2026H1')).toMatchObject({ kind: 'REPLACEMENT', status: 'PENDING' });
  });

  it('opens a REPLACED exit only to carry out the replacement decision, with its notice and dates', async () => {
    const OPEN_EXIT = `mutation($input: OpenExitInput!) { openExit(input: $input) { id reason noticeOn lastDay notice replacementId } }`;
    const exitOf = (worker: { id: string }, more: Record<string, unknown>) =>
      as(app, county.staff, OPEN_EXIT, { input: { workerId: worker.id, reason: 'REPLACED', noticeOn: '2026-07-10', lastDay: '2026-08-09', ...more } });
    // 劳动乙 is protected: the county's decision was refused, so there is nothing to carry out.
    const undecided = await exitOf(w.b, { notice: 'PAY_IN_LIEU', lastDay: '2026-07-10' });
    expect(undecided.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'NO_REPLACEMENT_DECISION', field: 'input.reason' },
      message: expect.stringContaining('replaceWorker'),
    });
    expect((await exitOf(w.a, { notice: 'PAY_IN_LIEU', lastDay: '2026-07-10' })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.notice',
    });
    expect((await exitOf(w.a, { notice: 'WRITTEN_NOTICE', lastDay: '2026-08-08' })).errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.lastDay' },
      message: expect.stringContaining('2026-08-09'),
    });
    expect(await app.sql(`select 1 from exit_case where worker_id in (?, ?)`, [w.a.id, w.b.id])).toEqual([]);
    const [decision] = (await consequencesOf(w.a)).filter((c: any) => c.kind === 'REPLACEMENT' && c.status === 'DONE');
    const exit = (await exitOf(w.a, { notice: 'WRITTEN_NOTICE' })).data!.openExit;
    expect(exit).toMatchObject({ reason: 'REPLACED', noticeOn: '2026-07-10', lastDay: '2026-08-09', notice: 'WRITTEN_NOTICE', replacementId: decision.id });
    expect(await app.sql(`select replacement_id from exit_case where id = ?`, [exit.id])).toEqual([{ replacement_id: decision.id }]);
  });

  it('closes the vacancy once the grid has a part-time worker again: the nightly job marks it done and the flag clears', async () => {
    expect((await flags('2026-07-10')).some((f) => f.worker_id === w.cadre.id)).toBe(true);
    await onDuty(app, county, {
      name: '新兼职',
      category: 'PART_TIME',
      hireSource: 'VILLAGE_COMMITTEE',
      regionId: county.villageId,
      gridId: county.ruralGridId,
      hiredOn: '2026-07-06',
    });
    expect((await flags('2026-07-10')).some((f) => f.worker_id === w.cadre.id)).toBe(false);
    await app.api.get(Jobs).add(ASSESSMENT_NIGHTLY, {});
    const done = await eventually(async () => (await consequencesOf(w.cadre)).find((c: any) => c.kind === 'FILL_VACANCY' && c.status === 'DONE'), 30_000);
    expect(done).toMatchObject({ doneOn: '2026-07-06' });
  });
});
