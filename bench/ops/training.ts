// The training reports against hand-written SQL: one township, and a whole county.
import { addReport, Bench, compare } from '../support/bench';

const MEASURED = `('GRID_LEADER', 'FULL_TIME', 'PART_TIME', 'PROFESSIONAL', 'AUXILIARY')`;

/** Each measured worker's sessions this year by level, against what is due by the checkpoint (policy defaults: the bench province sets none). */
const WORKERS_SQL = `
  with w as (
    select id, name, region_code, category, hired_on from worker
     where region_code like $1 and status = 'ACTIVE' and category in ${MEASURED} and (hired_on is null or hired_on <= $3::date)),
  done as (
    select a.worker_id, count(*) filter (where ts.level = 'COUNTY')::int as county, count(*) filter (where ts.level = 'TOWNSHIP')::int as township,
           count(*) filter (where ts.level = 'DEPARTMENT')::int as department
      from w join attendance a on a.worker_id = w.id join training_session ts on ts.id = a.session_id
     where a.status = 'PRESENT' and ts.kind in ('REGULAR', 'SPECIAL') and ts.held_on between $2::date and $3::date
     group by a.worker_id)
  select w.id, w.name, w.region_code, w.category, coalesce(d.county, 0) as county_done, coalesce(d.township, 0) as township_done,
         coalesce(d.department, 0) as department_done, r.county, r.township,
         (coalesce(d.county, 0) < r.county or coalesce(d.township, 0) < r.township) as behind
    from w left join done d on d.worker_id = w.id
    cross join lateral (
      select floor($5 * s.share + 0.5)::int as county, floor($6 * s.share + 0.5)::int as township
        from (select case when greatest(coalesce(w.hired_on, $2::date), $2::date) > $4::date then 0
                          else ($4::date - greatest(coalesce(w.hired_on, $2::date), $2::date) + 1)::numeric / ($4::date - $2::date + 1) end as share) s) r`;

/** Per township of the county: sessions it held, workers measured, how many attended 0, 1, 2, 3+ times, how many are behind. */
const COUNTY_SQL = `
  with rows as (${WORKERS_SQL})
  select t.code, t.name,
         (select count(*)::int from training_session ts where ts.organiser_id = t.id and ts.level = 'TOWNSHIP' and ts.kind in ('REGULAR', 'SPECIAL') and ts.held_on between $2::date and $3::date) as held,
         count(r.id)::int as measured, count(r.id) filter (where r.county_done + r.township_done = 0)::int as zero,
         count(r.id) filter (where r.county_done + r.township_done = 1)::int as once, count(r.id) filter (where r.county_done + r.township_done = 2)::int as twice,
         count(r.id) filter (where r.county_done + r.township_done >= 3)::int as more, count(r.id) filter (where r.behind)::int as behind
    from region t left join rows r on substr(r.region_code, 1, 9) = substr(t.code, 1, 9)
   where t.level = 'TOWNSHIP' and t.code like $1 and t.active
   group by t.id, t.code, t.name order by t.code`;

/** The default checkpoint in force on `asOf` (training.checkpoints): its date and the counts due. */
function checkpoint(asOf: string): [string, number, number] {
  const year = asOf.slice(0, 4);
  const md = asOf.slice(5);
  if (md === '12-31') return [asOf, 2, 3];
  if (md >= '09-30') return [`${year}-09-30`, 1, 2];
  if (md >= '06-30') return [`${year}-06-30`, 1, 1];
  return [`${year}-01-01`, 0, 0];
}

export async function benchTraining(b: Bench): Promise<void> {
  const year = Number(b.today.slice(0, 4));
  const [at, county, township] = checkpoint(b.today);
  const params = (prefix: string) => [`${prefix}%`, `${year}-01-01`, b.today, at, county, township];
  const query = `query($t: ID!, $y: Int!) { trainingReport(townshipId: $t, year: $y) { measuredWorkers trainedZero townshipSessionsHeld workers { workerId name countyDone townshipDone countyRequired townshipRequired behind } } }`;
  const token = b.tokens.county;
  const statements = await b.counted.statements(() => b.counted.client.call(query, { t: b.places.township.id, y: year }, token));
  const m = await compare(
    b,
    async () => (await b.api.call(query, { t: b.places.township.id, y: year }, token)).data.trainingReport.workers.length,
    async () => (await b.db.query(WORKERS_SQL, params(b.places.township.prefix))).rowCount ?? 0,
  );
  addReport(b, 'training report, one township', 'township (county)', m, statements);

  const townships = (
    await b.db.query(`select id from region where level = 'TOWNSHIP' and active and code like $1 order by code`, [`${b.places.county.prefix}%`])
  ).rows;
  const countySql = async () => (await b.db.query(COUNTY_SQL, params(b.places.county.prefix))).rowCount ?? 0;
  if (await b.api.hasQuery('trainingCountyReport', token)) {
    const countyQuery = `query($c: ID!, $y: Int!) { trainingCountyReport(countyId: $c, year: $y) { measuredWorkers behindWorkers townships { townshipName sessionsHeld measuredWorkers trainedZero trainedOnce trainedTwice trainedThreeOrMore behind } } }`;
    const countyStatements = await b.counted.statements(() => b.counted.client.call(countyQuery, { c: b.places.county.id, y: year }, token));
    const c = await compare(
      b,
      async () => (await b.api.call(countyQuery, { c: b.places.county.id, y: year }, token)).data.trainingCountyReport.townships.length,
      countySql,
    );
    addReport(b, 'training report, whole county', 'county (county)', c, countyStatements);
  } else {
    // No county report: what a county officer does instead, one township report after another.
    const c = await compare(
      b,
      async () => {
        for (const t of townships) await b.api.call(query, { t: t.id, y: year }, token);
        return townships.length;
      },
      countySql,
    );
    addReport(
      b,
      `training report, whole county (${townships.length} township calls: no county report)`,
      'county (county)',
      c,
      undefined,
      'no county report exists',
    );
  }
}
