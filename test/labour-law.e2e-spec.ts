// Issue 10: the Labor Contract Law and the Social Insurance Law as the scans and contracts apply them.
import { addDays } from '@gridhr/common';
import { aWorkerInput, anIdNumber, CREATE_WORKER } from './support/factories';
import { scanNow, TEST_TODAY, TestApp } from './support/test-app';

const CONTRACT = `mutation($input: CreateContractInput!) { createContract(input: $input) { id version warnings probationLimitDate } }`;
const SIGN = `mutation($input: SignContractInput!) { signContract(input: $input) { id version status warnings } }`;
const RENEW = `mutation($input: RenewContractInput!) { renewContract(input: $input) { id version warnings } }`;
const CLOSE = `mutation($input: CloseContractInput!) { endContract(input: $input) { id } }`;
const POLICY = `mutation($input: CreateInsurancePolicyInput!) { createInsurancePolicy(input: $input) { id } }`;

describe('labour law in contracts and scans', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const regionId = async (code: string) => (await app.sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const newWorker = async (overrides: Record<string, unknown> = {}) =>
    (await app.ok(CREATE_WORKER, { input: aWorkerInput(await regionId('140799001002'), overrides) }, 'township')).createWorker;
  const contract = async (workerId: string, terms: Record<string, unknown>, signedOn?: string) => {
    const c = (
      await app.ok(
        CONTRACT,
        { input: { workerId, kind: 'LABOR', employerKind: 'TOWNSHIP', employerName: '城关街道办事处', monthlyBasePayFen: 320_000, ...terms } },
        'township',
      )
    ).createContract;
    return signedOn ? (await app.ok(SIGN, { input: { id: c.id, version: c.version, signedOn } }, 'township')).signContract : c;
  };
  const flags = async (rule: string, workerId: string) =>
    (
      await app.ok(
        `query($w: ID, $r: String) { complianceFlags(workerId: $w, rule: $r) { edges { node { severity message details } } } }`,
        { w: workerId, r: rule },
        'county',
      )
    ).complianceFlags.edges.map((e: any) => e.node);
  const policy = async (kind: string, workerIds: string[], payer: string) =>
    app.ok(
      POLICY,
      {
        input: {
          kind,
          insurer: '保险公司',
          policyNumber: `${kind}-${Math.random().toString(36).slice(2, 10)}`,
          holderRegionId: await regionId('140799001000'),
          payer,
          validFrom: '2024-01-01',
          premiumFen: 0,
          workerIds,
        },
      },
      'township',
    );

  it('counts a month as Civil Code art. 202 does: probation and the written contract from the 31st', async () => {
    const worker = await newWorker({ hiredOn: '2025-03-31' });
    const c = await contract(worker.id, { startDate: '2025-03-31', endDate: '2025-12-31', probationEndDate: '2025-04-30' }, '2025-04-30');
    expect(c.warnings).toEqual([]);
    const draft = await contract(worker.id, { startDate: '2026-01-01', endDate: '2026-12-31', employerName: '另一用人单位', probationEndDate: '2026-03-01' });
    expect(draft.probationLimitDate).toBe('2026-02-28');
  });

  it('shows the months of double wages owed without a written contract, and the open-ended contract deemed after a year', async () => {
    const due = await newWorker({ name: '待签合同', hiredOn: '2026-10-31' });
    const owed = await newWorker({ name: '欠二倍工资', hiredOn: '2026-03-31' });
    const deemed = await newWorker({ name: '视为无固定期限', hiredOn: '2025-06-01' });
    await scanNow(app, 'county', ['worker.no-labor-contract']);
    expect(await flags('worker.no-labor-contract', due.id)).toEqual([
      expect.objectContaining({ severity: 'MEDIUM', message: expect.stringContaining('须在2026-11-30前签订') }),
    ]);
    const [o] = await flags('worker.no-labor-contract', owed.id);
    expect(o).toMatchObject({ severity: 'HIGH', details: expect.objectContaining({ doublePayMonths: 7, deadline: '2026-04-30' }) });
    expect(o.message).toContain('已7个月');
    const [d] = await flags('worker.no-labor-contract', deemed.id);
    expect(d.details).toMatchObject({ doublePayMonths: 11, deemedOpenEndedFrom: '2026-06-01' });
    expect(d.message).toContain('视为已订立无固定期限劳动合同');
  });

  it('asks for an open-ended renewal only of labour contracts, counting service across a takeover', async () => {
    const partTimer = await newWorker({ category: 'PART_TIME', hiredOn: '2020-01-01' });
    const p1 = await contract(partTimer.id, { kind: 'PART_TIME_AGREEMENT', startDate: '2020-01-01', endDate: '2021-12-31' }, '2020-01-01');
    const p2 = await app.ok(RENEW, { input: { contractId: p1.id, endDate: '2023-12-31' } }, 'township');
    await app.ok(SIGN, { input: { id: p2.renewContract.id, version: p2.renewContract.version, signedOn: '2022-01-01' } }, 'township');
    const p3 = (await app.ok(RENEW, { input: { contractId: p2.renewContract.id, endDate: '2025-12-31' } }, 'township')).renewContract;
    expect(p3.warnings.join(' ')).not.toContain('art. 14');
    // Two part-time agreements, then a first labour contract: not the third consecutive fixed term.
    const turned = await newWorker({ category: 'PART_TIME', hiredOn: '2022-01-01' });
    const t1 = await contract(turned.id, { kind: 'PART_TIME_AGREEMENT', startDate: '2022-01-01', endDate: '2023-12-31' }, '2022-01-01');
    const t2 = (await app.ok(RENEW, { input: { contractId: t1.id, endDate: '2025-12-31' } }, 'township')).renewContract;
    await app.ok(SIGN, { input: { id: t2.id, version: t2.version, signedOn: '2024-01-01' } }, 'township');
    const labour = (await app.ok(RENEW, { input: { contractId: t2.id, kind: 'LABOR', endDate: '2028-12-31' } }, 'township')).renewContract;
    expect(labour.warnings.join(' ')).not.toContain('art. 14');

    // Ten years with two labour-service companies: the second took the workers over after a re-tender.
    const worker = await newWorker({ hiredOn: '2016-01-01' });
    const first = await contract(
      worker.id,
      { employerKind: 'LABOR_COMPANY', employerName: '甲劳务公司', kind: 'DISPATCH', startDate: '2016-01-01', endDate: '2020-12-31' },
      '2016-01-01',
    );
    await app.ok(CLOSE, { input: { id: first.id, version: first.version } }, 'township');
    const taken = await contract(
      worker.id,
      {
        employerKind: 'LABOR_COMPANY',
        employerName: '乙劳务公司',
        kind: 'DISPATCH',
        startDate: '2021-01-01',
        endDate: '2026-01-31',
        continuesServiceOfId: first.id,
      },
      '2021-01-01',
    );
    const renewal = (await app.ok(RENEW, { input: { contractId: taken.id, endDate: '2029-01-31' } }, 'township')).renewContract;
    expect(renewal.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/10 years of continuous service since 2016-01-01/)]));
  });

  it('gives social insurance registration its 30 days, and spares a retiree, who needs accident cover', async () => {
    const newcomer = await newWorker({ name: '新入职', hiredOn: addDays(TEST_TODAY, -10) });
    const late = await newWorker({ name: '逾期未参保', hiredOn: addDays(TEST_TODAY, -40) });
    // A woman worker born in 1972 reached the retirement age (50) in 2022.
    const retiree = await newWorker({ name: '退休返聘', idNumber: anIdNumber('19720315', false), hiredOn: '2024-01-01' });
    await scanNow(app, 'county', ['worker.no-social-insurance', 'worker.no-labor-contract', 'worker.retired-no-accident-cover']);
    expect(await flags('worker.no-social-insurance', newcomer.id)).toEqual([
      expect.objectContaining({ severity: 'MEDIUM', message: expect.stringContaining(`须在${addDays(TEST_TODAY, 19)}前办理社会保险登记`) }),
    ]);
    expect(await flags('worker.no-social-insurance', late.id)).toEqual([expect.objectContaining({ severity: 'HIGH' })]);
    expect(await flags('worker.no-social-insurance', retiree.id)).toEqual([]);
    expect(await flags('worker.no-labor-contract', retiree.id)).toEqual([]);
    expect(await flags('worker.retired-no-accident-cover', retiree.id)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ retiresOn: '2022-03-15' }) }),
    ]);
    await policy('ACCIDENT', [retiree.id], 'EMPLOYER');
    await scanNow(app, 'county', ['worker.retired-no-accident-cover']);
    expect(await flags('worker.retired-no-accident-cover', retiree.id)).toEqual([]);
  });

  it('treats a worker drawing a pension before the retirement age as a retiree: accident cover, no social insurance', async () => {
    // A man born in 1975 is below the statutory age (60 and more), but draws an early pension.
    const pensioner = await newWorker({ name: '提前退休', idNumber: anIdNumber('19750615'), hiredOn: '2024-01-01', drawsPension: true });
    const young = await newWorker({ name: '未退休', idNumber: anIdNumber('19750616'), hiredOn: '2024-01-01' });
    const rules = ['worker.no-social-insurance', 'worker.no-labor-contract', 'worker.retired-no-accident-cover'];
    await scanNow(app, 'county', rules);
    expect(await flags('worker.no-social-insurance', pensioner.id)).toEqual([]);
    expect(await flags('worker.no-labor-contract', pensioner.id)).toEqual([]);
    expect(await flags('worker.retired-no-accident-cover', pensioner.id)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ drawsPension: true }) }),
    ]);
    expect(await flags('worker.no-social-insurance', young.id)).toHaveLength(1);
    expect(await flags('worker.no-labor-contract', young.id)).toHaveLength(1);
    expect(await flags('worker.retired-no-accident-cover', young.id)).toEqual([]);
  });

  it('wants the accident policy of a part-timer paid by the county or township, and work-injury insurance on a 非全日制 labour contract', async () => {
    const partTimer = await newWorker({ category: 'PART_TIME' });
    await policy('ACCIDENT', [partTimer.id], 'EMPLOYER');
    await scanNow(app, 'county', ['worker.part-time-no-injury-cover']);
    expect(await flags('worker.part-time-no-injury-cover', partTimer.id)).toHaveLength(1);
    await policy('ACCIDENT', [partTimer.id], 'TOWNSHIP');
    await scanNow(app, 'county', ['worker.part-time-no-injury-cover']);
    expect(await flags('worker.part-time-no-injury-cover', partTimer.id)).toEqual([]);

    await contract(partTimer.id, { kind: 'PART_TIME_AGREEMENT', startDate: '2026-01-01', endDate: '2026-12-31', monthlyBasePayFen: 80_000 }, '2026-01-01');
    await scanNow(app, 'county', ['worker.part-time-no-injury-cover']);
    expect(await flags('worker.part-time-no-injury-cover', partTimer.id)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('应参加工伤保险') }),
    ]);
    await policy('WORK_INJURY', [partTimer.id], 'EMPLOYER');
    await scanNow(app, 'county', ['worker.part-time-no-injury-cover']);
    expect(await flags('worker.part-time-no-injury-cover', partTimer.id)).toEqual([]);
  });
});
