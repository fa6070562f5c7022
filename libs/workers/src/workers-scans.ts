// The register's compliance rules: the public roster kept current, vacancies filled promptly.
import { codeUnderSql } from '@gridhr/common';
import { ComplianceRule, SubjectType } from '@gridhr/platform';
import { workingDaysAfterSql } from '@gridhr/calendar';
import { rosterChangedSql, rosterContentSql } from './roster-content';
import { vacantSinceSql } from './vacancy-sql';

export const WORKER_RULES: ComplianceRule[] = [
  {
    id: 'roster.not-republished',
    subject: SubjectType.REGION,
    title: 'Public roster not posted again after a change of worker, phone or grid',
    titleZh: '人员、电话或网格变动后未重新公示名单',
    citation:
      'Zigong measures art. 21 [001], Jiangmen regulation art. 14 [003]: post the roster, update it promptly when it changes; days: policy roster.republishWorkingDays',
    policyKeys: ['roster.republishWorkingDays'],
    // A township whose roster today differs from its last publication (or that never posted one), for more
    // working days than the policy allows since the first change on record.
    sql: `select r.id as subject_id, null::uuid as worker_id, r.code as region_code, to_char(ch.since, 'YYYY-MM-DD') as period, 'MEDIUM' as severity,
                 case when pub.id is null then format('%s尚未发布网格员公示名单（网格名称、范围、服务事项、网格员姓名和电话、监督电话）', r.name)
                      else format('%s的网格员公示名单自%s起有变动，已过%s个工作日仍未重新公示（上次公示：%s）', r.name, to_char(ch.since, 'YYYY-MM-DD'), wd.n, to_char(pub.published_on, 'YYYY-MM-DD')) end as message,
                 jsonb_build_object('lastPublishedOn', to_char(pub.published_on, 'YYYY-MM-DD'), 'changedOn', to_char(ch.since, 'YYYY-MM-DD'), 'workingDays', wd.n) as details
            from region r
            join chunk on chunk.id = r.id
            cross join scan s
            join policy p on p.region_code = r.code
            left join lateral (
              select rp.id, rp.published_on, rp.fingerprint from roster_publication rp
               where rp.township_id = r.id and rp.published_on <= s.as_of
               order by rp.published_on desc, rp.created_at desc limit 1) pub on true
            -- offset 0 keeps each lateral a subquery computed once per township: pulled up, its expression was
            -- copied into every place that reads it (the content built three times, the change day six).
            cross join lateral (select ${rosterContentSql('substr(r.code, 1, 9)', 's.as_of')} as content offset 0) cur
            cross join lateral (
              select case when pub.id is null
                          then (select min(g.roster_changed_on) from grid g where g.active and ${codeUnderSql('g.region_code', 'substr(r.code, 1, 9)')})
                          else coalesce(${rosterChangedSql('substr(r.code, 1, 9)', 'pub.published_on', 's.as_of')}, pub.published_on + 1) end as since
              offset 0) ch
            cross join lateral (select ${workingDaysAfterSql('ch.since', 's.as_of')} as n offset 0) wd
           where r.level = 'TOWNSHIP' and r.active and jsonb_array_length(cur.content) > 0
             and (pub.id is null or pub.fingerprint <> md5(cur.content::text))
             and wd.n > (p.v ->> 'roster.republishWorkingDays')::int`,
  },
  {
    id: 'vacancy.open-too-long',
    subject: SubjectType.GRID,
    title: 'Urban community grid without a full-time worker for longer than allowed',
    titleZh: '城市社区网格专职网格员空缺超期',
    citation:
      'Shanxi measures [004]: every urban community grid has a full-time worker, a vacancy is filled promptly (及时进行补充); days: policy vacancy.maxOpenDays',
    policyKeys: ['vacancy.maxOpenDays'],
    sql: `select g.id as subject_id, null::uuid as worker_id, g.region_code, to_char(v.since, 'YYYY-MM-DD') as period, 'MEDIUM' as severity,
                 format('%s（%s）自%s起没有在岗的专职网格员，已空缺%s天，超过%s天', g.name, g.code, to_char(v.since, 'YYYY-MM-DD'), s.as_of - v.since, (p.v ->> 'vacancy.maxOpenDays')::int) as message,
                 jsonb_build_object('vacantSince', to_char(v.since, 'YYYY-MM-DD'), 'daysVacant', s.as_of - v.since) as details
            from grid g
            join chunk on chunk.id = g.id
            cross join scan s
            join policy p on p.region_code = g.region_code
            cross join lateral (select ${vacantSinceSql('g', 's.as_of')} as since) v
           where v.since is not null and s.as_of - v.since > (p.v ->> 'vacancy.maxOpenDays')::int`,
  },
];
