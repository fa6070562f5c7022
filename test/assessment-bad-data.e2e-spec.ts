// Issue 16 item 11 for the assessment library (issue 11): its free texts and dates are refused at input
// like everyone else's, BAD_USER_INPUT naming the field, and nothing is written.
import { expectRefused, TestApp } from './support/test-app';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const RTL = '\u202e因原错误';
const FORMULA = '=HYPERLINK("http://x.example","更正")';

describe('assessment inputs refuse bad data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const count = async (table: string) => Number((await app.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);
  const county = async () => (await app.sql<{ id: string }>(`select id from region where code = '140799000000'`))[0].id;

  it('refuses a template whose name or indicator label is a formula or has a right-to-left override', async () => {
    const before = await count('assessment_template');
    const template = async (name: string, label: string, source?: string) =>
      app.gql(
        `mutation($input: CreateTemplateInput!) { createAssessmentTemplate(input: $input) { id } }`,
        { input: { regionId: await county(), name, indicators: [{ key: 'township', label, kind: 'ENTERED', weight: 100, enteredBy: 'TOWNSHIP', source }] } },
        { user: 'county' },
      );
    expectRefused(await template(FORMULA, '乡镇日常考核'), 'input.name', /formula/);
    expectRefused(await template('2027年度考核', RTL), 'input.indicators.0.label', /right-to-left/);
    expectRefused(await template('2027年度考核', '乡镇日常考核', '+cmd|calc'), 'input.indicators.0.source', /formula/);
    expect(await count('assessment_template')).toBe(before);
  });

  it('refuses a blank or invisible reason to re-open a cycle or adjust a score', async () => {
    expectRefused(
      await app.gql(
        `mutation($input: ReopenCycleInput!) { reopenAssessmentCycle(input: $input) { id } }`,
        { input: { cycleId: NO_SUCH_ID, version: 1, reason: '\u200b\u200b\u200b\u200b' } },
        { user: 'county' },
      ),
      'input.reason',
      /invisible/,
    );
    expectRefused(
      await app.gql(
        `mutation($input: AdjustScoreInput!) { adjustAssessmentScore(input: $input) { id } }`,
        { input: { resultId: NO_SUCH_ID, version: 1, score: 80, reason: '@SUM(A1:A9)' } },
        { user: 'county' },
      ),
      'input.reason',
      /formula/,
    );
  });

  it('refuses placeholder dates and formula notes on consequences', async () => {
    expectRefused(
      await app.gql(
        `mutation($input: RecordImprovementInput!) { recordImprovement(input: $input) { id } }`,
        { input: { consequenceId: NO_SUCH_ID, version: 1, step: 'NEW_POST', on: '1900-01-01', note: '调整岗位' } },
        { user: 'township' },
      ),
      'input.on',
      /from 1949-10-01 to 2100-12-31/,
    );
    expectRefused(
      await app.gql(
        `mutation($input: RecordImprovementInput!) { recordImprovement(input: $input) { id } }`,
        { input: { consequenceId: NO_SUCH_ID, version: 1, step: 'NEW_POST', note: FORMULA } },
        { user: 'township' },
      ),
      'input.note',
      /formula/,
    );
    expectRefused(
      await app.gql(
        `mutation($input: ReplaceWorkerInput!) { replaceWorker(input: $input) { id } }`,
        { input: { resultId: NO_SUCH_ID, notice: 'WRITTEN_NOTICE', noticeOn: '9999-12-31' } },
        { user: 'county' },
      ),
      'input.noticeOn',
      /from 1949-10-01/,
    );
    expectRefused(
      await app.gql(
        `mutation($input: CompleteConsequenceInput!) { completeConsequence(input: $input) { id } }`,
        { input: { consequenceId: NO_SUCH_ID, version: 1, note: '   ' } },
        { user: 'county' },
      ),
      'input.note',
      /blank/,
    );
    expectRefused(
      await app.gql(
        `mutation($input: WithdrawConsequenceInput!) { withdrawConsequence(input: $input) { id } }`,
        { input: { consequenceId: NO_SUCH_ID, version: 1, reason: `${RTL}撤回` } },
        { user: 'county' },
      ),
      'input.reason',
      /right-to-left/,
    );
  });

  it('refuses a formula as a work record source, a placeholder period, and placeholder dates in the list', async () => {
    const before = await count('work_record');
    const worker = (await app.sql<{ id: string }>(`select id from worker where region_code like '140799001%' and status = 'ACTIVE' limit 1`))[0].id;
    const record = (source: string, period = '2026-W05') =>
      app.gql(
        `mutation($input: RecordWorkInput!) { recordWorkRecords(input: $input) { created } }`,
        { input: { source, records: [{ workerId: worker, period, fullAreaVisit: true }] } },
        { user: 'township' },
      );
    expectRefused(await record('=1+1'), 'input.source', /formula/);
    expectRefused(await record('网格平台导出', '1900-W02'), 'input.records[0].period', /from 1949-10-01/);
    expectRefused(
      await app.gql(
        `mutation($input: ImportWorkRecordsInput!) { importWorkRecords(input: $input) { created } }`,
        { input: { format: 'csv', contentBase64: Buffer.from('身份证号,周次,是否全域走访\n').toString('base64'), source: '\t平台' } },
        { user: 'township' },
      ),
      'input.source',
    );
    expect(await count('work_record')).toBe(before);
    expectRefused(await app.gql(`{ workRecords(from: "1900-01-01") { totalCount } }`, {}, { user: 'township' }), 'from', /from 1949-10-01/);
    // the same figures with a clean source are written
    const written = await app.ok(
      `mutation($input: RecordWorkInput!) { recordWorkRecords(input: $input) { created updated } }`,
      {
        input: { source: '网格平台导出', records: [{ workerId: worker, period: '2026-W05', fullAreaVisit: true }] },
      },
      'township',
    );
    expect(written.recordWorkRecords.created + written.recordWorkRecords.updated).toBe(1);
  });
});
