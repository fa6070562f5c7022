// Issue 16 item 11: bad data that used to be stored is refused, BAD_USER_INPUT naming the field.
import { anIdNumber, aPhone, aWorkerInput, CREATE_WORKER } from './support/factories';
import { expectRefused, GraphqlResponse, TestApp } from './support/test-app';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('bad data is refused at input (issue 16 item 11)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const createWorker = async (overrides: Record<string, unknown>) =>
    app.gql(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001002'), overrides) }, { user: 'township' });
  const workers = async () => Number((await app.sql<{ n: string }>('select count(*) as n from worker'))[0].n);

  it('refuses worker names with a right-to-left override, emoji or a spreadsheet formula', async () => {
    const before = await workers();
    expectRefused(await createWorker({ name: '\u202e三张' }), 'input.name', /right-to-left/);
    expectRefused(await createWorker({ name: '张三😀' }), 'input.name', /emoji/);
    expectRefused(await createWorker({ name: '=HYPERLINK("http://x.example","张三")' }), 'input.name', /formula/);
    expectRefused(await createWorker({ name: "+1+cmd|' /C calc'!A0" }), 'input.name', /formula/);
    expect(await workers()).toBe(before);
  });

  it('refuses a hire date before birth or before the 16th birthday, and a household registration not on record', async () => {
    expectRefused(await createWorker({ idNumber: anIdNumber('20000505'), hiredOn: '1999-01-01' }), 'input.hiredOn', /before the birth date 2000-05-05/);
    expectRefused(await createWorker({ idNumber: anIdNumber('20000505'), hiredOn: '2016-05-04' }), 'input.hiredOn', /Labour Law art\. 15/);
    expectRefused(await createWorker({ homeRegionCode: '140799999999' }), 'input.homeRegionCode', /not a region on record/);
    expect(errorFree(await createWorker({ idNumber: anIdNumber('20000505'), hiredOn: '2016-05-05', homeRegionCode: '140799001001' }))).toBe(true);
  });

  it('refuses a blank misconduct finding', async () => {
    const worker = (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001002'), { hiredOn: '2020-01-01' }) }, 'township')).createWorker;
    const res = await app.gql(
      `mutation($input: RecordMisconductInput!) { recordMisconduct(input: $input) { id } }`,
      { input: { workerId: worker.id, kind: 'OTHER_VIOLATION', occurredOn: '2026-01-05', finding: '   ', decidedBy: '城关街道' } },
      { user: 'township' },
    );
    expectRefused(res, 'input.finding', /blank/);
  });

  const contract = (terms: Record<string, unknown>) =>
    app.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
      {
        input: {
          workerId: NO_SUCH_ID,
          kind: 'LABOR',
          employerKind: 'TOWNSHIP',
          employerName: '城关街道办事处',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          monthlyBasePayFen: 300_000,
          ...terms,
        },
      },
      { user: 'township' },
    );

  it('refuses a blank employer, a placeholder date and a pay of 0 or 1 fen on a contract', async () => {
    expectRefused(await contract({ employerName: '   ' }), 'input.employerName', /blank/);
    expectRefused(await contract({ endDate: '9999-12-31' }), 'input.endDate', /from 1949-10-01 to 2100-12-31/);
    expectRefused(await contract({ startDate: '1900-01-01' }), 'input.startDate');
    expectRefused(await contract({ monthlyBasePayFen: 0 }), 'input.monthlyBasePayFen', /Labour Law art\. 48/);
    expectRefused(await contract({ monthlyBasePayFen: 1 }), 'input.monthlyBasePayFen');
  });

  it('refuses a blank insurance policy number', async () => {
    const res = await app.gql(
      `mutation($input: CreateInsurancePolicyInput!) { createInsurancePolicy(input: $input) { id } }`,
      {
        input: {
          kind: 'ACCIDENT',
          insurer: '中国人寿',
          policyNumber: ' \u3000 ',
          holderRegionId: await regionId('140799001000'),
          payer: 'TOWNSHIP',
          validFrom: '2026-01-01',
          premiumFen: 100_000,
        },
      },
      { user: 'township' },
    );
    expectRefused(res, 'input.policyNumber', /blank/);
  });

  it('refuses the grid code abc and a grid active from 1900-01-01', async () => {
    const grid = async (input: Record<string, unknown>) =>
      app.gql(
        `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
        { input: { regionId: await regionId('140799001002'), code: '140799001002-88', name: '坏数据网格', households: 400, population: 1000, ...input } },
        { user: 'township' },
      );
    expectRefused(await grid({ code: 'abc' }), 'input.code', /grid code/);
    expectRefused(await grid({ activeFrom: '1900-01-01' }), 'input.activeFrom');
  });

  it('refuses a blank training topic and a session on 9999-12-31', async () => {
    const session = async (input: Record<string, unknown>) =>
      app.gql(
        `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
        {
          input: {
            level: 'TOWNSHIP',
            kind: 'REGULAR',
            organiserId: await regionId('140799001000'),
            heldOn: '2026-03-01',
            hours: 2,
            topic: '业务培训',
            ...input,
          },
        },
        { user: 'township' },
      );
    expectRefused(await session({ topic: '    ' }), 'input.topic', /blank/);
    expectRefused(await session({ heldOn: '9999-12-31' }), 'input.heldOn');
  });

  it('refuses a blank applicant name', async () => {
    const res = await app.gql(
      `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
      { input: { positionId: NO_SUCH_ID, name: '   ', idNumber: anIdNumber('19950505'), phone: aPhone() } },
      { user: 'township' },
    );
    expectRefused(res, 'input.name', /blank/);
  });

  it('refuses a policy taking effect on 1900-01-01', async () => {
    const res = await app.gql(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: await regionId('140700000000'), key: 'contracts.renewalReminderDays', value: [90, 50, 30], effectiveFrom: '1900-01-01' } },
      { user: 'city' },
    );
    expectRefused(res, 'input.effectiveFrom', /from 1949-10-01/);
  });
});

describe('imports refuse what the API refuses (issue 16 item 11)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const HEADER = '姓名,身份证号,手机号,人员类别,状态,管理区划代码,所属网格编码,学历,政治面貌,退役军人,低保,社工证,职称,户籍区划代码,人员来源,入职日期';
  const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8').toString('base64');
  const IMPORT = `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) { written problems { line column value problem } } }`;

  it('reports formula names, under-age hires and unknown household registrations by line, writing nothing', async () => {
    const report = (
      await app.ok(
        IMPORT,
        {
          input: {
            format: 'csv',
            contentBase64: csv(
              `"=HYPERLINK(""http://x.example"",""张三"")",${anIdNumber('19900101')},${aPhone()},兼职网格员,,140799001004,,,,,,,,,,`,
              `李四,${anIdNumber('20150101')},${aPhone()},兼职网格员,,140799001004,,,,,,,,,,2026-01-01`,
              `王五,${anIdNumber('19900101')},${aPhone()},兼职网格员,,140799001004,,,,,,,,140799999999,,`,
            ),
          },
        },
        'township',
      )
    ).importWorkers;
    expect(report.written).toBe(false);
    expect(report.problems.map((p: { line: number; column: string }) => `${p.line}:${p.column}`)).toEqual(['2:姓名', '3:入职日期', '4:户籍区划代码']);
    expect(report.problems[1].problem).toContain('Labour Law art. 15');
  });

  it('refuses the grid code abc in a grid sheet', async () => {
    const header = '网格编码,网格名称,所属社区（村）代码,城乡属性,网格类型,专属单位,户数,人口,四至范围,监督电话,启用日期';
    const content = Buffer.from([header, 'abc,坏编码网格,140799001002,,,,400,1000,,,'].join('\n'), 'utf8').toString('base64');
    const report = (
      await app.ok(
        `mutation($input: ImportGridsInput!) { importGrids(input: $input) { written problems { line column } } }`,
        { input: { format: 'csv', contentBase64: content } },
        'county',
      )
    ).importGrids;
    expect(report).toEqual({ written: false, problems: [{ line: 2, column: '网格编码' }] });
  });
});

function errorFree(res: GraphqlResponse): boolean {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return true;
}
