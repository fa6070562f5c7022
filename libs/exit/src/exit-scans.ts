// The compliance rule of the exit: art. 50's 15 days for the certificate and the transfers.
import { ComplianceRule, SubjectType } from '@gridhr/platform';

export const EXIT_RULES: ComplianceRule[] = [
  {
    id: 'exit.transfer-late',
    subject: SubjectType.WORKER,
    title: 'Termination certificate, files and social insurance not transferred within 15 days of the exit',
    titleZh: '离岗15日内未出具解除证明、转移档案和社保关系',
    citation: 'Labor Contract Law art. 50: 出具解除或者终止劳动合同的证明，并在十五日内为劳动者办理档案和社会保险关系转移手续',
    policyKeys: [],
    sql: `select w.id as subject_id, w.id as worker_id, w.region_code, to_char(c.last_day, 'YYYY-MM-DD') as period, 'HIGH' as severity,
                 format('%s于%s离岗，解除/终止证明和档案、社保转移应于%s前办结，尚未办理', w.name, to_char(c.last_day, 'YYYY-MM-DD'), to_char(c.transfer_due_on, 'YYYY-MM-DD')) as message,
                 jsonb_build_object('exitCaseId', c.id, 'dueOn', to_char(c.transfer_due_on, 'YYYY-MM-DD')) as details
            from exit_case c
            join worker w on w.id = c.worker_id
            join chunk on chunk.id = w.id
            cross join scan s
            join exit_step t on t.exit_case_id = c.id and t.kind = 'CERTIFICATE_AND_TRANSFER'
           where t.done_on is null and s.as_of > c.transfer_due_on`,
  },
];
