// The compliance rules of contracts and insurance (Issue: contracts, insurance and the flag engine).
// Each is one SELECT over a chunk of subjects; see ComplianceRule for the relations it may read.
import { ComplianceRule, SubjectType } from '@gridhr/platform';
import { periodEndSql } from './contract.rules';
import { retirementDateSql } from './retirement.rules';

/** Whether worker `w` is covered on the scan day by a policy `ins` meeting `kindCondition`. */
const coveredWhere = (kindCondition: string) => `exists (
  select 1 from insured_person ip join insurance_policy ins on ins.id = ip.policy_id
   where ip.worker_id = w.id and ${kindCondition}
     and ip.covered_from <= s.as_of and (ip.covered_to is null or ip.covered_to >= s.as_of)
     and ins.valid_from <= s.as_of and (ins.valid_to is null or ins.valid_to >= s.as_of))`;

/** Whether worker `w` is covered by insurance of one of `kinds` on the scan day; `public`: a policy the county or township pays. */
const covered = (kinds: string[], publicPayer = false) =>
  coveredWhere(`ins.kind in (${kinds.map((k) => `'${k}'`).join(', ')})${publicPayer ? ` and ins.payer in ('COUNTY', 'TOWNSHIP')` : ''}`);

/** Worker `w` past the statutory retirement age on the scan day, or drawing a pension: no labour relationship. */
const retired = (w: string, s: string, p: string) =>
  `(${w}.draws_pension or ${s}.as_of >= ${retirementDateSql(w, `(${p}.v ->> 'insurance.femaleRetirementBaseAge')::int`)})`;

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
    titleZh: '劳动合同即将到期未续签',
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
    titleZh: '合同已到期，人员仍在岗且无有效合同',
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
    titleZh: '专职网格员未签订有效劳动（劳务派遣）合同',
    citation: 'Zigong measures art. 18 [001]; Labor Contract Law art. 10, 14, 82; Implementing Regulations art. 6-7',
    policyKeys: ['insurance.femaleRetirementBaseAge'],
    // Within a month of starting (or of the last contract's end) the contract is still due (art. 10): MEDIUM.
    // After it double wages are owed for each month begun, at most 11 (art. 82); after a full year an
    // open-ended contract is deemed concluded (art. 14 ¶3). doublePayMonths() and periodEnd() in
    // contract.rules.ts are the same arithmetic.
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, '' as period,
                 case when s.as_of <= d.deadline then 'MEDIUM' else 'HIGH' end as severity,
                 case when d.started is null then format('专职网格员%s没有有效的劳动（派遣）合同（入职日期未登记）', w.name)
                      when s.as_of <= d.deadline
                      then format('专职网格员%s尚未签订劳动合同，须在%s前签订', w.name, to_char(d.deadline, 'YYYY-MM-DD'))
                      when s.as_of >= d.deemed
                      then format('专职网格员%s自%s起已满一年未订立书面劳动合同，视为已订立无固定期限劳动合同（劳动合同法第十四条），应付二倍工资%s个月', w.name, to_char(d.started, 'YYYY-MM-DD'), m.months)
                      else format('专职网格员%s没有有效的劳动（派遣）合同，自%s起应付二倍工资，已%s个月', w.name, to_char(d.deadline + 1, 'YYYY-MM-DD'), m.months) end as message,
                 jsonb_build_object('startedOn', to_char(d.started, 'YYYY-MM-DD'), 'deadline', to_char(d.deadline, 'YYYY-MM-DD'),
                                    'doublePayMonths', m.months, 'deemedOpenEndedFrom', case when s.as_of >= d.deemed then to_char(d.deemed, 'YYYY-MM-DD') end) as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
            join policy p on p.region_code = w.region_code
            -- Work without a written contract starts on the hire date, or the day after the last contract ended.
            cross join lateral (
              select greatest(w.hired_on, max(k.end_date) + 1) as started
                from contract k where k.worker_id = w.id and k.kind in ('LABOR', 'DISPATCH') and k.status <> 'DRAFT' and k.end_date < s.as_of) st
            cross join lateral (select st.started, ${periodEndSql('st.started', 1)} as deadline, ${periodEndSql('st.started', 12)} + 1 as deemed) d
            cross join lateral (select count(*)::int as months from generate_series(2, 12) k where ${periodEndSql('d.started', 'k - 1')} + 1 <= s.as_of) m
           where w.category = 'FULL_TIME' and w.status = 'ACTIVE' and not ${retired('w', 's', 'p')}
             and not ${contractInForce(['LABOR', 'DISPATCH'])}`,
  },
  {
    id: 'worker.no-social-insurance',
    subject: SubjectType.WORKER,
    title: 'Full-time worker without pension, medical, unemployment and work-injury insurance',
    titleZh: '专职网格员未参加养老、医疗、失业、工伤保险',
    citation: 'Zigong measures art. 18 [001]; Social Insurance Law art. 10, 23, 33, 44, 58',
    policyKeys: ['insurance.registrationDays', 'insurance.femaleRetirementBaseAge'],
    // Registration is due within insurance.registrationDays of starting (art. 58): MEDIUM until then.
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, '' as period,
                 case when s.as_of <= r.due then 'MEDIUM' else 'HIGH' end as severity,
                 case when s.as_of <= r.due then format('专职网格员%s须在%s前办理社会保险登记，尚缺：%s', w.name, to_char(r.due, 'YYYY-MM-DD'), array_to_string(m.labels, '、'))
                      else format('专职网格员%s缺少社会保险：%s', w.name, array_to_string(m.labels, '、')) end as message,
                 jsonb_build_object('missing', to_jsonb(m.kinds), 'due', to_char(r.due, 'YYYY-MM-DD')) as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
            join policy p on p.region_code = w.region_code
            cross join lateral (select coalesce(w.hired_on, s.as_of) + (p.v ->> 'insurance.registrationDays')::int - 1 as due) r
            cross join lateral (
              select array_agg(k.kind order by k.n) as kinds, array_agg(k.label order by k.n) as labels
                from (values (1, 'PENSION', '养老保险'), (2, 'MEDICAL', '医疗保险'), (3, 'UNEMPLOYMENT', '失业保险'), (4, 'WORK_INJURY', '工伤保险')) as k(n, kind, label)
               where not ${coveredWhere('ins.kind::text = k.kind')}) m
           where w.category = 'FULL_TIME' and w.status = 'ACTIVE' and not ${retired('w', 's', 'p')} and m.kinds is not null`,
  },
  {
    id: 'worker.retired-no-accident-cover',
    subject: SubjectType.WORKER,
    title: 'Full-time worker past the retirement age or drawing a pension, without accident insurance',
    titleZh: '超龄或领取养老金的专职网格员未投保意外险',
    citation: 'Labor Contract Law art. 44(2); Implementing Regulations art. 21; Shanxi measures [004]: accident insurance for grid workers',
    policyKeys: ['insurance.femaleRetirementBaseAge'],
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, '' as period, 'MEDIUM' as severity,
                 format('网格员%s已达法定退休年龄或领取养老金，不再参加社会保险，应投保意外伤害保险', w.name) as message,
                 jsonb_build_object('retiresOn', to_char(${retirementDateSql('w', "(p.v ->> 'insurance.femaleRetirementBaseAge')::int")}, 'YYYY-MM-DD'), 'drawsPension', w.draws_pension) as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
            join policy p on p.region_code = w.region_code
           where w.category = 'FULL_TIME' and w.status = 'ACTIVE' and ${retired('w', 's', 'p')} and not ${covered(['ACCIDENT'])}`,
  },
  {
    id: 'worker.part-time-no-injury-cover',
    subject: SubjectType.WORKER,
    title: 'Part-time worker without work-injury insurance or an accident policy paid by the county or township',
    titleZh: '兼职网格员未参加工伤保险或县乡统一投保的意外险',
    citation:
      'Zigong measures art. 18 [001]: the county buys accident insurance for part-time workers without work-injury insurance; Labor Contract Law art. 68-72 and Regulations on Work-Related Injury Insurance art. 2 for 非全日制 employees',
    policyKeys: [],
    // A 非全日制 labour contract is employment: work-injury insurance is due, an accident policy is not enough.
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, '' as period, 'MEDIUM' as severity,
                 case when pt.employed then format('兼职网格员%s签订了非全日制劳动合同，应参加工伤保险', w.name)
                      else format('兼职网格员%s既没有工伤保险，也没有县乡两级投保的有效意外伤害保险', w.name) end as message,
                 jsonb_build_object('partTimeLabourContract', pt.employed) as details
            from worker w
            join chunk on chunk.id = w.id
            cross join scan s
            cross join lateral (select ${contractInForce(['PART_TIME_AGREEMENT'])} as employed) pt
           where w.category = 'PART_TIME' and w.status = 'ACTIVE'
             and not ${covered(['WORK_INJURY'])} and (pt.employed or not ${covered(['ACCIDENT'], true)})`,
  },
  {
    id: 'contract.probation-too-long',
    subject: SubjectType.CONTRACT,
    title: 'Probation beyond the legal limit for the contract term',
    titleZh: '试用期超过法定期限',
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
