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
    } finally {
      await db.end();
    }
  });
});
