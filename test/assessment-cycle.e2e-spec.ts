// Assessment cycles end to end: scores entered by the township, the county's review, the EXCELLENT quota,
// thresholds at their boundaries, stars over consecutive cycles, the lock of a finalised cycle and its
// audited re-opening, and who may do what.
import { errorCode, TestApp } from './support/test-app';
import { ADJUST, as, ENTER, FINALISE, ok, onDuty, OPEN, RESULTS, SmallCounty, smallCounty, TEMPLATE } from './support/assessment-fixtures';

const REOPEN = `mutation($input: ReopenCycleInput!) { reopenAssessmentCycle(input: $input) { id version status reopenings } }`;
const CONSEQUENCES = `query($cycleId: ID) { assessmentConsequences(cycleId: $cycleId, first: 50) { totalCount edges { node { id kind status legalBasis worker { id } } } } }`;

describe('assessment cycles', () => {
  let app: TestApp;
  let county: SmallCounty;
  let workers: { id: string; name: string }[];
  let templateId: string;
  beforeAll(async () => {
    app = await TestApp.start();
    county = await smallCounty(app, '140798');
    workers = [];
    for (let i = 0; i < 10; i++) workers.push(await onDuty(app, county));
    // A template with the township's day-to-day score alone, so the test sets every score itself.
    templateId = (
      await ok(app, county.plc, TEMPLATE, {
        input: {
          regionId: county.countyId,
          name: '日常考核',
          indicators: [{ key: 'township', label: '日常考核', kind: 'ENTERED', enteredBy: 'TOWNSHIP', weight: 100 }],
        },
      })
    ).createAssessmentTemplate.id;
  });
  afterAll(() => app.close());

  const open = async (kind: string, year: number, part?: number) =>
    (await ok(app, county.plc, OPEN, { input: { regionId: county.countyId, kind, year, part, templateId } })).openAssessmentCycle;
  const score = (cycleId: string, scores: number[]) =>
    ok(app, county.staff, ENTER, { input: { cycleId, entries: scores.map((s, i) => ({ workerId: workers[i].id, indicator: 'township', score: s })) } });
  const results = async (cycleId: string) =>
    new Map((await ok(app, county.plc, RESULTS, { cycleId })).assessmentResults.edges.map((e: any) => [e.node.worker.id, e.node]));
  const cycleRow = async (id: string) =>
    (await app.sql<{ status: string; version: number }>('select status, version from assessment_cycle where id = ?', [id]))[0];
  const consequences = async (cycleId: string) => (await ok(app, county.plc, CONSEQUENCES, { cycleId })).assessmentConsequences.edges.map((e: any) => e.node);

  let year: { id: string; version: number };

  it('refuses to finalise before the period ends, or while a rated worker lacks a score', async () => {
    const running = await open('YEAR', 2026);
    const early = await as(app, county.plc, FINALISE, { input: { cycleId: running.id, version: running.version } });
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERIOD_NOT_ENDED' });

    year = await open('YEAR', 2025);
    expect(year).toMatchObject({ status: 'OPEN', label: '2025', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const missing = await ok(app, county.staff, `query($c: ID!) { assessmentMissingScores(cycleId: $c) { workerId missing } }`, { c: year.id });
    expect(missing.assessmentMissingScores).toHaveLength(10);
    expect(missing.assessmentMissingScores[0].missing).toEqual(['日常考核']);
    const res = await as(app, county.plc, FINALISE, { input: { cycleId: year.id, version: year.version } });
    expect(res.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'SCORES_MISSING' },
      message: expect.stringContaining('10 rated worker(s)'),
    });
  });

  it('rates at the thresholds’ boundaries: 90.00 is EXCELLENT, 89.99 COMPETENT', async () => {
    await score(year.id, [95, 95, 90, 89.99, 80, 80, 80, 80, 80, 80]);
    const byWorker = await results(year.id);
    expect(byWorker.get(workers[2].id)).toMatchObject({ score: 90, level: 'EXCELLENT' });
    expect(byWorker.get(workers[3].id)).toMatchObject({ score: 89.99, level: 'COMPETENT' });
    expect(byWorker.get(workers[4].id)).toMatchObject({ score: 80, level: 'COMPETENT' });
  });

  it('refuses 3 EXCELLENT among 10 rated with a 20% quota, naming the count and the quota, and writes nothing', async () => {
    const before = await cycleRow(year.id);
    const res = await as(app, county.plc, FINALISE, { input: { cycleId: year.id, version: before.version } });
    expect(res.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'EXCELLENT_QUOTA' },
      message: expect.stringContaining('3 EXCELLENT, quota 2'),
    });
    expect(await cycleRow(year.id)).toEqual(before);
    expect(await consequences(year.id)).toEqual([]);
  });

  it('lets the county adjust a score with a reason (audited), then finalises: levels, stars and honours', async () => {
    const third = (await results(year.id)).get(workers[2].id) as any;
    const noReason = await as(app, county.plc, ADJUST, { input: { resultId: third.id, version: third.version, score: 88, reason: '' } });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const byTownship = await as(app, county.staff, ADJUST, { input: { resultId: third.id, version: third.version, score: 88, reason: '复核扣分' } });
    expect(byTownship.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CYCLE_OWNER' });
    const adjusted = (
      await ok(app, county.plc, ADJUST, { input: { resultId: third.id, version: third.version, score: 88, reason: '县级复核：走访记录不实，扣2分' } })
    ).adjustAssessmentScore;
    expect(adjusted).toMatchObject({ score: 88, computedScore: 90, adjustedScore: 88, level: 'COMPETENT', adjustmentReason: '县级复核：走访记录不实，扣2分' });
    const [audit] = await app.sql<{ before: any; after: any; actor_name: string }>(
      `select before, after, actor_name from audit_entry where entity = 'AssessmentResult' and entity_id = ? and action = 'ADJUST'`,
      [third.id],
    );
    expect(audit).toMatchObject({ actor_name: county.plc, before: { finalX100: 9000, level: 'EXCELLENT' }, after: { finalX100: 8800, level: 'COMPETENT' } });

    const finalised = (await ok(app, county.plc, FINALISE, { input: { cycleId: year.id, version: (await cycleRow(year.id)).version } }))
      .finaliseAssessmentCycle;
    expect(finalised).toMatchObject({ status: 'FINALISED', finalisedOn: '2026-11-25', excellentQuotaPercent: 20 });
    year = finalised;
    const byWorker = await results(year.id);
    expect(byWorker.get(workers[0].id)).toMatchObject({ level: 'EXCELLENT', stars: 3 });
    expect(byWorker.get(workers[4].id)).toMatchObject({ level: 'COMPETENT', stars: 3 });
    const honours = await consequences(year.id);
    expect(honours.map((c: any) => [c.kind, c.status]).sort()).toEqual([
      ['HONOURS', 'PENDING'],
      ['HONOURS', 'PENDING'],
    ]);
    expect(honours[0].legalBasis).toContain('Jiangmen art. 33');
    const shown = await ok(app, county.staff, `query($id: ID!) { worker(id: $id) { starLevel latestAssessmentLevel latestAssessmentCycle } }`, {
      id: workers[0].id,
    });
    expect(shown.worker).toEqual({ starLevel: 3, latestAssessmentLevel: 'EXCELLENT', latestAssessmentCycle: '2025' });
  });

  it('locks a finalised cycle: no scores, no adjustments, no work records of its period', async () => {
    const entered = await as(app, county.staff, ENTER, {
      input: { cycleId: year.id, entries: [{ workerId: workers[5].id, indicator: 'township', score: 99 }] },
    });
    expect(entered.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CYCLE_FINALISED' });
    const result = (await results(year.id)).get(workers[5].id) as any;
    const adjusted = await as(app, county.plc, ADJUST, { input: { resultId: result.id, version: result.version, score: 99, reason: '再次复核' } });
    expect(adjusted.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CYCLE_FINALISED' });
    const record = `mutation($input: RecordWorkInput!) { recordWorkRecords(input: $input) { created updated } }`;
    const locked = await as(app, county.staff, record, {
      input: { source: '补录', records: [{ workerId: workers[5].id, period: '2025-W20', fullAreaVisit: true }] },
    });
    expect(locked.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERIOD_LOCKED', field: 'input.records[0].period' });
    expect((await app.sql(`select 1 from work_record where worker_id = ?`, [workers[5].id])).length).toBe(0);
    expect((await results(year.id)).get(workers[5].id)).toMatchObject({ score: 80, version: result.version });
  });

  it('re-opens a finalised cycle for a correction: audited with its reason, pending consequences withdrawn', async () => {
    const noReason = await as(app, county.plc, REOPEN, { input: { cycleId: year.id, version: year.version, reason: '' } });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const byTownship = await as(app, county.staff, REOPEN, { input: { cycleId: year.id, version: year.version, reason: '更正错误' } });
    expect(byTownship.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CYCLE_OWNER' });
    const reopened = (await ok(app, county.plc, REOPEN, { input: { cycleId: year.id, version: year.version, reason: '乡镇日常考核分录入有误' } }))
      .reopenAssessmentCycle;
    expect(reopened).toMatchObject({ status: 'OPEN', reopenings: 1 });
    const [audit] = await app.sql<{ actor_name: string; before: any; after: any }>(
      `select actor_name, before, after from audit_entry where entity = 'AssessmentCycle' and entity_id = ? and action = 'REOPEN'`,
      [year.id],
    );
    expect(audit).toMatchObject({
      actor_name: county.plc,
      before: { status: 'FINALISED' },
      after: { status: 'OPEN', reason: '乡镇日常考核分录入有误', consequencesWithdrawn: 2 },
    });
    expect((await consequences(year.id)).map((c: any) => c.status)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
    // Open again: the correction goes in, and finalising records the consequences afresh.
    await score(year.id, [95, 70, 88, 89.99, 80, 80, 80, 80, 80, 80]);
    await ok(app, county.plc, FINALISE, { input: { cycleId: year.id, version: reopened.version } });
    const statuses = (await consequences(year.id)).map((c: any) => `${c.kind}:${c.status}`).sort();
    expect(statuses).toEqual(['HONOURS:PENDING', 'HONOURS:WITHDRAWN', 'HONOURS:WITHDRAWN']);
    expect((await results(year.id)).get(workers[1].id)).toMatchObject({ level: 'BASIC', stars: 2 });
  });

  it('moves stars over consecutive cycles: EXCELLENT twice in a row +1, INCOMPETENT 1; a later finalised cycle blocks re-opening', async () => {
    const h1 = await open('HALF_YEAR', 2026, 1);
    await score(h1.id, [95, 80, 80, 80, 80, 80, 80, 80, 80, 50]);
    const finalisedH1 = (await ok(app, county.plc, FINALISE, { input: { cycleId: h1.id, version: (await cycleRow(h1.id)).version } })).finaliseAssessmentCycle;
    const byWorker = await results(h1.id);
    // Worker 0: EXCELLENT in 2025 (3 stars); the half-year is another kind of cycle, so not "in a row" with it.
    expect(byWorker.get(workers[0].id)).toMatchObject({ level: 'EXCELLENT', stars: 3 });
    expect(byWorker.get(workers[9].id)).toMatchObject({ level: 'INCOMPETENT', stars: 1 });
    expect(byWorker.get(workers[1].id)).toMatchObject({ level: 'COMPETENT', stars: 2 });

    app.setToday('2027-01-05');
    try {
      const h2 = await open('HALF_YEAR', 2026, 2);
      await score(h2.id, [96, 80, 80, 80, 80, 80, 80, 80, 80, 80]);
      await ok(app, county.plc, FINALISE, { input: { cycleId: h2.id, version: (await cycleRow(h2.id)).version } });
      expect((await results(h2.id)).get(workers[0].id)).toMatchObject({ level: 'EXCELLENT', stars: 4 });
      const blocked = await as(app, county.plc, REOPEN, { input: { cycleId: h1.id, version: finalisedH1.version, reason: '更正上半年结果' } });
      expect(blocked.errors![0]).toMatchObject({
        extensions: { code: 'CONFLICT', reason: 'LATER_CYCLE_FINALISED' },
        message: expect.stringContaining('2026H2'),
      });
    } finally {
      app.setToday('2026-11-25');
    }
  });

  it('gives cycles to the township where the policy says so', async () => {
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: county.countyId, key: 'assessment.cycleOwner', value: 'TOWNSHIP', effectiveFrom: '2026-01-01' } },
      'city',
    );
    const byCounty = await as(app, county.plc, OPEN, { input: { regionId: county.countyId, kind: 'QUARTER', year: 2026, part: 1 } });
    expect(byCounty.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'CYCLE_OWNER' }, message: expect.stringContaining('the township') });
    const byTownship = (await ok(app, county.staff, OPEN, { input: { regionId: county.townshipId, kind: 'QUARTER', year: 2026, part: 1 } }))
      .openAssessmentCycle;
    expect(byTownship).toMatchObject({ label: '2026Q1', periodStart: '2026-01-01', periodEnd: '2026-03-31' });
    expect((await ok(app, county.staff, RESULTS, { cycleId: byTownship.id })).assessmentResults.totalCount).toBe(10);
  });
});

describe('who may score in the demo county', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const openCycle = async () =>
    (await app.ok(`{ assessmentCycles(status: OPEN) { edges { node { id label } } } }`, {}, 'county')).assessmentCycles.edges[0].node as { id: string };
  const workerIn = async (prefix: string) =>
    (
      await app.sql<{ id: string }>(
        `select w.id from assessment_result r join worker w on w.id = r.worker_id join assessment_cycle c on c.id = r.cycle_id
          where c.status = 'OPEN' and r.rated and w.region_code like ? order by w.id limit 1`,
        [`${prefix}%`],
      )
    )[0].id;
  const entered = async (workerId: string) =>
    (
      await app.sql<{ entered: any }>(
        `select r.entered from assessment_result r join assessment_cycle c on c.id = r.cycle_id where c.status = 'OPEN' and r.worker_id = ?`,
        [workerId],
      )
    )[0].entered;

  it("lets a township score its own workers but not another township's", async () => {
    const cycle = await openCycle();
    const mine = await workerIn('140799001');
    const theirs = await workerIn('140799101');
    const before = await entered(theirs);
    const res = await app.gql(ENTER, { input: { cycleId: cycle.id, entries: [{ workerId: theirs, indicator: 'township', score: 99 }] } }, { user: 'township' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await entered(theirs)).toEqual(before);
    const done = await app.ok(ENTER, { input: { cycleId: cycle.id, entries: [{ workerId: mine, indicator: 'township', score: 91.5 }] } }, 'township');
    expect(done.enterAssessmentScores).toHaveLength(1);
    expect((await entered(mine)).township).toBe(9150);
    const computed = await app.gql(
      ENTER,
      { input: { cycleId: cycle.id, entries: [{ workerId: mine, indicator: 'visits', score: 100 }] } },
      { user: 'township' },
    );
    expect(computed.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INDICATOR_NOT_YOURS' });
    const byCounty = await app.gql(
      ENTER,
      { input: { cycleId: cycle.id, entries: [{ workerId: mine, indicator: 'township', score: 60 }] } },
      { user: 'county' },
    );
    expect(byCounty.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INDICATOR_NOT_YOURS' });
    const badScore = await app.gql(
      ENTER,
      { input: { cycleId: cycle.id, entries: [{ workerId: mine, indicator: 'township', score: 100.5 }] } },
      { user: 'township' },
    );
    expect(badScore.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.entries[0].score' });
  });

  it('shows each township its own results and finance all, but finance scores nothing', async () => {
    const cycle = await openCycle();
    const count = async (user: string) => (await app.ok(RESULTS, { cycleId: cycle.id }, user)).assessmentResults.totalCount;
    const [county, township, finance] = [await count('county'), await count('township'), await count('finance')];
    expect(finance).toBe(county);
    expect(township).toBeLessThan(county);
    expect(township).toBe(
      Number(
        (
          await app.sql<{ n: string }>(`select count(*) as n from assessment_result where cycle_id = ? and rated and region_code like '140799001%'`, [cycle.id])
        )[0].n,
      ),
    );
    const mine = await workerIn('140799001');
    const scored = await app.gql(ENTER, { input: { cycleId: cycle.id, entries: [{ workerId: mine, indicator: 'township', score: 70 }] } }, { user: 'finance' });
    expect(scored.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' });
    const finalised = await app.gql(FINALISE, { input: { cycleId: cycle.id, version: 1 } }, { user: 'finance' });
    expect(errorCode(finalised)).toBe('FORBIDDEN');
    const byTownship = await app.gql(FINALISE, { input: { cycleId: cycle.id, version: 1 } }, { user: 'township' });
    expect(byTownship.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CYCLE_OWNER' });
  });
});
