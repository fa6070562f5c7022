import { Workbook } from 'exceljs';
import { errorCode, TestApp } from './support/test-app';

const HEADER = '网格编码,网格名称,所属社区（村）代码,城乡属性,网格类型,专属单位,户数,人口,四至范围,监督电话,启用日期,服务事项';
const IMPORT = `mutation($input: ImportGridsInput!) { importGrids(input: $input) {
  written rows created updated problems { line column value problem } warnings { line column value problem } problemSheet { fileName } } }`;

const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8').toString('base64');

describe('grid import', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const grid = async (code: string) => (await app.sql<Record<string, any>>(`select * from grid where code = ?`, [code]))[0];
  const count = async (where: string) => Number((await app.sql<{ n: string }>(`select count(*) as n from grid where ${where}`))[0].n);
  const importAs = async (user: string, contentBase64: string, dryRun = false) =>
    (await app.ok(IMPORT, { input: { format: 'csv', contentBase64, dryRun } }, user)).importGrids;

  it('offers a template whose columns the import reads', async () => {
    const { gridImportTemplate: file } = await app.ok(`{ gridImportTemplate { fileName contentBase64 } }`, {}, 'county');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1).join(',')).toBe(HEADER);
  });

  it('is for the county and above, not the townships', async () => {
    const res = await app.gql(IMPORT, { input: { format: 'csv', contentBase64: csv('G-1,一网格,140799001001,,,,400,1000,,,') } }, { user: 'township' });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await count(`code = 'G-1'`)).toBe(0);
  });

  const SHEET = csv(
    '140799001001-91,东风一网格,140799001001,,,,400,1000,东至和平路，西至建设街,0354-1234567,2026-12-01,政策宣传、代办服务',
    '140799001001-92,东风二网格,140799001001,城市,综合网格,,800,2500,,,',
    '140799101201-91,河东九网格,140799101201,,,,150,400,,,',
    '140799101201-92,河东小学网格,140799101201,,专属网格,河东小学,80,1500,,13900001111,',
    '140799001001-01,东风社区第一网格（改名）,140799001001,,,,420,1100,,,',
  );

  it('checks in a dry run, then draws the grids, keyed on the code, with sizing advice reported and not refused', async () => {
    const before = await grid('140799001001-01');
    const dry = await importAs('county', SHEET, true);
    expect(dry).toMatchObject({ written: false, rows: 5, created: 4, updated: 1, problems: [], problemSheet: null });
    // Shanxi sets no grid size: no advice.
    expect(dry.warnings).toEqual([]);
    expect(await count(`code like '%-9_'`)).toBe(0);

    const report = await importAs('county', SHEET);
    expect(report).toMatchObject({ written: true, created: 4, updated: 1, problems: [], warnings: [] });
    expect(await grid('140799001001-91')).toMatchObject({
      name: '东风一网格',
      setting: 'URBAN',
      kind: 'COMPREHENSIVE',
      households: 400,
      population: 1000,
      boundary: '东至和平路，西至建设街',
      supervision_phone: '0354-1234567',
      service_items: '政策宣传、代办服务',
      region_code: '140799001001',
      active: true,
    });
    expect((await grid('140799001001-91')).active_from).toBeTruthy();
    expect(await grid('140799101201-91')).toMatchObject({ setting: 'RURAL', exclusive_unit: null });
    expect(await grid('140799101201-92')).toMatchObject({ kind: 'EXCLUSIVE', exclusive_unit: '河东小学', setting: 'RURAL' });
    const updated = await grid('140799001001-01');
    expect(updated).toMatchObject({
      name: '东风社区第一网格（改名）',
      households: 420,
      population: 1100,
      version: before.version + 1,
      active_from: before.active_from,
    });
    const audit = await app.sql<{ action: string; n: string }>(
      `select action, count(*) as n from audit_entry where entity = 'Grid' and actor_name = 'county' group by action order by action`,
    );
    expect(audit).toEqual([
      { action: 'IMPORT_CREATE', n: '4' },
      { action: 'IMPORT_UPDATE', n: '1' },
    ]);
    expect(await importAs('county', SHEET)).toMatchObject({ written: true, created: 0, updated: 0 });
    expect((await grid('140799001001-01')).version).toBe(before.version + 1);
  });

  it('takes the sizing advice from the region’s policy, as a grid on record gets it', async () => {
    const [city] = await app.sql<{ id: string }>(`select id from region where code = '140700000000'`);
    // The city adopts Zigong's numbers [001]: an urban grid of 800 households and 2,500 people is advised to be split.
    const sizing = { tolerancePercent: 20, bands: [{ regionLevel: 'COMMUNITY', householdsMin: 300, householdsMax: 500, populationAbout: 1000 }] };
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: city.id, key: 'grid.sizing', value: sizing, effectiveFrom: '2020-01-01' } },
      'city',
    );
    const { warnings } = await importAs('county', SHEET, true);
    expect(warnings).toEqual([{ line: 3, column: '户数', value: '800户 2500人', problem: expect.stringMatching(/consider splitting it/) }]);
    const { grids } = await app.ok(`{ grids(search: "东风二网格") { edges { node { code warnings } } } }`, {}, 'county');
    expect(grids.edges[0].node.warnings).toEqual([warnings[0].problem]);
  });

  it('writes nothing when any row is bad and names every problem by line', async () => {
    const grids = await count('true');
    const report = await importAs(
      'county',
      csv(
        'G-OK1,好网格,140799001002,,,,400,1000,,,',
        'G-OK1,重复网格,140799001002,,,,400,1000,,,',
        'G-TWP1,乡镇网格,140799001000,,,,400,1000,,,',
        'G-NONE1,无此社区,140799001099,,,,400,1000,,,',
        'G-OUT1,外县网格,140701001001,,,,400,1000,,,',
        'G-EXCL1,专属网格,140799001002,,专属网格,,400,1000,,,',
        'G-NUM1,户数有误,140799001002,,,,四百,1000,,,',
        '140799101201-01,移到社区,140799001002,,,,400,1000,,,',
        'bad code!,编码有误,140799001002,,,,400,1000,,,',
        'G-DATE1,日期有误,140799001002,,,,400,1000,,,2026-02-30',
      ),
    );
    expect(report.written).toBe(false);
    expect(report.problems.map((p: any) => `${p.line}:${p.column}`)).toEqual([
      '3:网格编码',
      '4:所属社区（村）代码',
      '5:所属社区（村）代码',
      '6:所属社区（村）代码',
      '7:专属单位',
      '8:户数',
      '9:所属社区（村）代码',
      '10:网格编码',
      '11:启用日期',
    ]);
    expect(report.problems[6].problem).toMatch(/现属 140799101201；调整所属社区（村）请用“移动网格”/);
    expect(await count('true')).toBe(grids);
  });

  it('refuses a grid code another county uses, without telling where', async () => {
    await app.sql(`update grid set region_code = '140701001001' where code = '140799102203-03'`);
    const report = await importAs('county', csv('140799102203-03,石门三网格,140799102203,,,,150,400,,,'));
    expect(report.problems).toEqual([{ line: 2, column: '网格编码', value: '140799102203-03', problem: '该网格编码已被其他单位使用' }]);
    await app.sql(`update grid set region_code = '140799102203' where code = '140799102203-03'`);
  });
});
