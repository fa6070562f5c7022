// The figures behind the computed indicators, in SQL for a whole cycle at once: which workers are rated,
// and for each the weeks on duty and visited, events, satisfaction, training attended and misconduct.
// Mirrors WorkerMeasures in scoring.rules.ts; the training counts follow libs/training/src/training-measure.ts.
import { COUNTED_KINDS } from '@gridhr/training';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Workers rated in a cycle over the region prefix: a rated category, hired by the end of the period and
 * by the day measured, not left before the period's end. Parameters: prefix, categories (text[]), period
 * end, measured-to day, period end.
 */
export const RATED_WORKER_SQL = `
  w.region_code like ? and w.category::text = any(?::text[]) and w.hired_on is not null and w.hired_on <= ? and w.hired_on <= ?
  and w.status in ('ACTIVE', 'EXITED') and (w.exited_on is null or w.exited_on > ?)`;

export interface MeasureRow {
  result_id: string;
  worker_id: string;
  region_code: string;
  region_level: string;
  hired_on: string | null;
  category: string;
  entered: Record<string, number>;
  adjusted_x100: number | null;
  weeks: number;
  visited: number;
  reported: number;
  closed: number;
  satisfaction: number | null;
  county: number;
  county_excused: number;
  township: number;
  township_excused: number;
  misconduct: Record<string, number>;
}

/**
 * One row per rated result of the cycle. Parameters: cycle id, period start, measured-to day.
 * A week counts when its Thursday lies in the period (ISO weeks), it has ended by the day measured, and
 * the worker was on duty in a grid on its Monday and on its Sunday (a worker hired mid-period, or mid-week,
 * is measured on the weeks on duty only). Monthly figures count for the months begun by the day measured.
 */
export const MEASURE_SQL = `
  with p as (select ?::uuid as cycle_id, ?::date as start, ?::date as as_of),
  weeks as (
    select m::date as monday
      from p, generate_series(date_trunc('week', (p.start + 3)::timestamp), date_trunc('week', (p.as_of - 6)::timestamp), interval '7 days') m)
  select r.id as result_id, w.id as worker_id, w.region_code, rg.level::text as region_level, to_char(w.hired_on, 'YYYY-MM-DD') as hired_on, w.category::text as category,
         r.entered, r.adjusted_x100, d.weeks, vis.visited, e.reported, e.closed, e.satisfaction,
         t.county, t.county_excused, t.township, t.township_excused, m.misconduct
    from assessment_result r
    join worker w on w.id = r.worker_id
    join region rg on rg.code = w.region_code
    cross join p
    -- The days on duty in any grid, as one multirange per worker: each week is then two containment tests.
    cross join lateral (select range_agg(daterange(a.from_date, a.to_date, '[]')) as days from grid_assignment a where a.worker_id = w.id) duty
    cross join lateral (
      select count(*)::int as weeks from weeks k where duty.days @> k.monday and duty.days @> k.monday + 6) d
    cross join lateral (
      select count(*)::int as visited
        from work_record v
       where v.worker_id = w.id and v.period_kind = 'WEEK' and v.full_area_visit
         and v.period_start between (select min(monday) from weeks) and (select max(monday) from weeks)
         and duty.days @> v.period_start and duty.days @> v.period_start + 6) vis
    cross join lateral (
      select coalesce(sum(v.events_reported), 0)::int as reported, coalesce(sum(v.events_closed_on_time), 0)::int as closed,
             round(avg(v.satisfaction_x100))::int as satisfaction
        from work_record v
       where v.worker_id = w.id and v.period_kind = 'MONTH' and v.period_start between p.start and p.as_of) e
    cross join lateral (
      select count(*) filter (where a.status = 'PRESENT' and x.county)::int as county,
             count(*) filter (where a.status = 'EXCUSED' and x.county)::int as county_excused,
             count(*) filter (where a.status = 'PRESENT' and ts.level = 'TOWNSHIP')::int as township,
             count(*) filter (where a.status = 'EXCUSED' and ts.level = 'TOWNSHIP')::int as township_excused
        from attendance a
        join training_session ts on ts.id = a.session_id
        cross join lateral (select ts.level = 'COUNTY' or (ts.level = 'DEPARTMENT' and w.category = 'PROFESSIONAL') as county) x
       where a.worker_id = w.id and ts.kind in (${list(COUNTED_KINDS)}) and ts.held_on between p.start and p.as_of) t
    cross join lateral (
      select coalesce(jsonb_object_agg(c.kind, c.n), '{}'::jsonb) as misconduct
        from (select mc.kind, count(*)::int as n from misconduct mc
               where mc.worker_id = w.id and mc.occurred_on between p.start and p.as_of group by mc.kind) c) m
   where r.cycle_id = p.cycle_id and r.rated`;
