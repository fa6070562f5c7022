// Vacancies in SQL, shared by the vacancies report and the flag (Shanxi measures [004]: every urban
// community grid has a full-time worker; a post left empty is filled promptly).

/**
 * For grid `g` on the day `${day}`: the first day of its vacancy, or null when it is not vacant (not an
 * active urban grid, or an ACTIVE full-time worker is on duty). The vacancy counts from the day after the
 * last day a full-time worker was on duty there, a one-day interim included, else from the grid's start.
 * A worker who never went on duty (still ONBOARDING or a CANDIDATE) does not end a vacancy.
 */
export function vacantSinceSql(g: string, day: string): string {
  // The staffing check is a scalar subquery with a limit, not `not exists`: inside CASE the planner
  // turns `not exists` into a hash of every full-timer's assignment in the database, built per query.
  return `case when ${g}.active and ${g}.setting = 'URBAN' and (
                 select true from grid_assignment c join worker cw on cw.id = c.worker_id
                  where c.grid_id = ${g}.id and cw.category = 'FULL_TIME' and cw.status = 'ACTIVE'
                    and c.from_date <= (${day})::date and (c.to_date is null or c.to_date >= (${day})::date) limit 1) is null
               then greatest(${g}.active_from, coalesce((
                 select max(least(coalesce(a.to_date, (${day})::date - 1), (${day})::date - 1)) + 1
                   from grid_assignment a join worker aw on aw.id = a.worker_id
                  where a.grid_id = ${g}.id and a.role = 'FULL_TIME' and aw.status in ('ACTIVE', 'EXITED') and a.from_date < (${day})::date), ${g}.active_from))
          end`;
}
