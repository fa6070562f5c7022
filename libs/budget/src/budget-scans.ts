// Spending that runs ahead of the budget (DESIGN §8: budget versus actual).
import { ComplianceRule, SubjectType } from '@gridhr/platform';
import { actualsSql } from './budget.service';

/** Yuan with two decimals from a fen expression, in SQL. */
const yuanSql = (fenExpr: string) => `((${fenExpr}) / 100)::text || '.' || lpad(abs((${fenExpr}) % 100)::text, 2, '0')`;

export const BUDGET_RULES: ComplianceRule[] = [
  {
    id: 'budget.ahead-of-plan',
    subject: SubjectType.REGION,
    title: 'Spending on grid workers ahead of the budget so far by more than the policy allows',
    titleZh: '网格员经费支出超出预算进度',
    citation: 'Shanxi measures [004], Zigong measures art. 19 [001]: grid work funded in the budget; allowance: policy budget.overrunPercent',
    policyKeys: ['budget.overrunPercent'],
    // The plan spread evenly over the months complete on the scan day (budgetTotals/plannedBy in budget.rules.ts).
    sql: `select r.id as subject_id, null::uuid as worker_id, r.code as region_code, b.year::text as period, 'MEDIUM' as severity,
                 format('%s %s年网格员经费截至%s月已支出%s元，超过同期计划%s元的%s%%以上', r.name, b.year, m.n, ${yuanSql('a.spent')}, ${yuanSql('pl.planned')},
                        (p.v ->> 'budget.overrunPercent')) as message,
                 jsonb_build_object('spentFen', a.spent, 'plannedFen', pl.planned, 'months', m.n) as details
            from region r
            join chunk on chunk.id = r.id
            cross join scan s
            join policy p on p.region_code = r.code
            join budget b on b.region_id = r.id and b.year = extract(year from s.as_of)::int
            cross join lateral (select extract(month from s.as_of)::int - 1 as n) m
            cross join lateral (
              select coalesce(sum(bl.headcount * (bl.monthly_pay_fen + bl.monthly_employer_insurance_fen) * bl.months), 0) + b.accident_premiums_fen + b.training_funds_fen as total
                from budget_line bl where bl.budget_id = b.id) t
            cross join lateral (select (t.total * m.n * 2 + 12) / 24 as planned) pl
            cross join lateral (select substr(r.code, 1, case r.level when 'COUNTY' then 6 else 9 end) || '%' as prefix, b.year as year) q
            cross join lateral (
              select coalesce(sum(x.pay + x.insurance + x.premiums) filter (where x.month <= to_char(s.as_of - interval '1 month', 'YYYY-MM')), 0) as spent
                from (${actualsSql('q')}) x) a
           where m.n > 0 and a.spent * 100 > pl.planned * (100 + (p.v ->> 'budget.overrunPercent')::int)`,
  },
];
