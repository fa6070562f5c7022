// The region tree with its stats, the stats refresh job, and the vacancy list, against hand-written SQL.
import { addReport, Bench, compare, handSql } from '../support/bench';

/** Subtree totals of every region: each active grid counted once for each of its distinct ancestors (and its own region). */
export const STATS_SQL = `
  insert into region_stats (region_id, active_grids, households, population, computed_at)
  select r.id, coalesce(t.grids, 0), coalesce(t.households, 0), coalesce(t.population, 0), now()
    from region r
    left join (
      select a.code, count(*)::int as grids, sum(g.households)::int as households, sum(g.population)::int as population
        from grid g
        cross join lateral (select distinct unnest(array[rpad(substr(g.region_code, 1, 2), 12, '0'), rpad(substr(g.region_code, 1, 4), 12, '0'),
                                                          rpad(substr(g.region_code, 1, 6), 12, '0'), rpad(substr(g.region_code, 1, 9), 12, '0'), g.region_code]) as code) a
       where g.active
       group by a.code) t on t.code = r.code
  on conflict (region_id) do update set active_grids = excluded.active_grids, households = excluded.households, population = excluded.population, computed_at = excluded.computed_at`;

const TREE_SQL = `
  select r.id, r.code, r.name, r.level, r.active, r.version, r.parent_id, s.active_grids, s.households, s.population, s.computed_at
    from region r left join region_stats s on s.region_id = r.id
   where r.code like $1 and r.active order by r.code`;

/** Urban community grids in scope with no ACTIVE full-time worker on duty today, from the day after the last full-timer's last day. */
// Materialized: inlined, the planner re-ran the assignments' scan once per grid (4 s for a county).
const VACANCIES_SQL = `
  with a as materialized (
    select a.grid_id,
           bool_or(w.category = 'FULL_TIME' and w.status = 'ACTIVE' and a.from_date <= $2::date and (a.to_date is null or a.to_date >= $2::date)) as staffed,
           max(least(coalesce(a.to_date, $2::date - 1), $2::date - 1)) filter (where a.role = 'FULL_TIME' and w.status in ('ACTIVE', 'EXITED') and a.from_date < $2::date) as last_day
      from grid_assignment a join worker w on w.id = a.worker_id
     where a.region_code like $1
     group by a.grid_id)
  select g.id, g.code, g.name, g.region_code, to_char(greatest(g.active_from, coalesce(a.last_day + 1, g.active_from)), 'YYYY-MM-DD') as since
    from grid g left join a on a.grid_id = g.id
   where g.region_code like $1 and g.active and g.setting = 'URBAN' and not coalesce(a.staffed, false)
   order by 5, 2`;

export async function benchStatsRefresh(b: Bench, refresh: () => Promise<unknown>): Promise<void> {
  const m = await compare(
    b,
    async () => {
      await refresh();
    },
    handSql(b, STATS_SQL, []),
    { warmup: 1, runs: 5, seconds: 120 },
  );
  const [{ n }] = (await b.db.query(`select count(*)::int as n from region_stats`)).rows;
  addReport(b, 'region-stats refresh job (all regions)', 'province', { ...m, rows: n }, undefined, 'the job handler in-process');
}

export async function benchTree(b: Bench): Promise<void> {
  const query = `{ regionTree { id code name level active version parentId stats { activeGrids households population computedAt } } }`;
  const token = b.tokens.province;
  const statements = await b.counted.statements(() => b.counted.client.call(query, {}, token));
  const m = await compare(b, async () => (await b.api.call(query, {}, token)).data.regionTree.length, handSql(b, TREE_SQL, [`${b.places.province.prefix}%`]), {
    runs: Math.min(b.runs, 10),
  });
  addReport(b, 'regionTree with stats', 'province (admin)', m, statements);
}

export async function benchVacancies(b: Bench): Promise<void> {
  const query = `{ vacancies { gridId gridCode gridName regionCode vacantSince daysVacant } }`;
  for (const scope of ['county', 'province'] as const) {
    const token = b.tokens[scope];
    const statements = await b.counted.statements(() => b.counted.client.call(query, {}, token));
    const m = await compare(
      b,
      async () => (await b.api.call(query, {}, token)).data.vacancies.length,
      handSql(b, VACANCIES_SQL, [`${b.places[scope].prefix}%`, b.today]),
    );
    addReport(b, 'vacancies', scope, m, statements);
  }
}
