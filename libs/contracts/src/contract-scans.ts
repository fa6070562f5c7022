// The compliance rules of contracts and insurance (Issue: contracts, insurance and the flag engine).
// Each is one SELECT over a chunk of subjects; see ComplianceRule for the relations it may read.
import { ComplianceRule, SubjectType } from '@gridhr/platform';

/** Whether worker `w` is covered on the scan day by a policy `ins` meeting `kindCondition`. */
const coveredWhere = (kindCondition: string) => `exists (
  select 1 from insured_person ip join insurance_policy ins on ins.id = ip.policy_id
   where ip.worker_id = w.id and ${kindCondition}
     and ip.covered_from <= s.as_of and (ip.covered_to is null or ip.covered_to >= s.as_of)
     and ins.valid_from <= s.as_of and (ins.valid_to is null or ins.valid_to >= s.as_of))`;

/** Whether worker `w` is covered by insurance of one of `kinds` on the scan day. */
const covered = (kinds: string[]) => coveredWhere(`ins.kind in (${kinds.map((k) => `'${k}'`).join(', ')})`);

/** An ACTIVE contract of worker `w` of one of `kinds` in force on the scan day. */
const contractInForce = (kinds: string[]) => `exists (
  select 1 from contract k
   where k.worker_id = w.id and k.status = 'ACTIVE' and k.kind in (${kinds.map((k) => `'${k}'`).join(', ')})
     and k.start_date <= s.as_of and (k.end_date is null or k.end_date >= s.as_of))`;

export const CONTRACT_RULES: ComplianceRule[] = [
  {
    id: 'contract.ending-soon',
    subject: SubjectType.CONTRACT,
    title: 'Contract ending with no renewal signed (reminders at policy offsets, each more severe)',
    citation: 'Labor Contract Law art. 44, 46 (renewal or severance at term end); offsets: policy contracts.renewalReminderDays',
    policyKeys: ['contracts.renewalReminderDays'],
    // The severity scale is reminderSeverity() in contract.rules.ts.
    sql: `select c.id as subject_id, c.worker_id, c.region_code, to_char(c.end_date, 'YYYY-MM-DD') as period,
                 case when r.reached = r.total then 'HIGH' when r.reached = 1 then 'LOW' else 'MEDIUM' end as severity,
                 format('%s的合同将于%s到期（还剩%s天），尚未签订续签合同', w.name, to_char(c.end_date, 'YYYY-MM-DD'), c.end_date - s.as_of) as message,
                 jsonb_build_object('endDate', to_char(c.end_date, 'YYYY-MM-DD'), 'daysLeft', c.end_date - s.as_of) as details
            from contract c
            join chunk on chunk.id = c.id
            join worker w on w.id = c.worker_id
            cross join scan s
            join policy p on p.region_code = c.region_code
            cross join lateral (
              select count(*) filter (where o::int >= c.end_date - s.as_of) as reached, count(*) as total
                from jsonb_array_elements_text(p.v -> 'contracts.renewalReminderDays') o) r
           where c.status = 'ACTIVE' and c.end_date is not null and c.end_date >= s.as_of
             and w.status in ('ACTIVE', 'ONBOARDING') and r.reached > 0
             and not exists (select 1 from contract n where n.previous_id = c.id and n.status = 'ACTIVE')`,
  },
  {
    id: 'contract.expired',
    subject: SubjectType.CONTRACT,
    title: 'Contract past its end on a worker still on duty, with no contract in force',
    citation: 'Labor Contract Law art. 10, 14, 82',
    policyKeys: [],
    sql: `select c.id as subject_id, c.worker_id, c.region_code, to_char(c.end_date, 'YYYY-MM-DD') as period, 'HIGH' as severity,
                 format('%s的合同已于%s到期，仍在岗但没有有效合同', w.name, to_char(c.end_date, 'YYYY-MM-DD')) as message,
                 jsonb_build_object('endDate', to_char(c.end_date, 'YYYY-MM-DD'), 'daysOverdue', s.as_of - c.end_date) as details
            from contract c
            join chunk on chunk.id = c.id
            join worker w on w.id = c.worker_id
            cross join scan s
           where c.status = 'ACTIVE' and c.end_date < s.as_of and w.status = 'ACTIVE'
             and not exists (select 1 from contract k where k.worker_id = c.worker_id and k.status = 'ACTIVE'
                              and k.start_date <= s.as_of and (k.end_date is null or k.end_date >= s.as_of))`,
  },
  {
    id: 'worker.no-labor-contract',
    subject: SubjectType.WORKER,
    title: 'Full-time worker without a labor or dispatch contract in force',
    citation: 'Zigong measures art. 18 [001]; Labor Contract Law art. 10, 82',
    policyKeys: [],
    // Within a month of starting the contract is still due (art. 10): MEDIUM; after it, double wages are owed (art. 82): HIGH.
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, '' as period,
                 case when w.hired_on is not null and s.as_of <= (w.hired_on + interval '1 month')::date - 1 then 'MEDIUM' else 'HIGH' end as severity,
                 case when w.hired_on is not null and s.as_of <= (w.hired_on + interval '1 month')::date - 1
                      then format('专职网格员%s尚未签订劳动合同，须在%s前签订', w.name, to_char((w.hired_on + interval '1 month')::date - 1, 'YYYY-MM-DD'))
                      else format('专职网格员%s没有有效的劳动（派遣）合同', w.name) end as message,
                 jsonb_build_object('hiredOn', to_char(w.hired_on, 'YYYY-MM-DD')) as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
           where w.category = 'FULL_TIME' and w.status = 'ACTIVE' and not ${contractInForce(['LABOR', 'DISPATCH'])}`,
  },
  {
    id: 'worker.no-social-insurance',
    subject: SubjectType.WORKER,
    title: 'Full-time worker without pension, medical, unemployment and work-injury insurance',
    citation: 'Zigong measures art. 18 [001]; Social Insurance Law art. 10, 23, 33, 44',
    policyKeys: [],
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, '' as period, 'HIGH' as severity,
                 format('专职网格员%s缺少社会保险：%s', w.name, array_to_string(m.labels, '、')) as message,
                 jsonb_build_object('missing', to_jsonb(m.kinds)) as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
            cross join lateral (
              select array_agg(k.kind order by k.n) as kinds, array_agg(k.label order by k.n) as labels
                from (values (1, 'PENSION', '养老保险'), (2, 'MEDICAL', '医疗保险'), (3, 'UNEMPLOYMENT', '失业保险'), (4, 'WORK_INJURY', '工伤保险')) as k(n, kind, label)
               where not ${coveredWhere('ins.kind::text = k.kind')}) m
           where w.category = 'FULL_TIME' and w.status = 'ACTIVE' and m.kinds is not null`,
  },
  {
    id: 'worker.part-time-no-injury-cover',
    subject: SubjectType.WORKER,
    title: 'Part-time worker with neither work-injury insurance nor an accident policy',
    citation: 'Zigong measures art. 18 [001]: the county buys accident insurance for part-time workers without work-injury insurance',
    policyKeys: [],
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, '' as period, 'MEDIUM' as severity,
                 format('兼职网格员%s既没有工伤保险，也没有有效的意外伤害保险', w.name) as message,
                 null::jsonb as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
           where w.category = 'PART_TIME' and w.status = 'ACTIVE' and not ${covered(['WORK_INJURY', 'ACCIDENT'])}`,
  },
  {
    id: 'contract.probation-too-long',
    subject: SubjectType.CONTRACT,
    title: 'Probation beyond the legal limit for the contract term',
    citation: 'Labor Contract Law art. 19, 70',
    policyKeys: [],
    // probation_limit_date is computed on save by latestProbationEnd() in contract.rules.ts.
    sql: `select c.id as subject_id, c.worker_id, c.region_code, '' as period,
                 case when c.status = 'ACTIVE' then 'HIGH' else 'MEDIUM' end as severity,
                 case when c.probation_limit_date is null
                      then format('%s的合同约定了试用期（至%s），但依法不得约定试用期', w.name, to_char(c.probation_end_date, 'YYYY-MM-DD'))
                      else format('%s的试用期至%s，超过法定上限%s', w.name, to_char(c.probation_end_date, 'YYYY-MM-DD'), to_char(c.probation_limit_date, 'YYYY-MM-DD')) end as message,
                 jsonb_build_object('probationEndDate', to_char(c.probation_end_date, 'YYYY-MM-DD'), 'limit', to_char(c.probation_limit_date, 'YYYY-MM-DD')) as details
            from contract c
            join chunk on chunk.id = c.id
            join worker w on w.id = c.worker_id
           where c.status in ('DRAFT', 'ACTIVE') and c.probation_regulated and c.probation_end_date is not null
             and (c.probation_limit_date is null or c.probation_end_date > c.probation_limit_date)`,
  },
];
