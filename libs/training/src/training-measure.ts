// The yearly training requirement in SQL, shared by the compliance scans and the report so both measure
// alike. Mirrors requirementOn(), proRata() and countsAs() in training.rules.ts (tested there).
import { COUNTED_KINDS, MEASURED_CATEGORIES } from './training.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Lateral joins giving, for worker `w` on day `${day}` (a SQL date expression) under the policy values
 * `${v}` (jsonb with the training.* keys):
 *   done.county, done.township   sessions attended from 1 January to the day, by the count they serve
 *   done.department              department sessions attended (counted for the county only if the policy says so)
 *   req.by, req.county, req.township   what is due by the checkpoint in force, pro rata for a joiner
 */
export function workerTrainingSql(day: string, v: string): string {
  return `
    cross join lateral (
      select count(*) filter (where ts.level = 'COUNTY'
                                 or (ts.level = 'DEPARTMENT' and w.category = 'PROFESSIONAL' and coalesce((${v} ->> 'training.departmentCountsForCounty')::boolean, false)))::int as county,
             count(*) filter (where ts.level = 'TOWNSHIP')::int as township,
             count(*) filter (where ts.level = 'DEPARTMENT')::int as department
        from attendance a join training_session ts on ts.id = a.session_id
       where a.worker_id = w.id and ts.kind in (${list(COUNTED_KINDS)})
         and ts.held_on between date_trunc('year', ${day})::date and ${day}
         and (a.status = 'PRESENT' or (a.status = 'EXCUSED' and coalesce((${v} ->> 'training.excusedCountsAsAttended')::boolean, false)))) done
    cross join lateral (${requirementSql(day, v)}) due
    cross join lateral (
      select due.by,
             floor(due.county * sh.share + 0.5)::int as county,
             floor(due.township * sh.share + 0.5)::int as township
        from (select case when due.at is null or greatest(coalesce(w.hired_on, date_trunc('year', ${day})::date), date_trunc('year', ${day})::date) > due.at then 0
                          else (due.at - greatest(coalesce(w.hired_on, date_trunc('year', ${day})::date), date_trunc('year', ${day})::date) + 1)::numeric
                               / (due.at - date_trunc('year', ${day})::date + 1) end as share) sh) req`;
}

/** The checkpoint in force on `${day}`: by (MM-DD), at (its date), county, township; the yearly counts on 31 December. */
export function requirementSql(day: string, v: string): string {
  return `
    select c.by, (make_date(extract(year from ${day})::int, substr(c.by, 1, 2)::int, 1) + (substr(c.by, 4, 2)::int - 1))::date as at, c.county, c.township
      from (
        select cp.by, least(cp.county, (${v} ->> 'training.countySessionsPerYear')::int) as county,
               least(cp.township, (${v} ->> 'training.townshipSessionsPerYear')::int) as township, 0 as final
          from jsonb_to_recordset(${v} -> 'training.checkpoints') as cp(by text, county int, township int)
        union all
        select '12-31', (${v} ->> 'training.countySessionsPerYear')::int, (${v} ->> 'training.townshipSessionsPerYear')::int, 1
      ) c
     where c.by <= to_char(${day}, 'MM-DD') and (c.by < '12-31' or c.final = 1 or to_char(${day}, 'MM-DD') < '12-31')
     union all select null, null, 0, 0
     order by 1 desc nulls last, 2 desc
     limit 1`;
}

/** Workers measured on `${day}`: on duty, grid-worker categories, hired by then. */
export function measuredWorkerSql(day: string): string {
  return `w.status = 'ACTIVE' and w.category in (${list(MEASURED_CATEGORIES)}) and (w.hired_on is null or w.hired_on <= ${day})`;
}
