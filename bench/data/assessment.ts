// This year's assessment: each county's annual cycle, open (GridHR's default template, as openAssessmentCycle
// copies it), a result row for each worker it rates with the township's daily score entered (70.00-99.99),
// and the grid platform's work records it is measured on: a weekly record for every week a worker has been
// on the register this year up to last week (one week in seven without a full-area visit), and monthly
// events and satisfaction for each month ended. Measuring is the app's (the nightly job, or
// computeAssessmentCycle), which the benchmark times.
import { ASSESSMENT_POLICIES, CycleKind, cyclePeriod, DEFAULT_INDICATORS, DEFAULT_TEMPLATE_NAME } from '@gridhr/assessment';
import { GenContext } from './context';

export async function loadAssessment(ctx: GenContext): Promise<void> {
  const year = Number(ctx.today.slice(0, 4));
  const period = cyclePeriod(CycleKind.YEAR, year, 1)!;
  const cycles = await ctx.db.query(
    `insert into assessment_cycle (id, region_id, region_code, kind, year, part, label, period_start, period_end, template_name, indicators,
                                   status, opened_by, version, created_at)
     select gen_random_uuid(), r.id, r.code, 'YEAR', $1, 1, $2, $3, $4, $5, $6::jsonb, 'OPEN', 'county', 1, now()
       from region r where r.level = 'COUNTY'`,
    [year, period.label, period.start, period.end, DEFAULT_TEMPLATE_NAME, JSON.stringify(DEFAULT_INDICATORS)],
  );
  // Rated as the cycle's computation selects them (indicator-measure.ts), by the default policy's categories.
  const results = await ctx.db.query(
    `insert into assessment_result (id, cycle_id, worker_id, region_code, category, rated, indicator_scores, entered, version)
     select gen_random_uuid(), c.id, w.id, w.region_code, w.category, true, '{}', jsonb_build_object('township', 7000 + abs(hashtext(w.id::text)) % 3000), 1
       from worker w join assessment_cycle c on c.year = $1 and substr(c.region_code, 1, 6) = substr(w.region_code, 1, 6)
      where w.category::text = any($2::text[]) and w.hired_on <= least(c.period_end, $3::date)
        and w.status in ('ACTIVE', 'EXITED') and (w.exited_on is null or w.exited_on > c.period_end)`,
    [year, ASSESSMENT_POLICIES['assessment.ratedCategories'].default, ctx.today],
  );
  const onRegister = `w.status = 'ACTIVE' and w.category <> 'INFORMANT' and w.hired_on is not null`;
  // Weeks (Mondays) of this year that have ended by today, from the week of the worker's hire.
  const weekly = await ctx.db.query(
    `insert into work_record (id, worker_id, region_code, period_kind, period_start, full_area_visit, source, recorded_by, version, updated_at)
     select gen_random_uuid(), w.id, w.region_code, 'WEEK', m::date, abs(hashtext(w.id::text || m::text)) % 7 <> 0, '网格平台导出', 'township', 1, now()
       from worker w
       cross join generate_series(greatest(date_trunc('week', $1::date + 3), date_trunc('week', w.hired_on)), $2::date - 7, interval '7 days') m
      where ${onRegister}`,
    [period.start, ctx.today],
  );
  // Months of this year that have ended: four or five events found, most closed on time, satisfaction 85-95.
  const monthly = await ctx.db.query(
    `insert into work_record (id, worker_id, region_code, period_kind, period_start, events_reported, events_closed_on_time, satisfaction_x100,
                              source, recorded_by, version, updated_at)
     select gen_random_uuid(), w.id, w.region_code, 'MONTH', m::date, 4 + h.v % 2, 3 + h.v / 2 % 3 / 2, 8500 + h.v / 6 % 1000,
            '网格平台导出', 'township', 1, now()
       from worker w
       cross join generate_series(greatest($1::date, date_trunc('month', w.hired_on)), date_trunc('month', $2::date) - interval '1 month', interval '1 month') m
       cross join lateral (select abs(hashtext(w.id::text || m::text)) as v) h
      where ${onRegister}`,
    [period.start, ctx.today],
  );
  ctx.log(
    `assessment: ${cycles.rowCount} open ${period.label} cycles rating ${results.rowCount} workers, ${weekly.rowCount} weekly and ${monthly.rowCount} monthly work records`,
  );
}
