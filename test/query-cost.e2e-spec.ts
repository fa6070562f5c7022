// Issue 16 item 6: one request of 1,000 aliases of an export, a report or a template ran for a minute
// and exhausted the database pool. Root fields are capped per operation (GRAPHQL_MAX_ROOT_FIELDS, 50 by
// default) and files, reports and jobs are priced (each plugin's `costs`), so a request holds a
// handful of them; a console page's query still passes.
import { GraphqlResponse, TestApp } from './support/test-app';

describe('query cost of aliases (e2e)', () => {
  let app: TestApp;
  let township: string;

  beforeAll(async () => {
    app = await TestApp.start();
    township = (await app.sql<{ id: string }>(`select id from region where code = '140799001000'`))[0].id;
  });

  afterAll(async () => {
    await app.close();
  });

  const aliases = (times: number, field: string) => `{ ${Array.from({ length: times }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  const timed = async (query: string, user: string): Promise<GraphqlResponse & { ms: number }> => {
    const started = Date.now();
    const res = await app.gql(query, {}, { user });
    return { ...res, ms: Date.now() - started };
  };

  it('refuses 1,000 aliases of an export, a report, a template or the roster fast, before any resolver runs', async () => {
    const floods: [string, string][] = [
      ['county', `trainingReportExport(townshipId: "${township}", year: 2026) { fileName }`],
      ['county', `complianceCounts { open }`],
      ['township', `workerImportTemplate { fileName }`],
      ['finance', `publicRoster(townshipId: "${township}") { asOf }`],
    ];
    for (const [user, field] of floods) {
      const res = await timed(aliases(1000, field), user);
      expect(res.status).toBe(400);
      expect(res.data ?? null).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROOT_FIELDS' });
      expect(res.errors![0].message).toBe('The operation asks for 1000 root fields (aliases included); the limit is 50');
      expect(res.ms).toBeLessThan(3000);
    }
  });

  it('counts root fields through fragments: 50 pass, 51 are refused', async () => {
    expect(Object.keys((await app.ok(aliases(50, 'me { username }'), {}, 'county')) as object)).toHaveLength(50);
    const viaFragment = `{ ...Me a50: me { username } } fragment Me on Query { ${Array.from({ length: 50 }, (_, i) => `a${i}: me { username }`).join(' ')} }`;
    const res = await app.gql(viaFragment, {}, { user: 'county' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROOT_FIELDS' });
    expect(res.errors![0].message).toMatch(/51 root fields .* the limit is 50$/);
  });

  it('lets three exports through in one request and refuses twenty as too costly', async () => {
    const exportField = `trainingReportExport(townshipId: "${township}", year: 2026) { fileName mimeType }`;
    const three = await app.ok(aliases(3, exportField), {}, 'county');
    expect(Object.values(three).map((f: any) => f.fileName)).toHaveLength(3);
    expect((three.a0 as { fileName: string }).fileName).toMatch(/\.xlsx$/);

    const twenty = await timed(aliases(20, exportField), 'county');
    expect(twenty.status).toBe(400);
    expect(twenty.data ?? null).toBeNull();
    expect(twenty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
    // 20 x (5000 for the file + its two fields).
    expect(twenty.errors![0].message).toBe('Query cost 100040 exceeds the limit of 20000');
    expect(twenty.ms).toBeLessThan(3000);

    // Mixed: a template and sixteen reports are over the limit too.
    const mixed = `{ workerImportTemplate { fileName } ${Array.from({ length: 16 }, (_, i) => `c${i}: complianceCounts { open }`).join(' ')} }`;
    expect((await app.gql(mixed, {}, { user: 'township' })).errors![0].extensions?.reason).toBe('QUERY_TOO_COSTLY');
  });

  it('judges the same operation again by its variables: a page size that passes, then one too costly, then the first again', async () => {
    // GRAPHQL_MAX_COMPLEXITY is 20,000: 25 pages of 10 such workers cost about 3,000, of 100 about 30,000.
    const page = `workers(first: $first) { edges { node { id name contracts { kind } flags { rule } currentAssignments { grid { code } } } } }`;
    const query = `query($first: Int!) { ${Array.from({ length: 25 }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
    const outcome = async (first: number) => (await app.gql(query, { first }, { user: 'county' })).errors?.[0]?.extensions?.reason ?? 'ran';
    expect(await outcome(10)).toBe('ran');
    expect(await outcome(100)).toBe('QUERY_TOO_COSTLY');
    expect(await outcome(100)).toBe('QUERY_TOO_COSTLY');
    expect(await outcome(10)).toBe('ran');
  });

  it('still answers a console page: the user, a page of workers, the dashboard counts, the overview and the open flags', async () => {
    const page = await app.ok(
      `{
        me { username role regionCode }
        workers(first: 20) { totalCount edges { node { id name status } } pageInfo { hasNextPage endCursor } }
        complianceCounts { open critical high low }
        regionOverview { level activeWorkers onboardingWorkers payrollMonth }
        complianceFlags(first: 20) { totalCount edges { node { id } } }
      }`,
      {},
      'county',
    );
    expect(page.me.username).toBe('county');
    expect(page.workers.edges.length).toBeGreaterThan(0);
    expect(page.regionOverview.length).toBeGreaterThan(0);
    expect(Array.isArray(page.complianceCounts)).toBe(true);
  });
});
