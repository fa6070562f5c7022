import { Workbook } from 'exceljs';
import { anIdNumber, aPhone } from './support/factories';
import { errorCode, TestApp } from './support/test-app';

// Names have no digits: a row number in a name is written in Chinese numerals.
const hanNumber = (n: number) => String(n).replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]);

const HEADER = '姓名,身份证号,手机号,人员类别,状态,管理区划代码,所属网格编码,学历,政治面貌,退役军人,低保,社工证,职称,户籍区划代码,人员来源,入职日期';
const IMPORT = `mutation($input: ImportWorkersInput!) { importWorkers(input: $input) {
  written rows created updated problems { line column value problem } problemSheet { fileName mimeType contentBase64 } } }`;

const mistyped = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8').toString('base64');

describe('worker import', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Two rows a flush: every import below writes in several batches, the unit of work cleared between them.
    app = await TestApp.start({ env: { IMPORT_WRITE_BATCH: '2' } });
  });
  afterAll(() => app.close());

  const count = async (table: string) => Number((await app.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);
  const importAs = (user: string, contentBase64: string, extra: Record<string, unknown> = {}) =>
    app.ok(IMPORT, { input: { format: 'csv', contentBase64, ...extra } }, user).then((r) => r.importWorkers);

  it('offers a template with the Chinese headers', async () => {
    const { workerImportTemplate: file } = await app.ok(`{ workerImportTemplate { fileName mimeType contentBase64 } }`, {}, 'township');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(HEADER.split(','));
  });

  it('with one bad row writes nothing and names the row, also in a downloadable sheet', async () => {
    const [workers, audits] = [await count('worker'), await count('audit_entry')];
    const report = await importAs(
      'township',
      csv(
        `甲一,${anIdNumber()},${aPhone()},专职网格员,,140799001001,140799001001-01,本科,,,,,,,,`,
        `甲二,${anIdNumber('19880808')},${aPhone()},专职网格员,,140799001001,,,,,,,,,,`,
        `甲三,${mistyped(anIdNumber())},${aPhone()},专职网格员,,140799001001,,,,,,,,,,`,
      ),
    );
    expect(report).toMatchObject({ written: false, rows: 3 });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ line: 4, column: '身份证号' });
    expect(report.problems[0].problem).toMatch(/check character|身份证号有误/);
    const sheet = new Workbook();
    await sheet.xlsx.load(Buffer.from(report.problemSheet.contentBase64, 'base64') as never);
    expect(sheet.worksheets[0].getRow(2).getCell(1).value).toBe(4);
    expect([await count('worker'), await count('audit_entry')]).toEqual([workers, audits]);
  });

  it('refuses rows outside the caller scope and another unit’s person without leaking who it is', async () => {
    const taken = anIdNumber('19770707');
    await app.ok(
      `mutation($input: CreateWorkerInput!) { createWorker(input: $input) { id } }`,
      {
        input: {
          name: '外乡人',
          idNumber: taken,
          phone: aPhone(),
          category: 'PART_TIME',
          regionId: (await app.sql<{ id: string }>(`select id from region where code = '140799101201'`))[0].id,
        },
      },
      'township2',
    );
    const report = await importAs(
      'township',
      csv(`乙一,${anIdNumber()},${aPhone()},兼职网格员,,140799101201,,,,,,,,,,`, `乙二,${taken},${aPhone()},兼职网格员,,140799001001,140799101201-01,,,,,,,,,`),
    );
    expect(report.written).toBe(false);
    expect(report.problems.map((p: any) => `${p.line}:${p.column}`)).toEqual(['2:管理区划代码', '3:所属网格编码', '3:身份证号']);
    expect(JSON.stringify(report)).not.toContain('外乡人');
    expect(JSON.stringify(report)).not.toContain(taken);
  });

  it('dry run reports without writing; the real run writes; a re-import updates and keeps blank cells', async () => {
    const [a, b] = [anIdNumber('19900505'), anIdNumber('19920606', false)];
    const sheet = csv(
      `丙一,${a},${aPhone()},专职网格员,,140799001003,140799001003-01,本科,中共党员,是,,,,,政府购买服务,2025-02-01`,
      `丙二,${b},${aPhone()},兼职网格员,,140799001003,,大专,,,,,,,,`,
    );
    const dry = await importAs('township', sheet, { dryRun: true });
    expect(dry).toMatchObject({ written: false, rows: 2, created: 2, updated: 0, problems: [], problemSheet: null });
    expect(await count("worker where name like '丙%'")).toBe(0);

    expect(await importAs('township', sheet)).toMatchObject({ written: true, created: 2, updated: 0 });
    const rows = await app.sql<Record<string, any>>(`select w.name, w.education, w.political_status, w.veteran, w.hired_on, g.code from worker w
      left join grid_assignment a on a.worker_id = w.id left join grid g on g.id = a.grid_id where w.name like '丙%' order by w.name`);
    expect(rows.map((r) => [r.name, r.education, r.political_status, r.veteran, r.code])).toEqual([
      ['丙一', 'BACHELOR', 'CPC_MEMBER', true, '140799001003-01'],
      ['丙二', 'JUNIOR_COLLEGE', null, false, null],
    ]);
    // The imported full-time worker fills the vacancy.
    const vacancies = (await app.ok(`{ vacancies { gridCode } }`, {}, 'township')).vacancies.map((v: any) => v.gridCode);
    expect(vacancies).not.toContain('140799001003-01');

    const again = await importAs(
      'township',
      csv(`丙一改,${a},${aPhone()},专职网格员,,140799001003,,,,,,,,,,`, `丙二,${b},${aPhone()},兼职网格员,,140799001003,,,,,,,,,,`),
    );
    expect(again).toMatchObject({ written: true, created: 0, updated: 2 });
    const after = await app.sql<Record<string, any>>(
      `select name, education, political_status, status, exited_on from worker where id_number_masked in (?, ?) order by name`,
      [`${a.slice(0, 4)}**********${a.slice(-4)}`, `${b.slice(0, 4)}**********${b.slice(-4)}`],
    );
    expect(after).toEqual([
      { name: '丙一改', education: 'BACHELOR', political_status: 'CPC_MEMBER', status: 'ACTIVE', exited_on: null },
      expect.objectContaining({ name: '丙二', education: 'JUNIOR_COLLEGE', status: 'ACTIVE' }),
    ]);
    const actions = await app.sql<{ action: string }>(`select action from audit_entry where entity = 'Worker' and action like 'IMPORT%' order by id`);
    expect(actions.map((r) => r.action)).toEqual(['IMPORT_CREATE', 'IMPORT_CREATE', 'IMPORT_UPDATE', 'IMPORT_UPDATE']);
  });

  it('checks a real-sized sheet (larger than the ordinary string limit) in a dry run', async () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) =>
        `戊${hanNumber(i)},${anIdNumber(`1970${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`)},${aPhone()},兼职网格员,,140799001004,,,,,,,,,,`,
    );
    const content = csv(...lines);
    expect(content.length).toBeGreaterThan(10_000);
    expect(await importAs('township', content, { dryRun: true })).toMatchObject({ written: false, rows: 300, created: 300, problems: [] });
  });

  it('imports xlsx and refuses what is not a spreadsheet', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['丁一', anIdNumber('19860101'), aPhone(), '网格长', '', '140799001004']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(await app.ok(IMPORT, { input: { format: 'xlsx', contentBase64: content } }, 'county')).toMatchObject({
      importWorkers: { written: true, created: 1 },
    });
    const bad = await app.gql(IMPORT, { input: { format: 'xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') } }, { user: 'county' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contentBase64' });
    expect(errorCode(await app.gql(IMPORT, { input: { format: 'csv', contentBase64: content } }, { user: 'finance' }))).toBe('FORBIDDEN');
  });
});
