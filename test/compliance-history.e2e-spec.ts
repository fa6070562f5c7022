// complianceHistory: flags opened, resolved and open at each month's end per rule, in the caller's scope.
import { errorCode, TestApp } from './support/test-app';

const HISTORY = `query($from: String!, $to: String!, $regionId: ID) { complianceHistory(fromMonth: $from, toMonth: $to, regionId: $regionId) {
  month rule opened resolved openAtEnd } }`;

describe('compliance flag history', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({});
  });
  afterAll(() => app.close());

  // Flags of a rule nobody else writes, stamped at given Shanghai times.
  const RULE = 'test.history';
  const flag = (regionCode: string, foundAt: string, resolvedAt: string | null) =>
    app.sql(
      `insert into compliance_flag (id, rule, subject_type, subject_id, period, severity, message, citation, details, region_code, found_at, resolved_at)
       values (gen_random_uuid(), ?, 'REGION', gen_random_uuid(), '', 'LOW', 'test', 'test', '{}', ?, ?::timestamptz, ?::timestamptz)`,
      [RULE, regionCode, foundAt, resolvedAt],
    );
  const history = async (user: string, from: string, to: string, regionId?: string) =>
    ((await app.ok(HISTORY, { from, to, regionId }, user)).complianceHistory as { rule: string }[]).filter((r) => r.rule === RULE);

  beforeAll(async () => {
    // 城关街道: one found in September and resolved in October, one found on the first minutes of October in
    // Shanghai (still 30 September in UTC) and open; 河东镇: one found in August, resolved in November.
    await flag('140799001001', '2026-09-10T10:00:00+08:00', '2026-10-05T10:00:00+08:00');
    await flag('140799001002', '2026-10-01T00:10:00+08:00', null);
    await flag('140799101001', '2026-08-20T10:00:00+08:00', '2026-11-02T10:00:00+08:00');
  });

  it('counts per month for the county, across its townships', async () => {
    expect(await history('county', '2026-08', '2026-11')).toEqual([
      { month: '2026-08', rule: RULE, opened: 1, resolved: 0, openAtEnd: 1 },
      { month: '2026-09', rule: RULE, opened: 1, resolved: 0, openAtEnd: 2 },
      { month: '2026-10', rule: RULE, opened: 1, resolved: 1, openAtEnd: 2 },
      { month: '2026-11', rule: RULE, opened: 0, resolved: 1, openAtEnd: 1 },
    ]);
  });

  it('keeps to the caller’s scope and to a region asked for', async () => {
    expect(await history('township2', '2026-08', '2026-11')).toEqual([
      { month: '2026-08', rule: RULE, opened: 1, resolved: 0, openAtEnd: 1 },
      { month: '2026-09', rule: RULE, opened: 0, resolved: 0, openAtEnd: 1 },
      { month: '2026-10', rule: RULE, opened: 0, resolved: 0, openAtEnd: 1 },
      { month: '2026-11', rule: RULE, opened: 0, resolved: 1, openAtEnd: 0 },
    ]);
    const [{ id }] = await app.sql<{ id: string }>(`select id from region where code = '140799001000'`);
    expect((await history('county', '2026-10', '2026-10', id)).map((r: any) => [r.opened, r.resolved, r.openAtEnd])).toEqual([[1, 1, 1]]);
    // Outside the township's scope.
    const [{ id: other }] = await app.sql<{ id: string }>(`select id from region where code = '140799101000'`);
    expect(errorCode(await app.gql(HISTORY, { from: '2026-10', to: '2026-10', regionId: other }, { user: 'township' }))).toBe('NOT_FOUND');
  });

  it('refuses a window that is not months in order, or too long, naming the argument', async () => {
    const bad = await app.gql(HISTORY, { from: '2026-10', to: '2026-09' }, { user: 'county' });
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'toMonth' }, message: expect.stringContaining('before') });
    const month = await app.gql(HISTORY, { from: '2026-1', to: '2026-09' }, { user: 'county' });
    expect(month.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromMonth' });
    expect(errorCode(await app.gql(HISTORY, { from: '2020-01', to: '2026-09' }, { user: 'county' }))).toBe('BAD_USER_INPUT');
  });
});
