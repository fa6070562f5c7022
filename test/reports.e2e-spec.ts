// The reports home: every domain's report listed, exported as xlsx or csv for the caller's scope.
import { Workbook } from 'exceljs';
import { errorCode, TestApp } from './support/test-app';

const EXPORT = `query($report: String!, $params: JSON, $format: ExportFormat) { reportExport(report: $report, params: $params, format: $format) { fileName mimeType contentBase64 } }`;

describe('reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const csvLines = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64').toString('utf8').split('\r\n');

  it('lists every report with its Chinese columns', async () => {
    const { reports } = await app.ok(`{ reports { id title columns { key header kind } } }`, {}, 'county');
    expect(reports.map((r: any) => r.id)).toEqual(
      expect.arrayContaining([
        'assessment.results',
        'budget.execution',
        'compliance.counts',
        'pay.by-region',
        'pay.register',
        'recruiting.funnel',
        'training.county',
        'training.township',
        'workers.vacancies',
      ]),
    );
    expect(reports.find((r: any) => r.id === 'workers.vacancies').columns.map((c: any) => c.header)).toEqual([
      '网格编码',
      '网格名称',
      '社区（村）代码',
      '空缺起始日',
      '空缺天数',
    ]);
  });

  it('exports the vacancies as csv for Excel and as xlsx, the same lines as the query', async () => {
    const vacancies = (await app.ok(`{ vacancies { gridCode daysVacant } }`, {}, 'county')).vacancies;
    const csv = (await app.ok(EXPORT, { report: 'workers.vacancies', params: {}, format: 'CSV' }, 'county')).reportExport;
    expect(csv).toMatchObject({ mimeType: 'text/csv; charset=utf-8', fileName: expect.stringMatching(/^空缺网格-\d{4}-\d{2}-\d{2}\.csv$/) });
    const lines = csvLines(csv);
    expect(lines[0]).toBe('\ufeff网格编码,网格名称,社区（村）代码,空缺起始日,空缺天数');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(vacancies.map((v: any) => v.gridCode));
    const xlsx = (await app.ok(EXPORT, { report: 'workers.vacancies', params: null }, 'county')).reportExport;
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as never);
    const sheet = workbook.getWorksheet('明细')!;
    expect(sheet.rowCount).toBe(1 + vacancies.length);
    expect(sheet.getRow(2).getCell(5).value).toBe(vacancies[0].daysVacant);
  });

  it('exports the training report through the same path as trainingReportExport, and checks its params', async () => {
    const params = { townshipId: await regionId('140799102000'), year: 2026 };
    const generic = (await app.ok(EXPORT, { report: 'training.township', params, format: 'CSV' }, 'county')).reportExport;
    const typed = (
      await app.ok(`query($t: ID!) { trainingReportExport(townshipId: $t, year: 2026, format: CSV) { contentBase64 } }`, { t: params.townshipId }, 'county')
    ).trainingReportExport;
    expect(csvLines(generic)).toEqual(csvLines(typed));
    expect(csvLines(generic)[0]).toBe('\ufeff姓名,区划代码,人员类别,县级培训,乡镇培训,部门培训,应参加县级,应参加乡镇,是否达标');
    expect(csvLines(generic)[1]).toMatch(/,(专职网格员|兼职网格员|网格长|专业网格员|网格辅助员),\d+,\d+,\d+,\d+,\d+,(是|否)$/);

    const bad = await app.gql(EXPORT, { report: 'training.township', params: { townshipId: params.townshipId, year: 1999 } }, { user: 'county' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params.year' });
    const badDate = await app.gql(EXPORT, { report: 'training.township', params: { ...params, asOf: '2026-02-30' } }, { user: 'county' });
    expect(badDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params.asOf' });
    expect(errorCode(await app.gql(EXPORT, { report: 'no.such.report', params: {} }, { user: 'county' }))).toBe('BAD_USER_INPUT');
    // Another township's report is not there for a township.
    expect(errorCode(await app.gql(EXPORT, { report: 'training.township', params }, { user: 'township' }))).toBe('NOT_FOUND');
  });

  it('exports the compliance counts and a campaign funnel in the caller’s scope', async () => {
    const counts = (await app.ok(EXPORT, { report: 'compliance.counts', params: {}, format: 'CSV' }, 'township2')).reportExport;
    expect(csvLines(counts)[0]).toBe('\ufeff区划代码,地区,规则,未解决,低,中,高,严重');
    expect(errorCode(await app.gql(EXPORT, { report: 'recruiting.funnel', params: { campaignId: 'x' } }, { user: 'county' }))).toBe('BAD_USER_INPUT');
  });
});
