// Pay (issue: minimum wages, monthly payroll and the legal floors) as township and finance staff meet it.
import { Workbook } from 'exceljs';
import { paySteps } from './support/pay';
import { errorCode, scanNow, TEST_TODAY, TestApp } from './support/test-app';

const CHENGGUAN = '140799001000';
const XISHAN = '140799102000';

describe('payroll runs and the legal floors', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const { run, monthRun, generate, step, ok, setItems, hire } = paySteps(() => app);
  const flags = async (rule: string) =>
    (
      await app.ok(`query($r: String) { complianceFlags(rule: $r) { edges { node { workerId subjectId period severity message } } } }`, { r: rule }, 'county')
    ).complianceFlags.edges.map((e: any) => e.node);

  it('the demo has six months paid and last month of 西山乡 waiting with a rural part-timer docked below 500 yuan', async () => {
    const { payrollRuns } = await app.ok(`{ payrollRuns(first: 100, status: PAID) { totalCount edges { node { month periodKind } } } }`, {}, 'finance');
    const months = new Set(payrollRuns.edges.filter((e: any) => e.node.periodKind === 'MONTH').map((e: any) => e.node.month));
    expect([...months].sort()).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    const waiting = await monthRun(XISHAN, '2026-10', 'finance');
    expect(waiting).toMatchObject({ status: 'SUBMITTED', breachCount: 1 });
    const docked = waiting.lines.find((l: any) => l.breach);
    expect(docked).toMatchObject({
      grossFen: 48_000,
      shortfallFen: 2_000,
      floorChecks: [expect.objectContaining({ floor: 'RURAL_MONTHLY', requiredFen: 50_000 })],
    });

    // Rural part-timer paid 480 yuan: a HIGH flag; approval refused naming the worker, the floor and the shortfall.
    await scanNow(app, 'county', ['pay.below-floor', 'pay.month-unpaid', 'pay.run-late']);
    expect(await flags('pay.below-floor')).toEqual([expect.objectContaining({ workerId: docked.worker.id, period: '2026-10', severity: 'HIGH' })]);
    expect((await flags('pay.run-late')).map((f: any) => f.period)).toEqual(['2026-10']);
    // Unpaid: 西山乡's October, for each worker on its lines; no paid month, none before the township's payroll was kept here.
    const unpaid = await flags('pay.month-unpaid');
    expect(unpaid.every((f: any) => f.period === '2026-10')).toBe(true);
    expect(new Set(unpaid.map((f: any) => f.workerId))).toEqual(new Set(waiting.lines.map((l: any) => l.worker.id)));
    const refused = await step('approvePayrollRun', { id: waiting.id, version: waiting.version }, 'finance');
    expect(refused.errors[0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'FLOOR_BREACH' },
      message: expect.stringContaining(`${docked.workerName}: 20.00 yuan below the rural floor of 500 yuan a month (500.00 required, 480.00 paid)`),
    });
    expect(errorCode(await step('approvePayrollRun', { id: waiting.id, version: waiting.version }, 'township'))).toBe('FORBIDDEN');

    // The inputs of a submitted run are locked; returned, corrected to exactly 500 yuan, approved and paid.
    const locked = await setItems(docked.worker.id, '2026-10', [{ kind: 'DEDUCTION', amountFen: 30_000 }], 'county');
    expect(locked.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERIOD_LOCKED' });
    const returned = await ok('returnPayrollRun', { id: waiting.id, version: waiting.version, reason: '扣款有误，请核实' }, 'finance');
    expect(returned.status).toBe('DRAFT');
    expect((await setItems(docked.worker.id, '2026-10', [{ kind: 'DEDUCTION', amountFen: 30_000 }], 'county')).errors).toBeUndefined();
    const fixed = await ok('refreshPayrollRun', { id: waiting.id, version: returned.version }, 'county');
    expect(fixed.breachCount).toBe(0);
    const submitted = await ok('submitPayrollRun', { id: waiting.id, version: fixed.version }, 'county');
    const approved = await ok('approvePayrollRun', { id: waiting.id, version: submitted.version }, 'finance');
    expect(approved.status).toBe('APPROVED');
    expect((await step('markPayrollRunPaid', { id: waiting.id, version: approved.version, paidOn: '2026-12-01' }, 'finance')).errors[0].extensions.field).toBe(
      'input.paidOn',
    );
    expect((await ok('markPayrollRunPaid', { id: waiting.id, version: approved.version, paidOn: TEST_TODAY }, 'finance')).status).toBe('PAID');
    await scanNow(app, 'county', ['pay.below-floor', 'pay.month-unpaid', 'pay.run-late']);
    expect([...(await flags('pay.below-floor')), ...(await flags('pay.run-late')), ...(await flags('pay.month-unpaid'))]).toEqual([]);
    const audit = await app.sql<{ action: string }>(`select action from audit_entry where entity = 'PayrollRun' and entity_id = ?`, [waiting.id]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['RETURN', 'REFRESH', 'SUBMIT', 'APPROVE', 'PAY']));
  });

  it('lists runs page by page with the same fields, money and township as one run read on its own', async () => {
    const FIELDS = `id regionCode month periodKind periodFrom status lineCount grossFen netFen employerInsuranceFen breachCount approvedBy approvedOn paidOn version township { id code name level }`;
    const PAGE = `query($after: String) { payrollRuns(first: 4, after: $after) { totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await app.ok(PAGE, {}, 'finance')).payrollRuns;
    const second = (await app.ok(PAGE, { after: first.pageInfo.endCursor }, 'finance')).payrollRuns;
    const nodes = [...first.edges, ...second.edges].map((e: any) => e.node);
    expect(nodes).toHaveLength(8);
    expect(new Set(nodes.map((n: any) => n.id)).size).toBe(8);
    // Newest period first, across the page break.
    expect(nodes.map((n: any) => n.periodFrom)).toEqual([...nodes.map((n: any) => n.periodFrom)].sort().reverse());
    const { count } = (await app.sql(`select count(*)::int as count from payroll_run`))[0];
    expect([first.totalCount, second.totalCount]).toEqual([count, count]);
    for (const node of nodes) {
      const { payrollRun } = await app.ok(`query($id: ID!) { payrollRun(id: $id) { ${FIELDS} } }`, { id: node.id }, 'finance');
      expect(node).toEqual(payrollRun);
      expect(typeof node.grossFen).toBe('number');
      expect(node.township).toMatchObject({ code: node.regionCode, level: 'TOWNSHIP' });
    }
  });

  it('Shanxi tier 1: gross 2,150 less 230 own insurance is 60 yuan short; gross 2,300 less 240 passes', async () => {
    const { worker } = await hire({ region: '140799001001', user: 'township', start: '2026-11-01', payFen: 215_000 });
    await setItems(worker.id, '2026-11', [{ kind: 'OWN_INSURANCE', amountFen: 23_000 }]);
    const [draft] = (await generate(CHENGGUAN, '2026-11')).filter((r: any) => r.periodKind === 'MONTH');
    const line = draft.lines.find((l: any) => l.worker.id === worker.id);
    expect(line).toMatchObject({ grossFen: 215_000, netFen: 192_000, breach: true, shortfallFen: 6_000 });
    expect(line.floorChecks).toEqual([
      expect.objectContaining({ floor: 'MONTHLY_MINIMUM_WAGE', requiredFen: 198_000, comparedFen: 192_000, minimumWageId: expect.any(String) }),
    ]);
    const submitted = await ok('submitPayrollRun', { id: draft.id, version: draft.version }, 'township');
    expect((await step('approvePayrollRun', { id: draft.id, version: submitted.version }, 'finance')).errors[0].message).toContain(
      '60.00 yuan below the monthly minimum wage',
    );
    const back = await ok('returnPayrollRun', { id: draft.id, version: submitted.version, reason: '低于最低工资' }, 'finance');
    await setItems(worker.id, '2026-11', [
      { kind: 'PERFORMANCE', amountFen: 15_000 },
      { kind: 'OWN_INSURANCE', amountFen: 24_000 },
    ]);
    const refreshed = await ok('refreshPayrollRun', { id: draft.id, version: back.version }, 'township');
    expect(refreshed.lines.find((l: any) => l.worker.id === worker.id)).toMatchObject({ grossFen: 230_000, netFen: 206_000, breach: false });
  });

  it('Labor Contract Law art. 20: probation pay of 2,300 on a 3,000 contract is 100 yuan short of 80%, on the contract and in the payroll', async () => {
    const { worker, contract } = await hire({
      region: '140799001002',
      user: 'township',
      start: '2026-11-01',
      payFen: 300_000,
      probation: { end: '2027-04-30', payFen: 230_000 },
    });
    expect(contract.warnings).toEqual([expect.stringContaining('art. 20: probation pay 2300.00 yuan is below 80% of the contract wage (2400.00 yuan)')]);
    const [draft] = (await generate(CHENGGUAN, '2026-11')).filter((r: any) => r.periodKind === 'MONTH');
    const line = draft.lines.find((l: any) => l.worker.id === worker.id);
    expect(line.baseFen).toBe(230_000);
    expect(line.floorChecks.find((c: any) => c.floor === 'PROBATION')).toMatchObject({ requiredFen: 240_000, comparedFen: 230_000, shortfallFen: 10_000 });
  });

  it('lets exactly one of two finance approvals of the same run through', async () => {
    const { worker } = await hire({ region: '140799101201', user: 'township2', start: '2026-11-01', payFen: 250_000 });
    expect(worker.id).toBeTruthy();
    const [draft] = (await generate('140799101000', '2026-11', 'township2')).filter((r: any) => r.periodKind === 'MONTH');
    expect(draft.breachCount).toBe(0);
    const submitted = await ok('submitPayrollRun', { id: draft.id, version: draft.version }, 'township2');
    const both = await Promise.all([1, 2].map(() => step('approvePayrollRun', { id: draft.id, version: submitted.version }, 'finance')));
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(both.filter((r) => r.errors).map((r) => r.errors[0].extensions.code)).toEqual(['CONFLICT']);
    expect((await run(draft.id)).status).toBe('APPROVED');
  });

  it('corrects an approved month with an adjustment run of the differences', async () => {
    const july = await monthRun(CHENGGUAN, '2026-07');
    const someone = july.lines.find((l: any) => l.performanceFen === 30_000);
    expect(someone.performanceBasis).toMatch(/COMPETENT$/);
    // Shanxi measures: performance pay follows the assessment (the demo county's amounts per level).
    const amounts: Record<string, number> = { EXCELLENT: 60_000, COMPETENT: 30_000, BASIC: 10_000, INCOMPETENT: 0 };
    const rated = july.lines.filter((l: any) => l.performanceBasis);
    expect(rated.length).toBeGreaterThan(5);
    for (const l of rated) expect(l.performanceFen).toBe(amounts[l.performanceBasis.split(' ').at(-1)]);
    const township = (await app.sql<{ id: string }>(`select id from region where code = ?`, [CHENGGUAN]))[0].id;
    const adjust = (reason: string) =>
      app.gql<any>(
        `mutation($input: AdjustPayrollInput!) { adjustPayroll(input: $input) { id kind sequence lineCount grossFen lines { performanceFen baseFen grossFen worker { id } } } }`,
        {
          input: { townshipId: township, month: '2026-07', reason },
        },
        { user: 'township' },
      );
    expect((await adjust('补发')).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_ADJUST' });
    const items = await app.ok(`query($w: ID!) { payItems(workerId: $w, month: "2026-07") { kind amountFen } }`, { w: someone.worker.id }, 'township');
    await setItems(
      someone.worker.id,
      '2026-07',
      // Performance pay came from last year's COMPETENT; the township enters 500 yuan instead.
      [...items.payItems.map((i: any) => ({ kind: i.kind, amountFen: i.amountFen })), { kind: 'PERFORMANCE', amountFen: 50_000 }],
    );
    const adjustPayroll = (await adjust('7月绩效补发')).data.adjustPayroll;
    expect(adjustPayroll).toMatchObject({ kind: 'ADJUSTMENT', sequence: 2, lineCount: 1, grossFen: 20_000 });
    expect(adjustPayroll.lines).toEqual([{ performanceFen: 20_000, baseFen: 0, grossFen: 20_000, worker: { id: someone.worker.id } }]);
    expect((await run(july.id)).lines.find((l: any) => l.worker.id === someone.worker.id).performanceFen).toBe(30_000);
  });

  it('shows finance masked ID numbers and phones in every pay view and in the register export', async () => {
    const paid = await monthRun(CHENGGUAN, '2026-09', 'finance');
    expect(paid.lines.length).toBeGreaterThan(10);
    for (const line of paid.lines) {
      expect(line.worker.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(line.worker.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    const { reportExport } = await app.ok(
      `query($r: String!, $p: JSON, $f: ExportFormat!) { reportExport(report: $r, params: $p, format: $f) { fileName contentBase64 } }`,
      { r: 'pay.register', p: { runId: paid.id }, f: 'XLSX' },
      'finance',
    );
    expect(reportExport.fileName).toBe('城关街道2026-09网格员工资发放表.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(reportExport.contentBase64, 'base64') as never);
    const text = workbook.worksheets.flatMap((s) => s.getSheetValues().flat()).join(' ');
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).toMatch(/\d{4}\*{10}[\dX]{4}/);
  });

  it('drafts a whole county’s month as a job with its progress', async () => {
    const county = (await app.sql<{ id: string }>(`select id from region where code = '140799000000'`))[0].id;
    const { generateCountyPayroll } = await app.ok(
      `mutation($input: GenerateCountyPayrollInput!) { generateCountyPayroll(input: $input) { id status } }`,
      { input: { countyId: county, month: '2026-11' } },
      'finance',
    );
    expect(generateCountyPayroll.status).toBe('QUEUED');
    let done: any;
    for (let i = 0; i < 100 && done?.status !== 'DONE'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      done = (
        await app.ok(
          `query($id: ID!) { payrollGeneration(id: $id) { status townshipsTotal townshipsDone runsGenerated skipped error } }`,
          { id: generateCountyPayroll.id },
          'finance',
        )
      ).payrollGeneration;
    }
    expect(done).toMatchObject({ status: 'DONE', townshipsTotal: 3, townshipsDone: 3, error: null });
    expect(done.runsGenerated).toBeGreaterThan(0);
    expect(done.skipped).toEqual(expect.arrayContaining([expect.stringContaining('河东镇')])); // its November run is approved above
    expect(
      errorCode(
        await app.gql(
          `mutation($input: GenerateCountyPayrollInput!) { generateCountyPayroll(input: $input) { id } }`,
          { input: { countyId: county, month: '2026-12' } },
          { user: 'finance' },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
