// The public roster in SQL (Zigong art. 21 [001], Jiangmen art. 14 [003]): what a township posts, built
// the same way for the page, a publication and the scan, so a publication's fingerprint (md5 of its
// content) tells whether the roster has changed since.
import { codeUnderSql } from '@gridhr/common';

// Zigong art. 17 [001]: the star level (from the latest finalised assessment) is shown on the roster.
const STARS = `(select ar.stars from assessment_result ar join assessment_cycle ac on ac.id = ar.cycle_id
                 where ar.worker_id = w.id and ar.rated and ac.status = 'FINALISED' order by ac.period_end desc, ac.finalised_on desc limit 1)`;

// PIPL art. 25: personal information is published only with separate consent. The roster shows the phone
// a worker publishes for the grid: the work phone, else the personal one with the consent on record, else
// none (rosterPhone() in worker.rules.ts).
const PHONE = `coalesce(w.work_phone, case when w.phone_publish_consent then w.phone end)`;

/**
 * A jsonb array, one element per active grid under the township prefix `${prefix}` (SQL text), in code
 * order: the community, the grid's name, code, area, service items and supervision phone, and the names,
 * published phones and star levels of its ACTIVE workers on duty on `${day}` (workers in pre-job training are not listed).
 */
export function rosterContentSql(prefix: string, day: string): string {
  return `(select coalesce(jsonb_agg(jsonb_build_object(
              'communityName', rr.name, 'gridCode', g.code, 'gridName', g.name, 'area', g.boundary,
              'serviceItems', g.service_items, 'supervisionPhone', g.supervision_phone,
              'workers', (select coalesce(jsonb_agg(jsonb_build_object('name', w.name, 'phone', ${PHONE}, 'role', a.role, 'stars', ${STARS}) order by a.role, w.name, w.id), '[]'::jsonb)
                            from grid_assignment a join worker w on w.id = a.worker_id
                           where a.grid_id = g.id and w.status = 'ACTIVE'
                             and a.from_date <= (${day})::date and (a.to_date is null or a.to_date >= (${day})::date)))
            order by g.region_code, g.code), '[]'::jsonb)
       from grid g join region rr on rr.id = g.region_id
      where g.active and ${codeUnderSql('g.region_code', prefix)})`;
}

/**
 * The first day the roster of the township `${prefix}` may have changed after the day `${since}` (the
 * last publication) up to `${day}`: a worker's duty starting or ending, a listed worker's name, phone or
 * status, a grid's shown fields. Null when nothing changed on record (then a different content is a change
 * of the day after the publication).
 */
export function rosterChangedSql(prefix: string, since: string, day: string): string {
  return `(select min(c.on_day) from (
            select a.from_date as on_day from grid tg join grid_assignment a on a.grid_id = tg.id
             where ${codeUnderSql('tg.region_code', prefix)} and a.from_date > (${since})::date and a.from_date <= (${day})::date
            union all
            select a.to_date + 1 from grid tg join grid_assignment a on a.grid_id = tg.id
             where ${codeUnderSql('tg.region_code', prefix)} and a.to_date >= (${since})::date and a.to_date < (${day})::date
            union all
            select w.roster_changed_on from grid tg join grid_assignment a on a.grid_id = tg.id join worker w on w.id = a.worker_id
             where ${codeUnderSql('tg.region_code', prefix)} and w.roster_changed_on > (${since})::date and w.roster_changed_on <= (${day})::date
               and a.from_date <= w.roster_changed_on and (a.to_date is null or a.to_date >= w.roster_changed_on)
            union all
            select ac.finalised_on from grid tg join grid_assignment a on a.grid_id = tg.id
              join assessment_result ar on ar.worker_id = a.worker_id join assessment_cycle ac on ac.id = ar.cycle_id
             where ${codeUnderSql('tg.region_code', prefix)} and ac.status = 'FINALISED' and ac.finalised_on > (${since})::date and ac.finalised_on <= (${day})::date
            union all
            select g.roster_changed_on from grid g
             where ${codeUnderSql('g.region_code', prefix)} and g.roster_changed_on > (${since})::date and g.roster_changed_on <= (${day})::date
          ) c)`;
}
