// A smoke run of the benchmark's data generator at its smallest scale: the shape it promises, people
// whose ID numbers the project's cipher reads back and its rules accept, the logins the benchmark uses.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PiiCipher, parseIdNumber } from '@gridhr/workers';
import { benchDatabaseInfo, BENCH_DATABASE_PREFIX, generate } from '../bench/data/generate';
import { shapeOf } from '../bench/data/shape';
import { adminQuery, withDatabase } from '../scripts/db-tools';
import { SERVER_URL } from './support/test-env';

const SECRET = 'bench-data-test-secret-0123456789';

describe('benchmark data generator', () => {
  const database = `${BENCH_DATABASE_PREFIX}test_${randomBytes(4).toString('hex')}`;
  afterAll(() => adminQuery(SERVER_URL, `drop database if exists "${database}" with (force)`));

  it('fills a fresh database with the scale’s jurisdiction, readable by the project’s own code', async () => {
    const info = await generate({ scale: 'tiny', today: '2026-11-25', database, serverUrl: SERVER_URL, piiSecret: SECRET, log: () => undefined });
    const shape = shapeOf('tiny');
    expect(info.counts).toMatchObject({ worker: shape.workers, grid: shape.grids, region: 1 + 1 + 1 + 2 + shape.communities });
    expect(info.counts.contract).toBeGreaterThan(0);
    expect(info.counts.attendance).toBeGreaterThan(0);
    expect(await benchDatabaseInfo(SERVER_URL, database)).toMatchObject({ scale: 'tiny', today: '2026-11-25' });

    const db = new Client({ connectionString: withDatabase(SERVER_URL, database) });
    await db.connect();
    try {
      const cipher = PiiCipher.fromSecret(SECRET);
      const { rows } = await db.query(`select id_number_cipher, id_number_hash, birth_date::text as birth from worker order by id limit 20`);
      for (const row of rows) {
        const idNumber = cipher.decrypt(row.id_number_cipher);
        expect(cipher.hash(idNumber)).toBe(row.id_number_hash);
        const parsed = parseIdNumber(idNumber, '2026-11-25');
        expect(parsed.ok && parsed.value.birthDate).toBe(row.birth);
      }
      const logins = (await db.query(`select u.username, r.level from app_user u join region r on r.id = u.scope_region_id order by u.username`)).rows;
      expect(logins).toEqual([
        { username: 'admin', level: 'PROVINCE' },
        { username: 'city', level: 'CITY' },
        { username: 'county', level: 'COUNTY' },
        { username: 'finance', level: 'COUNTY' },
        { username: 'township', level: 'TOWNSHIP' },
        { username: 'township2', level: 'TOWNSHIP' },
      ]);
      // Every grid worker on duty sits in a grid of the region that manages them.
      const [{ misplaced }] = (
        await db.query(`select count(*)::int as misplaced from grid_assignment a join worker w on w.id = a.worker_id
                         where substr(a.region_code, 1, 9) <> substr(w.region_code, 1, 9)`)
      ).rows;
      expect(misplaced).toBe(0);
      // A year of payroll: twelve months per township, the last approved and the others paid, each run's totals
      // its lines' sums, each line's gross its parts and its net the gross less the worker's insurance.
      const months = (await db.query(`select month, status::text, count(*)::int as runs from payroll_run group by 1, 2 order by 1`)).rows;
      expect(months.map((m) => m.month)).toEqual(['2025-11', '2025-12', ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]);
      expect(months.map((m) => m.status)).toEqual([...Array(11).fill('PAID'), 'APPROVED']);
      expect(info.counts.pay_line).toBeGreaterThan(0);
      const [{ wrong }] = (
        await db.query(`select count(*)::int as wrong from payroll_run r
                          left join (select run_id, count(*)::int as n, sum(gross_fen) as gross, sum(net_fen) as net from pay_line group by run_id) t on t.run_id = r.id
                         where r.line_count <> coalesce(t.n, 0) or r.gross_fen <> coalesce(t.gross, 0) or r.net_fen <> coalesce(t.net, 0)`)
      ).rows;
      expect(wrong).toBe(0);
      const [{ bad }] = (
        await db.query(`select count(*)::int as bad from pay_line l join worker w on w.id = l.worker_id join payroll_run r on r.id = l.run_id
                         where l.gross_fen <> l.base_fen + l.performance_fen + l.allowance_fen or l.net_fen <> l.gross_fen - l.own_insurance_fen
                            or w.hired_on > r.period_from or substr(w.region_code, 1, 9) <> substr(r.region_code, 1, 9)`)
      ).rows;
      expect(bad).toBe(0);
      // This year's assessment: one open cycle per county on the default template, and the work records it
      // is measured on: a weekly record for each week ended since the later of the year's first week and the
      // hire (none for informants), a monthly one for each month ended.
      const cycles = (
        await db.query(
          `select c.label, c.status::text, jsonb_array_length(c.indicators) as n, r.level::text from assessment_cycle c join region r on r.id = c.region_id`,
        )
      ).rows;
      expect(cycles).toEqual([{ label: '2026', status: 'OPEN', n: 7, level: 'COUNTY' }]);
      const [rated] = (
        await db.query(`select count(*)::int as results, count(*) filter (where (r.entered->>'township')::int not between 7000 and 9999)::int as odd,
                               (select count(*)::int from worker where category in ('GRID_LEADER', 'FULL_TIME', 'PART_TIME', 'AUXILIARY') and status = 'ACTIVE') as workers
                          from assessment_result r join worker w on w.id = r.worker_id where r.category = w.category and r.rated`)
      ).rows;
      expect(rated.results).toBe(rated.workers);
      expect(rated.results).toBeGreaterThan(0);
      expect(rated.odd).toBe(0);
      const [records] = (
        await db.query(`select count(*) filter (where k.weeks <> k.expected_weeks)::int as wrong_weeks, count(*) filter (where k.months <> k.expected_months)::int as wrong_months,
                               count(*) filter (where k.weeks > 0)::int as recorded, sum(k.weeks)::int as weeks
                          from (select w.id, (select count(*) from work_record v where v.worker_id = w.id and v.period_kind = 'WEEK') as weeks,
                                       (select count(*) from work_record v where v.worker_id = w.id and v.period_kind = 'MONTH') as months,
                                       case when w.category = 'INFORMANT' or w.status <> 'ACTIVE' then 0
                                            else greatest(0, (date '2026-11-16' - greatest(date '2025-12-29', date_trunc('week', w.hired_on)::date)) / 7 + 1) end as expected_weeks,
                                       case when w.category = 'INFORMANT' or w.status <> 'ACTIVE' then 0
                                            else greatest(0, 10 - greatest(0, extract(month from w.hired_on)::int - 1 + 12 * (extract(year from w.hired_on)::int - 2026))) end as expected_months
                                  from worker w where w.hired_on is not null) k`)
      ).rows;
      expect(records).toMatchObject({ wrong_weeks: 0, wrong_months: 0 });
      expect(records.recorded).toBeGreaterThan(0);
      const [{ odd }] = (
        await db.query(`select count(*)::int as odd from work_record
                         where (period_kind = 'WEEK' and (extract(isodow from period_start) <> 1 or full_area_visit is null or period_start > date '2026-11-18'))
                            or (period_kind = 'MONTH' and (events_closed_on_time > events_reported or satisfaction_x100 not between 8500 and 9499 or period_start > date '2026-10-01'))`)
      ).rows;
      expect(odd).toBe(0);
    } finally {
      await db.end();
    }
  });
});
