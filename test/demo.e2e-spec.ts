// The demo county as a new user meets it: real work for every role on first login, and list pages whose
// SQL does not grow with their length.
import { TestApp } from './support/test-app';

describe('the demo county', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ scan: true });
  });
  afterAll(() => app.close());

  it('has contracts and insurance, some ending soon and some missing, and the flags of a first scan', async () => {
    const { scanRuns } = await app.ok(`{ scanRuns { status trigger opened } }`, {}, 'county');
    expect(scanRuns).toEqual([expect.objectContaining({ status: 'DONE', trigger: 'SCHEDULE' })]);
    const { complianceCounts } = await app.ok(`{ complianceCounts { rule open } }`, {}, 'county');
    // The county sees its own flags; the province's (next year's calendar missing) only SYSADMIN sees.
    const all = (await app.ok(`{ complianceCounts { rule open } }`, {}, 'admin')).complianceCounts;
    expect(all).toContainEqual({ rule: 'calendar.next-year-missing', open: 1 });
    const rules = new Set(complianceCounts.map((c: any) => c.rule));
    for (const rule of [
      'contract.ending-soon',
      'worker.no-labor-contract',
      'worker.no-social-insurance',
      'worker.part-time-no-injury-cover',
      'training.unit-behind',
    ])
      expect(rules).toContain(rule);
    expect(all.reduce((n: number, c: any) => n + c.open, 0)).toBe(scanRuns[0].opened);

    const township = await app.ok(
      `{ contracts(first: 100, status: ACTIVE) { totalCount edges { node { kind endDate } } } insurancePolicies(first: 20) { totalCount } }`,
      {},
      'township',
    );
    expect(township.contracts.totalCount).toBeGreaterThan(20);
    expect(township.insurancePolicies.totalCount).toBeGreaterThanOrEqual(5);
    const finance = await app.ok(`{ contracts(first: 5) { totalCount edges { node { monthlyBasePay } } } }`, {}, 'finance');
    expect(finance.contracts.edges[0].node.monthlyBasePay).toMatch(/^\d+\.\d{2}$/);
  });

  it.each([
    ['contracts with their warnings and workers', (n: number) => `{ contracts(first: ${n}) { edges { node { id warnings worker { name } } } } }`],
    ['grids with their sizing warnings and regions', (n: number) => `{ grids(first: ${n}) { edges { node { code warnings region { name } } } } }`],
    ['insurance policies with the insured workers', (n: number) => `{ insurancePolicies(first: ${n}) { edges { node { id insured { worker { name } } } } } }`],
    [
      'workers with their grids and regions',
      (n: number) => `{ workers(first: ${n}) { edges { node { name region { name } currentAssignments { grid { code region { name } } } } } } }`,
    ],
  ])('pages %s in the same number of SQL statements, whatever the page length', async (_what, query) => {
    await app.ok(query(1), {}, 'county'); // warm: the login and the first-use lookups
    const short = await app.statements(() => app.ok(query(2), {}, 'county'));
    const long = await app.statements(() => app.ok(query(30), {}, 'county'));
    expect(long.count).toBe(short.count);
    expect(long.count).toBeLessThanOrEqual(7);
  });
});
