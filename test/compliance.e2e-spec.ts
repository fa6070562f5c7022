import { addDays } from '@gridhr/common';
import { aWorkerInput, CREATE_WORKER } from './support/factories';
import { errorCode, eventually, scanNow, TEST_TODAY, TestApp } from './support/test-app';

const CREATE_CONTRACT = `mutation($input: CreateContractInput!) { createContract(input: $input) { id version status warnings probationLimitDate } }`;
const SIGN = `mutation($input: SignContractInput!) { signContract(input: $input) { id version status } }`;
const POLICY = `mutation($input: CreateInsurancePolicyInput!) { createInsurancePolicy(input: $input) { id } }`;
const FLAGS = `query($workerId: ID, $rule: String, $open: Boolean) { complianceFlags(workerId: $workerId, rule: $rule, open: $open, first: 100) {
  totalCount edges { node { id rule subjectId severity message period citation resolvedAt } } } }`;

describe('compliance flags from contracts and insurance', () => {
  let app: TestApp;
  const today = TEST_TODAY;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const scanNowDone = (id: string) =>
    eventually(async () => (await app.sql<{ status: string }>('select status from scan_run where id = ?', [id]))[0].status === 'DONE', 30_000);
  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const newWorker = async (overrides: Record<string, unknown> = {}, region = '140799001001') =>
    (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId(region), overrides) }, 'township')).createWorker;
  const contract = async (workerId: string, terms: Record<string, unknown>, sign = true) => {
    const created = (
      await app.ok(
        CREATE_CONTRACT,
        { input: { workerId, kind: 'LABOR', employerKind: 'TOWNSHIP', employerName: '城关街道办事处', monthlyBasePayFen: 320_000, ...terms } },
        'township',
      )
    ).createContract;
    return sign
      ? (
          await app.ok(
            SIGN,
            { input: { id: created.id, version: created.version, signedOn: terms.startDate && terms.startDate < today ? terms.startDate : today } },
            'township',
          )
        ).signContract
      : created;
  };
  const flagsOf = async (workerId: string, rule: string, open: boolean | null = true) =>
    (await app.ok(FLAGS, { workerId, rule, open }, 'county')).complianceFlags.edges.map((e: any) => e.node);
  const policy = async (kind: string, workerIds: string[] | null, extra: Record<string, unknown> = {}) =>
    app.ok(
      POLICY,
      {
        input: {
          kind,
          insurer: '县社保中心',
          policyNumber: `${kind}-${Math.random().toString(36).slice(2, 10)}`,
          holderRegionId: await regionId('140799001000'),
          payer: 'EMPLOYER',
          validFrom: '2024-01-01',
          premiumFen: 0,
          workerIds,
          ...extra,
        },
      },
      'township',
    );

  it('lists its rules with their citations', async () => {
    const { complianceRules } = await app.ok(`{ complianceRules { id subject citation } }`, {}, 'township');
    expect(complianceRules.map((r: any) => r.id)).toEqual(
      expect.arrayContaining([
        'contract.ending-soon',
        'contract.expired',
        'worker.no-labor-contract',
        'worker.no-social-insurance',
        'worker.part-time-no-injury-cover',
        'contract.probation-too-long',
      ]),
    );
    expect(complianceRules.every((r: any) => r.citation.length > 5)).toBe(true);
  });

  it('flags a full-time worker without a labor contract (due within a month, then overdue) and clears it once one is signed', async () => {
    const fresh = await newWorker({ name: '新来的', hiredOn: today });
    const old = await newWorker({ name: '老员工', hiredOn: '2025-01-01' });
    await scanNow(app);
    expect(await flagsOf(fresh.id, 'worker.no-labor-contract')).toEqual([expect.objectContaining({ severity: 'MEDIUM', period: null })]);
    const [overdue] = await flagsOf(old.id, 'worker.no-labor-contract');
    expect(overdue).toMatchObject({ severity: 'HIGH', citation: expect.stringContaining('Zigong') });

    await contract(old.id, { startDate: '2025-01-01', endDate: '2027-12-31' });
    const run = await scanNow(app);
    expect(run.resolved).toBeGreaterThanOrEqual(1);
    expect(await flagsOf(old.id, 'worker.no-labor-contract')).toEqual([]);
    expect(await flagsOf(old.id, 'worker.no-labor-contract', false)).toEqual([expect.objectContaining({ id: overdue.id, resolvedAt: expect.any(String) })]);
  });

  it('names the missing social insurance, updates the same flag as cover arrives, and clears it when complete', async () => {
    const worker = await newWorker({ name: '缺社保' });
    await scanNow(app, 'county', ['worker.no-social-insurance']);
    const [first] = await flagsOf(worker.id, 'worker.no-social-insurance');
    expect(first.message).toContain('养老保险、医疗保险、失业保险、工伤保险');
    await policy('PENSION', [worker.id]);
    await policy('MEDICAL', [worker.id]);
    await scanNow(app, 'county', ['worker.no-social-insurance']);
    const [second] = await flagsOf(worker.id, 'worker.no-social-insurance');
    expect(second.id).toBe(first.id);
    expect(second.message).toContain('失业保险、工伤保险');
    expect(second.message).not.toContain('养老');
    await policy('UNEMPLOYMENT', [worker.id]);
    await policy('WORK_INJURY', [worker.id]);
    await scanNow(app, 'county', ['worker.no-social-insurance']);
    expect(await flagsOf(worker.id, 'worker.no-social-insurance')).toEqual([]);
  });

  it("flags part-time workers without injury cover until the township's group accident policy covers them", async () => {
    const worker = await newWorker({ name: '兼职甲', category: 'PART_TIME' });
    await scanNow(app, 'county', ['worker.part-time-no-injury-cover']);
    expect(await flagsOf(worker.id, 'worker.part-time-no-injury-cover')).toHaveLength(1);
    const { createInsurancePolicy: group } = await policy('ACCIDENT', null, {
      categories: ['PART_TIME'],
      validTo: addDays(today, 300),
      premiumFen: 1_200_000,
      payer: 'COUNTY',
    });
    const covered = await app.sql<{ n: string }>(
      `select count(*) as n from insured_person ip join worker w on w.id = ip.worker_id where ip.policy_id = ? and w.category = 'PART_TIME'`,
      [group.id],
    );
    const partTimers = await app.sql<{ n: string }>(
      `select count(*) as n from worker where category = 'PART_TIME' and status in ('ACTIVE', 'ONBOARDING') and region_code like '140799001%'`,
    );
    expect(covered[0].n).toBe(partTimers[0].n);
    await scanNow(app, 'county', ['worker.part-time-no-injury-cover']);
    expect(await flagsOf(worker.id, 'worker.part-time-no-injury-cover')).toEqual([]);
    // Rural part-timers of another township are still flagged.
    const elsewhere = await app.sql<{ n: string }>(
      `select count(*) as n from compliance_flag where rule = 'worker.part-time-no-injury-cover' and resolved_at is null and region_code like '140799101%'`,
    );
    expect(Number(elsewhere[0].n)).toBeGreaterThan(0);
  });

  it('reminds of contracts ending at the policy offsets, raising the severity, until a renewal is signed', async () => {
    const ends = { none: 61, low: 45, medium: 20, high: 5 } as const;
    const ids: Record<string, string> = {};
    for (const [key, days] of Object.entries(ends)) {
      const worker = await newWorker({ name: `到期${key}`, hiredOn: '2025-06-01' });
      ids[key] = worker.id;
      await contract(worker.id, { startDate: '2025-06-01', endDate: addDays(today, days) });
    }
    await scanNow(app, 'county', ['contract.ending-soon']);
    expect(await flagsOf(ids.none, 'contract.ending-soon')).toEqual([]);
    expect((await flagsOf(ids.low, 'contract.ending-soon'))[0]).toMatchObject({ severity: 'LOW', period: addDays(today, 45) });
    expect((await flagsOf(ids.medium, 'contract.ending-soon'))[0].severity).toBe('MEDIUM');
    expect((await flagsOf(ids.high, 'contract.ending-soon'))[0].severity).toBe('HIGH');

    // The city moves its reminders earlier: the 45-day contract is now past the middle offset.
    const [low] = await flagsOf(ids.low, 'contract.ending-soon');
    await app.ok(
      `mutation($input: SetPolicyInput!) { setPolicy(input: $input) { id } }`,
      { input: { regionId: await regionId('140700000000'), key: 'contracts.renewalReminderDays', value: [90, 50, 30], effectiveFrom: '2026-01-01' } },
      'city',
    );
    await scanNow(app, 'county', ['contract.ending-soon']);
    const [raised] = await flagsOf(ids.low, 'contract.ending-soon');
    expect(raised).toMatchObject({ id: low.id, severity: 'MEDIUM' });
    expect((await flagsOf(ids.none, 'contract.ending-soon'))[0].severity).toBe('LOW');

    const current = (await app.ok(`query($id: ID!) { worker(id: $id) { contracts { id } } }`, { id: ids.high }, 'township')).worker.contracts[0];
    const renewal = (
      await app.ok(
        `mutation($input: RenewContractInput!) { renewContract(input: $input) { id version startDate } }`,
        { input: { contractId: current.id, endDate: addDays(today, 5 + 1096) } },
        'township',
      )
    ).renewContract;
    expect(renewal.startDate).toBe(addDays(today, 6));
    await scanNow(app, 'county', ['contract.ending-soon']);
    expect(await flagsOf(ids.high, 'contract.ending-soon')).toHaveLength(1); // a draft renewal is not a signed one
    await app.ok(SIGN, { input: { id: renewal.id, version: renewal.version } }, 'township');
    await scanNow(app, 'county', ['contract.ending-soon']);
    expect(await flagsOf(ids.high, 'contract.ending-soon')).toEqual([]);
  });

  it('flags an expired contract on a worker still on duty, and clears it when the contract is ended', async () => {
    const worker = await newWorker({ name: '过期合同', hiredOn: '2025-01-01' });
    const signed = await contract(worker.id, { startDate: '2025-01-01', endDate: '2025-12-31' });
    await scanNow(app, 'county', ['contract.expired']);
    expect(await flagsOf(worker.id, 'contract.expired')).toEqual([expect.objectContaining({ severity: 'HIGH', period: '2025-12-31', subjectId: signed.id })]);
    await app.ok(
      `mutation($input: CloseContractInput!) { endContract(input: $input) { status endedOn } }`,
      { input: { id: signed.id, version: signed.version } },
      'township',
    );
    await scanNow(app, 'county', ['contract.expired']);
    expect(await flagsOf(worker.id, 'contract.expired')).toEqual([]);
  });

  it('flags a probation beyond the art. 19 limit and clears it when the draft is corrected', async () => {
    const worker = await newWorker({ name: '试用期长' });
    const draft = await contract(worker.id, { startDate: '2026-01-01', endDate: '2026-12-31', probationEndDate: '2026-03-01' }, false);
    expect(draft.probationLimitDate).toBe('2026-02-28');
    expect(draft.warnings).toEqual([expect.stringContaining('art. 19')]);
    await scanNow(app, 'county', ['contract.probation-too-long']);
    expect(await flagsOf(worker.id, 'contract.probation-too-long')).toEqual([
      expect.objectContaining({ severity: 'MEDIUM', message: expect.stringContaining('2026-02-28') }),
    ]);
    await app.ok(
      `mutation($input: UpdateContractInput!) { updateContract(input: $input) { id } }`,
      { input: { id: draft.id, version: draft.version, probationEndDate: '2026-02-28' } },
      'township',
    );
    await scanNow(app, 'county', ['contract.probation-too-long']);
    expect(await flagsOf(worker.id, 'contract.probation-too-long')).toEqual([]);
  });

  it('reaps a running scan whose job is gone and queues a new one, instead of waiting for it forever', async () => {
    // A scan left RUNNING (a worker died) whose job Redis no longer has (restarted without persistence).
    const { runComplianceScan: stuck } = await app.ok(`mutation { runComplianceScan(rules: ["contract.expired"]) { id } }`, {}, 'township');
    await scanNowDone(stuck.id);
    await app.sql(`update scan_run set status = 'RUNNING', finished_at = null where id = ?`, [stuck.id]);
    const { runComplianceScan: same } = await app.ok(`mutation { runComplianceScan(rules: ["contract.expired"]) { id } }`, {}, 'township');
    expect(same.id).not.toBe(stuck.id); // its job is completed: no job will finish the RUNNING row
    await scanNowDone(same.id);
    await app.sql(`update scan_run set status = 'RUNNING', finished_at = null where id = ?`, [same.id]);
    await app.queue('compliance').remove(same.id);
    const { runComplianceScan: next } = await app.ok(`mutation { runComplianceScan(rules: ["contract.expired"]) { id status } }`, {}, 'township');
    expect(next.id).not.toBe(same.id);
    expect(await app.sql(`select status, error from scan_run where id = ?`, [same.id])).toEqual([
      { status: 'FAILED', error: 'its job was lost; a new scan was queued' },
    ]);
    await scanNowDone(next.id);
  });

  it('is idempotent: a second scan changes nothing', async () => {
    await scanNow(app);
    const before = await app.sql('select id, severity, message, resolved_at from compliance_flag order by id');
    const again = await scanNow(app);
    expect(again).toMatchObject({ opened: 0, updated: 0, resolved: 0 });
    expect(await app.sql('select id, severity, message, resolved_at from compliance_flag order by id')).toEqual(before);
    const duplicates = await app.sql('select rule, subject_id, period from compliance_flag where resolved_at is null group by 1, 2, 3 having count(*) > 1');
    expect(duplicates).toEqual([]);
  });

  it('applies scope to flags, counts and worker pages', async () => {
    const mine = await app.ok(`{ complianceFlags(first: 100) { totalCount edges { node { regionCode } } } }`, {}, 'township2');
    expect(mine.complianceFlags.totalCount).toBeGreaterThan(0);
    expect(mine.complianceFlags.edges.every((e: any) => e.node.regionCode.startsWith('140799101'))).toBe(true);
    // Counts roll up one level below the caller's region: a county's by township, a city's by county.
    const counts = (await app.ok(`{ complianceCounts { regionCode rule open high } }`, {}, 'county')).complianceCounts;
    expect(new Set(counts.map((c: any) => c.regionCode))).toEqual(new Set(['140799000000', '140799001000', '140799101000', '140799102000']));
    const total = await app.sql<{ n: number }>(`select count(*)::int as n from compliance_flag where resolved_at is null and region_code like '140799%'`);
    expect(counts.reduce((sum: number, c: any) => sum + c.open, 0)).toBe(total[0].n);
    const city = (await app.ok(`{ complianceCounts { regionCode regionName open } }`, {}, 'city')).complianceCounts;
    expect(new Set(city.map((c: any) => c.regionCode))).toEqual(new Set(['140799000000']));
    expect(city.reduce((sum: number, c: any) => sum + c.open, 0)).toBe(total[0].n);
    const theirs = (await app.ok(`{ complianceCounts { regionCode } }`, {}, 'township2')).complianceCounts;
    expect(new Set(theirs.map((c: any) => c.regionCode))).toEqual(new Set(['140799101000']));

    const flagged = (
      await app.sql<{ id: string; worker_id: string }>(
        `select id, worker_id from compliance_flag where region_code like '140799001%' and resolved_at is null and worker_id is not null limit 1`,
      )
    )[0];
    expect(errorCode(await app.gql(`query($id: ID!) { complianceFlag(id: $id) { id } }`, { id: flagged.id }, { user: 'township2' }))).toBe('NOT_FOUND');
    const page = await app.ok(`query($id: ID!) { worker(id: $id) { flags { rule severity } } }`, { id: flagged.worker_id }, 'township');
    expect(page.worker.flags.length).toBeGreaterThan(0);
    expect(errorCode(await app.gql(`mutation { runComplianceScan { id } }`, {}, { user: 'finance' }))).toBe('FORBIDDEN');
  });
});
