// With GRAPHQL_COMPILE_AFTER=2 a query asked again is answered compiled (graphql-jit): the same data, the
// same masking, the same errors as graphql-js gives the first time, and a mutation never compiled.
import { CompiledQueries } from '@gridhr/common';
import { TestApp } from './support/test-app';

describe('compiled queries (e2e)', () => {
  let app: TestApp;
  let stats: CompiledQueries['stats'];
  const MISSING = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    app = await TestApp.start({ env: { GRAPHQL_COMPILE_AFTER: '2' } });
    stats = app.api.get(CompiledQueries).stats;
  });

  afterAll(async () => {
    await app.close();
  });

  /** The same request twice: the first through graphql-js, the second (and later) compiled. */
  const twice = async (query: string, variables: Record<string, unknown>, user: string) => {
    const first = await app.gql(query, variables, { user });
    const before = { ...stats };
    const second = await app.gql(query, variables, { user });
    return { first, second, before };
  };

  it('answers a nested list the same, masked for finance and in full for the township', async () => {
    const LIST = `query($first: Int!) { workers(first: $first) { totalCount edges { cursor node { id name idNumber phone status region { code name } currentAssignments { id fromDate grid { code } } } } pageInfo { hasNextPage endCursor } } }`;
    for (const user of ['finance', 'township']) {
      const { first, second, before } = await twice(LIST, { first: 30 }, user);
      expect(first.errors).toBeUndefined();
      expect(first.data!.workers.edges.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
      expect(stats.answered).toBe(before.answered + 1);
    }
    expect(stats.compiled).toBeGreaterThanOrEqual(1);
    const { first } = await twice(LIST, { first: 30 }, 'finance');
    expect(first.data!.workers.edges[0].node.idNumber).toMatch(/\*{4,}/);
  });

  it('gives a missing record, a partial answer and a refused field the same errors and data compiled', async () => {
    const worker = (await app.sql<{ id: string }>(`select id from worker where region_code like '140799001%' order by id limit 1`))[0].id;
    // budget is nullable: its refusal leaves the rest of the answer.
    const cases: [string, Record<string, unknown>, string][] = [
      [`query($id: ID!) { worker(id: $id) { id name } }`, { id: MISSING }, 'township'],
      [`query($a: ID!, $b: ID!) { a: worker(id: $a) { id name } b: budget(regionId: $b, year: 2026) { year } }`, { a: worker, b: MISSING }, 'county'],
      [`query($id: ID!) { worker(id: $id) { id } }`, { id: 'not-a-uuid' }, 'township'],
    ];
    for (const [query, variables, user] of cases) {
      const { first, second, before } = await twice(query, variables, user);
      expect(first.errors?.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
      expect(stats.answered).toBe(before.answered + 1);
    }
    const { first } = await twice(cases[1][0], cases[1][1], 'county');
    expect(first.data).toEqual({ a: { id: worker, name: expect.any(String) }, b: null });
    expect(first.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([[['b'], 'NOT_FOUND']]);
  });

  it('leaves a variable that does not coerce to the limits plugin before anything runs, and mutations uncompiled', async () => {
    const { first, second, before } = await twice(`query($first: Int!) { workers(first: $first) { totalCount } }`, { first: 'many' }, 'township');
    expect(first.status).toBe(400);
    expect(first.errors![0].message).toMatch(/Variable "\$first" got invalid value "many"/);
    expect(second).toEqual(first);
    expect(stats).toEqual(before);

    const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    const counts = { ...stats };
    for (let i = 0; i < 3; i++) expect((await app.gql(LOGIN, { u: 'township', p: 'gridhr-demo' })).data!.login.token).toEqual(expect.any(String));
    expect(stats).toEqual(counts);
  });

  it('leaves to graphql-js a document of several operations, @skip and @include, and refuses an unnamed pick as before', async () => {
    const TWO = `query A { workers(first: 2) { totalCount } } query B { workers(first: 3) { edges { node { id } } } }`;
    const unnamed = await twice(TWO, {}, 'township');
    expect(unnamed.first.status).toBe(400);
    expect(unnamed.first.errors![0].extensions!.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(unnamed.second).toEqual(unnamed.first);
    expect(stats).toEqual(unnamed.before);

    const named = async (operationName: string) => {
      const send = () =>
        fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: TWO, operationName }),
        }).then((r) => r.json() as Promise<{ data: Record<string, any> }>);
      const first = await send();
      const before = { ...stats };
      expect(await send()).toEqual(first);
      expect(stats).toEqual(before);
      return first;
    };
    const token = await app.login('township');
    expect((await named('A')).data.workers.totalCount).toBeGreaterThan(0);
    expect((await named('B')).data.workers.edges).toHaveLength(3);

    const INCLUDE = `query($all: Boolean!) { workers(first: 2) { ...W @include(if: $all) edges { node { id } } } } fragment W on WorkerConnection { totalCount }`;
    for (const all of [true, false]) {
      const { first, second, before } = await twice(INCLUDE, { all }, 'township');
      expect(first.errors).toBeUndefined();
      expect('totalCount' in first.data!.workers).toBe(all);
      expect(second).toEqual(first);
      expect(stats).toEqual(before);
    }
  });
});
