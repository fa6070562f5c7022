import { aWorkerInput, CREATE_WORKER } from './support/factories';
import { errorCode, TestApp } from './support/test-app';

const FIELDS = 'id version status kind startDate endDate signedOn probationEndDate probationLimitDate monthlyBasePayFen monthlyBasePay warnings previousId';
const CREATE = `mutation($input: CreateContractInput!) { createContract(input: $input) { ${FIELDS} } }`;
const SIGN = `mutation($input: SignContractInput!) { signContract(input: $input) { ${FIELDS} } }`;
const RENEW = `mutation($input: RenewContractInput!) { renewContract(input: $input) { ${FIELDS} } }`;

describe('contracts and insurance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const newWorker = async (overrides: Record<string, unknown> = {}) =>
    (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001002'), { hiredOn: '2020-01-01', ...overrides }) }, 'township')).createWorker;
  const draft = async (workerId: string, terms: Record<string, unknown> = {}) =>
    (
      await app.ok(
        CREATE,
        {
          input: {
            workerId,
            kind: 'LABOR',
            employerKind: 'TOWNSHIP',
            employerName: '城关街道办事处',
            startDate: '2024-01-01',
            endDate: '2024-12-31',
            monthlyBasePayFen: 300_050,
            ...terms,
          },
        },
        'township',
      )
    ).createContract;
  const sign = async (c: { id: string; version: number }, signedOn?: string) =>
    (await app.ok(SIGN, { input: { id: c.id, version: c.version, signedOn } }, 'township')).signContract;
  const contracts = async () => Number((await app.sql<{ n: string }>('select count(*) as n from contract'))[0].n);

  it('drafts, signs and renews, keeping the chain, with money in fen and yuan', async () => {
    const worker = await newWorker();
    const first = await draft(worker.id, { probationEndDate: '2024-02-29' });
    expect(first).toMatchObject({ status: 'DRAFT', monthlyBasePayFen: 300_050, monthlyBasePay: '3000.50', probationLimitDate: '2024-02-29', warnings: [] });
    const signed = await sign(first, '2024-01-01');
    expect(signed).toMatchObject({ status: 'ACTIVE', signedOn: '2024-01-01' });
    const renewal = await app.ok(RENEW, { input: { contractId: first.id, endDate: '2026-12-31', probationEndDate: '2025-01-31' } }, 'township');
    expect(renewal.renewContract).toMatchObject({ status: 'DRAFT', startDate: '2025-01-01', previousId: first.id, monthlyBasePayFen: 300_050 });
    // Labor Contract Law art. 19: one probation per employer and worker.
    expect(renewal.renewContract.warnings).toEqual([expect.stringContaining('only once')]);
    expect(renewal.renewContract.probationLimitDate).toBeNull();
    const again = await app.gql(RENEW, { input: { contractId: first.id } }, { user: 'township' });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('already renewed') });
  });

  it("reads a worker's contracts in a page of workers (plain rows) exactly as one contract at a time (entities)", async () => {
    const worker = await newWorker();
    const first = await sign(await draft(worker.id, { probationEndDate: '2024-02-29' }), '2024-01-01');
    const renewal = (await app.ok(RENEW, { input: { contractId: first.id, endDate: '2026-12-31', probationEndDate: '2025-01-31' } }, 'township')).renewContract;
    const nested = await app.ok(`query($id: ID!) { worker(id: $id) { contracts { ${FIELDS} worker { id } } } }`, { id: worker.id }, 'township');
    const one = async (id: string) => (await app.ok(`query($id: ID!) { contract(id: $id) { ${FIELDS} worker { id } } }`, { id }, 'township')).contract;
    expect(nested.worker.contracts).toEqual([await one(renewal.id), await one(first.id)]);
    expect(nested.worker.contracts[0]).toMatchObject({ previousId: first.id, monthlyBasePay: '3000.50', warnings: [expect.stringContaining('only once')] });
  });

  it('refuses a second active contract over the same days, and a stale version, writing nothing', async () => {
    const worker = await newWorker();
    await sign(await draft(worker.id));
    const overlapping = await draft(worker.id, { startDate: '2024-06-01', endDate: '2025-05-31' });
    const res = await app.gql(SIGN, { input: { id: overlapping.id, version: overlapping.version } }, { user: 'township' });
    expect(res.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', field: 'input.id' },
      message: expect.stringContaining('already has an active contract'),
    });
    const [row] = await app.sql<{ status: string }>('select status from contract where id = ?', [overlapping.id]);
    expect(row.status).toBe('DRAFT');

    const update = `mutation($input: UpdateContractInput!) { updateContract(input: $input) { version monthlyBasePayFen } }`;
    const updated = await app.ok(update, { input: { id: overlapping.id, version: overlapping.version, monthlyBasePayFen: 310_000 } }, 'township');
    expect(updated.updateContract).toMatchObject({ version: overlapping.version + 1, monthlyBasePayFen: 310_000 });
    const stale = await app.gql(update, { input: { id: overlapping.id, version: overlapping.version, monthlyBasePayFen: 1 } }, { user: 'township' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await app.sql<{ fen: string }>('select monthly_base_pay_fen as fen from contract where id = ?', [overlapping.id]))[0].fen).toBe('310000');
  });

  it('validates terms at the edge: dates, money, and nothing half-written', async () => {
    const worker = await newWorker();
    const before = await contracts();
    const bad = async (terms: Record<string, unknown>) =>
      (
        await app.gql(
          CREATE,
          {
            input: {
              workerId: worker.id,
              kind: 'LABOR',
              employerKind: 'TOWNSHIP',
              employerName: '城关街道办事处',
              startDate: '2024-01-01',
              monthlyBasePayFen: 300_000,
              ...terms,
            },
          },
          { user: 'township' },
        )
      ).errors![0];
    expect(await bad({ endDate: '2023-12-31' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' } });
    expect(await bad({ endDate: '2024-12-31', probationEndDate: '2025-01-01' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.probationEndDate' },
    });
    expect(await bad({ monthlyBasePayFen: -1 })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.monthlyBasePayFen' } });
    expect((await bad({ monthlyBasePayFen: 3000.5 })).extensions!.code).toBe('BAD_USER_INPUT');
    expect((await bad({ startDate: '2024-02-30' })).extensions!.code).toBe('BAD_USER_INPUT');
    expect(await contracts()).toBe(before);
  });

  it('warns at renewal that art. 14 asks for an open-ended contract after two fixed terms', async () => {
    const worker = await newWorker();
    const one = await sign(await draft(worker.id, { startDate: '2022-01-01', endDate: '2023-12-31' }), '2022-01-01');
    const two = await app.ok(RENEW, { input: { contractId: one.id, endDate: '2025-12-31' } }, 'township');
    expect(two.renewContract.warnings).toEqual([]);
    await sign(two.renewContract, '2023-12-20');
    const three = await app.ok(RENEW, { input: { contractId: two.renewContract.id, endDate: '2028-12-31' } }, 'township');
    expect(three.renewContract.warnings).toEqual([expect.stringContaining('art. 14')]);
  });

  it('shows pay to finance but lets only township and county staff change contracts; scope holds', async () => {
    const worker = await newWorker();
    const c = await draft(worker.id);
    const read = await app.ok(`query($id: ID!) { contract(id: $id) { monthlyBasePayFen worker { idNumber phone } } }`, { id: c.id }, 'finance');
    expect(read.contract.monthlyBasePayFen).toBe(300_050);
    expect(read.contract.worker.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(errorCode(await app.gql(SIGN, { input: { id: c.id, version: c.version } }, { user: 'finance' }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(`query($id: ID!) { contract(id: $id) { id } }`, { id: c.id }, { user: 'township2' }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(SIGN, { input: { id: c.id, version: c.version } }, { user: 'township2' }))).toBe('NOT_FOUND');
    const listed = await app.ok(`{ contracts(first: 100) { totalCount edges { node { id regionCode } } } }`, {}, 'township2');
    expect(listed.contracts.totalCount).toBeGreaterThan(0);
    expect(listed.contracts.edges.every((e: any) => e.node.regionCode.startsWith('140799101') && e.node.id !== c.id)).toBe(true);
    const history = await app.ok(
      `query($id: String!) { auditHistory(entity: "Contract", entityId: $id) { edges { node { action } } } }`,
      { id: c.id },
      'county',
    );
    expect(history.auditHistory.edges.map((e: any) => e.node.action)).toEqual(['CREATE']);
  });

  it("insures a whole township's part-timers under one accident policy, once each", async () => {
    const create = `mutation($input: CreateInsurancePolicyInput!) { createInsurancePolicy(input: $input) { id premium insured { worker { category } coveredFrom } } }`;
    const holderRegionId = await regionId('140799001000');
    const res = await app.ok(
      create,
      {
        input: {
          kind: 'ACCIDENT',
          insurer: '人保财险',
          policyNumber: 'PDE2026-0001',
          holderRegionId,
          payer: 'COUNTY',
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
          premiumFen: 1_234_567,
          categories: ['PART_TIME'],
        },
      },
      'township',
    );
    const partTimers = Number(
      (
        await app.sql<{ n: string }>(
          `select count(*) as n from worker where category = 'PART_TIME' and status in ('ACTIVE', 'ONBOARDING') and region_code like '140799001%'`,
        )
      )[0].n,
    );
    expect(res.createInsurancePolicy.premium).toBe('12345.67');
    expect(res.createInsurancePolicy.insured).toHaveLength(partTimers);
    expect(res.createInsurancePolicy.insured.every((i: any) => i.worker.category === 'PART_TIME' && i.coveredFrom === '2026-01-01')).toBe(true);
    const added = await app.ok(
      `mutation($input: AddInsuredInput!) { addInsuredWorkers(input: $input) }`,
      { input: { policyId: res.createInsurancePolicy.id, categories: ['PART_TIME', 'INFORMANT'] } },
      'township',
    );
    expect(added.addInsuredWorkers).toBe(0); // no informants in an urban sub-district, part-timers already on it
    const duplicate = await app.gql(
      create,
      {
        input: {
          kind: 'ACCIDENT',
          insurer: '人保财险',
          policyNumber: 'PDE2026-0001',
          holderRegionId,
          payer: 'COUNTY',
          validFrom: '2026-01-01',
          premiumFen: 0,
          categories: ['PART_TIME'],
        },
      },
      { user: 'township' },
    );
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.policyNumber' });
    const elsewhere = (await app.sql<{ id: string }>(`select id from worker where region_code like '140799101%' limit 1`))[0].id;
    const outside = await app.gql(
      create,
      {
        input: {
          kind: 'ACCIDENT',
          insurer: '人保财险',
          policyNumber: 'X-2',
          holderRegionId,
          payer: 'COUNTY',
          validFrom: '2026-01-01',
          premiumFen: 0,
          workerIds: [elsewhere],
        },
      },
      { user: 'township' },
    );
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workerIds' });
  });
});
