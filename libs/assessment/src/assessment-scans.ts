// The compliance rule of the assessment: every consequence still to be done is flagged, with its legal
// basis, until it is done or withdrawn. One SELECT per chunk of workers (see ComplianceRule).
import { ComplianceRule, SubjectType } from '@gridhr/platform';

/** A FILL_VACANCY is met once someone of the removed worker's role is on duty in the grid again (consequences.service.ts sweeps it to DONE). */
export const VACANCY_FILLED = `exists (
  select 1 from grid_assignment a
   where a.grid_id = c.grid_id and a.role::text = c.details ->> 'role' and a.from_date >= c.since and a.worker_id <> c.worker_id)`;

export const ASSESSMENT_RULES: ComplianceRule[] = [
  {
    id: 'assessment.consequence-pending',
    subject: SubjectType.WORKER,
    title: 'A consequence of a finalised assessment not yet done (training or another post, replacement, a vacancy to fill, honours)',
    titleZh: '考核结果运用未落实（培训或调岗、解聘替补、空岗补员、表彰）',
    citation:
      'Shanxi measures [004] (不称职予以撤换; honours for the excellent); Labor Contract Law art. 40(2), 42; Jiangmen art. 33 [003]; vacancy age: policy vacancy.maxOpenDays',
    policyKeys: ['vacancy.maxOpenDays'],
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, y.label || ':' || c.kind as period,
                 case when c.kind = 'HONOURS' then 'LOW'
                      when c.kind = 'FILL_VACANCY' and s.as_of - c.since >= (p.v ->> 'vacancy.maxOpenDays')::int then 'HIGH'
                      else 'MEDIUM' end as severity,
                 case c.kind
                   when 'IMPROVEMENT' then format('%s在%s考核中不称职：依照劳动合同法第四十条第二项，应先安排培训或者调整工作岗位', w.name, y.label)
                   when 'REPLACEMENT' then format('%s在%s考核中不称职，待决定撤换（提前三十日书面通知或额外支付一个月工资，第四十二条情形除外）', w.name, y.label)
                   when 'FILL_VACANCY' then format('%s在%s考核中不称职被免去网格职务，网格%s自%s起空缺，尚未配齐网格员', w.name, y.label, g.code, to_char(c.since, 'YYYY-MM-DD'))
                   else format('%s在%s考核中被评为优秀，待落实表彰和优先使用', w.name, y.label) end as message,
                 jsonb_build_object('consequenceId', c.id, 'cycle', y.label, 'kind', c.kind, 'legalBasis', c.legal_basis,
                                    'gridCode', g.code, 'since', to_char(c.since, 'YYYY-MM-DD')) as details
            from assessment_consequence c
            join chunk on chunk.id = c.worker_id
            join worker w on w.id = c.worker_id
            join assessment_cycle y on y.id = c.cycle_id
            left join grid g on g.id = c.grid_id
            cross join scan s
            join policy p on p.region_code = w.region_code
           where c.status = 'PENDING'
             and (c.kind = 'FILL_VACANCY' or w.status = 'ACTIVE')
             and not (c.kind = 'FILL_VACANCY' and ${VACANCY_FILLED})`,
  },
];
