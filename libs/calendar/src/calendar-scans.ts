// The working-day calendar must be entered before the year begins: from 1 November, a flag on each
// province asks SYSADMIN for next year's calendar while it is missing.
import { ComplianceRule, SubjectType } from '@gridhr/platform';

export const CALENDAR_RULES: ComplianceRule[] = [
  {
    id: 'calendar.next-year-missing',
    subject: SubjectType.REGION,
    title: "Next year's working-day calendar is not entered",
    titleZh: '次年工作日历未录入',
    citation: "State Council General Office's yearly notice on holidays; GridHR counts publicity periods and deadlines in working days",
    policyKeys: [],
    sql: `select r.id as subject_id, null::uuid as worker_id, r.code as region_code, (extract(year from s.as_of)::int + 1)::text as period, 'MEDIUM' as severity,
                 format('尚未录入%s年的节假日安排（工作日历）；公示期等按工作日计算的期限将无法跨年计算', extract(year from s.as_of)::int + 1) as message,
                 null::jsonb as details
            from region r
            join chunk on chunk.id = r.id
            cross join scan s
           where r.level = 'PROVINCE' and extract(month from s.as_of) >= 11
             and not exists (select 1 from working_calendar_year y where y.year = extract(year from s.as_of)::int + 1)`,
  },
];
