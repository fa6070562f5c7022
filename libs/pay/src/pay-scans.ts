// The pay rules on the flag engine (DESIGN §8, §10): pay below a legal floor, a month left unpaid, a payroll
// not approved (or a half month of 非全日制 pay not paid) in time.
import { codeUnderSql } from '@gridhr/common';
import { ComplianceRule, SubjectType } from '@gridhr/platform';
import { previousMonth } from './pay.rules';

/** Yuan with two decimals from a fen expression, in SQL. */
const yuanSql = (fenExpr: string) => `((${fenExpr}) / 100)::text || '.' || lpad(abs((${fenExpr}) % 100)::text, 2, '0')`;

const FLOOR_LABEL = `case c ->> 'floor' when 'MONTHLY_MINIMUM_WAGE' then '月最低工资标准' when 'RURAL_MONTHLY' then '农村网格员每月500元'
                     when 'PART_TIME_HOURLY' then '非全日制小时最低工资标准' else '试用期工资不低于约定工资80%' end`;

const PERIOD_LABEL = (r: string) =>
  `case ${r}.period_kind when 'MONTH' then ${r}.month when 'FIRST_HALF' then ${r}.month || '-H1' else ${r}.month || '-H2' end`;

/** Signed contracts (of `kinds`, or any) of worker `w` in force on a day of [from, to]. */
const contractIn = (w: string, from: string, to: string, kinds = '') => `exists (
  select 1 from contract k where k.worker_id = ${w}.id and k.status in ('ACTIVE', 'ENDED', 'TERMINATED')${kinds}
     and k.start_date <= ${to} and (k.end_date is null or k.end_date >= ${from}) and (k.ended_on is null or k.ended_on >= ${from}))`;

/** The twelve months before the scan day's month. */
const LAST_MONTHS = `(select to_char(d, 'YYYY-MM') as month, d::date as m_from, (d + interval '1 month')::date - 1 as m_to
                        from generate_series(date_trunc('month', s.as_of) - interval '12 months', date_trunc('month', s.as_of) - interval '1 month', interval '1 month') d)`;

function lastMonths(asOf: string): string[] {
  const months: string[] = [];
  let month = asOf.slice(0, 7);
  for (let i = 0; i < 12; i++) months.push((month = previousMonth(month)));
  return months;
}

export const PAY_RULES: ComplianceRule[] = [
  {
    id: 'pay.below-floor',
    subject: SubjectType.WORKER,
    title: 'Pay below a legal floor (minimum wage, rural 500 yuan, part-time hourly, probation 80%)',
    titleZh: '工资低于法定下限（最低工资、农村每月500元、非全日制小时工资、试用期80%）',
    citation: 'Shanxi measures [004]: pay excluding insurance ≥ the minimum wage, rural grid workers ≥ 500 yuan a month; Labor Contract Law art. 20, 72',
    policyKeys: [],
    // The worker's line in the latest run of each period (an adjustment's line carries the floors of the corrected total).
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, latest.label as period, 'HIGH' as severity,
                 format('%s %s的工资低于法定下限，差额%s元：%s', w.name, latest.label, ${yuanSql('latest.shortfall_fen')},
                        (select string_agg(${FLOOR_LABEL} || coalesce('（' || (c ->> 'problem') || '）', ''), '；')
                           from jsonb_array_elements(latest.floor_checks) c where (c ->> 'shortfallFen')::bigint > 0 or c ->> 'problem' is not null)) as message,
                 jsonb_build_object('runId', latest.run_id, 'runStatus', latest.status, 'shortfallFen', latest.shortfall_fen) as details
            from worker w
            -- Only workers with a line below a floor at all (pay_line_breach_worker_idx): a later run may have made it good.
            join chunk on chunk.id = w.id and exists (select 1 from pay_line b where b.worker_id = w.id and b.breach)
            cross join lateral (
              select distinct on (r.period_from, r.period_kind) ${PERIOD_LABEL('r')} as label, r.id as run_id, r.status, l.breach, l.shortfall_fen, l.floor_checks
                from pay_line l join payroll_run r on r.id = l.run_id
               where l.worker_id = w.id
               order by r.period_from, r.period_kind, r.sequence desc) latest
           where latest.breach`,
  },
  {
    id: 'pay.month-unpaid',
    subject: SubjectType.WORKER,
    title: 'A worker under contract not paid for a month by the policy day of the next',
    titleZh: '在合同期内的网格员当月工资未按期发放',
    citation: 'Zigong measures art. 18 [001]: pay in full and on time; day: policy pay.paymentDueDay',
    policyKeys: ['pay.paymentDueDay'],
    periods: lastMonths,
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, m.month as period, 'HIGH' as severity,
                 format('%s %s的工资尚未发放（应于次月%s日前发放）', w.name, m.month, p.v ->> 'pay.paymentDueDay') as message,
                 jsonb_build_object('month', m.month) as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
            join policy p on p.region_code = w.region_code
            -- Once per worker, not per month (twelve index probes each were 30 s of a province's scan): since
            -- when the township keeps its payroll in GridHR, and the periods of the worker's paid lines.
            cross join lateral (select min(x.period_from) as since from payroll_run x where x.region_code = substr(w.region_code, 1, 9) || '000') kept
            cross join lateral (select coalesce(array_agg(r.period_from), '{}') as paid from pay_line l join payroll_run r on r.id = l.run_id
                                 where l.worker_id = w.id and r.status = 'PAID' and r.period_from >= date_trunc('month', s.as_of) - interval '12 months') paid
            cross join lateral ${LAST_MONTHS} m
           where w.status in ('ACTIVE', 'EXITED') and (w.hired_on is null or w.hired_on <= m.m_to) and (w.exited_on is null or w.exited_on >= m.m_from)
             and s.as_of > m.m_to + (p.v ->> 'pay.paymentDueDay')::int
             and kept.since <= m.m_from
             and not exists (select 1 from unnest(paid.paid) d where d between m.m_from and m.m_to)
             and ${contractIn('w', 'm.m_from', 'm.m_to')}`,
  },
  {
    id: 'pay.run-late',
    subject: SubjectType.REGION,
    title: 'A township payroll not approved by the policy day of the next month, or a half month of 非全日制 pay not paid in time',
    titleZh: '乡镇工资表未按期审核或非全日制半月工资未按时发放',
    citation:
      'Zigong measures art. 18 [001]: paid on time (policy pay.approvalDueDay); Labor Contract Law art. 72: 非全日制 pay settled at least every 15 days (policy pay.halfMonthPaymentDays)',
    policyKeys: ['pay.approvalDueDay', 'pay.halfMonthPaymentDays'],
    periods: (asOf) => {
      const month = asOf.slice(0, 7);
      const prev = previousMonth(month);
      return [prev, `${prev}-H1`, `${prev}-H2`, `${month}-H1`, `${month}-H2`];
    },
    sql: `select r.id as subject_id, null::uuid as worker_id, r.code as region_code, due.label as period, 'MEDIUM' as severity,
                 case when due.kind = 'MONTH' then format('%s %s的工资表未在次月%s日前审核（%s）', r.name, due.label, p.v ->> 'pay.approvalDueDay', coalesce(run.status::text, '未生成'))
                      else format('%s %s的非全日制工资未在半月结束后%s日内发放（%s）', r.name, due.label, p.v ->> 'pay.halfMonthPaymentDays', coalesce(run.status::text, '未生成')) end as message,
                 jsonb_build_object('period', due.label, 'runStatus', run.status) as details
            from region r
            join chunk on chunk.id = r.id
            cross join scan s
            join policy p on p.region_code = r.code
            cross join lateral (
              select 'MONTH' as kind, to_char(date_trunc('month', s.as_of) - interval '1 month', 'YYYY-MM') as label,
                     (date_trunc('month', s.as_of) - interval '1 month')::date as p_from, date_trunc('month', s.as_of)::date - 1 as p_to,
                     date_trunc('month', s.as_of)::date - 1 + (p.v ->> 'pay.approvalDueDay')::int as due_on
              union all
              select h.kind, to_char(h.p_from, 'YYYY-MM') || case h.kind when 'FIRST_HALF' then '-H1' else '-H2' end, h.p_from, h.p_to,
                     h.p_to + (p.v ->> 'pay.halfMonthPaymentDays')::int
                from (select 'FIRST_HALF' as kind, m::date as p_from, m::date + 14 as p_to from generate_series(date_trunc('month', s.as_of) - interval '1 month', date_trunc('month', s.as_of), interval '1 month') m
                      union all
                      select 'SECOND_HALF', m::date + 15, (m + interval '1 month')::date - 1 from generate_series(date_trunc('month', s.as_of) - interval '1 month', date_trunc('month', s.as_of), interval '1 month') m) h
            ) due
            left join lateral (
              select x.status from payroll_run x
               where x.township_id = r.id and x.period_from = due.p_from and x.period_kind::text = due.kind and x.sequence = 1) run on true
           where r.level = 'TOWNSHIP' and s.as_of > due.due_on
             and coalesce(run.status::text, 'NONE') not in (case when due.kind = 'MONTH' then 'APPROVED' else 'PAID' end, 'PAID')
             and exists (select 1 from worker w where ${codeUnderSql('w.region_code', 'substr(r.code, 1, 9)')}
                            and ${contractIn('w', 'due.p_from', 'due.p_to', ` and (k.kind = 'PART_TIME_AGREEMENT') = (due.kind <> 'MONTH')`)})`,
  },
];
