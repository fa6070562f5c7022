import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, AuthUser, Clock, Fen, fen, rollupCodeSql } from '@gridhr/common';
import { executionPercent } from '@gridhr/budget';
import { Region } from '@gridhr/org';
import { previousMonth } from '@gridhr/pay';
import { vacantSinceSql } from '@gridhr/workers';

export interface RegionOverview {
  regionCode: string;
  regionName: string;
  level: string;
  activeWorkers: number;
  onboardingWorkers: number;
  workersByCategory: { category: string; count: number }[];
  vacancies: number;
  longestVacancyDays: number | null;
  openFlags: { low: number; medium: number; high: number; critical: number };
  trainingBehind: number;
  payrollMonth: string;
  payrollRuns: { draft: number; submitted: number; approved: number; paid: number; breaches: number };
  budgetYear: number;
  budgetTotalFen: Fen | null;
  spentFen: Fen;
  executionPercent: number | null;
}

type Row = Record<string, any>;

/**
 * The numbers that matter, one row per region one level below the one asked for (a city's counties, a
 * county's townships; a township its own): workers, vacancies, open flags, training behind, last
 * month's payroll and this year's budget execution. One query per section, whatever the number of rows.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async rows(user: AuthUser, regionId?: string | null): Promise<RegionOverview[]> {
    const prefix = regionId ? assertInScope(user, await this.em.findOne(Region, regionId), 'Region', regionId).prefix : user.scopePrefix;
    const n = prefix.length;
    const today = this.clock.today();
    const month = previousMonth(today.slice(0, 7));
    const year = Number(today.slice(0, 4));
    const like = `${prefix}%`;
    const sql = <T = Row>(query: string, params: unknown[]) => this.em.getConnection().execute<T[]>(query, params);
    const group = (col: string) => rollupCodeSql(col, n);
    const [regions, workers, vacancies, flags, payroll, budgets, spent] = await Promise.all([
      sql(`select code, name, level from region where code like ? and active and code = ${group('code')} order by code`, [like]),
      sql(
        `select ${group('region_code')} as code, status, category, count(*)::int as n from worker where region_code like ? and status in ('ACTIVE', 'ONBOARDING') group by 1, 2, 3`,
        [like],
      ),
      sql(
        `select ${group('g.region_code')} as code, count(*)::int as n, max(d.day - v.since)::int as longest
           from grid g cross join (select ?::date as day) d cross join lateral (select ${vacantSinceSql('g', 'd.day')} as since) v
          where g.region_code like ? and v.since is not null group by 1`,
        [today, like],
      ),
      sql(
        `select ${group('region_code')} as code, severity, count(*)::int as n, count(*) filter (where rule = 'training.worker-behind')::int as training
           from compliance_flag where region_code like ? and resolved_at is null group by 1, 2`,
        [like],
      ),
      sql(
        `select ${group('region_code')} as code, status, count(*)::int as n, sum(breach_count)::int as breaches
           from payroll_run where region_code like ? and month = ? and sequence = 1 group by 1, 2`,
        [like, month],
      ),
      sql(
        `select b.region_code as code, b.accident_premiums_fen + b.training_funds_fen
                + coalesce((select sum(l.headcount * (l.monthly_pay_fen + l.monthly_employer_insurance_fen) * l.months) from budget_line l where l.budget_id = b.id), 0) as total
           from budget b where b.region_code like ? and b.year = ?`,
        [like, year],
      ),
      sql(
        `select ${group('r.region_code')} as code, sum(l.gross_fen + l.employer_insurance_fen) as spent
           from payroll_run r join pay_line l on l.run_id = r.id
          where r.region_code like ? and r.status in ('APPROVED', 'PAID') and r.month between ? and ? group by 1`,
        [like, `${year}-01`, month],
      ),
    ]);
    const of = (rows: Row[], code: string) => rows.filter((r) => r.code === code);
    return regions.map((region: Row): RegionOverview => {
      const w = of(workers, region.code);
      const f = of(flags, region.code);
      const severity = (s: string) => f.filter((r) => r.severity === s).reduce((t, r) => t + r.n, 0);
      const p = of(payroll, region.code);
      const runs = (s: string) => p.filter((r) => r.status === s).reduce((t, r) => t + r.n, 0);
      const v = of(vacancies, region.code)[0];
      const budget = of(budgets, region.code)[0];
      const spentFen = fen(Number(of(spent, region.code)[0]?.spent ?? 0));
      const totalFen = budget ? fen(Number(budget.total)) : null;
      const categories = new Map<string, number>();
      for (const r of w.filter((r) => r.status === 'ACTIVE')) categories.set(r.category, (categories.get(r.category) ?? 0) + r.n);
      return {
        regionCode: region.code,
        regionName: region.name,
        level: region.level,
        activeWorkers: w.filter((r) => r.status === 'ACTIVE').reduce((t, r) => t + r.n, 0),
        onboardingWorkers: w.filter((r) => r.status === 'ONBOARDING').reduce((t, r) => t + r.n, 0),
        workersByCategory: [...categories].map(([category, count]) => ({ category, count })).sort((a, b) => a.category.localeCompare(b.category)),
        vacancies: v?.n ?? 0,
        longestVacancyDays: v?.longest ?? null,
        openFlags: { low: severity('LOW'), medium: severity('MEDIUM'), high: severity('HIGH'), critical: severity('CRITICAL') },
        trainingBehind: f.reduce((t, r) => t + r.training, 0),
        payrollMonth: month,
        payrollRuns: {
          draft: runs('DRAFT'),
          submitted: runs('SUBMITTED'),
          approved: runs('APPROVED'),
          paid: runs('PAID'),
          breaches: p.reduce((t, r) => t + (r.breaches ?? 0), 0),
        },
        budgetYear: year,
        budgetTotalFen: totalFen,
        spentFen,
        executionPercent: totalFen === null ? null : executionPercent(spentFen, totalFen),
      };
    });
  }
}
