// Compliance rules of the yearly training requirement (Shanxi measures [004]: the county trains all grid
// workers at least twice a year, the township at least three times), checked for the unit and the worker.
import { codeUnderSql } from '@gridhr/common';
import { ComplianceRule, SubjectType } from '@gridhr/platform';
import { COUNTED_KINDS } from './training.rules';
import { measuredWorkerSql, requirementSql, workerTrainingSql } from './training-measure';

const CITATION = 'Shanxi grid worker measures [004]: county trains all grid workers >= 2x/year, township >= 3x/year; checkpoints: policy training.checkpoints';
const POLICY_KEYS = ['training.countySessionsPerYear', 'training.townshipSessionsPerYear', 'training.checkpoints', 'training.excusedCountsAsAttended'] as const;
const year = (asOf: string) => Number(asOf.slice(0, 4));
const kinds = COUNTED_KINDS.map((k) => `'${k}'`).join(', ');

/** Sessions a county or township held itself, behind what is due by `${day}`. Message arguments: name, held, level, checkpoint, required. */
function unitSql(day: string, period: string, severity: string, wording: string): string {
  return `
    select r.id as subject_id, null::uuid as worker_id, r.code as region_code, ${period} as period, '${severity}' as severity,
           format('${wording}', r.name, h.held, case r.level when 'COUNTY' then '县级' else '乡镇（街道）' end, due.by, q.required) as message,
           jsonb_build_object('held', h.held, 'required', q.required, 'checkpoint', due.by) as details
      from region r
      join chunk on chunk.id = r.id
      cross join scan s
      cross join lateral (select ${day} as day) d
      join policy p on p.region_code = r.code
      cross join lateral (${requirementSql('d.day', 'p.v')}) due
      cross join lateral (select case r.level when 'COUNTY' then due.county else due.township end as required) q
      cross join lateral (
        select count(*)::int as held from training_session ts
         where ts.organiser_id = r.id and ts.level::text = r.level::text and ts.kind in (${kinds})
           and ts.held_on between date_trunc('year', d.day)::date and d.day) h
     where r.level in ('COUNTY', 'TOWNSHIP') and r.active and h.held < q.required
       and exists (select 1 from worker w
                    where ${codeUnderSql('w.region_code', "substr(r.code, 1, case r.level when 'COUNTY' then 6 else 9 end)")} and ${measuredWorkerSql('d.day')})`;
}

/** Workers who attended fewer sessions than are due by `${day}`. Message arguments: name, county and township done, checkpoint, county and township due. */
function workerSql(day: string, period: string, severity: string, wording: string): string {
  return `
    select w.id as subject_id, w.id as worker_id, w.region_code, ${period} as period, '${severity}' as severity,
           format('${wording}', w.name, done.county, done.township, req.by, req.county, req.township) as message,
           jsonb_build_object('countyDone', done.county, 'townshipDone', done.township, 'departmentDone', done.department, 'countyRequired', req.county, 'townshipRequired', req.township, 'checkpoint', req.by) as details
      from worker w
      join chunk on chunk.id = w.id
      cross join scan s
      cross join lateral (select ${day} as day) d
      join policy p on p.region_code = w.region_code
      ${workerTrainingSql('d.day', 'p.v')}
     where ${measuredWorkerSql('d.day')} and (done.county < req.county or done.township < req.township)`;
}

const THIS_YEAR = `extract(year from s.as_of)::int`;
const LAST_DAY_OF_LAST_YEAR = `(date_trunc('year', s.as_of)::date - 1)`;

export const TRAINING_RULES: ComplianceRule[] = [
  {
    id: 'training.unit-behind',
    subject: SubjectType.REGION,
    title: 'County or township behind its training schedule this year',
    titleZh: '县乡本年度培训进度滞后',
    citation: CITATION,
    policyKeys: [...POLICY_KEYS],
    sql: unitSql('s.as_of', `${THIS_YEAR}::text`, 'MEDIUM', '%1$s今年自办%3$s培训%2$s次，按进度到%4$s应办%5$s次'),
    // Last year's in-year flags close at new year; the year-end rule takes over.
    periods: (asOf) => [String(year(asOf)), String(year(asOf) - 1)],
  },
  {
    id: 'training.worker-behind',
    subject: SubjectType.WORKER,
    title: 'Grid worker behind the training schedule this year (pro rata for joiners)',
    titleZh: '网格员本年度培训进度滞后（新入职按比例）',
    citation: CITATION,
    policyKeys: [...POLICY_KEYS],
    sql: workerSql('s.as_of', `${THIS_YEAR}::text`, 'MEDIUM', '%1$s今年参加县级培训%2$s次、乡镇培训%3$s次，按进度到%4$s应分别参加%5$s次和%6$s次'),
    periods: (asOf) => [String(year(asOf)), String(year(asOf) - 1)],
  },
  {
    id: 'training.unit-year-end-failure',
    subject: SubjectType.REGION,
    title: 'County or township did not hold the required sessions last year',
    titleZh: '县乡上年度未完成规定培训场次',
    citation: CITATION,
    policyKeys: [...POLICY_KEYS],
    sql: unitSql(LAST_DAY_OF_LAST_YEAR, `(${THIS_YEAR} - 1)::text`, 'HIGH', '%1$s去年全年自办%3$s培训%2$s次，少于规定的%5$s次'),
    periods: (asOf) => [String(year(asOf) - 1)],
  },
  {
    id: 'training.worker-year-end-failure',
    subject: SubjectType.WORKER,
    title: 'Grid worker did not get the required training last year',
    titleZh: '网格员上年度未完成规定培训',
    citation: CITATION,
    policyKeys: [...POLICY_KEYS],
    sql: workerSql(LAST_DAY_OF_LAST_YEAR, `(${THIS_YEAR} - 1)::text`, 'HIGH', '%1$s去年全年参加县级培训%2$s次、乡镇培训%3$s次，未达到规定的%5$s次和%6$s次'),
    periods: (asOf) => [String(year(asOf) - 1)],
  },
];
