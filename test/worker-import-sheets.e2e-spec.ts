// The worker import takes the sheets townships already keep (issue 20): places by name, short labels,
// dates as people write them, columns it does not know ignored and listed, 性别 checked against the ID
// number, and a mapping for a column it cannot recognise, saved for the township's next upload.
import { Workbook } from 'exceljs';
import { anIdNumber, aPhone } from './support/factories';
import { errorCode, TestApp } from './support/test-app';

// Names have no digits: a row number in a name is written in Chinese numerals.
const hanNumber = (n: number) => String(n).replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]);

const IMPORT = `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) {
  written rows created updated problems { line column value problem }
  sheet { ignoredColumns columns { field header sheetHeader source } missingColumns { fields headers } notes { line column value note } mappingSaved } } }`;
// The roster a township keeps (issue 20), as Excel saves it: a title line above the header.
const OWN = '序号,姓名,性别,身份证号码,联系电话,人员类别,所属社区,学历,政治面貌,入职日期,备注';
const own = (header: string, ...lines: string[]) =>
  Buffer.from(['城关街道网格员花名册（2026年11月）', header, ...lines].join('\r\n'), 'utf8').toString('base64');

describe('importing the sheets townships keep', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const importAs = (user: string, contentBase64: string, extra: Record<string, unknown> = {}) =>
    app.ok(IMPORT, { input: { format: 'csv', contentBase64, ...extra } }, user).then((r) => r.importWorkers);
  const workersNamed = (like: string) =>
    app.sql<{ name: string; region_code: string; category: string; education: string | null; political_status: string | null; hired_on: string }>(
      `select name, region_code, category, education, political_status, to_char(hired_on, 'YYYY-MM-DD') as hired_on from worker where name like ? order by name collate "C"`,
      [like],
    );

  it('imports the township’s own roster in one go: community names, short labels, five date forms', async () => {
    const sheet = own(
      OWN,
      `1,甲 一,男,${anIdNumber('19880101')},138 0000 1001,专职,东风社区,本科,党员,2023-05-01,`,
      `2,甲二,女,${anIdNumber('19890202', false)},13800001002,兼职,新华社区,大专,团员,2023/5/1,社区推荐`,
      `3,甲三,男,${anIdNumber('19900303')},13800001003,兼职,文昌社区,高中,群众,2023.5.1,`,
      `4,甲四,女,${anIdNumber('19910404', false)},13800001004,专职,滨河社区,大学本科,预备党员,2023年5月1日,`,
      `5,甲五,男,${anIdNumber('19920505')},13800001005,辅助,东风,中专,,20230501,`,
      `6,甲六,男,${anIdNumber('19930606')},13800001006,兼职,新华社区居委会,,,2023年5月,`,
      '填表人：王主任,,,,,,,,,,',
    );
    const dry = await importAs('township', sheet, { dryRun: true });
    expect(dry).toMatchObject({ written: false, rows: 6, created: 6, updated: 0, problems: [] });
    expect(dry.sheet.ignoredColumns).toEqual(['序号', '备注']);
    expect(dry.sheet.columns.map((c: any) => `${c.sheetHeader}→${c.field}`)).toEqual([
      '姓名→name',
      '性别→sex',
      '身份证号码→idNumber',
      '联系电话→phone',
      '人员类别→category',
      '所属社区→communityName',
      '学历→education',
      '政治面貌→politicalStatus',
      '入职日期→hiredOn',
    ]);
    expect(dry.sheet.notes).toEqual([{ line: 8, column: '入职日期', value: '2023年5月', note: expect.stringContaining('2023-05-01') }]);
    expect(await workersNamed('甲%')).toEqual([]);

    expect(await importAs('township', sheet)).toMatchObject({ written: true, created: 6, problems: [] });
    expect((await workersNamed('甲%')).map((w) => [w.name, w.region_code, w.category, w.education, w.political_status, w.hired_on])).toEqual([
      ['甲一', '140799001001', 'FULL_TIME', 'BACHELOR', 'CPC_MEMBER', '2023-05-01'],
      ['甲三', '140799001003', 'PART_TIME', 'SENIOR_HIGH', 'MASSES', '2023-05-01'],
      ['甲二', '140799001002', 'PART_TIME', 'JUNIOR_COLLEGE', 'CYL_MEMBER', '2023-05-01'],
      ['甲五', '140799001001', 'AUXILIARY', 'SENIOR_HIGH', null, '2023-05-01'],
      ['甲六', '140799001002', 'PART_TIME', null, null, '2023-05-01'],
      ['甲四', '140799001004', 'FULL_TIME', 'BACHELOR', 'CPC_PROBATIONARY', '2023-05-01'],
    ]);
  });

  it('reads an xlsx roster with Excel date cells and serial numbers, and puts a worker in a grid named in the sheet', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(['序号', '姓名', '身份证号码', '联系电话', '人员类别', '所属社区', '网格名称', '入职日期']);
    sheet.addRow([1, '乙一', anIdNumber('19870707'), Number(aPhone()), '专职', '文昌社区', '第二网格', new Date(Date.UTC(2024, 2, 1))]);
    sheet.addRow([2, '乙二', anIdNumber('19860808'), Number(aPhone()), '兼职', '文昌社区', '', 45352]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const report = (await app.ok(IMPORT, { input: { format: 'xlsx', contentBase64: content } }, 'township')).importWorkers;
    expect(report).toMatchObject({ written: true, created: 2, problems: [] });
    const rows = await app.sql<{ name: string; hired_on: string; code: string | null }>(
      `select w.name, to_char(w.hired_on, 'YYYY-MM-DD') as hired_on, g.code from worker w
         left join grid_assignment a on a.worker_id = w.id left join grid g on g.id = a.grid_id where w.name like '乙%' order by w.name`,
    );
    expect(rows).toEqual([
      { name: '乙一', hired_on: '2024-03-01', code: '140799001003-02' },
      { name: '乙二', hired_on: '2024-03-01', code: null },
    ]);
  });

  it('a community name two townships share: the county is shown both; each township’s import resolves to its own', async () => {
    const hedong = (await app.sql<{ id: string }>(`select id from region where code = '140799101000'`))[0].id;
    await app.ok(
      `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
      { input: { parentId: hedong, code: '140799101001', name: '东风社区', level: 'COMMUNITY' } },
      'city',
    );
    const line = (name: string) => `1,${name},男,${anIdNumber('19850505')},${aPhone()},兼职,东风社区,,,,`;
    const county = await importAs('county', own(OWN, line('丙一')));
    expect(county.written).toBe(false);
    expect(county.problems).toHaveLength(1);
    expect(county.problems[0]).toMatchObject({ line: 3, column: '所属社区', value: '东风社区' });
    expect(county.problems[0].problem).toContain('东风社区（城关街道，140799001001）');
    expect(county.problems[0].problem).toContain('东风社区（河东镇，140799101001）');

    expect(await importAs('township', own(OWN, line('丙二')))).toMatchObject({ written: true, created: 1 });
    expect(await importAs('township2', own(OWN, line('丙三')))).toMatchObject({ written: true, created: 1 });
    expect((await workersNamed('丙%')).map((w) => [w.name, w.region_code])).toEqual([
      ['丙三', '140799101001'],
      ['丙二', '140799001001'],
    ]);
    // A name nobody has is a problem naming what is near.
    const unknown = await importAs('township', own(OWN, `1,丙四,男,${anIdNumber('19850606')},${aPhone()},兼职,新华街社区,,,,`));
    expect(unknown.problems[0]).toMatchObject({ line: 3, column: '所属社区', problem: expect.stringContaining('相近的有：新华社区') });
  });

  it('性别 女 on a row whose ID number says male is a problem on that row, and nothing is written', async () => {
    const before = await app.sql<{ n: string }>(`select count(*) as n from worker`);
    const report = await importAs(
      'township',
      own(
        OWN,
        `1,丁一,女,${anIdNumber('19840404', true)},${aPhone()},兼职,东风社区,,,,`,
        `2,丁二,女,${anIdNumber('19840405', false)},${aPhone()},兼职,东风社区,,,,`,
      ),
    );
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([{ line: 3, column: '性别', value: '女', problem: expect.stringMatching(/与身份证号不符.*身份证号录错/) }]);
    expect(await app.sql<{ n: string }>(`select count(*) as n from worker`)).toEqual(before);
  });

  it('手机 is not a phone header it knows: the report asks for a mapping; with it the sheet imports; the saved mapping is used next time', async () => {
    const header = '姓名,身份证号码,手机,人员类别,所属社区';
    const sheet = (name: string) => own(header, `${name},${anIdNumber('19830303')},${aPhone()},专职,新华社区`);
    const asked = await importAs('township', sheet('戊一'));
    expect(asked).toMatchObject({ written: false, created: 0 });
    expect(asked.sheet.missingColumns).toEqual([{ fields: ['phone'], headers: ['手机号'] }]);
    expect(asked.sheet.ignoredColumns).toEqual(['手机']);
    expect(asked.problems).toEqual([expect.objectContaining({ line: 2, column: '手机号', problem: expect.stringContaining('手机号') })]);

    const mapping = [{ header: '手机', field: 'phone' }];
    // A dry run saves nothing; a real run saves the mapping with the import.
    expect((await importAs('township', sheet('戊一'), { columnMapping: mapping, saveMapping: true, dryRun: true })).sheet.mappingSaved).toBe(false);
    expect(await app.ok(`{ sheetMapping(kind: "workers") { kind } }`, {}, 'township')).toEqual({ sheetMapping: null });
    const mapped = await importAs('township', sheet('戊一'), { columnMapping: mapping, saveMapping: true });
    expect(mapped).toMatchObject({ written: true, created: 1, problems: [], sheet: { mappingSaved: true, missingColumns: [] } });
    expect(mapped.sheet.columns.find((c: any) => c.field === 'phone')).toEqual({ field: 'phone', header: '手机号', sheetHeader: '手机', source: 'MAPPING' });

    const saved = await app.ok(`{ sheetMapping(kind: "workers") { kind updatedBy entries { header field fieldHeader } } }`, {}, 'township');
    expect(saved.sheetMapping).toEqual({ kind: 'workers', updatedBy: 'township', entries: [{ header: '手机', field: 'phone', fieldHeader: '手机号' }] });
    const next = await importAs('township', sheet('戊二'));
    expect(next).toMatchObject({ written: true, created: 1, problems: [] });
    expect(next.sheet.columns.find((c: any) => c.field === 'phone').source).toBe('SAVED_MAPPING');
    expect((await app.sql<{ phone: string }>(`select phone from worker where name in ('戊一', '戊二')`)).every((w) => /^1\d{10}$/.test(w.phone))).toBe(true);
    const audit = await app.sql<{ action: string; actor_name: string }>(`select action, actor_name from audit_entry where entity = 'SheetMapping'`);
    expect(audit).toEqual([{ action: 'SAVE', actor_name: 'township' }]);

    // Another township's uploads do not use it.
    expect((await importAs('township2', own(header, `戊三,${anIdNumber('19830304')},${aPhone()},专职,河东村`))).sheet.missingColumns).toHaveLength(1);
    // The township can clear it; FINANCE imports nothing and saves nothing.
    const clear = `mutation($input: SaveSheetMappingInput!) { saveSheetMapping(input: $input) { kind } }`;
    expect(errorCode(await app.gql(clear, { input: { kind: 'workers', entries: [] } }, { user: 'finance' }))).toBe('FORBIDDEN');
    const bad = await app.gql(clear, { input: { kind: 'workers', entries: [{ header: '手机', field: 'mobile' }] } }, { user: 'township' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.entries[0].field' });
    expect(await app.ok(clear, { input: { kind: 'workers', entries: [] } }, 'township')).toEqual({ saveSheetMapping: null });
    expect((await importAs('township', sheet('戊四'))).written).toBe(false);
  });

  it('checks a sheet of any length in the same few statements (places and grids resolved for the whole sheet at once)', async () => {
    const header = '序号,姓名,身份证号码,联系电话,人员类别,所属社区,网格名称';
    const lines = (n: number, tag: string) =>
      Array.from(
        { length: n },
        (_, i) =>
          `${i + 1},己${tag}${hanNumber(i)},${anIdNumber('19800101')},${aPhone()},兼职,${['东风社区', '新华社区', '文昌'][i % 3]},第${'一二三'[i % 3]}网格`,
      );
    const small = await app.statements(() => importAs('township', own(header, ...lines(3, '甲')), { dryRun: true }));
    const large = await app.statements(() => importAs('township', own(header, ...lines(120, '乙')), { dryRun: true }));
    expect(small.result).toMatchObject({ created: 3, problems: [] });
    expect(large.result).toMatchObject({ created: 120, problems: [] });
    expect(large.count).toBe(small.count);
  });
});
