// Searching the register by a full ID number or phone is a reveal (issue 16 item 1): a masked number and a
// birth date leave a few candidates, and one request of aliased searches would tell which is real. Only
// the roles that may reveal search so; each search counts against the user's window, in Redis, shared by
// every api process, alias by alias; each is audited.
import { INestApplication } from '@nestjs/common';
import { createApi } from '../apps/api/src/bootstrap';
import { aPhone, aWorkerInput, anIdNumber, CREATE_WORKER } from './support/factories';
import { errorCode, eventually, GraphqlResponse, TestApp } from './support/test-app';

const LIMIT = 6;
const BY_ID = `query($n: String!) { workers(idNumber: $n) { totalCount edges { node { id name } } } }`;
const BY_PHONE = `query($p: String!) { workers(phone: $p) { totalCount edges { node { id name } } } }`;

describe('searching by ID number or phone is a reveal', () => {
  let app: TestApp;
  let second: INestApplication | null = null;
  beforeAll(async () => {
    app = await TestApp.start({ env: { REVEAL_MAX_PER_USER: String(LIMIT), REVEAL_WINDOW_MINUTES: '10' } });
  });
  afterAll(async () => {
    await second?.close();
    await app.close();
  });

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const create = async (overrides: Record<string, unknown>) =>
    (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001001'), overrides) }, 'township')).createWorker;
  const searches = (actor: string) =>
    app.sql<{ action: string; entity: string; after: Record<string, unknown> }>(
      `select action, entity, after from audit_entry where actor_name = ? and action like 'SEARCH_BY_%' order by id`,
      [actor],
    );
  /** One request searching `times` times for the same ID number under aliases. */
  const aliased = (times: number) =>
    `query($n: String!) { ${Array.from({ length: times }, (_, i) => `a${i}: workers(idNumber: $n) { totalCount }`).join(' ')} }`;

  it('refuses FINANCE and CITY_ADMIN with FORBIDDEN, writing nothing, while they search by name and region', async () => {
    const idNumber = anIdNumber('19870707');
    const phone = aPhone();
    const worker = await create({ idNumber, phone, name: '钱多多' });
    for (const user of ['finance', 'city']) {
      for (const [query, variables, field] of [
        [BY_ID, { n: idNumber }, 'idNumber'],
        [BY_PHONE, { p: phone }, 'phone'],
      ] as const) {
        const res = await app.gql(query, variables, { user });
        expect(res.data).toBeUndefined();
        expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REVEAL_FORBIDDEN', field });
        expect(res.errors![0].message).toMatch(/search by name and region/);
      }
      expect(await searches(user)).toEqual([]);
    }
    // A mistyped number is refused the same: the role is checked before the value is read.
    expect(errorCode(await app.gql(BY_ID, { n: '123' }, { user: 'finance' }))).toBe('FORBIDDEN');
    const byName = await app.ok(`{ workers(name: "钱多多") { edges { node { id idNumber phone } } } }`, {}, 'finance');
    expect(byName.workers.edges).toEqual([{ node: { id: worker.id, idNumber: worker.idNumber, phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` } }]);
  });

  it('lets township and county staff search, auditing the search (value masked) and each worker found', async () => {
    const idNumber = anIdNumber('19860606');
    const phone = aPhone();
    const worker = await create({ idNumber, phone, name: '孙有为' });
    expect((await app.ok(BY_ID, { n: idNumber }, 'township')).workers.edges).toEqual([{ node: { id: worker.id, name: '孙有为' } }]);
    expect((await app.ok(BY_PHONE, { p: phone }, 'county')).workers.edges).toEqual([{ node: { id: worker.id, name: '孙有为' } }]);
    const missing = anIdNumber('19860607');
    expect((await app.ok(BY_ID, { n: missing }, 'township')).workers.totalCount).toBe(0);

    expect(await searches('township')).toEqual([
      { entity: 'WorkerSearch', action: 'SEARCH_BY_ID_NUMBER', after: { idNumber: worker.idNumber, found: [worker.id] } },
      { entity: 'Worker', action: 'SEARCH_BY_ID_NUMBER', after: { field: 'idNumber' } },
      { entity: 'WorkerSearch', action: 'SEARCH_BY_ID_NUMBER', after: { idNumber: `${missing.slice(0, 4)}**********${missing.slice(-4)}`, found: [] } },
    ]);
    expect(await searches('county')).toEqual([
      { entity: 'WorkerSearch', action: 'SEARCH_BY_PHONE', after: { phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, found: [worker.id] } },
      { entity: 'Worker', action: 'SEARCH_BY_PHONE', after: { field: 'phone' } },
    ]);
    const stored = JSON.stringify(await app.sql(`select * from audit_entry where action like 'SEARCH_BY_%'`));
    expect(stored).not.toContain(idNumber);
    expect(stored).not.toContain(phone);
    const history = await app.ok(
      `query($id: String!) { auditHistory(entity: "Worker", entityId: $id) { edges { node { action actorName } } } }`,
      { id: worker.id },
      'county',
    );
    expect(history.auditHistory.edges.map((e: any) => e.node)).toEqual([
      { action: 'SEARCH_BY_PHONE', actorName: 'county' },
      { action: 'SEARCH_BY_ID_NUMBER', actorName: 'township' },
      { action: 'CREATE', actorName: 'township' },
    ]);
  });

  it('counts every alias of one request, across api processes, and answers TOO_MANY_REQUESTS with the time to wait', async () => {
    // A second api process of the same deployment (same database, Redis and key prefix).
    second = await createApi(app.config);
    await second.listen(0, '127.0.0.1');
    const secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
    const token = await app.login('township2');
    const viaSecond = async (query: string, variables: Record<string, unknown>): Promise<GraphqlResponse> => {
      const response = await fetch(`${secondUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse;
    };

    const idNumber = anIdNumber('19900909');
    // Two searches on the first process, then one request of LIMIT aliases on the second: LIMIT - 2 pass.
    await app.ok(BY_ID, { n: idNumber }, 'township2');
    await app.ok(BY_ID, { n: idNumber }, 'township2');
    const burst = await viaSecond(aliased(LIMIT), { n: idNumber });
    expect(burst.data ?? null).toBeNull();
    // The first refusal nulls the whole answer (a non-null root field); the others may be left out.
    expect(burst.errors!.length).toBeGreaterThanOrEqual(1);
    for (const error of burst.errors!) {
      expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'REVEALS_THROTTLED', field: 'idNumber' });
      const wait = (error.extensions as { retryAfterSeconds: number }).retryAfterSeconds;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(600);
      expect(error.message).toMatch(new RegExp(`at most ${LIMIT} in 10 minutes; try again in \\d+ s`));
    }
    // The aliases that passed finish (and are audited) while the refusal is already answered.
    await eventually(async () => (await searches('township2')).filter((s) => s.entity === 'WorkerSearch').length >= LIMIT);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await searches('township2')).filter((s) => s.entity === 'WorkerSearch')).toHaveLength(LIMIT);
    // Spent: on either process, and for the ID number shown by a reveal too.
    expect(errorCode(await app.gql(BY_PHONE, { p: aPhone() }, { user: 'township2' }))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await viaSecond(BY_ID, { n: idNumber }))).toBe('TOO_MANY_REQUESTS');
    const theirs = (await app.sql<{ id: string }>(`select id from worker where region_code like '140799101%' limit 1`))[0].id;
    expect(errorCode(await app.gql(`mutation($id: ID!) { revealIdNumber(workerId: $id) }`, { id: theirs }, { user: 'township2' }))).toBe('TOO_MANY_REQUESTS');
    // Per user: the next township's staff still search.
    expect((await app.ok(BY_ID, { n: idNumber }, 'township')).workers.totalCount).toBe(0);
  });

  it('counts full ID number reveals in the same window', async () => {
    const worker = await create({ name: '吴用' });
    const reveal = `mutation($id: ID!) { revealIdNumber(workerId: $id) }`;
    let refused: GraphqlResponse | null = null;
    for (let i = 0; i <= LIMIT + 1 && !refused; i++) {
      const res = await app.gql(reveal, { id: worker.id }, { user: 'county' });
      if (res.errors) refused = res;
    }
    expect(refused!.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'REVEALS_THROTTLED', field: 'workerId' });
    const reveals = await app.sql(`select 1 from audit_entry where actor_name = 'county' and action = 'REVEAL_ID_NUMBER'`);
    const countySearches = (await searches('county')).filter((s) => s.entity === 'WorkerSearch');
    expect(reveals.length + countySearches.length).toBe(LIMIT);
  });
});
