// A worker process killed in the middle of a scan: another worker takes the job over and finishes it,
// with no duplicate flag and none lost. Real processes, a real SIGKILL.
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { retirementDate } from '@gridhr/contracts';
import { eventually, TEST_TODAY, TestApp } from './support/test-app';

const ROOT = path.resolve(__dirname, '..');
const CHUNK = 5;
const LANES = 2;

describe('compliance scans and worker processes', () => {
  let app: TestApp;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await app.close();
  });

  /** A real worker process on the test's database and queue prefix, scanning in small, slow chunks. */
  const startWorker = (pauseMs: number) => {
    const child = spawn(process.execPath, ['-r', './test/support/ts-register.js', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: app.config.databaseUrl,
        REDIS_URL: app.config.redisUrl,
        QUEUE_PREFIX: app.config.queuePrefix,
        NODE_ENV: 'test',
        SCAN_CHUNK_SIZE: String(CHUNK),
        SCAN_CHUNK_PAUSE_MS: String(pauseMs),
        SCAN_LANES: String(LANES),
        JOB_LOCK_SECONDS: '2',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    return child;
  };
  const run = async (id: string) =>
    (await app.sql<{ status: string; chunks_done: number; opened: number }>('select status, chunks_done, opened from scan_run where id = ?', [id]))[0];

  it('resumes from the last committed chunk; every flag exactly once', async () => {
    const { runComplianceScan: scan } = await app.ok(`mutation { runComplianceScan { id } }`, {}, 'county');
    const first = startWorker(150);
    await eventually(async () => (await run(scan.id))?.chunks_done >= 8, 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const atKill = await run(scan.id);
    expect(atKill.status).toBe('RUNNING');

    startWorker(0);
    const done = (await eventually(async () => ((await run(scan.id)).status === 'DONE' ? run(scan.id) : null), 90_000))!;

    // No duplicates, open or resolved.
    expect(await app.sql('select rule, subject_id, period, count(*) from compliance_flag group by 1, 2, 3 having count(*) > 1')).toEqual([]);
    // None lost: the flags are exactly the findings computed independently here.
    const flagged = async (rule: string) =>
      (await app.sql<{ subject_id: string }>('select subject_id from compliance_flag where rule = ? and resolved_at is null order by 1', [rule])).map(
        (r) => r.subject_id,
      );
    // The findings each rule should make on the test day, computed here independently of the rules' SQL:
    // the facts from the tables, the retirement age from the pure function.
    const day = `'${TEST_TODAY}'::date`;
    const covered = (kind: string, publicPayer = false) => `exists (select 1 from insured_person ip join insurance_policy p on p.id = ip.policy_id
      where ip.worker_id = w.id and p.kind::text = '${kind}' ${publicPayer ? `and p.payer in ('COUNTY', 'TOWNSHIP')` : ''}
        and ip.covered_from <= ${day} and (p.valid_to is null or p.valid_to >= ${day}))`;
    const inForce = (kinds: string) => `exists (select 1 from contract k where k.worker_id = w.id and k.status = 'ACTIVE' and k.kind in (${kinds})
      and k.start_date <= ${day} and (k.end_date is null or k.end_date >= ${day}))`;
    const facts = await app.sql<{
      id: string;
      birth: string;
      sex: 'MALE' | 'FEMALE';
      pension: boolean;
      category: string;
      labour: boolean;
      social: boolean;
      injury: boolean;
      accident: boolean;
      partTimeContract: boolean;
    }>(
      `select w.id, to_char(w.birth_date, 'YYYY-MM-DD') as birth, w.sex, w.draws_pension as pension, w.category,
              ${inForce(`'LABOR', 'DISPATCH'`)} as labour, ${inForce(`'PART_TIME_AGREEMENT'`)} as "partTimeContract",
              ${['PENSION', 'MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY'].map((k) => covered(k)).join(' and ')} as social,
              ${covered('WORK_INJURY')} as injury, ${covered('ACCIDENT', true)} as accident
         from worker w where w.region_code like '140799%' and w.status = 'ACTIVE' order by w.id`,
    );
    const retired = (w: (typeof facts)[number]) => w.pension || TEST_TODAY >= retirementDate(w.birth, w.sex, 50);
    const fullTime = facts.filter((w) => w.category === 'FULL_TIME');
    const noContract = fullTime.filter((w) => !retired(w) && !w.labour).map((w) => w.id);
    expect(noContract.length).toBeGreaterThan(0);
    expect(await flagged('worker.no-labor-contract')).toEqual(noContract);
    expect(await flagged('worker.no-social-insurance')).toEqual(fullTime.filter((w) => !retired(w) && !w.social).map((w) => w.id));
    const partTimers = facts.filter((w) => w.category === 'PART_TIME');
    expect(await flagged('worker.part-time-no-injury-cover')).toEqual(
      partTimers.filter((w) => !w.injury && (w.partTimeContract || !w.accident)).map((w) => w.id),
    );
    const total = Number((await app.sql<{ n: string }>('select count(*) as n from compliance_flag'))[0].n);
    expect(done.opened).toBe(total);
    // The second worker went on from the saved progress rather than starting over: at most one chunk per
    // lane was done twice (the one each lane had in flight when the first worker died).
    const workers = Number((await app.sql<{ n: string }>(`select count(*) as n from worker where region_code like '140799%'`))[0].n);
    const contracts = Number((await app.sql<{ n: string }>(`select count(*) as n from contract where region_code like '140799%'`))[0].n);
    const rules = (await app.ok(`{ complianceRules { subject } }`, {}, 'county')).complianceRules as { subject: string }[];
    const per = (subject: string) => rules.filter((r) => r.subject === subject).length;
    const regions = Number((await app.sql<{ n: string }>(`select count(*) as n from region where code like '140799%'`))[0].n);
    const grids = Number((await app.sql<{ n: string }>(`select count(*) as n from grid where region_code like '140799%'`))[0].n);
    const chunks =
      per('WORKER') * Math.ceil(workers / CHUNK) +
      per('CONTRACT') * Math.ceil(contracts / CHUNK) +
      per('REGION') * Math.ceil(regions / CHUNK) +
      per('GRID') * Math.ceil(grids / CHUNK);
    expect(done.chunks_done).toBeGreaterThanOrEqual(chunks);
    expect(done.chunks_done).toBeLessThanOrEqual(chunks + LANES);
  });

  it('on SIGTERM a worker finishes the active scan before it exits', async () => {
    for (const child of children.filter((c) => c.exitCode === null && c.signalCode === null)) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
    const { runComplianceScan: scan } = await app.ok(`mutation { runComplianceScan(rules: ["worker.no-labor-contract"]) { id } }`, {}, 'county');
    const child = startWorker(100);
    await eventually(async () => (await run(scan.id))?.chunks_done >= 3, 60_000);
    const exited = new Promise<string | number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
    child.kill('SIGTERM');
    // Nest closes the app, then re-raises the signal to end the process.
    expect(await exited).toBe('SIGTERM');
    // No other worker runs: the scan is finished only because the terminated worker finished it.
    expect((await run(scan.id)).status).toBe('DONE');
  });
});
