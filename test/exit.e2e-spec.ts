// Exit (issue 14): the Labor Contract Law's rules on opening an exit, the checklist that makes the worker
// EXITED, the grid handed over or left vacant, and the art. 50 deadline flagged.
import { aPhone, anIdNumber, aWorkerInput, CREATE_WORKER } from './support/factories';
import { recruitingSteps } from './support/recruiting';
import { paySteps } from './support/pay';
import { scanNow, TEST_TODAY, TestApp } from './support/test-app';

const CASE = `id status reason lastDay transferDueOn severanceOwed severanceFen payInLieuFen averageMonthlyFen rehireBlocked
  steps { id kind gridCode vacancy dueOn doneOn late }`;
const OPEN = `mutation($input: OpenExitInput!) { openExit(input: $input) { ${CASE} } }`;
const STEP = `mutation($input: CompleteExitStepInput!) { completeExitStep(input: $input) { ${CASE} } }`;
const PROTECT = `mutation($input: RecordLabourProtectionInput!) { recordLabourProtection(input: $input) { id } }`;

describe('exit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());
  afterEach(() => app.setToday(TEST_TODAY));
  const pay = paySteps(() => app);

  /** A full-timer of 城关街道 on a signed labour contract and on duty in a grid. */
  const employee = async (sex: 'MALE' | 'FEMALE', skip = 0) =>
    (
      await app.sql<{ id: string; hired_on: string; grid_code: string }>(
        `select w.id, to_char(w.hired_on, 'YYYY-MM-DD') as hired_on, g.code as grid_code from worker w
           join contract c on c.worker_id = w.id and c.status = 'ACTIVE' and c.kind = 'LABOR' and c.probation_end_date is null
           join grid_assignment a on a.worker_id = w.id and a.to_date is null
           join grid g on g.id = a.grid_id
          where w.status = 'ACTIVE' and w.category = 'FULL_TIME' and w.sex = ? and w.region_code like '140799001%'
            and not exists (select 1 from exit_case e where e.worker_id = w.id)
          order by w.id offset ?`,
        [sex, skip],
      )
    )[0];

  it('has the demo county’s finished exit and its open one', async () => {
    const { exitCases } = await app.ok(`{ exitCases { status reason workerName lastDay steps { kind doneOn vacancy gridCode } } }`, {}, 'county');
    expect(exitCases.map((c: any) => c.status).sort()).toEqual(['DONE', 'OPEN']);
    const done = exitCases.find((c: any) => c.status === 'DONE');
    expect(done).toMatchObject({ reason: 'RESIGNED', lastDay: '2026-09-30' });
    expect(done.steps.find((s: any) => s.kind === 'HAND_OVER_GRID')).toMatchObject({ gridCode: '140799001002-03', vacancy: true });
    const open = exitCases.find((c: any) => c.status === 'OPEN');
    expect(open).toMatchObject({ reason: 'RESIGNED', lastDay: '2026-12-20' });
    expect(open.steps.every((s: any) => s.doneOn === null)).toBe(true);
  });

  it('refuses a NO_FAULT exit of a worker with a pregnancy on record, citing art. 42', async () => {
    const w = await employee('FEMALE');
    await app.ok(PROTECT, { input: { workerId: w.id, kind: 'PREGNANCY', fromDate: '2026-10-01', evidence: '医院诊断证明' } }, 'township');
    const res = await app.gql(
      OPEN,
      {
        input: { workerId: w.id, reason: 'NO_FAULT', noFaultGround: 'CHANGED_CIRCUMSTANCES', notice: 'PAY_IN_LIEU', noticeOn: TEST_TODAY, lastDay: TEST_TODAY },
      },
      { user: 'township' },
    );
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'EXIT_PROTECTED_ART_42' }, message: expect.stringContaining('art. 42') });
    expect(await app.sql('select 1 from exit_case where worker_id = ?', [w.id])).toHaveLength(0);
    // She may still resign.
    const resigned = await app.ok(OPEN, { input: { workerId: w.id, reason: 'RESIGNED', noticeOn: '2026-11-02', lastDay: '2026-12-02' } }, 'township');
    expect(resigned.openExit).toMatchObject({ status: 'OPEN', severanceOwed: false, severanceFen: 0 });
  });

  it('refuses a short notice, a last day before the hire date, and a second exit', async () => {
    const w = await employee('MALE');
    const short = await app.gql(OPEN, { input: { workerId: w.id, reason: 'RESIGNED', noticeOn: '2026-11-02', lastDay: '2026-11-30' } }, { user: 'township' });
    expect(short.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.lastDay' }, message: expect.stringContaining('2026-12-02') });
    const early = await app.gql(OPEN, { input: { workerId: w.id, reason: 'OTHER', noticeOn: '2000-01-01', lastDay: '2000-01-01' } }, { user: 'township' });
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.lastDay' }, message: expect.stringContaining(w.hired_on) });
    await app.ok(OPEN, { input: { workerId: w.id, reason: 'OTHER', noticeOn: TEST_TODAY, lastDay: TEST_TODAY } }, 'township');
    const twice = await app.gql(OPEN, { input: { workerId: w.id, reason: 'OTHER', noticeOn: TEST_TODAY, lastDay: TEST_TODAY } }, { user: 'township' });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXITING' });
  });

  it('works through the checklist: the grid left vacant, contract and cover ended, the worker EXITED at the last step, art. 50 flagged when late', async () => {
    const w = await employee('MALE', 1);
    const opened = (
      await app.ok(
        OPEN,
        {
          input: {
            workerId: w.id,
            reason: 'NO_FAULT',
            noFaultGround: 'CHANGED_CIRCUMSTANCES',
            notice: 'PAY_IN_LIEU',
            noticeOn: '2026-11-10',
            lastDay: '2026-11-10',
          },
        },
        'township',
      )
    ).openExit;
    expect(opened).toMatchObject({ transferDueOn: '2026-11-25', severanceOwed: true });
    expect(opened.severanceFen).toBeGreaterThan(0);
    expect(opened.payInLieuFen).toBe(opened.averageMonthlyFen);
    expect(opened.steps.map((s: any) => s.kind)).toEqual(
      expect.arrayContaining(['HAND_OVER_GRID', 'END_CONTRACT', 'FINAL_PAY', 'RETURN_EQUIPMENT', 'CERTIFICATE_AND_TRANSFER']),
    );
    expect(opened.steps.find((s: any) => s.kind === 'HAND_OVER_GRID').gridCode).toBe(w.grid_code);

    // Due on the 25th: not late on it, late and flagged on the 26th.
    await scanNow(app, 'county', ['exit.transfer-late']);
    expect(await app.sql(`select 1 from compliance_flag where rule = 'exit.transfer-late' and subject_id = ? and resolved_at is null`, [w.id])).toHaveLength(0);
    app.setToday('2026-11-26');
    await scanNow(app, 'county', ['exit.transfer-late']);
    expect(await app.sql(`select 1 from compliance_flag where rule = 'exit.transfer-late' and subject_id = ? and resolved_at is null`, [w.id])).toHaveLength(1);

    // While the exit is open, a plain status change does not end the worker.
    const direct = await app.gql(
      `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id } }`,
      {
        input: {
          id: w.id,
          version: (await app.sql<{ version: number }>('select version from worker where id = ?', [w.id]))[0].version,
          status: 'EXITED',
          exitedOn: '2026-11-10',
        },
      },
      { user: 'township' },
    );
    expect(direct.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'input.status' }, message: expect.stringContaining('completeExitStep') });

    let current = opened;
    for (const step of opened.steps) {
      const extra = step.kind === 'HAND_OVER_GRID' ? { vacancy: true } : {};
      const worker = await app.sql<{ status: string }>('select status from worker where id = ?', [w.id]);
      expect(worker[0].status).toBe('ACTIVE');
      current = (await app.ok(STEP, { input: { stepId: step.id, doneOn: '2026-11-26', ...extra } }, 'township')).completeExitStep;
    }
    expect(current.status).toBe('DONE');
    expect(current.steps.find((s: any) => s.kind === 'CERTIFICATE_AND_TRANSFER')).toMatchObject({ doneOn: '2026-11-26', late: true });
    expect(await app.sql(`select status, to_char(exited_on, 'YYYY-MM-DD') as exited_on from worker where id = ?`, [w.id])).toEqual([
      { status: 'EXITED', exited_on: '2026-11-10' },
    ]);
    expect(
      await app.sql(
        `select status, to_char(ended_on, 'YYYY-MM-DD') as ended_on from contract where worker_id = ? and status <> 'DRAFT' order by start_date desc limit 1`,
        [w.id],
      ),
    ).toEqual([{ status: 'TERMINATED', ended_on: '2026-11-10' }]);
    const again = await app.gql(STEP, { input: { stepId: opened.steps[0].id, doneOn: '2026-11-26', vacancy: true } }, { user: 'township' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STEP_DONE' });
    const audit = await app.sql(`select action from audit_entry where entity_id = ? and action in ('OPEN_EXIT', 'EXIT_STEP', 'EXIT')`, [w.id]);
    expect(audit.length).toBe(opened.steps.length + 2);
    const vacancies = (await app.ok(`{ vacancies { gridCode vacantSince } }`, {}, 'county')).vacancies;
    expect(vacancies).toEqual(expect.arrayContaining([{ gridCode: w.grid_code, vacantSince: '2026-11-11' }]));
  });
  it('settles the final pay in the payroll of the exit month: wages prorated to the last day, severance and pay in lieu as exit pay outside the floors', async () => {
    const w = await employee('FEMALE');
    const opened = (
      await app.ok(
        `mutation($input: OpenExitInput!) { openExit(input: $input) { ${CASE} finalMonthFen } }`,
        {
          input: {
            workerId: w.id,
            reason: 'NO_FAULT',
            noFaultGround: 'CHANGED_CIRCUMSTANCES',
            notice: 'PAY_IN_LIEU',
            noticeOn: '2026-11-20',
            lastDay: '2026-11-20',
          },
        },
        'township',
      )
    ).openExit;
    expect(opened.severanceFen).toBeGreaterThan(0);
    expect(opened.payInLieuFen).toBeGreaterThan(0);
    const finalPay = opened.steps.find((s: any) => s.kind === 'FINAL_PAY');
    const early = await app.gql(STEP, { input: { stepId: finalPay.id, doneOn: TEST_TODAY } }, { user: 'township' });
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'STEP_ORDER' }, message: expect.stringContaining('END_CONTRACT') });
    // Exit pay is the exit's to write, not the township's to enter.
    const entered = await pay.setItems(w.id, '2026-11', [{ kind: 'SEVERANCE', amountFen: 100 }]);
    expect(entered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items[0].kind' });

    for (const step of opened.steps) {
      const extra = step.kind === 'HAND_OVER_GRID' ? { vacancy: true } : {};
      await app.ok(STEP, { input: { stepId: step.id, doneOn: TEST_TODAY, ...extra } }, 'township');
    }
    const items = async () =>
      app.sql<{ kind: string; amount_fen: string }>(
        `select kind, amount_fen from pay_item where worker_id = ? and period_from = '2026-11-01' and kind in ('SEVERANCE', 'PAY_IN_LIEU') order by kind::text`,
        [w.id],
      );
    const written = [
      { kind: 'PAY_IN_LIEU', amount_fen: String(opened.payInLieuFen) },
      { kind: 'SEVERANCE', amount_fen: String(opened.severanceFen) },
    ];
    expect(await items()).toEqual(written);
    // The township's own entries for the month replace its entries only.
    expect((await pay.setItems(w.id, '2026-11', [{ kind: 'OWN_INSURANCE', amountFen: 10_000 }])).errors).toBeUndefined();
    expect(await items()).toEqual(written);

    const [run] = (await pay.generate('140799001000', '2026-11')).filter((r: any) => r.periodKind === 'MONTH');
    const line = run.lines.find((l: any) => l.worker.id === w.id);
    const exitPay = opened.severanceFen + opened.payInLieuFen;
    expect(line).toMatchObject({ employedDays: 20, baseFen: opened.finalMonthFen, exitPayFen: exitPay, ownInsuranceFen: 10_000 });
    expect(line.grossFen).toBe(line.baseFen + line.performanceFen + exitPay);
    expect(line.netFen).toBe(line.grossFen - 10_000);
    // The floor is checked on the wages alone (Shanxi tier 1 compares pay excluding insurance).
    const floor = line.floorChecks.find((c: any) => c.floor === 'MONTHLY_MINIMUM_WAGE');
    expect(floor.comparedFen).toBe(line.baseFen + line.performanceFen - 10_000);
  });

  it('hands a grid over to a named worker from the day after the last day', async () => {
    const w = await employee('MALE', 2);
    const region = (await app.sql<{ region_code: string }>('select region_code from worker where id = ?', [w.id]))[0].region_code;
    const regionId = (await app.sql<{ id: string }>('select id from region where code = ?', [region]))[0].id;
    const next = (await app.ok(CREATE_WORKER, { input: aWorkerInput(regionId, { name: '接替者', hiredOn: '2026-11-01' }) }, 'township')).createWorker;
    const opened = (await app.ok(OPEN, { input: { workerId: w.id, reason: 'RESIGNED', noticeOn: '2026-10-20', lastDay: '2026-11-19' } }, 'township')).openExit;
    const handOver = opened.steps.find((s: any) => s.kind === 'HAND_OVER_GRID');
    const neither = await app.gql(STEP, { input: { stepId: handOver.id, doneOn: '2026-11-19' } }, { user: 'township' });
    expect(neither.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.handedToWorkerId' });
    await app.ok(STEP, { input: { stepId: handOver.id, doneOn: '2026-11-19', handedToWorkerId: next.id } }, 'township');
    const duty = await app.sql(
      `select a.worker_id, to_char(a.from_date, 'YYYY-MM-DD') as from_date, to_char(a.to_date, 'YYYY-MM-DD') as to_date
         from grid_assignment a join grid g on g.id = a.grid_id where g.code = ? and a.worker_id in (?, ?) order by a.from_date`,
      [w.grid_code, w.id, next.id],
    );
    expect(duty.slice(-2)).toEqual([
      expect.objectContaining({ worker_id: w.id, to_date: '2026-11-19' }),
      { worker_id: next.id, from_date: '2026-11-20', to_date: null },
    ]);
    expect((await app.sql<{ status: string }>('select status from worker where id = ?', [w.id]))[0].status).toBe('ACTIVE');
  });

  it('reports turnover per township and year, by reason, as data and xlsx', async () => {
    const { reportData } = await app.ok(`query($p: JSON) { reportData(report: "exit.turnover", params: $p) { title rows } }`, { p: { year: 2026 } }, 'county');
    expect(reportData.title).toBe('网格员流动情况（2026年）');
    const town = reportData.rows.find((r: any) => r.townshipName === '城关街道');
    // the checklist's exit and the final pay's
    expect(town).toMatchObject({ exitsNO_FAULT: 2 });
    expect(town.endHeadcount).toBe(town.startHeadcount + town.hires - town.exits);
    const total = reportData.rows.at(-1);
    expect(total.townshipName).toBe('合计');
    expect(total.exits).toBe(reportData.rows.slice(0, -1).reduce((n: number, r: any) => n + r.exits, 0));
    const file = (
      await app.ok(`query($p: JSON) { reportExport(report: "exit.turnover", params: $p) { fileName contentBase64 } }`, { p: { year: 2026 } }, 'county')
    ).reportExport;
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

describe('rehire block', () => {
  let app: TestApp;
  const steps = recruitingSteps(() => app);
  beforeAll(async () => {
    app = await TestApp.start({});
  });
  afterAll(() => app.close());

  it('refuses a worker dismissed for misconduct a new application, with the reason for the county only, and a new record', async () => {
    const idNumber = anIdNumber('19900303');
    const region = await steps.regionId('140799001001');
    const w = (await app.ok(CREATE_WORKER, { input: aWorkerInput(region, { name: '违纪者', idNumber, hiredOn: '2025-01-01' }) }, 'township')).createWorker;
    const finding = (
      await app.ok(
        `mutation($input: RecordMisconductInput!) { recordMisconduct(input: $input) { id } }`,
        { input: { workerId: w.id, kind: 'LEAKING_SECRETS', occurredOn: '2026-11-01', finding: '泄露居民个人信息', decidedBy: '城关街道办事处' } },
        'township',
      )
    ).recordMisconduct;
    const dismissed = await app.ok(
      OPEN,
      {
        input: { workerId: w.id, reason: 'DISMISSED', misconductId: finding.id, unionNotifiedOn: '2026-11-20', noticeOn: '2026-11-24', lastDay: '2026-11-24' },
      },
      'township',
    );
    expect(dismissed.openExit).toMatchObject({ rehireBlocked: true, severanceOwed: false });

    const { positionId } = await steps.openCampaign({
      title: '城关街道专职网格员',
      regionId: await steps.regionId('140799001000'),
      category: 'FULL_TIME',
      headcount: 1,
    });
    const input = { positionId, name: '违纪者', idNumber, phone: aPhone(), education: 'BACHELOR', homeRegionCode: '140799001001' };
    const REGISTER = `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`;
    const byCounty = await app.gql(REGISTER, { input }, { user: 'county' });
    expect(byCounty.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'REHIRE_BLOCKED' },
      message: expect.stringContaining('泄露居民个人信息'),
    });
    const byTownship = await app.gql(REGISTER, { input }, { user: 'township' });
    expect(byTownship.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'REHIRE_BLOCKED' } });
    expect(byTownship.errors![0].message).not.toContain('泄露');
    expect(await app.sql('select 1 from application where name = ?', ['违纪者'])).toHaveLength(0);

    const again = await app.gql(CREATE_WORKER, { input: aWorkerInput(region, { name: '违纪者', idNumber }) }, { user: 'township' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
  });
});
