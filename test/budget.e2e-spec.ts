// Budgets, finance reports and overviews up the region tree (issue: budgets and finance reports).
import { scanNow, TEST_TODAY, TestApp } from './support/test-app';

const SET = `mutation($input: SetBudgetInput!) { setBudget(input: $input) { id version totals { payFen employerInsuranceFen totalFen } } }`;
const EXECUTION = `query($r: ID!, $y: Int!, $asOf: LocalDate) { budgetExecution(regionId: $r, year: $y, asOf: $asOf) {
  monthsElapsed actualToDateFen plannedToDateFen executionPercent progressPercent totals { totalFen } months { month actualFen cumulativeActualFen } } }`;
const DATA = `query($r: String!, $p: JSON) { reportData(report: $r, params: $p) { title summary { label value } rows } }`;

describe('budgets, finance reports and overviews', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());
  afterEach(() => app.setToday(TEST_TODAY));

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const data = async (report: string, params: Record<string, unknown>, user = 'finance') => (await app.ok(DATA, { r: report, p: params }, user)).reportData;

  it('a budget of 12 workers × 2,500 yuan × 12 months plus insurance, against six months of actual payroll', async () => {
    const hedong = await regionId('140799101000');
    const input = {
      regionId: hedong,
      year: 2026,
      lines: [{ category: 'FULL_TIME', headcount: 12, monthlyPayFen: 250_000, monthlyEmployerInsuranceFen: 65_000, months: 12 }],
      accidentPremiumsFen: 0,
      trainingFundsFen: 0,
    };
    expect((await app.gql(SET, { input }, { user: 'township2' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const budget = (await app.ok(SET, { input }, 'finance')).setBudget;
    expect(budget.totals).toEqual({ payFen: 36_000_000, employerInsuranceFen: 9_360_000, totalFen: 45_360_000 });
    // Changing it needs the version read: a stale one is a conflict.
    expect((await app.gql(SET, { input: { ...input, version: budget.version + 1 } }, { user: 'finance' })).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_CHANGED',
    });

    // On 15 July six months are complete: what the approved and paid payroll of January-June cost.
    const [{ spent }] = await app.sql<{ spent: string }>(
      `select coalesce(sum(l.gross_fen + l.employer_insurance_fen), 0) as spent from payroll_run r join pay_line l on l.run_id = r.id
        where r.region_code = '140799101000' and r.status in ('APPROVED', 'PAID') and r.month between '2026-01' and '2026-06'`,
    );
    expect(Number(spent)).toBeGreaterThan(0);
    const e = (await app.ok(EXECUTION, { r: hedong, y: 2026, asOf: '2026-07-15' }, 'township2')).budgetExecution;
    expect(e).toMatchObject({ monthsElapsed: 6, actualToDateFen: Number(spent), plannedToDateFen: 22_680_000 });
    expect(e.executionPercent).toBe(Math.round((Number(spent) * 1000) / 45_360_000) / 10);
    expect(e.progressPercent).toBe(Math.round((Number(spent) * 1000) / 22_680_000) / 10);
    expect(e.months[5]).toMatchObject({ month: '2026-06', cumulativeActualFen: Number(spent) });
    const audit = await app.sql<{ action: string }>(`select action from audit_entry where entity = 'Budget' and entity_id = ?`, [budget.id]);
    expect(audit).toEqual([{ action: 'CREATE' }]);
  });

  it('flags spending ahead of the plan by more than the policy allows, and clears it when the budget is raised', async () => {
    const chengguan = await regionId('140799001000');
    const current = await app.ok(
      `query($r: ID!) { budget(regionId: $r, year: 2026) { version lines { category headcount monthlyPayFen monthlyEmployerInsuranceFen months } accidentPremiumsFen trainingFundsFen } }`,
      { r: chengguan },
      'finance',
    );
    const base = { regionId: chengguan, year: 2026, accidentPremiumsFen: 0, trainingFundsFen: 0 };
    const small = (
      await app.ok(
        SET,
        {
          input: {
            ...base,
            version: current.budget.version,
            lines: [{ category: 'FULL_TIME', headcount: 1, monthlyPayFen: 100_000, monthlyEmployerInsuranceFen: 0, months: 12 }],
          },
        },
        'finance',
      )
    ).setBudget;
    await scanNow(app, 'county', ['budget.ahead-of-plan']);
    const flags = async () =>
      (
        await app.ok(`{ complianceFlags(rule: "budget.ahead-of-plan") { edges { node { subjectId period message } } } }`, {}, 'county')
      ).complianceFlags.edges.map((e: any) => e.node);
    expect(await flags()).toEqual([
      expect.objectContaining({ subjectId: chengguan, period: '2026', message: expect.stringContaining('城关街道 2026年网格员经费截至10月已支出') }),
    ]);
    await app.ok(SET, { input: { ...base, version: small.version, lines: current.budget.lines } }, 'finance');
    await scanNow(app, 'county', ['budget.ahead-of-plan']);
    expect(await flags()).toEqual([]);
  });

  it('closes every finance report with a total that is the sum of its lines, in fen', async () => {
    const run = (
      await app.sql<{ id: string }>(`select id from payroll_run where region_code = '140799001000' and month = '2026-09' and period_kind = 'MONTH'`)
    )[0].id;
    const reports: [string, Record<string, unknown>, string][] = [
      ['pay.by-region', { month: '2026-09' }, 'regionName'],
      ['pay.by-category', { month: '2026-09' }, 'category'],
      ['pay.floor-compliance', { month: '2026-10' }, 'regionName'],
      ['insurance.cost', { year: 2026 }, 'regionName'],
      ['budget.execution', { regionId: await regionId('140799000000'), year: 2026 }, 'month'],
      ['pay.month-register', { month: '2026-09' }, 'workerName'],
    ];
    const { reports: list } = await app.ok(`{ reports { id columns { key kind } } }`, {}, 'finance');
    for (const [id, params, labelKey] of reports) {
      const { rows } = await data(id, params);
      const total = rows.at(-1);
      expect({ id, label: total[labelKey] }).toEqual({ id, label: '合计' });
      const lines = rows.slice(0, -1);
      expect(lines.length).toBeGreaterThan(0);
      const sums = list.find((r: any) => r.id === id).columns.filter((c: any) => c.kind === 'fen' && total[c.key] !== null);
      expect(sums.length).toBeGreaterThan(0);
      for (const c of sums)
        expect({ id, key: c.key, total: total[c.key] }).toEqual({ id, key: c.key, total: lines.reduce((n: number, r: any) => n + r[c.key], 0) });
    }
    // The register's key figures are the sums of its lines too.
    const register = await data('pay.register', { runId: run });
    const gross = register.rows.reduce((n: number, r: any) => n + r.grossFen, 0);
    expect(register.summary).toContainEqual({ label: '应发合计（元）', value: `${Math.floor(gross / 100)}.${String(gross % 100).padStart(2, '0')}` });
    // In the csv, amounts are yuan with two decimals and the total line closes the file.
    const { reportExport } = await app.ok(
      `query { reportExport(report: "pay.by-region", params: { month: "2026-09" }, format: CSV) { contentBase64 } }`,
      {},
      'finance',
    );
    const csv = Buffer.from(reportExport.contentBase64, 'base64').toString('utf8').trim().split('\n');
    expect(csv.at(-1)).toMatch(/^,合计,\d+,\d+\.\d{2},\d+\.\d{2},\d+\.\d{2},\d+\.\d{2},\d+$/);
  });

  it('rolls up by the caller’s level: a city one row per county, a county one per township, a township its own', async () => {
    const ids = async (user: string) => (await data('pay.by-region', { month: '2026-09' }, user)).rows.slice(0, -1).map((r: any) => r.regionCode);
    expect(await ids('city')).toEqual(['140799000000']);
    expect(await ids('finance')).toEqual(['140799001000', '140799101000', '140799102000']);
    expect(await ids('township2')).toEqual(['140799101000']);
    const overview = async (user: string) =>
      (
        await app.ok(
          `{ regionOverview { regionCode activeWorkers vacancies openFlags { high } payrollMonth payrollRuns { paid submitted breaches } budgetTotalFen executionPercent } }`,
          {},
          user,
        )
      ).regionOverview;
    expect((await overview('city')).map((r: any) => r.regionCode)).toEqual(['140700000000', '140799000000']);
    const county = await overview('county');
    expect(county.map((r: any) => r.regionCode)).toEqual(['140799000000', '140799001000', '140799101000', '140799102000']);
    const xishan = county.find((r: any) => r.regionCode === '140799102000');
    expect(xishan).toMatchObject({ payrollMonth: '2026-10', payrollRuns: { paid: 0, submitted: 1, breaches: 1 }, budgetTotalFen: null });
    const chengguan = county.find((r: any) => r.regionCode === '140799001000');
    expect(chengguan.vacancies).toBe(2);
    expect(chengguan.executionPercent).toBeGreaterThan(0);
    const [{ n }] = await app.sql<{ n: number }>(`select count(*)::int as n from worker where region_code like '140799%' and status = 'ACTIVE'`);
    expect(county.reduce((t: number, r: any) => t + r.activeWorkers, 0)).toBe(n);
    expect((await overview('township2')).map((r: any) => r.regionCode)).toEqual(['140799101000']);
  });

  it('shows finance no unmasked ID number or phone in any report or export, and puts every export in the audit trail', async () => {
    const run = (
      await app.sql<{ id: string }>(`select id from payroll_run where region_code = '140799001000' and month = '2026-09' and period_kind = 'MONTH'`)
    )[0].id;
    const { reports } = await app.ok(`{ reports { id } }`, {}, 'finance');
    const cycle = (await app.sql<{ id: string }>(`select id from assessment_cycle where region_code like '140799%' order by year limit 1`))[0].id;
    const params: Record<string, Record<string, unknown>> = {
      'pay.register': { runId: run },
      'pay.month-register': { month: '2026-09' },
      'workers.register': {},
      'pay.by-region': { month: '2026-09' },
      'pay.by-category': { month: '2026-09' },
      'pay.floor-compliance': { month: '2026-10' },
      'insurance.cost': { year: 2026 },
      'budget.execution': { regionId: await regionId('140799000000'), year: 2026 },
      'training.township': { townshipId: await regionId('140799001000'), year: 2026 },
      'training.county': { countyId: await regionId('140799000000'), year: 2026, asOf: '2026-10-31' },
      'workers.vacancies': {},
      'exit.turnover': { year: 2026 },
      'compliance.counts': {},
      'assessment.results': { cycleId: cycle },
      'assessment.distribution': { cycleId: cycle },
      'assessment.missing': { cycleId: cycle },
    };
    // Every report but the recruiting funnel (it needs a campaign, and the demo has none).
    expect(
      reports
        .map((r: any) => r.id)
        .filter((id: string) => id !== 'recruiting.funnel')
        .sort(),
    ).toEqual(Object.keys(params).sort());
    const exportsBefore = Number((await app.sql<{ n: string }>(`select count(*) as n from audit_entry where entity = 'Report' and action = 'EXPORT'`))[0].n);
    for (const id of Object.keys(params)) {
      const file = (
        await app.ok(
          `query($r: String!, $p: JSON) { reportExport(report: $r, params: $p, format: CSV) { fileName contentBase64 } }`,
          { r: id, p: params[id] },
          'finance',
        )
      ).reportExport;
      for (const text of [JSON.stringify(await data(id, params[id])), Buffer.from(file.contentBase64, 'base64').toString('utf8')]) {
        expect({ id, idNumber: /(?<!\d)\d{17}[\dX](?!\d)/.test(text), phone: /(?<!\d)1[3-9]\d{9}(?!\d)/.test(text) }).toEqual({
          id,
          idNumber: false,
          phone: false,
        });
      }
    }
    const audited = await app.sql<{ entity_id: string; actor_name: string; region_code: string; after: { format: string; rows: number } }>(
      `select entity_id, actor_name, region_code, after from audit_entry where entity = 'Report' and action = 'EXPORT' order by id offset ?`,
      [exportsBefore],
    );
    expect(audited.map((a) => a.entity_id)).toEqual(Object.keys(params));
    expect(audited.every((a) => a.actor_name === 'finance' && a.region_code === '140799000000' && a.after.format === 'CSV')).toBe(true);
    // the training report's own export query is audited too
    await app.ok(`query($t: ID!) { trainingReportExport(townshipId: $t, year: 2026) { fileName } }`, { t: params['training.township'].townshipId }, 'finance');
    const last = await app.sql<{ entity_id: string }>(
      `select entity_id from audit_entry where entity = 'Report' and action = 'EXPORT' order by id desc limit 1`,
    );
    expect(last).toEqual([{ entity_id: 'training.township' }]);
  });
});
