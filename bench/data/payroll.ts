// A year of monthly payroll: for each township, one regular run for each of the twelve months before the
// data's month, paid (the last one approved, its pay due next month), with a line for every worker on the
// register of that township who was on duty from the month's first day. Amounts are whole fen drawn from
// the worker and the month, so a line's gross is its parts, its net the gross less the worker's insurance,
// and a run's totals the sum of its lines, as the payroll service writes them.
import { GenContext } from './context';

export async function loadPayroll(ctx: GenContext): Promise<void> {
  const [year, month] = ctx.today.split('-').map(Number);
  const last = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10);
  const first = new Date(Date.UTC(year, month - 13, 1)).toISOString().slice(0, 10);
  const runs = await ctx.db.query(
    `insert into payroll_run (id, township_id, region_code, month, period_kind, period_from, period_to, kind, sequence, status,
                              generated_by, submitted_by, approved_by, approved_on, paid_on, version, created_at, updated_at)
     select gen_random_uuid(), t.id, t.code, to_char(m, 'YYYY-MM'), 'MONTH', m::date, (m + interval '1 month - 1 day')::date, 'REGULAR', 1,
            (case when m = $2::date then 'APPROVED' else 'PAID' end)::payroll_run_status, 'township', 'township', 'finance',
            (m + interval '1 month 4 days')::date, case when m = $2::date then null else (m + interval '1 month 9 days')::date end, 1, now(), now()
       from region t cross join generate_series($1::date, $2::date, interval '1 month') m
      where t.level = 'TOWNSHIP'`,
    [first, last],
  );
  // Base 2,300-2,499 yuan, performance 0-599, a 200-yuan allowance; own insurance 10.5%, the employer's 26%.
  const lines = await ctx.db.query(
    `insert into pay_line (id, run_id, worker_id, region_code, worker_name, category, employed_days, base_fen, performance_fen, reward_fen,
                           per_case_fen, allowance_fen, special_allowance_fen, overtime_fen, deduction_fen, gross_fen, own_insurance_fen,
                           net_fen, employer_insurance_fen, minutes, floor_checks, breach, shortfall_fen, exit_pay_fen)
     select gen_random_uuid(), r.id, w.id, w.region_code, w.name, w.category, r.period_to - r.period_from + 1, a.base, a.performance, 0,
            0, 20000, 0, 0, 0, a.gross, a.own, a.gross - a.own, a.gross * 26 / 100, 0,
            jsonb_build_array(jsonb_build_object('floor', 'MONTHLY_MINIMUM_WAGE', 'requiredFen', 198000, 'comparedFen', a.gross - a.own,
                                                 'shortfallFen', 0, 'minimumWageId', null, 'problem', null)),
            false, 0, 0
       from payroll_run r
       join worker w on substr(w.region_code, 1, 9) = substr(r.region_code, 1, 9)
        and w.status = 'ACTIVE' and w.category <> 'INFORMANT' and w.hired_on <= r.period_from
       cross join lateral (select abs(hashtext(w.id::text || r.month)) as v) h
       cross join lateral (select 230000 + h.v % 20000 as base, h.v / 20000 % 60000 as performance) p
       cross join lateral (select p.base + p.performance + 20000 as gross) g
       cross join lateral (select p.base, p.performance, g.gross, g.gross * 105 / 1000 as own) a`,
  );
  await ctx.db.query(
    `update payroll_run r set line_count = t.n, gross_fen = t.gross, net_fen = t.net, employer_insurance_fen = t.employer
       from (select run_id, count(*)::int as n, sum(gross_fen) as gross, sum(net_fen) as net, sum(employer_insurance_fen) as employer
               from pay_line group by run_id) t
      where t.run_id = r.id`,
  );
  ctx.log(`payroll: ${runs.rowCount} runs (${first.slice(0, 7)} to ${last.slice(0, 7)}), ${lines.rowCount} lines`);
}
