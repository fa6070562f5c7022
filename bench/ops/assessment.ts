// This year's assessment at scale: the nightly job measuring every county's open cycle, one county's
// computeAssessmentCycle over GraphQL, a page of its results and its level distribution, each beside
// hand-written SQL over the same rows.
import { performance } from 'node:perf_hooks';
import { addReport, Bench, compare, handSql } from '../support/bench';
import { summarize } from '../support/stats';

/**
 * Each rated worker's figures so far: weeks on record, weeks visited, events and satisfaction, and training
 * attended, each an index lookup per worker (without the on-duty test per week, the scoring or the write).
 */
const FIGURES_SQL = `
  select r.worker_id, k.weeks, k.visited, m.reported, m.closed, m.satisfaction, t.county, t.township
    from assessment_result r join assessment_cycle c on c.id = r.cycle_id
    cross join lateral (select count(*)::int as weeks, count(*) filter (where v.full_area_visit)::int as visited from work_record v
                         where v.worker_id = r.worker_id and v.period_kind = 'WEEK' and v.period_start between c.period_start - 3 and $3::date - 7) k
    cross join lateral (select sum(v.events_reported)::int as reported, sum(v.events_closed_on_time)::int as closed, round(avg(v.satisfaction_x100))::int as satisfaction
                          from work_record v where v.worker_id = r.worker_id and v.period_kind = 'MONTH' and v.period_start between c.period_start and $3::date) m
    cross join lateral (select count(*) filter (where ts.level = 'COUNTY')::int as county, count(*) filter (where ts.level = 'TOWNSHIP')::int as township
                          from attendance a join training_session ts on ts.id = a.session_id
                         where a.worker_id = r.worker_id and a.status = 'PRESENT' and ts.held_on between c.period_start and $3::date) t
   where c.region_code like $1 and c.year = $2 and r.rated`;

const PAGE_SQL = `
  select r.*, w.name, count(*) over () as total,
         (select l.stars from assessment_result l join assessment_cycle c on c.id = l.cycle_id
           where l.worker_id = w.id and c.status = 'FINALISED' order by c.period_end desc limit 1) as stars
    from assessment_result r join worker w on w.id = r.worker_id
   where r.cycle_id = $1 and r.rated and r.region_code like $2
   order by r.region_code, r.id limit 51`;

const DISTRIBUTION_SQL = `
  select t.code, t.name, count(*)::int as rated, count(*) filter (where r.level = 'EXCELLENT')::int as excellent,
         count(*) filter (where r.level = 'COMPETENT')::int as competent, count(*) filter (where r.level = 'BASIC')::int as basic,
         count(*) filter (where r.level = 'INCOMPETENT')::int as incompetent, count(*) filter (where r.final_x100 is null)::int as unscored,
         round(avg(r.final_x100))::int as average
    from assessment_result r join region t on t.code = substr(r.region_code, 1, 9) || '000'
   where r.cycle_id = $1 and r.rated and r.region_code like $2 group by t.code, t.name order by t.code`;

const COMPUTE = `mutation($id: ID!) { computeAssessmentCycle(cycleId: $id) { measuredTo } }`;
const RESULTS = `query($id: ID!) { assessmentResults(cycleId: $id, first: 50) { totalCount edges { node { score level indicators { key score } worker { name starLevel } } } } }`;
const DISTRIBUTION = `query($id: ID!) { assessmentDistribution(cycleId: $id) { townshipCode rated excellent competent basic incompetent unscored average } }`;

/** `nightly`: the assessment job's handler in-process (every open cycle, each in its own transaction). */
export async function benchAssessment(b: Bench, nightly: () => Promise<unknown>): Promise<void> {
  const year = Number(b.today.slice(0, 4));
  const rated = async (prefix: string) =>
    (
      await b.db.query(
        `select count(*)::int as n from assessment_result r join assessment_cycle c on c.id = r.cycle_id where c.region_code like $1 and c.year = $2 and r.rated`,
        [`${prefix}%`, year],
      )
    ).rows[0].n as number;
  const figures = (prefix: string) => handSql(b, FIGURES_SQL, [`${prefix}%`, year, b.today]);
  const province = b.places.province.prefix;
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    await nightly();
    times.push(performance.now() - t);
  }
  const sql = await compare(b, figures(province), undefined, { warmup: 1, runs: 3, seconds: 120 });
  const provinceRated = await rated(province);
  for (const [i, label] of ['first run: every row measured', 'again: measured again'].entries())
    b.results.add({
      operation: `assessment nightly job, ${label}`,
      scope: 'province',
      rows: provinceRated,
      timing: summarize([times[i]]),
      sql: sql.timing,
      target: '≤ 60 s (a nightly job, as the scan)',
      met: times[i] <= 60_000,
      note: 'the job handler in-process; hand SQL: the figures alone, no scoring or write',
    });

  const token = b.tokens.county;
  const county = b.places.county;
  const { rows } = await b.db.query(`select id from assessment_cycle where region_code = $1 and year = $2`, [county.code, year]);
  const id = rows[0].id as string;
  const statements = await b.counted.statements(() => b.counted.client.call(COMPUTE, { id }, token));
  // Timed alone: the rows it measured are counted once, outside the timing.
  const compute = await compare(b, async () => void (await b.api.call(COMPUTE, { id }, token)), figures(county.prefix), { warmup: 1, runs: 5, seconds: 120 });
  // A mutation, not a report: the county's staff wait for it, so the reports' 2 s; its hand SQL only reads.
  b.results.add({
    operation: 'computeAssessmentCycle (measure, score, write)',
    scope: 'county',
    rows: await rated(county.prefix),
    statements,
    timing: compute.timing,
    sql: compute.sql,
    target: '≤ 2 s (a mutation)',
    met: compute.timing.median <= 2000,
    note: 'hand SQL: the figures alone, no scoring or write',
  });

  for (const [operation, query, text, count] of [
    ['assessmentResults, a page of 50 with workers and indicators', RESULTS, PAGE_SQL, (d: any) => d.assessmentResults.edges.length],
    ['assessmentDistribution (per township)', DISTRIBUTION, DISTRIBUTION_SQL, (d: any) => d.assessmentDistribution.length],
  ] as const) {
    const counted = await b.counted.statements(() => b.counted.client.call(query, { id }, token));
    const m = await compare(
      b,
      async () => count((await b.api.call(query, { id }, token)).data),
      async () => {
        const found = (await b.db.query(text, [id, `${county.prefix}%`])).rowCount ?? 0;
        return Math.min(found, 50);
      },
    );
    addReport(b, operation, 'county', m, counted);
  }
}
